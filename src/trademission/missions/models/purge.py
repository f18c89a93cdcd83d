from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PersonalDataPurge(models.Model):
    """One run of ``privacy.domain.purge_mission``: who ran it, when, and how many rows of each kind it touched.

    It names the organizer's account only: the people whose data went are counted, never listed.
    """

    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="personal_data_purges",
                                verbose_name=_("mission"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+", verbose_name=_("by"))
    at = models.DateTimeField(_("at"), default=timezone.now)
    counts = models.JSONField(_("counts"), default=dict, help_text=_("Rows removed or anonymized, per kind."))

    class Meta:
        ordering = ["mission", "-at", "-pk"]
        verbose_name = _("personal data purge")
        verbose_name_plural = _("personal data purges")

    def __str__(self) -> str:
        return f"{self.mission} ({self.at:%Y-%m-%d %H:%M})"
