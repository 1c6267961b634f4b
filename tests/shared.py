"""Builds made once per test run for several test files: `make test` runs the suite in
two processes (pytest-xdist, `--dist loadfile`), and the first process that needs such a
build makes it while the other waits for it, instead of each making its own."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest


def made_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder that `make` fills once in this test run, whichever process asks first.

    The processes of one run share the folder above their own temporary folders; a run
    without pytest-xdist uses its own. A failed `make` leaves no folder marked done, so the
    next asker tries again (and fails with its own message)."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if "PYTEST_XDIST_WORKER" in os.environ else base
    folder = root / f"made-once-{name}"
    with (root / f"made-once-{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".done").is_file():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (folder / ".done").touch()
    return folder
