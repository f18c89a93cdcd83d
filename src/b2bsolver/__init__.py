"""b2bsolver: optimal B2B meeting schedules with a proven bound (framework-free).

Exports resolve lazily so that the HiGHS worker process (see ``highs.py``) can import
this package without loading OR-Tools.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from b2bsolver.check import check
from b2bsolver.problem import Problem, ProblemError, dump_problem, load_problem, loads_problem
from b2bsolver.result import Result, dump_result, dumps_result, load_result, loads_result

_EXPORTS = {"solve": "b2bsolver.solver"}

__all__ = [
    "Problem",
    "ProblemError",
    "Result",
    "check",
    "dump_problem",
    "dump_result",
    "dumps_result",
    "load_problem",
    "load_result",
    "loads_problem",
    "loads_result",
    "solve",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'b2bsolver' has no attribute {name!r}")
