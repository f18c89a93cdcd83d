import io

import pytest
from django.core.management import CommandError, call_command

from trademission.accounts.models import User
from trademission.directory.models import Person
from trademission.missions.domain.backup import backup_mission
from trademission.missions.models import PersonalDataPurge
from trademission.privacy.domain.purge import KINDS

pytestmark = pytest.mark.django_db
# The world's mission: two representatives with accounts and memberships, and one application.
WORLD_COUNTS = {"people": 2, "memberships": 2, "users": 2, "applications": 1}


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("purge_mission", *args, stdout=out)
    return out.getvalue()


def table(counts: dict[str, int]) -> str:
    return "".join(f"{counts.get(kind, 0):>8}  {label}\n" for kind, label in KINDS)


def test_the_dry_run_prints_the_counts_and_changes_nothing(world, settings):
    settings.PRIVACY_RETENTION_DAYS = 365
    before = backup_mission(mission=world.mission)
    assert run("alpha-2026", "--dry-run") == (
        "Purging alpha-2026 would remove or anonymize (possible from Feb. 21, 2027):\n" + table(WORLD_COUNTS))
    assert backup_mission(mission=world.mission) == before


def test_the_purge_prints_what_it_removed_and_records_it(world, settings):
    settings.PRIVACY_RETENTION_DAYS = 30  # the world's mission ended in February 2026
    assert run("alpha-2026") == "Personal data of alpha-2026 removed or anonymized:\n" + table(WORLD_COUNTS)
    assert Person.objects.filter(organization__mission=world.mission).count() == 0
    assert not User.objects.filter(email__in=["delegate@test.example", "host@test.example"]).exists()
    record = PersonalDataPurge.objects.get(mission=world.mission)
    assert (record.by, record.counts) == (None, {kind: WORLD_COUNTS.get(kind, 0) for kind, _label in KINDS})
    assert run("alpha-2026") == "Personal data of alpha-2026 removed or anonymized:\n" + table({})


def test_the_purge_is_refused_before_the_retention_period_is_over(world, settings):
    settings.PRIVACY_RETENTION_DAYS = 365
    with pytest.raises(CommandError, match=r"must be kept until Feb\. 21, 2027"):
        run("alpha-2026")
    assert Person.objects.filter(organization__mission=world.mission).count() == 2


def test_an_unknown_mission_is_an_error(world):
    with pytest.raises(CommandError, match=r"There is no mission nowhere\."):
        run("nowhere")
