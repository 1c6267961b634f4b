"""One crawl of every built page in Chromium, through nginx with deploy/nginx.conf (its
policy and headers), shared by the tests of what a reader's browser does on every page:
tests/browser/test_offline.py (requests, errors, weight), test_privacy.py (cookies and
storage) and test_deploy.py (status and policy). It is made once per test run
(tests/shared.py) and kept as JSON."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from playwright.sync_api import Browser, BrowserContext, Page

from tests.browser.helpers import RECORD_VIOLATIONS, PageWatch, violations
from tests.sitepaths import SITE, soup

# Every key of both storages, and what else a site can keep in the browser.
READ_STORAGE = """async () => ({
  keys: Object.fromEntries(["localStorage", "sessionStorage"].map(s => [s, Object.keys(window[s])])),
  cookie: document.cookie,
  databases: indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [],
  caches: "caches" in window ? await caches.keys() : [],
  workers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
})"""


def held(page: Page) -> tuple[dict[str, Any], list[str]]:
    """What the browser holds for the site now: READ_STORAGE's answer, and the cookies."""
    return page.evaluate(READ_STORAGE), [f"{c['name']}={c['value']}" for c in page.context.cookies()]


@dataclass
class Visit:
    """What one page did in the crawl: its requests, its console and page errors, and what
    the browser held for the site when it was done (READ_STORAGE, and the cookies)."""

    url: str
    base: str  # the site's address the crawl went through (nginx, in the site's folder)
    status: int = 0  # of the page itself
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)  # of the Content-Security-Policy
    storage: dict[str, Any] = field(default_factory=dict)
    cookies: list[str] = field(default_factory=list)

    def site_path(self, request: str) -> str:
        """A request's path in the site (`/search/search_index.json`), without its folder."""
        return "/" + urlsplit(request).path.removeprefix(urlsplit(self.base).path)

    @property
    def paths(self) -> list[str]:
        return [self.site_path(request) for request in self.requests]

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
    base: str
    watch: PageWatch
    status: int = 0
    started: float = field(default_factory=time.monotonic)
    settled_at: float | None = None

    @classmethod
    def open(cls, context: BrowserContext, base_url: str, url: str) -> Tab:
        tab = cls(url, base_url, PageWatch(context.new_page()))
        tab.watch.page.expose_function("reportSettled", tab._on_settled)
        response = tab.watch.page.goto(urljoin(base_url, url.lstrip("/")), wait_until="commit")
        tab.status = response.status if response is not None else 0
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
        page = self.watch.page
        storage, cookies = held(page)
        return Visit(self.url, self.base, self.status, list(self.watch.requests), list(self.watch.errors),
                     violations(page), storage, cookies)


def crawl(browser: Browser, base_url: str, urls: list[str], tabs: int = 4) -> dict[str, Visit]:
    """Open every page once, `tabs` at a time, each in a new page until it is done (see
    `Tab.done`); record each visit and close its page.

    One fresh context: nothing is cached or stored before the first page, which is
    visited alone (what the browser holds after it is the site's first-visit storage).
    """
    meta = soup("/").select_one(".md-search-result__meta")
    assert meta is not None, "/: no search result meta line"
    initialising = " ".join(meta.get_text().split())  # its text until search is ready
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    context.add_init_script(SETTLED_SCRIPT % json.dumps(initialising))
    context.add_init_script(RECORD_VIOLATIONS)
    queue = list(urls)
    busy: list[Tab] = []
    result: dict[str, Visit] = {}
    try:
        while queue or busy:
            while queue and len(busy) < (tabs if result else 1):
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


def save(visits: dict[str, Visit], path: Path) -> None:
    path.write_text(json.dumps([asdict(visit) for visit in visits.values()]), encoding="utf-8")


def load(path: Path) -> dict[str, Visit]:
    return {item["url"]: Visit(**item) for item in json.loads(path.read_text(encoding="utf-8"))}
