"""A busy published schedule for query-count tests: one meeting, or a full day of them over two versions.

Built on ``tests.agendas.builders``: the delegate Claire Roy meets Agua Norte SA at 09:00 in Mexico
City; ``busy`` adds a host organization for every other slot of both sessions (Mexico City and
Guadalajara), a programme registration per extra element, and republishes so that the feed replays
two published versions.
"""

import datetime as dt

from tests.agendas.builders import Schedule, build_schedule, draft, publish
from tests.factories.directory import OrganizationFactory, PersonFactory
from trademission.directory.enums import Side
from trademission.missions.models import ProgrammeElement
from trademission.scheduling.models import ProgrammeRegistration

T1 = dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC)
T2 = dt.datetime(2026, 1, 20, 12, tzinfo=dt.UTC)


def one_meeting(world) -> Schedule:
    schedule = build_schedule(world)
    first = schedule.cdmx_session.slots.order_by("starts_at").first()
    publish(draft(schedule.mission, [(schedule.delegate, schedule.host, first, 1, "")]), at=T1)
    return schedule


def busy(schedule: Schedule) -> int:
    """Republish with a meeting in every slot of both sessions; the number of meetings the delegate has."""
    slots = [*schedule.cdmx_session.slots.order_by("starts_at"), *schedule.gdl_session.slots.order_by("starts_at")]
    meetings = [(schedule.delegate, schedule.host, slots[0], 1, "")]
    for number, slot in enumerate(slots[1:], start=2):
        stop = schedule.cdmx if slot.session_id == schedule.cdmx_session.pk else schedule.gdl
        host = PersonFactory(organization=OrganizationFactory(mission=schedule.mission, side=Side.HOST, stop=stop,
                                                              name=f"Host {number} SA", languages=["es"]))
        meetings.append((schedule.delegate, host, slot, number, "en-es" if number % 2 else ""))
    for hour in (18, 19, 20):
        element = ProgrammeElement.objects.create(
            stop=schedule.cdmx, kind="networking", title_en=f"Reception {hour}", venue="Embassy", capacity=100,
            max_per_organization=2, starts_at=dt.datetime(2026, 2, 17, hour, tzinfo=dt.UTC),
            ends_at=dt.datetime(2026, 2, 17, hour, 45, tzinfo=dt.UTC))
        ProgrammeRegistration.objects.create(person=schedule.delegate, element=element)
    publish(draft(schedule.mission, meetings), at=T2)
    return len(meetings)
