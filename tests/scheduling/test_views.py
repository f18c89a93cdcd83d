"""The organizer's schedule and on-site pages, through the test client."""

import pytest
from django.urls import reverse

from tests.factories.missions import MembershipFactory
from tests.scheduling.builders import DAY1, classic, hand_built
from trademission.missions.enums import Role
from trademission.scheduling.domain.onsite import agenda_token
from trademission.scheduling.models import B2BSession, CheckIn, ScheduleVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def organizer(client):
    def login(world):
        membership = MembershipFactory(mission=world.mission, role=Role.ORGANIZER)
        client.force_login(membership.user, backend="django.contrib.auth.backends.ModelBackend")
        return client
    return login


def test_generate_inspect_and_publish(organizer, immediate_tasks, django_capture_on_commit_callbacks):
    world = classic()
    client = organizer(world)
    slug = world.mission.slug

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("orga-schedule", args=[slug]), {"step": "generate", "time_limit": 2, "seed": 0})
    assert response.status_code == 302
    assert response["Location"] == reverse("orga-schedule-version", args=[slug, 1])
    progress = client.get(reverse("orga-schedule-version-progress", args=[slug, 1])).json()
    assert progress == {"status": "draft", "progress": 100, "error": ""}
    page = client.get(response["Location"]).content.decode()
    assert 'id="cert-meetings">4<' in page
    assert 'id="cert-quality">1.0000<' in page
    assert "en-es 1 / 1" in page  # interpreter use per slot
    assert client.get(reverse("orga-schedule", args=[slug])).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("orga-schedule-version-act", args=[slug, 1]), {"action": "publish"})

    assert ScheduleVersion.objects.get(mission=world.mission, number=1).status == "live"


def test_a_running_version_shows_a_progress_bar_and_can_be_cancelled(organizer):
    world = classic()
    client = organizer(world)
    version = hand_built(world, [], status="running")
    url = reverse("orga-schedule-version", args=[world.mission.slug, version.number])

    assert '<progress id="run-progress" max="100" value="100">' in client.get(url).content.decode()
    client.post(reverse("orga-schedule-version-act", args=[world.mission.slug, version.number]), {"action": "cancel"})

    assert ScheduleVersion.objects.get(pk=version.pk).status == "cancelled"


def test_a_meeting_is_moved_from_the_offered_slots(organizer):
    world = classic(tables=1)
    client = organizer(world)
    version = hand_built(world, [("Cedar", "Sol", "20260216-0920", 1, "en-es", "Carl", "Elena")])
    meeting = version.meetings.get()
    url = reverse("orga-schedule-meeting", args=[world.mission.slug, version.number, meeting.pk])
    page = client.get(url).content.decode()
    target = meeting.slot.session.slots.get(key="mexico-city-20260216-1040")
    assert f'<option value="{target.pk}">' in page

    client.post(url, {"action": "move", "slot": target.pk})

    meeting.refresh_from_db()
    assert (meeting.slot_id, meeting.locked) == (target.pk, True)


def test_a_session_is_created_from_the_form_with_its_slots(organizer):
    world = classic()
    client = organizer(world)

    response = client.post(reverse("orga-schedule-session", args=[world.mission.slug, 0]), {
        "stop": world.stop.pk, "date": "2026-02-17", "starts_at": "14:00", "ends_at": "15:00", "slot_minutes": 30,
        "breaks": "[]", "tables": 4, "interpreters": '{"es-fr": 1}', "venue": "Hall B"})

    assert response.status_code == 302
    session = B2BSession.objects.get(mission=world.mission, venue="Hall B")
    assert list(session.slots.values_list("key", flat=True)) == ["mexico-city-20260217-1400",
                                                                 "mexico-city-20260217-1430"]


def test_a_session_keeps_the_slots_that_hold_meetings(organizer):
    world = classic()
    client = organizer(world)
    hand_built(world, [("Cedar", "Sol", "20260216-1040", 1, "en-es", "Carl", "Elena")])
    session = world.sessions[0]

    response = client.post(reverse("orga-schedule-session", args=[world.mission.slug, session.pk]), {
        "stop": world.stop.pk, "date": "2026-02-16", "starts_at": "09:00", "ends_at": "10:00", "slot_minutes": 20,
        "breaks": "[]", "tables": 2, "interpreters": '{"en-es": 1}', "venue": ""})

    assert response.status_code == 200
    assert [str(message) for message in response.context["messages"]] == [
        ("The session could not be saved: some of the slots it would remove still hold meetings. "
        "Move or cancel those meetings first.")]
    assert session.slots.filter(key="mexico-city-20260216-1040", meetings__isnull=False).exists()


def test_check_in_from_the_list_and_from_the_qr_code(organizer):
    world = classic()
    client = organizer(world)
    onsite = reverse("orga-onsite", args=[world.mission.slug])

    page = client.get(onsite, {"q": "cedar"}).content.decode()
    assert "Carl Cedar" in page
    assert "Elena Sol" not in page
    client.post(onsite, {"action": "check-in", "person": world.people["Carl"].pk})
    qr = reverse("orga-checkin-person", args=[world.mission.slug, agenda_token(world.people["Elena"])])
    assert client.get(qr).status_code == 200
    client.post(qr)

    assert sorted(CheckIn.objects.values_list("person__first_name", flat=True)) == ["Carl", "Elena"]
    assert 'id="checked-in"' in client.get(qr).content.decode()


def test_meetings_of_a_day_are_marked_on_site(organizer):
    world = classic()
    client = organizer(world)
    live = hand_built(world, [("Maple", "Agua", "20260216-0900", 1, "", "Anne", "Diego")], status="live")
    meeting = live.meetings.get()

    page = client.get(reverse("orga-onsite", args=[world.mission.slug]), {"day": DAY1.isoformat()}).content.decode()
    assert f'data-meeting="{meeting.pk}"' in page
    client.post(reverse("orga-onsite-meeting", args=[world.mission.slug, meeting.pk]), {"status": "no_show_host"})

    meeting.refresh_from_db()
    assert meeting.status == "no_show_host"


@pytest.mark.parametrize("people", [1, 30])
def test_the_check_in_list_costs_the_same_queries_for_one_or_many(organizer, django_assert_max_num_queries, people):
    from tests.factories.directory import PersonFactory

    world = classic()
    client = organizer(world)
    for number in range(people):
        PersonFactory(organization=world.orgs["Maple"], email=f"extra{number}@maple.example")
    client.get(reverse("orga-onsite", args=[world.mission.slug]))  # warm the per-user caches

    with django_assert_max_num_queries(12):
        assert client.get(reverse("orga-onsite", args=[world.mission.slug])).status_code == 200


def test_the_mission_dashboard_links_to_the_schedule_and_on_site_pages(organizer):
    world = classic()
    page = organizer(world).get(reverse("orga-mission", args=[world.mission.slug])).content.decode()

    assert reverse("orga-schedule", args=[world.mission.slug]) in page
    assert reverse("orga-onsite", args=[world.mission.slug]) in page
