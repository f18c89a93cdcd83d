"""Web load benchmark: the delegate's agenda, the ICS feed and the organizer's schedule page under wrk.

    uv run python -m bench.load [--workers N] [--connections 50] [--duration 20] [--reload]

Production-like: PostgreSQL (database ``--database``, created if absent, demo loaded once and kept
for the next run unless ``--reload``), gunicorn with DEBUG off, wrk with ``--connections`` open
connections on two threads. Pages, all of the demo mission ``ctm-mexico-2026``:

* ``agenda``: ``/portal/<mission>/agenda/`` as delegate@example.com (session cookie);
* ``ics``: the same person's subscription feed, ``/portal/<mission>/agenda/feed/<token>.ics`` (no cookie);
* ``schedule``: ``/orga/<mission>/schedule/`` as organizer@example.com;
* ``ics-busiest``: the feed of the person with the most meetings (the worst case of the feed);

and, in the same run as baselines, ``static`` (a CSS file served by WhiteNoise), ``healthz`` (Django's
middleware and a one-line view) and ``login`` (a Django page with a template and no query), the one
the ratios are taken against. Each page is checked once (status 200 and its content), warmed up,
then measured; any error or unexpected status makes the exit status 1. ``ics-304`` repeats the
feed with the ETag it answered (a calendar app polling), expecting 304. Prints a table and writes
``var/bench/load.json``. Needs ``wrk`` (Debian package) and PostgreSQL; the numbers are for the
machine it runs on, wrk included, since it shares the CPU with the server.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.users import run_users

ROOT = Path(__file__).resolve().parents[1]
LUA = Path(__file__).with_name("load.lua")
MISSION = "ctm-mexico-2026"
BASELINE = "login"
TARGET_P95_MS = {"agenda": 100.0, "ics": 100.0}


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    cookie: str = ""
    expect: str = ""  # a text the body must contain
    baseline: bool = False
    status: int = 200
    headers: tuple[str, ...] = ()


def ensure_database(*, server: str, name: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"created database {name}")


def prepare(*, reload: bool) -> tuple[list[Page], dict[str, Any], list[str]]:
    """Load the demo if needed; the pages to measure, facts about the data, and the session keys made."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from trademission.accounts.models import User
    from trademission.agendas.domain.agendas import agenda_token, itinerary_for, person_of_user
    from trademission.directory.models import Person
    from trademission.missions.models import Mission
    from trademission.scheduling.enums import VersionStatus
    from trademission.scheduling.models import Meeting

    started = time.perf_counter()
    call_command("demo", "--no-serve", *(["--reset"] if reload else []), verbosity=0)
    print(f"demo ready in {time.perf_counter() - started:.1f} s")
    mission = Mission.objects.get(slug=MISSION)

    def session_cookie(email: str) -> tuple[str, str]:
        client = Client()
        client.force_login(User.objects.get(email=email), backend="django.contrib.auth.backends.ModelBackend")
        key = client.cookies["sessionid"].value
        return f"sessionid={key}", key

    delegate = person_of_user(user=User.objects.get(email="delegate@example.com"), mission=mission)
    itinerary = itinerary_for(delegate, mission=mission)
    live = Meeting.objects.filter(version__mission=mission, version__status=VersionStatus.LIVE)
    counts: dict[int, int] = {}
    for visiting, host in live.values_list("visiting_person_id", "host_person_id"):
        for person_id in (visiting, host):
            if person_id is not None:
                counts[person_id] = counts.get(person_id, 0) + 1
    busiest = Person.objects.select_related("organization").get(pk=max(counts, key=lambda pk: (counts[pk], -pk)))
    delegate_cookie, delegate_key = session_cookie("delegate@example.com")
    organizer_cookie, organizer_key = session_cookie("organizer@example.com")
    facts = {
        "mission": MISSION,
        "organizations": mission.organizations.count(),
        "people": Person.objects.filter(organization__mission=mission).count(),
        "live_meetings": live.count(),
        "delegate": {"name": delegate.name, "items": len(itinerary.items), "meetings": len(itinerary.meetings)},
        "busiest": {"name": busiest.name, "meetings": counts[busiest.pk]},
        "schedule_versions": mission.schedule_versions.count(),
    }
    pages = [
        Page("static", "/static/trademission/site.css", baseline=True),
        Page("healthz", "/healthz", expect="ok", baseline=True),
        Page("login", "/accounts/login/", expect="password", baseline=True),
        Page("agenda", f"/portal/{MISSION}/agenda/", cookie=delegate_cookie, expect="agenda.ics"),
        Page("ics", f"/portal/{MISSION}/agenda/feed/{agenda_token(person=delegate)}.ics", expect="BEGIN:VEVENT"),
        Page("schedule", f"/orga/{MISSION}/schedule/", cookie=organizer_cookie, expect="<form"),
        Page("ics-busiest", f"/portal/{MISSION}/agenda/feed/{agenda_token(person=busiest)}.ics",
             expect="BEGIN:VEVENT"),
    ]
    connection.close()  # gunicorn's workers open their own
    return pages, facts, [delegate_key, organizer_key]


def forget_sessions(keys: list[str]) -> None:
    from django.contrib.sessions.models import Session

    Session.objects.filter(session_key__in=keys).delete()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, cookie: str = "", headers: tuple[str, ...] = ()) -> tuple[int, str, dict[str, str]]:
    sent = dict(header.split(": ", 1) for header in headers) | ({"Cookie": cookie} if cookie else {})
    request = urllib.request.Request(url, headers=sent)  # noqa: S310 - our own server
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.read().decode(errors="replace"), dict(response.headers)
    except urllib.error.HTTPError as error:  # 304 included
        return error.code, "", dict(error.headers)


def start_gunicorn(*, port: int, workers: int, threads: int, log: Path, pythonpath: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "trademission.wsgi:application", "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--error-logfile", str(log), "--log-level", "warning"]
    if pythonpath:
        command += ["--pythonpath", pythonpath]
    if threads > 1:
        command += ["--threads", str(threads)]
    # A session of its own, so that stopping it can reach every worker even if the master dies first.
    server = subprocess.Popen(command, cwd=ROOT, start_new_session=True)  # noqa: S603 - fixed command
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with status {server.returncode}; see {log}")
        try:
            if fetch(f"http://127.0.0.1:{port}/healthz")[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    stop(server)
    raise SystemExit(f"gunicorn did not answer within 60 s; see {log}")


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()  # graceful: the master stops its workers
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    with contextlib.suppress(ProcessLookupError):  # a worker left behind by a master that died
        os.killpg(server.pid, signal.SIGKILL)


def wrk(url: str, page: Page, *, connections: int, threads: int, seconds: int) -> dict[str, Any]:
    command = ["wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency",
               "--timeout", "5s", "-s", str(LUA)]
    for header in (*page.headers, *([f"Cookie: {page.cookie}"] if page.cookie else [])):
        command += ["-H", header]
    environment = {**os.environ, "WRK_STATUS": str(page.status)}
    done = subprocess.run([*command, url], capture_output=True, text=True, check=True,  # noqa: S603
                          timeout=seconds + 60, env=environment)
    line = next(line for line in done.stdout.splitlines() if line.startswith("WRK_JSON "))
    result = json.loads(line.removeprefix("WRK_JSON "))
    result["requests_per_s"] = result["requests"] / (result["duration_us"] / 1e6)
    result["errors_total"] = sum(result["errors"].values())
    return result


def ms(microseconds: float) -> str:
    return f"{microseconds / 1000:.1f}"


@dataclass(frozen=True)
class Scenario:
    name: str
    connections: int
    meaning: str
    think: float = 0.0  # seconds a user pauses between pages; 0: wrk, no pause


def scenarios(args: argparse.Namespace) -> dict[str, Scenario]:
    return {
        "users": Scenario("users", args.connections,
                          f"{args.connections} users, each pausing {args.think * 0.5:g}–{args.think * 1.5:g} s "
                          "after every answer (bench/users.py)", think=args.think),
        "saturation": Scenario("saturation", args.connections,
                               f"{args.connections} connections, each sending its next request at once"),
        "single": Scenario("single", 1, "one connection: the service time of a page, no queueing"),
    }


def measure(port: int, page: Page, scenario: Scenario, *, wrk_threads: int, seconds: int) -> dict[str, Any]:
    if scenario.think:
        headers = dict(header.split(": ", 1) for header in page.headers) | (
            {"Cookie": page.cookie} if page.cookie else {})
        return run_users(port=port, path=page.path, headers=headers, users=scenario.connections, seconds=seconds,
                         think=scenario.think, expected_status=page.status)
    return wrk(f"http://127.0.0.1:{port}{page.path}", page, connections=scenario.connections, threads=wrk_threads,
               seconds=seconds)


def report(results: dict[str, dict[str, Any]]) -> list[str]:
    base = results.get(BASELINE)
    header = (f"| page | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | bad status | req/s vs {BASELINE} "
              f"| p95 vs {BASELINE} |")
    lines = [header, "|---|---|---|---|---|---|---|---|---|---|"]
    for name, result in results.items():
        latency = result["latency_us"]
        ratio_rps = f"{result['requests_per_s'] / base['requests_per_s']:.2f}" if base else ""
        ratio_p95 = f"{latency['p95'] / base['latency_us']['p95']:.2f}" if base else ""
        lines.append(f"| {name} | {result['requests_per_s']:.0f} | {ms(latency['p50'])} | {ms(latency['p95'])} "
                     f"| {ms(latency['p99'])} | {ms(latency['max'])} | {result['errors_total']} "
                     f"| {result['unexpected_status']} | {ratio_rps} | {ratio_p95} |")
    return lines


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 - one linear run, with its clean-up
    cores = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432",
                        help="PostgreSQL server URL, without database")
    parser.add_argument("--database", default="trademission_load")
    parser.add_argument("--reload", action="store_true", help="delete and load the demo data again")
    parser.add_argument("--workers", type=int, default=2 * cores + 1, help="gunicorn workers (default 2 × cores + 1)")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker (> 1: gthread workers)")
    parser.add_argument("--conn-max-age", type=int, default=60,
                        help="DATABASE_CONN_MAX_AGE for the server: seconds a worker keeps its connection")
    parser.add_argument("--connections", type=int, default=50)
    # The think-time scenario runs in Python (bench/users.py): Debian's wrk 4.1 counts a Lua delay() in latency.
    parser.add_argument("--scenarios", default="users,saturation,single", help="users, saturation, single")
    parser.add_argument("--think", type=float, default=2.0, help="mean pause of a user between pages (s)")
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--duration", type=int, default=20, help="seconds measured per page and scenario")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of load per page before measuring")
    parser.add_argument("--pages", default="", help="comma-separated subset of the pages (baselines always run)")
    parser.add_argument("--pythonpath", default="",
                        help="serve the code of another checkout's src/ (e.g. before a change), same database")
    parser.add_argument("--output", type=Path, default=ROOT / "var" / "bench" / "load.json")
    args = parser.parse_args(argv)
    chosen = [scenarios(args)[name.strip()] for name in args.scenarios.split(",") if name.strip()]

    ensure_database(server=args.server, name=args.database)
    os.environ.update({
        "DATABASE_URL": f"{args.server}/{args.database}", "DJANGO_SETTINGS_MODULE": "trademission.settings",
        "DEBUG": "0", "TASK_BACKEND": "database", "DATABASE_CONN_MAX_AGE": str(args.conn_max_age)})
    # SIGTERM (a CI timeout, kill) unwinds through the finally blocks like Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    load_at_start = os.getloadavg()
    pages, facts, sessions = prepare(reload=args.reload)
    wanted = {name.strip() for name in args.pages.split(",") if name.strip()}
    pages = [page for page in pages if page.baseline or not wanted or page.name in wanted]
    port = free_port()
    log = args.output.with_name("gunicorn.log")
    log.parent.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[str, dict[str, Any]]] = {}
    server = None
    try:
        server = start_gunicorn(port=port, workers=args.workers, threads=args.threads, log=log,
                                pythonpath=args.pythonpath)
        for page in pages:
            status, body, headers = fetch(f"http://127.0.0.1:{port}{page.path}", page.cookie)
            if status != 200 or page.expect not in body:
                raise SystemExit(f"{page.name}: {page.path} answered {status} without {page.expect!r}")
            if page.name == "ics" and "ETag" in headers and (not wanted or "ics-304" in wanted):
                # A calendar app polling with the validator it was given: the conditional GET, answered 304.
                revalidate = Page("ics-304", page.path, headers=(f"If-None-Match: {headers['ETag']}",), status=304)
                pages.insert(pages.index(page) + 1, revalidate)
                if fetch(f"http://127.0.0.1:{port}{page.path}", headers=revalidate.headers)[0] != 304:
                    raise SystemExit("ics-304: the feed did not answer 304 to its own ETag")
        for scenario in chosen:
            results[scenario.name] = {}
            for page in pages:
                if args.warmup:
                    measure(port, page, scenario, wrk_threads=args.wrk_threads, seconds=args.warmup)
                load_before = os.getloadavg()[0]
                result = measure(port, page, scenario, wrk_threads=args.wrk_threads, seconds=args.duration)
                result.update(path=page.path.replace(page.path.rsplit("/", 1)[-1], "<token>.ics")
                              if page.path.endswith(".ics") else page.path,
                              baseline=page.baseline, load_before=load_before, load_after=os.getloadavg()[0])
                results[scenario.name][page.name] = result
                print(f"{scenario.name} {page.name}: {result['requests_per_s']:.0f} req/s, "
                      f"p95 {ms(result['latency_us']['p95'])} ms, errors {result['errors_total']}, "
                      f"unexpected status {result['unexpected_status']}, load {load_before:.2f}", flush=True)
    finally:
        if server is not None:
            stop(server)
        forget_sessions(sessions)
    failures = [f"{scenario}/{name}" for scenario, pages_results in results.items()
                for name, result in pages_results.items() if result["errors_total"] or result["unexpected_status"]]
    missed = [f"{scenario}/{name}" for scenario, pages_results in results.items()
              for name, limit in TARGET_P95_MS.items()
              if name in pages_results and pages_results[name]["latency_us"]["p95"] / 1000 > limit]
    summary = {
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cores": cores, "load_at_start": load_at_start, "load_at_end": os.getloadavg(),
                    "python": platform.python_version(), "platform": platform.platform()},
        "server": {"workers": args.workers, "threads": args.threads, "conn_max_age": args.conn_max_age,
                   "debug": False, "database": "postgresql",
                   "pythonpath": args.pythonpath},
        "wrk": {"threads": args.wrk_threads, "duration_s": args.duration, "warmup_s": args.warmup},
        "scenarios": {scenario.name: scenario.meaning for scenario in chosen},
        "data": facts,
        "baseline": BASELINE,
        "targets_p95_ms": TARGET_P95_MS,
        "results": results,
        "failures": failures,
        "missed_targets": missed,
    }
    args.output.write_text(json.dumps(summary, indent=2) + "\n")
    print()
    print(f"{cores} cores, load average at start {', '.join(f'{x:.2f}' for x in load_at_start)}; gunicorn "
          f"{args.workers} workers × {args.threads} threads, CONN_MAX_AGE {args.conn_max_age}; "
          f"data: {json.dumps(facts)}")
    for scenario in chosen:
        tool = "Python users" if scenario.think else f"wrk -t{args.wrk_threads}"
        print(f"\n{scenario.name}: {scenario.meaning} ({tool}, {args.duration} s per page)")
        print("\n".join(report(results.get(scenario.name, {}))))
    print(f"\nwritten to {args.output}")
    if failures:
        print(f"errors or unexpected statuses: {', '.join(failures)}")
    if missed:
        print(f"p95 above target: {', '.join(missed)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
