"""An organization leaves the delegation after selection.

Deleting it would cascade to meetings of the live schedule, to its partners' requests, feedback and
deals: partners' agendas would change without notice and the outcomes would lose data. So it is
deleted only when nothing refers to it yet; otherwise it is kept, marked withdrawn, its open requests
are cancelled (both sides are told) and its people's attendance is withdrawn, so that the next
repair of the schedule frees its meetings and notifies exactly the partners concerned.
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from trademission.accounts.models import User
from trademission.directory.models import Organization
from trademission.matchmaking.domain.requests import cancel_request
from trademission.matchmaking.enums import ACTIVE_STATUSES
from trademission.matchmaking.models import MeetingRequest
from trademission.outcomes.models import Feedback, Lead
from trademission.scheduling.models import Attendance, Meeting


def has_history(organization: Organization) -> bool:
    """Whether any meeting, request, feedback or deal refers to the organization."""
    pair = Q(visiting=organization) | Q(host=organization)
    return (Meeting.objects.filter(pair).exists()
            or MeetingRequest.objects.filter(Q(requester=organization) | Q(recipient=organization)).exists()
            or Feedback.objects.filter(organization=organization).exists()
            or Lead.objects.filter(pair).exists())


def leave_mission(organization: Organization, *, by: User | None) -> bool:
    """Remove the organization from the mission; returns True when it is kept (withdrawn), False when deleted."""
    if not has_history(organization):
        organization.delete()
        return False
    now = timezone.now()
    organization.withdrawn_at = now
    organization.save(update_fields=["withdrawn_at"])
    reason = _("%(name)s has left the mission.") % {"name": organization.name}
    open_requests = MeetingRequest.objects.filter(
        Q(requester=organization) | Q(recipient=organization), status__in=ACTIVE_STATUSES).order_by("pk")
    for meeting_request in open_requests:
        cancel_request(meeting_request=meeting_request, by=by, reason=reason)
    Attendance.objects.filter(person__organization=organization, withdrawn_at__isnull=True).update(withdrawn_at=now)
    return True
