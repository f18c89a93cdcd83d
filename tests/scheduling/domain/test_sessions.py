import datetime as dt

import pytest

from tests.scheduling.builders import DAY1, small_mission
from trademission.scheduling.domain.sessions import save_session, sessions_from_programme, slot_times
from trademission.scheduling.models import B2BSession

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("hours", "minutes", "breaks", "expected"), [
    (("09:00", "11:00"), 20, [["10:00", "10:20"]], ["09:00", "09:20", "09:40", "10:20", "10:40"]),
    (("09:00", "10:00"), 25, [], ["09:00", "09:25"]),
    (("13:30", "15:00"), 20, [["14:00", "14:30"]], ["13:30", "14:30"]),
    (("09:00", "09:10"), 20, [], []),
])
def test_slots_skip_breaks_and_never_run_past_the_end(hours, minutes, breaks, expected):
    world = small_mission()
    session = B2BSession(mission=world.mission, stop=world.stop, date=DAY1, starts_at=dt.time.fromisoformat(hours[0]),
                         ends_at=dt.time.fromisoformat(hours[1]), slot_minutes=minutes, breaks=breaks, tables=3)

    starts = [start.strftime("%H:%M") for start, _end in slot_times(session)]

    assert starts == expected


def test_slot_keys_are_stable_when_a_session_grows():
    world = small_mission()
    session = world.sessions[1]
    before = {slot.key: slot.pk for slot in session.slots.all()}
    session.ends_at = dt.time(10)
    save_session(session=session)

    after = {slot.key: slot.pk for slot in session.slots.all()}

    assert sorted(before) == ["mexico-city-20260217-0900", "mexico-city-20260217-0920"]
    assert sorted(after) == [*sorted(before), "mexico-city-20260217-0940"]
    assert {key: after[key] for key in before} == before


def test_sessions_come_from_the_programme_with_lunch_only_inside_them():
    world = small_mission()
    world.sessions[0].delete()

    created = sessions_from_programme(mission=world.mission, tables=5, interpreters={"es-fr": 1},
                                      breaks=[["10:00", "10:20"], ["13:00", "14:00"]])

    assert [(s.date, s.starts_at, s.ends_at, s.breaks, s.tables, s.interpreters) for s in created] == [
        (DAY1, dt.time(9), dt.time(11), [["10:00", "10:20"]], 5, {"es-fr": 1})]
    assert sessions_from_programme(mission=world.mission, tables=5, interpreters={}) == []
