"""Exact reasoning on the required requests: can they all be held at once, and if not, why."""

from __future__ import annotations

from ortools.sat.python import cp_model

from b2bsolver.model import UNLIMITED, Index

Variables = dict[tuple[int, int, str | None], cp_model.IntVar]


def place_required(
    idx: Index, reqs: list[int], *, time_limit: float, seed: int
) -> tuple[str, dict[int, tuple[int, str | None]]]:
    """("feasible", placement) | ("infeasible", {}) | ("unknown", {}) for holding all of `reqs`."""
    for u in {p for r in reqs for p in (idx.ra[r], idx.rb[r])}:
        if sum(1 for r in reqs if u in (idx.ra[r], idx.rb[r])) > idx.max_meet[u]:
            return "infeasible", {}
    model, x = _model(idx, reqs)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.max_time_in_seconds = max(0.1, time_limit)
    status = solver.solve(model)
    if status == cp_model.INFEASIBLE:
        return "infeasible", {}
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return "unknown", {}
    return "feasible", {r: (t, pair) for (r, t, pair), v in x.items() if solver.boolean_value(v)}


def _model(idx: Index, reqs: list[int]) -> tuple[cp_model.CpModel, Variables]:
    """Every request of `reqs` exactly once, within seats, tables and interpreters."""
    model = cp_model.CpModel()
    x: Variables = {}
    by_slot: dict[int, list] = {}
    by_pair: dict[tuple[int, str], list] = {}
    by_part_slot: dict[tuple[int, int], list] = {}
    for r in reqs:
        lits = []
        for t, pair in idx.options[r]:
            v = model.new_bool_var("")
            x[(r, t, pair)] = v
            lits.append(v)
            by_slot.setdefault(t, []).append(v)
            if pair is not None:
                by_pair.setdefault((t, pair), []).append(v)
            for u in (idx.ra[r], idx.rb[r]):
                by_part_slot.setdefault((u, t), []).append(v)
        model.add_exactly_one(lits)
    for t, lits in by_slot.items():
        if idx.tables[t] < UNLIMITED:
            model.add(sum(lits) <= idx.tables[t])
    for (t, pair), lits in by_pair.items():
        model.add(sum(lits) <= idx.interp[t][pair])
    for (u, _t), lits in by_part_slot.items():
        model.add(sum(lits) <= idx.seats[u])
    return model, x


def explain(idx: Index, reqs: list[int], *, time_limit: float, seed: int) -> dict[int, str]:
    """Reasons for a set of required requests that cannot all be held (a minimal conflict set)."""
    core = sorted(reqs)
    for r in list(core):
        rest = [s for s in core if s != r]
        status, _ = place_required(idx, rest, time_limit=time_limit / max(1, len(reqs)), seed=seed)
        if status == "infeasible":
            core = rest
    names = [idx.req_ids[r] for r in core]
    reasons = {}
    for r in core:
        parts = {idx.ra[r], idx.rb[r]}
        others = [idx.req_ids[s] for s in core if s != r]
        shared = sorted(idx.part_ids[u] for u in parts if all(u in (idx.ra[s], idx.rb[s]) for s in core))
        if len(core) == 1:
            reasons[r] = "cannot be placed"
        elif shared and any(
            len(core) > idx.max_meet[u] for u in parts if all(u in (idx.ra[s], idx.rb[s]) for s in core)
        ):
            reasons[r] = (
                f"required together with {', '.join(others)} but {shared[0]} allows fewer meetings (max_meetings)"
            )
        elif shared:
            reasons[r] = (
                f"required together with {', '.join(others)} but {shared[0]} has no free seat "
                "for all of them in their usable slots"
            )
        else:
            reasons[r] = (
                f"required together with {', '.join(others)}: tables, interpreters or seats in their usable slots "
                f"cannot hold all of {', '.join(names)}"
            )
    return reasons
