import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.matchmaking.enums import ACTIVE_STATUSES, RequestStatus


class MatchmakingSettings(models.Model):
    """The organizer's rules for meeting requests in one mission."""

    mission = models.OneToOneField("missions.Mission", on_delete=models.CASCADE, related_name="matchmaking",
                                   verbose_name=_("mission"))
    answer_days = models.PositiveSmallIntegerField(
        _("days to answer"), default=7, help_text=_("A request left unanswered this long expires."))
    requests_close_at = models.DateTimeField(
        _("answers due by"), null=True, blank=True,
        help_text=_("Deadline for every answer; requests still waiting then expire. Empty: no common deadline."))
    reminder_hours = models.PositiveSmallIntegerField(
        _("reminder before expiry (hours)"), default=48,
        help_text=_("The recipient is reminded by e-mail this long before a request expires."))

    class Meta:
        verbose_name = _("matchmaking settings")
        verbose_name_plural = _("matchmaking settings")

    def __str__(self) -> str:
        return str(self.mission)

    @property
    def reminder_delta(self) -> dt.timedelta:
        return dt.timedelta(hours=self.reminder_hours)


class MeetingRequest(models.Model):
    """One organization asks another for a B2B meeting; always between organizations, not people."""

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="meeting_requests",
                                verbose_name=_("mission"))
    requester = models.ForeignKey("directory.Organization", on_delete=models.CASCADE,
                                  related_name="requests_sent", verbose_name=_("from"))
    recipient = models.ForeignKey("directory.Organization", on_delete=models.CASCADE,
                                  related_name="requests_received", verbose_name=_("to"))
    # The pair in a fixed order, so that one constraint covers both directions.
    pair_low = models.PositiveBigIntegerField(editable=False)
    pair_high = models.PositiveBigIntegerField(editable=False)
    note = models.TextField(_("note"), max_length=500, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=RequestStatus.choices,
                              default=RequestStatus.PENDING)
    reason = models.TextField(_("reason"), max_length=500, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("sent by"))
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("answered by"))
    by_organizer = models.BooleanField(_("handled by an organizer"), default=False)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"))
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        constraints = [
            # Two representatives of one organization never get two meetings with the same partner.
            models.UniqueConstraint(fields=["mission", "pair_low", "pair_high"],
                                    condition=models.Q(status__in=ACTIVE_STATUSES),
                                    name="meeting_request_one_active_per_pair"),
            models.CheckConstraint(condition=~models.Q(requester=models.F("recipient")),
                                   name="meeting_request_not_self"),
        ]
        indexes = [models.Index(fields=["status", "expires_at"])]

    def __str__(self) -> str:
        return f"{self.requester_id} → {self.recipient_id} ({self.status})"

    def save(self, *args: object, **kwargs: object) -> None:
        self.pair_low, self.pair_high = sorted((self.requester_id, self.recipient_id))
        super().save(*args, **kwargs)
