import pytest

from b2bsolver import load_problem
from b2bsolver.feasibility import explain, place_required
from b2bsolver.model import build_index
from tests.b2bsolver.build import problem, slots


@pytest.mark.parametrize(
    ("data", "status"),
    [
        (problem(slot_list=slots(2), people=["a", "b", "c"], requests=[("a", "b"), ("a", "c")]), "feasible"),
        (problem(slot_list=slots(1), people=["a", "b", "c"], requests=[("a", "b"), ("a", "c")]), "infeasible"),
        (
            problem(
                slot_list=slots(2, tables=1),
                people=["a", "b", "c", "d", "e", "f"],
                requests=[("a", "b"), ("c", "d"), ("e", "f")],
            ),
            "infeasible",
        ),
        (
            problem(
                slot_list=slots(3, interpreters={"en-es": 1}),
                people=[
                    {"id": "a", "languages": ["en"]},
                    {"id": "b", "languages": ["es"]},
                    {"id": "c", "languages": ["en"]},
                    {"id": "d", "languages": ["es"]},
                ],
                requests=[("a", "b"), ("c", "d")],
            ),
            "feasible",
        ),
        (problem(people=[{"id": "a", "max_meetings": 1}, "b", "c"], requests=[("a", "b"), ("a", "c")]), "infeasible"),
    ],
)
def test_all_required_at_once(data, status):
    idx = build_index(load_problem(data))
    outcome, placement = place_required(idx, list(range(len(idx.req_ids))), time_limit=5, seed=0)
    assert (outcome, len(placement)) == (status, len(idx.req_ids) if status == "feasible" else 0)


def test_explanation_is_a_minimal_conflict():
    # r1 and r2 fight over a's only slot; r3 is innocent and must not be blamed.
    data = problem(slot_list=slots(1), people=["a", "b", "c", "d", "e"], requests=[("a", "b"), ("a", "c"), ("d", "e")])
    idx = build_index(load_problem(data))
    reasons = explain(idx, [0, 1, 2], time_limit=5, seed=0)
    assert {idx.req_ids[r]: text for r, text in reasons.items()} == {
        "r1": "required together with r2 but a has no free seat for all of them in their usable slots",
        "r2": "required together with r1 but a has no free seat for all of them in their usable slots",
    }
