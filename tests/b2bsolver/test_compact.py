import time

import pytest

from b2bsolver import check, load_problem
from b2bsolver.compact import day_gaps, move_delta, polish, restart_earliest
from b2bsolver.descend import descend
from b2bsolver.model import Schedule, build_index, idle_gaps
from b2bsolver.retime import improve
from b2bsolver.solver import result_from_schedule
from tests.b2bsolver.build import problem, slots


def _spread():
    """a meets b, c, d in s0, s2, s4 of one day: two idle gaps for a, none for the others."""
    p = load_problem(
        problem(slot_list=slots(5), people=["a", "b", "c", "d"], requests=[("a", "b"), ("a", "c"), ("a", "d")])
    )
    idx = build_index(p)
    sched = Schedule(idx)
    for r, t in enumerate((0, 2, 4)):
        sched.place(r, t, None)
    return p, idx, sched


def test_day_gaps_and_move_delta():
    _p, idx, sched = _spread()
    assert day_gaps(idx, sched, 0, 0) == 2
    assert day_gaps(idx, sched, 0, 0, extra=1) == 1
    assert day_gaps(idx, sched, 0, 0, missing=4) == 1
    assert move_delta(idx, sched, 0, 4, 1) == -2


def _polish(idx, sched):
    polish(idx, sched, list(range(len(idx.part_ids))), deadline=time.monotonic() + 5)


def _descend(idx, sched):
    descend(idx, sched, steps=2000, deadline=time.monotonic() + 5, seed=1)


def _anneal(idx, sched):
    descend(idx, sched, steps=2000, deadline=time.monotonic() + 5, seed=1, temperature=0.5)
    _polish(idx, sched)


def _retime(idx, sched):
    improve(idx, sched, max_steps=50, deadline=time.monotonic() + 5, seed=1)


@pytest.mark.parametrize("step", [_polish, _descend, _anneal, _retime])
def test_gap_moves_close_gaps_and_keep_the_meetings(step):
    p, idx, sched = _spread()
    before = sched.scheduled()
    step(idx, sched)
    assert (sched.scheduled(), idle_gaps(sched)) == (before, 0)
    assert check(p, result_from_schedule(idx, sched, upper_bound=3.0, start=time.monotonic())) == []


def test_restart_front_loads_the_day():
    _p, idx, sched = _spread()
    assert restart_earliest(idx, sched)
    assert sorted(sched.slot_of) == [0, 1, 2]


def test_repair_keeps_published_meetings_in_place():
    _p, idx, sched = _spread()
    prev = [0, 2, 4]
    polish(idx, sched, [0, 1, 2, 3], deadline=time.monotonic() + 5, prev_slot=prev)
    descend(idx, sched, steps=500, deadline=time.monotonic() + 5, seed=1, prev_slot=prev)
    assert sched.slot_of == [0, 2, 4]


def test_polish_with_chained_partners():
    # a meets b in s0 and d in s3 (two idle slots for a); b also meets c in s1.
    p = load_problem(
        problem(slot_list=slots(4), people=["a", "b", "c", "d"], requests=[("a", "b"), ("b", "c"), ("a", "d")])
    )
    idx = build_index(p)
    sched = Schedule(idx)
    for r, t in enumerate((0, 1, 3)):
        sched.place(r, t, None)
    before = idle_gaps(sched)
    _polish(idx, sched)
    assert idle_gaps(sched) < before
