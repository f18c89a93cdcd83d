"""A published schedule for the test world, built through the scheduling app's own domain functions.

The delegate Claire Roy (Maple Water Inc.) meets Agua Norte SA in Mexico City, then changes city
to Guadalajara and meets Tequila Verde SA there; she registered for the market briefing.
"""

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from trademission.directory.enums import OrganizationKind, Side
from trademission.directory.models import Organization, Person
from trademission.missions.models import Mission, ProgrammeElement, Stop
from trademission.scheduling.domain.apply import meeting_uid
from trademission.scheduling.domain.publish import publish_version, restore_version
from trademission.scheduling.domain.runs import new_version
from trademission.scheduling.domain.sessions import save_session
from trademission.scheduling.enums import VersionKind, VersionStatus
from trademission.scheduling.models import (
    Attendance,
    B2BSession,
    Meeting,
    ProgrammeRegistration,
    ScheduleVersion,
    Slot,
)

MEXICO = zoneinfo.ZoneInfo("America/Mexico_City")


@dataclass
class Schedule:
    mission: Mission
    delegate: Person
    host: Person
    guadalajara_host: Person
    cdmx: Stop
    gdl: Stop
    cdmx_session: B2BSession
    gdl_session: B2BSession

    def slot(self, session: B2BSession, hour: int, minute: int = 0) -> Slot:
        start = dt.datetime.combine(session.date, dt.time(hour, minute), tzinfo=session.stop.zone)
        return session.slots.get(starts_at=start)


def session(mission: Mission, stop: Stop, day: dt.date, *, venue: str, tables: int = 10) -> B2BSession:
    return save_session(session=B2BSession(mission=mission, stop=stop, date=day, starts_at=dt.time(9),
                                           ends_at=dt.time(12), slot_minutes=30, tables=tables,
                                           interpreters={"en-es": 2}, venue=venue))


def build_schedule(world) -> Schedule:
    mission = world.mission
    cdmx = mission.stops.get(slug="mexico-city")
    gdl = Stop.objects.create(mission=mission, slug="guadalajara", name_en="Guadalajara", name_fr="Guadalajara",
                              name_es="Guadalajara", time_zone="America/Mexico_City",
                              start_date=dt.date(2026, 2, 18), end_date=dt.date(2026, 2, 20))
    jalisco = Organization.objects.create(mission=mission, side=Side.HOST, name="Tequila Verde SA",
                                          kind=OrganizationKind.SME, country="MX", city="Guadalajara",
                                          languages=["es"], stop=gdl)
    delegate = world.visiting.people.get()
    host = world.host.people.get()
    guadalajara_host = Person.objects.create(organization=jalisco, first_name="Ana", last_name="Ibarra",
                                             email="ana@tequila.example", languages=["es"])
    for day in (dt.date(2026, 2, 16), dt.date(2026, 2, 17)):
        Attendance.objects.create(person=delegate, stop=cdmx, date=day)
    Attendance.objects.create(person=delegate, stop=gdl, date=dt.date(2026, 2, 18))
    ProgrammeRegistration.objects.create(person=delegate, element=ProgrammeElement.objects.get(stop=cdmx))
    return Schedule(mission=mission, delegate=delegate, host=host, guadalajara_host=guadalajara_host, cdmx=cdmx,
                    gdl=gdl, cdmx_session=session(mission, cdmx, dt.date(2026, 2, 17), venue="World Trade Center"),
                    gdl_session=session(mission, gdl, dt.date(2026, 2, 18), venue="Expo Guadalajara"))


def draft(mission: Mission, meetings: list[tuple[Person, Person, Slot, int, str]]) -> ScheduleVersion:
    """A draft with one meeting per (visiting person, host person, slot, table, interpreter)."""
    version = new_version(mission=mission, kind=VersionKind.GENERATE, by=None, status=VersionStatus.DRAFT)
    for visiting, host, slot, table, interpreter in meetings:
        Meeting.objects.create(
            version=version, visiting=visiting.organization, host=host.organization, slot=slot, table=table,
            interpreter=interpreter, visiting_person=visiting, host_person=host,
            uid=meeting_uid(mission=mission, visiting_id=visiting.organization_id, host_id=host.organization_id))
    return version


def publish(version: ScheduleVersion, *, at: dt.datetime | None = None) -> ScheduleVersion:
    publish_version(version=version, notify=False)
    if at is not None:
        ScheduleVersion.objects.filter(pk=version.pk).update(published_at=at)
    version.refresh_from_db()
    return version


def first_schedule(schedule: Schedule, *, at: dt.datetime | None = None) -> ScheduleVersion:
    """Version 1: Agua Norte at 10:00 table 3 with an interpreter; Tequila Verde in Guadalajara at 09:30."""
    return publish(draft(schedule.mission, [
        (schedule.delegate, schedule.host, schedule.slot(schedule.cdmx_session, 10), 3, "en-es"),
        (schedule.delegate, schedule.guadalajara_host, schedule.slot(schedule.gdl_session, 9, 30), 5, ""),
    ]), at=at)


def moved_schedule(schedule: Schedule, *, at: dt.datetime | None = None) -> ScheduleVersion:
    """Version 2: Agua Norte moves to 11:30 table 7; the Guadalajara meeting is dropped."""
    live = ScheduleVersion.objects.get(mission=schedule.mission, status=VersionStatus.LIVE)
    copy = restore_version(version=live, by=None)
    meetings = copy.meetings.select_related("host")
    meetings.filter(host=schedule.guadalajara_host.organization).delete()
    meetings.filter(host=schedule.host.organization).update(slot=schedule.slot(schedule.cdmx_session, 11, 30),
                                                            table=7)
    return publish(copy, at=at)
