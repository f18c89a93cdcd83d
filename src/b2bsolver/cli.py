"""Command line: ``trademission solve PROBLEM.json -o RESULT.json [--time-limit S] [--seed N]``.

``main`` receives the arguments after the word ``solve`` (the platform's dispatcher passes
``sys.argv[2:]``); ``python -m b2bsolver PROBLEM.json ...`` works the same. ``-`` means
stdin / stdout. Malformed input exits with status 2 and one line on stderr naming the
offending item; an infeasible problem still writes its result and exits with status 1.
"""

from __future__ import annotations

import argparse
import sys
import time

from b2bsolver.problem import ProblemError, loads_problem
from b2bsolver.result import dumps_result

EXIT_OK, EXIT_INFEASIBLE, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"b2bsolver: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="trademission solve", description="Schedule B2B meetings (b2b-problem/1 -> b2b-result/1).")
    parser.add_argument("problem", help="problem JSON file, or - for stdin")
    parser.add_argument("-o", "--output", default="-", help="result JSON file, or - for stdout (default)")
    parser.add_argument("--time-limit", type=float, default=10.0, help="seconds (default 10)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.time_limit <= 0:
        print("b2bsolver: error: --time-limit must be > 0", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.problem == "-":
            text = sys.stdin.buffer.read()
        else:
            with open(args.problem, "rb") as handle:
                text = handle.read()
    except OSError as exc:
        print(f"b2bsolver: error: cannot read {args.problem}: {exc.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        problem = loads_problem(text)
    except ProblemError as exc:
        print(f"b2bsolver: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from b2bsolver.solver import solve  # heavy imports only once the input is valid

    started = time.monotonic()

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"[{time.monotonic() - started:6.1f}s] {message}", file=sys.stderr, flush=True)

    result = solve(problem, time_limit=args.time_limit, seed=args.seed, progress=progress)
    text_out = dumps_result(result)
    try:
        if args.output == "-":
            sys.stdout.write(text_out)
            sys.stdout.flush()
        else:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text_out)
    except OSError as exc:
        print(f"b2bsolver: error: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    stats = result.stats
    progress(
        f"{result.status}: {stats.meetings} meetings, weight {stats.weight:g} of at most {stats.upper_bound:g}, "
        f"{stats.idle_gaps} idle gaps"
    )
    return EXIT_INFEASIBLE if result.status == "infeasible" else EXIT_OK
