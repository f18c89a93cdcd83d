"""backup_mission → delete the mission → restore_mission → backup again gives the same bytes."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.demo.conftest import demo  # noqa: F401  (the demo missions, loaded once for this module)
from trademission.directory.models import Organization, Person
from trademission.missions.domain.backup import backup_mission, dumps
from trademission.missions.models import Mission
from trademission.scheduling.models import Meeting, ScheduleVersion

pytestmark = pytest.mark.django_db


def round_trip(slug: str, tmp_path) -> tuple[str, str]:
    first = tmp_path / "first.json"
    call_command("backup_mission", slug, "-o", str(first), verbosity=0)
    Mission.objects.get(slug=slug).delete()
    assert not Mission.objects.filter(slug=slug).exists()
    call_command("restore_mission", str(first), verbosity=0)
    second = tmp_path / "second.json"
    call_command("backup_mission", slug, "-o", str(second), verbosity=0)
    return first.read_text(), second.read_text()


def test_the_demo_mission_round_trips_byte_for_byte(demo, tmp_path):  # noqa: F811
    mission = Mission.objects.get(slug="ctm-mexico-2026")
    counts = (Organization.objects.filter(mission=mission).count(),
              Person.objects.filter(organization__mission=mission).count(),
              Meeting.objects.filter(version__mission=mission).count())
    live = ScheduleVersion.objects.get(mission=mission, status="live").pk

    first, second = round_trip("ctm-mexico-2026", tmp_path)

    assert first == second
    backup = json.loads(first)
    models = {row["model"] for row in backup["objects"]}
    assert {"missions.mission", "directory.organization", "scheduling.meeting", "matchmaking.meetingrequest",
            "applications.application"} <= models
    mission = Mission.objects.get(slug="ctm-mexico-2026")
    assert counts == (Organization.objects.filter(mission=mission).count(),
                      Person.objects.filter(organization__mission=mission).count(),
                      Meeting.objects.filter(version__mission=mission).count())
    assert ScheduleVersion.objects.get(mission=mission, status="live").pk == live
    # The other mission was never touched, and new rows still get fresh keys after a restore.
    assert Mission.objects.filter(slug="ctm-mexico-2027").exists()
    Organization.objects.create(mission=mission, side="host", name="After restore", country="MX")


def test_a_small_mission_round_trips_and_references_come_back(world, tmp_path):
    before = dumps(backup_mission(mission=world.mission))

    first, second = round_trip(world.mission.slug, tmp_path)

    assert first == second == before
    assert any(row["model"] == "accounts.user" for row in json.loads(first)["references"])


def test_restoring_over_an_existing_mission_is_refused(world, tmp_path):
    path = tmp_path / "backup.json"
    call_command("backup_mission", world.mission.slug, "-o", str(path), verbosity=0)

    with pytest.raises(CommandError, match="exists"):
        call_command("restore_mission", str(path), verbosity=0)
    with pytest.raises(CommandError, match="no mission"):
        call_command("backup_mission", "nope", "-o", str(path), verbosity=0)
