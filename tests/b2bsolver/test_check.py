import dataclasses

import pytest

from b2bsolver import check, load_problem
from b2bsolver.result import Meeting, Result, Stats, Unscheduled
from tests.b2bsolver.build import problem, slots

PROBLEM = load_problem(
    problem(
        slot_list=slots(3, tables=2, interpreters={"en-es": 1}),
        people=[
            {"id": "a", "languages": ["en"], "max_meetings": 2, "available": ["s0", "s1", "s2"]},
            {"id": "b", "languages": ["es"], "available": ["s0", "s1"]},
            {"id": "c", "languages": ["en"], "seats": 1},
            {"id": "d"},
        ],
        requests=[
            {"a": "a", "b": "b", "weight": 2},
            {"a": "a", "b": "c", "required": True},
            {"a": "c", "b": "d", "slot": "s2"},
            {"a": "b", "b": "d"},
        ],
        previous=[{"request": "r1", "slot": "s0"}, {"request": "r4", "slot": "s1"}],
    )
)

VALID = Result(
    status="feasible",
    meetings=(
        Meeting("r1", "s0", 1, "en-es"),
        Meeting("r2", "s1", 1, None),
        Meeting("r3", "s2", 1, None),
        Meeting("r4", "s1", 2, None),
    ),
    unscheduled=(),
    stats=Stats(meetings=4, weight=5.0, upper_bound=5.0, idle_gaps=0, moved=0, dropped=0, seconds=0.1),
)


def _with(*, meetings=None, status=None, unscheduled=None, **stats) -> Result:
    return Result(
        status=status or VALID.status,
        meetings=VALID.meetings if meetings is None else tuple(meetings),
        unscheduled=VALID.unscheduled if unscheduled is None else tuple(unscheduled),
        stats=dataclasses.replace(VALID.stats, **stats),
    )


def _replace(k: int, **changes) -> list[Meeting]:
    out = list(VALID.meetings)
    out[k] = dataclasses.replace(out[k], **changes)
    return out


def test_valid_result_has_no_violation():
    assert check(PROBLEM, VALID) == []


@pytest.mark.parametrize(
    ("result", "violations"),
    [
        (_with(meetings=[*VALID.meetings, Meeting("r9", "s0", 2, None)]), ["meeting for unknown request 'r9'"]),
        (_with(meetings=[*VALID.meetings, Meeting("r4", "s2", 2, None)]), ["request r4 scheduled more than once"]),
        (
            _with(meetings=_replace(3, slot="x")),
            [
                "request r4 in unknown slot 'x'",
                "stats.dropped is 0, recount gives 1",
                "stats.weight is 5.0, recount gives 4.0",
            ],
        ),
        (_with(meetings=_replace(0, slot="s2", table=2), moved=1), ["request r1: b is not available in s2"]),
        (
            _with(meetings=_replace(2, slot="s1", table=3), idle_gaps=0),
            [
                "request r3 is pinned to s2 but scheduled in s1",
                "request r3: table 3 outside 1..2 in s1",
                "c holds 2 meetings in s1 with 1 seat(s)",
                "d holds 2 meetings in s1 with 1 seat(s)",
                "slot s1 holds 3 meetings with 2 tables",
            ],
        ),
        (_with(meetings=_replace(3, table=1)), ["request r4: table 1 used twice in s1"]),
        (_with(meetings=_replace(0, interpreter=None)), ["request r1 needs an interpreter of ['en-es'], got None"]),
        (_with(meetings=_replace(1, interpreter="en-es")), ["request r2 needs no interpreter but uses en-es"]),
        (
            _with(meetings=_replace(3, slot="s0", table=2), moved=1),
            ["b holds 2 meetings in s0 with 1 seat(s)", "stats.idle_gaps is 0, recount gives 1"],
        ),
        (
            _with(meetings=[m for m in VALID.meetings if m.request != "r2"]),
            [
                "required request r2 is not scheduled",
                "stats.meetings is 4, recount gives 3",
                "stats.weight is 5.0, recount gives 4.0",
            ],
        ),
        (_with(status="infeasible"), ["status infeasible but no unscheduled required request is listed"]),
        (_with(unscheduled=[Unscheduled("r1", "x")]), ["request r1 is both scheduled and unscheduled"]),
        (_with(idle_gaps=3), ["stats.idle_gaps is 3, recount gives 0"]),
        (_with(dropped=2), ["stats.dropped is 2, recount gives 0"]),
        (_with(upper_bound=4.0), ["stats.upper_bound 4.0 is below the weight 5.0"]),
    ],
)
def test_violations_are_named(result, violations):
    assert check(PROBLEM, result) == violations


def test_max_meetings():
    # a holds r1 and r2 (its limit is 2); a third meeting would break it.
    extra = load_problem(
        problem(
            slot_list=slots(3), people=[{"id": "a", "max_meetings": 1}, "b", "c"], requests=[("a", "b"), ("a", "c")]
        )
    )
    result = Result(
        status="feasible",
        meetings=(Meeting("r1", "s0", 1), Meeting("r2", "s1", 1)),
        unscheduled=(),
        stats=Stats(meetings=2, weight=2.0, upper_bound=2.0, idle_gaps=0),
    )
    assert check(extra, result) == ["a holds 2 meetings, max_meetings 1"]


def test_idle_gap_recount_skips_unavailable_slots():
    p = load_problem(
        problem(
            slot_list=slots(4),
            people=[{"id": "a", "available": ["s0", "s2", "s3"]}, "b", "c"],
            requests=[("a", "b"), ("a", "c")],
        )
    )
    result = Result(
        status="feasible",
        meetings=(Meeting("r1", "s0", 1), Meeting("r2", "s3", 1)),
        unscheduled=(),
        stats=Stats(meetings=2, weight=2.0, upper_bound=2.0, idle_gaps=1),
    )
    assert check(p, result) == []
