"""Report section 4: time to a clickable flowchart and the Mermaid options."""

from __future__ import annotations

from bench.clickable import Run
from bench.flowchart import DIAGRAM_PAGE, START_PAGE, TEXT_PAGE, VariantResult
from bench.paths import BROWSER_RUNS
from bench.stats import kb, ratio
from bench.table import table
from bench.weight import PageLoad


def opt_ms(value: float | None) -> str:
    return f"{value:,.0f} ms" if value is not None else "did not render"


def mermaid_bytes(load_weights: dict[str, PageLoad], page: str) -> tuple[int, int, int]:
    load = load_weights.get(page)
    if load is None:
        return 0, 0, 0
    return sum(r.raw for r in load.mermaid), sum(r.gzip for r in load.mermaid), len(load.mermaid)


def _file_cell(result: VariantResult) -> str:
    run = result.from_file
    if run is None:
        return "–"
    if run.clickable is not None and run.correct:
        return "renders"
    reason = f" ({run.failed})" if run.failed else ""
    cdn = " and falls back to the CDN" if run.outside else ""
    return f"**does not render**{reason}{cdn}"


def section(results: list[VariantResult], native_build: float) -> str:
    ours = next(r for r in results if r.variant.key == "ours")
    native = next((r for r in results if r.variant.key == "native"), None)
    expected = " + ".join(str(len(links)) for links in ours.expected)
    top = next((run.first_diagram_top for run in ours.diagram if run.first_diagram_top is not None), None)
    out = [
        "## 4. Time to a clickable flowchart\n",
        f"`/{DIAGRAM_PAGE}` has {len(ours.expected)} diagrams with {expected} nodes, each with a `click` link. "
        f"Each variant was opened {BROWSER_RUNS} times in a fresh browser context (empty cache), the "
        "variants taking turns. An init script wraps `Element.prototype.attachShadow` to keep a "
        "reference to every (still closed) shadow root, reads the diagram sources (`pre.mermaid`) "
        "at DOMContentLoaded, and on every animation frame checks whether each diagram host has an "
        "SVG with a node per `click` line and exactly the links of the source; the first moment "
        "that holds is *clickable* (performance.now(), navigation start = 0). *Correct* means that "
        "held in every run: all nodes and exactly the source's hrefs. *First paint* is "
        "first-contentful-paint. The beslishulp start page "
        f"`/{START_PAGE}` is ready when its Start link is in the document and the load event has "
        f"fired. Viewport 1280×800; the first diagram starts {top} px from the top of the page.\n",
        "### Variants\n",
        table(("variant", "how Mermaid is loaded"), [(r.variant.label, r.variant.how) for r in results]),
        "\nThe native variant is a separate build of the same docs, overrides and hooks "
        f"({native_build:.1f} s, not strict) with a temporary config: Material's `fence_code_format` fence, `extra_javascript: "
        "assets/javascripts/mermaid.min.js`, no mermaid2 (nor redirects/print-site). (b) is a copy "
        "of it with the script tag replaced by "
        "`<script type=\"module\">import mermaid from \".../mermaid.esm.min.mjs\"; window.mermaid = mermaid;</script>` "
        "and `dist/mermaid.esm.min.mjs` + `dist/chunks/mermaid.esm.min/*.mjs` copied in. (c) and "
        "(b+c) are copies of the real site in which mermaid2's tag loads a 2 KB loader instead "
        "(bench/variants.py, `LOADER_JS`) — exactly what `plugins.mermaid2.javascript: "
        "assets/javascripts/mermaid-loader.js` would write.\n",
        "### Timings (medians)\n",
    ]
    rows = []
    for r in results:
        click = r.clickable
        start = r.med(r.start, "clickable")
        rows.append((
            r.variant.label,
            f"**{opt_ms(click)}**",
            ratio(click, ours.clickable) if click and ours.clickable else "–",
            opt_ms(r.med(r.diagram, "first_paint")),
            opt_ms(r.med(r.diagram, "dom_content_loaded")),
            opt_ms(r.med(r.diagram, "load")),
            "yes" if r.correct else "**no**",
            opt_ms(start) + (f" (= {r.same_pages_as})" if r.same_pages_as else ""),
        ))
    out.append(table(("variant", f"/{DIAGRAM_PAGE} clickable", "vs ours", "first paint", "DOMContentLoaded",
                      "load", "correct", f"/{START_PAGE} ready"), rows, right=(1, 2, 3, 4, 5, 7)))
    spread = [
        (r.variant.label, ", ".join(opt_ms(run.clickable) for run in r.diagram)) for r in results
    ]
    out.append("\nEvery run of the clickable time, in run order:\n\n" + table(("variant", "runs"), spread))
    out.append("\n### The Mermaid options: bytes and whether they work\n")
    rows = []
    for r in results:
        d_raw, d_gz, d_files = mermaid_bytes(r.weights, DIAGRAM_PAGE)
        t_raw, t_gz, _ = mermaid_bytes(r.weights, TEXT_PAGE)
        page = r.weights.get(DIAGRAM_PAGE)
        text = r.weights.get(TEXT_PAGE)
        rows.append((
            r.variant.label,
            f"{kb(d_raw)} / **{kb(d_gz)}** ({d_files} file{'s' if d_files != 1 else ''})",
            f"{kb(page.total())} / {kb(page.total(True))}" if page else "–",
            f"{kb(t_raw)} / {kb(t_gz)}",
            f"{kb(text.total(True))}" if text else "–",
            f"**{opt_ms(r.clickable)}**",
            "yes" if r.correct else "**no**",
            ", ".join(f"`{u}`" for u in r.outside) or "none",
            _file_cell(r),
        ))
    out.append(table(
        ("option", f"Mermaid JS on /{DIAGRAM_PAGE} raw / gzip", f"whole /{DIAGRAM_PAGE} raw / gzip",
         f"Mermaid JS on /{TEXT_PAGE} raw / gzip", f"whole /{TEXT_PAGE} gzip", "clickable",
         "all nodes + links", "outside requests", "opened from file://"),
        rows, right=(1, 2, 3, 4, 5)))
    out.append(_flowchart_meaning(results, ours, native))
    return "\n".join(out)


def works_offline(result: VariantResult) -> bool:
    run = result.from_file
    return run is not None and run.clickable is not None and run.correct


def _mermaid_gzip_total(result: VariantResult) -> int:
    """Mermaid gzip bytes on the diagram page plus on a text page: what an option costs."""
    return mermaid_bytes(result.weights, DIAGRAM_PAGE)[1] + mermaid_bytes(result.weights, TEXT_PAGE)[1]


def smallest_correct(results: list[VariantResult], offline: bool) -> VariantResult | None:
    good = [r for r in results if r.correct and not r.outside and DIAGRAM_PAGE in r.weights
            and (works_offline(r) or not offline)]
    return min(good, key=_mermaid_gzip_total) if good else None


def overlap(a: list[Run], b: list[Run]) -> bool:
    """Whether the clickable times of two sets of runs overlap (min–max ranges)."""
    ta = [run.clickable for run in a if run.clickable is not None]
    tb = [run.clickable for run in b if run.clickable is not None]
    return bool(ta and tb) and min(ta) <= max(tb) and min(tb) <= max(ta)


def by_key(results: list[VariantResult], key: str) -> VariantResult | None:
    return next((r for r in results if r.variant.key == key), None)


def _flowchart_meaning(results: list[VariantResult], ours: VariantResult, native: VariantResult | None) -> str:
    lines = ["\n**What this means.**"]
    size = kb(mermaid_bytes(ours.weights, DIAGRAM_PAGE)[0])
    if native and native.clickable and ours.clickable:
        lines.append(
            f"Ours and Material's native set-up load the same {size} file and are clickable after "
            f"{opt_ms(ours.clickable)} and {opt_ms(native.clickable)} (native/ours "
            f"{ratio(native.clickable, ours.clickable)}): "
            + ("the same work, and the difference is within the spread of the runs. "
               if overlap(ours.diagram, native.diagram) else
               f"the runs do not overlap, so in this run native was {'faster' if native.clickable < ours.clickable else 'slower'}, "
               "although both run the same file from the same place (the end of the body). ")
            + "The native set-up as "
            "configured here, however, loads Mermaid on *every* page, because `extra_javascript` "
            f"is global: /{START_PAGE} is ready after {opt_ms(native.med(native.start, 'clickable'))} "
            f"instead of {opt_ms(ours.med(ours.start, 'clickable'))}. "
            + ("It made no outside request: the global `mermaid` of the local file is defined before "
               "Material looks for it, so Material's CDN fallback (unpkg.com) is never used."
               if not native.outside else
               f"It made outside requests ({', '.join(native.outside)}): Material fell back to its CDN.")
        )
    dcl_ours = ours.med(ours.diagram, "dom_content_loaded")
    lazy = [r for r in results if r.variant.key.startswith("lazy")]
    if dcl_ours and lazy:
        lazy_dcl = ", ".join(f"{opt_ms(r.med(r.diagram, 'dom_content_loaded'))} ({r.variant.label})" for r in lazy)
        lines.append(
            f"With a plain `<script src=mermaid.min.js>` (ours, (a)) DOMContentLoaded on /{DIAGRAM_PAGE} "
            f"waits until the {size} file is fetched, parsed and run ({opt_ms(dcl_ours)} for ours), and "
            "Material starts all its JavaScript (search, tooltips, the table of contents, the "
            "diagrams) only then. The text itself shows early in every variant (first paint). "
            f"Loaded lazily, DOMContentLoaded comes at {lazy_dcl}; the diagram follows when Mermaid "
            "has arrived."
        )
    smallest = smallest_correct(results, offline=False)
    offline = smallest_correct(results, offline=True)
    if smallest:
        d_raw, d_gz, _ = mermaid_bytes(smallest.weights, DIAGRAM_PAGE)
        o_raw, o_gz, _ = mermaid_bytes(ours.weights, DIAGRAM_PAGE)
        t_raw, t_gz, _ = mermaid_bytes(smallest.weights, TEXT_PAGE)
        lines.append(
            f"The smallest option that renders every node and link is **{smallest.variant.label}**: "
            f"{kb(d_gz)} of Mermaid gzipped on /{DIAGRAM_PAGE} instead of {kb(o_gz)} "
            f"({kb(d_raw)} instead of {kb(o_raw)} raw), "
            + (f"nothing on pages without a diagram" if t_raw == 0 else f"{kb(t_gz)} on pages without one")
            + f"; clickable after {opt_ms(smallest.clickable)} against {opt_ms(ours.clickable)} for ours."
        )
        if offline and offline is not smallest:
            lines.append(
                f"It does not render from file://, though; the smallest option that also works "
                f"there is **{offline.variant.label}**."
            )
        elif offline is smallest:
            lines.append("It also renders when opened from file://.")
    esm = by_key(results, "esm")
    if esm and not works_offline(esm):
        lines.append(
            "The ESM build on its own does **not** work from file:// (browsers refuse module "
            "scripts on file:// origins), which is how the offline zip of `make dist` is opened: "
            "Material then finds no `mermaid` and falls back to its CDN"
            + (" (the recorded outside request)" if esm.from_file and esm.from_file.outside else "")
            + ", which fails offline, so there is no diagram at all. The lazy loader imports the ESM "
            "build and falls back to the UMD file when the import fails, which keeps file:// working."
        )
    times = [r.clickable for r in results if r.clickable]
    if times:
        lines.append(
            f"The clickable times of all variants lie between {opt_ms(min(times))} and {opt_ms(max(times))}, "
            "much closer together than their bytes: from a local server the bytes arrive almost "
            "at once, and what remains is compiling the JavaScript and Mermaid laying out and "
            "drawing two diagrams, which every option has to do. Fewer bytes pay off most on a slow "
            "network (an intranet over VPN, a phone), which this measurement does not show."
        )
    return " ".join(lines) + "\n"
