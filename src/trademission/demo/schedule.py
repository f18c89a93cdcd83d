"""The 2026 demo mission's B2B schedule: sessions, who attends where, registrations, then a published version.

Sessions come from the programme's B2B elements (20-minute slots, lunch 13:00–14:00 inside full days,
scarce en-es and es-fr interpreters). Every representative of a host organization attends its
stop; every delegate attends Mexico City and the sector stop where most of the partners their
organization asked for are. The schedule is generated in-process (no worker needed) with a fixed
seed and a short time limit, then published without e-mails: the mission is over.
"""

import datetime as dt
import random
from collections import Counter

from trademission.demo.matchmaking import seed_matchmaking
from trademission.directory.enums import Side
from trademission.directory.models import Organization, Person
from trademission.matchmaking.models import MeetingRequest, Preference
from trademission.missions.enums import ProgrammeKind
from trademission.missions.models import Mission, ProgrammeElement, Stop
from trademission.scheduling.domain.publish import publish_version
from trademission.scheduling.domain.runs import execute_run, new_version
from trademission.scheduling.domain.sessions import scheduling_settings, sessions_from_programme
from trademission.scheduling.enums import VersionKind
from trademission.scheduling.models import AgendaToken, Attendance, ProgrammeRegistration, ScheduleVersion

TABLES = {"mexico-city": 60, "guadalajara": 30, "monterrey": 35}
INTERPRETERS = {"en-es": 3, "es-fr": 1}
LUNCH = [["13:00", "14:00"]]
TIME_LIMIT = 6.0
SEED = 2026


def seed_schedule(*, mission: Mission, rng: random.Random) -> ScheduleVersion:
    if not MeetingRequest.objects.filter(mission=mission).exists():
        seed_matchmaking(mission=mission, rng=random.Random(f"{SEED}:matchmaking"))
    sessions_from_programme(mission=mission, tables=30, interpreters=INTERPRETERS, breaks=LUNCH)
    for session in mission.b2b_sessions.select_related("stop"):
        session.tables = TABLES.get(session.stop.slug, 30)
        session.save(update_fields=["tables"])
    config = scheduling_settings(mission)
    config.min_meetings, config.time_limit = 2, int(TIME_LIMIT)
    config.save()
    _attend(mission, rng)
    _register(mission)
    AgendaToken.objects.bulk_create([AgendaToken(person=person) for person in
                                     Person.objects.filter(organization__mission=mission).order_by("pk")])
    version = new_version(mission=mission, kind=VersionKind.GENERATE, by=None, time_limit=TIME_LIMIT, seed=SEED)
    version = execute_run(version=version)
    publish_version(version=version, notify=False)
    version.refresh_from_db()
    return version


def _partner_stops(mission: Mission) -> dict[int, Counter]:
    """Visiting organization id → how many partners it asked for (or was asked by) at each stop."""
    host_stop = dict(Organization.objects.filter(mission=mission, side=Side.HOST).values_list("pk", "stop_id"))
    counts: dict[int, Counter] = {}
    pairs = list(MeetingRequest.objects.filter(mission=mission).values_list("requester_id", "recipient_id"))
    pairs += list(Preference.objects.filter(mission=mission).values_list("organization_id", "target_id"))
    for one, other in pairs:
        visiting, host = (one, other) if other in host_stop else (other, one)
        if host_stop.get(host):
            counts.setdefault(visiting, Counter())[host_stop[host]] += 1
    return counts


def _attend(mission: Mission, rng: random.Random) -> None:
    stops = list(mission.stops.order_by("start_date", "slug").prefetch_related("sectors"))
    capital, sector_stops = stops[0], stops[1:]
    sectors_at = {stop.pk: {sector.pk for sector in stop.sectors.all()} for stop in sector_stops}
    wanted = _partner_stops(mission)
    rows = []
    organizations = mission.organizations.order_by("pk").prefetch_related("sectors", "people")
    for org in organizations:
        if org.side == Side.HOST:
            visited = [stop for stop in stops if stop.pk == org.stop_id]
        else:
            own = {sector.pk for sector in org.sectors.all()}
            counts = wanted.get(org.pk, Counter())
            ranked = sorted(sector_stops, key=lambda s: (-counts[s.pk], -len(sectors_at[s.pk] & own), rng.random()))
            visited = [capital, ranked[0]] if ranked else [capital]
        rows += [Attendance(person=person, stop=stop, date=day) for person in org.people.all()
                 for stop in visited for day in _days(stop)]
    Attendance.objects.bulk_create(rows)


def _days(stop: Stop) -> list[dt.date]:
    return [stop.start_date + dt.timedelta(days=n) for n in range((stop.end_date - stop.start_date).days + 1)]


def _register(mission: Mission) -> None:
    """Briefings for everyone attending; each sector's site visit for one representative, within capacity."""
    attending = {}
    for person_id, stop_id in Attendance.objects.filter(stop__mission=mission).values_list("person_id", "stop_id"):
        attending.setdefault(stop_id, set()).add(person_id)
    people = {person.pk: person for person in Person.objects.filter(organization__mission=mission).prefetch_related(
        "organization__sectors")}
    rows = []
    for element in ProgrammeElement.objects.filter(stop__mission=mission).exclude(
            kind=ProgrammeKind.B2B_SESSION).prefetch_related("sectors").order_by("starts_at", "pk"):
        sectors = {sector.pk for sector in element.sectors.all()}
        per_org: Counter = Counter()
        chosen = []
        for person_id in sorted(attending.get(element.stop_id, ())):
            org = people[person_id].organization
            if sectors and not sectors & {sector.pk for sector in org.sectors.all()}:
                continue
            if per_org[org.pk] >= element.max_per_organization:
                continue
            if element.capacity is not None and len(chosen) >= element.capacity:
                break
            per_org[org.pk] += 1
            chosen.append(person_id)
        rows += [ProgrammeRegistration(person_id=person_id, element=element) for person_id in chosen]
    ProgrammeRegistration.objects.bulk_create(rows)
