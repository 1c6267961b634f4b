"""The machine and the tool versions a run was measured with."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from bench.paths import CHROMIUM, MERMAID_PACKAGE


@dataclass(frozen=True)
class Machine:
    cpu: str
    cores: int
    memory_gb: float
    os: str
    kernel: str


@dataclass(frozen=True)
class Versions:
    python: str
    mkdocs: str
    material: str
    mermaid2: str
    pymdown: str
    pyyaml: str
    playwright: str
    mermaid: str
    chromium: str


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError:
        return ""


def machine() -> Machine:
    cpu = re.search(r"^model name\s*:\s*(.+)$", _read("/proc/cpuinfo"), re.MULTILINE)
    mem = re.search(r"^MemTotal:\s*(\d+)\s*kB", _read("/proc/meminfo"), re.MULTILINE)
    name = re.search(r'^PRETTY_NAME="?([^"\n]+)"?', _read("/etc/os-release"), re.MULTILINE)
    cores = subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout.strip()
    return Machine(
        cpu=cpu[1].strip() if cpu else platform.processor() or "unknown",
        cores=int(cores) if cores.isdigit() else os.cpu_count() or 0,
        memory_gb=int(mem[1]) / 1024 / 1024 if mem else 0.0,
        os=name[1] if name else platform.platform(),
        kernel=platform.release(),
    )


def _dist(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def chromium_version() -> str:
    """`chromium --version` (the Debian wrapper prints a shell warning on stderr; ignore it)."""
    try:
        out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    found = re.search(r"\d+\.\d+\.\d+\.\d+", out)
    return found[0] if found else out.strip() or "unknown"


def versions() -> Versions:
    import yaml

    package = json.loads((MERMAID_PACKAGE / "package.json").read_text(encoding="utf-8"))
    return Versions(
        python=platform.python_version(),
        mkdocs=_dist("mkdocs"),
        material=_dist("mkdocs-material"),
        mermaid2=_dist("mkdocs-mermaid2-plugin"),
        pymdown=_dist("pymdown-extensions"),
        pyyaml=f"{_dist('PyYAML')} (libyaml {'available' if yaml.__with_libyaml__ else 'not available'})",
        playwright=_dist("playwright"),
        mermaid=str(package["version"]),
        chromium=chromium_version(),
    )
