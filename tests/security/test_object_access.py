"""Object-level checks with valid requests: each would change A's data if the permission check were missing.

The walk in test_authorization.py sends empty forms; here every POST carries data that the entitled user's own
request turns into a change (each test shows that first, or beside), so a refusal is the rule's doing.
"""

import base64
import re
import secrets

import pytest
from django.test import Client

from tests.security.scene import SECRETS, TOKEN_CREDENTIAL, build_scene
from tests.world import PASSWORD, make_user
from trademission.applications.domain.reviews import submit_review
from trademission.applications.enums import ApplicationStatus
from trademission.applications.models import Application, RubricCriterion
from trademission.directory.models import Person
from trademission.matchmaking.enums import RequestStatus
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.domain.membership import grant_role
from trademission.missions.enums import Role
from trademission.missions.models import Mission
from trademission.outcomes.models import Feedback

FEEDBACK = {"usefulness": "1", "next_step": "nothing", "comment": "CHANGED BY SOMEONE"}
LEAD = {"stage": "lost", "currency": "CAD", "notes": "CHANGED BY SOMEONE"}
OUTSIDERS = ["delegate_b", "host_c", "reviewer", "other_organizer", "organizer"]


@pytest.fixture
def scene(world):
    return build_scene(world)


def login(client: Client, scene: dict, role: str) -> Client:
    client.force_login(scene["world"].users[role], backend="django.contrib.auth.backends.ModelBackend")
    return client


def path(scene: dict, name: str, **values: object) -> str:
    mission = scene["world"].mission.slug
    meeting, request = scene["meeting"].pk, scene["request"].pk
    paths = {
        "feedback": f"/portal/{mission}/outcomes/meetings/{meeting}/feedback/",
        "lead": f"/portal/{mission}/outcomes/meetings/{meeting}/deal/",
        "answer": f"/portal/{mission}/meeting-requests/{request}/{{action}}/",
        "api-answer": f"/api/v1/missions/{mission}/meeting-requests/{request}/{{action}}/",
        "api-requests": f"/api/v1/missions/{mission}/meeting-requests/",
        "api-application": f"/api/v1/missions/{mission}/applications/{{pk}}/",
        "application": f"/missions/{mission}/applications/{{token}}/",
    }
    return paths[name].format(**values)


def a_feedback_and_lead(scene: dict) -> tuple:
    feedback = Feedback.objects.get(pk=scene["feedback"].pk)
    lead = scene["lead"].__class__.objects.get(pk=scene["lead"].pk)
    return (feedback.usefulness, feedback.comment, lead.stage, lead.notes)


# Feedback and deals ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("role", OUTSIDERS)
def test_only_a_side_of_the_held_meeting_gives_feedback_or_moves_its_deal(role, client, scene):
    login(client, scene, role)
    before = a_feedback_and_lead(scene)
    assert client.post(path(scene, "feedback"), FEEDBACK).status_code == 403
    assert client.post(path(scene, "lead"), LEAD).status_code == 403
    assert a_feedback_and_lead(scene) == before


def test_organization_a_gives_its_feedback_and_moves_its_deal_with_the_same_requests(client, scene):
    login(client, scene, "delegate")
    assert client.post(path(scene, "feedback"), FEEDBACK).status_code == 302
    assert client.post(path(scene, "lead"), LEAD).status_code == 302
    assert a_feedback_and_lead(scene) == (1, "CHANGED BY SOMEONE", "lost", "CHANGED BY SOMEONE")


def test_the_counterpart_gives_its_own_feedback_and_never_reads_or_changes_a_s(client, scene):
    login(client, scene, "host")
    page = client.get(path(scene, "feedback"))
    assert page.status_code == 200
    assert scene["feedback"].comment not in page.content.decode()
    assert client.post(path(scene, "feedback"), FEEDBACK).status_code == 302
    feedback = Feedback.objects.filter(meeting=scene["meeting"]).order_by("side")
    assert [(item.side, item.organization_id, item.comment) for item in feedback] == [
        ("host", scene["world"].host.pk, "CHANGED BY SOMEONE"),
        ("visiting", scene["world"].visiting.pk, scene["feedback"].comment)]


# Meeting requests: the recipient answers, the requester cancels, nobody else does either ----------------------------

def request_status(scene: dict) -> str:
    return MeetingRequest.objects.get(pk=scene["request"].pk).status


@pytest.mark.parametrize(("role", "actions"), [
    ("delegate_b", ["accept", "decline", "cancel"]), ("host_c", ["accept", "decline", "cancel"]),
    ("delegate", ["accept", "decline"]),  # the requester does not answer its own request
    ("host", ["cancel"]),  # the recipient declines; it does not cancel the requester's request
])
def test_only_the_recipient_answers_and_only_the_requester_cancels_a_meeting_request(role, actions, client, scene):
    login(client, scene, role)
    for action in actions:
        assert client.post(path(scene, "answer", action=action), {"reason": "x"}).status_code == 404, action
        response = client.post(path(scene, "api-answer", action=action), {"reason": "x"},
                               content_type="application/json")
        assert response.status_code == 403, action
    assert request_status(scene) == RequestStatus.PENDING


@pytest.mark.parametrize("case", [
    ("host", "accept", RequestStatus.ACCEPTED), ("host", "decline", RequestStatus.DECLINED),
    ("delegate", "cancel", RequestStatus.CANCELLED)])
@pytest.mark.parametrize("through", ["answer", "api-answer"])
def test_the_same_requests_succeed_for_the_side_they_belong_to(case, through, client, scene):
    role, action, status = case
    login(client, scene, role)
    response = client.post(path(scene, through, action=action), {"reason": "x"}, content_type="application/json")
    assert response.status_code == (200 if through == "api-answer" else 302)
    assert request_status(scene) == status


def test_a_participant_sends_no_request_in_another_organizations_name(client, scene):
    login(client, scene, "delegate_b")
    world = scene["world"]
    count = MeetingRequest.objects.count()
    response = client.post(path(scene, "api-requests"), {"requester": world.visiting.pk, "recipient": world.host.pk,
                                                         "note": "on A's behalf"}, content_type="application/json")
    assert response.status_code == 403
    assert MeetingRequest.objects.count() == count


@pytest.mark.parametrize("role", ["delegate_b", "host_c"])
def test_lists_and_schedules_over_the_api_leave_out_other_organizations_requests_and_meetings(role, client, scene):
    login(client, scene, role)
    mission = scene["world"].mission.slug
    requests = client.get(path(scene, "api-requests")).json()
    assert [item["id"] for item in requests["results"]] == []
    schedule = client.get(f"/api/v1/missions/{mission}/schedule/").json()
    assert schedule["meetings"] == []


def test_the_counterpart_sees_the_request_and_its_meeting_over_the_api(client, scene):
    login(client, scene, "host")
    mission = scene["world"].mission.slug
    assert [item["id"] for item in client.get(path(scene, "api-requests")).json()["results"]] == [
        scene["request"].pk]
    meetings = client.get(f"/api/v1/missions/{mission}/schedule/").json()["meetings"]
    assert [meeting["uid"] for meeting in meetings] == [str(scene["meeting"].uid)]


@pytest.mark.parametrize("through", ["answer", "api-answer"])
def test_a_forged_cross_site_post_changes_nothing(through, scene):
    """Session authentication needs the CSRF token, in the API too: another site cannot answer for the host."""
    client = login(Client(enforce_csrf_checks=True), scene, "host")
    response = client.post(path(scene, through, action="accept"), {}, content_type="application/json")
    assert response.status_code == 403
    assert request_status(scene) == RequestStatus.PENDING


# Agendas and their feeds -------------------------------------------------------------------------------------------

def test_a_participant_s_agenda_and_calendar_hold_only_their_own_meetings(client, scene):
    mission = scene["world"].mission.slug
    uid = str(scene["meeting"].uid)
    login(client, scene, "delegate")
    assert uid in client.get(f"/portal/{mission}/agenda/agenda.ics").content.decode()
    for role in ("delegate_b", "host_c"):
        login(client, scene, role)
        assert "Agua Norte" not in client.get(f"/portal/{mission}/agenda/").content.decode()
        assert uid not in client.get(f"/portal/{mission}/agenda/agenda.ics").content.decode()


def test_the_feed_opens_with_its_own_token_only(client, scene):
    mission = scene["world"].mission.slug
    token = scene["agenda_token"].token
    response = client.get(f"/portal/{mission}/agenda/feed/{token}.ics")
    assert response.status_code == 200
    assert str(scene["meeting"].uid) in response.content.decode()
    near_misses = [token[:-1] + ("A" if token[-1] != "A" else "B"), token.upper(), token[:-1], token + "A",
                   secrets.token_urlsafe(24)]
    for wrong in near_misses:
        assert client.get(f"/portal/{mission}/agenda/feed/{wrong}.ics").status_code == 404, wrong


# Applications: the private token is the applicant's only credential ------------------------------------------------

def test_an_applicant_s_token_opens_their_own_application_and_nobody_else_s(client, scene):
    own = scene["other_application"]  # a draft
    for url in (path(scene, "application", token=own.token), path(scene, "application", token=own.token) + "edit/"):
        text = client.get(url).content.decode()
        assert "Applicant Two" in text
        assert "Érable Eau Ltée" not in text
    api = path(scene, "api-application", pk=scene["world"].application.pk)
    assert client.get(api, {"token": own.token}).status_code == 403
    assert client.get(api, headers={"X-Application-Token": own.token}).status_code == 403
    assert client.get(api, {"token": scene["world"].application.token}).json()["id"] == scene["world"].application.pk
    assert client.get(path(scene, "api-application", pk=own.pk),
                      {"token": scene["world"].application.token}).status_code == 403


def test_a_guessed_token_withdraws_nothing_and_the_right_one_does(client, scene):
    application = scene["world"].application
    guess = secrets.token_urlsafe(24)
    assert client.post(path(scene, "application", token=guess) + "withdraw/").status_code == 404
    assert client.post(path(scene, "application", token=scene["other_application"].token)
                       + "withdraw/").status_code == 404  # a draft has nothing to withdraw
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.SUBMITTED
    assert client.post(path(scene, "application", token=application.token) + "withdraw/").status_code == 302
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.WITHDRAWN


def test_every_token_that_grants_access_is_long_random_and_url_safe(scene):
    tokens = {name: token for name, token in scene["tokens"].items() if name in TOKEN_CREDENTIAL}
    assert set(tokens) == TOKEN_CREDENTIAL
    for name, token in tokens.items():
        assert re.fullmatch(r"[A-Za-z0-9_-]{32,}", token), name  # token_urlsafe: 6 random bits a character
        assert len(token) * 6 >= 128, name
    fresh = {Application.objects.create(mission=scene["world"].mission, organization_name=f"Org {n}",
                                        country="CA", language="en").token for n in range(20)}
    assert len(fresh) == 20


def test_a_token_of_one_mission_opens_nothing_in_another(client, scene):
    other = scene["world"].other_mission.slug
    for url in (f"/portal/{other}/agenda/feed/{scene['tokens']['portal-agenda-feed']}.ics",
                f"/portal/{other}/feedback/{scene['tokens']['portal-feedback-token']}/",
                f"/portal/{other}/survey/{scene['tokens']['portal-survey']}/",
                f"/missions/{other}/applications/{scene['tokens']['application-status']}/"):
        assert client.get(url).status_code == 404, url


# Reviews: a reviewer scores; deciding and withdrawing are the organizer's; scores stay blind -----------------------

@pytest.mark.parametrize("action", ["selected", "rejected", "withdraw"])
def test_a_reviewer_cannot_decide_or_withdraw(action, client, scene):
    application = scene["world"].application
    login(client, scene, "reviewer")
    response = client.post(f"/orga/{scene['world'].mission.slug}/applications/{application.pk}/",
                           {"action": action, "reason": "x"})
    assert response.status_code == 302
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.SUBMITTED
    login(client, scene, "organizer")
    client.post(f"/orga/{scene['world'].mission.slug}/applications/{application.pk}/", {"action": action})
    assert Application.objects.get(pk=application.pk).status != ApplicationStatus.SUBMITTED


def test_a_reviewer_reads_no_other_score_before_scoring(client, scene):
    world = scene["world"]
    RubricCriterion.objects.create(mission=world.mission, slug="fit", name_en="Fit")
    second = make_user("reviewer-2@test.example")
    grant_role(mission=world.mission, user=second, role=Role.REVIEWER)
    submit_review(application=world.application, reviewer=second, scores={"fit": 5}, comment="SECRET-REVIEW")
    url = f"/orga/{world.mission.slug}/applications/{world.application.pk}/"
    assert "SECRET-REVIEW" not in login(client, scene, "reviewer").get(url).content.decode()
    assert "SECRET-REVIEW" in login(client, scene, "organizer").get(url).content.decode()


# The purge of personal data: the mission's organizer only --------------------------------------------------------

@pytest.mark.parametrize("role", ["reviewer", "delegate", "host", "other_organizer"])
def test_only_the_mission_s_organizer_purges_its_personal_data(role, client, scene, settings):
    settings.PRIVACY_RETENTION_DAYS = 0  # the mission is over: a purge is possible
    world = scene["world"]
    url = f"/orga/{world.mission.slug}/privacy/"
    assert login(client, scene, role).post(url, {"confirm": world.mission.slug}).status_code == 403
    assert Mission.objects.get(pk=world.mission.pk).personal_data_purged_at is None
    assert Person.objects.get(pk=scene["person"].pk).email == SECRETS["person e-mail"]
    assert login(client, scene, "organizer").post(url, {"confirm": world.mission.slug}).status_code == 302
    assert Mission.objects.get(pk=world.mission.pk).personal_data_purged_at is not None


# Outside one's mission, and credentials the API does not take ------------------------------------------------------

def test_a_reviewer_neither_reads_nor_reviews_another_mission_s_applications(client, scene):
    world = scene["world"]
    RubricCriterion.objects.create(mission=world.other_mission, slug="fit", name_en="Fit")
    other = Application.objects.create(mission=world.other_mission, organization_name="Beta Applicant", country="CA",
                                       language="en", status=ApplicationStatus.SUBMITTED)
    login(client, scene, "reviewer")
    url = f"/orga/{world.other_mission.slug}/applications/{other.pk}/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"action": "review", "score-fit": "5"}).status_code == 403
    assert other.reviews.count() == 0


def test_the_api_takes_no_password_in_a_header(client, scene):
    """Session authentication only: HTTP Basic credentials of the organizer open nothing."""
    credentials = base64.b64encode(f"organizer@test.example:{PASSWORD}".encode()).decode()
    response = client.get(f"/api/v1/missions/{scene['world'].mission.slug}/applications/",
                          headers={"Authorization": f"Basic {credentials}"})
    assert response.status_code == 403
