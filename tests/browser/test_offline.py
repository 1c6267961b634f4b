"""Every page of the built site, opened in the browser, only talks to 127.0.0.1, runs
without console errors, and loads Mermaid only where there is a diagram."""

from __future__ import annotations

import gzip
import json
import time
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext

from tests.browser.helpers import STROOMSCHEMA, PageWatch
from tests.sitepaths import OUTPUT, PRINT_PAGE, SITE, URL_MAP, built_pages, soup

PAGES = built_pages()
SUMMARY = OUTPUT / "browser-requests.json"


@dataclass
class Visit:
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def scripts(self) -> list[str]:
        return [r for r in self.requests if urlsplit(r).path.endswith((".js", ".mjs"))]

    @property
    def script_bytes(self) -> int:
        """Bytes of JavaScript the page loads (sizes of the served files)."""
        total = 0
        for request in self.scripts:
            path = SITE / urlsplit(request).path.lstrip("/")
            total += path.stat().st_size if path.is_file() else 0
        return total


# A page counts as settled when it has loaded, its search is ready (the worker has the
# index and the Dutch stemmer, which come after the load event) and every diagram on it
# is drawn (Mermaid loads when the page is idle, possibly well after the load event).
# The page checks this itself and calls `reportSettled` once, so the crawl never waits
# on a busy page.
SETTLED_SCRIPT = """(initialising => {
    if (window !== window.top) return;
    const settled = () => {
        const meta = document.querySelector('.md-search-result__meta');
        return document.readyState === 'complete'
            && meta !== null && meta.textContent.trim() !== initialising
            && [...document.querySelectorAll('.mermaid')].every(
                d => d.localName === 'div' && d.getBoundingClientRect().height > 50);
    };
    const timer = setInterval(() => {
        if (settled()) {
            clearInterval(timer);
            window.reportSettled(location.href);
        }
    }, 50);
})(%s);"""
QUIET_MS = 300
PAGE_TIMEOUT_S = 20


@dataclass
class Tab:
    """One URL being visited in a page of its own, closed when done: nothing the page
    requests, however late, can be counted for another URL."""

    url: str
    watch: PageWatch
    started: float = field(default_factory=time.monotonic)
    settled_at: float | None = None

    @classmethod
    def open(cls, context: BrowserContext, base_url: str, url: str) -> Tab:
        tab = cls(url, PageWatch(context.new_page()))
        tab.watch.page.expose_function("reportSettled", tab._on_settled)
        tab.watch.page.goto(urljoin(base_url, url.lstrip("/")), wait_until="commit")
        return tab

    def _on_settled(self, _location: str) -> None:
        self.settled_at = self.settled_at or time.monotonic()

    def done(self) -> bool:
        """Settled, and since then no request open, started or ended for QUIET_MS."""
        if self.settled_at is None:
            return False
        return self.watch.is_quiet(QUIET_MS) and time.monotonic() - self.settled_at >= QUIET_MS / 1000

    def overdue(self) -> bool:
        return time.monotonic() - self.started > PAGE_TIMEOUT_S

    def visit(self) -> Visit:
        return Visit(self.url, list(self.watch.requests), list(self.watch.errors))


def crawl(browser: Browser, base_url: str, urls: list[str], tabs: int = 4) -> dict[str, Visit]:
    """Open every page once, `tabs` at a time, each in a new page until it is done (see
    `Tab.done`); record each visit and close its page.

    One fresh context: nothing is cached before the first page.
    """
    meta = soup("/").select_one(".md-search-result__meta")
    assert meta is not None, "/: no search result meta line"
    initialising = " ".join(meta.get_text().split())  # its text until search is ready
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    context.add_init_script(SETTLED_SCRIPT % json.dumps(initialising))
    queue = list(urls)
    busy: list[Tab] = []
    result: dict[str, Visit] = {}
    try:
        while queue or busy:
            while queue and len(busy) < tabs:
                busy.append(Tab.open(context, base_url, queue.pop(0)))
            for tab in list(busy):
                if tab.done():
                    result[tab.url] = tab.visit()
                    busy.remove(tab)
                    tab.watch.page.close()
                elif tab.overdue():
                    state = "settled" if tab.settled_at else "not settled (load, search, diagrams)"
                    raise AssertionError(
                        f"{tab.url}: not done after {PAGE_TIMEOUT_S} s: {state}; open: {tab.watch.in_flight}"
                    )
            if busy:
                busy[0].watch.page.wait_for_timeout(50)  # lets Playwright deliver the events of all tabs
    finally:
        context.close()
    return result


@pytest.fixture(scope="module")
def visits(browser: Browser, site_url: str) -> dict[str, Visit]:
    result = crawl(browser, site_url, PAGES)
    SUMMARY.parent.mkdir(parents=True, exist_ok=True)
    SUMMARY.write_text(
        json.dumps(
            {u: {"requests": len(v.requests), "js_bytes": v.script_bytes} for u, v in result.items()},
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    return result


def test_every_built_page_is_visited(visits: dict[str, Visit]) -> None:
    assert set(URL_MAP) <= set(visits)
    assert any(u.startswith("/beslishulp/afwegingskader/") for u in visits)
    assert any(u.startswith("/beslishulp/route-bij-zorgen/") for u in visits)
    assert all(v.requests and urlsplit(v.requests[0]).path == v.url for v in visits.values())


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
    with_mermaid = {url for url, visit in visits.items() if any("mermaid" in urlsplit(r).path for r in visit.requests)}
    assert not with_mermaid


def test_search_runs_offline_on_every_page(visits: dict[str, Visit]) -> None:
    """The search index and the Dutch stemmer come from the site itself."""
    for url, visit in visits.items():
        paths = {urlsplit(r).path for r in visit.requests}
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
        path = SITE / unquote(urlsplit(request).path).lstrip("/")
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
