"""Cold builds: the real site (`mkdocs build --strict`) against plain Material on the same docs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench import ROOT
from tests.sitepaths import mkdocs_config

RUNS = 5  # per configuration, real and baseline alternating
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "PROTOCOL_PUBLICEREN": "0"}


@dataclass(frozen=True)
class Build:
    """The wall times of one configuration's builds, and the pages one build writes."""

    name: str
    seconds: list[float]
    pages: int

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def baseline_config(folder: Path) -> Path:
    """Plain Material on the site's docs and nav: no hooks, overrides, extra CSS or plugins
    but search; the site's Markdown extensions without the Mermaid fence."""
    site = mkdocs_config()
    extensions: list[Any] = []
    for entry in site["markdown_extensions"]:
        if isinstance(entry, dict) and "pymdownx.superfences" in entry:
            options = entry["pymdownx.superfences"]
            fences = [fence for fence in options.get("custom_fences", []) if fence.get("name") != "mermaid"]
            entry = {"pymdownx.superfences": {**options, "custom_fences": fences}}
        extensions.append(entry)
    config = {
        "site_name": site["site_name"],
        "docs_dir": str(ROOT / site.get("docs_dir", "docs")),
        "theme": {"name": "material", "language": site["theme"].get("language", "nl")},
        "plugins": ["search"],
        "markdown_extensions": extensions,
        "nav": site["nav"],
    }
    path = folder / "mkdocs-baseline.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def build_once(config: Path, site: Path, strict: bool) -> float:
    """One `mkdocs build` in its own process; its wall time in seconds."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config), "--site-dir", str(site)]
    started = time.perf_counter()
    done = subprocess.run(command + (["--strict"] if strict else []), cwd=ROOT, env=ENV, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"mkdocs build with {config.name} failed:\n{done.stderr[-2000:]}")
    return seconds


def measure(runs: int = RUNS) -> tuple[Build, Build]:
    """(real, baseline): `runs` cold builds of each into fresh temporary folders."""
    times: dict[str, list[float]] = {"real": [], "baseline": []}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        folder = Path(tmp)
        configs = {"real": (ROOT / "mkdocs.yml", True), "baseline": (baseline_config(folder), False)}
        names = list(configs)
        for run in range(runs):
            for name in names if run % 2 == 0 else names[::-1]:  # who goes first alternates too
                config, strict = configs[name]
                times[name].append(build_once(config, folder / f"{name}-{run}", strict))
        pages = {name: sum(1 for _ in (folder / f"{name}-0").rglob("index.html")) for name in configs}
    return Build("real", times["real"], pages["real"]), Build("baseline", times["baseline"], pages["baseline"])
