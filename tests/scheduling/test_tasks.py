"""A schedule run goes through the real database queue and a real worker."""

import pytest
from django.core.management import call_command
from django.db import transaction

from tests.scheduling.builders import classic
from trademission.scheduling.domain.runs import start_run
from trademission.scheduling.models import ScheduleVersion

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def test_a_run_waits_in_the_queue_until_a_worker_solves_it(database_queue):
    from django_tasks_db.models import DBTaskResult

    world = classic()
    with transaction.atomic():
        version = start_run(mission=world.mission, by=None, time_limit=2, seed=3)
    assert (ScheduleVersion.objects.get(pk=version.pk).status, DBTaskResult.objects.count()) == ("running", 1)

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    version.refresh_from_db()
    assert (version.status, version.progress, version.stats["meetings"], version.meetings.count()) == (
        "draft", 100, 4, 4)
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_a_rolled_back_request_queues_no_run(database_queue):
    from django_tasks_db.models import DBTaskResult

    world = classic()

    def queue_then_fail() -> None:
        with transaction.atomic():
            start_run(mission=world.mission, by=None, time_limit=2)
            raise RuntimeError

    with pytest.raises(RuntimeError):
        queue_then_fail()

    assert (ScheduleVersion.objects.count(), DBTaskResult.objects.count()) == (0, 0)


def test_a_deleted_version_is_logged_and_skipped(database_queue):
    world = classic()
    with transaction.atomic():
        version = start_run(mission=world.mission, by=None, time_limit=2)
    version.delete()

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    from django_tasks_db.models import DBTaskResult

    assert DBTaskResult.objects.get().return_value == "gone"
