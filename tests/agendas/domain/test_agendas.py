import datetime as dt

import pytest

from tests.agendas.builders import MEXICO, build_schedule, draft, first_schedule, moved_schedule, publish
from trademission.agendas.domain.agendas import itinerary_for, table_sheets
from trademission.agendas.enums import ItemKind, ItemStatus
from trademission.directory.models import Person
from trademission.scheduling.domain.onsite import set_meeting_status
from trademission.scheduling.domain.publish import restore_version
from trademission.scheduling.enums import MeetingStatus

T1 = dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC)
T2 = dt.datetime(2026, 1, 20, 12, tzinfo=dt.UTC)


@pytest.fixture
def schedule(world):
    return build_schedule(world)


def summary(itinerary):
    return [(item.kind, item.local_start.strftime("%m-%d %H:%M"), item.title, item.table, item.city, item.status,
             item.sequence) for item in itinerary.items]


def test_itinerary_before_any_publication_holds_the_programme_and_the_change_of_city(schedule):
    itinerary = itinerary_for(schedule.delegate, mission=schedule.mission)

    assert summary(itinerary) == [
        (ItemKind.PROGRAMME, "02-16 09:00", "Market briefing", "", "Mexico City", ItemStatus.CONFIRMED, 0),
        (ItemKind.TRAVEL, "02-18 00:00", "Mexico City → Guadalajara", "", "Guadalajara", ItemStatus.CONFIRMED, 0),
    ]


def test_itinerary_of_a_delegate_from_the_live_version(schedule):
    first_schedule(schedule, at=T1)

    itinerary = itinerary_for(schedule.delegate, mission=schedule.mission)

    assert summary(itinerary) == [
        (ItemKind.PROGRAMME, "02-16 09:00", "Market briefing", "", "Mexico City", ItemStatus.CONFIRMED, 0),
        (ItemKind.MEETING, "02-17 10:00", "Meeting with Agua Norte SA", "3", "Mexico City", ItemStatus.CONFIRMED, 0),
        (ItemKind.TRAVEL, "02-18 00:00", "Mexico City → Guadalajara", "", "Guadalajara", ItemStatus.CONFIRMED, 0),
        (ItemKind.MEETING, "02-18 09:30", "Meeting with Tequila Verde SA", "5", "Guadalajara",
         ItemStatus.CONFIRMED, 0),
    ]
    meeting = itinerary.meetings[0]
    assert (meeting.partner.name, meeting.partner.person, meeting.interpreter, meeting.venue) == (
        "Agua Norte SA", "Luis Garza", "EN ↔ ES", "World Trade Center")
    assert meeting.partner.organization_id == schedule.host.organization_id
    assert meeting.changed_at == T1
    assert meeting.local_start.tzinfo == MEXICO
    assert [(day.date.isoformat(), day.city) for day in itinerary.days()] == [
        ("2026-02-16", "Mexico City"), ("2026-02-17", "Mexico City"), ("2026-02-18", "Guadalajara")]


def test_the_host_sees_the_delegation_as_partner(schedule):
    first_schedule(schedule, at=T1)

    itinerary = itinerary_for(schedule.host, mission=schedule.mission)

    assert [(item.title, item.partner.person, item.table) for item in itinerary.meetings] == [
        ("Meeting with Maple Water Inc.", "Claire Roy", "3")]


def test_a_move_keeps_the_uid_raises_the_sequence_and_a_dropped_meeting_stays_as_cancelled(schedule):
    first_schedule(schedule, at=T1)
    before = {item.uid: item for item in itinerary_for(schedule.delegate, mission=schedule.mission).items}
    moved_schedule(schedule, at=T2)

    after = {item.uid: item for item in itinerary_for(schedule.delegate, mission=schedule.mission).items}

    meetings_before = {uid for uid, item in before.items() if item.is_meeting}
    assert {uid for uid, item in after.items() if item.is_meeting} == meetings_before
    moved = next(item for item in after.values() if item.is_meeting and not item.cancelled)
    dropped = next(item for item in after.values() if item.is_meeting and item.cancelled)
    assert (moved.local_start.strftime("%H:%M"), moved.table, moved.sequence, moved.changed_at) == (
        "11:30", "7", before[moved.uid].sequence + 1, T2)
    assert (dropped.title, dropped.sequence, dropped.changed_at) == (
        "Meeting with Tequila Verde SA", before[dropped.uid].sequence + 1, T2)
    # The page shows only what is current; the print marker picks the moved meeting.
    itinerary = itinerary_for(schedule.delegate, mission=schedule.mission)
    assert [item.title for item in itinerary.meetings] == ["Meeting with Agua Norte SA"]
    assert [item.uid for item in itinerary.changed_since(T1) if item.is_meeting] == [moved.uid]


def test_an_unchanged_republication_keeps_sequence_and_last_modified(schedule):
    first_schedule(schedule, at=T1)
    live = schedule.mission.schedule_versions.get(status="live")

    publish(restore_version(version=live, by=None), at=T2)

    meetings = itinerary_for(schedule.delegate, mission=schedule.mission).meetings
    assert [(item.sequence, item.changed_at) for item in meetings] == [(0, T1), (0, T1)]


def test_a_meeting_restored_after_being_dropped_outranks_its_cancellation(schedule):
    first_schedule(schedule, at=T1)
    moved_schedule(schedule, at=T2)
    original = schedule.mission.schedule_versions.get(number=1)

    publish(restore_version(version=original, by=None), at=T2 + dt.timedelta(days=1))

    items = itinerary_for(schedule.delegate, mission=schedule.mission).items
    guadalajara = next(item for item in items if item.title == "Meeting with Tequila Verde SA")
    assert (guadalajara.status, guadalajara.sequence) == (ItemStatus.CONFIRMED, 2)


def test_a_meeting_cancelled_on_site_is_cancelled_with_a_higher_sequence(schedule):
    live = first_schedule(schedule, at=T1)
    meeting = live.meetings.get(host=schedule.host.organization)

    set_meeting_status(meeting=meeting, status=MeetingStatus.CANCELLED)

    items = itinerary_for(schedule.delegate, mission=schedule.mission).items
    cancelled = next(item for item in items if item.uid == str(meeting.uid))
    assert (cancelled.status, cancelled.sequence) == (ItemStatus.CANCELLED, 1)
    assert [item.title for item in itinerary_for(schedule.delegate, mission=schedule.mission).meetings] == [
        "Meeting with Tequila Verde SA"]


def test_a_meeting_without_a_named_representative_is_on_every_representatives_agenda(schedule):
    colleague = Person.objects.create(organization=schedule.delegate.organization, first_name="Marc",
                                      last_name="Roy", email="marc@maple.example")
    live = first_schedule(schedule, at=T1)
    live.meetings.filter(host=schedule.host.organization).update(visiting_person=None)

    for person in (schedule.delegate, colleague):
        titles = [item.title for item in itinerary_for(person, mission=schedule.mission).meetings]
        assert "Meeting with Agua Norte SA" in titles
    assert [item.title for item in itinerary_for(colleague, mission=schedule.mission).meetings] == [
        "Meeting with Agua Norte SA"]


def test_itinerary_refuses_a_person_of_another_mission(schedule, world):
    with pytest.raises(ValueError, match="another mission"):
        itinerary_for(schedule.delegate, mission=world.other_mission)


def test_table_sheets_list_every_table_of_each_slot_of_the_live_version(schedule):
    assert table_sheets(mission=schedule.mission) == []
    publish(draft(schedule.mission, [
        (schedule.delegate, schedule.host, schedule.slot(schedule.cdmx_session, 10), 3, "en-es"),
        (schedule.delegate, schedule.guadalajara_host, schedule.slot(schedule.gdl_session, 9, 30), 5, ""),
    ]))

    sheets = table_sheets(mission=schedule.mission)

    assert [(sheet.local_start.strftime("%m-%d %H:%M"), sheet.city, sheet.venue,
             [(row.table, row.visiting, row.visiting_person, row.host, row.host_person, row.interpreter)
              for row in sheet.rows]) for sheet in sheets] == [
        ("02-17 10:00", "Mexico City", "World Trade Center",
         [(3, "Maple Water Inc.", "Claire Roy", "Agua Norte SA", "Luis Garza", "EN ↔ ES")]),
        ("02-18 09:30", "Guadalajara", "Expo Guadalajara",
         [(5, "Maple Water Inc.", "Claire Roy", "Tequila Verde SA", "Ana Ibarra", "")]),
    ]
