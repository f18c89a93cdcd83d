"""Two finished missions full of personal data with known, searchable values.

``secrets`` are the purged mission's personal values: none may remain anywhere in the database after the
purge. One participant (``shared``) also takes part in the other mission: their account and address stay.
"""

import datetime as dt
from dataclasses import dataclass, field

from axes.models import AccessAttempt, AccessLog
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone

from tests.factories import MembershipFactory, ProgrammeElementFactory, UserFactory
from tests.outcomes.builders import Built, add_meeting, add_organization, answer, applications, base_mission, lead
from trademission.agendas.models import AgendaPrint
from trademission.applications.models import Application, Review, StatusChange
from trademission.common.models import FailedEmail
from trademission.common.tasks import task_send_email
from trademission.directory.enums import Side
from trademission.directory.models import ImportBatch, Person
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.enums import Role
from trademission.outcomes.models import FollowUpSurvey, SurveyInvitation
from trademission.scheduling.models import AgendaToken, Attendance, CheckIn, ProgrammeRegistration

PEOPLE = [  # first name, last name, phone: unusual enough to be found only where they were put
    ("Zéphyrine", "Quillfeather", "+1 514 555 0101"), ("Octavio", "Brambleton", "+52 55 5555 0102"),
    ("Henrike", "Sarnowitz", "+1 416 555 0103"), ("Ysolde", "Marchetti", "+52 33 5555 0104")]
# A tiny valid PNG, so that the photo validator would accept it too.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


@dataclass
class Purgeable:
    built: Built
    secrets: list[str] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)
    shared: object = None  # the participant of both missions
    reviewer: object = None


def _people(built: Built, slug: str, purgeable: Purgeable, *, with_photo: bool) -> list[Person]:
    visiting = [add_organization(built, side=Side.VISITING, region=region, employees=employees, first_time=first)
                for region, employees, first in (("ON", 5, True), ("QC", 150, False))]
    hosts = [add_organization(built, side=Side.HOST, region=region) for region in ("Jalisco", "Nuevo León")]
    people = []
    for index, organization in enumerate(visiting + hosts):
        first, last, phone = PEOPLE[index]
        email = f"{first.lower()}.{last.lower()}@{slug}.example"
        person = built.people[organization.pk]
        person.first_name, person.last_name, person.email = first + slug, last + slug, email
        person.phone = f"{phone} {slug}"  # one mission's phones must not match the other's
        person.job_title = f"Chief of {last}{slug}"
        if with_photo and index == 0:
            person.photo.save(f"{slug}-{last.lower()}.png", ContentFile(PNG), save=False)
            purgeable.photos.append(person.photo.name)
        person.save()
        user = built.users[organization.pk]
        user.email, user.name = email, f"{first}{slug} {last}{slug}"
        user.save()
        organization.address, organization.reference = f"{index + 12} Calle {last}{slug}", f"RFC{slug}{index}X"
        organization.save()
        purgeable.secrets += [person.first_name, person.last_name, person.phone, email, person.job_title,
                              organization.address, organization.reference]
        people.append(person)
    return people


def _outcomes(built: Built, slug: str, purgeable: Purgeable) -> None:
    visiting, hosts = built.visiting, built.hosts
    meetings = [add_meeting(built, visiting=visiting[v], host=hosts[h], stop=0, status=status)
                for v, h, status in ((0, 0, "held"), (0, 1, "held"), (1, 0, "no_show_host"), (1, 1, "held"))]
    for index, (side, usefulness, step) in enumerate((("visiting", 5, "contract"), ("host", 3, "call"),
                                                      ("visiting", 4, "nothing"))):
        feedback = answer(built, meetings[index if index < 2 else 3], side=side, usefulness=usefulness,
                          next_step=step)
        feedback.comment = f"Feedback of {slug}: call {PEOPLE[index][0]}{slug} on her mobile"
        feedback.answered_by = built.users[feedback.organization_id]
        feedback.save()
        purgeable.secrets += [feedback.comment, feedback.token]
    deal = lead(built, meetings[0], stage="signed", expected="1000.00", signed="900.00", sector=0)
    lead(built, meetings[1], stage="proposal", currency="USD", expected="500.00", sector=1)
    deal.notes = f"Lead note of {slug}: direct line of {PEOPLE[1][1]}{slug}"
    deal.created_by = built.users[visiting[0].pk]
    deal.save()
    purgeable.secrets.append(deal.notes)
    for requester, recipient, status in ((visiting[0], hosts[0], "accepted"), (hosts[1], visiting[1], "declined")):
        created = MeetingRequest.objects.create(
            mission=built.mission, requester=requester, recipient=recipient, status=status,
            note=f"Request note of {slug} from {requester.pk}", reason=f"Decline reason of {slug} {recipient.pk}",
            created_by=built.users[requester.pk], expires_at=timezone.now() + dt.timedelta(days=7))
        purgeable.secrets += [created.note, created.reason]


def _applications(built: Built, slug: str, purgeable: Purgeable) -> None:
    applications(built, ["draft", "submitted", "selected", "rejected"])
    representative = {"name": f"Anne Gagnon{slug}", "email": f"anne.gagnon@{slug}-erable.example", "languages": ["fr"]}
    application = Application.objects.create(
        mission=built.mission, status="selected", organization_name=f"Érable Eau{slug} Ltée", country="CA",
        region="QC", employees=12, city=f"Saint-Secret{slug}", description=f"We are Anne's{slug} family firm",
        resources=f"Resources answer {slug}", market_research=f"Market answer {slug}", alignment=f"Align {slug}",
        contribution=f"Contribution {slug}", value=f"Value {slug}", website=f"https://anne-{slug}.example",
        representatives=[representative], submitted_at=timezone.now(), consent=True)
    Review.objects.create(application=application, reviewer=purgeable.reviewer, scores={}, total=80.0,
                          comment=f"Review of {slug}: Anne is convincing")
    StatusChange.objects.create(application=application, by=built.organizer, from_status="submitted",
                                to_status="selected", reason=f"Selected {slug}: Anne called us")
    admin_user = UserFactory(is_staff=True)
    LogEntry.objects.create(user=admin_user, content_type=ContentType.objects.get_for_model(Application),
                            object_id=str(application.pk), object_repr=f"Anne Gagnon{slug} (log)",
                            action_flag=ADDITION)
    purgeable.secrets += [representative["name"], representative["email"], application.organization_name,
                          application.city, application.description, application.resources,
                          application.market_research, application.alignment, application.contribution,
                          application.value, application.website, application.token,
                          f"Review of {slug}: Anne is convincing", f"Selected {slug}: Anne called us",
                          f"Anne Gagnon{slug} (log)"]


def _on_site(built: Built, slug: str, people: list[Person], purgeable: Purgeable) -> None:
    element = ProgrammeElementFactory(stop=built.stops[0])
    survey = FollowUpSurvey.objects.create(mission=built.mission, months=3, due_at=timezone.now())
    for person in people:
        Attendance.objects.create(person=person, stop=built.stops[0], date=built.mission.start_date)
        ProgrammeRegistration.objects.create(person=person, element=element)
        CheckIn.objects.create(person=person, mission=built.mission, by=built.organizer)
        token = AgendaToken.objects.create(person=person)
        AgendaPrint.objects.create(person=person, printed_at=timezone.now())
        invitation = SurveyInvitation.objects.create(survey=survey, person=person)
        purgeable.secrets += [token.token, invitation.token]
    first = people[0]
    FailedEmail.objects.create(recipients=[first.email], subject=f"Your agenda, {first.first_name}",
                               body="…", next_attempt_at=timezone.now())
    task_send_email.enqueue(recipients=[people[1].email], subject=f"Hello {people[1].first_name}", body="…")
    ImportBatch.objects.create(mission=built.mission, filename=f"hosts-{slug}.xlsx", headers=["Company", "E-mail"],
                               rows=[[built.hosts[0].name, f"import.contact@{slug}.example"]])
    AccessAttempt.objects.create(username=people[2].email, ip_address="203.0.113.7", user_agent="test",
                                 http_accept="*/*", path_info="/login/", get_data="", post_data="",
                                 failures_since_start=1)
    AccessLog.objects.create(username=people[3].email.upper(), ip_address="203.0.113.8", user_agent="test",
                             http_accept="*/*", path_info="/login/")
    LogEntry.objects.create(user=built.organizer, content_type=ContentType.objects.get_for_model(Person),
                            object_id=str(first.pk), object_repr=f"{first.first_name} {first.last_name}",
                            action_flag=ADDITION)
    purgeable.secrets += [f"import.contact@{slug}.example", f"hosts-{slug}.xlsx"]


def finished_mission(slug: str, *, with_photo: bool = False) -> Purgeable:
    """A mission of February 2026 (over) with participants, a live schedule, outcomes and on-site records."""
    built = base_mission(slug=slug)
    purgeable = Purgeable(built=built, reviewer=UserFactory())
    MembershipFactory(mission=built.mission, user=purgeable.reviewer, role=Role.REVIEWER)
    people = _people(built, slug, purgeable, with_photo=with_photo)
    _outcomes(built, slug, purgeable)
    _applications(built, slug, purgeable)
    _on_site(built, slug, people, purgeable)
    return purgeable


def share_participant(purged: Purgeable, other: Purgeable) -> object:
    """Make the other mission's first visiting participant a delegate of the purged mission too."""
    user = other.built.users[other.built.visiting[0].pk]
    organization = purged.built.visiting[1]
    MembershipFactory(mission=purged.built.mission, user=user, organization=organization, role=Role.DELEGATE)
    Person.objects.create(organization=organization, user=user, first_name="Shared", last_name="Participant",
                          email=user.email, languages=["en"])
    purged.shared = user
    return user
