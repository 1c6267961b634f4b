"""The Markdown report (bench/REPORT.md) from the measurements of one run.

Each section has its own module (report_build, report_generator, report_weight,
report_flowchart); this one holds the head, the machine and the recommendation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bench import report_build, report_flowchart, report_generator, report_weight
from bench.build import BuildResult
from bench.flowchart import DIAGRAM_PAGE, VariantResult
from bench.generator import RealFlowResult, SizeResult
from bench.machine import Machine, Versions
from bench.stats import kb
from bench.table import table
from bench.weight import PageWeight


@dataclass
class Measurements:
    """Everything one `python -m bench` measured."""

    started: dt.datetime
    seconds: float
    machine: Machine
    versions: Versions
    build: BuildResult
    real_flows: list[RealFlowResult]
    chain: list[SizeResult]
    tree: list[SizeResult]
    pages: list[PageWeight]
    variants: list[VariantResult]
    native_build: float


def render(run: Measurements) -> str:
    parts = [
        _head(run),
        _machine(run),
        report_build.section(run.build, sum(r.total for r in run.real_flows)),
        report_generator.section(run.real_flows, run.chain, run.tree),
        report_weight.section(run.pages),
        report_flowchart.section(run.variants, run.native_build),
        _recommendation(run),
    ]
    return "\n".join(parts)


def _head(run: Measurements) -> str:
    return (
        "# Benchmark report\n\n"
        f"Written by `make bench` (`python -m bench`) on {run.started:%Y-%m-%d %H:%M} "
        f"(the bench itself took {run.seconds:.0f} s). Every number below comes from this run. "
        "These are measurements, not tests: nothing fails on a slow number. Medians are over "
        "the repetitions named in each section; the machine is shared, so single runs vary "
        "and only the medians and ratios are worth comparing.\n"
    )


def _machine(run: Measurements) -> str:
    m, v = run.machine, run.versions
    rows = [
        ("CPU", m.cpu),
        ("cores (nproc)", m.cores),
        ("memory", f"{m.memory_gb:.1f} GB"),
        ("OS", f"{m.os} (kernel {m.kernel})"),
        ("Python", v.python),
        ("MkDocs", v.mkdocs),
        ("Material for MkDocs", v.material),
        ("mkdocs-mermaid2-plugin", v.mermaid2),
        ("pymdown-extensions", v.pymdown),
        ("PyYAML", v.pyyaml),
        ("Mermaid (node_modules/mermaid/package.json)", v.mermaid),
        ("Chromium (headless, via Playwright " + v.playwright + ")", v.chromium),
    ]
    return "## Machine and versions\n\n" + table(("", "value"), rows)


def _recommendation(run: Measurements) -> str:
    best = report_flowchart.smallest_correct(run.variants, offline=True)
    ours = report_flowchart.by_key(run.variants, "ours")
    out = ["## Recommendation: making it fast\n"]
    if best is not None and ours is not None and best.variant.key == "lazy-esm":
        fmt = report_flowchart.opt_ms
        gains = (
            f"{kb(report_flowchart.mermaid_bytes(best.weights, DIAGRAM_PAGE)[1])} instead of "
            f"{kb(report_flowchart.mermaid_bytes(ours.weights, DIAGRAM_PAGE)[1])} of Mermaid gzipped on "
            f"/{DIAGRAM_PAGE}, DOMContentLoaded there after {fmt(best.med(best.diagram, 'dom_content_loaded'))} "
            f"instead of {fmt(ours.med(ours.diagram, 'dom_content_loaded'))} (so search and the rest of "
            "Material work sooner), and the flowchart clickable "
            + ("in about the same time from a local server (the runs overlap: "
               if report_flowchart.overlap(best.diagram, ours.diagram) else
               f"{'sooner' if (best.clickable or 0) < (ours.clickable or 0) else 'later'} from a local server (")
            + f"{fmt(best.clickable)} against {fmt(ours.clickable)}); the byte saving counts most on a "
            "slow network"
        )
        out.append(
            "1. **Load Mermaid lazily, as ESM with a UMD fallback** (option b+c, the smallest option "
            f"that renders every diagram correctly, online and from file://: {gains}). Keep mermaid2 (it "
            "already adds Mermaid only to pages with a diagram, and to /print/ through the hook) "
            "but point `plugins.mermaid2.javascript` in mkdocs.yml at a small loader instead of "
            "`mermaid.min.js`: `LOADER_JS` in bench/variants.py (with `esm` set to "
            "`new URL(\"mermaid-esm/mermaid.esm.min.mjs\", here).href`), saved as "
            "`docs/assets/javascripts/mermaid-loader.js`. It defines the global `mermaid` that "
            "Material calls; on the first `render()` it imports the ESM build, which fetches only "
            "the flowchart chunks, or, where modules cannot load (file://, the `make dist` bundle), "
            "the UMD `mermaid.min.js`. Makefile: also copy `node_modules/mermaid/dist/mermaid.esm.min.mjs` "
            "and `dist/chunks/mermaid.esm.min/*.mjs` to `docs/assets/javascripts/mermaid-esm/` "
            "(generated and git-ignored, like mermaid.min.js). scripts/hooks.py: `MERMAID_JS`, checked "
            "in `on_config`, becomes the loader, plus a check that the ESM folder is there. Do **not** "
            "simply set `javascript:` to the `.mjs` file: mermaid2 then writes `import mermaid from ...` "
            "into a module script without making it global, Material finds no `mermaid` and loads "
            "it from unpkg.com, which is blocked offline.\n"
        )
    elif best is not None:
        out.append(f"1. **Use {best.variant.label}**: the smallest option measured that renders every "
                   "diagram correctly, online and from file:// (section 4).\n")
    native = report_flowchart.by_key(run.variants, "native")
    if native is not None:
        out.append(
            "2. **Do not switch to Material's native set-up with `extra_javascript`**: the same bytes "
            "on the diagram page, but Mermaid on every page (section 4).\n"
        )
    out.append(
        "3. **scripts/flows/validate.py, `_outcome_reachable()`**: replace the walk per outcome by "
        "one walk from all outcomes at once (quadratic → linear, section 2). In "
        "scripts/flows/beslishulp.py, escape each label once (node id → `inline(label)`) and key "
        "`children` by parent step instead of by the full route; both only matter for very deep flows.\n"
        "4. Optional: base `loader._LineLoader` on `yaml.CSafeLoader` when `yaml.__with_libyaml__` "
        "(the same model, line numbers included; section 2). It saves milliseconds per build for "
        "the real flows, seconds only for flows of thousands of nodes.\n"
    )
    return "\n".join(out)
