import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from tests.scheduling.builders import DAY1, DAY2, at, classic, hand_built, placements
from trademission.scheduling.domain.onsite import (
    agenda_token,
    check_in,
    person_for_token,
    set_meeting_status,
    start_repair,
    withdraw_attendance,
)
from trademission.scheduling.domain.publish import publish_version
from trademission.scheduling.domain.runs import execute_run
from trademission.scheduling.models import CheckIn

pytestmark = pytest.mark.django_db

LIVE = [("Maple", "Agua", "20260216-0900", 1, "", "Anne", "Diego"),
        ("Maple", "Sol", "20260216-0920", 1, "en-es", "Anne", "Elena"),
        ("Cedar", "Agua", "20260216-0920", 2, "", "Carl", "Diego"),
        ("Cedar", "Sol", "20260216-0940", 1, "en-es", "Carl", "Elena")]
BEFORE = at(DAY1, "08:00")


def repaired(world, *, now: dt.datetime = BEFORE):
    return execute_run(version=start_repair(mission=world.mission, by=None, now=now, time_limit=2))


def test_an_absent_delegate_s_meetings_move_and_the_others_stay(immediate_tasks, django_capture_on_commit_callbacks):
    world = classic()
    publish_version(version=hand_built(world, LIVE, status="draft"), notify=False)
    withdraw_attendance(person=world.people["Carl"], date=DAY1)

    repair = repaired(world)

    assert (repair.status, repair.kind, repair.stats["meetings"]) == ("draft", "repair", 4)
    after = placements(repair)
    assert {("Maple", "Agua", "20260216-0900", 1), ("Maple", "Sol", "20260216-0920", 1)} <= after
    assert sorted(row[2] for row in after if row[0] == "Cedar") == ["20260217-0900", "20260217-0920"]
    assert (repair.stats["moved"], repair.stats["dropped"]) == (2, 0)
    with django_capture_on_commit_callbacks(execute=True):
        notified = publish_version(version=repair)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "carl@cedar.example", "diego@agua.example", "elena@sol.example"]
    assert len(notified) == 3


def test_a_cancelled_meeting_frees_its_slot_for_a_waiting_request():
    world = classic(tables=1)
    publish_version(version=hand_built(world, LIVE[:1] + LIVE[3:], status="draft"), notify=False)  # two of four
    live = world.mission.schedule_versions.get(status="live")
    set_meeting_status(meeting=live.meetings.get(visiting=world.orgs["Maple"]), status="cancelled")

    repair = repaired(world)

    assert ("Cedar", "Sol", "20260216-0940", 1) in placements(repair)
    assert {(row[0], row[1]) for row in placements(repair)} == {("Cedar", "Sol"), ("Cedar", "Agua"), ("Maple", "Sol")}
    assert [(row["visiting_name"], row["host_name"], row["reason"]) for row in repair.unscheduled] == [
        ("Maple", "Agua", "cancelled on site")]


def test_meetings_already_under_way_are_kept_exactly_as_they_were():
    world = classic()
    live = hand_built(world, LIVE, status="draft")
    publish_version(version=live, notify=False)
    set_meeting_status(meeting=live.meetings.get(visiting=world.orgs["Maple"], host=world.orgs["Agua"]), status="held")
    withdraw_attendance(person=world.people["Carl"], date=DAY1)

    repair = repaired(world, now=at(DAY1, "09:30"))

    kept = repair.meetings.filter(slot__starts_at__lt=at(DAY1, "09:30"))
    assert sorted(kept.values_list("visiting__name", "host__name", "table", "status")) == [
        ("Cedar", "Agua", 2, "scheduled"), ("Maple", "Agua", 1, "held"), ("Maple", "Sol", 1, "scheduled")]
    moved = [row[2] for row in placements(repair) if row[:2] == ("Cedar", "Sol")]
    assert len(moved) == 1
    assert moved[0] in {"20260217-0900", "20260217-0920"}  # Carl is back on day 2; both slots are equal


@pytest.mark.parametrize("status", ["held", "no_show_visiting", "no_show_host", "cancelled"])
def test_outcomes_are_marked_on_the_live_version_only(status):
    world = classic()
    draft = hand_built(world, LIVE[:1])
    with pytest.raises(ValidationError, match="published schedule"):
        set_meeting_status(meeting=draft.meetings.get(), status=status)
    publish_version(version=draft, notify=False)

    assert set_meeting_status(meeting=draft.meetings.get(), status=status).status == status
    assert draft.meetings.get().status == status


def test_repair_needs_a_published_schedule():
    world = classic()
    with pytest.raises(ValidationError, match="no published schedule"):
        start_repair(mission=world.mission, by=None)


def test_check_in_through_the_agenda_token_happens_once():
    world = classic()
    person = world.people["Elena"]
    token = agenda_token(person)

    first = check_in(person=person_for_token(mission=world.mission, token=token), by=None)
    second = check_in(person=person, by=None)

    assert agenda_token(person) == token
    assert first.pk == second.pk
    assert CheckIn.objects.filter(mission=world.mission).count() == 1
    assert person_for_token(mission=world.mission, token="nope") is None
    assert withdraw_attendance(person=person, date=DAY2) == 1
    assert withdraw_attendance(person=person, date=DAY2) == 0
