"""Cheap gap moves in pure Python, used before and between the CP-SAT neighbourhoods.

``pack_day`` re-places every meeting of one day greedily (most constrained first, each
in the slot that adds the fewest idle gaps, earliest on ties) and keeps the result only
if every meeting found a slot and the day has fewer gaps. ``polish`` moves single
meetings within their day while that lowers the gaps of both parties. Neither changes
which meetings are held, so weight and fairness stay as selected.
"""

from __future__ import annotations

import time

from ortools.graph.python import linear_sum_assignment

from b2bsolver.model import Index, Schedule


def day_gaps(idx: Index, sched: Schedule, u: int, q: int, *, extra: int = -1, missing: int = -1) -> int:
    """Idle gaps of u on day q, optionally as if it also met in `extra` / no longer in `missing`."""
    seq = idx.seqs[q]
    held = sched.seat_used[u][seq].tolist()
    if extra >= 0:
        held[seq.index(extra)] += 1
    if missing >= 0:
        held[seq.index(missing)] -= 1
    first = last = -1
    for k, h in enumerate(held):
        if h > 0:
            if first < 0:
                first = k
            last = k
    if first < 0 or first == last:
        return 0
    avail = idx.avail_by_day[u][q]
    return sum(1 for k in range(first, last + 1) if held[k] <= 0 and avail[k])


def _day_options(idx: Index, r: int, q: int) -> list[tuple[int, str | None]]:
    return [(t, pair) for t, pair in idx.options[r] if idx.seq_of[t] == q]


def restart_earliest(idx: Index, sched: Schedule, *, rounds: int = 50, deadline: float = float("inf")) -> bool:
    """Re-place the selected meetings, each in its earliest fitting slot.

    The LP's slot choice is arbitrary among optima; front-loaded days are a far better start
    for the gap moves. Meetings that found no slot go first in the next round ("squeaky
    wheel"); kept only if every selected meeting finds a slot again, so weight is unchanged.
    """
    order = sorted(sched.scheduled(), key=lambda r: (len(idx.options[r]), -idx.weight[r], r))
    for _round in range(rounds):
        if time.monotonic() > deadline:
            break
        fresh = Schedule(idx)
        failed = [r for r in order if not fresh.try_place(r)]
        if not failed:
            sched.__dict__.update(fresh.__dict__)
            return True
        first = set(failed)
        order = failed + [r for r in order if r not in first]
    return False


def pack_day(idx: Index, sched: Schedule, q: int, meetings: list[int]) -> bool:
    people = sorted({idx.ra[r] for r in meetings} | {idx.rb[r] for r in meetings})
    before = sum(day_gaps(idx, sched, u, q) for u in people)
    if before == 0:
        return False
    saved = {r: (sched.slot_of[r], sched.pair_of[r]) for r in meetings}
    for r in meetings:
        sched.remove(r)
    order = sorted(meetings, key=lambda r: (len(_day_options(idx, r, q)), -idx.weight[r], r))
    ok = True
    for r in order:
        best = None
        a, b = idx.ra[r], idx.rb[r]
        base = day_gaps(idx, sched, a, q) + day_gaps(idx, sched, b, q)
        for t, pair in _day_options(idx, r, q):
            if not sched.fits(r, t, pair, count_total=False):
                continue
            cost = day_gaps(idx, sched, a, q, extra=t) + day_gaps(idx, sched, b, q, extra=t) - base
            if best is None or cost < best[0]:
                best = (cost, t, pair)
        if best is None:
            ok = False
            break
        sched.place(r, best[1], best[2])
    if ok and sum(day_gaps(idx, sched, u, q) for u in people) < before:
        return True
    for r in meetings:
        sched.remove(r)
    for r, (t, pair) in sorted(saved.items()):
        sched.place(r, t, pair)
    return False


def polish(
    idx: Index, sched: Schedule, people: list[int], *, deadline: float, prev_slot: list[int] | None = None
) -> int:
    """Moves then swaps until neither helps (or the deadline); returns gaps saved."""
    total = 0
    while time.monotonic() < deadline:
        saved = _moves(idx, sched, people, deadline, prev_slot) + _swaps(idx, sched, people, deadline, prev_slot)
        saved += _windows(idx, sched, people, deadline, prev_slot)
        total += saved
        if saved == 0:
            break
    return total


def _by_part(idx: Index, sched: Schedule) -> dict[int, list[int]]:
    by_part: dict[int, list[int]] = {}
    for r in sched.scheduled():
        by_part.setdefault(idx.ra[r], []).append(r)
        by_part.setdefault(idx.rb[r], []).append(r)
    return by_part


def move_delta(idx: Index, sched: Schedule, x: int, t0: int, t1: int) -> int:
    """Change in x's idle gaps if one of its meetings went from slot t0 to slot t1 (any days)."""
    q0, q1 = idx.seq_of[t0], idx.seq_of[t1]
    if q0 == q1:
        return day_gaps(idx, sched, x, q0, extra=t1, missing=t0) - day_gaps(idx, sched, x, q0)
    return (
        day_gaps(idx, sched, x, q0, missing=t0)
        - day_gaps(idx, sched, x, q0)
        + day_gaps(idx, sched, x, q1, extra=t1)
        - day_gaps(idx, sched, x, q1)
    )


def _swaps(idx: Index, sched: Schedule, people: list[int], deadline: float, prev_slot: list[int] | None) -> int:
    """Two meetings of one participant trade slots: its own days are unchanged, both partners move."""
    saved = 0
    by_part = _by_part(idx, sched)
    for u in people:
        if time.monotonic() > deadline:
            break
        mine = sorted(by_part.get(u, []), key=lambda r: sched.slot_of[r])
        for i, r1 in enumerate(mine):
            for r2 in mine[i + 1 :]:
                t1, t2 = sched.slot_of[r1], sched.slot_of[r2]
                if t1 == t2 or not _same_city(idx, t1, t2):
                    continue
                if prev_slot is not None and (prev_slot[r1] == t1 or prev_slot[r2] == t2):
                    continue
                x = idx.rb[r1] if idx.ra[r1] == u else idx.ra[r1]
                y = idx.rb[r2] if idx.ra[r2] == u else idx.ra[r2]
                if not idx.avail[x][t2] or not idx.avail[y][t1]:
                    continue
                gain = -(move_delta(idx, sched, x, t1, t2) + move_delta(idx, sched, y, t2, t1))
                if gain <= 0:
                    continue
                p1, p2 = sched.pair_of[r1], sched.pair_of[r2]
                sched.remove(r1)
                sched.remove(r2)
                o1 = [
                    (t, pair) for t, pair in idx.options[r1] if t == t2 and sched.fits(r1, t, pair, count_total=False)
                ]
                if o1:
                    sched.place(r1, *o1[0])
                    o2 = [
                        (t, pair)
                        for t, pair in idx.options[r2]
                        if t == t1 and sched.fits(r2, t, pair, count_total=False)
                    ]
                    if o2:
                        sched.place(r2, *o2[0])
                        saved += gain
                        continue
                    sched.remove(r1)
                sched.place(r1, t1, p1)
                sched.place(r2, t2, p2)
    return saved


def _same_city(idx: Index, t1: int, t2: int) -> bool:
    return idx.city[t1] == idx.city[t2]


def _moves(idx: Index, sched: Schedule, people: list[int], deadline: float, prev_slot: list[int] | None) -> int:
    """Single meetings move to another usable slot (of any day) when the two parties gain."""
    saved = 0
    by_part = _by_part(idx, sched)
    for u in people:
        if time.monotonic() > deadline:
            break
        for r in by_part.get(u, []):
            t0 = sched.slot_of[r]
            if prev_slot is not None and prev_slot[r] == t0:
                continue  # repairing: a kept meeting stays where it was published
            a, b = idx.ra[r], idx.rb[r]
            q = idx.seq_of[t0]
            if day_gaps(idx, sched, a, q) + day_gaps(idx, sched, b, q) == 0:
                continue
            best = None
            for t, pair in idx.options[r]:
                if t == t0 or not sched.fits(r, t, pair, count_total=False):
                    continue
                gain = -(move_delta(idx, sched, a, t0, t) + move_delta(idx, sched, b, t0, t))
                if gain > 0 and (best is None or gain > best[0]):
                    best = (gain, t, pair)
            if best is not None:
                sched.place(r, best[1], best[2])
                saved += best[0]
    return saved


def _windows(idx: Index, sched: Schedule, people: list[int], deadline: float, prev_slot: list[int] | None) -> int:
    """Re-time all meetings of one single-seat participant on one day at once.

    Its partners are distinct, so with everything else fixed the best placement into a
    window of consecutive available slots is an assignment problem (partner gap change
    as cost), solved exactly for every window and gap allowance below the current gaps.
    """
    if prev_slot is not None:
        return 0  # repairing: published meetings stay; the single moves above suffice
    saved = 0
    by_part = _by_part(idx, sched)
    for u in people:
        if time.monotonic() > deadline:
            break
        if idx.seats[u] != 1:
            continue
        by_day: dict[int, list[int]] = {}
        for r in by_part.get(u, []):
            by_day.setdefault(idx.seq_of[sched.slot_of[r]], []).append(r)
        for q, mine in sorted(by_day.items()):
            if len(mine) >= 2 and day_gaps(idx, sched, u, q) > 0:
                saved += _window_day(idx, sched, u, q, sorted(mine))
    return saved


def _window_day(idx: Index, sched: Schedule, u: int, q: int, mine: list[int]) -> int:
    """Best window for u's meetings of day q. A partner busy in a wanted slot may hand its
    other meeting over to the slot u's meeting leaves: the partner's own day is unchanged."""
    partners = [idx.rb[r] if idx.ra[r] == u else idx.ra[r] for r in mine]
    around = {u, *partners}
    handover: dict[int, tuple[int, str | None]] = {}
    for x in partners:
        for r in idx.req_of[x]:
            t = sched.slot_of[r]
            if t >= 0 and idx.seq_of[t] == q:
                around.update((idx.ra[r], idx.rb[r]))
                handover[r] = (t, sched.pair_of[r])
    people = sorted(around)
    before = sum(day_gaps(idx, sched, v, q) for v in people)
    own = day_gaps(idx, sched, u, q)
    direct = own + sum(day_gaps(idx, sched, x, q) for x in partners)
    saved = {r: (sched.slot_of[r], sched.pair_of[r]) for r in mine}
    for r in mine:
        sched.remove(r)
    base = [day_gaps(idx, sched, x, q) for x in partners]
    cost = [
        _row(idx, sched, r, x, q=q, base=base[i], t0=saved[r][0])
        for i, (r, x) in enumerate(zip(mine, partners, strict=True))
    ]
    avail = [t for t in idx.seqs[q] if idx.avail[u][t]]
    k = len(mine)
    best: tuple[int, Plan] | None = None
    for extra in range(max(1, own)):  # u's own gaps after the move are at most `extra`
        for start in range(len(avail) - (k + extra) + 1):
            plan = _assign(cost, avail[start : start + k + extra], k)
            if plan is not None and (best is None or plan[0] + extra < best[0]):
                best = (plan[0] + extra, plan[1])
    if best is not None and best[0] + sum(base) < direct:
        moved_away = {o: handover[o] for (_t, _p, o) in best[1].values() if o >= 0 and o in handover}
        if _apply(idx, sched, mine, best[1], saved):
            after = sum(day_gaps(idx, sched, v, q) for v in people)
            if after < before:
                return before - after
        _undo(idx, sched, mine, moved_away, saved)
        return 0
    for r, (t, pair) in sorted(saved.items()):
        sched.place(r, t, pair)
    return 0


def _row(
    idx: Index, sched: Schedule, r: int, x: int, *, q: int, base: int, t0: int
) -> dict[int, tuple[int, str | None, int]]:
    """Slot -> (gap change, pair, meeting handed over or -1) for meeting r with partner x."""
    row: dict[int, tuple[int, str | None, int]] = {}
    for t, pair in idx.options[r]:
        if idx.seq_of[t] != q or t in row:
            continue
        if sched.fits(r, t, pair, count_total=False):
            row[t] = (day_gaps(idx, sched, x, q, extra=t) - base, pair, -1)
        elif idx.seats[x] == 1 and sched.seat_used[x, t] == 1:
            other = next((s for s in idx.req_of[x] if sched.slot_of[s] == t), -1)
            if other < 0:
                continue
            v = idx.rb[other] if idx.ra[other] == x else idx.ra[other]
            if (
                idx.avail[v][t0]
                and sched.seat_used[v, t0] < idx.seats[v]
                and any(s == t0 for s, _ in idx.options[other])
            ):
                row[t] = (move_delta(idx, sched, v, t, t0), pair, other)
    return row


Plan = dict[int, tuple[int, str | None, int]]


def _apply(idx: Index, sched: Schedule, mine: list[int], plan: Plan, saved: dict[int, tuple[int, str | None]]) -> bool:
    """Hand-overs leave their slot, u's meetings take theirs, hand-overs take the slots left."""
    others = [plan[i][2] for i in range(len(mine)) if plan[i][2] >= 0]
    if len(set(others)) != len(others) or any(sched.slot_of[o] < 0 for o in others):
        return False
    for other in others:
        sched.remove(other)
    ok = True
    for i, r in enumerate(mine):
        t, pair, _other = plan[i]
        if ok and sched.fits(r, t, pair, count_total=False):
            sched.place(r, t, pair)
        else:
            ok = False
    for i, r in enumerate(mine):
        other = plan[i][2]
        if other < 0 or not ok:
            continue
        target = saved[r][0]
        fitting = [
            (s, pair) for s, pair in idx.options[other] if s == target and sched.fits(other, s, pair, count_total=False)
        ]
        if fitting:
            sched.place(other, *fitting[0])
        else:
            ok = False
    return ok


def _undo(
    idx: Index,
    sched: Schedule,
    mine: list[int],
    moved_away: dict[int, tuple[int, str | None]],
    saved: dict[int, tuple[int, str | None]],
) -> None:
    for r in [*mine, *moved_away]:
        sched.remove(r)
    for r, (t, pair) in sorted({**moved_away, **saved}.items()):
        sched.place(r, t, pair)


def _assign(cost: list[dict[int, tuple[int, str | None]]], window: list[int], k: int):
    """Cheapest assignment of the k meetings to distinct window slots (dummies fill the rest)."""
    solver = linear_sum_assignment.SimpleLinearSumAssignment()
    tails, heads, costs = [], [], []
    for i in range(k):
        for j, t in enumerate(window):
            if t in cost[i]:
                tails.append(i)
                heads.append(j)
                costs.append(cost[i][t][0] + 100)  # shifted: costs must not be negative
    for i in range(k, len(window)):
        for j in range(len(window)):
            tails.append(i)
            heads.append(j)
            costs.append(0)
    if len(set(tails)) < len(window) or len(set(heads)) < len(window):
        return None  # some meeting or slot has no arc: no perfect assignment (the solver would shrink)
    solver.add_arcs_with_cost(tails, heads, costs)
    if solver.solve() != solver.OPTIMAL:
        return None
    plan = {}
    for i in range(k):
        t = window[solver.right_mate(i)]
        plan[i] = (t, cost[i][t][1], cost[i][t][2])
    return solver.optimal_cost() - 100 * k, plan
