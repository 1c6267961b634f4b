"""bench/REPORT.md: one small table per measurement, with one sentence each."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from bench.browser import FlowchartTimes, PageWeight
from bench.build import Build
from bench.generator import STAGES, Scale


@dataclass(frozen=True)
class Results:
    """Everything one `python -m bench` measured."""

    started: dt.datetime
    seconds: float
    machine: list[tuple[str, str]]
    builds: tuple[Build, Build]
    flowchart: FlowchartTimes
    weights: list[PageWeight]
    generator: list[Scale]


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table; every column but the first is right-aligned."""
    lines = ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def spread(label: str, values: Sequence[float], unit: str, digits: int) -> list[str]:
    """[label, median, fastest, slowest] with `digits` decimals and a unit."""
    return [label, *(f"{v:,.{digits}f} {unit}" for v in (statistics.median(values), min(values), max(values)))]


def kb(size: int) -> str:
    return f"{size / 1000:,.1f} KB"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} µs"


def section(title: str, sentence: str, body: str) -> str:
    return f"## {title}\n\n{sentence}\n\n{body}\n"


def render(r: Results) -> str:
    real, baseline = r.builds
    builds = table(
        ["build", "median", "fastest", "slowest", "pages written"],
        [spread("real site (`--strict`)", real.seconds, "s", 2) + [str(real.pages)],
         spread("plain Material", baseline.seconds, "s", 2) + [str(baseline.pages)],
         ["real / plain", f"{real.median / baseline.median:.2f}×", "", "", ""]],
    )
    f = r.flowchart
    flowchart = table(
        ["/stroomschema/", "median", "fastest", "slowest"],
        [spread(f"all {f.figures} flowcharts drawn", f.drawn, "ms", 0),
         spread("DOMContentLoaded", f.dom_content_loaded, "ms", 0)],
    )
    weights = table(
        ["page", "requests", "bytes", "gzip", "of which Mermaid (gzip)"],
        [[f"`{w.path}`", w.requests, kb(w.raw), kb(w.gzip), kb(w.mermaid_gzip)] for w in r.weights],
    )
    generator = table(
        ["nodes", "runs", "all stages", "per node", *(f"{stage} / node" for stage in STAGES)],
        [[f"{s.nodes:,}", s.runs, f"{s.total * 1000:,.1f} ms", us(s.total / s.nodes),
          *(us(s.seconds[stage] / s.nodes) for stage in STAGES)] for s in r.generator],
    )
    return "\n".join([
        "# Benchmark report\n",
        f"Written by `python -m bench` on {r.started:%Y-%m-%d %H:%M}; the whole bench took {r.seconds:.0f} s.\n",
        section("Machine", "The machine and versions of this run.", table(["", "version"], r.machine)),
        section("Build time", "Cold `mkdocs build` processes into fresh folders, the real site and plain Material "
                f"(same docs and nav; no hooks, overrides or plugins but search) alternating, {len(real.seconds)} each.",
                builds),
        section("Time to the flowchart", "Milliseconds from navigation start until every `figure.stroomschema` "
                f"holds a drawn diagram, each run in a fresh browser context ({len(f.drawn)} runs).", flowchart),
        section("Page weight", "Response bodies of one first visit (empty cache) until the network is idle, "
                "lazily loaded Mermaid included; gzip at level 6, as a web server would send them.", weights),
        section("Generator scaling", "Median time per node of each public stage on a synthetic chain of "
                "questions: a constant time per node is linear growth.", generator),
    ])
