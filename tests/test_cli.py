import subprocess
import sys

import pytest


def test_trademission_runs_django_management_commands():
    completed = subprocess.run([sys.executable, "-m", "trademission.cli", "check"], capture_output=True, text=True,
                               check=False, timeout=120)

    assert completed.returncode == 0, completed.stderr
    assert "System check identified no issues" in completed.stdout


def test_an_unknown_command_fails_with_a_message():
    completed = subprocess.run([sys.executable, "-m", "trademission.cli", "no-such-command"], capture_output=True,
                               text=True, check=False, timeout=120)

    assert completed.returncode == 1
    assert "Unknown command: 'no-such-command'" in completed.stderr


ENGINE_ONLY = (
    "import sys; from trademission.cli import main; code = main(['solve', sys.argv[1]]);"
    " assert 'django.conf' not in sys.modules; sys.exit(code)"
)


@pytest.mark.parametrize("flag", ["--help"])
def test_solve_is_handed_to_the_engine_without_django(flag):
    completed = subprocess.run(
        [sys.executable, "-c", ENGINE_ONLY, flag],
        capture_output=True, text=True, check=False, timeout=120)

    assert completed.returncode == 0, completed.stderr
    assert "--time-limit" in completed.stdout
