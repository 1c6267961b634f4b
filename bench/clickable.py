"""Time to a clickable flowchart, measured inside the page.

Material renders each diagram into a CLOSED shadow root. An init script (run before any
page script) wraps `Element.prototype.attachShadow` so it keeps a reference to every root
it creates (window.__benchShadows) while still creating it closed. It reads the diagram
sources (`pre.mermaid`, before rendering) at DOMContentLoaded, and checks on every
animation frame, and right after each shadow root is filled, whether every diagram host
has an SVG with one node per `click` line and exactly the links of the source. The first
moment that holds is recorded as performance.now() (navigation start is 0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from playwright.sync_api import Browser, Page
from playwright.sync_api import Error as PlaywrightError

from bench.browser import fresh_context

TIMEOUT_MS = 20_000
CLICK = re.compile(r'^\s*click\s+\S+\s+href\s+"([^"]*)"', re.MULTILINE)

INIT_SCRIPT = r"""
(() => {
  const state = window.__bench = {sources: null, done: null, found: null, failed: null, startLink: null, firstTop: null};
  const shadows = window.__benchShadows = [];
  const byHost = new WeakMap();
  const clickHref = /^\s*click\s+\S+\s+href\s+"([^"]*)"/gm;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);   // still closed: only we keep the reference
    shadows.push(root);
    byHost.set(this, root);
    queueMicrotask(check);                  // Material fills the root right after creating it
    return root;
  };
  const sources = () => {
    if (state.sources === null) {
      state.sources = Array.from(document.querySelectorAll("pre.mermaid"),
        (pre) => Array.from(pre.textContent.matchAll(clickHref), (m) => m[1]).sort());
    }
  };
  document.addEventListener("DOMContentLoaded", sources);  // added before any page script
  function check() {
    if (state.done !== null || state.sources === null || state.sources.length === 0) return;
    const hosts = document.querySelectorAll("div.mermaid");
    if (hosts.length !== state.sources.length) return;
    const found = [];
    for (let i = 0; i < hosts.length; i++) {
      const root = byHost.get(hosts[i]);
      const svg = root && root.querySelector("svg");
      if (!svg) return;
      const nodes = svg.querySelectorAll("g.node").length;
      const hrefs = Array.from(svg.querySelectorAll("a"),
        (a) => a.getAttribute("href") || a.getAttribute("xlink:href")).filter(Boolean).sort();
      if (nodes < state.sources[i].length || hrefs.length < state.sources[i].length) return;
      found.push({nodes, hrefs});
    }
    state.done = performance.now();
    state.found = found;
    state.firstTop = Math.round(hosts[0].getBoundingClientRect().top + scrollY);
  }
  const frame = () => { check(); if (state.done === null) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  // The beslishulp start page: when its "Start" link is in the document.
  new MutationObserver((_, observer) => {
    const start = Array.from(document.querySelectorAll(".beslishulp-keuze a")).find((a) => a.textContent.trim() === "Start");
    if (start) { state.startLink = performance.now(); observer.disconnect(); }
  }).observe(document, {childList: true, subtree: true});
  // A script that cannot load (e.g. an ES module from file://) or a rejected import().
  addEventListener("error", (event) => {
    const script = event.target;
    if (script && script.tagName === "SCRIPT" && (script.type === "module" || (script.src || "").includes("mermaid"))) {
      state.failed = state.failed || `could not load ${script.src || "an inline module script's imports"}`;
    }
  }, true);
  addEventListener("unhandledrejection", (event) => { state.failed = state.failed || String(event.reason); });
})();
"""


@dataclass
class Run:
    """One page load in a fresh context (times in ms from navigation start)."""

    clickable: float | None
    dom_content_loaded: float
    load: float
    first_paint: float | None  # first-contentful-paint
    diagrams: int = 0
    correct: bool = False  # every diagram: all nodes and exactly the source's links
    failed: str | None = None
    outside: list[str] = field(default_factory=list)
    start_link: float | None = None
    first_diagram_top: int | None = None  # px from the top of the page


def expected_links(html: str) -> list[list[str]]:
    """The click targets of every diagram in a built page, from its `pre.mermaid` sources."""
    import html as html_lib

    blocks = re.findall(r'<pre class="mermaid"><code>(.*?)</code></pre>', html, re.DOTALL)
    return [sorted(CLICK.findall(html_lib.unescape(block))) for block in blocks]


def _navigation(page: Page) -> dict[str, float | None]:
    return page.evaluate(
        """() => { const n = performance.getEntriesByType("navigation")[0];
                   const paint = performance.getEntriesByName("first-contentful-paint")[0];
                   return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd,
                           fcp: paint ? paint.startTime : null}; }"""
    )


def diagram_run(browser: Browser, url: str, timeout_ms: int = TIMEOUT_MS) -> Run:
    """Open a page with diagrams and wait until every node is rendered with its link."""
    with fresh_context(browser, INIT_SCRIPT) as (context, requests):
        page = context.new_page()
        page.goto(url, wait_until="load")
        try:
            page.wait_for_function(
                "() => window.__bench.done !== null || window.__bench.failed !== null", timeout=timeout_ms
            )
            if page.evaluate("window.__bench.done") is None:  # a failure: give rendering a last chance
                page.wait_for_function("() => window.__bench.done !== null", timeout=1500)
        except PlaywrightError:
            pass
        state = page.evaluate("window.__bench")
        page.wait_for_function("() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0")
        nav = _navigation(page)
        sources = state["sources"] or []
        found = state["found"] or []
        correct = bool(sources) and len(found) == len(sources) and all(
            f["nodes"] == len(s) and f["hrefs"] == s for f, s in zip(found, sources, strict=True)
        )
        return Run(
            clickable=state["done"], dom_content_loaded=nav["dcl"], load=nav["load"], first_paint=nav["fcp"],
            diagrams=len(sources), correct=correct, failed=state["failed"], outside=requests.outside,
            first_diagram_top=state["firstTop"],
        )


def start_page_run(browser: Browser, url: str) -> Run:
    """Open a beslishulp start page: ready once the Start link is there and load has fired."""
    with fresh_context(browser, INIT_SCRIPT) as (context, requests):
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.wait_for_function("() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0")
        nav = _navigation(page)
        start = page.evaluate("window.__bench.startLink")
        ready = max(start, nav["load"]) if start is not None else None
        return Run(
            clickable=ready, dom_content_loaded=nav["dcl"], load=nav["load"], first_paint=nav["fcp"],
            correct=start is not None, outside=requests.outside, start_link=start,
        )
