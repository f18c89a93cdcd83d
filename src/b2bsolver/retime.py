"""Local search on idle gaps: re-time a small neighbourhood of one day with CP-SAT.

The set of held meetings never changes here, so total weight and fairness (which depend
only on that set) are untouched; only the slots (and interpreter pairs) move. Each step
frees ~``size`` meetings of one day around a participant with gaps, keeps everything
else fixed, and asks CP-SAT for the re-timing with the fewest idle gaps of everybody
involved; the cheap moves of ``compact`` then follow up around what changed. CP-SAT
work is counted in neighbourhoods, each bounded by CP-SAT's deterministic time, so a seed
reproduces the same schedule; the wall clock only acts as a safety stop.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from ortools.sat.python import cp_model

from b2bsolver import compact
from b2bsolver.model import Index, Schedule

STEP_DET_TIME = 0.05  # CP-SAT deterministic seconds per neighbourhood
STEP_WALL_TIME = 1.0  # safety stop per neighbourhood
# Small models: a long presolve or LP relaxation costs more than it saves.
SAT_PARAMS = {"max_presolve_iterations": 1, "symmetry_level": 0, "linearization_level": 0}

Placement = dict[int, tuple[int, str | None]]


def improve(
    idx: Index,
    sched: Schedule,
    *,
    max_steps: int,
    deadline: float,
    seed: int,
    prev_slot: list[int] | None = None,
    size: int = 30,
    step_time: float = STEP_DET_TIME,
    progress: Callable[[str], None] | None = None,
) -> int:
    """Lower idle gaps in place; returns the number of neighbourhoods improved."""
    rng = random.Random(seed)  # noqa: S311 - search diversification, not security
    busy = sched.seat_used > 0
    gaps = {p: _gaps_by_day(idx, busy[p], p) for p in range(len(idx.part_ids))}
    stale: set[tuple[int, int]] = set()
    improved = steps = 0
    while steps < max_steps and time.monotonic() < deadline:
        candidates = sorted(
            (p, q) for p, by_day in gaps.items() for q, g in by_day.items() if g > 0 and (p, q) not in stale
        )
        if not candidates:
            break
        p, q = candidates[rng.randrange(len(candidates))]
        free = _neighbourhood(idx, sched, p=p, q=q, size=size, rng=rng)
        wall = min(STEP_WALL_TIME, deadline - time.monotonic())
        if wall <= 0:
            break
        outcome, _det = _retime(
            idx, sched, q=q, free=free, seed=seed + steps, prev_slot=prev_slot, wall=wall, step_time=step_time
        )
        steps += 1
        if outcome is None:
            stale.add((p, q))
            continue
        touched = {idx.ra[r] for r in free} | {idx.rb[r] for r in free}
        for r, (t, pair) in sorted(outcome.items()):
            if sched.slot_of[r] != t or sched.pair_of[r] != pair:
                sched.place(r, t, pair)
        compact.polish(idx, sched, sorted(touched), deadline=deadline, prev_slot=prev_slot)
        touched |= {v for u in touched for r in idx.req_of[u] if sched.slot_of[r] >= 0 for v in (idx.ra[r], idx.rb[r])}
        busy = sched.seat_used > 0
        for u in touched:
            gaps[u] = _gaps_by_day(idx, busy[u], u)
        stale = {key for key in stale if key[0] not in touched}
        improved += 1
        if progress and improved % 20 == 0:
            total = sum(sum(by_day.values()) for by_day in gaps.values())
            progress(f"retime: {improved} improvements in {steps} steps, idle gaps {total}")
    return improved


def _gaps_by_day(idx: Index, busy: np.ndarray, p: int) -> dict[int, int]:
    out = {}
    for q, seq in enumerate(idx.seqs):
        cols = np.asarray(seq)
        hits = np.flatnonzero(busy[cols])
        if len(hits) >= 2:
            window = cols[hits[0] : hits[-1] + 1]
            g = int(np.count_nonzero(idx.avail[p][window] & ~busy[window]))
            if g:
                out[q] = g
    return out


def _neighbourhood(idx: Index, sched: Schedule, *, p: int, q: int, size: int, rng: random.Random) -> list[int]:
    """Meetings of day q reached from p through shared participants, breadth first."""
    chosen: list[int] = []
    seen_r: set[int] = set()
    seen_p = {p}
    frontier = [p]
    while frontier and len(chosen) < size:
        nxt = []
        for u in frontier:
            for r in idx.req_of[u]:
                t = sched.slot_of[r]
                if t < 0 or idx.seq_of[t] != q or r in seen_r:
                    continue
                seen_r.add(r)
                chosen.append(r)
                for v in (idx.ra[r], idx.rb[r]):
                    if v not in seen_p:
                        seen_p.add(v)
                        nxt.append(v)
        rng.shuffle(nxt)
        frontier = nxt
    return sorted(chosen[: max(size, 1)])


@dataclass
class _Model:
    model: cp_model.CpModel = field(default_factory=cp_model.CpModel)
    x: dict[tuple[int, int, str | None], cp_model.IntVar] = field(default_factory=dict)
    by_part_slot: dict[tuple[int, int], list[cp_model.IntVar]] = field(default_factory=dict)
    moved: list[cp_model.IntVar] = field(default_factory=list)
    idle: list[cp_model.IntVar] = field(default_factory=list)


def _retime(
    idx: Index,
    sched: Schedule,
    *,
    q: int,
    free: list[int],
    seed: int,
    prev_slot: list[int] | None,
    wall: float,
    step_time: float,
) -> tuple[Placement | None, float]:
    seq = idx.seqs[q]
    work = sched.copy()
    for r in free:
        work.remove(r)
    m = _Model()
    _placements(idx, sched, work, m, seq=seq, free=free, prev_slot=prev_slot)
    people = sorted({idx.ra[r] for r in free} | {idx.rb[r] for r in free})
    for u in people:
        _idle_terms(idx, sched, work, m, u=u, seq=seq)
    heavy = len(m.idle) + 1  # repairing: one moved meeting outweighs every gap in the neighbourhood
    m.model.minimize(heavy * sum(m.moved) + sum(m.idle))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.max_deterministic_time = step_time
    solver.parameters.max_time_in_seconds = wall
    for key, val in SAT_PARAMS.items():
        setattr(solver.parameters, key, val)
    current = _current_cost(idx, sched, free=free, people=people, seq=seq, prev_slot=prev_slot, heavy=heavy)
    status = solver.solve(m.model)
    det = solver.deterministic_time
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE) or solver.objective_value >= current - 0.5:
        return None, det
    return {r: (t, pair) for (r, t, pair), v in m.x.items() if solver.boolean_value(v)}, det


def _placements(
    idx: Index,
    sched: Schedule,
    work: Schedule,
    m: _Model,
    *,
    seq: list[int],
    free: list[int],
    prev_slot: list[int] | None,
) -> None:
    """One slot (and pair) per free meeting, within what the fixed meetings leave."""
    in_day = set(seq)
    by_slot: dict[int, list[cp_model.IntVar]] = {}
    by_pair: dict[tuple[int, str], list[cp_model.IntVar]] = {}
    for r in free:
        lits = []
        for t, pair in idx.options[r]:
            if t not in in_day:
                continue
            v = m.model.new_bool_var(f"x{r}_{t}_{pair}")
            m.x[(r, t, pair)] = v
            lits.append(v)
            by_slot.setdefault(t, []).append(v)
            if pair is not None:
                by_pair.setdefault((t, pair), []).append(v)
            for u in (idx.ra[r], idx.rb[r]):
                m.by_part_slot.setdefault((u, t), []).append(v)
            m.model.add_hint(v, sched.slot_of[r] == t and sched.pair_of[r] == pair)
            if prev_slot is not None and prev_slot[r] >= 0 and prev_slot[r] != t:
                m.moved.append(v)
        m.model.add_exactly_one(lits)
    for t, lits in by_slot.items():
        m.model.add(sum(lits) <= idx.tables[t] - work.tables_used[t])
    for (t, pair), lits in by_pair.items():
        m.model.add(sum(lits) <= idx.interp[t][pair] - work.interp_used.get((t, pair), 0))
    for (u, t), lits in m.by_part_slot.items():
        m.model.add(sum(lits) <= int(idx.seats[u] - work.seat_used[u, t]))


def _idle_terms(idx: Index, sched: Schedule, work: Schedule, m: _Model, *, u: int, seq: list[int]) -> None:
    """idle[t] >= started[t] + ended[t] - 1 - busy[t] for each slot u is available in."""
    busy: list = []
    for t in seq:
        if work.seat_used[u, t] > 0:
            busy.append(1)
        elif (u, t) in m.by_part_slot:
            b = m.model.new_bool_var("")
            m.model.add(b <= sum(m.by_part_slot[(u, t)]))
            for v in m.by_part_slot[(u, t)]:
                m.model.add_implication(v, b)
            m.model.add_hint(b, sched.seat_used[u, t] > 0)
            busy.append(b)
        else:
            busy.append(0)
    started = _running_or(m.model, busy)
    ended = list(reversed(_running_or(m.model, list(reversed(busy)))))
    for k, t in enumerate(seq):
        if not idx.avail[u][t] or (isinstance(busy[k], int) and busy[k] == 1):
            continue
        idle = m.model.new_bool_var("")
        m.model.add(idle >= started[k] + ended[k] - 1 - busy[k])
        m.idle.append(idle)


def _running_or(model: cp_model.CpModel, busy: list) -> list:
    """out[k] >= busy[j] for every j <= k (the minimisation keeps it tight)."""
    out = []
    prev = 0
    for b in busy:
        if (isinstance(b, int) and b == 1) or (isinstance(prev, int) and prev == 1):
            cur = 1
        elif isinstance(b, int) and isinstance(prev, int):
            cur = 0
        else:
            cur = model.new_bool_var("")
            if not isinstance(b, int):
                model.add(cur >= b)
            if not isinstance(prev, int):
                model.add(cur >= prev)
        out.append(cur)
        prev = cur
    return out


def _current_cost(
    idx: Index,
    sched: Schedule,
    *,
    free: list[int],
    people: list[int],
    seq: list[int],
    prev_slot: list[int] | None,
    heavy: int,
) -> float:
    busy = sched.seat_used > 0
    cols = np.asarray(seq)
    total = 0
    for u in people:
        hits = np.flatnonzero(busy[u][cols])
        if len(hits) >= 2:
            window = cols[hits[0] : hits[-1] + 1]
            total += int(np.count_nonzero(idx.avail[u][window] & ~busy[u][window]))
    if prev_slot is not None:
        total += heavy * sum(1 for r in free if prev_slot[r] >= 0 and prev_slot[r] != sched.slot_of[r])
    return float(total)
