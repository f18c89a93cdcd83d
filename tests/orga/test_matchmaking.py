import pytest
from django.urls import reverse

from tests.portal.test_matchmaking import add_requests
from trademission.matchmaking.domain.requests import matchmaking_settings, send_request
from trademission.matchmaking.enums import RequestStatus
from trademission.matchmaking.models import MeetingRequest


def test_an_organizer_creates_and_approves_a_request_on_behalf_of_participants(client_as, world):
    client_as("organizer").post(reverse("orga-meeting-requests", args=[world.mission.slug]), {
        "step": "create", "requester": world.host.pk, "recipient": world.visiting.pk, "note": "Met at the fair",
        "approve": "on"})

    request = MeetingRequest.objects.get()
    assert (request.requester, request.recipient, request.status, request.by_organizer, request.answered_by) == (
        world.host, world.visiting, RequestStatus.ACCEPTED, True, world.users["organizer"])


@pytest.mark.parametrize(("action", "expected"), [
    ("approve", RequestStatus.ACCEPTED), ("decline", RequestStatus.DECLINED), ("cancel", RequestStatus.CANCELLED)])
def test_an_organizer_acts_on_any_request(client_as, world, action, expected):
    meeting_request = send_request(requester=world.visiting, recipient=world.host, by=None)

    client_as("organizer").post(reverse(f"orga-meeting-request-{action}",
                                        args=[world.mission.slug, meeting_request.pk]))

    meeting_request.refresh_from_db()
    assert meeting_request.status == expected


def test_an_organizer_of_another_mission_cannot(client_as, world):
    meeting_request = send_request(requester=world.visiting, recipient=world.host, by=None)

    response = client_as("other_organizer").post(reverse("orga-meeting-request-approve",
                                                         args=[world.mission.slug, meeting_request.pk]))

    meeting_request.refresh_from_db()
    assert (response.status_code, meeting_request.status) == (403, RequestStatus.PENDING)


def test_the_organizer_sets_the_answer_deadline_and_reminders(client_as, world):
    client_as("organizer").post(reverse("orga-meeting-requests", args=[world.mission.slug]), {
        "step": "settings", "answer_days": "4", "requests_close_at": "2026-02-10T18:00", "reminder_hours": "24"})

    rules = matchmaking_settings(world.mission)
    assert (rules.answer_days, rules.requests_close_at.isoformat(), rules.reminder_hours) == (
        4, "2026-02-10T18:00:00+00:00", 24)


@pytest.mark.parametrize("extra", [0, 15])
def test_the_request_list_runs_the_same_queries_for_one_or_many(client_as, world, extra, django_assert_num_queries):
    send_request(requester=world.visiting, recipient=world.host, by=None)
    add_requests(world, extra)
    client = client_as("organizer")
    url = reverse("orga-meeting-requests", args=[world.mission.slug])
    client.get(url)

    with django_assert_num_queries(7):
        response = client.get(url)

    assert len(response.context["requests"]) == 1 + extra


def test_the_organization_page_shows_recommendations(client_as, world):
    response = client_as("organizer").get(reverse("orga-organization", args=[world.mission.slug, world.host.pk]))

    assert [item.organization for item in response.context["recommendations"]] == [world.visiting]
    assert "host@test.example" in response.text
