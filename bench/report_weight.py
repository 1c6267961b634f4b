"""Report section 3: page weight, and the text-page budget."""

from __future__ import annotations

from bench.flowchart import DIAGRAM_PAGE
from bench.paths import TEXT_PAGE_BUDGET
from bench.stats import kb
from bench.table import table
from bench.weight import PAGE_TYPES, PARALLEL, TYPES, PageWeight, by_type, mermaid_parts


def heaviest_text_page(pages: list[PageWeight]) -> PageWeight | None:
    """The page without a diagram that costs most, gzipped, on a first visit."""
    text = [p for p in pages if not p.has_diagram]
    return max(text, key=lambda p: p.load.total(True)) if text else None


def budget_cell(gzip: int) -> str:
    share = gzip / TEXT_PAGE_BUDGET
    return f"{share:.0%} of {kb(TEXT_PAGE_BUDGET)}: " + ("within" if gzip <= TEXT_PAGE_BUDGET else "**over**")


def _by_page_type(pages: list[PageWeight]) -> str:
    rows = []
    for kind in PAGE_TYPES:
        group = [p for p in pages if p.page_type == kind]
        if not group:
            continue
        largest = max(group, key=lambda p: p.load.total(True))
        gzip = largest.load.total(True)
        rows.append((
            kind, len(group), f"`{largest.path}`", f"**{kb(gzip)}**",
            kb(sum(r.gzip for r in largest.load.mermaid)),
            "– (not a text page)" if largest.has_diagram else budget_cell(gzip),
        ))
    return (
        f"\nThe budget: a text page (a page without a diagram) costs at most {kb(TEXT_PAGE_BUDGET)} "
        "gzipped on a first visit. The largest page of each type:\n\n"
        + table(("page type", "pages", "largest", "its gzip total", "of which Mermaid (gz)", "budget"),
                rows, right=(1, 3, 4))
    )


def section(pages: list[PageWeight]) -> str:
    kinds = [k for k in TYPES if any(p.load.total(False, k) for p in pages)]
    rows = []
    for p in sorted(pages, key=lambda p: (-p.load.total(True), p.path)):
        loads_mermaid = bool(p.load.mermaid)
        flag = "**yes, without a diagram**" if loads_mermaid and not p.has_diagram else ("yes" if loads_mermaid else "no")
        rows.append((f"`{p.path}`", "yes" if p.has_diagram else "no", flag,
                     *(kb(p.load.total(True, k)) for k in kinds),
                     kb(p.load.total()), f"**{kb(p.load.total(True))}**"))
    wrong = [p.path for p in pages if p.load.mermaid and not p.has_diagram]
    outside = sorted({url for p in pages for url in p.load.outside})
    raw, gz = by_type([p.load for p in pages], False), by_type([p.load for p in pages], True)
    type_rows = [(k, kb(raw[k]), kb(gz[k]), kb(raw[k] // len(pages)), kb(gz[k] // len(pages))) for k in kinds]
    type_rows.append(("**all**", kb(sum(raw.values())), kb(sum(gz.values())),
                      kb(sum(raw.values()) // len(pages)), kb(sum(gz.values()) // len(pages))))
    heaviest = heaviest_text_page(pages)
    diagram = next((p for p in pages if p.path == "/" + DIAGRAM_PAGE), None)
    out = [
        "## 3. Page weight\n",
        f"Every built page of site/ ({len(pages)}: every `index.html`, without the redirect pages "
        "that contain `http-equiv=\"refresh\"`), opened once in a fresh browser context (empty "
        "cache) from site/ served on 127.0.0.1 (`tests/server.py`), until the network is idle "
        f"(load fired, then nothing open for 0.5 s); pages load {PARALLEL} at a time, which does not "
        "change their bytes. Bytes are the response bodies "
        "(`response.body()`); gzip is each body compressed with gzip level 6, as a web server "
        "would send it. *search* is Material's search worker, its Lunr language files and the "
        "search index, which every first visit loads in the background. *Loads Mermaid*: any "
        "response with `mermaid` in its path (the loader, the ES module build and its chunks, or "
        "the single-file build). A page with a diagram counts what it loads until the network is "
        "idle, so the lazily loaded Mermaid is included. 1 KB = 1,000 bytes; columns per type are "
        "gzip.\n",
        table(("page", "diagram", "loads Mermaid", *(f"{k} (gz)" for k in kinds), "total raw", "total gzip"),
              rows, right=tuple(range(3, 5 + len(kinds)))),
        "\nTotals per type over all pages (what a crawl of every page would transfer) and the "
        "average per first visit:\n\n",
        table(("type", "all pages raw", "all pages gzip", "per page raw", "per page gzip"), type_rows,
              right=(1, 2, 3, 4)),
        _by_page_type(pages),
        "\n**Pages without a diagram that load Mermaid:** "
        + (", ".join(f"`{p}`" for p in wrong) if wrong else "none")
        + ". **Requests to any host but 127.0.0.1:** "
        + (", ".join(f"`{u}`" for u in outside) if outside else "none") + ".\n",
    ]
    if heaviest and diagram:
        mermaid = diagram.load.mermaid
        gz = heaviest.load.total(True)
        out.append(
            f"\n**What this means.** The largest text page, `{heaviest.path}`, costs {kb(gz)} gzipped on "
            f"a first visit ({kb(heaviest.load.total())} raw): {budget_cell(gz)} the budget. Most of "
            "that is Material's own CSS and JavaScript plus the search index, which the browser "
            "caches after the first page; the page's own HTML is a few KB. "
            f"`/{DIAGRAM_PAGE}` costs {kb(diagram.load.total(True))} gzipped "
            f"({kb(diagram.load.total())} raw), of which Mermaid is "
            f"{kb(sum(r.gzip for r in mermaid))} gzipped ({kb(sum(r.raw for r in mermaid))} raw, "
            f"{len(mermaid)} files: {mermaid_parts(mermaid)}), "
            f"{sum(r.gzip for r in mermaid) / diagram.load.total(True):.0%} of the page. "
            + ("No page without a diagram loads any Mermaid: mermaid2 adds the loader only to pages "
               "with a diagram (/stroomschema/ and /print/).\n" if not wrong else
               "Some pages without a diagram load Mermaid (listed above).\n")
        )
    return "\n".join(out)
