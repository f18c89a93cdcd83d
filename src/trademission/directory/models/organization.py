from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.common.i18n import localized
from trademission.directory.enums import OrganizationKind, Side, SizeBand, size_band
from trademission.directory.validators import validate_languages, validate_naics_codes
from trademission.missions.validators import validate_country_code


class Organization(models.Model):
    """A company or other body taking part in one mission, on either side."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="organizations",
                                verbose_name=_("mission"))
    side = models.CharField(_("side"), max_length=16, choices=Side.choices)
    name = models.CharField(_("name"), max_length=200)
    reference = models.CharField(
        _("reference"), max_length=64, blank=True,
        help_text=_("A stable identifier from the recruiting spreadsheet (e.g. a tax number); re-imports match on it."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=OrganizationKind.choices)
    country = models.CharField(_("country"), max_length=2, validators=[validate_country_code])
    region = models.CharField(_("state or province"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    stop = models.ForeignKey("missions.Stop", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="local_organizations", verbose_name=_("located at stop"),
                             help_text=_("For host organizations: the stop city where they meet."))
    employees = models.PositiveIntegerField(_("employees"), null=True, blank=True)
    sectors = models.ManyToManyField("missions.Sector", related_name="organizations", verbose_name=_("sectors"))
    subsectors = models.ManyToManyField("missions.Subsector", blank=True, related_name="organizations",
                                        verbose_name=_("subsectors"))
    naics_codes = models.JSONField(_("NAICS codes"), default=list, blank=True, validators=[validate_naics_codes])
    website = models.URLField(_("website"), blank=True)
    languages = models.JSONField(_("working languages"), default=list, validators=[validate_languages])
    description_en = models.TextField(_("description (en)"), blank=True)
    description_fr = models.TextField(_("description (fr)"), blank=True)
    description_es = models.TextField(_("description (es)"), blank=True)
    offers_en = models.TextField(_("what it offers (en)"), blank=True)
    offers_fr = models.TextField(_("what it offers (fr)"), blank=True)
    offers_es = models.TextField(_("what it offers (es)"), blank=True)
    seeks_en = models.TextField(_("what it seeks (en)"), blank=True)
    seeks_fr = models.TextField(_("what it seeks (fr)"), blank=True)
    seeks_es = models.TextField(_("what it seeks (es)"), blank=True)
    first_time_exporter = models.BooleanField(_("first-time exporter"), default=False)
    withdrawn_at = models.DateTimeField(
        _("withdrawn at"), null=True, blank=True,
        help_text=_("It left the mission after meeting or planning to meet: it is kept for the schedule's "
                    "history and the outcomes, but takes no new meetings and is not listed to participants."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        constraints = [
            models.UniqueConstraint(fields=["mission", "side", "name"], name="organization_unique_name"),
            models.UniqueConstraint(fields=["mission", "side", "reference"], condition=~models.Q(reference=""),
                                    name="organization_unique_reference"),
        ]
        indexes = [models.Index(fields=["mission", "side", "kind"])]

    def __str__(self) -> str:
        return self.name

    @property
    def size_band(self) -> SizeBand | None:
        return size_band(self.employees)

    @property
    def description(self) -> str:
        return localized(self, "description")

    @property
    def offers(self) -> str:
        return localized(self, "offers")

    @property
    def seeks(self) -> str:
        return localized(self, "seeks")
