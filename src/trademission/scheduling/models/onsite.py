import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_agenda_token() -> str:
    return secrets.token_urlsafe(24)


class AgendaToken(models.Model):
    """A person's private token: agenda links, ICS subscription feeds and the check-in QR code."""

    person = models.OneToOneField("directory.Person", on_delete=models.CASCADE, related_name="agenda_token",
                                  verbose_name=_("person"))
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_agenda_token)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("agenda token")
        verbose_name_plural = _("agenda tokens")

    def __str__(self) -> str:
        return f"{self.person}"


class CheckIn(models.Model):
    """A representative arrived at the mission's venue (once per mission; a second scan changes nothing)."""

    person = models.ForeignKey("directory.Person", on_delete=models.CASCADE, related_name="check_ins",
                               verbose_name=_("person"))
    mission = models.ForeignKey("missions.Mission", on_delete=models.CASCADE, related_name="check_ins",
                                verbose_name=_("mission"))
    checked_in_at = models.DateTimeField(_("checked in at"), auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+", verbose_name=_("checked in by"))

    class Meta:
        ordering = ["-checked_in_at"]
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        constraints = [models.UniqueConstraint(fields=["person", "mission"], name="check_in_once_per_mission")]

    def __str__(self) -> str:
        return f"{self.person} ({self.checked_in_at:%Y-%m-%d %H:%M})"
