from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.applications.enums import ApplicationStatus, Outcome
from trademission.applications.validators import new_token
from trademission.directory.enums import OrganizationKind
from trademission.directory.validators import validate_languages


class Application(models.Model):
    """An organization's request to join a mission's delegation, from draft to decision."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="applications",
                                verbose_name=_("mission"))
    # The private link: whoever holds it reads and edits the application, so it is never the id.
    token = models.CharField(_("private token"), max_length=64, unique=True, default=new_token, editable=False)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en",
                                help_text=_("The applicant's language: every message to them uses it."))
    status = models.CharField(_("status"), max_length=16, choices=ApplicationStatus.choices,
                              default=ApplicationStatus.DRAFT)
    outcome = models.CharField(_("screening"), max_length=16, choices=Outcome.choices, blank=True)
    findings = models.JSONField(_("findings"), default=list, blank=True,
                                help_text=_("Screening findings: code, verdict and message."))

    organization_name = models.CharField(_("organization name"), max_length=200, blank=True)
    kind = models.CharField(_("kind of organization"), max_length=16, choices=OrganizationKind.choices, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    region = models.CharField(_("province or state"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    employees = models.PositiveIntegerField(_("employees"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    offers = models.TextField(_("what it offers"), blank=True)
    seeks = models.TextField(_("what it seeks"), blank=True)
    organization_languages = models.JSONField(_("working languages"), default=list, blank=True,
                                              validators=[validate_languages])
    sectors = models.ManyToManyField("missions.Sector", blank=True, related_name="applications",
                                     verbose_name=_("sectors"))
    subsectors = models.ManyToManyField("missions.Subsector", blank=True, related_name="applications",
                                        verbose_name=_("subsectors"))
    stops = models.ManyToManyField("missions.Stop", blank=True, related_name="applications",
                                   verbose_name=_("stops"))

    commercialized = models.BooleanField(_("commercialized product or service"), null=True, blank=True)
    target_market_plan = models.BooleanField(_("host country in the business plan"), null=True, blank=True)
    resources = models.TextField(_("resources for internationalization"), blank=True)
    market_research = models.TextField(_("market research"), blank=True)
    tcs_client = models.BooleanField(_("eligible client of the trade commissioner service"), null=True, blank=True)
    alignment = models.TextField(_("strategic alignment"), blank=True)
    contribution = models.TextField(_("contribution to partnerships"), blank=True)
    value = models.TextField(_("value brought to the mission"), blank=True)
    wants_b2b = models.BooleanField(_("wants B2B meetings"), default=False)
    consent = models.BooleanField(_("consents to the privacy notice"), default=False)
    representatives = models.JSONField(_("representatives"), default=list, blank=True,
                                       help_text=_("Name, e-mail and languages of each person."))

    organization = models.ForeignKey("directory.Organization", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="applications", verbose_name=_("delegation organization"))
    waitlist_position = models.PositiveIntegerField(_("waitlist position"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        ordering = ["submitted_at", "pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        indexes = [models.Index(fields=["mission", "status"])]

    def __str__(self) -> str:
        return self.organization_name or str(_("Untitled application"))

    @property
    def delegate_count(self) -> int:
        return len(self.representatives)

    @property
    def contact_emails(self) -> list[str]:
        return [person["email"] for person in self.representatives if person.get("email")]
