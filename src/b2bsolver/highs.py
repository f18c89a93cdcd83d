"""HiGHS in a separate worker process.

highspy and ortools both ship a ``libhighs.so.1`` of different versions; whichever is
loaded first breaks the other in the same process. CP-SAT therefore stays in this
process and every LP/MIP goes to one long-lived spawned worker that imports only highspy.
"""

from __future__ import annotations

import atexit
import os
import pickle
import struct
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

DUAL_FEASIBLE = 2  # HiGHS kSolutionStatusFeasible


class _Worker:
    """The one HiGHS worker of this process; the lock keeps concurrent solves from interleaving."""

    process: subprocess.Popen[bytes] | None = None
    lock = threading.Lock()


@dataclass
class LinearProgram:
    """max cost·x, row_lower <= A x <= row_upper, col_lower <= x <= col_upper (A row-wise CSR)."""

    cost: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    row_lower: np.ndarray
    row_upper: np.ndarray
    starts: np.ndarray
    index: np.ndarray
    value: np.ndarray
    integer: bool = False
    start_solution: np.ndarray | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class Outcome:
    status: str  # optimal | infeasible | limit | error
    values: np.ndarray | None
    objective: float
    dual_bound: float


def warm_up() -> None:
    """Start the worker now, so that it boots while the caller builds its model."""
    with _Worker.lock:
        _start_locked()


def _start_locked() -> None:
    if _Worker.process is None or _Worker.process.poll() is not None:
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
        _Worker.process = subprocess.Popen(
            [sys.executable, "-m", "b2bsolver.highs"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
        )


def solve(program: LinearProgram, *, time_limit: float, seed: int) -> Outcome:
    """Solve in the worker (started on first use, kept for later calls)."""
    with _Worker.lock:
        for _attempt in range(2):
            _start_locked()
            try:
                _send(_Worker.process.stdin, (program, time_limit, seed))
                return _receive(_Worker.process.stdout)
            except (BrokenPipeError, EOFError, struct.error):
                _stop_locked()
        return Outcome("error", None, 0.0, float("inf"))


def _send(stream: Any, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)))
    stream.write(data)
    stream.flush()


def _receive(stream: Any) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError
    (size,) = struct.unpack("<Q", head)
    return pickle.loads(stream.read(size))  # noqa: S301 - a pipe between this process and its own worker


@atexit.register
def stop() -> None:
    """End the worker (it is restarted on the next solve); also runs at exit."""
    with _Worker.lock:
        _stop_locked()


def _stop_locked() -> None:
    process = _Worker.process
    if process is not None:
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
        _Worker.process = None


def _run(program: LinearProgram, time_limit: float, seed: int) -> Outcome:
    import highspy

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("random_seed", seed)
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", max(0.05, float(time_limit)))
    for key, val in program.options.items():
        h.setOptionValue(key, val)
    n = len(program.cost)
    lp = highspy.HighsLp()
    lp.num_col_ = n
    lp.num_row_ = len(program.row_lower)
    lp.col_cost_ = program.cost
    lp.col_lower_ = program.col_lower
    lp.col_upper_ = program.col_upper
    lp.row_lower_ = program.row_lower
    lp.row_upper_ = program.row_upper
    lp.sense_ = highspy.ObjSense.kMaximize
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = program.starts
    lp.a_matrix_.index_ = program.index
    lp.a_matrix_.value_ = program.value
    lp.a_matrix_.num_col_ = n
    lp.a_matrix_.num_row_ = len(program.row_lower)
    if program.integer:
        lp.integrality_ = [highspy.HighsVarType.kInteger] * n
    h.passModel(lp)
    if program.start_solution is not None:
        sol = highspy.HighsSolution()
        sol.col_value = program.start_solution
        h.setSolution(sol)
    h.run()
    status = h.getModelStatus()
    info = h.getInfo()
    if status in (highspy.HighsModelStatus.kInfeasible, highspy.HighsModelStatus.kUnboundedOrInfeasible):
        return Outcome("infeasible", None, 0.0, float("-inf"))
    has_solution = info.primal_solution_status >= 2 and n > 0
    values = np.asarray(h.getSolution().col_value, dtype=np.float64) if has_solution else None
    if n == 0:
        values = np.zeros(0)
    optimal = status == highspy.HighsModelStatus.kOptimal
    if program.integer:
        dual = float(info.mip_dual_bound)
        objective = float(info.objective_function_value) if has_solution else float("-inf")
    else:
        objective = float(info.objective_function_value)
        # A basis whose dual solution is feasible bounds the optimum even when time ran out:
        # its objective equals the dual objective (how the dual simplex works).
        dual = objective if optimal or info.dual_solution_status == DUAL_FEASIBLE else float("inf")
        if values is None and dual < float("inf") and n > 0:
            values = np.asarray(h.getSolution().col_value, dtype=np.float64)  # primal may be infeasible
    return Outcome("optimal" if optimal else "limit", values, objective, dual)


def _serve() -> None:
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            program, time_limit, seed = _receive(stdin)
        except EOFError:
            return
        _send(stdout, _run(program, time_limit, seed))


if __name__ == "__main__":
    # Serve through the importable module so pickled classes resolve on both sides.
    from b2bsolver.highs import _serve as serve

    serve()
