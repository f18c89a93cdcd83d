import logging

from django_tasks import task

from trademission.scheduling.domain.runs import execute_run
from trademission.scheduling.models import ScheduleVersion

logger = logging.getLogger(__name__)


@task()
def task_solve_schedule(*, version_id: int) -> str:
    version = ScheduleVersion.objects.select_related("mission").filter(pk=version_id).first()
    if version is None:
        logger.info("schedule version %s is gone", version_id)
        return "gone"
    return execute_run(version=version).status


@task()
def task_send_schedule_notices(*, before_id: int | None, after_id: int, person_ids: list[int]) -> int:
    from trademission.scheduling.domain.notices import send_notices

    after = ScheduleVersion.objects.select_related("mission").filter(pk=after_id).first()
    if after is None:
        return 0
    before = ScheduleVersion.objects.filter(pk=before_id).first() if before_id else None
    return send_notices(before=before, after=after, person_ids=person_ids)
