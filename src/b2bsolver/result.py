"""Result side of the exchange format ``b2b-result/1``."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from b2bsolver.problem import ProblemError

FORMAT = "b2b-result/1"
STATUSES = ("optimal", "feasible", "infeasible")


@dataclass(frozen=True)
class Meeting:
    request: str
    slot: str
    table: int
    interpreter: str | None = None


@dataclass(frozen=True)
class Unscheduled:
    request: str
    reason: str


@dataclass(frozen=True)
class Stats:
    meetings: int
    weight: float
    upper_bound: float
    idle_gaps: int
    moved: int = 0
    dropped: int = 0
    seconds: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)  # e.g. fairness_shortfall


@dataclass(frozen=True)
class Result:
    status: str
    meetings: tuple[Meeting, ...]
    unscheduled: tuple[Unscheduled, ...]
    stats: Stats


def dump_result(result: Result) -> dict[str, Any]:
    stats: dict[str, Any] = {
        "meetings": result.stats.meetings,
        "weight": result.stats.weight,
        "upper_bound": result.stats.upper_bound,
        "idle_gaps": result.stats.idle_gaps,
        "moved": result.stats.moved,
        "dropped": result.stats.dropped,
        "seconds": result.stats.seconds,
    }
    stats.update(result.stats.extra)
    return {
        "format": FORMAT,
        "status": result.status,
        "meetings": [
            {"request": m.request, "slot": m.slot, "table": m.table, "interpreter": m.interpreter}
            for m in result.meetings
        ],
        "unscheduled": [{"request": u.request, "reason": u.reason} for u in result.unscheduled],
        "stats": stats,
    }


def dumps_result(result: Result) -> str:
    return json.dumps(dump_result(result), indent=1, ensure_ascii=False) + "\n"


def _number(stats: dict[str, Any], key: str, *, integer: bool) -> Any:
    value = stats.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ProblemError(f"result stats: {key!r} must be a number, got {value!r}")
    if integer and not isinstance(value, int):
        raise ProblemError(f"result stats: {key!r} must be an integer, got {value!r}")
    return value


def load_result(data: Any) -> Result:
    """Parse a result written by any engine (unknown keys ignored)."""
    if not isinstance(data, dict):
        raise ProblemError("result: must be an object")
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise ProblemError(f"result: unsupported format {fmt!r}, expected {FORMAT!r}")
    status = data.get("status")
    if status not in STATUSES:
        raise ProblemError(f"result: unknown status {status!r}")
    meetings = []
    for i, item in enumerate(data.get("meetings") or []):
        if not isinstance(item, dict):
            raise ProblemError(f"result meetings[{i}]: must be an object")
        request, slot, table = item.get("request"), item.get("slot"), item.get("table")
        interpreter = item.get("interpreter")
        if not isinstance(request, str) or not isinstance(slot, str):
            raise ProblemError(f"result meetings[{i}]: 'request' and 'slot' must be strings")
        if isinstance(table, bool) or not isinstance(table, int):
            raise ProblemError(f"result meetings[{i}]: 'table' must be an integer, got {table!r}")
        if interpreter is not None and not isinstance(interpreter, str):
            raise ProblemError(f"result meetings[{i}]: 'interpreter' must be a string or null")
        meetings.append(Meeting(request=request, slot=slot, table=table, interpreter=interpreter))
    unscheduled = []
    for i, item in enumerate(data.get("unscheduled") or []):
        if not isinstance(item, dict) or not isinstance(item.get("request"), str):
            raise ProblemError(f"result unscheduled[{i}]: needs a 'request' string")
        unscheduled.append(Unscheduled(request=item["request"], reason=str(item.get("reason", ""))))
    raw = data.get("stats") or {}
    if not isinstance(raw, dict):
        raise ProblemError("result: 'stats' must be an object")
    known = ("meetings", "weight", "upper_bound", "idle_gaps", "moved", "dropped", "seconds")
    extra = {k: v for k, v in raw.items() if k not in known and isinstance(v, (int, float)) and not isinstance(v, bool)}
    stats = Stats(
        meetings=_number(raw, "meetings", integer=True),
        weight=float(_number(raw, "weight", integer=False)),
        upper_bound=float(_number(raw, "upper_bound", integer=False)),
        idle_gaps=_number(raw, "idle_gaps", integer=True),
        moved=_number(raw, "moved", integer=True),
        dropped=_number(raw, "dropped", integer=True),
        seconds=float(_number(raw, "seconds", integer=False)),
        extra=extra,
    )
    return Result(status=status, meetings=tuple(meetings), unscheduled=tuple(unscheduled), stats=stats)


def loads_result(text: str | bytes) -> Result:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ProblemError(f"result: bad JSON: {exc}") from None
    return load_result(data)
