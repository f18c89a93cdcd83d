import pytest
from django.urls import reverse
from django.utils.html import escape

from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization
from trademission.matchmaking.domain.requests import send_request
from trademission.matchmaking.enums import RequestStatus
from trademission.matchmaking.models import MeetingRequest, Preference


def test_a_delegate_sees_ranked_partners_with_reasons(client_as, world):
    response = client_as("delegate").get(reverse("portal-recommendations", args=[world.mission.slug]))

    [recommendation] = response.context["recommendations"]
    assert recommendation.organization == world.host
    assert recommendation.reasons == ["Same sector: Clean technologies", "Both speak English"]
    assert f'name="recipient" value="{world.host.pk}"' in response.text


def test_a_delegate_sends_a_request_from_the_recommendations(client_as, world):
    client = client_as("delegate")
    url = reverse("portal-recommendations", args=[world.mission.slug])

    response = client.post(reverse("portal-meeting-requests", args=[world.mission.slug]),
                           {"recipient": world.host.pk, "note": "Water pumps", "next": url}, follow=True)

    request = MeetingRequest.objects.get()
    assert (request.requester, request.recipient, request.note, request.created_by) == (
        world.visiting, world.host, "Water pumps", world.users["delegate"])
    assert response.redirect_chain == [(url, 302)]
    assert "Meeting request: Waiting for an answer" in response.text


def test_an_ineligible_organization_is_told_why_and_cannot_request(client_as, world):
    world.visiting.kind = OrganizationKind.ASSOCIATION
    world.visiting.save()
    client = client_as("delegate")

    page = client.get(reverse("portal-recommendations", args=[world.mission.slug])).text
    response = client.post(reverse("portal-meeting-requests", args=[world.mission.slug]),
                           {"recipient": world.host.pk}, follow=True)

    reason = ("B2B meetings are for the delegation's small and medium-sized enterprises; Maple Water Inc. is "
              "registered as: Trade association.")
    assert escape(reason) in page
    assert 'name="recipient"' not in page
    assert escape(reason) in response.text
    assert MeetingRequest.objects.count() == 0


@pytest.mark.parametrize(("role", "action", "expected"), [
    ("host", "accept", (302, RequestStatus.ACCEPTED)),
    ("host", "decline", (302, RequestStatus.DECLINED)),
    ("host", "cancel", (404, RequestStatus.PENDING)),  # only the sender cancels
    ("delegate", "accept", (404, RequestStatus.PENDING)),  # the sender cannot answer their own request
    ("delegate", "cancel", (302, RequestStatus.CANCELLED)),
    ("organizer", "accept", (403, RequestStatus.PENDING)),  # organizers act from the back office
    ("reviewer", "accept", (403, RequestStatus.PENDING)),
    ("anonymous", "accept", (302, RequestStatus.PENDING)),
    ("other_organizer", "cancel", (403, RequestStatus.PENDING)),
])
def test_who_may_answer_or_cancel_in_the_portal(client_as, world, role, action, expected):
    meeting_request = send_request(requester=world.visiting, recipient=world.host, by=world.users["delegate"])

    response = client_as(role).post(reverse(f"portal-meeting-request-{action}",
                                            args=[world.mission.slug, meeting_request.pk]), {"reason": "Busy"})

    meeting_request.refresh_from_db()
    assert (response.status_code, meeting_request.status) == expected


def test_a_preference_is_saved_and_a_no_thanks_hides_the_partner(client_as, world):
    client = client_as("delegate")

    client.post(reverse("portal-preference", args=[world.mission.slug, world.host.pk]), {"level": "no_thanks"})
    response = client.get(reverse("portal-recommendations", args=[world.mission.slug]))

    assert list(Preference.objects.values_list("organization", "target", "level")) == [
        (world.visiting.pk, world.host.pk, "no_thanks")]
    assert response.context["recommendations"] == []


def add_requests(world, count: int) -> None:
    sector = world.mission.sectors.get()
    for number in range(count):
        host = Organization.objects.create(mission=world.mission, side=Side.HOST, name=f"Empresa {number:03d}",
                                           kind=OrganizationKind.SME, country="MX", languages=["es"])
        host.sectors.add(sector)
        send_request(requester=host, recipient=world.visiting, by=None)


@pytest.mark.parametrize("extra", [0, 15])
def test_the_request_list_runs_the_same_queries_for_one_or_many(client_as, world, extra, django_assert_num_queries):
    send_request(requester=world.visiting, recipient=world.host, by=None)
    add_requests(world, extra)
    client = client_as("delegate")
    url = reverse("portal-meeting-requests", args=[world.mission.slug])
    client.get(url)

    with django_assert_num_queries(7):
        response = client.get(url)

    assert (len(response.context["incoming"]), len(response.context["outgoing"])) == (extra, 1)
