"""A failing mail server never loses a notification: the task retries with backoff, then records it for a resend."""

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from tests.reliability.flaky_mail import FlakyBackend
from trademission.common.models import FailedEmail
from trademission.common.notifications import resend_failed_emails, send_email_later

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def flaky(settings):
    settings.EMAIL_BACKEND = "tests.reliability.flaky_mail.FlakyBackend"
    settings.EMAIL_RETRY_DELAY = 0.01
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    FlakyBackend.failures = FlakyBackend.attempts = 0

    def fail(times: int) -> type[FlakyBackend]:
        FlakyBackend.failures = times
        return FlakyBackend

    return fail


def notify_claire() -> None:
    with transaction.atomic():
        send_email_later(recipients=["claire@maple.example"], subject="Selected", body="Welcome aboard.")


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def test_a_server_that_fails_twice_still_gets_the_email_from_the_task(flaky):
    backend = flaky(2)
    notify_claire()

    run_worker()

    assert (backend.attempts, [m.subject for m in mail.outbox], FailedEmail.objects.count()) == (3, ["Selected"], 0)


def test_a_server_down_for_longer_keeps_the_email_until_the_resend_command_delivers_it(flaky):
    from django_tasks_db.models import DBTaskResult

    backend = flaky(3 + 1)  # the task's three attempts and the first resend all fail
    notify_claire()

    run_worker()

    assert mail.outbox == []
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"  # the task ended cleanly: the e-mail is in the table
    failed = FailedEmail.objects.get()
    assert (failed.recipients, failed.subject, failed.body, failed.attempts, failed.sent_at) == (
        ["claire@maple.example"], "Selected", "Welcome aboard.", 3, None)
    assert "SMTPServerDisconnected" in failed.last_error

    assert resend_failed_emails() == resend_failed_emails(now=timezone.now())  # not due yet: nothing tried
    assert backend.attempts == 3

    later = failed.next_attempt_at + dt.timedelta(seconds=1)
    first = resend_failed_emails(now=later)
    failed.refresh_from_db()
    assert (first.sent, first.failed, failed.attempts) == (0, 1, 4)
    assert failed.next_attempt_at - later >= dt.timedelta(minutes=16)  # the delay doubles with every attempt

    call_command("resend_failed_emails", "--all", verbosity=0)

    failed.refresh_from_db()
    assert [(m.to, m.subject) for m in mail.outbox] == [(["claire@maple.example"], "Selected")]
    assert (failed.sent_at is not None, backend.attempts) == (True, 5)
    assert resend_failed_emails(force=True).sent == 0  # sent once, never again


def test_schedule_change_notices_survive_a_failing_server(flaky):
    """The notices of a publication go out person by person: one refused e-mail does not lose the others."""
    from trademission.common.notifications import deliver_email

    flaky(3)
    sent = [deliver_email(recipients=[f"p{i}@example.com"], subject=f"Changed {i}", body="...") for i in range(3)]

    assert sent == [0, 1, 1]
    assert [m.subject for m in mail.outbox] == ["Changed 1", "Changed 2"]
    assert list(FailedEmail.objects.values_list("subject", flat=True)) == ["Changed 0"]
