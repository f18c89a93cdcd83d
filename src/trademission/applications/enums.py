from django.db import models
from django.utils.translation import gettext_lazy as _


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    INELIGIBLE = "ineligible", _("Ineligible")
    SELECTED = "selected", _("Selected")
    WAITLISTED = "waitlisted", _("Waitlisted")
    REJECTED = "rejected", _("Not selected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Statuses an organizer decides; each one is e-mailed to the applicant.
DECISIONS = (ApplicationStatus.SELECTED, ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED,
             ApplicationStatus.INELIGIBLE)


class Outcome(models.TextChoices):
    ELIGIBLE = "eligible", _("Eligible")
    INELIGIBLE = "ineligible", _("Ineligible")
    NEEDS_REVIEW = "needs_review", _("Needs review")


class Verdict(models.TextChoices):
    MET = "met", _("Met")
    NOT_MET = "not_met", _("Not met")
    UNCLEAR = "unclear", _("To check")
    INFO = "info", _("Information")


class Criterion(models.TextChoices):
    """Stable codes of the published criteria; the API and exports use them as they are."""

    DEADLINE = "deadline", _("Registration deadline")
    SECTOR = "sector", _("Eligible sector")
    COMMERCIALIZED = "commercialized", _("Commercialized product or service")
    TARGET_MARKET_PLAN = "target_market_plan", _("Host country in the international business plan")
    RESOURCES = "resources", _("Resources allocated to internationalization")
    MARKET_RESEARCH = "market_research", _("Research on the target market")
    TCS_CLIENT = "tcs_client", _("Eligible client of the trade commissioner service")
    OUT_OF_SCOPE_SERVICES = "out_of_scope_services", _("Out-of-scope services")
    LARGE_ORG_ALIGNMENT = "large_org_alignment", _("Strategic alignment with the mission's sectors")
    LARGE_ORG_CONTRIBUTION = "large_org_contribution", _("Contribution to partnerships and development")
    LARGE_ORG_VALUE = "large_org_value", _("Demonstrated value to the mission")
    REPRESENTATIVES_LIMIT = "representatives_limit", _("Representatives per organization")
    B2B_NOT_OFFERED = "b2b_not_offered", _("B2B meetings not offered")
