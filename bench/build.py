"""Cold builds: the real site (`mkdocs build --strict`) against a plain-Material baseline.

Each build is a separate process into a fresh temporary --site-dir; real and baseline
builds alternate, so a slow spell of the machine hits both alike.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import configs
from bench.paths import BUILD_ENV, BUILD_RUNS, CONFIG, PYTHON, ROOT


@dataclass
class BuildResult:
    real: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    real_pages: int = 0
    baseline_pages: int = 0
    baseline_warnings: int = 0


def _pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


def _build(config: Path, site: Path, strict: bool) -> tuple[float, str]:
    command = [str(PYTHON), "-m", "mkdocs", "build", "--config-file", str(config), "--site-dir", str(site)]
    if strict:
        command.insert(4, "--strict")
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=BUILD_ENV, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"build with {config.name} failed:\n{done.stderr[-2000:]}")
    return seconds, done.stderr


def measure(runs: int = BUILD_RUNS) -> BuildResult:
    result = BuildResult()
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        folder = Path(tmp)
        baseline = configs.write(configs.baseline(configs.site_config()), folder / "mkdocs-baseline.yml")
        for run in range(runs):
            for name in ("real", "baseline"):
                site = folder / f"{name}-{run}"
                if name == "real":
                    seconds, _ = _build(CONFIG, site, strict=True)
                    result.real.append(seconds)
                    result.real_pages = _pages(site)
                else:
                    seconds, log = _build(baseline, site, strict=False)
                    result.baseline.append(seconds)
                    result.baseline_pages = _pages(site)
                    result.baseline_warnings = log.count("WARNING")
    return result
