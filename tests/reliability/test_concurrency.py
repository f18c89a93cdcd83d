"""Fifty organizers or representatives acting at the same instant, on fifty real PostgreSQL connections.

Moves into one slot and answers to one request are serialized by row locks; the unique constraints
on (version, slot, table) and (version, slot, person) are the last line of defence. Whatever the
interleaving, no table and no person is ever booked twice.
"""

import datetime as dt

import pytest
from django.db import connection

from tests.reliability.race import race
from tests.scheduling.builders import DAY1, DAY2, add_org, small_mission
from trademission.directory.enums import Side
from trademission.directory.models import Person
from trademission.matchmaking.domain.requests import accept_request, decline_request, send_request
from trademission.matchmaking.enums import RequestStatus
from trademission.matchmaking.models import MeetingRequest
from trademission.scheduling.domain.apply import meeting_uid
from trademission.scheduling.domain.moves import move_meeting
from trademission.scheduling.domain.runs import new_version
from trademission.scheduling.models import B2BSession, Meeting, Slot

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
N = 50


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("real parallel writers need PostgreSQL; SQLite serializes them anyway")


def crowded_draft(*, target_tables: int):
    """N meetings at 09:00 on day 1 (tables 1..N): N visiting organizations, all with the host "Hub",
    whose N representatives are each in one of them. Day 2 has ``target_tables`` tables."""
    world = small_mission(slug=f"crowd-{target_tables}", tables=N, interpreters={})
    B2BSession.objects.filter(mission=world.mission, date=DAY2).update(tables=target_tables)
    hub = add_org(world, "Hub", side=Side.HOST, people={f"H{i:02d}": ["en"] for i in range(N)})
    for i in range(N):
        add_org(world, f"V{i:02d}", side=Side.VISITING, people={f"P{i:02d}": ["en"]})
    for person in world.people:
        world.attend(person, DAY1, DAY2)
    version = new_version(mission=world.mission, kind="generate", by=None, status="draft", progress=100)
    start = Slot.objects.get(session__mission=world.mission, key="mexico-city-20260216-0900")
    Meeting.objects.bulk_create([
        Meeting(version=version, visiting=world.orgs[f"V{i:02d}"], host=hub, slot=start, table=i + 1,
                visiting_person=world.people[f"P{i:02d}"], host_person=world.people[f"H{i:02d}"], weight=1.0,
                uid=meeting_uid(mission=world.mission, visiting_id=world.orgs[f"V{i:02d}"].pk, host_id=hub.pk))
        for i in range(N)])
    target = Slot.objects.get(session__mission=world.mission, key="mexico-city-20260217-0900")
    return version, list(version.meetings.all()), target


def assert_nothing_booked_twice(version) -> None:
    rows = list(Meeting.objects.filter(version=version).values_list("slot_id", "table", "visiting_person_id",
                                                                     "host_person_id"))
    tables = [(slot, table) for slot, table, _v, _h in rows]
    people = [(slot, person) for slot, _t, visiting, host in rows for person in (visiting, host)]
    assert len(tables) == len(set(tables)) == N
    assert len(people) == len(set(people)) == 2 * N


def test_fifty_moves_into_a_one_table_slot_book_it_exactly_once():
    version, meetings, target = crowded_draft(target_tables=1)

    wins, codes, errors = race([lambda meeting=meeting: move_meeting(meeting=meeting, slot=target)
                                for meeting in meetings])

    assert errors == []
    assert (len(wins), codes) == (1, ["not_free"] * (N - 1))
    assert list(Meeting.objects.filter(version=version, slot=target).values_list("table", flat=True)) == [1]
    assert_nothing_booked_twice(version)


def test_fifty_moves_of_one_hosts_meetings_into_one_slot_get_fifty_tables_and_people():
    version, meetings, target = crowded_draft(target_tables=N)

    wins, codes, errors = race([lambda meeting=meeting: move_meeting(meeting=meeting, slot=target)
                                for meeting in meetings])

    assert (errors, codes, len(wins)) == ([], [], N)
    moved = Meeting.objects.filter(version=version, slot=target)
    assert sorted(moved.values_list("table", flat=True)) == list(range(1, N + 1))
    assert moved.values("host_person").distinct().count() == N
    assert_nothing_booked_twice(version)


def test_fifty_answers_to_one_request_at_once_leave_exactly_one(world):
    meeting_request = send_request(requester=world.visiting, recipient=world.host, by=None)
    host_user = world.users["host"]
    calls = [(lambda: accept_request(meeting_request=meeting_request, by=host_user)) if i % 2 else
             (lambda: decline_request(meeting_request=meeting_request, by=host_user)) for i in range(N)]

    wins, codes, errors = race(calls)

    assert (errors, len(wins), codes) == ([], 1, ["not_pending"] * (N - 1))
    meeting_request.refresh_from_db()
    assert meeting_request.status in (RequestStatus.ACCEPTED, RequestStatus.DECLINED)


def test_fifty_representatives_requesting_the_same_partner_at_once_open_one_request(world):
    colleagues = [Person.objects.create(organization=world.visiting, first_name="Rep", last_name=str(i),
                                        email=f"rep{i}@maple.example") for i in range(3)]
    assert colleagues  # the requests come from several people of the same organization

    wins, codes, errors = race([lambda: send_request(requester=world.visiting, recipient=world.host, by=None)] * N)

    assert (errors, len(wins), codes) == ([], 1, ["duplicate"] * (N - 1))
    assert MeetingRequest.objects.filter(requester=world.visiting, recipient=world.host).count() == 1


def test_fifty_accepts_of_fifty_requests_to_one_host_all_land():
    """Different requests to the same recipient do not block each other into errors."""
    world = small_mission(slug="answers", tables=2, interpreters={})
    hub = add_org(world, "Hub", side=Side.HOST, people={"Hal": ["en"]})
    requests = []
    for i in range(N):
        visiting = add_org(world, f"V{i:02d}", side=Side.VISITING, people={f"P{i:02d}": ["en"]})
        requests.append(MeetingRequest.objects.create(
            mission=world.mission, requester=visiting, recipient=hub,
            expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3)))

    wins, codes, errors = race([lambda r=r: accept_request(meeting_request=r, by=None) for r in requests])

    assert (errors, codes, len(wins)) == ([], [], N)
    assert MeetingRequest.objects.filter(recipient=hub, status=RequestStatus.ACCEPTED).count() == N
