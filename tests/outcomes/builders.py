"""Missions with a published schedule whose meetings have known statuses, built with the factories.

``Spec`` describes everything in plain Python so tests compute expected report figures from the spec,
never from the database.
"""

import datetime as dt
import uuid
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from tests.factories import (
    MembershipFactory,
    MissionFactory,
    OrganizationFactory,
    PersonFactory,
    SectorFactory,
    StopFactory,
    UserFactory,
)
from trademission.applications.models import Application
from trademission.directory.enums import Side
from trademission.directory.models import Organization, Person
from trademission.matchmaking.models import MeetingRequest
from trademission.missions.enums import Role
from trademission.missions.models import Mission, Sector, Stop
from trademission.outcomes.domain.currency import outcome_settings
from trademission.outcomes.models import ActionPlanTag, Feedback, Lead
from trademission.scheduling.enums import MeetingStatus, VersionStatus
from trademission.scheduling.models import B2BSession, Meeting, ScheduleVersion, Slot

MX = zoneinfo.ZoneInfo("America/Mexico_City")
DAY = dt.date(2026, 2, 16)


@dataclass
class Built:
    mission: Mission
    version: ScheduleVersion
    stops: list[Stop]
    sectors: list[Sector]
    visiting: list[Organization] = field(default_factory=list)
    hosts: list[Organization] = field(default_factory=list)
    people: dict[int, Person] = field(default_factory=dict)  # organization pk → its representative
    users: dict[int, object] = field(default_factory=dict)  # organization pk → its participant's account
    meetings: list[Meeting] = field(default_factory=list)
    tags: list[ActionPlanTag] = field(default_factory=list)
    organizer: object = None
    slots: list[Slot] = field(default_factory=list)


def base_mission(*, slug: str, stops: int = 2, rates: dict[str, str] | None = None,
                 report_currency: str = "CAD", day: dt.date = DAY) -> Built:
    sectors = [SectorFactory(slug=f"{slug}-energy", name_en="Energy"), SectorFactory(slug=f"{slug}-mining",
                                                                                       name_en="Mining")]
    mission = MissionFactory(slug=slug, start_date=day, end_date=day + dt.timedelta(days=2), sectors=sectors)
    built_stops = [StopFactory(mission=mission, slug=f"city-{index}", name_en=f"City {index}", region=f"State {index}")
                   for index in range(stops)]
    version = ScheduleVersion.objects.create(mission=mission, number=1, status=VersionStatus.LIVE,
                                             published_at=timezone.now())
    built = Built(mission=mission, version=version, stops=built_stops, sectors=sectors)
    for index, stop in enumerate(built_stops):
        session = B2BSession.objects.create(mission=mission, stop=stop, date=day, starts_at=dt.time(9),
                                            ends_at=dt.time(17), tables=50)
        for hour in range(9, 17):
            start = dt.datetime.combine(day, dt.time(hour), tzinfo=MX)
            built.slots.append(Slot.objects.create(session=session, starts_at=start,
                                                   ends_at=start + dt.timedelta(minutes=20), key=f"s{index}-{hour}"))
    config = outcome_settings(mission)
    config.report_currency = report_currency
    for code, rate in (rates or {}).items():
        setattr(config, f"rate_{code.lower()}", Decimal(rate))
    config.save()
    built.organizer = UserFactory()
    MembershipFactory(mission=mission, user=built.organizer, role=Role.ORGANIZER)
    return built


def add_organization(built: Built, *, side: str, region: str = "", employees: int | None = 25,
                     first_time: bool = False, language: str = "en") -> Organization:
    organization = OrganizationFactory(mission=built.mission, side=side, region=region, employees=employees,
                                       first_time_exporter=first_time, languages=[language])
    user = UserFactory(language=language)
    MembershipFactory(mission=built.mission, user=user, organization=organization,
                      role=Role.DELEGATE if side == Side.VISITING else Role.HOST)
    built.people[organization.pk] = PersonFactory(organization=organization, user=user, email=user.email,
                                                  languages=[language])
    built.users[organization.pk] = user
    (built.visiting if side == Side.VISITING else built.hosts).append(organization)
    return organization


def add_meeting(built: Built, *, visiting: Organization, host: Organization, stop: int = 0,
                status: str = MeetingStatus.HELD, version: ScheduleVersion | None = None) -> Meeting:
    version = version or built.version
    slots = [slot for slot in built.slots if slot.session.stop_id == built.stops[stop].pk]
    table = Meeting.objects.filter(version=version).count() + 1
    meeting = Meeting.objects.create(
        version=version, visiting=visiting, host=host, slot=slots[table % len(slots)], table=table,
        visiting_person=built.people[visiting.pk], host_person=built.people[host.pk], status=status,
        uid=uuid.uuid4())
    if version == built.version:
        built.meetings.append(meeting)
    return meeting


def answer(built: Built, meeting: Meeting, *, side: str, usefulness: int, next_step: str) -> Feedback:
    organization = meeting.visiting if side == Side.VISITING else meeting.host
    return Feedback.objects.create(mission=built.mission, meeting=meeting, meeting_uid=meeting.uid, side=side,
                                   organization=organization, person=built.people[organization.pk],
                                   usefulness=usefulness, next_step=next_step, requested_at=timezone.now(),
                                   answered_at=timezone.now())


def lead(built: Built, meeting: Meeting, *, stage: str, currency: str = "CAD", expected: str | None = None,
         signed: str | None = None, sector: int | None = None, tags: tuple[int, ...] = ()) -> Lead:
    created = Lead.objects.create(
        mission=built.mission, meeting=meeting, meeting_uid=meeting.uid, visiting=meeting.visiting,
        host=meeting.host, stage=stage, currency=currency, expected_value=Decimal(expected) if expected else None,
        signed_value=Decimal(signed) if signed else None, sector=built.sectors[sector] if sector is not None else None)
    created.tags.set([built.tags[index] for index in tags])
    return created


def applications(built: Built, statuses: list[str]) -> None:
    for index, status in enumerate(statuses):
        Application.objects.create(mission=built.mission, status=status, organization_name=f"Applicant {index}",
                                   country="CA", submitted_at=None if status == "draft" else timezone.now())


def request(built: Built, requester: Organization, recipient: Organization, status: str = "accepted") -> None:
    MeetingRequest.objects.create(mission=built.mission, requester=requester, recipient=recipient, status=status,
                                  expires_at=timezone.now() + dt.timedelta(days=7))
