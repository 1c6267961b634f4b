"""Headless Chromium on the built sites: time until the flowcharts are drawn (for each way
of drawing them, side by side), a text page's first paint, and page weight."""

from __future__ import annotations

import gzip
import statistics
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page, Response, Route, sync_playwright

from bench.variants import NATIVE_MERMAID_URL, NPM_MERMAID
from scripts.chromium import LAUNCH_ARGS, chromium_path

FLOWCHART_PAGE = "stroomschema/"
TEXT_PAGE = "melden/"  # a text page without diagrams, for its first paint
WEIGHED_PAGES = ("", "stroomschema/", "beslishulp/afwegingskader/", "print/")
RUNS = 9  # fresh browser contexts per site for the flowchart time, the sites taking turns
TIMEOUT_MS = 20_000
VIEWPORT = {"width": 1280, "height": 800}
# A diagram is there when its figure holds a drawing with a size: the SVG drawn at build
# time, or (without Chromium at build time) the `div.mermaid` that Material puts in place
# of the `pre.mermaid` source once it has drawn the SVG into its closed shadow root.
DRAWN = """() => {
  const figures = [...document.querySelectorAll("figure.stroomschema")];
  const drawn = (figure) => {
    const host = figure.querySelector("div.stroomschema-tekening > svg, div.mermaid");
    return host !== null && host.getBoundingClientRect().height > 50 && host.getBoundingClientRect().width > 50;
  };
  return figures.length > 0 && figures.every(drawn) ? performance.now() : false;
}"""


@dataclass(frozen=True)
class FlowchartTimes:
    """Milliseconds from navigation start, one entry per run, for one site."""

    name: str
    figures: int
    drawn: list[float]
    dom_content_loaded: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.drawn)


@dataclass(frozen=True)
class PageWeight:
    """The responses of one first visit (empty cache) until the network is idle."""

    site: str
    path: str
    requests: int
    raw: int  # response bodies as sent by the local server (uncompressed)
    gzip: int  # the same bodies gzipped at level 6, as a web server would send them
    mermaid_gzip: int  # of which files with "mermaid" in their path


@contextmanager
def chromium() -> Iterator[Browser]:
    executable = chromium_path()
    if executable is None:
        raise RuntimeError("no Chromium: run scripts/ensure-system-packages.sh")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _unpkg(route: Route) -> None:
    """Material's own Mermaid gets the pinned npm file; anything else from there fails."""
    if route.request.url == NATIVE_MERMAID_URL:
        route.fulfill(path=NPM_MERMAID, content_type="text/javascript")
    else:
        route.abort()


@contextmanager
def fresh_page(browser: Browser) -> Iterator[Page]:
    """A page in a new context: empty cache, no cookies. The sites request no other host
    (the browser tests prove it) but unpkg.com, Material's own source of Mermaid."""
    context = browser.new_context(viewport=VIEWPORT)
    context.route("https://unpkg.com/**", _unpkg)
    try:
        yield context.new_page()
    finally:
        context.close()


def wait_until_drawn(page: Page) -> float:
    """Wait until every flowchart is drawn; performance.now() at that animation frame."""
    return float(page.wait_for_function(DRAWN, polling="raf", timeout=TIMEOUT_MS).json_value())


def flowchart_times(browser: Browser, base_urls: dict[str, str], runs: int = RUNS) -> list[FlowchartTimes]:
    """Each site's /stroomschema/ `runs` times; the sites take turns, in a rotating order."""
    drawn: dict[str, list[float]] = {name: [] for name in base_urls}
    loaded: dict[str, list[float]] = {name: [] for name in base_urls}
    figures: dict[str, int] = {}
    names = list(base_urls)
    for run in range(runs):
        for name in names[run % len(names):] + names[: run % len(names)]:
            with fresh_page(browser) as page:
                page.goto(base_urls[name] + FLOWCHART_PAGE, wait_until="commit")
                drawn[name].append(wait_until_drawn(page))
                page.wait_for_load_state("load")
                loaded[name].append(float(page.evaluate(
                    "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")))
                figures[name] = int(page.evaluate("document.querySelectorAll('figure.stroomschema').length"))
    return [FlowchartTimes(name, figures[name], drawn[name], loaded[name]) for name in names]


@dataclass(frozen=True)
class TextTimes:
    """A text page, milliseconds from navigation start, one entry per run: its heading
    there (watched as the flowcharts are, frame by frame) and the browser's first paint."""

    present: list[float]
    first_paint: list[float]


# The text page's heading is there, seen the way DRAWN sees a flowchart.
_TEXT_PRESENT = """() => {
  const heading = document.querySelector("article h1");
  return heading !== null && heading.getBoundingClientRect().height > 0 ? performance.now() : false;
}"""


def text_times(browser: Browser, base_url: str, runs: int = RUNS) -> TextTimes:
    present, paints = [], []
    for _ in range(runs):
        with fresh_page(browser) as page:
            page.goto(base_url + TEXT_PAGE, wait_until="commit")
            present.append(float(page.wait_for_function(_TEXT_PRESENT, polling="raf", timeout=TIMEOUT_MS).json_value()))
            paints.append(float(page.wait_for_function(
                "() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime || false",
                polling="raf", timeout=TIMEOUT_MS).json_value()))
    return TextTimes(present, paints)


def body_size(response: Response) -> tuple[int, int]:
    """(raw, gzip) bytes of a response body; (0, 0) for a redirect or a lost body."""
    if not 200 <= response.status < 300:
        return 0, 0
    try:
        body = response.body()
    except Exception:  # noqa: BLE001 - the browser dropped the body: count nothing
        return 0, 0
    return len(body), len(gzip.compress(body, compresslevel=6, mtime=0))


def page_weight(browser: Browser, site: str, base_url: str, path: str) -> PageWeight:
    with fresh_page(browser) as page:
        responses: list[Response] = []
        page.context.on("response", lambda response: responses.append(response))
        page.goto(base_url + path, wait_until="networkidle")
        if page.locator("figure.stroomschema").count():
            wait_until_drawn(page)  # Mermaid loads lazily: count it in
            page.wait_for_load_state("networkidle")
        sizes = [(urlsplit(r.url).path, *body_size(r)) for r in responses]
    return PageWeight(
        site=site,
        path="/" + path,
        requests=len(sizes),
        raw=sum(raw for _, raw, _ in sizes),
        gzip=sum(packed for _, _, packed in sizes),
        mermaid_gzip=sum(packed for url, _, packed in sizes if "mermaid" in url),
    )


def page_weights(browser: Browser, base_urls: dict[str, str]) -> list[PageWeight]:
    """The pages of WEIGHED_PAGES on this build; /stroomschema/ on the other sites too."""
    (first, url), *others = base_urls.items()
    return [page_weight(browser, first, url, path) for path in WEIGHED_PAGES] + [
        page_weight(browser, name, other, FLOWCHART_PAGE) for name, other in others]
