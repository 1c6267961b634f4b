"""Report section 4: time to a clickable flowchart, and the ways of loading Mermaid."""

from __future__ import annotations

from bench.clickable import Run
from bench.flowchart import DIAGRAM_PAGE, START_PAGE, TEXT_PAGE, VariantResult
from bench.paths import BROWSER_RUNS, LOADER_JS
from bench.stats import kb, ratio
from bench.table import table
from bench.variants import ESM_BRANCH, SCRIPT_ONLY
from bench.weight import PageLoad, mermaid_parts


def opt_ms(value: float | None) -> str:
    return f"{value:,.0f} ms" if value is not None else "did not render"


def mermaid_bytes(load_weights: dict[str, PageLoad], page: str) -> tuple[int, int, int]:
    """(raw, gzip, files) of the Mermaid responses of one page."""
    load = load_weights.get(page)
    if load is None:
        return 0, 0, 0
    return sum(r.raw for r in load.mermaid), sum(r.gzip for r in load.mermaid), len(load.mermaid)


def page_gzip(result: VariantResult, page: str) -> int | None:
    load = result.weights.get(page)
    return load.total(True) if load else None


def works_offline(result: VariantResult) -> bool:
    run = result.from_file
    return run is not None and run.clickable is not None and run.correct


def overlap(a: list[Run], b: list[Run]) -> bool:
    """Whether the clickable times of two sets of runs overlap (min–max ranges)."""
    ta = [run.clickable for run in a if run.clickable is not None]
    tb = [run.clickable for run in b if run.clickable is not None]
    return bool(ta and tb) and min(ta) <= max(tb) and min(tb) <= max(ta)


def by_key(results: list[VariantResult], key: str) -> VariantResult | None:
    return next((r for r in results if r.variant.key == key), None)


def _mermaid_gzip_total(result: VariantResult) -> int:
    """Mermaid gzip bytes on the diagram page plus on a text page: what an option costs."""
    return mermaid_bytes(result.weights, DIAGRAM_PAGE)[1] + mermaid_bytes(result.weights, TEXT_PAGE)[1]


def smallest_correct(results: list[VariantResult], offline: bool) -> VariantResult | None:
    good = [r for r in results if r.correct and not r.outside and DIAGRAM_PAGE in r.weights
            and (works_offline(r) or not offline)]
    return min(good, key=_mermaid_gzip_total) if good else None


def file_cell(result: VariantResult) -> str:
    run = result.from_file
    if run is None:
        return "–"
    if run.clickable is not None and run.correct:
        return f"renders ({opt_ms(run.clickable)}, 1 run)"
    reason = f" ({run.failed})" if run.failed else ""
    cdn = " and falls back to the CDN" if run.outside else ""
    return f"**does not render**{reason}{cdn}"


def section(results: list[VariantResult], native_build: float) -> str:
    ours = next(r for r in results if r.variant.key == "ours")
    before = by_key(results, "before")
    reference = before or ours
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
        "\n*ours* is site/ as `make build` wrote it. *before* is a copy of it in which mermaid2's "
        f"`<script src=\".../{LOADER_JS}\">` is replaced by the eager "
        "`<script src=\".../assets/javascripts/mermaid.min.js\">` the site had before the loader "
        "(nothing else differs). The native variant (a) is a separate build of the same docs, "
        f"overrides and hooks ({native_build:.1f} s, not strict) with a temporary config: Material's "
        "`fence_code_format` fence, `extra_javascript: assets/javascripts/mermaid.min.js`, no "
        "mermaid2 (nor redirects/print-site). (b) is a copy of (a) with that tag replaced by "
        "`<script type=\"module\">import mermaid from \".../mermaid.esm.min.mjs\"; window.mermaid = mermaid;</script>`. "
        f"(c) is a copy of site/ whose `{LOADER_JS}` is the committed loader with `{ESM_BRANCH}` "
        f"replaced by `{SCRIPT_ONLY}` (bench/variants.py; the run stops if that line is not in "
        "the loader).\n",
        "### Timings (medians)\n",
    ]
    rows = []
    for r in results:
        click = r.clickable
        start = r.med(r.start, "clickable")
        rows.append((
            r.variant.label,
            f"**{opt_ms(click)}**",
            ratio(click, reference.clickable) if click and reference.clickable else "–",
            opt_ms(r.med(r.diagram, "first_paint")),
            opt_ms(r.med(r.diagram, "dom_content_loaded")),
            opt_ms(r.med(r.diagram, "load")),
            "yes" if r.correct else "**no**",
            opt_ms(start) + (f" (= {r.same_pages_as})" if r.same_pages_as else ""),
        ))
    out.append(table(("variant", f"/{DIAGRAM_PAGE} clickable", f"vs {reference.variant.key}", "first paint",
                      "DOMContentLoaded", "load", "correct", f"/{START_PAGE} ready"), rows, right=(1, 2, 3, 4, 5, 7)))
    out.append(
        "\n(= ours): the variant's pages without a diagram are byte-for-byte those of ours, so they "
        "were measured once.\n\nEvery run of the clickable time, in run order:\n\n"
        + table(("variant", "runs"), [(r.variant.label, ", ".join(opt_ms(run.clickable) for run in r.diagram))
                                      for r in results])
    )
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
            file_cell(r),
        ))
    out.append(table(
        ("option", f"Mermaid JS on /{DIAGRAM_PAGE} raw / gzip", f"whole /{DIAGRAM_PAGE} raw / gzip",
         f"Mermaid JS on /{TEXT_PAGE} raw / gzip", f"whole /{TEXT_PAGE} gzip", "clickable",
         "all nodes + links", "outside requests", "opened from file://"),
        rows, right=(1, 2, 3, 4, 5)))
    out.append(_meaning(results, ours))
    return "\n".join(out)


def _meaning(results: list[VariantResult], ours: VariantResult) -> str:
    lines = ["\n**What this means.**"]
    before, native, esm, lazy = (by_key(results, key) for key in ("before", "native", "esm", "lazy"))
    o_raw, o_gz, o_files = mermaid_bytes(ours.weights, DIAGRAM_PAGE)
    files = mermaid_parts(ours.weights[DIAGRAM_PAGE].mermaid) if DIAGRAM_PAGE in ours.weights else "nothing"
    lines.append(
        f"Ours loads {kb(o_gz)} of Mermaid gzipped on /{DIAGRAM_PAGE} ({kb(o_raw)} raw, {o_files} files: "
        f"{files}), DOMContentLoaded comes at {opt_ms(ours.med(ours.diagram, 'dom_content_loaded'))} and "
        f"the flowcharts are clickable at {opt_ms(ours.clickable)}."
    )
    if before:
        b_raw, b_gz, _ = mermaid_bytes(before.weights, DIAGRAM_PAGE)
        lines.append(
            f"Before, with the eager single-file build, that was {kb(b_gz)} ({kb(b_raw)} raw), "
            f"DOMContentLoaded at {opt_ms(before.med(before.diagram, 'dom_content_loaded'))}: a plain "
            "`<script src>` at the end of the body holds DOMContentLoaded until the file is fetched, "
            "parsed and run, and Material starts its JavaScript (search, tooltips, table of "
            "contents, the diagrams) only then. Clickable: "
            f"{opt_ms(before.clickable)} before, {opt_ms(ours.clickable)} now"
            + (" (the runs overlap)." if overlap(before.diagram, ours.diagram) else
               f" (the runs do not overlap: now is {'faster' if (ours.clickable or 0) < (before.clickable or 0) else 'slower'}).")
        )
    if native and native.clickable:
        n_gz = mermaid_bytes(native.weights, TEXT_PAGE)[1]
        lines.append(
            f"Material's native set-up (a) is clickable at {opt_ms(native.clickable)}, but "
            "`extra_javascript` is global, so it loads Mermaid on *every* page: "
            f"{kb(n_gz)} gzipped on /{TEXT_PAGE}, and /{START_PAGE} is ready after "
            f"{opt_ms(native.med(native.start, 'clickable'))} instead of {opt_ms(ours.med(ours.start, 'clickable'))}."
            + (" It made no outside request (the local file defines `mermaid` before Material looks "
               "for it, so Material's CDN fallback is not used)." if not native.outside else
               f" It made outside requests ({', '.join(native.outside)}): Material fell back to its CDN.")
        )
    if esm and not works_offline(esm):
        lines.append(
            "The ES module build on its own (b) does **not** render from file:// (browsers load no "
            "module scripts there), which is how the offline zip of `make dist` is opened: Material "
            "then finds no `mermaid` and falls back to its CDN"
            + (" (the recorded outside request)" if esm.from_file and esm.from_file.outside else "")
            + ". The loader takes the single-file build on file:// instead"
            + (f", and ours renders from file:// ({opt_ms(ours.from_file.clickable)}, one run)."
               if works_offline(ours) and ours.from_file else "; in this run ours did **not** render from file://.")
        )
    if lazy:
        l_gz = mermaid_bytes(lazy.weights, DIAGRAM_PAGE)[1]
        lines.append(
            f"Lazy loading of the single-file build (c) has DOMContentLoaded at "
            f"{opt_ms(lazy.med(lazy.diagram, 'dom_content_loaded'))}, loads {kb(l_gz)} of Mermaid "
            f"gzipped and is clickable at {opt_ms(lazy.clickable)}"
            + (": the ES module build is what cuts the bytes." if l_gz > o_gz else ".")
        )
    online, offline = smallest_correct(results, offline=False), smallest_correct(results, offline=True)
    if offline:
        lines.append(
            "The option with the fewest Mermaid bytes (diagram page plus text page) that renders every "
            f"node and link, online and from file://, is **{offline.variant.label}**"
            + (f"; online only, it is **{online.variant.label}**." if online and online is not offline else ".")
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
