"""The pipeline: select meetings (LP/MIP), fairness, re-time for gaps, write the result."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from b2bsolver import compact, descend, fairness, feasibility, highs, repair, retime, select
from b2bsolver.model import Index, Schedule, build_index, idle_gaps, shortfall
from b2bsolver.problem import Problem
from b2bsolver.result import Meeting, Result, Stats, Unscheduled

RETIME_STEPS_PER_SECOND = 4  # CP-SAT neighbourhoods per second of time limit (~50 ms each here)
ANNEAL_STEPS_PER_SECOND = 15_000  # annealing steps per second of time limit (~40k steps/s here)
ANNEAL_TEMPERATURE = 0.3
SAFETY = 0.1  # seconds kept to write the result, plus SAFETY_PER_REQUEST each
SAFETY_PER_REQUEST = 2e-5
CROWDED = 0.3  # share of used slots with every table taken
EXCHANGE = 0.5  # share of annealing steps trading slots with an unrelated meeting


def solve(
    problem: Problem,
    *,
    time_limit: float = 10.0,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> Result:
    start = time.monotonic()
    deadline = start + time_limit
    highs.warm_up()
    idx = build_index(problem)
    say = progress or (lambda _msg: None)
    static = [r for r in range(len(idx.req_ids)) if idx.required[r] and r in idx.reasons]
    if static:
        return _infeasible(idx, {r: idx.reasons[r] for r in static}, start, time_limit, seed)
    prev_slot = repair.previous_slots(idx)
    bonus = repair.keep_bonus(idx, prev_slot)
    sched = Schedule(idx)
    usable = [r for r in range(len(idx.req_ids)) if idx.options[r]]
    ub_total = 0.0
    proven = True
    groups = select.components(idx, usable)
    say(f"select: {len(usable)} requests in {len(groups)} independent parts")
    for k, group in enumerate(groups):
        # Repairs are short: the LP must finish, the gap phases matter less there.
        portion = 0.8 if problem.previous is not None else 0.6
        share = (deadline - time.monotonic()) * portion * len(group) / max(1, sum(len(g) for g in groups[k:]))
        ub, ok, infeasible = select.solve_component(idx, group, sched, time_limit=share, seed=seed, bonus=bonus)
        if infeasible:
            required = [r for r in group if idx.required[r]]
            left = max(0.5, deadline - time.monotonic())
            return _infeasible(
                idx, feasibility.explain(idx, required, time_limit=left, seed=seed), start, time_limit, seed
            )
        ub_total += ub
        proven = proven and ok
        say(f"select: part {k + 1}/{len(groups)} weight {sched.weight():.6g} bound {ub_total:.6g} proven {ok}")
    missing = [r for r in usable if idx.required[r] and sched.slot_of[r] < 0]
    if missing:
        sched, reasons = _place_required(idx, sched, deadline, seed)
        if reasons:
            return _infeasible(idx, reasons, start, time_limit, seed)
        proven = False
    select.fill(idx, sched, usable)
    if not proven:
        select.augment(idx, sched, usable, deadline=start + time_limit * 0.6)
    if proven:
        fairness.balance(idx, sched, usable, deadline=deadline, seed=seed, bonus=bonus)
    if problem.previous is None:
        fairness.rebalance(idx, sched, deadline=start + time_limit * 0.7)
    say(f"fairness: shortfall (largest, summed) {shortfall(idx, sched.total)}")
    _compact_days(
        idx,
        sched,
        time_limit=time_limit,
        deadline=deadline,
        seed=seed,
        prev_slot=prev_slot if problem.previous is not None else None,
        say=say,
    )
    return _result(idx, sched, ub_total, proven, start)


def _compact_days(
    idx: Index,
    sched: Schedule,
    *,
    time_limit: float,
    deadline: float,
    seed: int,
    prev_slot: list[int] | None,
    say: Callable[[str], None],
) -> None:
    """Objective 3 on the fixed set of meetings: front-load, anneal, cheap moves, then CP-SAT neighbourhoods.

    Work budgets scale with the time limit, not with the time left, so that a seed and a
    limit reproduce the schedule; the deadline only guards against a slow machine.
    """
    people = list(range(len(idx.part_ids)))
    margin = deadline - SAFETY - SAFETY_PER_REQUEST * len(idx.req_ids)

    def share(fraction: float) -> float:
        now = time.monotonic()
        return now + max(0.0, margin - now) * fraction

    if prev_slot is None:
        compact.restart_earliest(idx, sched, deadline=share(0.1))
    # Random moves need free tables; when most used slots are full, the exact moves and the
    # CP-SAT neighbourhoods do better, so they go first and get most of the time.
    used = [t for t, n in enumerate(sched.tables_used) if n > 0]
    crowded = sum(1 for t in used if sched.tables_used[t] >= idx.tables[t]) >= CROWDED * max(1, len(used))
    if crowded:
        compact.polish(idx, sched, people, deadline=share(0.35), prev_slot=prev_slot)
        say(f"polish: idle gaps {idle_gaps(sched)}")
    began = time.monotonic()
    descend.descend(
        idx,
        sched,
        steps=int(ANNEAL_STEPS_PER_SECOND * time_limit),
        deadline=share(0.75),
        seed=seed,
        prev_slot=prev_slot,
        temperature=0.0 if prev_slot is not None else ANNEAL_TEMPERATURE,
        exchange=EXCHANGE,
    )
    say(f"anneal: idle gaps {idle_gaps(sched)} after {time.monotonic() - began:.1f}s")
    compact.polish(idx, sched, people, deadline=share(0.6), prev_slot=prev_slot)
    say(f"polish: idle gaps {idle_gaps(sched)}")
    if time.monotonic() < margin:
        retime.improve(
            idx,
            sched,
            max_steps=int(time_limit * RETIME_STEPS_PER_SECOND),
            deadline=margin,
            seed=seed,
            prev_slot=prev_slot,
            # measured: with full tables, smaller and quicker neighbourhoods succeed more often
            size=15 if crowded else 30,
            step_time=0.03 if crowded else 0.05,
            progress=say,
        )


def _place_required(idx: Index, sched: Schedule, deadline: float, seed: int) -> tuple[Schedule, dict[int, str]]:
    """The rounding missed a required request: place the required set exactly, then refill."""
    required = [r for r in range(len(idx.req_ids)) if idx.required[r]]
    status, placement = feasibility.place_required(
        idx, required, time_limit=max(0.5, deadline - time.monotonic()), seed=seed
    )
    if status == "infeasible":
        return sched, feasibility.explain(idx, required, time_limit=max(0.5, deadline - time.monotonic()), seed=seed)
    if status == "unknown":
        return sched, dict.fromkeys(required, "no placement found within the time limit (not proven impossible)")
    fresh = Schedule(idx)
    for r, (t, pair) in sorted(placement.items()):
        fresh.place(r, t, pair)
    for r in sorted(sched.scheduled(), key=lambda r: (-idx.weight[r], r)):
        if fresh.slot_of[r] < 0:
            fresh.try_place(r, prefer=sched.slot_of[r])
    return fresh, {}


def _tables(idx: Index, sched: Schedule) -> dict[int, int]:
    """Table numbers 1..n per slot, in request-id order (any distinct numbering is valid)."""
    counter: dict[int, int] = {}
    table = {}
    for r in sorted(sched.scheduled(), key=lambda r: idx.req_ids[r]):
        t = sched.slot_of[r]
        counter[t] = counter.get(t, 0) + 1
        table[r] = counter[t]
    return table


def result_from_schedule(idx: Index, sched: Schedule, *, upper_bound: float, start: float) -> Result:
    """A ``feasible`` result for any schedule (used by the benchmark baselines)."""
    return _result(idx, sched, upper_bound, False, start)


def _result(
    idx: Index,
    sched: Schedule,
    ub: float,
    proven: bool,
    start: float,
    *,
    status: str | None = None,
    failures: dict[int, str] | None = None,
) -> Result:
    table = _tables(idx, sched)
    meetings = tuple(
        Meeting(
            request=idx.req_ids[r], slot=idx.slot_ids[sched.slot_of[r]], table=table[r], interpreter=sched.pair_of[r]
        )
        for r in sorted(sched.scheduled(), key=lambda r: idx.req_ids[r])
    )
    failures = failures or {}
    unscheduled = []
    for r in range(len(idx.req_ids)):
        if sched.slot_of[r] >= 0:
            continue
        reason = failures.get(r) or idx.reasons.get(r) or "no capacity left after higher-value meetings"
        unscheduled.append(Unscheduled(request=idx.req_ids[r], reason=reason))
    if status == "infeasible":
        unscheduled.sort(key=lambda u: (u.request not in {idx.req_ids[r] for r in failures}, u.request))
    weight = sched.weight()
    if ub < weight or (proven and abs(ub - weight) <= 1e-6 * max(1.0, abs(weight))):
        ub = weight  # the solver's optimum within its tolerance
    else:
        ub = math.ceil(ub * 1e6) / 1e6  # rounding up keeps it a bound and drops float noise
    moved, dropped = repair.changes(idx, sched)
    worst, summed = shortfall(idx, sched.total)
    stats = Stats(
        meetings=len(meetings),
        weight=weight,
        upper_bound=ub,
        idle_gaps=idle_gaps(sched),
        moved=moved,
        dropped=dropped,
        seconds=round(time.monotonic() - start, 3),
        extra={"fairness_shortfall": summed, "fairness_worst": worst},
    )
    if status is None:
        status = "optimal" if proven and weight >= ub - 1e-6 * max(1.0, abs(ub)) else "feasible"
    return Result(status=status, meetings=meetings, unscheduled=tuple(unscheduled), stats=stats)


def _infeasible(idx: Index, reasons: dict[int, str], start: float, time_limit: float, seed: int) -> Result:
    """Best effort without the impossible required flags: every other hard rule still holds."""
    relaxed = Schedule(idx)
    deadline = start + time_limit
    usable = [r for r in range(len(idx.req_ids)) if idx.options[r]]
    ub_total = 0.0
    keep_required = [r for r in usable if idx.required[r] and r not in reasons]
    status, placement = feasibility.place_required(
        idx, keep_required, time_limit=max(0.2, (deadline - time.monotonic()) / 2), seed=seed
    )
    if status == "feasible":
        for r, (t, pair) in sorted(placement.items()):
            relaxed.place(r, t, pair)
    select.fill(idx, relaxed, usable)
    ub_total = sum(idx.weight[r] for r in usable)
    return _result(idx, relaxed, ub_total, False, start, status="infeasible", failures=reasons)
