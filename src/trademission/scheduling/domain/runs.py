"""Schedule runs: a RUNNING version is created at once, the engine works in a background task."""

import datetime as dt
import logging
import time

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from trademission.missions.models import Mission
from trademission.scheduling.domain.apply import ScheduleError, apply_solution
from trademission.scheduling.domain.build_problem import plan_problem, run_engine
from trademission.scheduling.enums import VersionKind, VersionStatus
from trademission.scheduling.models import ScheduleVersion

logger = logging.getLogger(__name__)
PROGRESS_EVERY = 0.5  # seconds between progress writes
# A worker is presumed dead when its run has been silent for its time limit plus this long.
STALE_GRACE_SECONDS = 120.0


class RunCancelledError(Exception):
    pass


def next_number(mission: Mission) -> int:
    return (mission.schedule_versions.aggregate(top=Max("number"))["top"] or 0) + 1


def new_version(*, mission: Mission, kind: str, by: object | None, base: ScheduleVersion | None = None,
                status: str = VersionStatus.RUNNING, **fields: object) -> ScheduleVersion:
    """A new numbered version; the mission row lock keeps numbers unique under concurrent requests."""
    with transaction.atomic():
        Mission.objects.select_for_update().filter(pk=mission.pk).first()
        return ScheduleVersion.objects.create(mission=mission, number=next_number(mission), kind=kind, base=base,
                                              status=status, created_by=by if getattr(by, "pk", None) else None,
                                              progress_at=timezone.now(), **fields)


@transaction.atomic
def start_run(*, mission: Mission, by: object | None, kind: str = VersionKind.GENERATE,
              base: ScheduleVersion | None = None, time_limit: float = 20.0, seed: int = 0,
              frozen_before: object = None) -> ScheduleVersion:
    """Create the RUNNING version and queue the engine once the transaction commits."""
    from trademission.scheduling.tasks import task_solve_schedule

    version = new_version(mission=mission, kind=kind, by=by, base=base, time_limit=time_limit, seed=seed,
                          frozen_before=frozen_before)
    transaction.on_commit(lambda: task_solve_schedule.enqueue(version_id=version.pk))
    return version


def cancel_run(*, version: ScheduleVersion) -> bool:
    """Ask a running version to stop; the engine notices at its next progress report."""
    return bool(ScheduleVersion.objects.filter(pk=version.pk, status=VersionStatus.RUNNING).update(
        status=VersionStatus.CANCELLED, finished_at=timezone.now()))


def _reporter(version: ScheduleVersion):
    started = time.monotonic()
    last = [0.0]

    def report(_message: str) -> None:
        now = time.monotonic()
        if now - last[0] < PROGRESS_EVERY:
            return
        last[0] = now
        percent = min(95, 5 + int(90 * (now - started) / max(version.time_limit, 0.1)))
        if not ScheduleVersion.objects.filter(pk=version.pk, status=VersionStatus.RUNNING).update(
                progress=percent, progress_at=timezone.now()):
            raise RunCancelledError

    return report


def execute_run(*, version: ScheduleVersion) -> ScheduleVersion:
    """Build, solve, check, store. A failure marks only this version; the live one is never touched."""
    if version.status != VersionStatus.RUNNING:
        return version
    try:
        ScheduleVersion.objects.filter(pk=version.pk, status=VersionStatus.RUNNING).update(progress_at=timezone.now())
        plan = plan_problem(version.mission, version=version)
        ScheduleVersion.objects.filter(pk=version.pk, status=VersionStatus.RUNNING).update(
            progress=5, progress_at=timezone.now())
        result = run_engine(plan.problem, time_limit=version.time_limit, seed=version.seed,
                            progress=_reporter(version))
        return apply_solution(version, plan=plan, result=result)
    except RunCancelledError:
        logger.info("schedule version %s cancelled", version.pk)
    except ScheduleError as error:
        _fail(version, str(error))
    except Exception as error:  # the run must end in a state the page can show, whatever went wrong
        logger.exception("schedule version %s failed", version.pk)
        _fail(version, f"{type(error).__name__}: {error}")
    version.refresh_from_db()
    return version


def _fail(version: ScheduleVersion, message: str) -> None:
    ScheduleVersion.objects.filter(pk=version.pk, status=VersionStatus.RUNNING).update(
        status=VersionStatus.FAILED, error=message[:5000], finished_at=timezone.now())


def stale_grace() -> float:
    return float(getattr(settings, "SCHEDULE_RUN_STALE_GRACE", STALE_GRACE_SECONDS))


def reap_stale_runs(*, mission: Mission | None = None, now: dt.datetime | None = None,
                    grace: float | None = None) -> list[ScheduleVersion]:
    """Mark as failed every RUNNING version whose worker went silent (killed, out of memory, host lost).

    A live worker writes a heartbeat (``progress_at``) at least at every progress report and never
    runs longer than the version's time limit, so silence beyond ``time_limit + grace`` means it is
    gone. The live version is never touched: a run only ever writes its own version row.
    """
    now = now or timezone.now()
    grace = stale_grace() if grace is None else grace
    running = ScheduleVersion.objects.filter(status=VersionStatus.RUNNING)
    if mission is not None:
        running = running.filter(mission=mission)
    reaped = []
    for version in running.only("pk", "time_limit", "progress_at", "created_at"):
        heartbeat = version.progress_at or version.created_at
        if now - heartbeat <= dt.timedelta(seconds=version.time_limit + grace):
            continue
        message = _("The worker running this schedule stopped without finishing (no progress since %(at)s). "
                    "Nothing else was changed; run it again.") % {"at": heartbeat.isoformat(timespec="seconds")}
        # Guarded by status and heartbeat, so a run that reported progress meanwhile is left alone.
        if ScheduleVersion.objects.filter(pk=version.pk, status=VersionStatus.RUNNING,
                                          progress_at=version.progress_at).update(
                status=VersionStatus.FAILED, error=message, finished_at=now):
            logger.warning("schedule version %s reaped: no heartbeat since %s", version.pk, heartbeat)
            reaped.append(version)
    return reaped


def retry_run(*, version: ScheduleVersion, by: object | None) -> ScheduleVersion:
    """Start the same run again (same kind, base, time limit, seed) as a new version."""
    from django.core.exceptions import ValidationError

    if version.status not in (VersionStatus.FAILED, VersionStatus.CANCELLED):
        raise ValidationError(_("Only a failed or cancelled run can be run again."), code="status")
    return start_run(mission=version.mission, by=by, kind=version.kind, base=version.base,
                     time_limit=version.time_limit, seed=version.seed, frozen_before=version.frozen_before)
