"""Repair from a previously published schedule: keep placements, count what changed.

The keep-bonus is a tie-break on top of the weight (a small fraction of the smallest
weight per kept placement), so weight stays the first objective while, among schedules
of (nearly) equal weight, the one closest to the published one wins. Re-timing then
treats a moved meeting as far worse than an idle gap (see docs/algorithms/scheduling.md).
"""

from __future__ import annotations

from b2bsolver.model import Index, Schedule

KEEP_BONUS = 1e-3  # times the smallest request weight


def previous_slots(idx: Index) -> list[int]:
    prev = [-1] * len(idx.req_ids)
    if idx.problem.previous is None:
        return prev
    req_pos = {rid: r for r, rid in enumerate(idx.req_ids)}
    slot_pos = {sid: t for t, sid in enumerate(idx.slot_ids)}
    for placement in idx.problem.previous:
        prev[req_pos[placement.request]] = slot_pos[placement.slot]
    return prev


def keep_bonus(idx: Index, prev_slot: list[int]) -> dict[tuple[int, int], float]:
    if not idx.weight:
        return {}
    delta = KEEP_BONUS * min(idx.weight)
    return {(r, t): delta for r, t in enumerate(prev_slot) if t >= 0}


def changes(idx: Index, sched: Schedule) -> tuple[int, int]:
    """(moved, dropped) previous placements."""
    moved = dropped = 0
    for r, t in enumerate(previous_slots(idx)):
        if t < 0:
            continue
        if sched.slot_of[r] < 0:
            dropped += 1
        elif sched.slot_of[r] != t:
            moved += 1
    return moved, dropped
