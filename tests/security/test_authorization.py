"""Nobody reads or changes what is not theirs.

Every URL pattern (portal, back office, public, API) is requested by GET and by POST with the ids and tokens of
organization A's objects (Maple Water: its person, agenda token, meeting request, held meeting, feedback, lead,
and an application's private token), by everyone who has no business with them: anonymous, an applicant holding
another application's token, the delegate of organization B, the reviewer (outside reviews), the organizer of
another mission. Afterwards the database is unchanged, and no answer shows A's private fields.
"""

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from django.apps import apps
from django.utils import timezone

from tests.agendas.builders import build_schedule, first_schedule
from tests.test_urls import ALL_PATTERNS
from tests.world import make_organization, make_user
from trademission.applications.models import Application
from trademission.directory.enums import Side
from trademission.directory.models import Person
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.domain.membership import grant_role
from trademission.missions.enums import Role
from trademission.outcomes.models import Feedback, Lead
from trademission.scheduling.enums import MeetingStatus
from trademission.scheduling.models import AgendaToken, Meeting

# Text that only A, its counterpart and the organizer may read.
SECRETS = {
    "person e-mail": "claire.private@maple.example",
    "person phone": "+1 555 0100 777",
    "request note": "SECRET-NOTE-ABOUT-PRICING",
    "feedback comment": "SECRET-FEEDBACK-COMMENT",
    "lead notes": "SECRET-LEAD-NOTES",
    "representative e-mail": "anne@erable.example",
}
# Rows nobody in the walk may change (sessions and login records aside).
WATCHED_APPS = ["missions", "directory", "matchmaking", "applications", "scheduling", "agendas", "outcomes",
                "accounts"]


@pytest.fixture
def scene(world):
    schedule = build_schedule(world)
    version = first_schedule(schedule)
    person_a = schedule.delegate
    Person.objects.filter(pk=person_a.pk).update(email=SECRETS["person e-mail"], phone=SECRETS["person phone"])
    meeting = Meeting.objects.filter(version=version, visiting=world.visiting, host=world.host).get()
    Meeting.objects.filter(pk=meeting.pk).update(status=MeetingStatus.HELD)
    request = MeetingRequest.objects.create(mission=world.mission, requester=world.visiting, recipient=world.host,
                                            note=SECRETS["request note"],
                                            expires_at=timezone.now() + dt.timedelta(days=7))
    feedback = Feedback.objects.create(mission=world.mission, meeting=meeting, meeting_uid=meeting.uid,
                                       side=Side.VISITING, organization=world.visiting, person=person_a,
                                       usefulness=4, comment=SECRETS["feedback comment"],
                                       requested_at=timezone.now(), answered_at=timezone.now())
    lead = Lead.objects.create(mission=world.mission, meeting=meeting, meeting_uid=meeting.uid,
                               visiting=world.visiting, host=world.host, expected_value=Decimal("250000"),
                               notes=SECRETS["lead notes"])
    agenda_token, _created = AgendaToken.objects.get_or_create(person=person_a)
    # Organization B: another visiting company of the same mission, with its own delegate.
    org_b = make_organization(world.mission, name="Birch Air Ltd", side=Side.VISITING, country="CA",
                              sector=world.mission.sectors.get())
    delegate_b = make_user("delegate-b@test.example")
    grant_role(mission=world.mission, user=delegate_b, role=Role.DELEGATE, organization=org_b)
    Person.objects.create(organization=org_b, user=delegate_b, first_name="Bob", last_name="Birch",
                          email="delegate-b@test.example", languages=["en"])
    world.users["delegate_b"] = delegate_b
    other_application = Application.objects.create(mission=world.mission, organization_name="Applicant Two",
                                                   country="CA", language="en")
    values = {
        "mission": world.mission.slug, "organization": str(world.visiting.pk), "person": str(person_a.pk),
        "meeting_request": str(request.pk), "request_id": str(request.pk), "meeting": str(meeting.pk),
        "version": str(version.number), "session": str(schedule.cdmx_session.pk), "batch": "1",
        "application": str(world.application.pk), "id": str(world.users["delegate"].pk), "uidb64": "MQ",
    }
    tokens = {
        "portal-agenda-feed": agenda_token.token, "orga-checkin-person": agenda_token.token,
        "portal-feedback-token": feedback.token, "portal-survey": feedback.token,
        "application-status": world.application.token, "application-edit": world.application.token,
        "application-withdraw": world.application.token,
    }
    return {"values": values, "tokens": tokens, "other_application": other_application, "lead": lead,
            "world": world}


def url_for(route: str, name: str, scene: dict) -> str | None:
    import re

    if route.startswith(("admin/", "^")) or "(?P" in route:
        return None
    values = dict(scene["values"], token=scene["tokens"].get(name, "x"))
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m[1]], route)


def snapshot(own_organization_id: int | None = None) -> dict[str, list]:
    """Every watched row, but those an outsider creates for themselves (their own agenda token, their prints)."""
    rows = {}
    for label in WATCHED_APPS:
        for model in apps.get_app_config(label).get_models():
            fields = [f.attname for f in model._meta.concrete_fields if f.attname not in {"last_login"}]
            if model._meta.label in CACHES:
                continue
            queryset = model.objects.order_by("pk")
            if own_organization_id and "person" in {f.name for f in model._meta.concrete_fields}:
                queryset = queryset.exclude(person__organization_id=own_organization_id)
            rows[model._meta.label] = list(queryset.values_list(*fields))
    return rows


# Derived data computed on demand (recommendations' text vectors): not a change to anyone's records.
CACHES = {"matchmaking.ProfileEmbedding"}


# Pages that everybody, or every participant of the mission, may read: their content is checked, not the status.
READABLE = {
    "home", "healthz", "mission-public", "apply", "login", "api-schema", "api-docs", "set_language",
    "orga-home", "portal-home", "password_reset", "password_reset_done", "password_reset_confirm",
    "password_reset_complete", "account-data",  # one's own data: no id in the URL
}
# Token pages are for whoever holds the token: the walk's applicant holds only *another* token.
TOKEN_CREDENTIAL = {"application-status", "application-edit", "application-withdraw", "portal-agenda-feed",
                    "portal-feedback-token", "portal-survey"}
PARTICIPANT_READABLE = {
    "portal-mission", "portal-directory", "portal-organization", "portal-recommendations",
    "portal-meeting-requests", "portal-agenda", "portal-agenda-ics", "portal-agenda-pdf", "portal-outcomes",
    "portal-profile-edit", "api-organizations", "api-organization", "api-meeting-requests", "api-schedule",
}
REVIEWER_READABLE = {"orga-mission", "orga-application", "orga-reviews"}


def allowed_to_read(role: str, name: str) -> bool:
    if name in READABLE:
        return True
    if role == "delegate_b":
        return name in PARTICIPANT_READABLE
    if role == "reviewer":
        return name in REVIEWER_READABLE
    return False


OUTSIDERS = ["anonymous", "applicant", "delegate_b", "reviewer", "other_organizer"]


@pytest.mark.parametrize("role", OUTSIDERS)
def test_outsiders_neither_read_nor_change_organization_a(role, client, scene):
    world = scene["world"]
    if role == "applicant":
        # The applicant's credential is their own token; they use it on A's URLs with it swapped in.
        scene["tokens"] = dict.fromkeys(scene["tokens"], scene["other_application"].token)
    elif role != "anonymous":
        client.force_login(world.users[role], backend="django.contrib.auth.backends.ModelBackend")
    secrets = dict(SECRETS)
    if role == "reviewer":
        secrets.pop("representative e-mail")  # reviewers read applications, representatives included
    own = world.mission.organizations.filter(name="Birch Air Ltd").values_list("pk", flat=True).first()
    before = snapshot(own)
    wrong = []
    for route, name in ALL_PATTERNS:
        url = url_for(route, name, scene)
        if url is None or name == "logout":
            continue
        if role != "applicant" and name in TOKEN_CREDENTIAL:
            url = url.replace(scene["tokens"][name], uuid.uuid4().hex + uuid.uuid4().hex)  # a wrong token
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            status = response.status_code
            body = b"".join(response) if response.streaming else response.content
            text = body.decode(errors="replace")
            leaked = [label for label, secret in secrets.items() if secret in text]
            if leaked:
                wrong.append(f"{method.upper()} {url} ({name}) shows {leaked}")
            if 200 <= status < 300 and not allowed_to_read(role, name) and not (
                    role == "applicant" and name in TOKEN_CREDENTIAL):  # their own application, by their token
                wrong.append(f"{method.upper()} {url} ({name}): {status}")
    assert snapshot(own) == before, "an outsider changed data"
    assert wrong == [], "\n".join(wrong)


def test_a_wrong_token_opens_nothing(client, scene):
    mission = scene["values"]["mission"]
    for path in (f"/portal/{mission}/agenda/feed/{'A' * 32}.ics", f"/portal/{mission}/feedback/{'A' * 32}/",
                 f"/portal/{mission}/survey/{'A' * 32}/", f"/missions/{mission}/applications/{'A' * 32}/"):
        assert client.get(path).status_code == 404, path


def test_a_token_of_one_mission_opens_nothing_in_another(client, scene):
    other = scene["world"].other_mission.slug
    for name, path in (("portal-agenda-feed", "/portal/{m}/agenda/feed/{t}.ics"),
                       ("portal-feedback-token", "/portal/{m}/feedback/{t}/"),
                       ("application-status", "/missions/{m}/applications/{t}/")):
        url = path.format(m=other, t=scene["tokens"][name])
        assert client.get(url).status_code == 404, url


def test_tokens_that_grant_access_carry_at_least_128_bits(scene):
    import math

    for name, token in scene["tokens"].items():
        alphabet = 64  # token_urlsafe
        assert len(token) * math.log2(alphabet) >= 128, name


def test_organization_a_and_its_counterpart_do_read_their_own(client, scene):
    """The same walk's markers do show to those entitled: the assertions above would catch a real leak."""
    world = scene["world"]
    client.force_login(world.users["delegate"], backend="django.contrib.auth.backends.ModelBackend")
    mission = world.mission.slug
    assert SECRETS["request note"] in client.get(f"/portal/{mission}/meeting-requests/").content.decode()
    client.force_login(world.users["organizer"], backend="django.contrib.auth.backends.ModelBackend")
    assert SECRETS["representative e-mail"] in client.get(
        f"/orga/{mission}/applications/{world.application.pk}/").content.decode()
