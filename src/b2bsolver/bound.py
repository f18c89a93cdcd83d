"""The time-indexed relaxation: one column per (request, usable slot, interpreter pair).

Rows: each request at most once (exactly once if required); per participant and slot at
most ``seats``; per slot at most ``tables``; per slot and language pair at most the
interpreters; per participant at most ``max_meetings``. Its LP optimum bounds the total
weight of every feasible schedule from above, which certifies ``upper_bound`` (HiGHS
declares optimality once primal and dual agree within its 1e-7 tolerance). The same
model with integral columns is the exact MIP.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from b2bsolver.highs import LinearProgram
from b2bsolver.model import UNLIMITED, Index, Schedule

Column = tuple[int, int, str | None]  # request, slot, interpreter pair


@dataclass
class Relaxation:
    cols: list[Column]
    program: LinearProgram


def build(
    idx: Index, reqs: list[int], cost: list[float], *, required_hard: bool = True, used: Schedule | None = None
) -> Relaxation:
    """The model over ``reqs``; ``cost`` is aligned with the columns (see ``columns_cost``).

    With ``used``, capacities are what the meetings already placed there leave over.
    """
    seats = [idx.seats[p] - (0 if used is None else used.seat_used[p]) for p in range(len(idx.part_ids))]
    tables = [idx.tables[t] - (0 if used is None else used.tables_used[t]) for t in range(len(idx.slot_ids))]
    total = [idx.max_meet[p] - (0 if used is None else used.total[p]) for p in range(len(idx.part_ids))]

    def interp(t: int, pair: str) -> int:
        return idx.interp[t][pair] - (0 if used is None else used.interp_used.get((t, pair), 0))

    cols: list[Column] = [(r, t, pair) for r in reqs for t, pair in idx.options[r]]
    rows: list[list[int]] = []
    lower: list[float] = []
    upper: list[float] = []

    def add(members: list[int], lo: float, hi: float) -> None:
        rows.append(members)
        lower.append(lo)
        upper.append(hi)

    by_req: dict[int, list[int]] = {}
    by_part_slot: dict[tuple[int, int], list[int]] = {}
    by_slot: dict[int, list[int]] = {}
    by_pair: dict[tuple[int, str], list[int]] = {}
    by_part: dict[int, list[int]] = {}
    for j, (r, t, pair) in enumerate(cols):
        by_req.setdefault(r, []).append(j)
        for p in (idx.ra[r], idx.rb[r]):
            by_part_slot.setdefault((p, t), []).append(j)
            by_part.setdefault(p, []).append(j)
        by_slot.setdefault(t, []).append(j)
        if pair is not None:
            by_pair.setdefault((t, pair), []).append(j)
    for r, members in by_req.items():
        add(members, 1.0 if required_hard and idx.required[r] else 0.0, 1.0)
    for (p, t), members in by_part_slot.items():
        if len(members) > int(seats[p][t]) if used is not None else len(members) > idx.seats[p]:
            add(members, 0.0, float(seats[p][t] if used is not None else idx.seats[p]))
    for t, members in by_slot.items():
        if idx.tables[t] < UNLIMITED and len(members) > tables[t]:
            add(members, 0.0, float(tables[t]))
    for (t, pair), members in by_pair.items():
        if len(members) > interp(t, pair):
            add(members, 0.0, float(interp(t, pair)))
    for p, members in by_part.items():
        if idx.max_meet[p] < UNLIMITED and len({cols[j][0] for j in members}) > total[p]:
            add(members, 0.0, float(total[p]))
    starts = np.zeros(len(rows) + 1, dtype=np.int32)
    np.cumsum([len(m) for m in rows], out=starts[1:])
    index = np.fromiter((j for m in rows for j in m), dtype=np.int32, count=int(starts[-1]))
    program = LinearProgram(
        cost=np.asarray(cost, dtype=np.float64),
        col_lower=np.zeros(len(cols)),
        col_upper=np.ones(len(cols)),
        row_lower=np.asarray(lower, dtype=np.float64),
        row_upper=np.asarray(upper, dtype=np.float64),
        starts=starts,
        index=index,
        value=np.ones(len(index)),
    )
    return Relaxation(cols=cols, program=program)


def columns_cost(idx: Index, reqs: list[int], bonus: dict[tuple[int, int], float] | None = None) -> list[float]:
    """Column costs in `build` order: the weight, plus an optional tie-break bonus per (request, slot)."""
    bonus = bonus or {}
    return [idx.weight[r] + bonus.get((r, t), 0.0) for r in reqs for t, _pair in idx.options[r]]
