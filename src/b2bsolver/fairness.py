"""Second objective: with the optimal weight held, lift the participants furthest below
``min_meetings``. One MIP over the same time-indexed model plus a weight floor minimises
``(P + 1) * largest_shortfall + summed_shortfall`` (P = participants with a target), i.e.
first the worst-off participant, then the total. Used when the weight was solved exactly.
"""

from __future__ import annotations

import time

import numpy as np

from b2bsolver import bound, highs
from b2bsolver.model import Index, Schedule, shortfall

MAX_COLUMNS = 20_000  # larger models rarely finish in seconds; they keep the first-phase selection
TIME_CAP = 1.5  # seconds; fairness may not eat the time the gaps need
WEIGHT_SLACK = 1e-9  # relative; keeps the weight floor from cutting off the optimum by rounding


def balance(
    idx: Index,
    sched: Schedule,
    reqs: list[int],
    *,
    deadline: float,
    seed: int,
    bonus: dict[tuple[int, int], float],
) -> None:
    worst, summed = shortfall(idx, sched.total)
    # Nobody can get more meetings than it has usable requests: if that alone explains the
    # shortfall, it is already minimal.
    reachable = [sum(1 for r in idx.req_of[p] if idx.options[r]) for p in range(len(idx.part_ids))]
    if (worst, summed) == shortfall(idx, reachable):
        return
    people = [p for p in range(len(idx.part_ids)) if idx.min_meet[p] > 0]
    relax = bound.build(idx, reqs, [0.0] * sum(len(idx.options[r]) for r in reqs))
    prog = relax.program
    if len(relax.cols) > MAX_COLUMNS:
        return
    n, k = len(relax.cols), len(people)
    big = k + 1
    cols_of: dict[int, list[int]] = {p: [] for p in people}
    for j, (r, _t, _pair) in enumerate(relax.cols):
        for u in (idx.ra[r], idx.rb[r]):
            if u in cols_of:
                cols_of[u].append(j)
    lo, hi, rows = [], [], []
    for i, p in enumerate(people):
        rows.append((cols_of[p] + [n + i], [1.0] * len(cols_of[p]) + [1.0]))  # meetings + s_p >= min
        lo.append(float(idx.min_meet[p]))
        hi.append(np.inf)
        rows.append(([n + i, n + k], [1.0, -1.0]))  # s_p <= largest
        lo.append(-np.inf)
        hi.append(0.0)
    floor = sum(idx.weight[r] + bonus.get((r, sched.slot_of[r]), 0.0) for r in sched.scheduled())
    rows.append((list(range(n)), [idx.weight[r] + bonus.get((r, t), 0.0) for r, t, _pair in relax.cols]))
    lo.append(floor - WEIGHT_SLACK * max(1.0, floor))
    hi.append(np.inf)
    extra_index = np.fromiter((j for cols, _ in rows for j in cols), dtype=np.int32)
    extra_value = np.fromiter((v for _, vals in rows for v in vals), dtype=np.float64)
    extra_starts = np.cumsum([0] + [len(cols) for cols, _ in rows], dtype=np.int64)[1:] + prog.starts[-1]
    prog.cost = np.concatenate([np.zeros(n), -np.ones(k), [-float(big)]])
    prog.col_lower = np.zeros(n + k + 1)
    prog.col_upper = np.concatenate([np.ones(n), [float(idx.min_meet[p]) for p in people], [float(max(idx.min_meet))]])
    prog.row_lower = np.concatenate([prog.row_lower, lo])
    prog.row_upper = np.concatenate([prog.row_upper, hi])
    prog.starts = np.concatenate([prog.starts, extra_starts]).astype(np.int32)
    prog.index = np.concatenate([prog.index, extra_index])
    prog.value = np.concatenate([prog.value, extra_value])
    prog.integer = True
    start = np.zeros(n + k + 1)
    for j, (r, t, pair) in enumerate(relax.cols):
        start[j] = 1.0 if sched.slot_of[r] == t and sched.pair_of[r] == pair else 0.0
    gaps = [max(0, idx.min_meet[p] - sched.total[p]) for p in people]
    start[n : n + k] = gaps
    start[-1] = max(gaps, default=0)
    prog.start_solution = start
    out = highs.solve(prog, time_limit=min(TIME_CAP, max(0.1, (deadline - time.monotonic()) * 0.3)), seed=seed)
    if out.values is None:
        return
    fresh = Schedule(idx)
    for j in np.flatnonzero(out.values[:n] > 0.5):
        r, t, pair = relax.cols[j]
        fresh.place(r, t, pair)
    new_worst, new_summed = shortfall(idx, fresh.total)
    better = big * new_worst + new_summed < big * worst + summed
    if better and fresh.weight() >= sched.weight() - 1e-6 * max(1.0, floor):
        sched.__dict__.update(fresh.__dict__)


def rebalance(idx: Index, sched: Schedule, *, deadline: float, passes: int = 3) -> int:
    """Greedy fairness for models too large for the MIP: never lowers the weight.

    For the participants furthest below ``min_meetings`` first, an unscheduled request of
    theirs takes the place of one blocking meeting that weighs no more and whose parties
    stay at or above their own minimum. Returns the number of exchanges.
    """
    by_slot: dict[int, set[int]] = {}
    for r in sched.scheduled():
        by_slot.setdefault(sched.slot_of[r], set()).add(r)
    done = 0
    for _pass in range(passes):
        before = done
        needy = sorted(
            (p for p in range(len(idx.part_ids)) if sched.total[p] < idx.min_meet[p]),
            key=lambda p: (sched.total[p] - idx.min_meet[p], p),
        )
        for p in needy:
            if time.monotonic() > deadline:
                return done
            for r in sorted(idx.req_of[p], key=lambda r: (-idx.weight[r], r)):
                if sched.total[p] >= idx.min_meet[p]:
                    break
                if sched.slot_of[r] < 0 and idx.options[r] and _bring_in(idx, sched, r, p, by_slot):
                    done += 1
        if done == before:
            break
    return done


def _bring_in(idx: Index, sched: Schedule, r: int, p: int, by_slot: dict[int, set[int]]) -> bool:
    q = idx.rb[r] if idx.ra[r] == p else idx.ra[r]
    if sched.total[p] >= idx.max_meet[p]:
        return False
    for t, pair in idx.options[r]:
        if sched.seat_used[p, t] >= idx.seats[p]:
            continue
        if sched.fits(r, t, pair):
            sched.place(r, t, pair)
            by_slot.setdefault(t, set()).add(r)
            return True
        for other in _blockers(idx, sched, t, q, by_slot):
            if (
                other == r
                or idx.weight[other] > idx.weight[r]
                or idx.required[other]
                or p in (idx.ra[other], idx.rb[other])
            ):
                continue
            losers = [u for u in (idx.ra[other], idx.rb[other]) if u != q]
            if any(sched.total[u] - 1 < idx.min_meet[u] for u in losers):
                continue
            old = (sched.slot_of[other], sched.pair_of[other])
            sched.remove(other)
            if sched.fits(r, t, pair):
                sched.place(r, t, pair)
                by_slot[old[0]].discard(other)
                by_slot.setdefault(t, set()).add(r)
                return True
            sched.place(other, *old)
    return False


def _blockers(idx: Index, sched: Schedule, t: int, q: int, by_slot: dict[int, set[int]]) -> list[int]:
    """Meetings whose removal could free slot t for a meeting with q (q's seat, a table, q's total)."""
    at_t = by_slot.get(t, set()) if sched.tables_used[t] >= idx.tables[t] else set()
    mine = [s for s in idx.req_of[q] if sched.slot_of[s] == t]
    if sched.total[q] >= idx.max_meet[q]:
        mine = [s for s in idx.req_of[q] if sched.slot_of[s] >= 0]
    return sorted(set(mine) | at_t, key=lambda s: (idx.weight[s], s))
