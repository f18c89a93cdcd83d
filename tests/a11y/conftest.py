"""axe-core for the accessibility tests: installed from the npm registry with the committed lock file."""

import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """The path of ``axe.min.js``; runs ``npm ci`` in this folder once if it is not installed yet."""
    if not AXE.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("The accessibility tests need axe-core from the npm registry, but npm is not installed: "
                        f"install Node.js and npm, or run `npm ci --prefix {HERE}` on a machine that has them.",
                        pytrace=False)
        result = subprocess.run([npm, "ci", "--prefix", str(HERE), "--no-audit", "--no-fund"],
                                capture_output=True, text=True, timeout=300, check=False)
        if result.returncode != 0 or not AXE.exists():
            pytest.fail(f"`npm ci --prefix {HERE}` failed (exit {result.returncode}):\n{result.stdout}\n"
                        f"{result.stderr}", pytrace=False)
    return AXE
