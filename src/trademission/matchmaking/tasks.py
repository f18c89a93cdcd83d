import logging

from django_tasks import task

from trademission.matchmaking.domain.requests import expire_requests

logger = logging.getLogger(__name__)


@task()
def task_expire_meeting_requests() -> dict[str, int]:
    """Run periodically (cron or worker): expire overdue requests, remind recipients before."""
    report = expire_requests()
    logger.info("Meeting requests: %d expired, %d reminders", report.expired, report.reminded)
    return {"expired": report.expired, "reminded": report.reminded}


@task()
def task_refresh_embeddings(*, mission_id: int) -> int:
    """Embed the texts of a mission's organizations that changed, so the first recommendation page is fast."""
    from trademission.directory.models import Organization
    from trademission.matchmaking.domain.embeddings import organization_vectors

    organizations = list(Organization.objects.filter(mission_id=mission_id).order_by("pk"))
    if not organizations:
        logger.info("Mission %s has no organizations to embed", mission_id)
        return 0
    organization_vectors(organizations)
    return len(organizations)
