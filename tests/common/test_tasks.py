"""Notifications go through a real queue: the database queue by default, Redis (RQ) in production."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction

from trademission.common.notifications import send_email_later

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_queue(settings):
    # Changing the setting resets django-tasks' backend handler through its setting_changed receiver.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def queue_one_email():
    with transaction.atomic():
        send_email_later(recipients=["claire@maple.example"], subject="Selected", body="Welcome aboard.")


def test_an_email_waits_in_the_database_queue_until_a_worker_runs(database_queue):
    from django_tasks_db.models import DBTaskResult

    queue_one_email()
    assert mail.outbox == []
    assert DBTaskResult.objects.count() == 1

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    assert [(message.to, message.subject) for message in mail.outbox] == [(["claire@maple.example"], "Selected")]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_a_rolled_back_transaction_queues_nothing(database_queue):
    from django_tasks_db.models import DBTaskResult

    def queue_then_fail() -> None:
        with transaction.atomic():
            send_email_later(recipients=["claire@maple.example"], subject="Selected", body="Welcome aboard.")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        queue_then_fail()

    assert DBTaskResult.objects.count() == 0


@pytest.fixture
def redis_queue(settings):
    import django_rq

    settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "django_rq"]
    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:6379/15"}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.backend.RQBackend", "QUEUES": ["default"]}}
    from django_tasks_rq.backend import Job

    queue = django_rq.get_queue("default", job_class=Job)
    queue.connection.flushdb()
    yield queue
    queue.connection.flushdb()


def test_the_same_code_runs_on_redis_with_rq(redis_queue):
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    queue_one_email()
    assert mail.outbox == []
    assert redis_queue.count == 1

    SimpleWorker([redis_queue], connection=redis_queue.connection, job_class=Job).work(burst=True)

    assert [(message.to, message.subject) for message in mail.outbox] == [(["claire@maple.example"], "Selected")]
