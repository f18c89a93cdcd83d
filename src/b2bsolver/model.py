"""Integer-indexed view of a problem shared by the solver stages, plus a mutable schedule.

Slots are renumbered by start time so that a lower index means earlier; each request
gets its list of *options*: (slot, interpreter pair or None) where it could be held if
capacity allows. A request without options carries the reason why.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from b2bsolver.problem import Problem


def interpreter_pairs(lang_a: frozenset[str] | None, lang_b: frozenset[str] | None) -> list[str] | None:
    """None when no interpreter is needed, else the sorted pair keys that could bridge a and b."""
    if lang_a is None or lang_b is None or lang_a & lang_b:
        return None
    return sorted({"-".join(sorted((x, y))) for x in lang_a for y in lang_b if x != y})


@dataclass
class Index:
    problem: Problem
    slot_ids: list[str]
    tables: list[int]  # large number for unlimited
    interp: list[dict[str, int]]
    seq_of: list[int]  # day sequence of each slot
    seqs: list[list[int]]  # slots of each day sequence, in time order
    part_ids: list[str]
    seats: list[int]
    avail: list[np.ndarray]  # bool per slot
    max_meet: list[int]
    min_meet: list[int]
    req_ids: list[str]
    ra: list[int]
    rb: list[int]
    weight: list[float]
    required: list[bool]
    pinned: list[int]  # -1 when not pinned
    options: list[list[tuple[int, str | None]]]
    reasons: dict[int, str]  # requests without options, or otherwise hopeless
    req_of: list[list[int]]  # requests of each participant
    avail_by_day: list[list[list[bool]]]  # [participant][day] -> availability along the day
    city: list[str]


UNLIMITED = 1 << 30


def build_index(problem: Problem) -> Index:
    order = sorted(
        range(len(problem.slots)), key=lambda i: (problem.slots[i].start, problem.slots[i].city, problem.slots[i].id)
    )
    slots = [problem.slots[i] for i in order]
    slot_pos = {s.id: t for t, s in enumerate(slots)}
    days: dict[tuple[str, str], int] = {}
    seq_of = []
    for s in slots:
        seq_of.append(days.setdefault(s.day, len(days)))
    seqs: list[list[int]] = [[] for _ in days]
    for t, q in enumerate(seq_of):
        seqs[q].append(t)
    n_slots = len(slots)
    part_pos = {p.id: i for i, p in enumerate(problem.participants)}
    avail = []
    for p in problem.participants:
        mask = np.ones(n_slots, dtype=bool)
        if p.available is not None:
            mask[:] = False
            for sid in p.available:
                mask[slot_pos[sid]] = True
        avail.append(mask)
    idx = Index(
        problem=problem,
        slot_ids=[s.id for s in slots],
        tables=[UNLIMITED if s.tables is None else s.tables for s in slots],
        interp=[dict(s.interpreters) for s in slots],
        seq_of=seq_of,
        seqs=seqs,
        part_ids=[p.id for p in problem.participants],
        seats=[p.seats for p in problem.participants],
        avail=avail,
        max_meet=[UNLIMITED if p.max_meetings is None else p.max_meetings for p in problem.participants],
        min_meet=[p.min_meetings for p in problem.participants],
        req_ids=[r.id for r in problem.requests],
        ra=[part_pos[r.a] for r in problem.requests],
        rb=[part_pos[r.b] for r in problem.requests],
        weight=[r.weight for r in problem.requests],
        required=[r.required for r in problem.requests],
        pinned=[-1 if r.slot is None else slot_pos[r.slot] for r in problem.requests],
        options=[],
        reasons={},
        req_of=[[] for _ in problem.participants],
        avail_by_day=[[mask[seq].tolist() for seq in seqs] for mask in avail],
        city=[s.city for s in slots],
    )
    for r in range(len(problem.requests)):
        idx.req_of[idx.ra[r]].append(r)
        idx.req_of[idx.rb[r]].append(r)
        opts, reason = _options(idx, r)
        idx.options.append(opts)
        if reason:
            idx.reasons[r] = reason
    return idx


def _options(idx: Index, r: int) -> tuple[list[tuple[int, str | None]], str | None]:  # noqa: PLR0911
    # One early return per reason a request can never be held; the reason is reported.
    problem = idx.problem
    req = problem.requests[r]
    a, b = idx.ra[r], idx.rb[r]
    for p in (a, b):
        if idx.max_meet[p] == 0:
            return [], f"{idx.part_ids[p]} has max_meetings 0"
    common = idx.avail[a] & idx.avail[b]
    if idx.pinned[r] >= 0:
        t = idx.pinned[r]
        for p in (a, b):
            if not idx.avail[p][t]:
                return [], f"pinned slot {req.slot} is not available to {idx.part_ids[p]}"
        candidates = [t]
    else:
        candidates = [int(t) for t in np.flatnonzero(common)]
        if not candidates:
            return [], f"{req.a} and {req.b} share no available slot"
    candidates = [t for t in candidates if idx.tables[t] > 0]
    if not candidates:
        where = f"pinned slot {req.slot}" if idx.pinned[r] >= 0 else "any common slot"
        return [], f"no table in {where}"
    pairs = interpreter_pairs(problem.participant(req.a).languages, problem.participant(req.b).languages)
    if pairs is None:
        return [(t, None) for t in candidates], None
    opts = [(t, pair) for t in candidates for pair in pairs if idx.interp[t].get(pair, 0) > 0]
    if not opts:
        where = f"pinned slot {req.slot}" if idx.pinned[r] >= 0 else "any common slot"
        return [], f"no {' or '.join(pairs)} interpreter in {where}"
    return opts, None


class Schedule:
    """A mutable placement of requests with incremental capacity counters."""

    def __init__(self, idx: Index) -> None:
        self.idx = idx
        n_slots = len(idx.slot_ids)
        self.slot_of = [-1] * len(idx.req_ids)
        self.pair_of: list[str | None] = [None] * len(idx.req_ids)
        self.tables_used = [0] * n_slots
        self.seat_used = np.zeros((len(idx.part_ids), n_slots), dtype=np.int32)
        self.interp_used: dict[tuple[int, str], int] = {}
        self.total = [0] * len(idx.part_ids)

    def copy(self) -> Schedule:
        other = Schedule.__new__(Schedule)
        other.idx = self.idx
        other.slot_of = list(self.slot_of)
        other.pair_of = list(self.pair_of)
        other.tables_used = list(self.tables_used)
        other.seat_used = self.seat_used.copy()
        other.interp_used = dict(self.interp_used)
        other.total = list(self.total)
        return other

    def fits(self, r: int, t: int, pair: str | None, *, count_total: bool = True) -> bool:
        idx = self.idx
        a, b = idx.ra[r], idx.rb[r]
        if self.tables_used[t] >= idx.tables[t]:
            return False
        if self.seat_used[a, t] >= idx.seats[a] or self.seat_used[b, t] >= idx.seats[b]:
            return False
        if pair is not None and self.interp_used.get((t, pair), 0) >= idx.interp[t].get(pair, 0):
            return False
        return not count_total or (self.total[a] < idx.max_meet[a] and self.total[b] < idx.max_meet[b])

    def place(self, r: int, t: int, pair: str | None) -> None:
        idx = self.idx
        a, b = idx.ra[r], idx.rb[r]
        if self.slot_of[r] < 0:
            self.total[a] += 1
            self.total[b] += 1
        else:
            self._release(r)
        self.slot_of[r] = t
        self.pair_of[r] = pair
        self.tables_used[t] += 1
        self.seat_used[a, t] += 1
        self.seat_used[b, t] += 1
        if pair is not None:
            self.interp_used[(t, pair)] = self.interp_used.get((t, pair), 0) + 1

    def _release(self, r: int) -> None:
        idx = self.idx
        t, pair = self.slot_of[r], self.pair_of[r]
        a, b = idx.ra[r], idx.rb[r]
        self.tables_used[t] -= 1
        self.seat_used[a, t] -= 1
        self.seat_used[b, t] -= 1
        if pair is not None:
            self.interp_used[(t, pair)] -= 1

    def remove(self, r: int) -> None:
        if self.slot_of[r] < 0:
            return
        self._release(r)
        self.total[self.idx.ra[r]] -= 1
        self.total[self.idx.rb[r]] -= 1
        self.slot_of[r] = -1
        self.pair_of[r] = None

    def try_place(self, r: int, *, prefer: int = -1) -> bool:
        """Place r in a fitting option: `prefer` slot first, else the earliest."""
        options = self.idx.options[r]
        if prefer >= 0:
            for t, pair in options:
                if t == prefer and self.fits(r, t, pair):
                    self.place(r, t, pair)
                    return True
        for t, pair in options:
            if self.fits(r, t, pair):
                self.place(r, t, pair)
                return True
        return False

    def weight(self) -> float:
        return sum(self.idx.weight[r] for r, t in enumerate(self.slot_of) if t >= 0)

    def scheduled(self) -> list[int]:
        return [r for r, t in enumerate(self.slot_of) if t >= 0]


def idle_gaps_of(idx: Index, busy: np.ndarray, p: int) -> int:
    """Idle gaps of participant p given a bool 'busy' vector over slots."""
    total = 0
    for seq in idx.seqs:
        cols = np.asarray(seq)
        b = busy[cols]
        hits = np.flatnonzero(b)
        if len(hits) < 2:
            continue
        lo, hi = hits[0], hits[-1]
        window = cols[lo : hi + 1]
        total += int(np.count_nonzero(idx.avail[p][window] & ~busy[window]))
    return total


def idle_gaps(sched: Schedule) -> int:
    busy = sched.seat_used > 0
    return sum(idle_gaps_of(sched.idx, busy[p], p) for p in range(len(sched.idx.part_ids)))


def shortfall(idx: Index, total: list[int]) -> tuple[int, int]:
    """(largest, summed) shortfall below min_meetings over all participants."""
    gaps = [max(0, m - c) for m, c in zip(idx.min_meet, total, strict=True)]
    return (max(gaps, default=0), sum(gaps))
