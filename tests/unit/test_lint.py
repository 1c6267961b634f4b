"""Lint and types of the build's package: `ruff check` and `mypy --strict` find nothing in
scripts/ (their settings: pyproject.toml). Their caches go to the test output folder, not
into the work tree."""

from __future__ import annotations

import subprocess
import sys

from tests.sitepaths import OUTPUT, ROOT


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_finds_nothing_in_scripts() -> None:
    result = run("ruff", "check", "--no-cache", "--output-format", "concise", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_finds_nothing_in_scripts() -> None:
    result = run("mypy", "--strict", "--cache-dir", str(OUTPUT / "mypy"), "scripts")
    assert result.returncode == 0, result.stdout + result.stderr
