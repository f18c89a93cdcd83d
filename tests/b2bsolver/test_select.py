import pytest

from b2bsolver import load_problem
from b2bsolver.model import build_index
from b2bsolver.select import components
from tests.b2bsolver.build import problem, slots

TWO_CITIES = slots(2, city="mexico-city") + slots(2, city="monterrey", prefix="m", day="2026-02-18")


@pytest.mark.parametrize(
    ("people", "groups"),
    [
        # ca-1 meets one host per city; nothing links the cities: two parts
        (
            [{"id": "ca-1"}, {"id": "mx-1", "available": ["s0", "s1"]}, {"id": "mx-2", "available": ["m0", "m1"]}],
            [["r1"], ["r2"]],
        ),
        # a total limit on ca-1 links its meetings in both cities: one part
        (
            [
                {"id": "ca-1", "max_meetings": 1},
                {"id": "mx-1", "available": ["s0", "s1"]},
                {"id": "mx-2", "available": ["m0", "m1"]},
            ],
            [["r1", "r2"]],
        ),
        # a host available in both cities links them through its request's slots
        ([{"id": "ca-1"}, {"id": "mx-1"}, {"id": "mx-2", "available": ["m0", "m1"]}], [["r1", "r2"]]),
    ],
)
def test_independent_parts(people, groups):
    data = problem(slot_list=TWO_CITIES, people=people, requests=[("ca-1", "mx-1"), ("ca-1", "mx-2")])
    idx = build_index(load_problem(data))
    parts = components(idx, list(range(len(idx.req_ids))))
    assert [[idx.req_ids[r] for r in part] for part in parts] == groups
