"""Two organizers selecting at the same moment cannot both take the last place (real parallel connections)."""

import pytest

from tests.applications.builders import submitted
from tests.reliability.race import postgres_only, race
from trademission.applications.domain.selection import decide_applications
from trademission.applications.models import Application

pytestmark = postgres_only("row locks need PostgreSQL; SQLite serializes writers anyway")


@pytest.mark.parametrize("rounds", range(3))
def test_parallel_selections_never_exceed_the_capacity(world, rounds):
    world.mission.capacity_organizations = 1
    world.mission.save()
    candidates = [submitted(world.mission, name=f"Firm {rounds}-{number}") for number in range(4)]
    wins, codes, errors = race([
        lambda application=application: decide_applications(
            mission=world.mission, applications=[application.pk], to="selected", by=world.users["organizer"])
        for application in candidates])

    assert (len(wins), codes, errors) == (4, [], [])
    assert Application.objects.filter(mission=world.mission, status="selected").count() == 1
