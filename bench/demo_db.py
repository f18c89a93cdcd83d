"""The platform benchmarks' common setup: a throw-away SQLite database with the demo mission loaded.

Django is set up inside ``demo_mission`` because the database's folder must be chosen first: the
benchmarks never touch the developer's own database under ``var/``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

DEMO_MISSION = "ctm-mexico-2026"


def parser_with_seed(doc: str) -> argparse.ArgumentParser:
    """The benchmark's command line, titled by the first line of its docstring, with ``--seed``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    return parser


@dataclass(frozen=True)
class Demo:
    mission: Any  # trademission.missions.models.Mission, imported only once Django is set up
    load_seconds: float


@contextmanager
def demo_mission(*, seed: int) -> Iterator[Demo]:
    """Migrate a fresh database in a temporary folder, load the demo with ``seed``, yield its mission."""
    with tempfile.TemporaryDirectory() as directory:
        os.environ["TRADEMISSION_VAR_DIR"] = directory
        os.environ.pop("DATABASE_URL", None)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trademission.settings")
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        from trademission.demo.load import load_demo
        from trademission.missions.models import Mission

        started = time.perf_counter()
        load_demo(seed=seed)
        yield Demo(mission=Mission.objects.get(slug=DEMO_MISSION), load_seconds=time.perf_counter() - started)
