"""Answers and requests racing on real parallel connections: exactly one wins."""

import pytest

from tests.reliability.race import postgres_only, race
from trademission.directory.models import Person
from trademission.matchmaking.domain.requests import accept_request, decline_request, send_request
from trademission.matchmaking.models import MeetingRequest

pytestmark = postgres_only("row locks need PostgreSQL; SQLite serializes writers anyway")


@pytest.mark.parametrize("rounds", range(3))
def test_an_accept_and_a_decline_at_once_leave_one_answer(world, rounds):
    meeting_request = send_request(requester=world.visiting, recipient=world.host, by=None)
    colleague = Person.objects.create(organization=world.host, first_name="Ana", last_name=f"Ruiz {rounds}",
                                      email=f"ana{rounds}@agua.example")

    wins, codes, errors = race([lambda: accept_request(meeting_request=meeting_request, by=world.users["host"]),
                                lambda: decline_request(meeting_request=meeting_request, by=colleague.user)])

    assert (len(wins), codes, errors) == (1, ["not_pending"], [])


@pytest.mark.parametrize("rounds", range(3))
def test_two_representatives_requesting_the_same_partner_at_once_open_one_request(world, rounds):
    wins, codes, errors = race([lambda: send_request(requester=world.visiting, recipient=world.host, by=None)] * 3)

    assert (len(wins), codes, errors, MeetingRequest.objects.count()) == (1, ["duplicate", "duplicate"], [], 1)
