"""Small problem dictionaries for the engine tests (plain data, spec field names)."""

from __future__ import annotations

from typing import Any


def slots(
    n: int, *, day: str = "2026-02-16", city: str = "mexico-city", prefix: str = "s", **extra: Any
) -> list[dict[str, Any]]:
    out = []
    for k in range(n):
        hour, minute = divmod(9 * 60 + 20 * k, 60)
        out.append({"id": f"{prefix}{k}", "city": city, "start": f"{day}T{hour:02d}:{minute:02d}:00-06:00", **extra})
    return out


def problem(
    *,
    slot_list: list[dict[str, Any]] | None = None,
    people: list[str | dict[str, Any]] = (),
    requests: list[tuple[str, str] | dict[str, Any]] = (),
    previous: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """Requests given as (a, b) get ids r1, r2, ... in order."""
    reqs = []
    for k, item in enumerate(requests, start=1):
        if isinstance(item, tuple):
            reqs.append({"id": f"r{k}", "a": item[0], "b": item[1]})
        else:
            reqs.append({"id": f"r{k}", **item})
    data: dict[str, Any] = {
        "format": "b2b-problem/1",
        "slots": slot_list if slot_list is not None else slots(3),
        "participants": [{"id": p} if isinstance(p, str) else p for p in people],
        "requests": reqs,
    }
    if previous is not None:
        data["previous"] = previous
    return data
