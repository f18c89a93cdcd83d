import io

import pytest
from django.core.management import call_command

from trademission.directory.models import Organization, Person
from trademission.missions.models import Mission

pytestmark = pytest.mark.django_db


def run_demo(*args: str) -> str:
    out = io.StringIO()
    call_command("demo", "--no-serve", *args, stdout=out)
    return out.getvalue()


def counts() -> tuple[int, int, int]:
    return Mission.objects.count(), Organization.objects.count(), Person.objects.count()


def test_demo_loads_once_prints_the_accounts_and_keeps_the_data(settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    output = run_demo("--port", "8123")
    assert (tmp_path / "var").is_dir()
    assert "Demo loaded: 2 missions, 250 Canadian organizations with 370 delegates" in output
    assert "http://127.0.0.1:8123/accounts/login/" in output
    for email in ["organizer@example.com", "reviewer@example.com", "delegate@example.com", "host@example.com"]:
        assert f"{email}" in output
    assert output.count("password: trademission-demo") == 4
    loaded = counts()
    assert loaded == (2, 410, 610)
    mission_ids = sorted(Mission.objects.values_list("pk", flat=True))

    again = run_demo()
    assert "Demo data already loaded" in again
    assert counts() == loaded
    assert sorted(Mission.objects.values_list("pk", flat=True)) == mission_ids


def test_demo_reset_starts_over(settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    run_demo()
    first_ids = set(Mission.objects.values_list("pk", flat=True))
    output = run_demo("--reset")
    assert "Demo data deleted." in output
    assert "Demo loaded:" in output
    assert counts() == (2, 410, 610)
    assert set(Mission.objects.values_list("pk", flat=True)).isdisjoint(first_ids)
