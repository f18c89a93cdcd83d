import pytest
from django.core.exceptions import ValidationError

from tests.factories.missions import ProgrammeElementFactory
from tests.scheduling.builders import DAY1, at, classic, generated, hand_built, placements, slot
from trademission.scheduling.domain.moves import move_meeting, move_options, set_locked
from trademission.scheduling.domain.onsite import start_rerun
from trademission.scheduling.domain.publish import publish_version
from trademission.scheduling.domain.registrations import register_for_element
from trademission.scheduling.domain.runs import execute_run
from trademission.scheduling.models import B2BSession

pytestmark = pytest.mark.django_db

ROWS = [("Maple", "Agua", "20260216-0900", 1, "", "Anne", "Diego"),
        ("Cedar", "Sol", "20260216-0920", 1, "en-es", "Carl", "Elena")]


@pytest.mark.parametrize(("day2_interpreters", "elena_busy", "expected"), [
    ({"en-es": 1}, None, ["20260216-0940", "20260216-1020", "20260216-1040", "20260217-0900", "20260217-0920"]),
    ({}, None, ["20260216-0940", "20260216-1020", "20260216-1040"]),  # nobody to interpret on day 2
    ({"es-fr": 3}, ("10:15", "10:45"), ["20260216-0940"]),  # wrong pair on day 2; Elena at a visit
])
def test_a_meeting_is_offered_only_slots_where_every_hard_constraint_holds(day2_interpreters, elena_busy, expected):
    world = classic(tables=1)
    B2BSession.objects.filter(mission=world.mission, date__gt=DAY1).update(interpreters=day2_interpreters)
    if elena_busy:
        visit = ProgrammeElementFactory(stop=world.stop, kind="site_visit", starts_at=at(DAY1, elena_busy[0]),
                                        ends_at=at(DAY1, elena_busy[1]))
        register_for_element(person=world.people["Elena"], element=visit)
    version = hand_built(world, ROWS)
    meeting = version.meetings.get(visiting=world.orgs["Cedar"])

    offered = [(o.slot.key.removeprefix("mexico-city-"), o.table, o.interpreter) for o in move_options(meeting)]

    assert offered == [(key, 1, "en-es") for key in expected]  # 09:00 has no free table: Maple and Agua sit there


def test_a_move_into_a_taken_slot_is_refused_and_a_valid_one_locks_the_meeting():
    world = classic(tables=1)
    version = hand_built(world, ROWS)
    meeting = version.meetings.get(visiting=world.orgs["Cedar"])

    with pytest.raises(ValidationError, match="cannot move to mexico-city-20260216-0900"):
        move_meeting(meeting=meeting, slot=slot(world, "20260216-0900"))
    moved = move_meeting(meeting=meeting, slot=slot(world, "20260217-0920"))

    assert (moved.slot.key, moved.table, moved.interpreter, moved.locked) == (
        "mexico-city-20260217-0920", 1, "en-es", True)


def test_a_published_version_is_not_edited_in_place():
    world = classic()
    version = hand_built(world, ROWS)
    publish_version(version=version, notify=False)
    meeting = version.meetings.get(visiting=world.orgs["Cedar"])

    with pytest.raises(ValidationError, match="Only a draft can be edited"):
        move_meeting(meeting=meeting, slot=slot(world, "20260217-0920"))
    with pytest.raises(ValidationError, match="Only a draft can be edited"):
        set_locked(meeting=meeting, locked=True)


def test_a_rerun_keeps_locked_meetings_where_they_are_and_places_the_rest():
    world = classic()
    first = generated(world)
    meeting = first.meetings.get(visiting=world.orgs["Cedar"], host=world.orgs["Sol"])
    move_meeting(meeting=meeting, slot=slot(world, "20260217-0920"))  # moving locks it
    set_locked(meeting=first.meetings.get(visiting=world.orgs["Maple"], host=world.orgs["Agua"]), locked=True)
    kept = {row for row in placements(first) if (row[0], row[1]) in {("Cedar", "Sol"), ("Maple", "Agua")}}

    rerun = execute_run(version=start_rerun(version=first, by=None, time_limit=2))

    assert (rerun.status, rerun.kind, rerun.base_id, rerun.stats["meetings"]) == ("draft", "rerun", first.pk, 4)
    assert {(row[0], row[1], row[2]) for row in kept} <= {(row[0], row[1], row[2]) for row in placements(rerun)}
    assert sorted(rerun.meetings.filter(locked=True).values_list("visiting__name", "host__name")) == [
        ("Cedar", "Sol"), ("Maple", "Agua")]
