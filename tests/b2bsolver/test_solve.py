import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b2bsolver import check, load_problem, solve
from tests.b2bsolver.brute import best_weight
from tests.b2bsolver.build import problem, slots

FAST = 1.0  # seconds: tiny problems finish far sooner


def _solve(data, **kw):
    p = load_problem(data)
    result = solve(p, time_limit=kw.pop("time_limit", FAST), **kw)
    assert check(p, result) == []
    return result


def _placed(result) -> dict[str, str]:
    return {m.request: m.slot for m in result.meetings}


@pytest.mark.parametrize(
    ("data", "meetings", "weight"),
    [
        # availability: only s2 is common
        (
            problem(
                people=[{"id": "a", "available": ["s1", "s2"]}, {"id": "b", "available": ["s0", "s2"]}],
                requests=[("a", "b")],
            ),
            {"r1": "s2"},
            1.0,
        ),
        # seats: one seat and one slot -> only the heavier of two meetings
        (
            problem(
                slot_list=slots(1),
                people=["a", "b", "c"],
                requests=[{"a": "a", "b": "b", "weight": 1}, {"a": "a", "b": "c", "weight": 2}],
            ),
            {"r2": "s0"},
            2.0,
        ),
        # two seats hold both at once
        (
            problem(slot_list=slots(1), people=[{"id": "a", "seats": 2}, "b", "c"], requests=[("a", "b"), ("a", "c")]),
            {"r1": "s0", "r2": "s0"},
            2.0,
        ),
        # tables: one table per slot, two slots, three disjoint pairs
        (
            problem(
                slot_list=slots(2, tables=1),
                people=["a", "b", "c", "d", "e", "f"],
                requests=[
                    {"a": "a", "b": "b", "weight": 3},
                    {"a": "c", "b": "d", "weight": 2},
                    {"a": "e", "b": "f", "weight": 1},
                ],
            ),
            {"r1": "*", "r2": "*"},
            5.0,
        ),
        # zero tables: nothing
        (problem(slot_list=slots(2, tables=0), people=["a", "b"], requests=[("a", "b")]), {}, 0.0),
        # max_meetings caps a participant over the whole problem
        (
            problem(
                people=[{"id": "a", "max_meetings": 1}, "b", "c"],
                requests=[{"a": "a", "b": "b", "weight": 1}, {"a": "a", "b": "c", "weight": 4}],
            ),
            {"r2": "*"},
            4.0,
        ),
        # pinned: only in its slot
        (problem(people=["a", "b"], requests=[{"a": "a", "b": "b", "slot": "s2"}]), {"r1": "s2"}, 1.0),
    ],
)
# "*": held in any slot
def test_hard_constraints(data, meetings, weight):
    result = _solve(data)
    placed = {r: "*" if meetings.get(r) == "*" else slot for r, slot in _placed(result).items()}
    assert (placed, result.stats.weight, result.status) == (meetings, weight, "optimal")


def test_interpreters_are_assigned_and_counted():
    data = problem(
        slot_list=slots(2, interpreters={"en-es": 1}),
        people=[
            {"id": "a", "languages": ["en"]},
            {"id": "b", "languages": ["es"]},
            {"id": "c", "languages": ["es", "en"]},
            {"id": "d", "languages": ["en"]},
            {"id": "e", "languages": ["fr"]},
        ],
        requests=[("a", "b"), ("c", "a"), ("d", "b"), ("e", "b")],
    )
    result = _solve(data)
    by_request = {m.request: m.interpreter for m in result.meetings}
    assert by_request == {"r1": "en-es", "r2": None, "r3": "en-es"}
    assert {u.request: u.reason for u in result.unscheduled} == {"r4": "no es-fr interpreter in any common slot"}


def test_table_numbers_are_distinct_within_a_slot():
    data = problem(
        slot_list=slots(1, tables=3),
        people=["a", "b", "c", "d", "e", "f"],
        requests=[("a", "b"), ("c", "d"), ("e", "f")],
    )
    result = _solve(data)
    assert sorted(m.table for m in result.meetings) == [1, 2, 3]


def test_fairness_prefers_the_participant_below_its_minimum():
    # b or c gets the single slot of a; c asks for at least one meeting, equal weights.
    data = problem(
        slot_list=slots(1), people=["a", "b", {"id": "c", "min_meetings": 1}], requests=[("a", "b"), ("a", "c")]
    )
    result = _solve(data)
    assert (_placed(result), result.stats.extra["fairness_shortfall"]) == ({"r2": "s0"}, 0)


def test_weight_comes_before_fairness():
    data = problem(
        slot_list=slots(1),
        people=["a", "b", {"id": "c", "min_meetings": 1}],
        requests=[{"a": "a", "b": "b", "weight": 2}, ("a", "c")],
    )
    result = _solve(data)
    assert (_placed(result), result.stats.extra["fairness_shortfall"]) == ({"r1": "s0"}, 1)


def test_idle_gaps_are_closed():
    # a meets b, c, d; any order in three consecutive slots of one day has no gap for anybody.
    data = problem(slot_list=slots(5), people=["a", "b", "c", "d"], requests=[("a", "b"), ("a", "c"), ("a", "d")])
    result = _solve(data)
    assert result.stats.idle_gaps == 0


def test_unavailable_slot_is_not_idle():
    data = problem(
        slot_list=slots(3),
        people=[{"id": "a", "available": ["s0", "s2"]}, "b", "c"],
        requests=[{"a": "a", "b": "b", "slot": "s0"}, {"a": "a", "b": "c", "slot": "s2"}],
    )
    assert _solve(data).stats.idle_gaps == 0


def test_days_are_separate_sequences():
    two_days = slots(2, day="2026-02-16") + slots(2, day="2026-02-17", prefix="t")
    data = problem(
        slot_list=two_days,
        people=["a", "b", "c"],
        requests=[{"a": "a", "b": "b", "slot": "s0"}, {"a": "a", "b": "c", "slot": "t1"}],
    )
    assert _solve(data).stats.idle_gaps == 0


@pytest.mark.parametrize(
    ("data", "reasons"),
    [
        (
            problem(
                people=[{"id": "ca-0012", "available": ["s0"]}, {"id": "mx-0040", "available": ["s1"]}],
                requests=[{"id": "r-1", "a": "ca-0012", "b": "mx-0040", "required": True}],
            ),
            {"r-1": "ca-0012 and mx-0040 share no available slot"},
        ),
        (
            problem(
                slot_list=slots(2, interpreters={"en-es": 3}),
                people=[{"id": "a", "languages": ["fr"]}, {"id": "b", "languages": ["es"]}],
                requests=[{"a": "a", "b": "b", "required": True}],
            ),
            {"r1": "no es-fr interpreter in any common slot"},
        ),
        (
            problem(
                people=[{"id": "ca-0012", "available": ["s0"]}, "b"],
                requests=[{"a": "ca-0012", "b": "b", "required": True, "slot": "s1"}],
            ),
            {"r1": "pinned slot s1 is not available to ca-0012"},
        ),
        (
            problem(
                slot_list=slots(1),
                people=["a", "b", "c"],
                requests=[{"a": "a", "b": "b", "required": True}, {"a": "a", "b": "c", "required": True}],
            ),
            {"r2": "required together with r1 but a has no free seat for all of them in their usable slots"},
        ),
        (
            problem(
                people=[{"id": "a", "max_meetings": 1}, "b", "c"],
                requests=[{"a": "a", "b": "b", "required": True}, {"a": "a", "b": "c", "required": True}],
            ),
            {"r2": "required together with r1 but a allows fewer meetings (max_meetings)"},
        ),
    ],
)
def test_infeasible_results_say_why(data, reasons):
    # The result still carries a best-effort schedule (r1 in the conflicts), so only what is left out is listed.
    result = _solve(data)
    listed = {u.request: u.reason for u in result.unscheduled}
    assert (result.status, listed) == ("infeasible", reasons)


def test_pinned_but_not_required_is_simply_left_out():
    data = problem(people=[{"id": "a", "available": ["s0"]}, "b"], requests=[{"a": "a", "b": "b", "slot": "s1"}])
    result = _solve(data)
    assert (result.status, [(u.request, u.reason) for u in result.unscheduled]) == (
        "optimal",
        [("r1", "pinned slot s1 is not available to a")],
    )


def test_required_request_wins_over_heavier_one():
    data = problem(
        slot_list=slots(1),
        people=["a", "b", "c"],
        requests=[{"a": "a", "b": "b", "weight": 9}, {"a": "a", "b": "c", "required": True}],
    )
    assert _placed(_solve(data)) == {"r2": "s0"}


def test_same_seed_same_schedule():
    people = [f"p{i}" for i in range(8)]
    reqs = [(people[i], people[j]) for i in range(8) for j in range(i + 1, 8) if (i + j) % 3 == 0]
    data = problem(slot_list=slots(6, tables=3), people=people, requests=reqs)
    first, second = _solve(data, seed=7), _solve(data, seed=7)
    assert first.meetings == second.meetings


def test_empty_request_list():
    result = _solve(problem(people=["a"], requests=[]))
    assert (result.status, result.meetings, result.stats.weight, result.stats.upper_bound) == ("optimal", (), 0.0, 0.0)


@st.composite
def tiny_problems(draw):
    n_slots = draw(st.integers(1, 3))
    n_people = draw(st.integers(2, 4))
    slot_list = []
    for k in range(n_slots):
        tables = draw(st.one_of(st.none(), st.integers(0, 2)))
        interpreters = draw(st.dictionaries(st.sampled_from(["en-es", "es-fr"]), st.integers(0, 1)))
        slot_list.append(
            {
                "id": f"s{k}",
                "start": f"2026-02-16T{9 + k:02d}:00:00-06:00",
                "tables": tables,
                "interpreters": interpreters,
            }
        )
    ids = [s["id"] for s in slot_list]
    people = []
    for i in range(n_people):
        person = {"id": f"p{i}", "seats": draw(st.integers(1, 2))}
        if draw(st.booleans()):
            person["available"] = draw(st.lists(st.sampled_from(ids), unique=True))
        if draw(st.booleans()):
            person["languages"] = draw(
                st.lists(st.sampled_from(["en", "es", "fr"]), min_size=1, max_size=2, unique=True)
            )
        if draw(st.booleans()):
            person["max_meetings"] = draw(st.integers(0, 2))
        person["min_meetings"] = draw(st.integers(0, 2))
        people.append(person)
    pairs = [(f"p{i}", f"p{j}") for i in range(n_people) for j in range(i + 1, n_people)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=5))
    reqs = []
    for a, b in chosen:
        reqs.append(
            {
                "a": a,
                "b": b,
                "weight": draw(st.sampled_from([1, 1.5, 2, 3])),
                "required": draw(st.booleans()) and draw(st.booleans()),
                "slot": draw(st.one_of(st.none(), st.sampled_from(ids))) if draw(st.booleans()) else None,
            }
        )
    return problem(slot_list=slot_list, people=people, requests=reqs)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(tiny_problems())
def test_matches_brute_force(data):
    p = load_problem(data)
    result = solve(p, time_limit=FAST)
    assert check(p, result) == []
    expected = best_weight(p)
    if expected is None:
        assert result.status == "infeasible"
    else:
        assert result.status == "optimal"
        assert result.stats.weight == pytest.approx(expected)
        assert result.stats.upper_bound >= result.stats.weight
