"""The two greedy baselines: each request, in its order, goes to its earliest feasible slot.

first-come-first-served: request order as given (what event tools do);
highest-weight-first: by decreasing weight, ties in request order.
Both take the required requests first, so that they at least try to honour them.
"""

from __future__ import annotations

import time

from b2bsolver.model import Schedule, build_index
from b2bsolver.problem import Problem
from b2bsolver.result import Result
from b2bsolver.solver import result_from_schedule


def greedy(problem: Problem, *, by_weight: bool) -> Result:
    start = time.monotonic()
    idx = build_index(problem)
    sched = Schedule(idx)
    order = list(range(len(idx.req_ids)))
    if by_weight:
        order.sort(key=lambda r: -idx.weight[r])
    order.sort(key=lambda r: not idx.required[r])  # both honour required requests first
    for r in order:
        sched.try_place(r)
    total = sum(idx.weight[r] for r in order if idx.options[r])
    return result_from_schedule(idx, sched, upper_bound=total, start=start)
