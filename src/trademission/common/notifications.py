"""E-mail notifications, always sent from a background task after the transaction commits.

A failing mail server never loses a notification: the task retries a few times with backoff, then
records a ``FailedEmail`` row that ``trademission resend_failed_emails`` (cron) sends later, with a
growing delay between attempts.
"""

import datetime as dt
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)
SEND_ATTEMPTS = 3  # immediate attempts inside the task
RETRY_DELAY = 0.5  # seconds before the second attempt; doubles each time
RESEND_BACKOFF = dt.timedelta(minutes=1)  # first delay between resends of a recorded failure; doubles
RESEND_BACKOFF_MAX = dt.timedelta(hours=6)


def send_email_now(*, recipients: list[str], subject: str, body: str) -> int:
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)


def deliver_email(*, recipients: list[str], subject: str, body: str) -> int:
    """Send with retries and backoff; if every attempt fails, record the e-mail for a later resend.

    Returns the number of messages sent (0 when the e-mail was recorded as failed).
    """
    from trademission.common.models import FailedEmail

    attempts = int(getattr(settings, "EMAIL_SEND_ATTEMPTS", SEND_ATTEMPTS))
    delay = float(getattr(settings, "EMAIL_RETRY_DELAY", RETRY_DELAY))
    error: Exception | None = None
    for attempt in range(attempts):
        if attempt:
            time.sleep(delay * 2 ** (attempt - 1))
        try:
            return send_email_now(recipients=recipients, subject=subject, body=body)
        except Exception as failure:  # any backend error (SMTP, socket, TLS): try again, then record
            error = failure
            logger.warning("sending %r to %s failed (attempt %d of %d): %s", subject, recipients, attempt + 1,
                           attempts, failure)
    FailedEmail.objects.create(recipients=list(recipients), subject=str(subject)[:998], body=str(body),
                               attempts=attempts, last_error=f"{type(error).__name__}: {error}"[:5000],
                               next_attempt_at=timezone.now() + RESEND_BACKOFF)
    return 0


def send_email_later(*, recipients: list[str], subject: str, body: str) -> None:
    """Queue the e-mail once the surrounding transaction commits: a rollback sends nothing."""
    from trademission.common.tasks import task_send_email

    transaction.on_commit(
        lambda: task_send_email.enqueue(recipients=list(recipients), subject=str(subject), body=str(body))
    )


@dataclass(frozen=True)
class ResendReport:
    sent: int
    failed: int


def resend_failed_emails(*, now: dt.datetime | None = None, force: bool = False) -> ResendReport:
    """Try once more every recorded failure that is due (all of them with ``force``)."""
    from trademission.common.models import FailedEmail

    now = now or timezone.now()
    due = FailedEmail.objects.filter(sent_at__isnull=True)
    if not force:
        due = due.filter(next_attempt_at__lte=now)
    sent = failed = 0
    for pk in due.values_list("pk", flat=True):
        with transaction.atomic():
            email = FailedEmail.objects.select_for_update(skip_locked=True).filter(pk=pk, sent_at__isnull=True).first()
            if email is None:  # sent meanwhile by another resend
                continue
            try:
                send_email_now(recipients=email.recipients, subject=email.subject, body=email.body)
            except Exception as error:  # still failing: wait longer before the next attempt
                email.attempts += 1
                email.last_error = f"{type(error).__name__}: {error}"[:5000]
                email.next_attempt_at = now + min(RESEND_BACKOFF * 2 ** email.attempts, RESEND_BACKOFF_MAX)
                email.save(update_fields=["attempts", "last_error", "next_attempt_at"])
                failed += 1
            else:
                email.attempts += 1
                email.sent_at = now
                email.save(update_fields=["attempts", "sent_at"])
                sent += 1
    return ResendReport(sent=sent, failed=failed)
