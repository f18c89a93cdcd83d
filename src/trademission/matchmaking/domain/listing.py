from django.db.models import Q, QuerySet

from trademission.directory.models import Organization
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.models import Mission


def requests_for_mission(mission: Mission, *, status: str = "", organization: int | None = None
                         ) -> QuerySet[MeetingRequest]:
    requests = (MeetingRequest.objects.filter(mission=mission)
                .select_related("requester", "recipient", "created_by", "answered_by").order_by("-created_at", "-pk"))
    if status:
        requests = requests.filter(status=status)
    if organization:
        requests = requests.filter(Q(requester_id=organization) | Q(recipient_id=organization))
    return requests


def requests_for_organization(organization: Organization) -> QuerySet[MeetingRequest]:
    """Requests the organization sent or received, newest first, with both organizations loaded."""
    return requests_for_mission(organization.mission, organization=organization.pk)
