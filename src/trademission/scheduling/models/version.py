from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.scheduling.enums import VersionKind, VersionStatus


class ScheduleVersion(models.Model):
    """One schedule of a mission. Versions are never overwritten: each run or copy makes a new one."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="schedule_versions",
                                verbose_name=_("mission"))
    number = models.PositiveIntegerField(_("number"))
    kind = models.CharField(_("kind"), max_length=16, choices=VersionKind.choices, default=VersionKind.GENERATE)
    base = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="derived",
                             verbose_name=_("based on"))
    status = models.CharField(_("status"), max_length=16, choices=VersionStatus.choices,
                              default=VersionStatus.RUNNING)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("created by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    # The worker's heartbeat: written with every progress report; a RUNNING version whose heartbeat
    # is older than its time limit plus a grace period lost its worker and is reaped as failed.
    progress_at = models.DateTimeField(_("last progress at"), null=True, blank=True)
    stats = models.JSONField(_("statistics"), default=dict, blank=True)
    unscheduled = models.JSONField(_("unscheduled requests"), default=list, blank=True)
    error = models.TextField(_("error"), blank=True)
    seed = models.PositiveIntegerField(_("seed"), default=0)
    time_limit = models.FloatField(_("time limit (seconds)"), default=20.0)
    frozen_before = models.DateTimeField(
        _("kept as is before"), null=True, blank=True,
        help_text=_("Repairs keep every meeting that starts before this moment exactly as it was."))

    class Meta:
        ordering = ["mission", "-number"]
        verbose_name = _("schedule version")
        verbose_name_plural = _("schedule versions")
        constraints = [
            models.UniqueConstraint(fields=["mission", "number"], name="schedule_version_unique_number"),
            models.UniqueConstraint(fields=["mission"], condition=models.Q(status=VersionStatus.LIVE),
                                    name="schedule_version_one_live_per_mission"),
            models.CheckConstraint(condition=models.Q(progress__lte=100), name="schedule_version_progress_range"),
        ]

    def __str__(self) -> str:
        return f"{self.mission} v{self.number} ({self.status})"

    @property
    def quality(self) -> float | None:
        return self.stats.get("quality")
