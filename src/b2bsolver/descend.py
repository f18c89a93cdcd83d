"""Randomised descent on idle gaps: random moves and swaps, accepted unless they add gaps.

Accepting equal-gap moves lets the schedule drift across plateaus where the first-improvement
moves of ``compact`` are stuck. Two kinds of step around a participant-day with gaps:

* move: one of its meetings goes to another usable slot of the same city;
* hand-over: its meeting with x and another meeting of x trade slots, so x's day stays as
  it was while the participant and x's other partner move.

Work is counted in steps (deterministic for a seed); the wall clock is only a safety stop.
"""

from __future__ import annotations

import math
import random
import time

from b2bsolver.compact import day_gaps, move_delta
from b2bsolver.model import Index, Schedule

REFRESH = 500  # steps between rebuilds of the list of participant-days with gaps


def descend(
    idx: Index,
    sched: Schedule,
    *,
    steps: int,
    deadline: float,
    seed: int,
    prev_slot: list[int] | None = None,
    temperature: float = 0.0,
    exchange: float = 0.0,
) -> int:
    """Returns the gaps removed. With a temperature, a step adding d gaps is accepted with
    probability exp(-d / T), T falling linearly to zero. ``exchange`` is the share of
    steps that trade slots with an unrelated meeting (useful when tables are full)."""
    rng = random.Random(seed)  # noqa: S311 - search diversification, not security
    by_part: dict[int, list[int]] = {}
    for r in sched.scheduled():
        by_part.setdefault(idx.ra[r], []).append(r)
        by_part.setdefault(idx.rb[r], []).append(r)
    for meetings in by_part.values():
        meetings.sort()
    removed = 0
    gap_days: dict[int, list[int]] = {}
    dirty = set(by_part)
    hot: list[tuple[int, int]] = []
    refresh = max(REFRESH, len(sched.scheduled()) // 10)  # the index rebuild is linear in meetings
    for step in range(steps):
        if step % refresh == 0:
            if time.monotonic() > deadline:
                break
            for v in dirty:
                gap_days[v] = _gap_days(idx, sched, by_part[v], v)
            dirty.clear()
            hot = [(v, q) for v in sorted(gap_days) for q in gap_days[v]]
            if not hot:
                break
            at_slot: dict[int, list[int]] = {}
            for m in sched.scheduled():
                at_slot.setdefault(sched.slot_of[m], []).append(m)
        u, q = hot[rng.randrange(len(hot))]
        day = [r for r in by_part.get(u, []) if idx.seq_of[sched.slot_of[r]] == q]
        if not day:
            continue
        r = day[rng.randrange(len(day))]
        if prev_slot is not None and prev_slot[r] == sched.slot_of[r]:
            continue
        limit = 0.0
        if temperature > 0:
            heat = temperature * (1 - step / steps)
            limit = -heat * math.log(max(rng.random(), 1e-12)) if heat > 0 else 0.0
        if exchange and rng.random() < exchange:
            removed += _exchange(idx, sched, r, at_slot, rng=rng, limit=limit, prev_slot=prev_slot, dirty=dirty)
            continue
        removed += _step(idx, sched, (u, r), by_part=by_part, rng=rng, limit=limit, prev_slot=prev_slot, dirty=dirty)
    return removed


def _step(
    idx: Index,
    sched: Schedule,
    where: tuple[int, int],
    *,
    by_part: dict[int, list[int]],
    rng: random.Random,
    limit: float,
    prev_slot: list[int] | None,
    dirty: set[int],
) -> int:
    """One move or hand-over of meeting r of participant u; returns the gaps removed."""
    u, r = where
    if rng.random() < 0.5:
        gain = _try_move(idx, sched, r, rng, limit)
        if gain is None:
            return 0
        dirty.update((idx.ra[r], idx.rb[r]))
        return gain
    x = idx.rb[r] if idx.ra[r] == u else idx.ra[r]
    theirs = by_part.get(x, [])
    r2 = theirs[rng.randrange(len(theirs))]
    if r2 == r or (prev_slot is not None and prev_slot[r2] == sched.slot_of[r2]):
        return 0
    gain = _try_swap(idx, sched, x, (r, r2), limit)
    if gain is None:
        return 0
    dirty.update((idx.ra[r], idx.rb[r], idx.ra[r2], idx.rb[r2]))
    return gain


def _exchange(  # noqa: PLR0911 - each early return is one reason the exchange cannot happen
    idx: Index,
    sched: Schedule,
    r: int,
    at_slot: dict[int, list[int]],
    *,
    rng: random.Random,
    limit: float,
    prev_slot: list[int] | None,
    dirty: set[int],
) -> int:
    """r and a meeting of four other people in another slot of the city trade slots."""
    t1 = sched.slot_of[r]
    options = [t for t, _pair in idx.options[r] if t != t1 and idx.city[t] == idx.city[t1]]
    if not options:
        return 0
    t2 = options[rng.randrange(len(options))]
    there = at_slot.get(t2, [])
    if not there:
        return 0
    r2 = there[rng.randrange(len(there))]
    people = (idx.ra[r], idx.rb[r], idx.ra[r2], idx.rb[r2])
    if sched.slot_of[r2] != t2 or len(set(people)) < 4 or (prev_slot is not None and prev_slot[r2] == t2):
        return 0
    if not all(idx.avail[u][t2] for u in people[:2]) or not all(idx.avail[u][t1] for u in people[2:]):
        return 0
    delta = sum(move_delta(idx, sched, u, t1, t2) for u in people[:2])
    delta += sum(move_delta(idx, sched, u, t2, t1) for u in people[2:])
    if delta > limit:
        return 0
    if not _trade_slots(idx, sched, r, r2):
        return 0
    dirty.update(people)
    return -delta


def _gap_days(idx: Index, sched: Schedule, meetings: list[int], u: int) -> list[int]:
    days = sorted({idx.seq_of[sched.slot_of[r]] for r in meetings})
    return [q for q in days if day_gaps(idx, sched, u, q) > 0]


def _try_move(idx: Index, sched: Schedule, r: int, rng: random.Random, limit: float) -> int | None:
    """Gaps removed by the accepted move, None when nothing changed."""
    t0 = sched.slot_of[r]
    options = [(t, pair) for t, pair in idx.options[r] if t != t0 and idx.city[t] == idx.city[t0]]
    if not options:
        return None
    t, pair = options[rng.randrange(len(options))]
    if not sched.fits(r, t, pair, count_total=False):
        return None
    delta = move_delta(idx, sched, idx.ra[r], t0, t) + move_delta(idx, sched, idx.rb[r], t0, t)
    if delta > limit:
        return None
    sched.place(r, t, pair)
    return -delta


def _try_swap(idx: Index, sched: Schedule, pivot: int, pair: tuple[int, int], limit: float) -> int | None:
    """Both meetings of `pair` involve `pivot`; they trade slots (pivot's days are unchanged)."""
    r1, r2 = pair
    t1, t2 = sched.slot_of[r1], sched.slot_of[r2]
    if t1 == t2 or idx.city[t1] != idx.city[t2]:
        return None
    x = idx.rb[r1] if idx.ra[r1] == pivot else idx.ra[r1]
    y = idx.rb[r2] if idx.ra[r2] == pivot else idx.ra[r2]
    if not idx.avail[x][t2] or not idx.avail[y][t1]:
        return None
    delta = move_delta(idx, sched, x, t1, t2) + move_delta(idx, sched, y, t2, t1)
    if delta > limit:
        return None
    return -delta if _trade_slots(idx, sched, r1, r2) else None


def _trade_slots(idx: Index, sched: Schedule, r1: int, r2: int) -> bool:
    """Put r1 in r2's slot and r2 in r1's, each with a pair of tables/interpreters that fits there;
    when either does not fit, both go back where they were and nothing has changed."""
    t1, t2 = sched.slot_of[r1], sched.slot_of[r2]
    p1, p2 = sched.pair_of[r1], sched.pair_of[r2]
    sched.remove(r1)
    sched.remove(r2)
    o1 = next(((t, p) for t, p in idx.options[r1] if t == t2 and sched.fits(r1, t, p, count_total=False)), None)
    if o1 is not None:
        sched.place(r1, *o1)
        o2 = next(((t, p) for t, p in idx.options[r2] if t == t1 and sched.fits(r2, t, p, count_total=False)), None)
        if o2 is not None:
            sched.place(r2, *o2)
            return True
        sched.remove(r1)
    sched.place(r1, t1, p1)
    sched.place(r2, t2, p2)
    return False
