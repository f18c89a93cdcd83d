from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from trademission.directory.enums import Side
from trademission.outcomes.enums import NextStep
from trademission.outcomes.models.tokens import new_token


class Feedback(models.Model):
    """One side's view of one held meeting. Created when asked for; answered once, editable afterwards.

    ``meeting_uid`` is the pair's identity across schedule versions; ``meeting`` the row it was asked about.
    """

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="feedback",
                                verbose_name=_("mission"))
    meeting = models.ForeignKey("scheduling.Meeting", on_delete=models.CASCADE, related_name="feedback",
                                verbose_name=_("meeting"))
    meeting_uid = models.UUIDField(_("meeting UID"))
    side = models.CharField(_("side"), max_length=16, choices=Side.choices)
    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, related_name="feedback",
                                     verbose_name=_("organization"))
    person = models.ForeignKey("directory.Person", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="feedback", verbose_name=_("asked person"))
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_token)
    usefulness = models.PositiveSmallIntegerField(
        _("usefulness"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)])
    next_step = models.CharField(_("next step"), max_length=16, choices=NextStep.choices, blank=True)
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    requested_at = models.DateTimeField(_("asked at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("answered by"))

    class Meta:
        ordering = ["mission", "meeting_uid", "side"]
        verbose_name = _("meeting feedback")
        verbose_name_plural = _("meeting feedback")
        constraints = [
            models.UniqueConstraint(fields=["mission", "meeting_uid", "side"], name="feedback_one_per_side"),
            models.CheckConstraint(condition=models.Q(usefulness__isnull=True)
                                   | models.Q(usefulness__gte=1, usefulness__lte=5),
                                   name="feedback_usefulness_range"),
        ]

    def __str__(self) -> str:
        return f"{self.organization} — {self.meeting_uid}"
