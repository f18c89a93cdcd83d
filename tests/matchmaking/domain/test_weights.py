import pytest

from trademission.matchmaking.domain.preferences import set_preference
from trademission.matchmaking.domain.recommendations import MissionMatcher
from trademission.matchmaking.domain.requests import accept_request, decline_request, send_request
from trademission.matchmaking.domain.weights import forbidden_pairs, request_weight, scheduler_pairs


@pytest.mark.parametrize(("visiting", "host", "status", "score", "expected"), [
    ("", "", None, 0.5, 0.0),  # nobody asked
    ("would_like", "", None, 0.5, 0.5),  # 2 × 0.25 × 1.0
    ("must_meet", "must_meet", None, 0.5, 1.25),
    ("", "", "pending", 0.5, 0.5),
    ("", "", "accepted", 0.5, 1.0),
    ("must_meet", "would_like", "accepted", 0.5, 4.0),
    ("must_meet", "would_like", "accepted", 0.0, 2.0),
    ("must_meet", "no_thanks", "accepted", 0.9, 0.0),  # a no-thanks always wins
    ("no_thanks", "", None, 0.9, 0.0),
    ("must_meet", "", "declined", 0.9, 0.0),
    ("", "", "cancelled", 0.9, 0.0),
    ("", "", "expired", 0.5, 0.1),
])
def test_request_weight(visiting, host, status, score, expected):
    assert request_weight(visiting_preference=visiting, host_preference=host, status=status,
                          score=score) == expected


def test_the_scheduler_gets_weighted_pairs_and_never_a_no_thanks(world):
    meeting_request = send_request(requester=world.host, recipient=world.visiting, by=None)
    accept_request(meeting_request=meeting_request, by=None)
    set_preference(organization=world.visiting, target=world.host, level="must_meet")

    [pair] = scheduler_pairs(mission=world.mission)

    assert (pair.visiting_id, pair.host_id, pair.must_meet, pair.accepted) == (world.visiting.pk, world.host.pk,
                                                                                True, True)
    [(_host, signals)] = MissionMatcher(world.mission).signals_for(world.visiting.pk)
    assert pair.weight == request_weight(visiting_preference="must_meet", status="accepted", score=signals.score)
    assert forbidden_pairs(mission=world.mission) == set()

    set_preference(organization=world.host, target=world.visiting, level="no_thanks")

    assert scheduler_pairs(mission=world.mission) == []
    assert forbidden_pairs(mission=world.mission) == {(world.visiting.pk, world.host.pk)}


def test_a_declined_request_removes_the_pair(world):
    decline_request(meeting_request=send_request(requester=world.visiting, recipient=world.host, by=None), by=None)

    assert scheduler_pairs(mission=world.mission) == []
