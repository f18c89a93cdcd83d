"""Two organizers selecting at the same moment cannot both take the last place (real parallel connections)."""

import threading

import pytest
from django.db import connection, connections

from tests.applications.builders import submitted
from trademission.applications.domain.selection import decide_applications
from trademission.applications.models import Application

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL; SQLite serializes writers anyway")


@pytest.mark.parametrize("rounds", range(3))
def test_parallel_selections_never_exceed_the_capacity(world, rounds):
    world.mission.capacity_organizations = 1
    world.mission.save()
    candidates = [submitted(world.mission, name=f"Firm {rounds}-{number}") for number in range(4)]
    start = threading.Barrier(len(candidates))
    failures = []

    def select(application: Application) -> None:
        try:
            start.wait()
            decide_applications(mission=world.mission, applications=[application.pk], to="selected",
                                by=world.users["organizer"])
        except Exception as error:  # reported to the test thread below
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=select, args=(application,)) for application in candidates]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert Application.objects.filter(mission=world.mission, status="selected").count() == 1
