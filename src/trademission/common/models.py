from django.db import models
from django.utils.translation import gettext_lazy as _


class FailedEmail(models.Model):
    """An e-mail the backend refused after every immediate retry: kept until ``resend_failed_emails`` sends it."""

    recipients = models.JSONField(_("recipients"), default=list)
    subject = models.CharField(_("subject"), max_length=998)
    body = models.TextField(_("body"))
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("next attempt at"))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("failed e-mail")
        verbose_name_plural = _("failed e-mails")
        indexes = [models.Index(fields=["sent_at", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.subject} → {', '.join(self.recipients)}"
