"""Round trip through a real CalDAV server (Radicale, started here): upload, move, no duplicates."""

import base64
import datetime as dt
import http.client
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import icalendar
import pytest

from tests.agendas.builders import build_schedule, first_schedule, moved_schedule
from trademission.agendas.domain.agendas import itinerary_for
from trademission.agendas.interfaces import ics

NOW = dt.datetime(2026, 1, 25, 8, 0, tzinfo=dt.UTC)
CALENDAR = "/claire/agenda/"
AUTH = "Basic " + base64.b64encode(b"claire:anything").decode()
QUERY = """<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>
</C:calendar-query>"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def radicale(tmp_path):
    port = free_port()
    config = tmp_path / "config"
    config.write_text(f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = none\n[rights]\ntype = owner_only\n"
                      f"[storage]\nfilesystem_folder = {tmp_path / 'collections'}\n[logging]\nlevel = warning\n")
    log = (tmp_path / "radicale.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)], stdout=log,
                               stderr=subprocess.STDOUT)
    try:
        for _attempt in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("Radicale did not start: " + (tmp_path / "radicale.log").read_text())
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def request(port: int, method: str, path: str, body: str = "", **headers: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path, body=body.encode(), headers={"Authorization": AUTH, **headers})
    response = connection.getresponse()
    status, data = response.status, response.read()
    connection.close()
    return status, data


def upload(port: int, objects: dict[str, str]) -> None:
    for uid, text in objects.items():
        status, _body = request(port, "PUT", f"{CALENDAR}{uid}.ics", text, **{"Content-Type": "text/calendar"})
        assert status in (201, 204), (uid, status)


def stored_events(port: int) -> list[icalendar.Event]:
    status, body = request(port, "REPORT", CALENDAR, QUERY, Depth="1",
                           **{"Content-Type": "application/xml; charset=utf-8"})
    assert status == 207
    found = []
    # The answer comes from the Radicale process this test started, not from an untrusted party.
    tree = ET.fromstring(body)  # noqa: S314
    for data in tree.iter("{urn:ietf:params:xml:ns:caldav}calendar-data"):
        found += icalendar.Calendar.from_ical(data.text).walk("VEVENT")
    return found


def test_upload_then_update_after_a_move_leaves_one_event_per_meeting(radicale, world):
    schedule = build_schedule(world)
    status, _body = request(radicale, "MKCALENDAR", CALENDAR)
    assert status == 201
    first_schedule(schedule, at=dt.datetime(2026, 1, 10, 12, tzinfo=dt.UTC))
    upload(radicale, ics.calendar_objects(itinerary_for(schedule.delegate, mission=schedule.mission), now=NOW))
    before = stored_events(radicale)

    moved_schedule(schedule, at=dt.datetime(2026, 1, 20, 12, tzinfo=dt.UTC))
    objects = ics.calendar_objects(itinerary_for(schedule.delegate, mission=schedule.mission), now=NOW)
    upload(radicale, objects)
    after = stored_events(radicale)

    uids = [str(event["UID"]) for event in after]
    assert sorted(uids) == sorted(set(uids)) == sorted(str(event["UID"]) for event in before)
    assert len(after) == 4  # two meetings, the briefing and the change of city
    by_summary = {str(event["SUMMARY"]): event for event in after}
    moved = by_summary["Meeting with Agua Norte SA"]
    assert moved.decoded("DTSTART") == dt.datetime(2026, 2, 17, 17, 30, tzinfo=dt.UTC)
    assert moved["SEQUENCE"] == 1
    assert str(by_summary["Meeting with Tequila Verde SA"]["STATUS"]) == "CANCELLED"
    # GET answers the updated object at the same address.
    uid = str(moved["UID"])
    status, body = request(radicale, "GET", f"{CALENDAR}{uid}.ics")
    assert status == 200
    assert "LOCATION:Table 7" in body.decode().replace("\r\n ", "")
    # The server itself refuses a second copy of a UID under another name, so stable UIDs matter.
    status, _body = request(radicale, "PUT", f"{CALENDAR}copy.ics", objects[uid], **{"Content-Type": "text/calendar"})
    assert status == 409
