"""The ICS writer, read back with the independent ``icalendar`` library."""

import datetime as dt
import zoneinfo

import icalendar
import pytest

from tests.agendas.builders import build_schedule, first_schedule, moved_schedule
from trademission.agendas.domain.agendas import itinerary_for
from trademission.agendas.domain.itinerary import Item, Partner, assemble
from trademission.agendas.interfaces import ics
from trademission.agendas.interfaces.vtimezone import transitions

NOW = dt.datetime(2026, 1, 25, 8, 0, tzinfo=dt.UTC)
T1 = dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC)
T2 = dt.datetime(2026, 1, 20, 12, tzinfo=dt.UTC)


def events(text: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    found = {}
    for event in calendar.walk("VEVENT"):
        assert str(event["UID"]) not in found, "one event per UID"
        found[str(event["UID"])] = event
    return found


def one_item(**fields: object) -> Item:
    zone = zoneinfo.ZoneInfo(fields.pop("time_zone", "America/Mexico_City"))
    values = {"kind": "meeting", "uid": "u1", "starts_at": dt.datetime(2026, 2, 17, 10, tzinfo=zone),
              "ends_at": dt.datetime(2026, 2, 17, 10, 30, tzinfo=zone), "time_zone": zone.key,
              "title": "Meeting with Agua Norte SA", "city": "Mexico City", "stop_id": 1, "table": "3",
              "partner": Partner(organization_id=9, name="Agua Norte SA", person="Luis Garza")}
    values.update(fields)
    return Item(**values)


def itinerary(*items: Item):
    return assemble(person_id=1, person_name="Claire Roy", organization_name="Maple Water Inc.", items=items,
                    stays={})


@pytest.fixture
def schedule(world):
    return build_schedule(world)


def test_feed_of_a_published_schedule_parses_with_correct_times_and_zones(schedule):
    first_schedule(schedule, at=T1)

    text = ics.feed(itinerary_for(schedule.delegate, mission=schedule.mission), name="Agenda", now=NOW)

    calendar = icalendar.Calendar.from_ical(text)
    assert calendar.get("METHOD") is None  # a subscription, not a scheduling message
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["America/Mexico_City"]
    found = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    meeting = found["Meeting with Agua Norte SA"]
    assert meeting.decoded("DTSTART") == dt.datetime(2026, 2, 17, 16, 0, tzinfo=dt.UTC)
    assert meeting.decoded("DTEND") == dt.datetime(2026, 2, 17, 16, 30, tzinfo=dt.UTC)
    assert meeting["DTSTART"].params["TZID"] == "America/Mexico_City"
    assert (str(meeting["STATUS"]), meeting["SEQUENCE"], meeting.decoded("LAST-MODIFIED")) == ("CONFIRMED", 0, T1)
    assert "Table 3" in str(meeting["LOCATION"])
    assert "Interpreter: EN ↔ ES" in str(meeting["DESCRIPTION"])
    briefing = found["Market briefing"]
    assert briefing.decoded("DTSTART") == dt.datetime(2026, 2, 16, 15, 0, tzinfo=dt.UTC)
    travel = found["Mexico City → Guadalajara"]
    assert (travel.decoded("DTSTART"), travel.decoded("DTEND")) == (dt.date(2026, 2, 18), dt.date(2026, 2, 19))


def test_after_a_move_uids_are_stable_sequence_increments_and_the_dropped_meeting_is_cancelled(schedule):
    first_schedule(schedule, at=T1)
    before = events(ics.feed(itinerary_for(schedule.delegate, mission=schedule.mission), name="A", now=NOW))
    moved_schedule(schedule, at=T2)

    after = events(ics.feed(itinerary_for(schedule.delegate, mission=schedule.mission), name="A", now=NOW))

    assert set(after) == set(before)
    by_summary = {str(event["SUMMARY"]): uid for uid, event in after.items()}
    moved = after[by_summary["Meeting with Agua Norte SA"]]
    assert moved.decoded("DTSTART") == dt.datetime(2026, 2, 17, 17, 30, tzinfo=dt.UTC)
    assert moved["SEQUENCE"] == before[by_summary["Meeting with Agua Norte SA"]]["SEQUENCE"] + 1
    assert (moved.decoded("LAST-MODIFIED"), moved.decoded("DTSTAMP")) == (T2, T2)
    dropped = after[by_summary["Meeting with Tequila Verde SA"]]
    assert (str(dropped["STATUS"]), dropped["SEQUENCE"]) == ("CANCELLED", 1)


def test_download_is_a_publish_message_stamped_now():
    calendar = icalendar.Calendar.from_ical(ics.download(itinerary(one_item(changed_at=T1)), name="A", now=NOW))

    event = next(iter(calendar.walk("VEVENT")))
    assert (str(calendar["METHOD"]), event.decoded("DTSTAMP"), event.decoded("LAST-MODIFIED")) == ("PUBLISH", NOW, T1)


def test_vtimezone_follows_daylight_saving_transitions_of_the_events_year():
    spring = one_item(time_zone="America/Toronto")
    summer = one_item(uid="u2", time_zone="America/Toronto",
                      starts_at=dt.datetime(2026, 7, 2, 9, tzinfo=zoneinfo.ZoneInfo("America/Toronto")),
                      ends_at=dt.datetime(2026, 7, 2, 10, tzinfo=zoneinfo.ZoneInfo("America/Toronto")))
    text = ics.feed(itinerary(spring, summer), name="A", now=NOW)

    calendar = icalendar.Calendar.from_ical(text)
    zone = next(iter(calendar.walk("VTIMEZONE")))
    assert [(sub.name, str(sub.decoded("DTSTART")), sub["TZOFFSETTO"].to_ical()) for sub in zone.subcomponents] == [
        ("STANDARD", "2025-12-31 19:00:00", "-0500"),
        ("DAYLIGHT", "2026-03-08 02:00:00", "-0400"),
        ("STANDARD", "2026-11-01 02:00:00", "-0500"),
    ]
    starts = sorted(event.decoded("DTSTART").astimezone(dt.UTC) for event in calendar.walk("VEVENT"))
    assert starts == [dt.datetime(2026, 2, 17, 15, tzinfo=dt.UTC), dt.datetime(2026, 7, 2, 13, tzinfo=dt.UTC)]


def test_mexico_has_had_no_transition_since_2022_and_monterrey_keeps_its_own_tzid():
    assert transitions(zoneinfo.ZoneInfo("America/Mexico_City"), 2026) == []
    assert [instant.isoformat() for instant in transitions(zoneinfo.ZoneInfo("America/Mexico_City"), 2022)] == [
        "2022-04-03T08:00:00+00:00", "2022-10-30T07:00:00+00:00"]
    text = ics.feed(itinerary(one_item(), one_item(uid="u2", time_zone="America/Monterrey")), name="A", now=NOW)

    calendar = icalendar.Calendar.from_ical(text)
    assert sorted(str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")) == [
        "America/Mexico_City", "America/Monterrey"]
    assert "TZOFFSETTO:-0600" in text


def test_lines_are_folded_at_75_octets_with_crlf_and_text_is_escaped():
    title = "Réunion; avec, Agua \\ Norte\n" + "é" * 60
    text = ics.feed(itinerary(one_item(title=title)), name="Agenda, privée", now=NOW)

    raw = text.encode()
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75
    raw.decode()  # no character split between lines is left broken once unfolded
    assert "SUMMARY:Réunion\\; avec\\, Agua \\\\ Norte\\n" in text.replace("\r\n ", "")
    assert str(next(iter(icalendar.Calendar.from_ical(text).walk("VEVENT")))["SUMMARY"]) == title


def test_fold_never_splits_a_multibyte_character():
    folded = ics.fold("X:" + "€" * 40)

    parts = folded.split("\r\n ")
    assert all(len(part.encode()) <= 74 for part in parts[1:])
    assert len(parts[0].encode()) <= 75
    assert "".join(parts) == "X:" + "€" * 40
