"""Which meetings are held: the time-indexed LP/MIP on HiGHS, rounded and filled greedily.

Independent parts of the problem (no shared participant-with-a-total-limit, no shared
usable slot) are solved one by one: a smaller LP is faster and its bound adds up.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from b2bsolver import bound, highs
from b2bsolver.model import UNLIMITED, Index, Schedule

FULL_MIP_COLUMNS = 20_000  # the exact MIP of the whole part up to this size
TOLERANCE = 1e-7  # relative, HiGHS' default primal/dual feasibility tolerance


@dataclass
class Selection:
    schedule: Schedule
    upper_bound: float
    proven: bool  # weight proven optimal
    infeasible: bool  # the hard model (with required) has no solution


def components(idx: Index, reqs: list[int]) -> list[list[int]]:
    parent = list(range(len(idx.req_ids) + len(idx.slot_ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    n_req = len(idx.req_ids)
    for r in reqs:
        for t, _pair in idx.options[r]:
            union(r, n_req + t)
    for p, members in enumerate(idx.req_of):
        if idx.max_meet[p] < UNLIMITED:
            usable = [r for r in members if idx.options[r]]
            for r in usable[1:]:
                union(usable[0], r)
    groups: dict[int, list[int]] = {}
    for r in reqs:
        groups.setdefault(find(r), []).append(r)
    return sorted(groups.values(), key=lambda g: g[0])


def solve_component(
    idx: Index,
    reqs: list[int],
    sched: Schedule,
    *,
    time_limit: float,
    seed: int,
    bonus: dict[tuple[int, int], float],
) -> tuple[float, bool, bool]:
    """Place `reqs` into `sched`; return (upper bound, proven optimal, infeasible).

    The LP comes first: on these models it is usually integral, which proves optimality
    at once. Otherwise the MIP (if small enough) starts from the rounded LP solution.
    """
    began = time.monotonic()
    prefer = dict(sorted(bonus))  # request -> its previous slot
    relax = bound.build(idx, reqs, bound.columns_cost(idx, reqs, bonus))
    out = highs.solve(relax.program, time_limit=time_limit - (time.monotonic() - began), seed=seed)
    if out.status == "infeasible":
        return 0.0, False, True
    if out.status != "optimal" and out.values is not None and out.dual_bound < float("inf"):
        # Out of time with a dual-feasible basis: a valid bound; round what the basis says.
        _round(idx, relax.cols, np.clip(out.values, 0.0, 1.0), sched, prefer)
        return out.dual_bound, False, False
    if out.status != "optimal" or out.values is None:
        # No LP optimum in time: fall back to a trivially valid bound (every request held).
        _round(idx, relax.cols, np.zeros(len(relax.cols)), sched, prefer, previous_first=True)
        trivial = sum(
            idx.weight[r] + max((bonus.get((r, t), 0.0) for t, _ in idx.options[r]), default=0.0) for r in reqs
        )
        return trivial, False, False
    values = out.values
    ub = out.dual_bound
    trial = sched.copy()
    _round(idx, relax.cols, values, trial, prefer)
    # The rounded schedule reaching the LP value proves it optimal, integral LP or not.
    proven = _value(idx, trial, reqs, bonus) >= ub - TOLERANCE * max(1.0, abs(ub))
    left = time_limit - (time.monotonic() - began)
    if not proven and left > 0.2:
        # Small models: the exact MIP. Large ones: fix the integral part of the LP and solve
        # the fractional rest exactly, a much smaller MIP (optimal only if it meets the bound).
        base = sched.copy()
        if len(relax.cols) > FULL_MIP_COLUMNS:
            for (r, t, pair), v in zip(relax.cols, values, strict=True):
                if v > 1 - 1e-6 and base.fits(r, t, pair):
                    base.place(r, t, pair)
        rest = [r for r in reqs if base.slot_of[r] < 0]
        sub = bound.build(idx, rest, bound.columns_cost(idx, rest, bonus), used=base)
        sub.program.integer = True
        sub.program.options = {"mip_rel_gap": 1e-9, "mip_abs_gap": 1e-9}
        mip = highs.solve(sub.program, time_limit=left, seed=seed)
        if mip.values is not None:
            candidate = base.copy()
            _round(idx, sub.cols, mip.values, candidate, prefer)
            if _value(idx, candidate, reqs, bonus) > _value(idx, trial, reqs, bonus):
                trial = candidate
        if len(relax.cols) <= FULL_MIP_COLUMNS:
            ub = min(ub, mip.dual_bound)
            if mip.status == "optimal" and mip.values is not None:
                return _keep(sched, trial, ub)
        proven = _value(idx, trial, reqs, bonus) >= ub - TOLERANCE * max(1.0, abs(ub))
    sched.__dict__.update(trial.__dict__)
    return ub, proven, False


def _keep(sched: Schedule, trial: Schedule, ub: float) -> tuple[float, bool, bool]:
    sched.__dict__.update(trial.__dict__)
    return ub, True, False


def _value(idx: Index, sched: Schedule, reqs: list[int], bonus: dict[tuple[int, int], float]) -> float:
    return sum(idx.weight[r] + bonus.get((r, sched.slot_of[r]), 0.0) for r in reqs if sched.slot_of[r] >= 0)


def _round(
    idx: Index,
    cols: list[bound.Column],
    values: np.ndarray,
    sched: Schedule,
    prefer: dict[int, int] | None = None,
    *,
    previous_first: bool = False,
) -> None:
    """Keep integral columns, then the rest by decreasing LP value and weight, each preferably
    in its previous slot (repair). Without an LP solution, previous placements go first."""
    prefer = prefer or {}
    best: dict[int, float] = {}
    for (r, _t, _pair), v in zip(cols, values, strict=True):
        best[r] = best.get(r, 0.0) + float(v)
    order = np.argsort(-values, kind="stable")
    for j in order:
        v = values[j]
        if v < 0.5:
            break
        r, t, pair = cols[j]
        if sched.slot_of[r] < 0 and sched.fits(r, t, pair):
            sched.place(r, t, pair)
    for r, t in sorted(prefer.items()) if previous_first else ():
        if r in best and sched.slot_of[r] < 0:
            fitting = [(s, pair) for s, pair in idx.options[r] if s == t and sched.fits(r, s, pair)]
            if fitting:
                sched.place(r, *fitting[0])
    rest = sorted(best, key=lambda r: (not idx.required[r], -best[r], -idx.weight[r], r))
    for r in rest:
        if sched.slot_of[r] < 0:
            sched.try_place(r, prefer=prefer.get(r, -1))


def fill(idx: Index, sched: Schedule, reqs: list[int]) -> None:
    """Greedy: highest weight first, earliest fitting slot."""
    for r in sorted(reqs, key=lambda r: (not idx.required[r], -idx.weight[r], r)):
        if sched.slot_of[r] < 0 and idx.options[r]:
            sched.try_place(r)


def augment(idx: Index, sched: Schedule, reqs: list[int], *, deadline: float) -> int:
    """Weight repair after rounding: an unscheduled request takes a slot whose blocking
    meeting can move to another of its slots. Returns the number of requests added."""
    added = 0
    for r in sorted(reqs, key=lambda r: (-idx.weight[r], r)):
        if time.monotonic() > deadline:
            break
        if sched.slot_of[r] >= 0 or not idx.options[r]:
            continue
        a, b = idx.ra[r], idx.rb[r]
        if sched.total[a] >= idx.max_meet[a] or sched.total[b] >= idx.max_meet[b]:
            continue
        if _eject_for(idx, sched, r):
            added += 1
    return added


def _eject_for(idx: Index, sched: Schedule, r: int) -> bool:
    a, b = idx.ra[r], idx.rb[r]
    for t, pair in idx.options[r]:
        full = [u for u in (a, b) if sched.seat_used[u, t] >= idx.seats[u]]
        blocking = {s for u in full for s in idx.req_of[u] if sched.slot_of[s] == t}
        if len(blocking) != 1:
            continue  # zero: blocked by tables or interpreters, left to the LP; two: too costly here
        (other,) = blocking
        old = (sched.slot_of[other], sched.pair_of[other])
        sched.remove(other)
        if sched.fits(r, t, pair):
            sched.place(r, t, pair)
            for s, spair in idx.options[other]:
                if s != t and sched.fits(other, s, spair):
                    sched.place(other, s, spair)
                    return True
            sched.remove(r)
        sched.place(other, *old)
    return False
