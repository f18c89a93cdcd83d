from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trademission.applications.enums import ApplicationStatus


class StatusChange(models.Model):
    """One line of an application's audit trail: who moved it, when, from where to where, and why."""

    application = models.ForeignKey("applications.Application", on_delete=models.CASCADE,
                                    related_name="status_changes", verbose_name=_("application"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+", verbose_name=_("by"),
                           help_text=_("Empty when the applicant or the system made the change."))
    at = models.DateTimeField(_("at"), default=timezone.now)
    from_status = models.CharField(_("from"), max_length=16, choices=ApplicationStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=16, choices=ApplicationStatus.choices)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self) -> str:
        return f"{self.application}: {self.from_status or '∅'} → {self.to_status}"
