"""A schedule run whose worker dies: the live schedule is untouched, the run is marked failed, it can be retried."""

import datetime as dt
import os
import signal
import subprocess
import sys
import time

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from tests.factories.missions import MembershipFactory
from tests.scheduling.builders import classic, hand_built
from trademission.missions.enums import Role
from trademission.scheduling.domain.runs import reap_stale_runs, retry_run, start_run
from trademission.scheduling.models import Meeting, ScheduleVersion

LIVE_ROWS = [("Maple", "Agua", "20260216-0900", 1, "", "Anne", "Diego"),
             ("Cedar", "Sol", "20260216-0920", 1, "en-es", "Carl", "Elena")]


def live_snapshot(version: ScheduleVersion) -> list[tuple]:
    return list(Meeting.objects.filter(version=version).order_by("pk").values_list(
        "pk", "slot_id", "table", "visiting_person_id", "host_person_id", "status", "sequence"))


def silent_run(world, *, silent_for: float) -> ScheduleVersion:
    """A RUNNING version whose worker last reported ``silent_for`` seconds ago (its queue entry is not needed)."""
    version = ScheduleVersion.objects.create(mission=world.mission, number=2, status="running", time_limit=5, seed=4,
                                             progress=40)
    ScheduleVersion.objects.filter(pk=version.pk).update(
        progress_at=timezone.now() - dt.timedelta(seconds=silent_for))
    return version


@pytest.mark.django_db
def test_a_silent_run_is_reaped_as_failed_and_the_live_schedule_is_untouched():
    world = classic()
    live = hand_built(world, LIVE_ROWS, status="live")
    before = live_snapshot(live)
    dead = silent_run(world, silent_for=5 + 121)

    out = call_command_output("reap_stale_runs")

    dead.refresh_from_db()
    assert (dead.status, dead.finished_at is not None) == ("failed", True)
    assert "stopped without finishing" in dead.error
    assert "1 stale runs reaped." in out
    live.refresh_from_db()
    assert (live.status, live_snapshot(live)) == ("live", before)


@pytest.mark.django_db
def test_a_run_still_reporting_progress_is_left_alone():
    world = classic()
    busy = silent_run(world, silent_for=30)  # within its 5 s time limit plus the 120 s grace

    assert reap_stale_runs() == []
    busy.refresh_from_db()
    assert busy.status == "running"


@pytest.mark.django_db
def test_viewing_the_version_shows_the_dead_run_as_failed_with_a_retry_button(client):
    world = classic()
    dead = silent_run(world, silent_for=500)
    membership = MembershipFactory(mission=world.mission, role=Role.ORGANIZER)
    client.force_login(membership.user, backend="django.contrib.auth.backends.ModelBackend")

    progress = client.get(reverse("orga-schedule-version-progress", args=[world.mission.slug, dead.number])).json()
    page = client.get(reverse("orga-schedule-version", args=[world.mission.slug, dead.number])).text

    assert progress["status"] == "failed"
    assert 'value="retry"' in page


@pytest.mark.django_db
def test_a_failed_run_is_retried_with_the_same_settings(immediate_tasks, django_capture_on_commit_callbacks):
    world = classic()
    dead = silent_run(world, silent_for=500)
    reap_stale_runs()
    dead.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        again = retry_run(version=dead, by=None)

    again.refresh_from_db()
    assert (again.number, again.status, again.seed, again.time_limit) == (3, "draft", 4, 5)
    assert again.meetings.count() == 4


@pytest.mark.django_db
def test_only_a_failed_or_cancelled_run_can_be_retried():
    from django.core.exceptions import ValidationError

    world = classic()
    live = hand_built(world, LIVE_ROWS, status="live")
    with pytest.raises(ValidationError):
        retry_run(version=live, by=None)


def call_command_output(*args: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_run_leaves_the_live_schedule_and_the_run_fails_then_retries(settings, tmp_path):
    """A real ``db_worker`` process picks up the run; it is SIGKILLed while it works on it."""
    if connection.vendor != "postgresql":
        pytest.skip("the worker process shares the test database only on PostgreSQL")
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    world = classic(slug="killed")
    live = hand_built(world, LIVE_ROWS, status="live")
    before = live_snapshot(live)
    with transaction.atomic():
        version = start_run(mission=world.mission, by=None, time_limit=30, seed=1)

    db = connection.settings_dict
    dsn = f"host={db['HOST']} port={db['PORT'] or 5432} user={db['USER']} dbname={db['NAME']}"
    env = {**os.environ, "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}",
           "TASK_BACKEND": "database", "PYTHONUNBUFFERED": "1"}
    # Hold the run's row: the worker blocks on its first heartbeat write, provably in the middle of the run.
    with psycopg.connect(dsn) as blocker, psycopg.connect(dsn, autocommit=True) as watcher:
        blocker.execute("SELECT id FROM scheduling_scheduleversion WHERE id = %s FOR UPDATE", [version.pk])
        log = tmp_path / "worker.log"
        with log.open("wb") as output:
            worker = subprocess.Popen([sys.executable, "-m", "trademission.cli", "db_worker", "--no-startup-delay",
                                       "--interval", "0.2"], env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                waiting = watcher.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
                    [db["NAME"]]).fetchone()[0]
                if waiting or worker.poll() is not None:
                    break
                time.sleep(0.1)
            assert worker.poll() is None, log.read_text()
            assert waiting == 1, "the worker never reached the run"
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=10)
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
        blocker.rollback()

    assert worker.returncode == -signal.SIGKILL
    assert DBTaskResult.objects.get().status == "RUNNING"  # the queue never heard back
    version.refresh_from_db()
    assert (version.status, version.meetings.count()) == ("running", 0)

    # The next look at the schedule (or the command, from cron or at worker start) reaps it.
    later = timezone.now() + dt.timedelta(seconds=version.time_limit + 121)
    assert [v.pk for v in reap_stale_runs(mission=world.mission, now=later)] == [version.pk]
    version.refresh_from_db()
    live.refresh_from_db()
    assert (version.status, live.status, live_snapshot(live)) == ("failed", "live", before)

    with transaction.atomic():
        again = retry_run(version=version, by=None)
    again.time_limit = 2
    again.save(update_fields=["time_limit"])
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    again.refresh_from_db()
    assert (again.status, again.meetings.count()) == ("draft", 4)
    assert live_snapshot(live) == before
