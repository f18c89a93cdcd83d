"""Brute force over every assignment of a tiny problem (independent of the engine)."""

from __future__ import annotations

import itertools

from b2bsolver.problem import Problem


def _choices(problem: Problem, req) -> list[tuple[str, str | None] | None]:
    a, b = problem.participant(req.a), problem.participant(req.b)
    out: list[tuple[str, str | None] | None] = [None]
    for slot in problem.slots:
        if req.slot is not None and slot.id != req.slot:
            continue
        if not (problem.is_available(a.id, slot.id) and problem.is_available(b.id, slot.id)):
            continue
        if a.languages is None or b.languages is None or a.languages & b.languages:
            out.append((slot.id, None))
            continue
        for x in sorted(a.languages):
            for y in sorted(b.languages):
                key = "-".join(sorted((x, y)))
                if x != y and slot.interpreters.get(key, 0) > 0:
                    out.append((slot.id, key))
    return out


def best_weight(problem: Problem) -> float | None:
    """Largest total weight of a feasible schedule, None if no schedule holds every required request."""
    slots = {s.id: s for s in problem.slots}
    options = [_choices(problem, r) for r in problem.requests]
    best = None
    for combo in itertools.product(*options):
        seats: dict[tuple[str, str], int] = {}
        tables: dict[str, int] = {}
        interp: dict[tuple[str, str], int] = {}
        total: dict[str, int] = {}
        ok = True
        weight = 0.0
        for req, choice in zip(problem.requests, combo, strict=True):
            if choice is None:
                if req.required:
                    ok = False
                    break
                continue
            sid, pair = choice
            weight += req.weight
            tables[sid] = tables.get(sid, 0) + 1
            if slots[sid].tables is not None and tables[sid] > slots[sid].tables:
                ok = False
                break
            if pair is not None:
                interp[(sid, pair)] = interp.get((sid, pair), 0) + 1
                if interp[(sid, pair)] > slots[sid].interpreters[pair]:
                    ok = False
                    break
            for pid in (req.a, req.b):
                seats[(pid, sid)] = seats.get((pid, sid), 0) + 1
                total[pid] = total.get(pid, 0) + 1
                person = problem.participant(pid)
                if seats[(pid, sid)] > person.seats or (
                    person.max_meetings is not None and total[pid] > person.max_meetings
                ):
                    ok = False
            if not ok:
                break
        if ok and (best is None or weight > best):
            best = weight
    return best
