import pytest

from b2bsolver import load_problem
from b2bsolver.model import Schedule, build_index, idle_gaps, interpreter_pairs
from tests.b2bsolver.build import problem, slots


@pytest.mark.parametrize(
    ("a", "b", "pairs"),
    [
        (None, ["es"], None),
        (["en"], ["en", "es"], None),
        (["en"], ["es"], ["en-es"]),
        (["fr", "en"], ["es"], ["en-es", "es-fr"]),
        ([], ["es"], []),
    ],
)
def test_interpreter_pairs(a, b, pairs):
    as_set = None if a is None else frozenset(a)
    assert interpreter_pairs(as_set, None if b is None else frozenset(b)) == pairs


@pytest.mark.parametrize(
    ("people", "extra", "slot_list", "reason"),
    [
        (
            [{"id": "a", "available": ["s0"]}, {"id": "b", "available": ["s1"]}],
            {},
            None,
            "a and b share no available slot",
        ),
        ([{"id": "a", "available": ["s0"]}, "b"], {"slot": "s2"}, None, "pinned slot s2 is not available to a"),
        (["a", "b"], {}, slots(2, tables=0), "no table in any common slot"),
        (
            ["a", "b"],
            {"slot": "s1"},
            [*slots(1), {"id": "s1", "start": "2026-02-16T10:00:00-06:00", "tables": 0}],
            "no table in pinned slot s1",
        ),
        (
            [{"id": "a", "languages": ["fr"]}, {"id": "b", "languages": ["es"]}],
            {},
            slots(2, interpreters={"en-es": 2}),
            "no es-fr interpreter in any common slot",
        ),
        ([{"id": "a", "max_meetings": 0}, "b"], {}, None, "a has max_meetings 0"),
    ],
)
def test_requests_that_can_never_be_held_say_why(people, extra, slot_list, reason):
    idx = build_index(
        load_problem(problem(slot_list=slot_list, people=people, requests=[{"a": "a", "b": "b", **extra}]))
    )
    assert (idx.options[0], idx.reasons) == ([], {0: reason})


def test_options_are_in_time_order_with_pairs():
    data = problem(
        slot_list=[
            {"id": "late", "start": "2026-02-16T11:00:00-06:00", "interpreters": {"en-es": 1}},
            {"id": "early", "start": "2026-02-16T09:00:00-06:00", "interpreters": {"en-es": 1, "es-fr": 1}},
        ],
        people=[{"id": "a", "languages": ["en", "fr"]}, {"id": "b", "languages": ["es"]}],
        requests=[("a", "b")],
    )
    idx = build_index(load_problem(data))
    assert [(idx.slot_ids[t], pair) for t, pair in idx.options[0]] == [
        ("early", "en-es"),
        ("early", "es-fr"),
        ("late", "en-es"),
    ]


def test_schedule_counters_and_gaps():
    data = problem(slot_list=slots(4), people=["a", "b", "c"], requests=[("a", "b"), ("a", "c")])
    idx = build_index(load_problem(data))
    sched = Schedule(idx)
    sched.place(0, 0, None)
    sched.place(1, 3, None)
    assert (sched.total, idle_gaps(sched), sched.fits(1, 0, None)) == ([2, 1, 1], 2, False)
    sched.place(1, 1, None)  # moving keeps totals
    assert (sched.total, idle_gaps(sched), sched.tables_used) == ([2, 1, 1], 0, [1, 1, 0, 0])
    sched.remove(0)
    assert (sched.total, sched.scheduled(), sched.weight()) == ([1, 0, 1], [1], 1.0)
