"""Only the two sides of a held meeting of the published schedule give feedback; tokens open their own only."""

import pytest
from django.core.exceptions import PermissionDenied
from django_tasks_db.models import DBTaskResult

from tests.factories import MembershipFactory, UserFactory
from tests.outcomes.builders import add_meeting, add_organization, base_mission
from trademission.directory.enums import Side
from trademission.missions.enums import Role
from trademission.outcomes.domain.feedback import (
    feedback_for,
    feedback_for_token,
    give_feedback,
    remind_feedback,
    request_feedback,
    response_rates,
)
from trademission.outcomes.models import Feedback
from trademission.scheduling.enums import MeetingStatus, VersionStatus
from trademission.scheduling.models import ScheduleVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    built = base_mission(slug="fb")
    visiting = add_organization(built, side=Side.VISITING)
    host = add_organization(built, side=Side.HOST)
    other_visiting = add_organization(built, side=Side.VISITING)
    other_host = add_organization(built, side=Side.HOST)
    elsewhere = base_mission(slug="fb-other")
    stranger = add_organization(elsewhere, side=Side.VISITING)
    users = {"visiting side": built.users[visiting.pk], "host side": built.users[host.pk],
             "other delegate": built.users[other_visiting.pk], "other host": built.users[other_host.pk],
             "organizer": built.organizer, "delegate of another mission": elsewhere.users[stranger.pk]}
    return built, visiting, host, users


ALLOWED_WHEN_HELD = {"visiting side": True, "host side": True, "other delegate": False, "other host": False,
                     "organizer": False, "delegate of another mission": False}


@pytest.mark.parametrize(("status", "sides_may"), [
    (MeetingStatus.HELD, True),
    (MeetingStatus.SCHEDULED, False),
    (MeetingStatus.NO_SHOW_VISITING, False),
    (MeetingStatus.NO_SHOW_HOST, False),
    (MeetingStatus.CANCELLED, False),
])
def test_only_the_two_sides_of_a_held_meeting_may_give_feedback(pair, client, status, sides_may):
    built, visiting, host, users = pair
    meeting = add_meeting(built, visiting=visiting, host=host, status=status)
    for role, user in users.items():
        expected = ALLOWED_WHEN_HELD[role] and sides_may
        assert user.has_perm("outcomes.give_feedback", meeting) is expected, role
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        response = client.get(f"/portal/{built.mission.slug}/outcomes/meetings/{meeting.pk}/feedback/")
        # Participants of the mission see 404 for a meeting not held, 403 for someone else's; others 403.
        if expected:
            assert response.status_code == 200, role
        elif role in {"organizer", "delegate of another mission"}:
            assert response.status_code == 403, role
        else:
            assert response.status_code == (403 if sides_may else 404), role


def test_a_held_meeting_of_an_archived_version_takes_no_feedback(pair):
    built, visiting, host, users = pair
    archived = ScheduleVersion.objects.create(mission=built.mission, number=2, status=VersionStatus.ARCHIVED)
    meeting = add_meeting(built, visiting=visiting, host=host, version=archived)
    assert users["visiting side"].has_perm("outcomes.give_feedback", meeting) is False


def test_each_side_answers_for_itself_through_the_portal(pair, client):
    built, visiting, host, users = pair
    meeting = add_meeting(built, visiting=visiting, host=host)
    for role, score in (("visiting side", 4), ("host side", 2)):
        client.force_login(users[role], backend="django.contrib.auth.backends.ModelBackend")
        response = client.post(f"/portal/{built.mission.slug}/outcomes/meetings/{meeting.pk}/feedback/",
                               {"usefulness": str(score), "next_step": "quote", "comment": "=1+1"})
        assert response.status_code == 302
    assert sorted(Feedback.objects.values_list("side", "organization_id", "usefulness", "next_step", "comment")) == [
        ("host", host.pk, 2, "quote", "=1+1"), ("visiting", visiting.pk, 4, "quote", "=1+1")]


def test_a_token_opens_its_own_feedback_only_in_its_own_mission(pair, client):
    built, visiting, host, _users = pair
    meeting = add_meeting(built, visiting=visiting, host=host)
    other_meeting = add_meeting(built, visiting=visiting, host=built.hosts[1])
    mine = feedback_for(meeting=meeting, side=Side.HOST)
    theirs = feedback_for(meeting=other_meeting, side=Side.HOST)
    assert feedback_for_token(mission=built.mission, token=mine.token) == mine
    assert feedback_for_token(mission=built.mission, token="not-a-token") is None
    other_mission = base_mission(slug="fb-third").mission
    assert feedback_for_token(mission=other_mission, token=mine.token) is None

    url = f"/portal/{built.mission.slug}/feedback/{mine.token}/"
    assert client.get(url).status_code == 200
    assert client.get(f"/portal/{other_mission.slug}/feedback/{mine.token}/").status_code == 404
    response = client.post(url, {"usefulness": "5", "next_step": "contract", "comment": ""})
    assert response.status_code == 302
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.usefulness, mine.next_step, mine.answered_by) == (5, "contract", None)
    assert (theirs.usefulness, theirs.answered_at) == (None, None)

    # Marked cancelled afterwards (a correction on site): the token no longer opens anything.
    meeting.status = MeetingStatus.CANCELLED
    meeting.save()
    assert client.get(url).status_code == 404
    with pytest.raises(PermissionDenied):
        give_feedback(feedback=mine, usefulness=3, next_step="nothing")


def test_asking_and_reminding_e_mail_each_side_once(pair, django_capture_on_commit_callbacks):
    built, visiting, host, _users = pair
    add_meeting(built, visiting=visiting, host=host)
    add_meeting(built, visiting=visiting, host=built.hosts[1], status=MeetingStatus.NO_SHOW_HOST)
    with django_capture_on_commit_callbacks(execute=True):
        assert request_feedback(mission=built.mission) == 2
        assert request_feedback(mission=built.mission) == 0  # asked already
    sent = [result.args_kwargs["kwargs"] for result in DBTaskResult.objects.order_by("enqueued_at")]
    assert sorted(email["recipients"][0] for email in sent) == sorted(
        [built.people[visiting.pk].email, built.people[host.pk].email])
    host_feedback = Feedback.objects.get(side=Side.HOST)
    host_email = next(email for email in sent if email["recipients"] == [built.people[host.pk].email])
    assert host_feedback.token in host_email["body"]
    assert host_email["subject"] == f"How was your meeting with {visiting.name}?"

    give_feedback(feedback=host_feedback, usefulness=3, next_step="call")
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_feedback(mission=built.mission) == 1
    reminder = DBTaskResult.objects.order_by("-enqueued_at").first().args_kwargs["kwargs"]
    assert reminder["recipients"] == [built.people[visiting.pk].email]
    assert reminder["subject"] == f"Reminder: how was your meeting with {host.name}?"
    assert response_rates(mission=built.mission) == {"visiting": {"held": 1, "asked": 1, "answered": 0},
                                                     "host": {"held": 1, "asked": 1, "answered": 1}}


def test_a_reviewer_is_no_side_of_any_meeting(pair):
    built, visiting, host, _users = pair
    meeting = add_meeting(built, visiting=visiting, host=host)
    user = UserFactory()
    MembershipFactory(mission=built.mission, user=user, role=Role.REVIEWER, organization=None)
    assert user.has_perm("outcomes.give_feedback", meeting) is False
