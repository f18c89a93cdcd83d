"""Organization A's private objects in the test world, and the people who have no business with them.

Organization A is Maple Water (visiting): its delegate's person, agenda token, a meeting request to Agua Norte,
a held meeting with Agua Norte, the visiting side's feedback on it, a lead, and a submitted application. Around
it: organization B (another visiting company) and organization C (a host company A never meets), each with its
own participant, an applicant holding the token of another application, and a participant of another mission.
"""

import datetime as dt
import re
from decimal import Decimal

from django.utils import timezone

from tests.agendas.builders import build_schedule, first_schedule
from tests.world import make_organization, make_user
from trademission.applications.models import Application
from trademission.directory.enums import Side
from trademission.directory.models import Person
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.domain.membership import grant_role
from trademission.missions.enums import Role
from trademission.outcomes.models import Feedback, FollowUpSurvey, Lead, SurveyInvitation
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
# URL patterns whose only credential is a private token in the URL.
TOKEN_CREDENTIAL = {"application-status", "application-edit", "application-withdraw", "portal-agenda-feed",
                    "portal-feedback-token", "portal-survey", "orga-checkin-person"}


def participant(mission, *, email: str, name: str, side: Side, role: Role):
    """A new organization of ``mission`` with one participant who has an account."""
    organization = make_organization(mission, name=name, side=side, country="CA" if side == Side.VISITING else "MX",
                                     sector=mission.sectors.get())
    user = make_user(email)
    grant_role(mission=mission, user=user, role=role, organization=organization)
    first, last = name.split()[:2]
    Person.objects.create(organization=organization, user=user, first_name=first, last_name=last, email=email,
                          languages=["en"])
    return organization, user


def build_scene(world) -> dict:
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
    survey = FollowUpSurvey.objects.create(mission=world.mission, months=3, due_at=timezone.now(),
                                           sent_at=timezone.now())
    invitation = SurveyInvitation.objects.create(survey=survey, person=person_a, sent_at=timezone.now())
    org_b, world.users["delegate_b"] = participant(world.mission, email="delegate-b@test.example",
                                                   name="Birch Air Ltd", side=Side.VISITING, role=Role.DELEGATE)
    org_c, world.users["host_c"] = participant(world.mission, email="host-c@test.example", name="Cactus Solar SA",
                                               side=Side.HOST, role=Role.HOST)
    _org, world.users["other_delegate"] = participant(world.other_mission, email="other-delegate@test.example",
                                                      name="Spruce Power Inc", side=Side.VISITING,
                                                      role=Role.DELEGATE)
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
        "portal-feedback-token": feedback.token, "portal-survey": invitation.token,
        "application-status": world.application.token, "application-edit": world.application.token,
        "application-withdraw": world.application.token,
    }
    return {"values": values, "tokens": tokens, "other_application": other_application, "lead": lead,
            "feedback": feedback, "request": request, "meeting": meeting, "person": person_a, "version": version,
            "agenda_token": agenda_token, "invitation": invitation, "org_b": org_b, "org_c": org_c, "world": world}


def url_for(route: str, name: str, scene: dict, *, mission: str | None = None, token: str | None = None) -> str | None:
    """The route with A's ids (in ``mission``'s slug if given) and ``token`` (A's own if not given)."""
    if route.startswith(("admin/", "^")) or "(?P" in route:
        return None
    values = dict(scene["values"], token=token or scene["tokens"].get(name, "x"))
    if mission:
        values["mission"] = mission
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m[1]], route)
