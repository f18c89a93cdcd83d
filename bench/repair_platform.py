"""Schedule generation and on-site repair through the platform, at mission scale.

    uv run python -m bench.repair_platform [--seed 2026] [--per-org 12] [--absent 0.05]

Builds a throw-away SQLite database, loads the demo (~410 organizations), adds would-like
preferences so that each Canadian organization has about ``--per-org`` partners of interest at the
stops it attends (the demo itself has ~2 requests each), then times, through the same domain
functions the pages and tasks call:
1. generate: build the problem from the database, solve (10 s limit), check and store the version;
2. repair: ``--absent`` of the Canadian organizations withdraw every representative, one more
   meeting in fifty is cancelled on site, and the live schedule is repaired (3 s limit), then
   published, counting the people a notice would go to.
"""

from __future__ import annotations

import random
import time

from bench.demo_db import demo_mission, parser_with_seed


def main(argv: list[str] | None = None) -> None:  # noqa: PLR0915 - one linear report
    parser = parser_with_seed(__doc__)
    parser.add_argument("--per-org", type=int, default=12)
    parser.add_argument("--absent", type=float, default=0.05)
    args = parser.parse_args(argv)
    with demo_mission(seed=args.seed) as demo:
        from django.utils import timezone

        from trademission.matchmaking.models import Preference
        from trademission.scheduling.domain.apply import apply_solution
        from trademission.scheduling.domain.build_problem import plan_problem, run_engine
        from trademission.scheduling.domain.onsite import set_meeting_status
        from trademission.scheduling.domain.publish import publish_version
        from trademission.scheduling.domain.runs import new_version
        from trademission.scheduling.models import Attendance, Meeting

        rng = random.Random(args.seed)
        print(f"demo load (with its published schedule): {demo.load_seconds:.1f} s")
        mission = demo.mission
        stops_of: dict[int, set[int]] = {}
        for org_id, stop_id in Attendance.objects.filter(stop__mission=mission).values_list(
            "person__organization_id", "stop_id"
        ):
            stops_of.setdefault(org_id, set()).add(stop_id)
        hosts = list(mission.organizations.filter(side="host").order_by("pk").values_list("pk", "stop_id"))
        weights = [1.0 / (1 + rank) ** 0.6 for rank in range(len(hosts))]  # skewed popularity
        extra = []
        for org in mission.organizations.filter(side="visiting").order_by("pk"):
            candidates = [
                (pk, w) for (pk, stop), w in zip(hosts, weights, strict=True) if stop in stops_of.get(org.pk, ())
            ]
            chosen = set()
            while candidates and len(chosen) < min(args.per_org, len(candidates)):
                chosen.add(rng.choices([pk for pk, _w in candidates], [w for _pk, w in candidates])[0])
            extra += [
                Preference(mission=mission, organization=org, target_id=pk, level="would_like") for pk in sorted(chosen)
            ]
        Preference.objects.bulk_create(extra, ignore_conflicts=True)

        def run(version, time_limit: float) -> dict[str, float]:
            version.time_limit = time_limit
            version.save(update_fields=["time_limit"])
            t0 = time.perf_counter()
            plan = plan_problem(mission, version=version)
            t1 = time.perf_counter()
            result = run_engine(plan.problem, time_limit=time_limit, seed=args.seed)
            t2 = time.perf_counter()
            apply_solution(version, plan=plan, result=result)
            t3 = time.perf_counter()
            version.refresh_from_db()
            return {
                "build": t1 - t0,
                "solve": t2 - t1,
                "check+store": t3 - t2,
                "total": t3 - t0,
                "requests": len(plan.problem["requests"]),
                "participants": len(plan.problem["participants"]),
            }

        generated = new_version(mission=mission, kind="generate", by=None)
        timing = run(generated, 10.0)
        stats = generated.stats
        print(
            f"generate: {timing['participants']} participants, {timing['requests']} requests -> "
            f"{stats['meetings']} meetings, weight {stats['weight']:.2f}, bound {stats['upper_bound']:.2f}, "
            f"quality {stats['quality']:.4f}, idle gaps {stats['idle_gaps']}; build {timing['build']:.2f} s, "
            f"solve {timing['solve']:.2f} s, check+store {timing['check+store']:.2f} s, "
            f"total {timing['total']:.2f} s"
        )
        publish_version(version=generated, notify=False)

        visiting = list(mission.organizations.filter(side="visiting").order_by("pk").values_list("pk", flat=True))
        absent = set(rng.sample(visiting, k=round(args.absent * len(visiting))))
        Attendance.objects.filter(person__organization_id__in=absent).update(withdrawn_at=timezone.now())
        live_meetings = list(Meeting.objects.filter(version=generated).order_by("pk"))
        cancelled = [m for m in live_meetings if m.visiting_id not in absent and rng.random() < 0.02]
        for meeting in cancelled:
            set_meeting_status(meeting=meeting, status="cancelled")
        unaffected = {
            m.uid: (m.slot_id, m.table) for m in live_meetings if m.visiting_id not in absent and m not in cancelled
        }
        repair = new_version(
            mission=mission,
            kind="repair",
            by=None,
            base=generated,
            frozen_before=min(m.slot.starts_at for m in live_meetings),
        )
        timing = run(repair, 3.0)
        after = {m.uid: (m.slot_id, m.table) for m in repair.meetings.all()}
        moved = sum(1 for uid, place in unaffected.items() if uid in after and after[uid][0] != place[0])
        print(
            f"repair: {len(absent)} organizations absent, {len(cancelled)} meetings cancelled; "
            f"{repair.stats['meetings']} meetings, quality {repair.stats['quality']:.4f}, engine moved "
            f"{repair.stats['moved']} dropped {repair.stats['dropped']}, unaffected meetings moved {moved} of "
            f"{len(unaffected)} ({100 * moved / max(1, len(unaffected)):.2f} %); build {timing['build']:.2f} s, "
            f"solve {timing['solve']:.2f} s, check+store {timing['check+store']:.2f} s, "
            f"total {timing['total']:.2f} s"
        )
        t0 = time.perf_counter()
        notified = publish_version(version=repair)
        print(f"publish repair: {len(notified)} people notified, {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
