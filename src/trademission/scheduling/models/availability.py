"""Who is where, when: attendance of representatives and registrations to programme elements."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Attendance(models.Model):
    """A representative attends one stop on one day; withdrawn on site when they cancel or do not come."""

    person = models.ForeignKey("directory.Person", on_delete=models.CASCADE, related_name="attendances",
                               verbose_name=_("person"))
    stop = models.ForeignKey("missions.Stop", on_delete=models.CASCADE, related_name="attendances",
                             verbose_name=_("stop"))
    date = models.DateField(_("day"))
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True,
                                        help_text=_("Set when the person cancels or does not arrive."))

    class Meta:
        ordering = ["date", "person"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            # One place per day: the stops of a mission are different cities.
            models.UniqueConstraint(fields=["person", "date"], name="attendance_one_stop_per_day"),
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.stop} {self.date:%Y-%m-%d}"


class ProgrammeRegistration(models.Model):
    """A person registered for a briefing, site visit or reception; busy for B2B meetings meanwhile."""

    person = models.ForeignKey("directory.Person", on_delete=models.CASCADE, related_name="programme_registrations",
                               verbose_name=_("person"))
    element = models.ForeignKey("missions.ProgrammeElement", on_delete=models.CASCADE,
                                related_name="registrations", verbose_name=_("programme element"))
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        ordering = ["element", "person"]
        verbose_name = _("programme registration")
        verbose_name_plural = _("programme registrations")
        constraints = [
            models.UniqueConstraint(fields=["person", "element"], name="programme_registration_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.element}"
