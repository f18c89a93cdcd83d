"""When and where B2B meetings can take place: sessions per stop and day, cut into slots."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.scheduling.validators import validate_breaks, validate_interpreters


class SchedulingSettings(models.Model):
    """The organizer's targets for a mission's schedule."""

    mission = models.OneToOneField("missions.Mission", on_delete=models.CASCADE, related_name="scheduling",
                                   verbose_name=_("mission"))
    min_meetings = models.PositiveSmallIntegerField(
        _("meetings per organization (target)"), default=4,
        help_text=_("Fairness target: the schedule raises organizations with fewer meetings toward it."))
    max_meetings = models.PositiveSmallIntegerField(
        _("most meetings per organization"), null=True, blank=True, help_text=_("Empty: no limit."))
    time_limit = models.PositiveSmallIntegerField(_("solver time limit (seconds)"), default=20)

    class Meta:
        verbose_name = _("scheduling settings")
        verbose_name_plural = _("scheduling settings")

    def __str__(self) -> str:
        return str(self.mission)


class B2BSession(models.Model):
    """A block of B2B meetings at one stop on one day; times are local to the stop."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="b2b_sessions",
                                verbose_name=_("mission"))
    stop = models.ForeignKey("missions.Stop", on_delete=models.CASCADE, related_name="b2b_sessions",
                             verbose_name=_("stop"))
    programme_element = models.ForeignKey(
        "missions.ProgrammeElement", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="b2b_sessions", verbose_name=_("programme element"),
        limit_choices_to={"kind": "b2b_session"})
    date = models.DateField(_("day"))
    starts_at = models.TimeField(_("starts at"), help_text=_("Local time at the stop."))
    ends_at = models.TimeField(_("ends at"), help_text=_("Local time at the stop."))
    slot_minutes = models.PositiveSmallIntegerField(_("slot length (minutes)"), default=20)
    breaks = models.JSONField(_("breaks"), default=list, blank=True, validators=[validate_breaks],
                              help_text=_('Local times, e.g. [["12:00", "13:00"]]: no meeting overlaps them.'))
    tables = models.PositiveSmallIntegerField(_("tables"), help_text=_("Meetings that can run at once."))
    interpreters = models.JSONField(
        _("interpreters"), default=dict, blank=True, validators=[validate_interpreters],
        help_text=_('Interpreters per language pair in every slot, e.g. {"en-es": 2, "es-fr": 1}.'))
    venue = models.CharField(_("venue"), max_length=200, blank=True)

    class Meta:
        ordering = ["date", "starts_at", "pk"]
        verbose_name = _("B2B session")
        verbose_name_plural = _("B2B sessions")
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")),
                                   name="b2b_session_times_ordered"),
            models.CheckConstraint(condition=models.Q(slot_minutes__gte=5), name="b2b_session_slot_minutes"),
        ]

    def __str__(self) -> str:
        return f"{self.stop} {self.date:%Y-%m-%d} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session must end after it starts.")})
        if self.stop_id and self.date and not self.stop.start_date <= self.date <= self.stop.end_date:
            raise ValidationError({"date": _("A session must take place on one of its stop's days.")})

    @property
    def break_intervals(self) -> list[tuple[dt.time, dt.time]]:
        return [(dt.time.fromisoformat(start), dt.time.fromisoformat(end)) for start, end in self.breaks]


class Slot(models.Model):
    """One meeting time of a session; ``key`` is the engine's slot id, stable while the session is."""

    session = models.ForeignKey(B2BSession, on_delete=models.CASCADE, related_name="slots",
                                verbose_name=_("session"))
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    key = models.CharField(_("key"), max_length=80)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("slot")
        verbose_name_plural = _("slots")
        constraints = [
            models.UniqueConstraint(fields=["session", "key"], name="slot_unique_key"),
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")),
                                   name="slot_times_ordered"),
        ]

    def __str__(self) -> str:
        return self.key
