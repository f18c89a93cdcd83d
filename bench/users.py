"""Simulated users for bench/load.py: each one requests a page, reads it, and asks again.

wrk measures saturation (connections that never pause). People at a venue pause between pages, and
Debian's wrk 4.1 counts a Lua ``delay()`` inside the latency it reports, so this open-loop-ish model
is driven from Python: one thread and one keep-alive connection per user, a think time drawn
uniformly from [0.5, 1.5] × ``think`` seconds after each answer, and the latency of each request
measured from sending to the last byte read. The result has the shape of bench/load.py's wrk results.
"""

from __future__ import annotations

import http.client
import random
import statistics
import threading
import time
from typing import Any


def _percentile(ordered: list[float], percent: float) -> float:
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(percent / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def run_users(*, port: int, path: str, headers: dict[str, str], users: int, seconds: float, think: float,
              expected_status: int = 200, seed: int = 1) -> dict[str, Any]:
    """``users`` people on ``path`` for ``seconds``; latencies in microseconds like wrk's."""
    latencies: list[float] = []
    unexpected = [0]
    errors = {"connect": 0, "read": 0, "write": 0, "status": 0, "timeout": 0}
    received = [0]
    lock = threading.Lock()
    start = threading.Barrier(users)
    stop_at = [0.0]

    def user(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        start.wait()
        # Users arrive spread over one think time, not all in the same millisecond.
        time.sleep(rng.uniform(0, think))
        while time.monotonic() < stop_at[0]:
            sent = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                body = response.read()
            except TimeoutError:
                with lock:
                    errors["timeout"] += 1
                connection.close()
                continue
            except (OSError, http.client.HTTPException):
                with lock:
                    errors["read"] += 1
                connection.close()
                continue
            elapsed = (time.perf_counter() - sent) * 1e6
            with lock:
                latencies.append(elapsed)
                received[0] += len(body)
                if response.status != expected_status:
                    unexpected[0] += 1
                if response.status >= 400:  # what wrk counts as a status error
                    errors["status"] += 1
            time.sleep(think * rng.uniform(0.5, 1.5))
        connection.close()

    threads = [threading.Thread(target=user, args=(number,), daemon=True) for number in range(users)]
    began = time.monotonic()
    stop_at[0] = began + seconds
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    duration = time.monotonic() - began
    ordered = sorted(latencies)
    return {
        "requests": len(ordered), "duration_us": int(duration * 1e6), "bytes": received[0],
        "responses": len(ordered), "unexpected_status": unexpected[0], "errors": errors,
        "latency_us": {"mean": statistics.fmean(ordered) if ordered else 0.0,
                       "stdev": statistics.pstdev(ordered) if ordered else 0.0,
                       "min": ordered[0] if ordered else 0, "max": ordered[-1] if ordered else 0,
                       **{f"p{p}": _percentile(ordered, p) for p in (50, 75, 90, 95, 99)}},
        "requests_per_s": len(ordered) / duration if duration else 0.0,
        "errors_total": sum(errors.values()),
    }
