import pytest

from b2bsolver import check, load_problem, solve
from tests.b2bsolver.build import problem, slots


def _solve(data):
    p = load_problem(data)
    result = solve(p, time_limit=1.0)
    assert check(p, result) == []
    return result


def test_previous_schedule_is_kept_when_still_feasible():
    # Every slot is as good as any other for weight and gaps; the published one must win.
    previous = [{"request": "r1", "slot": "s2"}, {"request": "r2", "slot": "s1"}]
    data = problem(people=["a", "b", "c"], requests=[("a", "b"), ("a", "c")], previous=previous)
    result = _solve(data)
    assert ({m.request: m.slot for m in result.meetings}, result.stats.moved, result.stats.dropped) == (
        {"r1": "s2", "r2": "s1"},
        0,
        0,
    )


@pytest.mark.parametrize(
    ("people", "expected_moved", "expected_dropped"),
    [
        # b cancelled: its meeting is dropped, a's other meeting stays
        ([{"id": "a"}, {"id": "b", "available": []}, {"id": "c"}], 0, 1),
        # b is no longer free in s0: its meeting moves
        ([{"id": "a"}, {"id": "b", "available": ["s1", "s2"]}, {"id": "c"}], 1, 0),
    ],
)
def test_moved_and_dropped_are_counted(people, expected_moved, expected_dropped):
    previous = [{"request": "r1", "slot": "s0"}, {"request": "r2", "slot": "s1"}]
    data = problem(people=people, requests=[("a", "b"), ("a", "c")], previous=previous)
    result = _solve(data)
    assert (result.stats.moved, result.stats.dropped) == (expected_moved, expected_dropped)
    assert {m.request: m.slot for m in result.meetings}.get("r2") == "s1"


def test_freed_capacity_is_used_without_moving_published_meetings():
    # d cancels; the slot it leaves at table-limited s0 lets r3 in, and r1 stays put.
    previous = [{"request": "r1", "slot": "s0"}, {"request": "r2", "slot": "s0"}]
    data = problem(
        slot_list=slots(1, tables=2),
        people=["a", "b", "c", {"id": "d", "available": []}, "e", "f"],
        requests=[("a", "b"), ("c", "d"), ("e", "f")],
        previous=previous,
    )
    result = _solve(data)
    assert ({m.request: m.slot for m in result.meetings}, result.stats.moved, result.stats.dropped) == (
        {"r1": "s0", "r3": "s0"},
        0,
        1,
    )


def test_weight_still_comes_first_in_a_repair():
    # Keeping r1 in s0 would block the heavier r2, whose only slot is s0.
    previous = [{"request": "r1", "slot": "s0"}]
    data = problem(
        slot_list=slots(2),
        people=["a", "b", {"id": "c", "available": ["s0"]}],
        requests=[{"a": "a", "b": "b", "weight": 1}, {"a": "a", "b": "c", "weight": 3}],
        previous=previous,
    )
    result = _solve(data)
    assert ({m.request: m.slot for m in result.meetings}, result.stats.moved) == ({"r1": "s1", "r2": "s0"}, 1)
