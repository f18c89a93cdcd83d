import json

import pytest

from b2bsolver.problem import ProblemError, dump_problem, load_problem, loads_problem
from tests.b2bsolver.build import problem, slots


def _base() -> dict:
    return problem(people=["a", "b", "c"], requests=[("a", "b"), ("b", "c")])


def test_defaults_are_filled():
    p = load_problem(_base())
    slot = p.slots[0]
    assert (slot.city, slot.minutes, slot.tables, slot.interpreters) == ("mexico-city", 20, None, {})
    person = p.participants[0]
    assert (person.side, person.seats, person.available, person.languages) == ("", 1, None, None)
    assert (person.max_meetings, person.min_meetings) == (None, 0)
    req = p.requests[0]
    assert (req.weight, req.required, req.slot) == (1.0, False, None)
    assert p.previous is None


@pytest.mark.parametrize("languages", [None, []])
def test_no_languages_given_means_speaking_with_everyone(languages):
    data = _base()
    data["participants"][0]["languages"] = languages
    data["participants"][1]["languages"] = ["es"]

    assert load_problem(data).participants[0].languages is None


def test_unknown_keys_are_ignored():
    data = _base()
    data["future"] = {"x": 1}
    data["slots"][0]["colour"] = "red"
    data["participants"][0]["nickname"] = "A"
    data["requests"][0]["note"] = "hi"
    assert load_problem(data) == load_problem(_base())


def test_round_trip_through_dump():
    data = problem(
        slot_list=slots(2, tables=3, interpreters={"en-es": 1}),
        people=[
            {"id": "a", "seats": 2, "languages": ["en"], "available": ["s0"], "max_meetings": 3, "min_meetings": 1},
            "b",
        ],
        requests=[{"a": "a", "b": "b", "weight": 2.5, "required": True, "slot": "s0"}],
        previous=[{"request": "r1", "slot": "s0"}],
    )
    p = load_problem(data)
    assert load_problem(json.loads(json.dumps(dump_problem(p)))) == p


def _mutate(path: str, value):
    data = _base()
    target = data
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last: str | int = int(keys[-1]) if keys[-1].isdigit() else keys[-1]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("slots", [], "problem: 'slots' must not be empty"),
        ("slots", KeyError, "problem: missing required key 'slots'"),
        ("participants", KeyError, "problem: missing required key 'participants'"),
        ("requests", KeyError, "problem: missing required key 'requests'"),
        ("requests", {"r1": {}}, "problem: 'requests' must be a list, got dict"),
        ("format", "b2b-problem/2", "problem: unsupported format 'b2b-problem/2', expected 'b2b-problem/1'"),
        ("slots.0.id", KeyError, "slot[0]: missing required key 'id'"),
        ("slots.1.id", "s0", "duplicate slot id 's0'"),
        ("slots.0.start", "9am", "slot 's0': 'start' is not an ISO-8601 datetime: '9am'"),
        ("slots.0.start", "2026-02-16T09:00:00", "slot 's0': 'start' needs a UTC offset: '2026-02-16T09:00:00'"),
        ("slots.0.minutes", 0, "slot 's0': 'minutes' must be >= 1, got 0"),
        ("slots.0.tables", -1, "slot 's0': 'tables' must be >= 0, got -1"),
        ("slots.0.tables", "many", "slot 's0': 'tables' must be an integer, got 'many'"),
        (
            "slots.0.interpreters",
            {"es-en": 1},
            "slot 's0': interpreter key 'es-en' must be two distinct language codes in sorted order, like 'en-es'",
        ),
        ("slots.0.interpreters", {"en-es": -2}, "slot 's0': interpreters['en-es'] must be an integer >= 0, got -2"),
        ("participants.1.id", "a", "duplicate participant id 'a'"),
        ("participants.0.seats", 0, "participant 'a': 'seats' must be >= 1, got 0"),
        ("participants.0.seats", True, "participant 'a': 'seats' must be an integer, got True"),
        ("participants.0.available", ["s0", "nope"], "participant 'a': 'available' names unknown slot 'nope'"),
        ("participants.0.languages", ["en", 3], "participant 'a': 'languages' must be a list of language codes"),
        ("participants.0.max_meetings", -1, "participant 'a': 'max_meetings' must be >= 0, got -1"),
        ("participants.0", "a", "participant[0]: must be an object, got str"),
        ("requests.0.a", "zz", "request 'r1': unknown participant 'zz'"),
        ("requests.0.b", "a", "request 'r1': 'a' and 'b' are the same participant 'a'"),
        ("requests.0.weight", -1, "request 'r1': 'weight' must be > 0, got -1"),
        ("requests.0.weight", 0, "request 'r1': 'weight' must be > 0, got 0"),
        ("requests.0.weight", "high", "request 'r1': 'weight' must be a number, got 'high'"),
        ("requests.0.required", "yes", "request 'r1': 'required' must be true or false, got 'yes'"),
        ("requests.0.slot", "s9", "request 'r1': pinned to unknown slot 's9'"),
        ("requests.1.id", "r1", "duplicate request id 'r1'"),
        ("requests.1", {"id": "r2", "a": "b", "b": "a"}, "request 'r2': pair 'b'-'a' already requested by 'r1'"),
        ("previous", [{"request": "r9", "slot": "s0"}], "previous[0]: unknown request 'r9'"),
        ("previous", [{"request": "r1", "slot": "s9"}], "previous[0]: unknown slot 's9'"),
        (
            "previous",
            [{"request": "r1", "slot": "s0"}, {"request": "r1", "slot": "s1"}],
            "previous[1]: request 'r1' placed twice",
        ),
    ],
)
def test_malformed_input_names_the_offending_item(path, value, message):
    with pytest.raises(ProblemError) as caught:
        load_problem(_mutate(path, value))
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "problem: bad JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ("[]", "problem: must be an object, got list"),
    ],
)
def test_bad_json(text, message):
    with pytest.raises(ProblemError) as caught:
        loads_problem(text)
    assert str(caught.value) == message
