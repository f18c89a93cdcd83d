"""Every status change goes through here, so each one is audited and, if a decision, e-mailed."""

from django.utils import timezone

from trademission.accounts.models import User
from trademission.applications.domain.notices import notify_decision
from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application, StatusChange


def change_status(application: Application, *, to: ApplicationStatus, by: User | None, reason: str = "",
                  notify: bool = True) -> StatusChange:
    """Move ``application`` to ``to``, record who/when/from/to/why, and tell the applicant."""
    change = StatusChange.objects.create(application=application, by=by, at=timezone.now(),
                                         from_status=application.status, to_status=to, reason=reason)
    application.status = to
    if to != ApplicationStatus.WAITLISTED:
        application.waitlist_position = None
    application.save(update_fields=["status", "waitlist_position", "updated_at"])
    if notify:
        notify_decision(application, reason=reason)
    return change
