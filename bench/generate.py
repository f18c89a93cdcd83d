"""Deterministic generator of realistic trade-mission scheduling problems.

Shape of the demo mission: two days in Mexico City for everybody, then two sector days
in Guadalajara (agri-food) or Monterrey (manufacturing); 18 twenty-minute slots a day;
Canadian organizations (1-2 seats, ~10 requests each, skewed towards popular Mexican
hosts) meet Mexican hosts who stay in their city; programme elements punch holes into
availability; English, French and Spanish speakers with scarce en-es and es-fr
interpreters. ``tight`` cuts tables to roughly half of what the meetings would need.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

CITY_DAYS = {
    "mexico-city": ["2026-02-16", "2026-02-17"],
    "guadalajara": ["2026-02-18", "2026-02-19"],
    "monterrey": ["2026-02-18", "2026-02-19"],
}
SHORT = {"mexico-city": "cdmx", "guadalajara": "gdl", "monterrey": "mty"}
SLOTS_PER_DAY = 18
OFFSET = timezone(timedelta(hours=-6))


def generate(
    *, canadians: int, hosts: int, requests_per_org: int = 10, tight: bool = False, seed: int = 1
) -> dict[str, Any]:
    rng = random.Random(seed)
    scale = (canadians + hosts) / 410
    slots = []
    slots_of: dict[str, list[str]] = {city: [] for city in CITY_DAYS}
    for city, days in CITY_DAYS.items():
        for day in days:
            base = datetime.fromisoformat(f"{day}T09:00:00").replace(tzinfo=OFFSET)
            for k in range(SLOTS_PER_DAY):
                start = base + timedelta(minutes=20 * k + (60 if k >= 9 else 0))  # lunch break
                sid = f"{SHORT[city]}-{day[5:7]}{day[8:10]}-{start:%H%M}"
                big = city == "mexico-city"
                tables = round((16 if big else 6) * scale) if tight else round((70 if big else 30) * scale)
                slots.append(
                    {
                        "id": sid,
                        "city": city,
                        "start": start.isoformat(),
                        "minutes": 20,
                        "tables": tables,
                        "interpreters": {
                            "en-es": max(1, round((5 if big else 2) * scale)),
                            "es-fr": max(1, round((1 if big else 0.5) * scale)),
                        },
                    }
                )
                slots_of[city].append(sid)
    participants = []
    host_ids: dict[str, list[str]] = {city: [] for city in CITY_DAYS}
    for i in range(hosts):
        city = rng.choices(list(CITY_DAYS), weights=[6, 2, 2])[0]
        pid = f"mx-{i + 1:04d}"
        host_ids[city].append(pid)
        langs = ["es"] if rng.random() < 0.5 else ["en", "es"]
        participants.append(
            {
                "id": pid,
                "side": "MX",
                "seats": 2 if rng.random() < 0.2 else 1,
                "available": _with_holes(rng, slots_of[city]),
                "languages": langs,
            }
        )
    popularity = {
        pid: 1.0 / (rank + 1) ** 0.8
        for city in host_ids
        for rank, pid in enumerate(rng.sample(host_ids[city], len(host_ids[city])))
    }
    requests = []
    seen: set[tuple[str, str]] = set()
    for i in range(canadians):
        pid = f"ca-{i + 1:04d}"
        sector_city = "guadalajara" if rng.random() < 0.5 else "monterrey"
        roll = rng.random()
        langs = ["en"] if roll < 0.7 else ["fr"] if roll < 0.85 else ["en", "fr"]
        participants.append(
            {
                "id": pid,
                "side": "CA",
                "seats": 2 if rng.random() < 0.3 else 1,
                "available": _with_holes(rng, slots_of["mexico-city"] + slots_of[sector_city]),
                "languages": langs,
                "max_meetings": 14,
                "min_meetings": 4,
            }
        )
        wanted = max(3, round(rng.gauss(requests_per_org, 2)))
        for _ in range(wanted):
            city = "mexico-city" if rng.random() < 0.6 else sector_city
            pool = host_ids[city]
            if not pool:
                continue
            host = rng.choices(pool, weights=[popularity[h] for h in pool])[0]
            if (pid, host) in seen:
                continue
            seen.add((pid, host))
            requests.append(
                {
                    "id": f"r-{len(requests) + 1:05d}",
                    "a": pid,
                    "b": host,
                    "weight": rng.choice([1.0, 1.0, 2.0, 2.0, 3.0, 5.0]),
                    "required": rng.random() < 0.01,
                    "slot": None,
                }
            )
    return {
        "format": "b2b-problem/1",
        "name": f"bench-{canadians}x{hosts}{'-tight' if tight else ''}",
        "slots": slots,
        "participants": participants,
        "requests": requests,
    }


def _with_holes(rng: random.Random, slot_ids: list[str]) -> list[str]:
    """Drop a programme element (a run of 3-6 slots) on some days, plus scattered single slots."""
    out = list(slot_ids)
    days = sorted({sid.rsplit("-", 1)[0] for sid in slot_ids})
    for day in days:
        if rng.random() < 0.5:
            day_slots = [s for s in out if s.startswith(day + "-")]
            length = rng.randint(3, 6)
            begin = rng.randrange(0, max(1, len(day_slots) - length))
            for s in day_slots[begin : begin + length]:
                out.remove(s)
    return [s for s in out if rng.random() > 0.03]


def cancel(
    problem: dict[str, Any], result: dict[str, Any], *, share: float = 0.05, seed: int = 2
) -> tuple[dict[str, Any], set[str]]:
    """The repair scenario: `share` of participants cancel; the published schedule becomes `previous`."""
    rng = random.Random(seed)
    ids = sorted(p["id"] for p in problem["participants"])
    gone = set(rng.sample(ids, round(share * len(ids))))
    fresh = dict(problem)
    fresh["participants"] = [dict(p, available=[]) if p["id"] in gone else p for p in problem["participants"]]
    fresh["requests"] = [dict(r, required=False) if {r["a"], r["b"]} & gone else r for r in problem["requests"]]
    fresh["previous"] = [{"request": m["request"], "slot": m["slot"]} for m in result["meetings"]]
    return fresh, gone
