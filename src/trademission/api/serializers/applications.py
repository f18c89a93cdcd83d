"""Shapes of the applications API, for the OpenAPI schema. Validation itself is the domain's
(``applications.domain.intake``), shared with the web form, so both give the same answers."""

from rest_framework import serializers

from trademission.applications.enums import ApplicationStatus, Criterion, Outcome, Verdict
from trademission.directory.enums import OrganizationKind


class OrganizationInput(serializers.Serializer):
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=OrganizationKind.choices)
    country = serializers.CharField(max_length=2, help_text="ISO 3166 code, e.g. CA.")
    region = serializers.CharField(required=False, help_text="Province or state, e.g. QC.")
    city = serializers.CharField(required=False)
    website = serializers.CharField(required=False)
    employees = serializers.IntegerField(required=False, min_value=0)
    description = serializers.CharField()
    offers = serializers.CharField()
    seeks = serializers.CharField(required=False)
    languages = serializers.ListField(child=serializers.CharField(), required=False)


class AnswersInput(serializers.Serializer):
    commercialized = serializers.BooleanField(required=False, help_text="Required for SMEs and other companies.")
    target_market_plan = serializers.BooleanField(required=False, help_text="The host country is in the "
                                                  "international business plan. Required for companies.")
    resources = serializers.CharField(required=False, help_text="Required for companies.")
    market_research = serializers.CharField(required=False, help_text="Required for companies.")
    tcs_client = serializers.BooleanField(required=False, help_text="Required for companies.")
    alignment = serializers.CharField(required=False, help_text="Required for large businesses, associations and "
                                      "chambers of commerce.")
    contribution = serializers.CharField(required=False, help_text="Required for large organizations.")
    value = serializers.CharField(required=False, help_text="Required for large organizations.")


class RepresentativeInput(serializers.Serializer):
    name = serializers.CharField()
    email = serializers.EmailField()
    languages = serializers.ListField(child=serializers.CharField(), required=False)


class ApplicationInput(serializers.Serializer):
    language = serializers.ChoiceField(choices=["en", "fr", "es"], required=False,
                                       help_text="The applicant's language; messages use it.")
    consent = serializers.BooleanField(help_text="Must be true: consent to the privacy notice.")
    wants_b2b = serializers.BooleanField(required=False)
    stops = serializers.ListField(child=serializers.SlugField(), help_text="Stop slugs, e.g. mexico-city.")
    organization = OrganizationInput()
    sectors = serializers.ListField(child=serializers.SlugField(), help_text="Sector slugs, e.g. clean-tech.")
    subsectors = serializers.ListField(child=serializers.CharField(), required=False,
                                       help_text="Subsector slugs or names in any language.")
    answers = AnswersInput()
    representatives = RepresentativeInput(many=True)


class FindingOutput(serializers.Serializer):
    code = serializers.ChoiceField(choices=Criterion.choices)
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    message = serializers.CharField(help_text="In the applicant's language.")


class ApplicationOutput(serializers.Serializer):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=ApplicationStatus.choices)
    outcome = serializers.ChoiceField(choices=Outcome.choices, help_text="Automatic screening.")
    language = serializers.CharField()
    organization = serializers.CharField()
    submitted_at = serializers.DateTimeField(allow_null=True)
    findings = FindingOutput(many=True)


class ApplicationCreated(ApplicationOutput):
    token = serializers.CharField(help_text="Private: send it back (?token= or X-Application-Token) to read the "
                                  "application.")
    url = serializers.CharField(help_text="The application's private status page.")


def application_output(application: object) -> dict[str, object]:
    return {
        "id": application.pk, "status": application.status, "outcome": application.outcome,
        "language": application.language, "organization": application.organization_name,
        "submitted_at": application.submitted_at.isoformat() if application.submitted_at else None,
        "findings": [{"code": finding["code"], "verdict": finding["verdict"], "message": finding["message"]}
                     for finding in application.findings],
    }
