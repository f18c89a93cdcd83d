"""Scheduling benchmark: the engine against two greedy baselines on generated missions.

    uv run python -m bench.scheduling [--sizes mission,tight,10x,repair] [--seed N]

Each size runs in its own subprocess so that its peak memory (engine process plus its
HiGHS worker) is measured alone. Every result, baselines included, passes through
``b2bsolver.check``; a violation aborts the run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from typing import Any

from b2bsolver import check, dump_result, load_problem
from bench.baselines import greedy
from bench.generate import cancel, generate

SIZES: dict[str, dict[str, Any]] = {
    "mission": {"canadians": 250, "hosts": 160, "tight": False, "limit": 10.0},
    "tight": {"canadians": 250, "hosts": 160, "tight": True, "limit": 10.0},
    "10x": {"canadians": 2500, "hosts": 1600, "tight": False, "limit": 60.0},
    "repair": {"canadians": 250, "hosts": 160, "tight": False, "limit": 3.0},
}


def _row(
    size: str, method: str, problem, result, *, bound: float, hwf_gaps: int | None, **extra: Any
) -> dict[str, Any]:
    problems = check(problem, result)
    if problems:
        raise SystemExit(f"{size}/{method}: checker found {len(problems)} violations, first: {problems[0]}")
    stats = result.stats
    return {
        "size": size,
        "method": method,
        "participants": len(problem.participants),
        "requests": len(problem.requests),
        "meetings": stats.meetings,
        "weight": stats.weight,
        "bound": bound,
        "quality": stats.weight / bound if bound else 1.0,
        "gaps": stats.idle_gaps,
        "gaps_vs_hwf": stats.idle_gaps / hwf_gaps if hwf_gaps else None,
        "shortfall": stats.extra.get("fairness_shortfall", 0),
        "seconds": stats.seconds,
        "status": result.status,
        **extra,
    }


def run_one(size: str, seed: int) -> list[dict[str, Any]]:
    from b2bsolver import solve
    from b2bsolver.highs import stop

    spec = SIZES[size]
    data = generate(canadians=spec["canadians"], hosts=spec["hosts"], tight=spec["tight"], seed=seed)
    problem = load_problem(data)
    if size == "repair":
        first = solve(problem, time_limit=10.0, seed=seed)
        data, gone = cancel(data, dump_result(first), seed=seed + 1)
        problem = load_problem(data)
        started = time.monotonic()
        result = solve(problem, time_limit=spec["limit"], seed=seed)
        wall = time.monotonic() - started
        requests = {r.id: r for r in problem.requests}
        now = {m.request: m.slot for m in result.meetings}
        unaffected = [m for m in first.meetings if not {requests[m.request].a, requests[m.request].b} & gone]
        moved = sum(1 for m in unaffected if now.get(m.request, m.slot) != m.slot)
        dropped = sum(1 for m in unaffected if m.request not in now)
        rows = [
            _row(
                size,
                "b2bsolver",
                problem,
                result,
                bound=result.stats.upper_bound,
                hwf_gaps=None,
                wall=wall,
                unaffected=len(unaffected),
                unaffected_moved=moved,
                unaffected_dropped=dropped,
                moved=result.stats.moved,
                dropped=result.stats.dropped,
            )
        ]
    else:
        fcfs = greedy(problem, by_weight=False)
        hwf = greedy(problem, by_weight=True)
        started = time.monotonic()
        result = solve(problem, time_limit=spec["limit"], seed=seed)
        wall = time.monotonic() - started
        bound = result.stats.upper_bound
        gaps = hwf.stats.idle_gaps
        rows = [
            _row(size, "first-come-first-served", problem, fcfs, bound=bound, hwf_gaps=gaps),
            _row(size, "highest-weight-first", problem, hwf, bound=bound, hwf_gaps=gaps),
            _row(size, "b2bsolver", problem, result, bound=bound, hwf_gaps=gaps, wall=wall),
        ]
    stop()  # reap the HiGHS worker so that its peak memory is counted below
    peak_kb = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    rows[-1]["peak_mb"] = peak_kb / 1024
    return rows


def _fmt(row: dict[str, Any]) -> str:
    vs = "" if row["gaps_vs_hwf"] is None else f"{100 * row['gaps_vs_hwf']:.0f}%"
    peak = f"{row['peak_mb']:.0f}" if "peak_mb" in row else ""
    cells = [
        row["size"],
        row["method"],
        f"{row['participants']}/{row['requests']}",
        str(row["meetings"]),
        f"{row['weight']:.0f}",
        f"{row['bound']:.1f}",
        f"{row['quality']:.4f}",
        str(row["gaps"]),
        vs,
        str(row["shortfall"]),
        f"{row['seconds']:.1f}",
        peak,
    ]
    if row["size"] == "repair":
        cells.append(
            f"moved {row['unaffected_moved']}/{row['unaffected']} unaffected "
            f"({100 * row['unaffected_moved'] / max(1, row['unaffected']):.1f}%), dropped {row['dropped']}"
        )
    return "| " + " | ".join(cells) + " |"


HEADER = (
    "| size | method | participants/requests | meetings | weight | bound | quality | idle gaps | gaps vs HWF "
    "| shortfall | seconds | peak MB |\n|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scheduling")
    parser.add_argument("--sizes", default="mission,tight,10x,repair")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        sys.stdout.write(json.dumps(run_one(args.one, args.seed)) + "\n")
        return 0
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size(s): {', '.join(unknown)}; choose from {', '.join(SIZES)}")
    sys.stdout.write(HEADER + "\n")
    loads = []
    for size in sizes:
        done = subprocess.run(  # noqa: S603 - our own interpreter and module, fixed arguments
            [sys.executable, "-m", "bench.scheduling", "--one", size, "--seed", str(args.seed)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return done.returncode
        for row in json.loads(done.stdout):
            sys.stdout.write(_fmt(row) + "\n")
        sys.stdout.flush()
        loads.append(f"{size} {os.getloadavg()[0]:.1f}")
    # Other work on the machine slows every phase; the 1-minute load after each size says how much.
    sys.stdout.write(f"\nload average after each size ({os.cpu_count()} cores): {', '.join(loads)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
