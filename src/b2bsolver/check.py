"""Independent checker: every hard rule of the spec and a recount of the statistics.

Written from the spec, not from the solver: it shares only the parsed dataclasses.
Returns human-readable violations; an empty list means the result is valid.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from b2bsolver.problem import Problem
from b2bsolver.result import Meeting, Result

TOLERANCE = 1e-6


def _needs_interpreter(problem: Problem, a: str, b: str) -> set[str] | None:
    la, lb = problem.participant(a).languages, problem.participant(b).languages
    if la is None or lb is None or (la & lb):
        return None
    allowed = set()
    for x in la:
        for y in lb:
            if x != y:
                allowed.add(f"{min(x, y)}-{max(x, y)}")
    return allowed


def _count_idle(problem: Problem, slot_of_meetings: dict[str, list[str]]) -> int:
    by_day: dict[tuple[str, str], list] = defaultdict(list)
    for s in problem.slots:
        by_day[(s.city, s.start.date().isoformat())].append(s)
    total = 0
    for p in problem.participants:
        held = set(slot_of_meetings.get(p.id, []))
        for slots in by_day.values():
            ordered = sorted(slots, key=lambda s: s.start)
            positions = [i for i, s in enumerate(ordered) if s.id in held]
            if len(positions) < 2:
                continue
            for s in ordered[positions[0] : positions[-1] + 1]:
                if s.id not in held and (p.available is None or s.id in p.available):
                    total += 1
    return total


class _Tally:
    """What the result's meetings add up to, gathered in one pass."""

    def __init__(self, problem: Problem) -> None:
        self.requests = {r.id: r for r in problem.requests}
        self.slots = {s.id: s for s in problem.slots}
        self.seen: set[str] = set()
        self.where: dict[str, str] = {}
        self.per_slot: Counter[str] = Counter()
        self.tables: dict[str, set[int]] = defaultdict(set)
        self.per_person_slot: Counter[tuple[str, str]] = Counter()
        self.per_person: Counter[str] = Counter()
        self.interp: Counter[tuple[str, str]] = Counter()
        self.held_slots: dict[str, list[str]] = defaultdict(list)
        self.weight = 0.0


def check(problem: Problem, result: Result) -> list[str]:
    errors: list[str] = []
    tally = _Tally(problem)
    for m in result.meetings:
        _meeting(problem, m, tally, errors)
    _capacities(problem, tally, errors)
    _required(problem, result, tally, errors)
    _stats(problem, result, tally, errors)
    return errors


def _meeting(problem: Problem, m: Meeting, tally: _Tally, errors: list[str]) -> None:
    req = tally.requests.get(m.request)
    slot = tally.slots.get(m.slot)
    if req is None:
        errors.append(f"meeting for unknown request {m.request!r}")
        return
    if m.request in tally.seen:
        errors.append(f"request {m.request} scheduled more than once")
        return
    tally.seen.add(m.request)
    if slot is None:
        errors.append(f"request {m.request} in unknown slot {m.slot!r}")
        return
    tally.where[m.request] = m.slot
    tally.weight += req.weight
    for pid in (req.a, req.b):
        if not problem.is_available(pid, m.slot):
            errors.append(f"request {m.request}: {pid} is not available in {m.slot}")
        tally.per_person_slot[(pid, m.slot)] += 1
        tally.per_person[pid] += 1
        tally.held_slots[pid].append(m.slot)
    if req.slot is not None and req.slot != m.slot:
        errors.append(f"request {m.request} is pinned to {req.slot} but scheduled in {m.slot}")
    tally.per_slot[m.slot] += 1
    limit = slot.tables
    if m.table < 1 or (limit is not None and m.table > limit):
        errors.append(f"request {m.request}: table {m.table} outside 1..{limit} in {m.slot}")
    if m.table in tally.tables[m.slot]:
        errors.append(f"request {m.request}: table {m.table} used twice in {m.slot}")
    tally.tables[m.slot].add(m.table)
    allowed = _needs_interpreter(problem, req.a, req.b)
    if allowed is None:
        if m.interpreter is not None:
            errors.append(f"request {m.request} needs no interpreter but uses {m.interpreter}")
    elif m.interpreter not in allowed:
        errors.append(f"request {m.request} needs an interpreter of {sorted(allowed)}, got {m.interpreter!r}")
    else:
        tally.interp[(m.slot, m.interpreter)] += 1


def _capacities(problem: Problem, tally: _Tally, errors: list[str]) -> None:
    slots = tally.slots
    for (pid, sid), count in sorted(tally.per_person_slot.items()):
        seats = problem.participant(pid).seats
        if count > seats:
            errors.append(f"{pid} holds {count} meetings in {sid} with {seats} seat(s)")
    for sid, count in sorted(tally.per_slot.items()):
        limit = slots[sid].tables
        if limit is not None and count > limit:
            errors.append(f"slot {sid} holds {count} meetings with {limit} tables")
    for (sid, pair), count in sorted(tally.interp.items()):
        have = slots[sid].interpreters.get(pair, 0)
        if count > have:
            errors.append(f"slot {sid} uses {count} {pair} interpreters, has {have}")
    for p in problem.participants:
        if p.max_meetings is not None and tally.per_person[p.id] > p.max_meetings:
            errors.append(f"{p.id} holds {tally.per_person[p.id]} meetings, max_meetings {p.max_meetings}")


def _required(problem: Problem, result: Result, tally: _Tally, errors: list[str]) -> None:
    unscheduled = {u.request for u in result.unscheduled}
    missing_required = [r.id for r in problem.requests if r.required and r.id not in tally.seen]
    if result.status == "infeasible":
        if not any(rid in unscheduled for rid in missing_required):
            errors.append("status infeasible but no unscheduled required request is listed")
    else:
        errors.extend(f"required request {rid} is not scheduled" for rid in missing_required)
    errors.extend(
        f"request {u.request} is both scheduled and unscheduled" for u in result.unscheduled if u.request in tally.seen
    )


def _stats(problem: Problem, result: Result, tally: _Tally, errors: list[str]) -> None:
    moved = dropped = 0
    for placement in problem.previous or ():
        now = tally.where.get(placement.request)
        if now is None:
            dropped += 1
        elif now != placement.slot:
            moved += 1
    stats = result.stats
    recount = {
        "meetings": (stats.meetings, len(tally.seen)),
        "idle_gaps": (stats.idle_gaps, _count_idle(problem, tally.held_slots)),
        "moved": (stats.moved, moved),
        "dropped": (stats.dropped, dropped),
    }
    for key, (claimed, actual) in recount.items():
        if claimed != actual:
            errors.append(f"stats.{key} is {claimed}, recount gives {actual}")
    weight = tally.weight
    if abs(stats.weight - weight) > TOLERANCE * max(1.0, weight):
        errors.append(f"stats.weight is {stats.weight}, recount gives {weight}")
    if stats.upper_bound < weight - TOLERANCE * max(1.0, weight):
        errors.append(f"stats.upper_bound {stats.upper_bound} is below the weight {weight}")
