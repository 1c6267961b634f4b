"""Page weight: the bytes a first visit to a page loads, by type, raw and gzipped.

Every response body of a fresh browser context is taken with `response.body()` and
compressed here with gzip level 6, as a web server would send it.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Page, Request, Response

from bench.browser import Requests, fresh_context

TYPES = ("HTML", "CSS", "JS", "fonts", "images", "search", "other")
_FONT = (".woff2", ".woff", ".ttf", ".otf", ".eot")
_IMAGE = (".png", ".svg", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".avif")


@dataclass(frozen=True)
class Resource:
    url: str
    kind: str
    raw: int
    gzip: int


@dataclass
class PageLoad:
    url: str
    resources: list[Resource] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)

    def total(self, gzipped: bool = False, kind: str | None = None) -> int:
        return sum(r.gzip if gzipped else r.raw for r in self.resources if kind is None or r.kind == kind)

    @property
    def mermaid(self) -> list[Resource]:
        return [r for r in self.resources if "mermaid" in urlsplit(r.url).path]


PAGE_TYPES = (
    "start page", "protocol pages", "beslishulp overview", "beslishulp start pages",
    "beslishulp steps", "pages with a diagram",
)


def mermaid_parts(resources: list[Resource]) -> str:
    """What the Mermaid responses of a page are, in words ("the loader, 1 ES module entry, ...")."""
    paths = [urlsplit(r.url).path for r in resources]
    counts = [
        (sum(p.endswith("/mermaid-loader.js") for p in paths), "the loader", "the loader"),
        (sum(p.endswith("/mermaid.min.js") for p in paths), "the single-file build", "the single-file build"),
        (sum(p.endswith("/mermaid.esm.min.mjs") for p in paths), "the ES module entry", "the ES module entry"),
        (sum("/chunks/" in p for p in paths), "1 chunk", "{n} chunks"),
    ]
    parts = [(many.format(n=n) if n > 1 else one) for n, one, many in counts if n]
    other = len(paths) - sum(n for n, _, _ in counts)
    if other:
        parts.append(f"{other} other file{'s' if other > 1 else ''}")
    if not parts:
        return "nothing"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


@dataclass(frozen=True)
class PageWeight:
    path: str  # URL path, e.g. /stroomschema/
    has_diagram: bool
    load: PageLoad

    @property
    def page_type(self) -> str:
        """One of PAGE_TYPES, from the URL (see the URL map in README.md)."""
        if self.has_diagram:
            return "pages with a diagram"
        parts = [part for part in self.path.split("/") if part]
        if not parts:
            return "start page"
        if parts[0] == "beslishulp":
            return ("beslishulp overview", "beslishulp start pages", "beslishulp steps")[min(len(parts), 3) - 1]
        return "protocol pages"


def kind_of(url: str, resource_type: str) -> str:
    path = urlsplit(url).path.lower()
    if resource_type == "document":
        return "HTML"
    if "/workers/" in path or "/lunr/" in path or path.endswith("search_index.json"):
        return "search"  # Material's search worker, its Lunr language files and the index
    if resource_type == "stylesheet" or path.endswith(".css"):
        return "CSS"
    if resource_type == "font" or path.endswith(_FONT):
        return "fonts"
    if resource_type == "image" or path.endswith(_IMAGE):
        return "images"
    if resource_type == "script" or path.endswith((".js", ".mjs")):
        return "JS"
    return "other"


def _resource(response: Response) -> Resource | None:
    if response.status >= 300 or response.status == 0:
        return None
    try:
        body = response.body()
    except Exception:  # noqa: BLE001 - a body the browser no longer holds: count what we can
        return None
    return Resource(
        url=response.url,
        kind=kind_of(response.url, response.request.resource_type),
        raw=len(body),
        gzip=len(gzip.compress(body, compresslevel=6, mtime=0)),
    )


QUIET_S = 0.5  # network idle: no request open for this long after the load event
PARALLEL = 4  # pages loaded at the same time (each in its own fresh context)
TIMEOUT_S = 30.0


@dataclass
class _Visit:
    """One page in its own fresh context, watched until the network is idle."""

    url: str
    requests: Requests
    responses: list[Response] = field(default_factory=list)
    open: set[Request] = field(default_factory=set)
    last_activity: float = field(default_factory=time.monotonic)
    loaded: bool = False

    def watch(self, context: BrowserContext, page: Page) -> None:
        context.on("request", self._started)
        context.on("requestfinished", self._ended)
        context.on("requestfailed", self._ended)
        context.on("response", lambda response: self.responses.append(response))
        page.on("load", lambda _: self._loaded())

    def _started(self, request: Request) -> None:
        self.open.add(request)
        self.last_activity = time.monotonic()

    def _ended(self, request: Request) -> None:
        self.open.discard(request)
        self.last_activity = time.monotonic()

    def _loaded(self) -> None:
        self.loaded = True
        self.last_activity = time.monotonic()

    def idle(self) -> bool:
        return self.loaded and not self.open and time.monotonic() - self.last_activity >= QUIET_S


def load_pages(browser: Browser, urls: list[str], parallel: int = PARALLEL) -> list[PageLoad]:
    """Open each URL in a fresh context (a few at a time), wait until its network is idle
    (load fired, then nothing open for 0.5 s: Playwright's "networkidle"), and weigh every
    response. Bytes do not depend on timing, so pages may load side by side."""
    results: list[PageLoad] = []
    for first in range(0, len(urls), parallel):
        with ExitStack() as stack:
            visits: list[tuple[_Visit, Page]] = []
            for url in urls[first:first + parallel]:
                context, requests = stack.enter_context(fresh_context(browser))
                page = context.new_page()
                visit = _Visit(url, requests)
                visit.watch(context, page)
                page.goto(url, wait_until="commit")
                visits.append((visit, page))
            deadline = time.monotonic() + TIMEOUT_S
            while not all(visit.idle() for visit, _ in visits) and time.monotonic() < deadline:
                visits[0][1].wait_for_timeout(50)  # lets Playwright deliver every page's events
            for visit, _ in visits:
                load = PageLoad(url=visit.url, outside=visit.requests.outside)
                for response in visit.responses:
                    resource = _resource(response)
                    if resource is not None:
                        load.resources.append(resource)
                results.append(load)
    return results


def site_pages(site: Path) -> list[tuple[str, bool]]:
    """(URL path, has a diagram) of every built page, without the redirect pages."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        html = index.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue
        rel = index.parent.relative_to(site).as_posix()
        path = "/" if rel == "." else f"/{rel}/"
        pages.append((path, 'class="mermaid"' in html))
    return pages


def measure_site(browser: Browser, base_url: str, site: Path) -> list[PageWeight]:
    pages = site_pages(site)
    loads = load_pages(browser, [base_url.rstrip("/") + path for path, _ in pages])
    return [PageWeight(path, has_diagram, load) for (path, has_diagram), load in zip(pages, loads, strict=True)]


def by_type(loads: Iterable[PageLoad], gzipped: bool) -> dict[str, int]:
    totals = dict.fromkeys(TYPES, 0)
    for load in loads:
        for kind in TYPES:
            totals[kind] += load.total(gzipped, kind)
    return totals
