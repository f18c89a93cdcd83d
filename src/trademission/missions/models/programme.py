from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.common.i18n import localized
from trademission.missions.enums import ProgrammeKind


class ProgrammeElement(models.Model):
    """A briefing, site visit, reception or B2B session at one stop."""

    stop = models.ForeignKey("missions.Stop", on_delete=models.CASCADE, related_name="programme",
                             verbose_name=_("stop"))
    kind = models.CharField(_("kind"), max_length=16, choices=ProgrammeKind.choices)
    title_en = models.CharField(_("title (en)"), max_length=200)
    title_fr = models.CharField(_("title (fr)"), max_length=200, blank=True)
    title_es = models.CharField(_("title (es)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (en)"), blank=True)
    description_fr = models.TextField(_("description (fr)"), blank=True)
    description_es = models.TextField(_("description (es)"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True,
                                           help_text=_("Most people who can attend; empty for no limit."))
    max_per_organization = models.PositiveSmallIntegerField(
        _("people per organization"), default=2,
        help_text=_("Most representatives of one organization who can attend."),
    )
    sectors = models.ManyToManyField("missions.Sector", blank=True, related_name="programme_elements",
                                     verbose_name=_("sectors"),
                                     help_text=_("Empty: open to every sector of the stop."))

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("programme element")
        verbose_name_plural = _("programme elements")
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")),
                                   name="programme_element_times_ordered"),
            models.CheckConstraint(condition=models.Q(max_per_organization__gte=1),
                                   name="programme_element_at_least_one_per_org"),
        ]

    def __str__(self) -> str:
        return localized(self, "title")

    @property
    def title(self) -> str:
        return localized(self, "title")

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("An element must end after it starts.")})
        if self.stop_id and self.starts_at:
            local_day = self.starts_at.astimezone(self.stop.zone).date()
            if not self.stop.start_date <= local_day <= self.stop.end_date:
                raise ValidationError({"starts_at": _("An element must take place on one of its stop's days.")})
