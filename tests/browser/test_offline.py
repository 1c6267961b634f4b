"""Every page of the built site, opened in the browser (the crawl: tests/browser/crawl.py),
only talks to 127.0.0.1, runs without console errors, and loads Mermaid only where there
is a diagram."""

from __future__ import annotations

import gzip
from urllib.parse import unquote, urlsplit

from tests.browser.crawl import Visit
from tests.browser.helpers import STROOMSCHEMA
from tests.sitepaths import PRINT_PAGE, SITE, URL_MAP, soup


def test_every_built_page_is_visited(visits: dict[str, Visit]) -> None:
    assert set(URL_MAP) <= set(visits)
    assert any(u.startswith("/beslishulp/afwegingskader/") for u in visits)
    assert any(u.startswith("/beslishulp/route-bij-zorgen/") for u in visits)
    assert all(v.requests and v.site_path(v.requests[0]) == v.url for v in visits.values())


def test_every_request_goes_to_localhost(visits: dict[str, Visit]) -> None:
    outside = [
        f"{url}: {request}"
        for url, visit in visits.items()
        for request in visit.requests
        if urlsplit(request).hostname != "127.0.0.1"
    ]
    assert not outside, "requests leaving the machine:\n" + "\n".join(outside)


def test_no_console_or_page_errors(visits: dict[str, Visit]) -> None:
    errors = [error for visit in visits.values() for error in visit.errors]
    assert not errors, "\n".join(errors)


def test_no_page_loads_mermaid(visits: dict[str, Visit]) -> None:
    """The diagrams are drawn at build time: no page of a full build asks for Mermaid."""
    assert soup(STROOMSCHEMA).select_one("figure.stroomschema svg") is not None
    with_mermaid = {url for url, visit in visits.items() if any("mermaid" in path for path in visit.paths)}
    assert not with_mermaid


def test_search_runs_offline_on_every_page(visits: dict[str, Visit]) -> None:
    """The search index and the Dutch stemmer come from the site itself."""
    for url, visit in visits.items():
        paths = set(visit.paths)
        assert "/search/search_index.json" in paths, f"{url}: no local search index"
        assert "/assets/javascripts/lunr/min/lunr.nl.min.js" in paths, f"{url}: no Dutch stemmer"


# A text page's first visit stays under 150 KB, gzip-compressed as a web server sends it
# (`make bench` measures the real weight: bench/REPORT.md, "Page weight").
TEXT_PAGE_BUDGET = 150_000
# /print/ is every chapter on one page: it grows with the protocol. Measured 160.7 KB, of
# which 43.2 KB is the page itself (22 chapters, the cover and both flowcharts).
PRINT_PAGE_BUDGET = 200_000


def first_visit_gzip_bytes(visit: Visit) -> int:
    total = 0
    for request in set(visit.requests):
        path = SITE / unquote(visit.site_path(request)).lstrip("/")
        if path.is_dir():
            path = path / "index.html"
        if path.is_file():
            total += len(gzip.compress(path.read_bytes(), compresslevel=6))
    return total


def drawing_gzip_bytes(url: str) -> int:
    """What a page's diagrams and maps drawn at build time add: their SVG and their stylesheet."""
    drawings = soup(url).select("svg[aria-roledescription]")
    if not drawings:
        return 0
    css = (SITE / "assets/stylesheets/stroomschema.css").read_bytes()
    return sum(len(gzip.compress(str(svg).encode(), compresslevel=6)) for svg in drawings) + len(
        gzip.compress(css, compresslevel=6))


def test_every_page_stays_within_the_weight_budget(visits: dict[str, Visit]) -> None:
    """A text page stays under the budget; a page with diagrams under the budget plus its SVG."""
    assert len(visits) >= 30
    weights = {url: first_visit_gzip_bytes(visit) for url, visit in visits.items()}
    assert min(weights.values()) > 50_000, "the measurement missed the theme's files"
    assert drawing_gzip_bytes(STROOMSCHEMA) > 0
    budget = {url: PRINT_PAGE_BUDGET if url == PRINT_PAGE else TEXT_PAGE_BUDGET + drawing_gzip_bytes(url) for url in weights}
    over = {url: size for url, size in weights.items() if size >= budget[url]}
    assert not over, f"pages over their budget ({TEXT_PAGE_BUDGET} bytes gzip plus their drawings; /print/ {PRINT_PAGE_BUDGET}): {over}"
