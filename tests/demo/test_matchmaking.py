from django.db.models import Count

from trademission.matchmaking.enums import RequestStatus
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.enums import Role
from trademission.missions.models import Membership


def test_the_2026_mission_has_answered_requests_between_eligible_organizations(demo):
    requests = MeetingRequest.objects.filter(mission__slug="ctm-mexico-2026")
    by_status = dict(requests.values_list("status").annotate(count=Count("pk")))

    assert set(by_status) == {RequestStatus.ACCEPTED, RequestStatus.DECLINED, RequestStatus.EXPIRED}
    assert 300 < sum(by_status.values()) < 500
    assert requests.filter(requester__side="visiting", recipient__side="visiting").count() == 0
    assert requests.filter(requester__side="host", recipient__side="host").count() == 0


def test_the_demo_delegate_and_host_have_met(demo):
    organizations = dict(Membership.objects.filter(
        mission__slug="ctm-mexico-2026", role__in=[Role.DELEGATE, Role.HOST],
        user__email__in=["delegate@example.com", "host@example.com"]).values_list("role", "organization"))

    request = MeetingRequest.objects.get(pair_low=min(organizations.values()), pair_high=max(organizations.values()))

    assert request.status == RequestStatus.ACCEPTED
