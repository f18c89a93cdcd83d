import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.common.i18n import localized
from trademission.missions.validators import validate_time_zone


class Stop(models.Model):
    """A city the mission visits on given days, with the sectors programmed there."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="stops",
                                verbose_name=_("mission"))
    slug = models.SlugField(_("slug"))
    name_en = models.CharField(_("city (en)"), max_length=200)
    name_fr = models.CharField(_("city (fr)"), max_length=200, blank=True)
    name_es = models.CharField(_("city (es)"), max_length=200, blank=True)
    region = models.CharField(_("state or province"), max_length=100, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    sectors = models.ManyToManyField("missions.Sector", related_name="stops", verbose_name=_("sectors"))
    capacity_organizations = models.PositiveIntegerField(
        _("organizations at this stop"), null=True, blank=True,
        help_text=_("Most selected organizations attending this stop; empty for no limit."))
    capacity_delegates = models.PositiveIntegerField(
        _("delegates at this stop"), null=True, blank=True,
        help_text=_("Most selected delegates attending this stop; empty for no limit."))

    class Meta:
        ordering = ["mission", "start_date", "slug"]
        verbose_name = _("stop")
        verbose_name_plural = _("stops")
        constraints = [
            models.UniqueConstraint(fields=["mission", "slug"], name="stop_unique_slug"),
            models.CheckConstraint(condition=models.Q(end_date__gte=models.F("start_date")),
                                   name="stop_dates_ordered"),
        ]

    def __str__(self) -> str:
        return localized(self, "name")

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def clean(self) -> None:
        mission = self.mission if self.mission_id else None
        if mission and self.start_date and self.end_date and (
            self.start_date < mission.start_date or self.end_date > mission.end_date
        ):
            raise ValidationError(_("A stop must fall within the mission's dates."))
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot come before the first day.")})
