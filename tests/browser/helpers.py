"""Helpers for the browser tests: page watching, the expected flowcharts, the
DevTools protocol view of the diagrams' closed shadow roots, colour contrast."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin, urlsplit

from playwright.sync_api import CDPSession, ConsoleMessage, Error, Page, Request
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from scripts.flows.beslishulp import folder, steps
from scripts.flows.loader import load_flows
from scripts.flows.mermaid import accessible_text, hrefs_from, node_ids
from scripts.urls import page_url
from tests.sitepaths import OUTPUT, PRINT_PAGE, ROOT, settings, soup

STROOMSCHEMA = "/stroomschema/"
STROOMSCHEMA_SRC = "stroomschema.md"
SCREENSHOTS = OUTPUT / "screenshots"
RENDER_TIMEOUT_MS = 15_000

# ---------------------------------------------------------------------------
# Watching a page: console errors, page errors, requests
# ---------------------------------------------------------------------------


@dataclass
class PageWatch:
    """Records what a page does: console errors, uncaught errors and every request."""

    page: Page
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    in_flight: set[Request] = field(default_factory=set)
    last_activity: float = field(default_factory=time.monotonic)
    loaded: bool = False

    def __post_init__(self) -> None:
        self.page.on("console", self._on_console)
        self.page.on("pageerror", self._on_page_error)
        self.page.on("request", self._on_request)
        self.page.on("requestfinished", self._on_request_done)
        self.page.on("requestfailed", self._on_request_done)
        self.page.on("load", self._on_load)

    def _on_load(self) -> None:
        self.loaded = True
        self.last_activity = time.monotonic()

    def reset(self) -> None:
        """Forget what was recorded (before a new navigation)."""
        self.errors.clear()
        self.requests.clear()
        self.loaded = False
        self.last_activity = time.monotonic()

    def is_quiet(self, quiet_ms: int = 300) -> bool:
        """Loaded, no request open, and none started or ended for `quiet_ms`."""
        idle = time.monotonic() - self.last_activity >= quiet_ms / 1000
        return self.loaded and not self.in_flight and idle

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            source = message.location.get("url", "") if message.location else ""
            self.errors.append(f"console error on {self.page.url}: {message.text} [{source}]")

    def _on_page_error(self, error: Error) -> None:
        self.errors.append(f"page error on {self.page.url}: {error}")

    def _on_request(self, request: Request) -> None:
        self.requests.append(request.url)
        self.in_flight.add(request)
        self.last_activity = time.monotonic()

    def _on_request_done(self, request: Request) -> None:
        self.in_flight.discard(request)
        self.last_activity = time.monotonic()

    def assert_no_errors(self) -> None:
        assert not self.errors, "errors in the browser:\n" + "\n".join(self.errors)


NewPage = Callable[..., tuple[Page, PageWatch]]  # the `new_page` fixture: options -> page


def site_path(url: str) -> str:
    """The path of a site URL, e.g. `/melden/` for http://127.0.0.1:1234/melden/#x."""
    return urlsplit(url).path


# ---------------------------------------------------------------------------
# The expected flowcharts: the flows of diagrams/, as /stroomschema/ shows them
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FlowNode:
    node_id: str  # "n0": the node's id in the drawing (scripts/flows/mermaid.node_ids)
    label: str
    href: str  # its link on /stroomschema/

    @property
    def target(self) -> str:
        return urljoin(STROOMSCHEMA, self.href)

    @property
    def target_path(self) -> str:
        return urlsplit(self.target).path

    @property
    def target_anchor(self) -> str:
        return urlsplit(self.target).fragment


@dataclass(frozen=True)
class Diagram:
    figure_id: str
    title: str  # accTitle
    description: str  # accDescr
    nodes: tuple[FlowNode, ...]


def page_order() -> list[str]:
    """The flows in the order /stroomschema/ shows them."""
    return [str(figure["id"]).removeprefix("schema-") for figure in soup(STROOMSCHEMA).select("figure.stroomschema")]


@lru_cache(maxsize=None)
def expected_diagrams() -> tuple[Diagram, ...]:
    """Every flow's diagram as /stroomschema/ shows it, from the flow files."""
    diagrams = []
    order = page_order()
    for flow in sorted(load_flows(ROOT / "diagrams", ROOT), key=lambda flow: order.index(flow.slug)):
        ids = node_ids(flow)
        href = hrefs_from(STROOMSCHEMA_SRC)
        nodes = tuple(FlowNode(ids[node.id], node.label, href(node)) for node in flow.nodes)
        diagrams.append(Diagram(f"schema-{flow.slug}", accessible_text(flow.title),
                                accessible_text(flow.description), nodes))
    return tuple(diagrams)


def all_flow_nodes() -> list[tuple[Diagram, int, FlowNode]]:
    return [(d, i, node) for d in expected_diagrams() for i, node in enumerate(d.nodes)]


def node_param_id(item: tuple[Diagram, int, FlowNode]) -> str:
    diagram, _, node = item
    return f"{diagram.figure_id.removeprefix('schema-')}-{node.node_id}"


def open_stroomschema(page: Page, base_url: str) -> None:
    """Go to /stroomschema/ and wait (bounded) until every diagram has been drawn."""
    page.goto(urljoin(base_url, STROOMSCHEMA.lstrip("/")), wait_until="domcontentloaded")
    wait_for_diagrams(page)


def wait_for_diagrams(page: Page) -> None:
    """Wait (bounded) until every diagram on the current page has been drawn."""
    try:
        page.wait_for_function(
            """(count) => {
                const hosts = [...document.querySelectorAll('figure.stroomschema svg[aria-roledescription]')];
                return hosts.length === count && hosts.every(h => h.getBoundingClientRect().height > 50);
            }""",
            arg=len(expected_diagrams()),
            timeout=RENDER_TIMEOUT_MS,
        )
    except PlaywrightTimeoutError:
        raise AssertionError(f"the diagrams on {STROOMSCHEMA} were not drawn within {RENDER_TIMEOUT_MS} ms") from None


# ---------------------------------------------------------------------------
# The DevTools protocol view (pierces the closed shadow roots)
# ---------------------------------------------------------------------------

CdpNode = dict[str, Any]


def attrs(node: CdpNode) -> dict[str, str]:
    flat = node.get("attributes", [])
    return dict(zip(flat[::2], flat[1::2]))


def walk(node: CdpNode) -> Iterator[CdpNode]:
    """A node and all its descendants, shadow trees included, in document order."""
    yield node
    for root in node.get("shadowRoots", []):
        yield from walk(root)
    for child in node.get("children", []):
        yield from walk(child)
    if "contentDocument" in node:
        yield from walk(node["contentDocument"])


def text_content(node: CdpNode) -> str:
    parts = [n.get("nodeValue", "") for n in walk(node) if n.get("nodeType") == 3]
    return " ".join(" ".join(parts).split())


def find_by_id(root: CdpNode, element_id: str) -> CdpNode | None:
    return next((n for n in walk(root) if attrs(n).get("id") == element_id), None)


@dataclass
class RenderedDiagram:
    host: CdpNode  # the figure.stroomschema
    shadow_root: CdpNode  # the document that holds it (elementFromPoint, activeElement)
    svg: CdpNode

    @property
    def title_text(self) -> str:
        node = find_by_id(self.svg, attrs(self.svg).get("aria-labelledby", ""))
        return text_content(node) if node and node.get("localName") == "title" else ""

    @property
    def description_text(self) -> str:
        node = find_by_id(self.svg, attrs(self.svg).get("aria-describedby", ""))
        return text_content(node) if node and node.get("localName") == "desc" else ""

    def links(self) -> list[CdpNode]:
        """The svg <a> elements, in document (= tab) order."""
        return [n for n in walk(self.svg) if n.get("localName") == "a"]

    def link_for(self, node_id: str) -> CdpNode:
        """The <a> that wraps flowchart node `node_id` (its group id is `…-flowchart-nX-k`)."""
        pattern = re.compile(rf"-flowchart-{re.escape(node_id)}-\d+$")
        for link in self.links():
            if any(pattern.search(attrs(n).get("id", "")) for n in walk(link)):
                return link
        raise AssertionError(f"{self.title_text}: no clickable node {node_id} in the SVG")

    def node_group(self, node_id: str) -> CdpNode:
        link = self.link_for(node_id)
        return next(n for n in walk(link) if "node" in attrs(n).get("class", "").split())


class DevTools:
    """A CDP session on a page, for the parts of the DOM that page scripts cannot reach."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.cdp: CDPSession = page.context.new_cdp_session(page)

    def document(self) -> CdpNode:
        return self.cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]

    def diagrams(self) -> list[RenderedDiagram]:
        """Every diagram on the page: an SVG in the page's own DOM, in a figure.stroomschema."""
        document = self.document()
        found = []
        for node in walk(document):
            if node.get("localName") == "figure" and "stroomschema" in attrs(node).get("class", "").split():
                svg = next((n for n in walk(node) if n.get("localName") == "svg"), None)
                if svg is not None:
                    found.append(RenderedDiagram(node, document, svg))
        return found

    def diagram_titled(self, title: str) -> RenderedDiagram:
        for diagram in self.diagrams():
            if diagram.title_text == title:
                return diagram
        raise AssertionError(f"no rendered diagram titled {title!r}")

    def center(self, node: CdpNode) -> tuple[float, float]:
        """Scroll `node` into view; its centre in viewport coordinates."""
        self.cdp.send("DOM.scrollIntoViewIfNeeded", {"backendNodeId": node["backendNodeId"]})
        # The theme scrolls smoothly: wait (bounded) until the box stops moving.
        quad: list[float] = []
        for _ in range(50):
            quads = self.cdp.send("DOM.getContentQuads", {"backendNodeId": node["backendNodeId"]})
            assert quads["quads"], f"node {attrs(node)} has no box on screen"
            if quads["quads"][0] == quad:
                break
            quad = quads["quads"][0]
            self.page.wait_for_timeout(50)
        xs, ys = quad[0::2], quad[1::2]
        return sum(xs) / 4, sum(ys) / 4

    def link_node_at(self, diagram: RenderedDiagram, x: float, y: float) -> str | None:
        """Id of the node group inside the link hit at viewport point (x, y), if any."""
        return self.call_on(
            diagram.shadow_root,
            f"function () {{ const hit = this.elementFromPoint({x}, {y});"
            " const link = hit && hit.closest('a');"
            " const group = link && link.querySelector('g.node');"
            " return group ? group.id : null; }",
        )

    def focused_node(self, diagram: RenderedDiagram) -> str | None:
        """Id of the node group inside the focused link of a diagram, if any."""
        return self.call_on(
            diagram.shadow_root,
            "function () { const link = this.activeElement;"
            " const group = link && link.querySelector('g.node');"
            " return group ? group.id : null; }",
        )

    def accessible_name(self, node: CdpNode) -> str:
        tree = self.cdp.send(
            "Accessibility.getPartialAXTree",
            {"backendNodeId": node["backendNodeId"], "fetchRelatives": False},
        )["nodes"]
        name = tree[0].get("name", {}).get("value", "") if tree else ""
        return " ".join(str(name).split())

    def call_on(self, node: CdpNode, function: str) -> Any:
        """Run `function` with `this` bound to `node` (works in closed shadow roots)."""
        remote = self.cdp.send("DOM.resolveNode", {"backendNodeId": node["backendNodeId"]})
        result = self.cdp.send(
            "Runtime.callFunctionOn",
            {
                "objectId": remote["object"]["objectId"],
                "functionDeclaration": function,
                "returnByValue": True,
            },
        )
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def computed(self, node: CdpNode, *properties: str) -> dict[str, str]:
        return self.call_on(
            node,
            "function () { const s = getComputedStyle(this);"
            f" return Object.fromEntries({list(properties)!r}.map(p => [p, s.getPropertyValue(p)])); }}",
        )


# ---------------------------------------------------------------------------
# Colour contrast (WCAG 2.1)
# ---------------------------------------------------------------------------

RGBA = tuple[float, float, float, float]


def parse_color(value: str) -> RGBA:
    """Parse a computed CSS colour: rgb(), rgba() or color(srgb …)."""
    value = value.strip()
    if match := re.fullmatch(r"rgba?\(([^)]*)\)", value):
        parts = [p for p in re.split(r"[\s,/]+", match.group(1)) if p]
        r, g, b = (float(p) for p in parts[:3])
        a = float(parts[3]) if len(parts) > 3 else 1.0
        return r, g, b, a
    if match := re.fullmatch(r"color\(srgb ([^)]*)\)", value):
        parts = [p for p in re.split(r"[\s/]+", match.group(1)) if p]
        r, g, b = (float(p) * 255 for p in parts[:3])
        a = float(parts[3]) if len(parts) > 3 else 1.0
        return r, g, b, a
    raise ValueError(f"cannot parse colour {value!r}")


def over(top: RGBA, bottom: RGBA) -> RGBA:
    """`top` composited over an opaque `bottom`."""
    alpha = top[3]
    return (
        top[0] * alpha + bottom[0] * (1 - alpha),
        top[1] * alpha + bottom[1] * (1 - alpha),
        top[2] * alpha + bottom[2] * (1 - alpha),
        1.0,
    )


def _luminance(color: RGBA) -> float:
    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in color[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: RGBA, background: RGBA) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def deepest_step_page() -> str:
    """The beslishulp page at the end of the longest route of any flow."""
    flow, step = max(((flow, step) for flow in load_flows(ROOT / "diagrams", ROOT) for step in steps(flow)),
                     key=lambda item: len(item[1].route))
    return page_url(f"{folder(flow)}/{step.page}")


# Every violation the page reports, from before its first script runs.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
});
"""


# The folder of a web server that the organisation's `website` names ("" for none or
# the root): the tests that need a real path serve the site there.
FOLDER = urlsplit(settings().website).path.strip("/") if settings().website else ""


def violations(page: Page) -> list[str]:
    return list(page.evaluate("window.__violations"))


PALETTE_TOGGLE = "label.md-header__button[for^='__palette']:visible"


def color_scheme(page: Page) -> str:
    """The theme's colour scheme the page shows: `default` (light) or `slate` (dark)."""
    return str(page.evaluate("document.body.dataset.mdColorScheme"))


def switch_color_scheme(page: Page, pointer: bool = True) -> str:
    """Switch the scheme with the theme's own toggle and wait until it changed; the new
    scheme. `pointer=False` sends the click event without the pointer over the toggle: a
    hovered toggle shows its tooltip, fading in, which axe would measure half drawn."""
    before = color_scheme(page)
    toggle = page.locator(PALETTE_TOGGLE).first
    if pointer:
        toggle.click()
    else:
        toggle.dispatch_event("click")
    page.wait_for_function("(before) => document.body.dataset.mdColorScheme !== before", arg=before)
    return color_scheme(page)


def check_theme_scripts(page: Page, base_url: str) -> None:
    """The colour scheme toggle, search, the drawn diagrams, /print/'s table of contents
    and a moved page's redirect with its #anchor: each needs its script, none may be
    blocked (RECORD_VIOLATIONS must be installed in the page's context)."""
    page.goto(base_url)
    switch_color_scheme(page)
    box = page.get_by_role("textbox", name="Zoeken")
    box.click()
    page.keyboard.type("melden", delay=20)
    page.wait_for_selector(".md-search-result a.md-search-result__link")
    open_stroomschema(page, base_url)
    assert page.url.endswith(STROOMSCHEMA)
    assert not soup(PRINT_PAGE).select("#print-page-toc a")
    page.goto(urljoin(base_url, PRINT_PAGE.lstrip("/")))
    # its script builds the table of contents (the page comes without one)
    page.wait_for_function("() => document.querySelectorAll('#print-page-toc a').length > 0")
    page.goto(urljoin(base_url, deepest_step_page().lstrip("/")))
    assert page.locator("details.beslishulp-kaart svg").is_visible()
    assert not violations(page)
    page.goto(urljoin(base_url, "advies-vragen/#advies-vragen"))
    page.wait_for_url("**/vermoedens/#advies-vragen")
    # Settled: the search worker of the new page loads its files after the page itself,
    # and the server may stop after this test.
    page.wait_for_load_state("networkidle")
    assert not violations(page)
