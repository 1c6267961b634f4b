"""Report section 3: page weight."""

from __future__ import annotations

from bench.flowchart import DIAGRAM_PAGE
from bench.stats import kb
from bench.table import table
from bench.weight import PARALLEL, TYPES, PageWeight, by_type


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
    text = [p for p in pages if not p.has_diagram]
    heaviest = max(text, key=lambda p: p.load.total(True)) if text else None
    diagram = next((p for p in pages if p.path == "/" + DIAGRAM_PAGE), None)
    out = [
        "## 3. Page weight\n",
        f"Every built page ({len(pages)}: every `index.html` under site/, without the redirect pages "
        "that contain `http-equiv=\"refresh\"`), opened once in a fresh browser context (empty "
        "cache) from site/ served on 127.0.0.1 (`tests/server.py`), until the network is idle "
        f"(load fired, then nothing open for 0.5 s); pages load {PARALLEL} at a time, which does not "
        "change their bytes. Bytes are the response bodies "
        "(`response.body()`); gzip is each body compressed with gzip level 6, as a web server "
        "would send it. *search* is Material's search worker, its Lunr language files and the "
        "search index, which every first visit loads in the background. 1 KB = 1,000 bytes; "
        "columns per type are gzip.\n",
        table(("page", "diagram", "loads Mermaid", *(f"{k} (gz)" for k in kinds), "total raw", "total gzip"),
              rows, right=tuple(range(3, 5 + len(kinds)))),
        "\nTotals per type over all pages (what a crawl of every page would transfer) and the "
        "average per first visit:\n\n",
        table(("type", "all pages raw", "all pages gzip", "per page raw", "per page gzip"), type_rows,
              right=(1, 2, 3, 4)),
        "\n**Pages without a diagram that load Mermaid:** "
        + (", ".join(f"`{p}`" for p in wrong) if wrong else "none")
        + ". **Requests to any host but 127.0.0.1:** "
        + (", ".join(f"`{u}`" for u in outside) if outside else "none") + ".\n",
    ]
    if heaviest and diagram:
        out.append(
            f"\n**What this means.** A text page costs about {kb(heaviest.load.total(True))} gzipped on a first "
            f"visit (heaviest: `{heaviest.path}`, {kb(heaviest.load.total())} raw), and most of "
            "that is Material's own CSS and JavaScript plus the search index, which the browser "
            "caches after the first page. The page's own HTML is a few KB. "
            f"`/{DIAGRAM_PAGE}` costs {kb(diagram.load.total(True))} gzipped "
            f"({kb(diagram.load.total())} raw): "
            f"Mermaid alone is {kb(sum(r.gzip for r in diagram.load.mermaid))} gzipped "
            f"({kb(sum(r.raw for r in diagram.load.mermaid))} raw), "
            f"{sum(r.gzip for r in diagram.load.mermaid) / diagram.load.total(True):.0%} of the page. "
            "mermaid2 only adds it to pages with a diagram (/stroomschema/ and /print/), so "
            "the other pages are not affected.\n"
        )
    return "\n".join(out)
