"""The suite against its budget: `make check` and `make test`, once each, on this machine."""

from __future__ import annotations

import os
import subprocess
import time

from bench import ROOT

# Seconds each command may take on this 2-core machine when it is idle (issue 22).
BUDGET = {"make check": 60, "make test": 360}


def measure() -> dict[str, float]:
    """The wall time of each command, run as CI runs it; a failing run stops the bench."""
    seconds = {}
    for command in BUDGET:
        started = time.perf_counter()
        done = subprocess.run(command.split(), cwd=ROOT, env={**os.environ, "CI": "true"},
                              capture_output=True, text=True)
        seconds[command] = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{command} failed:\n{done.stdout[-3000:]}{done.stderr[-2000:]}")
    return seconds
