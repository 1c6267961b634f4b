"""Builds side by side: the real site (`mkdocs build --strict`) with its drawings cached,
with nothing cached (every diagram drawn), without Chromium (nothing drawn at build time),
and plain Material on the same docs."""

from __future__ import annotations

import os
import shutil
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
from scripts.flows.beslishulp import Dossier, render_pages
from scripts.flows.loader import load_flows
from scripts.numbered import MELDCODE_STEPS, MELDNORMEN, read_numbered
from scripts.zakkaart import PAGE as ZAKKAART_PAGE
from scripts.zakkaart import QUESTIONS_FLOW, render_zakkaart
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


def baseline_docs(folder: Path) -> Path:
    """The site's docs/ with the pages the project's plugins generate written in as files
    (every beslishulp step and the zakkaart), so plain Material builds the same pages."""
    docs = folder / "docs"
    shutil.copytree(ROOT / "docs", docs)
    meldnormen = read_numbered(ROOT, MELDNORMEN)
    flows = load_flows(ROOT / "diagrams", ROOT)
    dossier = Dossier("Protocol", meldnormen)
    generated = {src: text for flow in flows for src, text in render_pages(flow, dossier).items()}
    questions = next(flow for flow in flows if flow.slug == QUESTIONS_FLOW)
    generated[ZAKKAART_PAGE] = render_zakkaart(read_numbered(ROOT, MELDCODE_STEPS), questions, None, "Protocol")
    for src, text in generated.items():
        (docs / src).parent.mkdir(parents=True, exist_ok=True)
        (docs / src).write_text(text, encoding="utf-8")
    return docs


def baseline_config(folder: Path) -> Path:
    """Plain Material on the same pages and nav: no hooks, overrides, extra CSS or plugins
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
        "docs_dir": str(baseline_docs(folder)),
        "theme": {"name": "material", "language": site["theme"].get("language", "nl")},
        "plugins": ["search"],
        "markdown_extensions": extensions,
        "nav": site["nav"],
    }
    path = folder / "mkdocs-baseline.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def build_once(config: Path, site: Path, strict: bool, env: dict[str, str]) -> float:
    """One `mkdocs build` in its own process; its wall time in seconds."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config), "--site-dir", str(site)]
    started = time.perf_counter()
    done = subprocess.run(command + (["--strict"] if strict else []), cwd=ROOT, env={**ENV, **env},
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"mkdocs build with {config.name} failed:\n{done.stderr[-2000:]}")
    return seconds


# The builds compared: the real site with its drawings in the cache (a rebuild), with an
# empty cache, on a machine without Chromium, and plain Material.
VARIANTS = ("cached", "nothing cached", "no Chromium", "plain Material")


def measure(runs: int = RUNS) -> list[Build]:
    """`runs` builds of each variant into fresh folders, the variants taking turns."""
    times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        folder = Path(tmp)
        real, plain = ROOT / "mkdocs.yml", baseline_config(folder)
        warm = {"PROTOCOL_CACHE": str(folder / "warm")}
        build_once(real, folder / "warm-up", True, warm)  # fills the cache the "cached" builds use
        for run in range(runs):
            configs = {
                "cached": (real, True, warm),
                "nothing cached": (real, True, {"PROTOCOL_CACHE": str(folder / f"cold-{run}")}),
                "no Chromium": (real, True, {"CHROMIUM_PATH": str(folder / "geen-chromium"),
                                             "PROTOCOL_CACHE": str(folder / f"none-{run}")}),
                "plain Material": (plain, False, {}),
            }
            names = list(VARIANTS)
            for name in names[run % len(names):] + names[: run % len(names)]:
                config, strict, env = configs[name]
                times[name].append(build_once(config, folder / f"{name}-{run}".replace(" ", "-"), strict, env))
        pages = {name: sum(1 for _ in (folder / f"{name}-0".replace(" ", "-")).rglob("index.html")) for name in VARIANTS}
    return [Build(name, times[name], pages[name]) for name in VARIANTS]
