"""Automatic, explained screening of an application against the mission's published criteria.

Each criterion gives a finding — a stable code, a verdict and a sentence in the applicant's
language. Any unmet criterion makes the application ineligible; otherwise anything unclear sends it
to a person; otherwise it is eligible. docs/algorithms/screening.md describes the rules.
"""

import zoneinfo
from dataclasses import dataclass

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from trademission.applications.domain.countries import country_name
from trademission.applications.domain.intake import LARGE_KINDS
from trademission.applications.domain.out_of_scope import IMMIGRATION, detect_out_of_scope
from trademission.applications.enums import Criterion, Outcome, Verdict
from trademission.applications.models import Application
from trademission.common.i18n import localized
from trademission.directory.enums import OrganizationKind

# Fewer words than this cannot "clearly demonstrate" a criterion: a person reads it.
SUBSTANTIVE_WORDS = 12


@dataclass(frozen=True)
class Finding:
    code: str
    verdict: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "verdict": self.verdict, "message": self.message}


@dataclass(frozen=True)
class Screening:
    outcome: str
    findings: tuple[Finding, ...]

    def codes(self, verdict: str) -> list[str]:
        return [finding.code for finding in self.findings if finding.verdict == verdict]


def _text_verdict(text: str) -> str:
    words = len(text.split())
    if words == 0:
        return Verdict.NOT_MET
    return Verdict.MET if words >= SUBSTANTIVE_WORDS else Verdict.UNCLEAR


def _choice_verdict(answer: bool | None) -> str:
    if answer is None:
        return Verdict.UNCLEAR
    return Verdict.MET if answer else Verdict.NOT_MET


def _deadline(application: Application) -> Finding:
    mission = application.mission
    received = application.submitted_at or timezone.now()
    local = mission.registration_deadline.astimezone(zoneinfo.ZoneInfo(mission.time_zone))
    params = {"deadline": f"{local:%Y-%m-%d %H:%M} ({mission.time_zone})"}
    if received <= mission.registration_deadline:
        return Finding(Criterion.DEADLINE, Verdict.MET,
                       _("Your application was received before the registration deadline, %(deadline)s.") % params)
    return Finding(Criterion.DEADLINE, Verdict.NOT_MET,
                   _("Your application was received after the registration deadline, %(deadline)s.") % params)


def _sector(application: Application, mission_sectors: list) -> Finding:
    chosen = [sector for sector in application.sectors.all() if sector in mission_sectors]
    if chosen:
        names = ", ".join(localized(sector, "name") for sector in chosen)
        return Finding(Criterion.SECTOR, Verdict.MET,
                       _("Your organization operates in an eligible sector of the mission: %(sectors)s.")
                       % {"sectors": names})
    names = ", ".join(localized(sector, "name") for sector in mission_sectors)
    return Finding(Criterion.SECTOR, Verdict.NOT_MET,
                   _("The mission is open to organizations operating in its sectors (%(sectors)s); "
                     "none of yours is among them.") % {"sectors": names})


def _company_criteria(application: Application, host: str) -> list[Finding]:
    params = {"country": host}
    messages = {
        Criterion.COMMERCIALIZED: {
            Verdict.MET: _("You have a commercialized product or service."),
            Verdict.NOT_MET: _("The mission requires a commercialized product or service; you said you have none "
                               "yet."),
            Verdict.UNCLEAR: _("You did not say whether you have a commercialized product or service."),
        },
        Criterion.TARGET_MARKET_PLAN: {
            Verdict.MET: _("%(country)s is part of your international business plan.") % params,
            Verdict.NOT_MET: _("The mission requires %(country)s to be part of your international business plan.")
            % params,
            Verdict.UNCLEAR: _("You did not say whether %(country)s is part of your international business plan.")
            % params,
        },
        Criterion.RESOURCES: {
            Verdict.MET: _("You describe the resources (human, material, time and financial) you allocate to "
                           "internationalization."),
            Verdict.NOT_MET: _("The mission requires significant resources allocated to internationalization; "
                               "you did not describe yours."),
            Verdict.UNCLEAR: _("Your description of the resources you allocate to internationalization is too "
                               "brief to assess; the mission team will review it."),
        },
        Criterion.MARKET_RESEARCH: {
            Verdict.MET: _("You describe your research on the %(country)s market and its opportunities.") % params,
            Verdict.NOT_MET: _("The mission requires research on the %(country)s market; you did not describe "
                               "any.") % params,
            Verdict.UNCLEAR: _("Your description of your research on the %(country)s market is too brief to "
                               "assess; the mission team will review it.") % params,
        },
        Criterion.TCS_CLIENT: {
            Verdict.MET: _("You meet the criteria of a client of the Trade Commissioner Service."),
            Verdict.NOT_MET: _("The mission requires organizations eligible as clients of the Trade Commissioner "
                               "Service; you said yours is not."),
            Verdict.UNCLEAR: _("You did not say whether your organization qualifies as a client of the Trade "
                               "Commissioner Service."),
        },
    }
    verdicts = {
        Criterion.COMMERCIALIZED: _choice_verdict(application.commercialized),
        Criterion.TARGET_MARKET_PLAN: _choice_verdict(application.target_market_plan),
        Criterion.RESOURCES: _text_verdict(application.resources),
        Criterion.MARKET_RESEARCH: _text_verdict(application.market_research),
        Criterion.TCS_CLIENT: _choice_verdict(application.tcs_client),
    }
    return [Finding(code, verdict, messages[code][verdict]) for code, verdict in verdicts.items()]


def _large_org_criteria(application: Application) -> list[Finding]:
    texts = {
        Criterion.LARGE_ORG_ALIGNMENT: (application.alignment, _("how your organization is strategically aligned "
                                                                 "with the mission's sectors")),
        Criterion.LARGE_ORG_CONTRIBUTION: (application.contribution, _("how your organization can contribute to "
                                                                       "partnerships, knowledge exchange or economic "
                                                                       "development")),
        Criterion.LARGE_ORG_VALUE: (application.value, _("the value your organization brings to the mission through "
                                                         "expertise, resources or collaboration")),
    }
    findings = []
    for code, (text, topic) in texts.items():
        verdict = _text_verdict(text)
        message = {
            Verdict.MET: _("You explain %(topic)s."),
            Verdict.NOT_MET: _("Large businesses, associations and chambers of commerce must explain %(topic)s; "
                               "you did not."),
            Verdict.UNCLEAR: _("Your explanation of %(topic)s is too brief to assess; the mission team will review "
                               "it."),
        }[verdict] % {"topic": topic}
        findings.append(Finding(code, verdict, message))
    return findings


def _country(application: Application, visiting: str) -> Finding | None:
    """Only organizations of the visiting country qualify for its trade commissioners' services."""
    if not application.country or application.country == application.mission.visiting_country:
        return None
    return Finding(Criterion.TCS_CLIENT, Verdict.NOT_MET,
                   _("The mission is for organizations based in %(country)s; yours is based in %(other)s.")
                   % {"country": visiting, "other": country_name(application.country)})


def _out_of_scope(application: Application, visiting: str) -> Finding:
    text = "\n".join([application.organization_name, application.description, application.offers,
                      application.seeks])
    detections = detect_out_of_scope(text, visiting_country=application.mission.visiting_country)
    if not detections:
        return Finding(Criterion.OUT_OF_SCOPE_SERVICES, Verdict.MET,
                       _("Your description does not indicate services that are out of scope for the mission."))
    kinds = {detection.kind for detection in detections}
    services = [str(_("visa or immigration services"))] if IMMIGRATION in kinds else []
    services += [str(_("business establishment services"))] if len(kinds) > len(services) else []
    return Finding(Criterion.OUT_OF_SCOPE_SERVICES, Verdict.NOT_MET,
                   _("Your description mentions %(services)s: firms providing services to organizations of "
                     "%(country)s, such as visa or immigration services or business establishment, are out of scope "
                     "for this mission.") % {"services": _(" and ").join(services), "country": visiting})


def _representatives(application: Application) -> Finding:
    count, limit = application.delegate_count, application.mission.max_representatives
    params = {"count": count, "limit": limit}
    if count <= limit:
        return Finding(Criterion.REPRESENTATIVES_LIMIT, Verdict.MET, ngettext(
            "You registered %(count)d representative, within the limit of %(limit)d per organization.",
            "You registered %(count)d representatives, within the limit of %(limit)d per organization.", count,
        ) % params)
    return Finding(Criterion.REPRESENTATIVES_LIMIT, Verdict.UNCLEAR, _(
        "You registered %(count)d representatives; at most %(limit)d per organization may register, so the mission "
        "team will ask you who attends."
    ) % params)


def screen_application(application: Application) -> Screening:
    """Check ``application`` against every published criterion, in the applicant's language."""
    mission = application.mission
    with translation.override(application.language):
        visiting, host = country_name(mission.visiting_country), country_name(mission.host_country)
        findings = [_deadline(application), _sector(application, list(mission.sectors.all()))]
        country = _country(application, visiting)
        if application.kind in LARGE_KINDS:
            findings += _large_org_criteria(application)
            findings += [country] if country else []
        else:
            company = _company_criteria(application, host)
            if country:
                company = [country if finding.code == Criterion.TCS_CLIENT else finding for finding in company]
            findings += company
        findings += [_out_of_scope(application, visiting), _representatives(application)]
        if application.kind and application.kind != OrganizationKind.SME:
            findings.append(Finding(Criterion.B2B_NOT_OFFERED, Verdict.INFO, _(
                "Pre-arranged B2B meetings are offered only to SMEs operating in the mission's sectors; your "
                "organization can still be selected for the delegation.")))
    verdicts = {finding.verdict for finding in findings}
    if Verdict.NOT_MET in verdicts:
        outcome = Outcome.INELIGIBLE
    elif Verdict.UNCLEAR in verdicts:
        outcome = Outcome.NEEDS_REVIEW
    else:
        outcome = Outcome.ELIGIBLE
    return Screening(outcome=outcome, findings=tuple(findings))


def record_screening(application: Application) -> Screening:
    """Screen ``application`` and keep the result on it, for lists, exports and the applicant's page."""
    screening = screen_application(application)
    application.outcome = screening.outcome
    application.findings = [finding.as_dict() for finding in screening.findings]
    application.save(update_fields=["outcome", "findings", "updated_at"])
    return screening
