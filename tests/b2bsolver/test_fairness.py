import time

import pytest

from b2bsolver import load_problem
from b2bsolver.fairness import rebalance
from b2bsolver.model import Schedule, build_index, shortfall
from tests.b2bsolver.build import problem, slots


@pytest.mark.parametrize(
    ("b_min", "w1", "held"),
    [
        (0, 1, ["r2"]),  # c is below its minimum; b can spare its meeting: a meets c instead
        (1, 1, ["r1"]),  # b would fall below its own minimum
        (0, 2, ["r1"]),  # the exchange would lower the weight
    ],
)
def test_rebalance_exchanges_only_when_nobody_else_suffers(b_min, w1, held):
    data = problem(
        slot_list=slots(1),
        people=["a", {"id": "b", "min_meetings": b_min}, {"id": "c", "min_meetings": 1}],
        requests=[{"a": "a", "b": "b", "weight": w1}, {"a": "a", "b": "c", "weight": 1}],
    )
    idx = build_index(load_problem(data))
    sched = Schedule(idx)
    sched.place(0, 0, None)
    rebalance(idx, sched, deadline=time.monotonic() + 5)
    assert [idx.req_ids[r] for r in sched.scheduled()] == held


def test_shortfall_counts_largest_and_total():
    data = problem(people=[{"id": "a", "min_meetings": 3}, {"id": "b", "min_meetings": 1}, "c"], requests=[("a", "b")])
    idx = build_index(load_problem(data))
    assert shortfall(idx, [1, 0, 0]) == (2, 3)
