"""Recommendation benchmark on the demo mission (~410 organizations).

    uv run python -m bench.matching [--seed 2026]

Builds a throw-away SQLite database, loads the demo, then times
1. the first run, which embeds every organization's texts with the multilingual encoder and
   stores the vectors (what happens once per text, e.g. after an import), and
2. a warm run, recommendations for every organization of the mission from cached vectors
   (what the portal and the scheduler's weights pay on every call).
"""

from __future__ import annotations

import sys
import time

from bench.demo_db import demo_mission, parser_with_seed


def main(argv: list[str] | None = None) -> None:
    args = parser_with_seed(__doc__).parse_args(argv)
    with demo_mission(seed=args.seed) as demo:
        from trademission.matchmaking.domain.embeddings import encoder
        from trademission.matchmaking.domain.recommendations import recommendations_for_mission
        from trademission.matchmaking.models import ProfileEmbedding

        mission = demo.mission
        organizations = mission.organizations.count()

        # The demo loader queues the embeddings for a worker (or runs them, with an immediate backend):
        # start from an empty cache so the first run measures the embedding itself.
        ProfileEmbedding.objects.all().delete()
        cached_before = ProfileEmbedding.objects.count()
        started = time.perf_counter()
        encoder()
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        recommendations_for_mission(mission=mission)
        cold = time.perf_counter() - started
        timings = []
        for _attempt in range(3):
            started = time.perf_counter()
            result = recommendations_for_mission(mission=mission)
            timings.append(time.perf_counter() - started)
        warm = min(timings)
        print(
            f"organizations: {organizations}, vectors cached before: {cached_before}, "
            f"after: {ProfileEmbedding.objects.count()}"
        )
        print(f"model load: {loaded:.2f} s")
        print(f"first run (embeds every text, stores vectors): {cold:.2f} s")
        print(
            f"warm run, top 10 for every organization: {warm:.2f} s (best of 3: "
            f"{', '.join(f'{t:.2f}' for t in timings)})"
        )
        print(f"recommendations listed: {sum(len(items) for items in result.values())}")
    sys.exit(0)


if __name__ == "__main__":
    main()
