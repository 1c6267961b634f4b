"""The Markdown report (bench/REPORT.md) from the measurements of one run.

Each section has its own module (report_build, report_generator, report_weight,
report_flowchart); this one holds the head, the machine, and before and after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from bench import report_build, report_flowchart, report_generator, report_weight
from bench.build import BuildResult
from bench.flowchart import DIAGRAM_PAGE, START_PAGE, TEXT_PAGE, VariantResult
from bench.generator import RealFlowResult, SizeResult, growth
from bench.machine import Machine, Versions
from bench.paths import TEXT_PAGE_BUDGET
from bench.report_flowchart import opt_ms
from bench.stats import kb, median, ratio
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
        _before_after(run),
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


def _file_cell(result: VariantResult | None) -> str:
    if result is None or result.from_file is None:
        return "–"
    if report_flowchart.works_offline(result):
        return f"renders ({opt_ms(result.from_file.clickable)})"
    return "**does not render**" + (" (CDN fallback)" if result.from_file.outside else "")


def _text_mermaid_cell(result: VariantResult | None) -> str:
    if result is None or TEXT_PAGE not in result.weights:
        return "–"
    raw, gz, _ = report_flowchart.mermaid_bytes(result.weights, TEXT_PAGE)
    return "none" if not raw else f"**yes**: {kb(gz)} gzip on /{TEXT_PAGE}"


def _before_after(run: Measurements) -> str:
    ours = report_flowchart.by_key(run.variants, "ours")
    before = report_flowchart.by_key(run.variants, "before")
    native = report_flowchart.by_key(run.variants, "native")
    if ours is None or before is None:
        return ""
    columns = [before, ours, native]
    fmt = opt_ms

    def each(cell: Callable[[VariantResult], str]) -> list[str]:
        return [cell(r) if r is not None else "–" for r in columns]

    def mermaid(r: VariantResult) -> str:
        raw, gz, files = report_flowchart.mermaid_bytes(r.weights, DIAGRAM_PAGE)
        return f"**{kb(gz)}** ({kb(raw)} raw, {files} file{'s' if files != 1 else ''})"

    def page(r: VariantResult, name: str) -> str:
        gz = report_flowchart.page_gzip(r, name)
        return kb(gz) if gz is not None else "–"

    heaviest = report_weight.heaviest_text_page(run.pages)
    wrong = [p.path for p in run.pages if p.load.mermaid and not p.has_diagram]
    text_pages = sum(1 for p in run.pages if not p.has_diagram)
    same = before.same_pages_as == "ours"
    largest_now = (f"**{kb(heaviest.load.total(True))}** (`{heaviest.path}`): "
                   f"{report_weight.budget_cell(heaviest.load.total(True))}") if heaviest else "–"
    no_mermaid_now = (f"none of {text_pages}" if not wrong else f"**{len(wrong)} of {text_pages}**")
    native_text = report_flowchart.page_gzip(native, TEXT_PAGE) if native else None
    rows = [
        (f"Mermaid JS on /{DIAGRAM_PAGE} (gzip)", *each(mermaid)),
        (f"whole /{DIAGRAM_PAGE} (gzip)", *each(lambda r: page(r, DIAGRAM_PAGE))),
        (f"DOMContentLoaded on /{DIAGRAM_PAGE}", *each(lambda r: f"**{fmt(r.med(r.diagram, 'dom_content_loaded'))}**")),
        (f"first paint on /{DIAGRAM_PAGE}", *each(lambda r: fmt(r.med(r.diagram, "first_paint")))),
        (f"/{DIAGRAM_PAGE} clickable", *each(lambda r: f"**{fmt(r.clickable)}**")),
        (f"/{START_PAGE} ready", *each(lambda r: fmt(r.med(r.start, "clickable")))),
        (f"text page /{TEXT_PAGE} (gzip)", *each(lambda r: page(r, TEXT_PAGE))),
        ("pages without a diagram that load Mermaid",
         "none (the same pages as now)" if same else _text_mermaid_cell(before), no_mermaid_now,
         _text_mermaid_cell(native) if native else "–"),
        (f"largest text page (gzip) vs the {kb(TEXT_PAGE_BUDGET)} budget",
         "the same as now (the same pages)" if same else "–", largest_now,
         (f"not measured; /{TEXT_PAGE} alone: {kb(native_text)}: {report_weight.budget_cell(native_text)}"
          if native_text is not None else "–")),
        (f"/{DIAGRAM_PAGE} opened from file://", *each(_file_cell)),
    ]
    header = ("", before.variant.label, f"now: {ours.variant.label}",
              native.variant.label + " (not used)" if native else "–")
    out = [
        "## Making it fast: before and after\n",
        "*Before* is the site as it was: mermaid2 adding the eager single-file "
        "`mermaid.min.js` to pages with a diagram (the variant *before* of section 4, which differs "
        "from site/ only in that tag). *Now* is site/. Material's native set-up is shown for "
        "comparison. All medians of this run (sections 3 and 4; the file:// cells are one run).\n",
        table(header, rows),
        "\n### What was changed\n",
    ]
    loader = next((r for r in ours.weights[DIAGRAM_PAGE].mermaid if r.url.endswith("/mermaid-loader.js")), None) \
        if DIAGRAM_PAGE in ours.weights else None
    b_gz = report_flowchart.mermaid_bytes(before.weights, DIAGRAM_PAGE)[1]
    o_raw, o_gz, o_files = report_flowchart.mermaid_bytes(ours.weights, DIAGRAM_PAGE)
    b_dcl, o_dcl = before.med(before.diagram, "dom_content_loaded"), ours.med(ours.diagram, "dom_content_loaded")
    out.append(
        "1. **A lazy loader.** `plugins.mermaid2.javascript: assets/javascripts/mermaid-loader.js` "
        "(committed in docs/): mermaid2 adds it, and only it, to the pages with a diagram"
        + (f" ({kb(loader.raw)} raw, {kb(loader.gzip)} gzip)" if loader else "")
        + ". It stands in for the global `mermaid` that Material calls and loads the real Mermaid "
        "on the first render, when a diagram comes within 300 px of the viewport or, at the latest, "
        "when the page is idle after the load event (so /print/ and diagrams further down still "
        f"render). DOMContentLoaded on /{DIAGRAM_PAGE}: {fmt(b_dcl)} before, {fmt(o_dcl)} now"
        + (f" ({ratio(o_dcl, b_dcl)}); Material starts its search, tooltips and table of contents "
           "at DOMContentLoaded, so that much sooner" if b_dcl and o_dcl and o_dcl < b_dcl else "")
        + ".\n"
        "2. **The ES module build, with chunks.** The Makefile copies `mermaid.esm.min.mjs` and "
        "`chunks/mermaid.esm.min/*.mjs` from the pinned npm package into "
        "docs/assets/javascripts/mermaid-esm/ (generated, git-ignored), and the loader `import()`s "
        "it over http(s); Mermaid then fetches only the chunks a flowchart needs. Mermaid on "
        f"/{DIAGRAM_PAGE}: {kb(o_gz)} gzipped in {o_files} files instead of {kb(b_gz)} in one"
        + (f" ({1 - o_gz / b_gz:.0%} less)" if b_gz else "")
        + f". Clickable: {fmt(before.clickable)} before, {fmt(ours.clickable)} now"
        + (" (the runs overlap)" if report_flowchart.overlap(before.diagram, ours.diagram) else "")
        + ".\n"
        + _generator_change(run)
    )
    out.append("\n### What was left alone, and why\n")
    left = []
    esm = report_flowchart.by_key(run.variants, "esm")
    left.append(
        "- **The offline bundle (file://) keeps the single-file build.** Browsers load no ES "
        "modules from file://"
        + (f" ((b) does not render there{' and falls back to the CDN' if esm.from_file and esm.from_file.outside else ''})"
           if esm is not None and not report_flowchart.works_offline(esm) else "")
        + ", so the loader takes `mermaid.min.js` there (the `make dist` zip leaves mermaid-esm/ "
        "out); "
        + (f"ours renders from file:// ({fmt(ours.from_file.clickable)}, one run)."
           if report_flowchart.works_offline(ours) and ours.from_file else "in this run ours did **not** render from file://.")
    )
    if native is not None:
        left.append(
            "- **Material's native set-up is not used**: `extra_javascript` loads Mermaid on every "
            f"page ({_text_mermaid_cell(native).replace('**yes**: ', '')}; /{START_PAGE} ready after "
            f"{fmt(native.med(native.start, 'clickable'))} against {fmt(ours.med(ours.start, 'clickable'))} "
            "now). mermaid2 stays: it adds the loader only to pages with a diagram."
        )
    real, base = median(run.build.real), median(run.build.baseline)
    left.append(
        f"- **The build**: {ratio(real, base)} the time of plain Material ({real:.2f} s against "
        f"{base:.2f} s, section 1) while writing {run.build.real_pages - run.build.baseline_pages} more "
        "pages; the build was not changed."
    )
    times = [r.clickable for r in run.variants if r.clickable]
    if times:
        left.append(
            f"- **Time to clickable from a local server** lies between {fmt(min(times))} and "
            f"{fmt(max(times))} for every option (section 4), much closer together than their bytes. "
            "The byte savings count most on a slow network, which this bench does not simulate."
        )
    out.append("\n".join(left) + "\n")
    return "\n".join(out)


def _generator_change(run: Measurements) -> str:
    chain = run.chain
    if len(chain) < 2:
        return ""
    found, paused = growth(chain, None), growth(chain, None, no_gc=True)
    if found is None:
        return ""
    not_linear = [report_generator.STAGE_NAMES[s] for s in report_generator.STAGES
                  if report_generator.is_linear(chain, s) is False]
    speedups = [r.parse_pure.seconds / r.stages["parse"].seconds for r in chain if r.parse_pure and "parse" in r.stages]
    linear = found[0] < report_generator.LINEAR_LIMIT
    return (
        "3. **The flow generator** (section 2): one backward walk for outcome reachability, a "
        "fixed-size answers summary per beslishulp page with each label escaped once, and libyaml "
        "for parsing"
        + (f" ({min(speedups):.1f}–{max(speedups):.1f}× faster than the pure-Python parser)" if speedups else "")
        + f". All stages at {chain[-1].nodes:,} nodes now take {chain[-1].total:.2f} s (medians), "
        f"and every stage is measured. Per-node time at {chain[-1].nodes:,} against {chain[0].nodes:,} "
        f"nodes on the deep chain: {found[0]:.2f}× with the garbage collector running, "
        + ("**linear** by the 2× rule" if linear else "**not linear** by the 2× rule")
        + (f" ({', '.join(not_linear)} above 2×)" if not_linear else "")
        + (f"; {paused[0]:.2f}× with it paused"
           + (" (linear: the rest is the collector's time)" if paused[0] < report_generator.LINEAR_LIMIT and not linear else "")
           if paused else "")
        + ".\n"
    )
