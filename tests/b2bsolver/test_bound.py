import pytest

from b2bsolver import check, load_problem, solve
from b2bsolver.bound import build, columns_cost
from b2bsolver.highs import solve as highs_solve
from b2bsolver.model import build_index
from tests.b2bsolver.build import problem, slots


def _lp_value(data) -> float:
    idx = build_index(load_problem(data))
    reqs = [r for r in range(len(idx.req_ids)) if idx.options[r]]
    relax = build(idx, reqs, columns_cost(idx, reqs))
    return highs_solve(relax.program, time_limit=5, seed=0).objective


@pytest.mark.parametrize(
    ("data", "lp"),
    [
        # a triangle of single-seat people in one slot: LP 1.5, integral optimum 1
        (problem(slot_list=slots(1), people=["a", "b", "c"], requests=[("a", "b"), ("b", "c"), ("a", "c")]), 1.5),
        # a star is integral
        (problem(slot_list=slots(2), people=["a", "b", "c", "d"], requests=[("a", "b"), ("a", "c"), ("a", "d")]), 2.0),
        # tables bind
        (
            problem(
                slot_list=slots(2, tables=1),
                people=["a", "b", "c", "d", "e", "f"],
                requests=[("a", "b"), ("c", "d"), ("e", "f")],
            ),
            2.0,
        ),
        # interpreters bind
        (
            problem(
                slot_list=slots(3, interpreters={"en-es": 1}),
                people=[
                    {"id": "a", "languages": ["en"]},
                    {"id": "b", "languages": ["es"]},
                    {"id": "c", "languages": ["es"]},
                    {"id": "d", "languages": ["en"]},
                    {"id": "e", "languages": ["es"]},
                ],
                requests=[("a", "b"), ("c", "d"), ("d", "e"), ("a", "c")],
            ),
            3.0,
        ),
        # max_meetings binds
        (
            problem(
                people=[{"id": "a", "max_meetings": 2}, "b", "c", "d"], requests=[("a", "b"), ("a", "c"), ("a", "d")]
            ),
            2.0,
        ),
    ],
)
def test_lp_relaxation_value(data, lp):
    assert _lp_value(data) == pytest.approx(lp)


def test_fractional_lp_is_closed_by_the_exact_solve():
    data = problem(slot_list=slots(1), people=["a", "b", "c"], requests=[("a", "b"), ("b", "c"), ("a", "c")])
    p = load_problem(data)
    result = solve(p, time_limit=1.0)
    assert check(p, result) == []
    assert (result.status, result.stats.weight, result.stats.upper_bound) == ("optimal", 1.0, 1.0)
