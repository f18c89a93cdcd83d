from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.scheduling.enums import MeetingStatus


class Meeting(models.Model):
    """One B2B meeting of one schedule version: a pair of organizations, a slot, a table.

    ``uid`` is the same for a pair in every version of a mission (calendar UIDs rely on it);
    ``sequence`` grows each time a published meeting changes time, table or place.
    """

    version = models.ForeignKey("scheduling.ScheduleVersion", on_delete=models.CASCADE, related_name="meetings",
                                verbose_name=_("version"))
    request = models.ForeignKey("matchmaking.MeetingRequest", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="meetings", verbose_name=_("meeting request"))
    visiting = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, related_name="+",
                                 verbose_name=_("visiting organization"))
    host = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("host organization"))
    # A slot with meetings cannot be deleted on its own (editing a session must not lose meetings),
    # but deleting the whole mission, which cascades to the versions too, may take both.
    slot = models.ForeignKey("scheduling.Slot", on_delete=models.RESTRICT, related_name="meetings",
                             verbose_name=_("slot"))
    table = models.PositiveSmallIntegerField(_("table"))
    interpreter = models.CharField(_("interpreter"), max_length=16, blank=True,
                                   help_text=_('Language pair such as "en-es"; empty when none is needed.'))
    visiting_person = models.ForeignKey("directory.Person", on_delete=models.SET_NULL, null=True, blank=True,
                                        related_name="+", verbose_name=_("visiting representative"))
    host_person = models.ForeignKey("directory.Person", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("host representative"))
    weight = models.FloatField(_("weight"), default=0.0)
    locked = models.BooleanField(_("locked"), default=False)
    status = models.CharField(_("status"), max_length=20, choices=MeetingStatus.choices,
                              default=MeetingStatus.SCHEDULED)
    uid = models.UUIDField(_("calendar UID"))
    sequence = models.PositiveIntegerField(_("sequence"), default=0)

    class Meta:
        ordering = ["slot__starts_at", "table"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(fields=["version", "slot", "table"], name="meeting_unique_table"),
            models.UniqueConstraint(fields=["version", "slot", "visiting_person"],
                                    condition=models.Q(visiting_person__isnull=False),
                                    name="meeting_unique_visiting_person"),
            models.UniqueConstraint(fields=["version", "slot", "host_person"],
                                    condition=models.Q(host_person__isnull=False),
                                    name="meeting_unique_host_person"),
            models.UniqueConstraint(fields=["version", "visiting", "host"], name="meeting_unique_pair"),
            models.CheckConstraint(condition=models.Q(table__gte=1), name="meeting_table_positive"),
        ]
        indexes = [models.Index(fields=["version", "slot"])]

    def __str__(self) -> str:
        return f"{self.visiting_id} × {self.host_id} @ {self.slot_id}/{self.table}"
