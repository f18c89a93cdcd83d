"""Problem side of the exchange format ``b2b-problem/1`` (docs: shared/spec/schedule-format.md).

Readers ignore unknown keys and fill documented defaults; anything malformed raises
``ProblemError`` whose message names the offending item.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

FORMAT = "b2b-problem/1"


class ProblemError(ValueError):
    """Malformed problem input; the message names the offending item."""


@dataclass(frozen=True)
class Slot:
    id: str
    start: datetime
    city: str = ""
    minutes: int = 20
    tables: int | None = None  # None: unlimited
    interpreters: dict[str, int] = field(default_factory=dict)

    @property
    def day(self) -> tuple[str, str]:
        """The day sequence this slot belongs to: (city, calendar date in its own offset)."""
        return (self.city, self.start.date().isoformat())


@dataclass(frozen=True)
class Participant:
    id: str
    side: str = ""
    seats: int = 1
    available: frozenset[str] | None = None  # None: every slot
    languages: frozenset[str] | None = None  # None: speaks with everyone
    max_meetings: int | None = None
    min_meetings: int = 0


@dataclass(frozen=True)
class Request:
    id: str
    a: str
    b: str
    weight: float = 1.0
    required: bool = False
    slot: str | None = None


@dataclass(frozen=True)
class Placement:
    request: str
    slot: str


@dataclass(frozen=True)
class Problem:
    slots: tuple[Slot, ...]
    participants: tuple[Participant, ...]
    requests: tuple[Request, ...]
    previous: tuple[Placement, ...] | None = None
    name: str = ""

    def participant(self, pid: str) -> Participant:
        return self._participants[pid]

    @property
    def _participants(self) -> dict[str, Participant]:
        cache = self.__dict__.get("_pcache")
        if cache is None:
            cache = {p.id: p for p in self.participants}
            object.__setattr__(self, "_pcache", cache)
        return cache

    def is_available(self, pid: str, slot_id: str) -> bool:
        avail = self._participants[pid].available
        return avail is None or slot_id in avail


def _where(kind: str, index: int, item: Any) -> str:
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return f"{kind} {item['id']!r}"
    return f"{kind}[{index}]"


def _get_str(obj: dict[str, Any], key: str, where: str, *, default: str | None = None) -> str:
    if key not in obj or obj[key] is None:
        if default is None:
            raise ProblemError(f"{where}: missing required key {key!r}")
        return default
    value = obj[key]
    if not isinstance(value, str) or (default is None and not value):
        raise ProblemError(f"{where}: {key!r} must be a non-empty string, got {value!r}")
    return value


def _get_int(obj: dict[str, Any], key: str, where: str, *, default: int | None, minimum: int) -> int | None:
    value = obj.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProblemError(f"{where}: {key!r} must be an integer, got {value!r}")
    if value < minimum:
        raise ProblemError(f"{where}: {key!r} must be >= {minimum}, got {value}")
    return value


def _get_list(obj: dict[str, Any], key: str, where: str, *, required: bool) -> list[Any] | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise ProblemError(f"{where}: missing required key {key!r}")
        return None
    if not isinstance(value, list):
        raise ProblemError(f"{where}: {key!r} must be a list, got {type(value).__name__}")
    return value


def _as_dict(item: Any, where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ProblemError(f"{where}: must be an object, got {type(item).__name__}")
    return item


def _load_slot(item: Any, i: int) -> Slot:
    where = _where("slot", i, item)
    obj = _as_dict(item, where)
    sid = _get_str(obj, "id", where)
    start_text = _get_str(obj, "start", where)
    try:
        start = datetime.fromisoformat(start_text)
    except ValueError:
        raise ProblemError(f"{where}: 'start' is not an ISO-8601 datetime: {start_text!r}") from None
    if start.tzinfo is None:
        raise ProblemError(f"{where}: 'start' needs a UTC offset: {start_text!r}")
    interpreters = obj.get("interpreters") or {}
    if not isinstance(interpreters, dict):
        raise ProblemError(f"{where}: 'interpreters' must be an object")
    for key, count in interpreters.items():
        codes = key.split("-")
        if len(codes) != 2 or not all(codes) or codes[0] >= codes[1]:
            raise ProblemError(
                f"{where}: interpreter key {key!r} must be two distinct language codes in sorted order, like 'en-es'"
            )
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ProblemError(f"{where}: interpreters[{key!r}] must be an integer >= 0, got {count!r}")
    return Slot(
        id=sid,
        start=start,
        city=_get_str(obj, "city", where, default=""),
        minutes=_get_int(obj, "minutes", where, default=20, minimum=1) or 20,
        tables=_get_int(obj, "tables", where, default=None, minimum=0),
        interpreters={k: v for k, v in sorted(interpreters.items()) if v > 0},
    )


def _load_participant(item: Any, i: int, slot_ids: set[str]) -> Participant:
    where = _where("participant", i, item)
    obj = _as_dict(item, where)
    pid = _get_str(obj, "id", where)
    available = _get_list(obj, "available", where, required=False)
    if available is not None:
        for sid in available:
            if not isinstance(sid, str) or sid not in slot_ids:
                raise ProblemError(f"{where}: 'available' names unknown slot {sid!r}")
    languages = _get_list(obj, "languages", where, required=False)
    if languages is not None and not all(isinstance(code, str) and code for code in languages):
        raise ProblemError(f"{where}: 'languages' must be a list of language codes")
    return Participant(
        id=pid,
        side=_get_str(obj, "side", where, default=""),
        seats=_get_int(obj, "seats", where, default=1, minimum=1) or 1,
        available=None if available is None else frozenset(available),
        # An empty list gives no language, as a missing key does: "none given" speaks with everyone.
        languages=frozenset(languages) if languages else None,
        max_meetings=_get_int(obj, "max_meetings", where, default=None, minimum=0),
        min_meetings=_get_int(obj, "min_meetings", where, default=0, minimum=0) or 0,
    )


def _load_request(item: Any, i: int, participant_ids: set[str], slot_ids: set[str]) -> Request:
    where = _where("request", i, item)
    obj = _as_dict(item, where)
    rid = _get_str(obj, "id", where)
    a = _get_str(obj, "a", where)
    b = _get_str(obj, "b", where)
    for side in (a, b):
        if side not in participant_ids:
            raise ProblemError(f"{where}: unknown participant {side!r}")
    if a == b:
        raise ProblemError(f"{where}: 'a' and 'b' are the same participant {a!r}")
    weight = obj.get("weight", 1)
    if weight is None:
        weight = 1
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not math.isfinite(weight):
        raise ProblemError(f"{where}: 'weight' must be a number, got {weight!r}")
    if weight <= 0:
        raise ProblemError(f"{where}: 'weight' must be > 0, got {weight}")
    required = obj.get("required", False)
    if required is None:
        required = False
    if not isinstance(required, bool):
        raise ProblemError(f"{where}: 'required' must be true or false, got {required!r}")
    slot = obj.get("slot")
    if slot is not None and (not isinstance(slot, str) or slot not in slot_ids):
        raise ProblemError(f"{where}: pinned to unknown slot {slot!r}")
    return Request(id=rid, a=a, b=b, weight=float(weight), required=required, slot=slot)


def _unique(ids: list[str], kind: str) -> set[str]:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise ProblemError(f"duplicate {kind} id {ident!r}")
        seen.add(ident)
    return seen


def load_problem(data: Any) -> Problem:
    """Build a validated ``Problem`` from parsed JSON."""
    obj = _as_dict(data, "problem")
    fmt = obj.get("format", FORMAT)
    if fmt != FORMAT:
        raise ProblemError(f"problem: unsupported format {fmt!r}, expected {FORMAT!r}")
    raw_slots = _get_list(obj, "slots", "problem", required=True) or []
    if not raw_slots:
        raise ProblemError("problem: 'slots' must not be empty")
    slots = tuple(_load_slot(item, i) for i, item in enumerate(raw_slots))
    slot_ids = _unique([s.id for s in slots], "slot")
    raw_participants = _get_list(obj, "participants", "problem", required=True) or []
    participants = tuple(_load_participant(item, i, slot_ids) for i, item in enumerate(raw_participants))
    participant_ids = _unique([p.id for p in participants], "participant")
    raw_requests = _get_list(obj, "requests", "problem", required=True) or []
    requests = tuple(_load_request(item, i, participant_ids, slot_ids) for i, item in enumerate(raw_requests))
    request_ids = _unique([r.id for r in requests], "request")
    pairs: dict[frozenset[str], str] = {}
    for r in requests:
        pair = frozenset((r.a, r.b))
        if pair in pairs:
            raise ProblemError(f"request {r.id!r}: pair {r.a!r}-{r.b!r} already requested by {pairs[pair]!r}")
        pairs[pair] = r.id
    previous = None
    raw_previous = _get_list(obj, "previous", "problem", required=False)
    if raw_previous is not None:
        placed: set[str] = set()
        items = []
        for i, item in enumerate(raw_previous):
            where = f"previous[{i}]"
            entry = _as_dict(item, where)
            rid = _get_str(entry, "request", where)
            sid = _get_str(entry, "slot", where)
            if rid not in request_ids:
                raise ProblemError(f"{where}: unknown request {rid!r}")
            if sid not in slot_ids:
                raise ProblemError(f"{where}: unknown slot {sid!r}")
            if rid in placed:
                raise ProblemError(f"{where}: request {rid!r} placed twice")
            placed.add(rid)
            items.append(Placement(request=rid, slot=sid))
        previous = tuple(items)
    name = obj.get("name", "")
    return Problem(
        slots=slots,
        participants=participants,
        requests=requests,
        previous=previous,
        name=name if isinstance(name, str) else "",
    )


def loads_problem(text: str | bytes) -> Problem:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ProblemError(f"problem: bad JSON: {exc}") from None
    return load_problem(data)


def dump_problem(problem: Problem) -> dict[str, Any]:
    """The JSON form of ``problem`` (used by the benchmark generator and tests)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "name": problem.name,
        "slots": [
            {
                "id": s.id,
                "city": s.city,
                "start": s.start.isoformat(),
                "minutes": s.minutes,
                "tables": s.tables,
                "interpreters": dict(s.interpreters),
            }
            for s in problem.slots
        ],
        "participants": [
            {
                "id": p.id,
                "side": p.side,
                "seats": p.seats,
                "available": None if p.available is None else sorted(p.available),
                "languages": None if p.languages is None else sorted(p.languages),
                "max_meetings": p.max_meetings,
                "min_meetings": p.min_meetings,
            }
            for p in problem.participants
        ],
        "requests": [
            {"id": r.id, "a": r.a, "b": r.b, "weight": r.weight, "required": r.required, "slot": r.slot}
            for r in problem.requests
        ],
    }
    if problem.previous is not None:
        data["previous"] = [{"request": p.request, "slot": p.slot} for p in problem.previous]
    return data
