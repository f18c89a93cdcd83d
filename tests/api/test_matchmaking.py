import json

import pytest
from django.urls import reverse

from tests.portal.test_directory import add_hosts
from tests.portal.test_matchmaking import add_requests
from trademission.matchmaking.domain.requests import send_request
from trademission.matchmaking.enums import RequestStatus
from trademission.matchmaking.models import MeetingRequest


def test_recommendations_have_exactly_the_documented_shape(client_as, world):
    response = client_as("delegate").get(
        reverse("api-recommendations", args=[world.mission.slug, world.visiting.pk]))

    [item] = response.json()
    assert list(item) == ["organization", "score", "reasons"]
    assert (item["organization"], item["reasons"]) == (world.host.pk,
                                                       ["Same sector: Clean technologies", "Both speak English"])
    assert 0 < item["score"] < 1


@pytest.mark.parametrize(("role", "organization", "status"), [
    ("delegate", "visiting", 200), ("delegate", "host", 403), ("host", "host", 200), ("organizer", "host", 200),
    ("reviewer", "host", 403), ("other_organizer", "host", 403), ("anonymous", "host", 403),
])
def test_recommendations_are_for_ones_own_organization_or_organizers(client_as, world, role, organization, status):
    target = getattr(world, organization)

    response = client_as(role).get(reverse("api-recommendations", args=[world.mission.slug, target.pk]))

    assert response.status_code == status


@pytest.mark.parametrize(("role", "organization", "contacts"), [
    ("delegate", "visiting", [{"name": "Claire Roy", "email": "delegate@test.example", "phone": ""}]),
    ("delegate", "host", None),
    ("organizer", "host", [{"name": "Luis Garza", "email": "host@test.example", "phone": ""}]),
])
def test_a_profile_shows_contacts_only_to_its_people_and_organizers(client_as, world, role, organization,
                                                                     contacts):
    target = getattr(world, organization)

    body = client_as(role).get(reverse("api-organization", args=[world.mission.slug, target.pk])).json()

    assert body["contacts"] == contacts
    assert body["representatives"][0]["name"] == target.people.get().name


@pytest.mark.parametrize("extra", [0, 20])
def test_the_organization_list_runs_the_same_queries_for_one_or_many(client_as, world, extra,
                                                                     django_assert_num_queries):
    add_hosts(world, extra)
    client = client_as("host")
    url = reverse("api-organizations", args=[world.mission.slug])
    client.get(url)

    with django_assert_num_queries(10):
        body = client.get(url + "?side=host").json()

    assert body["count"] == 1 + extra


def post(client, url: str, data: dict | None = None):
    return client.post(url, json.dumps(data or {}), content_type="application/json")


def test_a_delegate_sends_and_the_host_accepts_through_the_api(client_as, world, client):
    response = post(client_as("delegate"), reverse("api-meeting-requests", args=[world.mission.slug]),
                    {"recipient": world.host.pk, "note": "Pumps"})
    request_id = response.json()["id"]
    client.force_login(world.users["host"], backend="django.contrib.auth.backends.ModelBackend")

    answer = post(client, reverse("api-meeting-request-accept", args=[world.mission.slug, request_id]))

    assert response.status_code == 201
    assert (answer.status_code, answer.json()["status"]) == (200, "accepted")
    again = post(client, reverse("api-meeting-request-decline", args=[world.mission.slug, request_id]))
    assert (again.status_code, again.json()["code"]) == (400, "not_pending")


@pytest.mark.parametrize(("role", "action", "expected"), [
    ("host", "accept", (200, RequestStatus.ACCEPTED)),
    ("host", "decline", (200, RequestStatus.DECLINED)),
    ("host", "cancel", (403, RequestStatus.PENDING)),
    ("delegate", "accept", (403, RequestStatus.PENDING)),
    ("delegate", "cancel", (200, RequestStatus.CANCELLED)),
    ("organizer", "accept", (200, RequestStatus.ACCEPTED)),
    ("organizer", "cancel", (200, RequestStatus.CANCELLED)),
    ("reviewer", "accept", (403, RequestStatus.PENDING)),
    ("other_organizer", "accept", (403, RequestStatus.PENDING)),
    ("anonymous", "accept", (403, RequestStatus.PENDING)),
])
def test_who_may_answer_or_cancel_through_the_api(client_as, world, role, action, expected):
    meeting_request = send_request(requester=world.visiting, recipient=world.host, by=None)

    response = post(client_as(role), reverse(f"api-meeting-request-{action}",
                                             args=[world.mission.slug, meeting_request.pk]), {"reason": "Busy"})

    meeting_request.refresh_from_db()
    assert (response.status_code, meeting_request.status) == expected


@pytest.mark.parametrize(("role", "payload", "status"), [
    ("delegate", {"recipient": "host"}, 201),
    ("delegate", {"recipient": "host", "requester": "host"}, 403),  # not on behalf of another organization
    ("organizer", {"recipient": "host", "requester": "visiting"}, 201),
    ("organizer", {"recipient": "host"}, 403),  # an organizer names the requester
    ("reviewer", {"recipient": "host"}, 403),
])
def test_who_may_send_through_the_api(client_as, world, role, payload, status):
    data = {key: getattr(world, value).pk for key, value in payload.items()}

    response = post(client_as(role), reverse("api-meeting-requests", args=[world.mission.slug]), data)

    assert response.status_code == status
    assert MeetingRequest.objects.count() == (1 if status == 201 else 0)


def test_an_ineligible_organization_gets_the_reason(client_as, world):
    world.visiting.kind = "large"
    world.visiting.save()

    response = post(client_as("delegate"), reverse("api-meeting-requests", args=[world.mission.slug]),
                    {"recipient": world.host.pk})

    assert (response.status_code, response.json()["code"]) == (400, "not_sme")


@pytest.mark.parametrize(("role", "visible"), [("delegate", 1), ("host", 1), ("organizer", 1)])
def test_participants_list_only_their_organizations_requests(client_as, world, role, visible):
    send_request(requester=world.visiting, recipient=world.host, by=None)
    add_requests(world, 0)

    body = client_as(role).get(reverse("api-meeting-requests", args=[world.mission.slug])).json()

    assert body["count"] == visible


@pytest.mark.parametrize("extra", [0, 15])
def test_the_request_list_runs_the_same_queries_for_one_or_many(client_as, world, extra, django_assert_num_queries):
    send_request(requester=world.visiting, recipient=world.host, by=None)
    add_requests(world, extra)
    client = client_as("organizer")
    url = reverse("api-meeting-requests", args=[world.mission.slug])
    client.get(url)

    with django_assert_num_queries(6):
        body = client.get(url).json()

    assert body["count"] == 1 + extra


def test_the_schema_documents_the_directory_and_matchmaking(client):
    schema = client.get(reverse("api-schema"), HTTP_ACCEPT="application/json").json()

    assert sorted(path for path in schema["paths"] if "/organizations/" in path or "meeting-requests" in path) == [
        "/api/v1/missions/{mission}/meeting-requests/",
        "/api/v1/missions/{mission}/meeting-requests/{request_id}/accept/",
        "/api/v1/missions/{mission}/meeting-requests/{request_id}/cancel/",
        "/api/v1/missions/{mission}/meeting-requests/{request_id}/decline/",
        "/api/v1/missions/{mission}/organizations/",
        "/api/v1/missions/{mission}/organizations/{organization}/",
        "/api/v1/missions/{mission}/organizations/{organization}/recommendations/",
    ]
