"""bench/REPORT.md: one small table per measurement, with one sentence each."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from bench.browser import FlowchartTimes, PageWeight, TextTimes
from bench.build import Build
from bench.generator import STAGES, Scale
from bench.suite import BUDGET


@dataclass(frozen=True)
class Results:
    """Everything one `python -m bench` measured."""

    started: dt.datetime
    seconds: float
    machine: list[tuple[str, str]]
    builds: list[Build]
    flowchart: list[FlowchartTimes]
    text: TextTimes  # a text page of this build
    weights: list[PageWeight]
    zips: dict[str, int]  # site -> bytes of its offline zip
    generator: list[Scale]
    suite: dict[str, float]  # command -> seconds (bench/suite.py)


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


# A cached rebuild may take this many times a plain Material build of the same pages.
REBUILD_BUDGET = 1.3

# How the report names each build and each site.
BUILD_NAMES = {"cached": "real site, drawings cached (a rebuild)", "nothing cached": "real site, nothing cached",
               "no Chromium": "real site without Chromium (fallback)", "plain Material": "plain Material"}
SITE_NAMES = {"drawn": "drawn at build time (this build)", "fallback": "fallback: mermaid2 in the browser",
              "native": "Material's own Mermaid"}


def render(r: Results) -> str:
    by_name = {b.name: b for b in r.builds}
    builds = table(
        ["build", "median", "fastest", "slowest", "pages written"],
        [spread(BUILD_NAMES[b.name], b.seconds, "s", 2) + [str(b.pages)] for b in r.builds]
        + [["drawing every diagram adds (nothing cached − no Chromium)",
            f"{by_name['nothing cached'].median - by_name['no Chromium'].median:+.2f} s", "", "", ""],
           ["a cached rebuild adds (cached − no Chromium)",
            f"{by_name['cached'].median - by_name['no Chromium'].median:+.2f} s", "", "", ""],
           [f"a cached rebuild against plain Material (budget ≤ {REBUILD_BUDGET}×)",
            f"{by_name['cached'].median / by_name['plain Material'].median:.2f}×", "", "", ""]],
    )
    text = statistics.median(r.text.present)
    flowchart = table(
        ["/stroomschema/", "median", "fastest", "slowest", "median / text page"],
        [spread(f"{SITE_NAMES[f.name]}: all {f.figures} drawn", f.drawn, "ms", 0) + [f"{f.median / text:.2f}×"]
         for f in r.flowchart]
        + [spread("text page `/melden/` (this build): its heading there", r.text.present, "ms", 0) + ["1.00×"],
           spread("text page `/melden/`: first contentful paint", r.text.first_paint, "ms", 0) + [""]],
    )
    weights = table(
        ["site", "page", "requests", "bytes", "gzip", "of which Mermaid (gzip)"],
        [[SITE_NAMES[w.site], f"`{w.path}`", w.requests, kb(w.raw), kb(w.gzip), kb(w.mermaid_gzip)]
         for w in r.weights],
    )
    zips = table(["offline zip (`make dist`)", "size"],
                 [[SITE_NAMES[name], f"{size / 1_000_000:,.2f} MB"] for name, size in r.zips.items()])
    generator = table(
        ["nodes", "runs", "all stages", "per node", *(f"{stage} / node" for stage in STAGES)],
        [[f"{s.nodes:,}", s.runs, f"{s.total * 1000:,.1f} ms", us(s.total / s.nodes),
          *(us(s.seconds[stage] / s.nodes) for stage in STAGES)] for s in r.generator],
    )
    suite = table(["command", "time", "budget", "within"],
                  [[f"`{command}`", f"{seconds:.0f} s", f"{BUDGET[command]} s",
                    "yes" if seconds <= BUDGET[command] else "no"] for command, seconds in r.suite.items()])
    return "\n".join([
        "# Benchmark report\n",
        f"Written by `python -m bench` on {r.started:%Y-%m-%d %H:%M}; the whole bench took {r.seconds:.0f} s.\n",
        section("Machine", "The machine and versions of this run.", table(["", "version"], r.machine)),
        section("Suite", "`make check` and `make test` as CI runs them (`CI=true`), once each, against the budget "
                "of this 2-core machine when idle; `make test` builds the site first.", suite),
        section("Build time", "`mkdocs build` processes into fresh folders, taking turns: the real site with "
                "its drawings in the cache, with an empty cache, without Chromium (nothing drawn at build time), "
                "and plain Material on the same pages (the beslishulp's steps and the zakkaart written in as files; "
                "the same nav; no hooks, overrides or plugins but search), "
                f"{len(r.builds[0].seconds)} each.", builds),
        section("Time to the flowchart", "Milliseconds from navigation start until every `figure.stroomschema` "
                "holds a drawn diagram, each run in a fresh browser context, the three sites taking turns "
                f"({len(r.flowchart[0].drawn)} runs each). Material's own Mermaid comes from unpkg.com, which "
                "the bench answers with the same npm file. The text page is watched the same way, frame by frame, "
                "until its heading is there; its first contentful paint is the browser's own timestamp.", flowchart),
        section("Page weight", "Response bodies of one first visit (empty cache) until the network is idle, "
                "lazily loaded Mermaid included; gzip at level 6, as a web server would send them.", weights),
        section("Offline zip", "The zip `make dist` makes of the site, with the diagrams drawn at build time "
                "and without (the fallback carries Mermaid).", zips),
        section("Generator scaling", "Median time per node of each public stage on a synthetic tree of "
                "questions: a constant time per node is linear growth.", generator),
    ])
