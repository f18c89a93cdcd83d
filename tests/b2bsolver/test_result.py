import json

import pytest

from b2bsolver import ProblemError, dump_result, load_result, loads_result
from b2bsolver.result import Meeting, Result, Stats, Unscheduled

RESULT = Result(
    status="feasible",
    meetings=(Meeting("r1", "s0", 1, "en-es"), Meeting("r2", "s1", 2, None)),
    unscheduled=(Unscheduled("r3", "a and b share no available slot"),),
    stats=Stats(
        meetings=2,
        weight=3.5,
        upper_bound=4.0,
        idle_gaps=1,
        moved=1,
        dropped=0,
        seconds=0.5,
        extra={"fairness_shortfall": 2},
    ),
)


def test_dump_has_exactly_the_spec_keys():
    data = dump_result(RESULT)
    assert data == {
        "format": "b2b-result/1",
        "status": "feasible",
        "meetings": [
            {"request": "r1", "slot": "s0", "table": 1, "interpreter": "en-es"},
            {"request": "r2", "slot": "s1", "table": 2, "interpreter": None},
        ],
        "unscheduled": [{"request": "r3", "reason": "a and b share no available slot"}],
        "stats": {
            "meetings": 2,
            "weight": 3.5,
            "upper_bound": 4.0,
            "idle_gaps": 1,
            "moved": 1,
            "dropped": 0,
            "seconds": 0.5,
            "fairness_shortfall": 2,
        },
    }


def test_round_trip_and_unknown_keys():
    data = json.loads(json.dumps(dump_result(RESULT)))
    data["engine"] = "other"
    data["meetings"][0]["room"] = "B"
    assert load_result(data) == RESULT


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("nope", "result: bad JSON: Expecting value: line 1 column 1 (char 0)"),
        ('{"status": "done"}', "result: unknown status 'done'"),
        ('{"format": "x", "status": "optimal"}', "result: unsupported format 'x', expected 'b2b-result/1'"),
        (
            '{"status": "optimal", "meetings": [{"request": "r1", "slot": "s0", "table": "7"}]}',
            "result meetings[0]: 'table' must be an integer, got '7'",
        ),
        ('{"status": "optimal", "stats": {"meetings": 1.5}}', "result stats: 'meetings' must be an integer, got 1.5"),
    ],
)
def test_malformed_results(text, message):
    with pytest.raises(ProblemError) as caught:
        loads_result(text)
    assert str(caught.value) == message
