"""A small mission to schedule: one stop over two days, with known people, languages and interest.

Slots (Mexico City time) on 16 Feb: 09:00 09:20 09:40 [break 10:00–10:20] 10:20 10:40; on 17 Feb:
09:00 09:20. Two tables per slot, one en-es interpreter.
"""

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

from tests.factories.directory import OrganizationFactory, PersonFactory
from tests.factories.missions import MissionFactory, ProgrammeElementFactory, StopFactory
from trademission.directory.enums import Side
from trademission.directory.models import Organization, Person
from trademission.matchmaking.enums import PreferenceLevel
from trademission.matchmaking.models import Preference
from trademission.missions.enums import ProgrammeKind
from trademission.missions.models import Mission, Stop
from trademission.scheduling.domain.sessions import save_session, scheduling_settings
from trademission.scheduling.models import Attendance, B2BSession

MX = zoneinfo.ZoneInfo("America/Mexico_City")
DAY1, DAY2 = dt.date(2026, 2, 16), dt.date(2026, 2, 17)


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm), tzinfo=MX)


@dataclass
class Small:
    mission: Mission
    stop: Stop
    sessions: list[B2BSession]
    orgs: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)

    def prefer(self, owner: str, target: str, level: str = PreferenceLevel.WOULD_LIKE) -> None:
        Preference.objects.create(mission=self.mission, organization=self.orgs[owner], target=self.orgs[target],
                                  level=level)

    def attend(self, person: str, *days: dt.date) -> None:
        for day in days:
            Attendance.objects.create(person=self.people[person], stop=self.stop, date=day)


def small_mission(*, slug: str = "small", tables: int = 2, interpreters: dict | None = None,
                  min_meetings: int = 1) -> Small:
    mission = MissionFactory(slug=slug, start_date=DAY1, end_date=DAY2)
    stop = StopFactory(mission=mission, slug="mexico-city", start_date=DAY1, end_date=DAY2,
                       time_zone="America/Mexico_City")
    element = ProgrammeElementFactory(stop=stop, kind=ProgrammeKind.B2B_SESSION, starts_at=at(DAY1, "09:00"),
                                      ends_at=at(DAY1, "11:00"))
    sessions = [
        save_session(session=B2BSession(mission=mission, stop=stop, programme_element=element, date=DAY1,
                                        starts_at=dt.time(9), ends_at=dt.time(11), slot_minutes=20,
                                        breaks=[["10:00", "10:20"]], tables=tables,
                                        interpreters=interpreters if interpreters is not None else {"en-es": 1})),
        save_session(session=B2BSession(mission=mission, stop=stop, date=DAY2, starts_at=dt.time(9),
                                        ends_at=dt.time(9, 40), slot_minutes=20, tables=tables,
                                        interpreters=interpreters if interpreters is not None else {"en-es": 1})),
    ]
    config = scheduling_settings(mission)
    config.min_meetings = min_meetings
    config.save()
    return Small(mission=mission, stop=stop, sessions=sessions)


def add_org(world: Small, name: str, *, side: str, people: dict[str, list[str]]) -> Organization:
    org = OrganizationFactory(mission=world.mission, side=side, name=name,
                              stop=world.stop if side == Side.HOST else None)
    world.orgs[name] = org
    for person, languages in people.items():
        world.people[person] = PersonFactory(organization=org, first_name=person, last_name=name,
                                             email=f"{person.lower()}@{name.lower()}.example", languages=languages)
    return org


def classic(**options: object) -> Small:
    """Two visiting and two host organizations; everyone attends both days; four pairs of interest.

    Maple (Anne en+fr, Bruno fr), Cedar (Carl en), Agua (Diego es+en), Sol (Elena es).
    """
    world = small_mission(**options)
    add_org(world, "Maple", side=Side.VISITING, people={"Anne": ["en", "fr"], "Bruno": ["fr"]})
    add_org(world, "Cedar", side=Side.VISITING, people={"Carl": ["en"]})
    add_org(world, "Agua", side=Side.HOST, people={"Diego": ["es", "en"]})
    add_org(world, "Sol", side=Side.HOST, people={"Elena": ["es"]})
    for person in world.people:
        world.attend(person, DAY1, DAY2)
    world.prefer("Maple", "Agua", PreferenceLevel.MUST_MEET)
    world.prefer("Maple", "Sol")
    world.prefer("Cedar", "Agua")
    world.prefer("Cedar", "Sol")
    return world


def slot(world: Small, key_suffix: str):
    """``slot(world, "20260216-0900")`` → that Slot of the world's stop."""
    from trademission.scheduling.models import Slot

    return Slot.objects.get(session__mission=world.mission, key=f"mexico-city-{key_suffix}")


def hand_built(world: Small, rows: list[tuple[str, str, str, int, str, str, str]], *, status: str = "draft"):
    """A version written directly: rows of (visiting, host, slot suffix, table, interpreter, visiting person,
    host person). Used where a test needs to know exactly where every meeting is."""
    from trademission.scheduling.domain.apply import meeting_uid
    from trademission.scheduling.domain.runs import new_version
    from trademission.scheduling.models import Meeting

    version = new_version(mission=world.mission, kind="generate", by=None, status=status, progress=100)
    for visiting, host, suffix, table, interpreter, visiting_person, host_person in rows:
        Meeting.objects.create(
            version=version, visiting=world.orgs[visiting], host=world.orgs[host], slot=slot(world, suffix),
            table=table, interpreter=interpreter, visiting_person=world.people[visiting_person],
            host_person=world.people[host_person], weight=1.0,
            uid=meeting_uid(mission=world.mission, visiting_id=world.orgs[visiting].pk, host_id=world.orgs[host].pk))
    if status == "live":
        version.published_at = version.created_at
        version.save(update_fields=["published_at"])
    return version


def generated(world: Small, *, time_limit: float = 2.0, seed: int = 0):
    """A version generated by the real engine, in-process."""
    from trademission.scheduling.domain.runs import execute_run, new_version

    return execute_run(version=new_version(mission=world.mission, kind="generate", by=None, time_limit=time_limit,
                                           seed=seed))


def placements(version) -> set[tuple[str, str, str, int]]:
    """(visiting, host, slot suffix, table) of every meeting, by organization name."""
    return {(m.visiting.name, m.host.name, m.slot.key.removeprefix("mexico-city-"), m.table)
            for m in version.meetings.select_related("visiting", "host", "slot")}
