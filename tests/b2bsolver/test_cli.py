import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from b2bsolver.cli import main
from tests.b2bsolver.build import problem

GOOD = problem(people=["a", "b"], requests=[("a", "b")])
INFEASIBLE = problem(
    people=[{"id": "a", "available": ["s0"]}, {"id": "b", "available": ["s1"]}],
    requests=[{"a": "a", "b": "b", "required": True}],
)


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))


def test_file_to_file(tmp_path: Path):
    source, target = tmp_path / "p.json", tmp_path / "r.json"
    source.write_text(json.dumps(GOOD))
    assert main([str(source), "-o", str(target), "--time-limit", "1", "--seed", "3", "-q"]) == 0
    result = json.loads(target.read_text())
    assert (result["format"], result["status"], result["stats"]["meetings"]) == ("b2b-result/1", "optimal", 1)


def test_stdin_to_stdout(monkeypatch, capsys):
    _stdin(monkeypatch, json.dumps(GOOD))
    assert main(["-", "--time-limit", "1"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["meetings"] == [{"request": "r1", "slot": "s0", "table": 1, "interpreter": None}]
    assert "optimal: 1 meetings" in err


def test_infeasible_writes_the_result_and_exits_1(monkeypatch, capsys):
    _stdin(monkeypatch, json.dumps(INFEASIBLE))
    assert main(["-", "-q", "--time-limit", "1"]) == 1
    out, _ = capsys.readouterr()
    assert json.loads(out)["unscheduled"] == [{"request": "r1", "reason": "a and b share no available slot"}]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{oops",
            (
                "b2bsolver: error: problem: bad JSON: Expecting property name enclosed in double quotes: "
                "line 1 column 2 (char 1)\n"
            ),
        ),
        (
            json.dumps(problem(people=["a"], requests=[("a", "zz")])),
            "b2bsolver: error: request 'r1': unknown participant 'zz'\n",
        ),
        (json.dumps(problem(people=["a", "a"], requests=[])), "b2bsolver: error: duplicate participant id 'a'\n"),
        (
            json.dumps(problem(people=["a", "b"], requests=[{"a": "a", "b": "b", "weight": -2}])),
            "b2bsolver: error: request 'r1': 'weight' must be > 0, got -2\n",
        ),
    ],
)
def test_malformed_input_exits_2_with_one_line(monkeypatch, capsys, text, message):
    _stdin(monkeypatch, text)
    assert main(["-"]) == 2
    assert capsys.readouterr() == ("", message)


@pytest.mark.parametrize(
    ("argv", "tail"),
    [
        ([], "b2bsolver: error: the following arguments are required: problem\n"),
        (["p.json", "--time-limit", "soon"], "b2bsolver: error: argument --time-limit: invalid float value: 'soon'\n"),
        (["p.json", "--time-limit", "0"], "b2bsolver: error: --time-limit must be > 0\n"),
        (["/nonexistent/p.json"], "b2bsolver: error: cannot read /nonexistent/p.json: No such file or directory\n"),
    ],
)
def test_bad_arguments_exit_2(capsys, argv, tail):
    assert main(argv) == 2
    assert capsys.readouterr().err.endswith(tail)


def test_python_dash_m_in_a_subprocess(tmp_path: Path):
    source = tmp_path / "p.json"
    source.write_text(json.dumps(GOOD))
    done = subprocess.run(
        [sys.executable, "-W", "error", "-m", "b2bsolver", str(source), "-o", "-", "--time-limit", "1"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, json.loads(done.stdout)["status"]) == (0, "optimal")
    assert "Traceback" not in done.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "b2bsolver", "-"],
        input="[1, 2]",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (bad.returncode, bad.stderr) == (2, "b2bsolver: error: problem: must be an object, got list\n")
