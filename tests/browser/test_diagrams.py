"""The flowcharts on /stroomschema/ as a reader gets them: drawn by Mermaid in the
browser, named for screen readers, every node a working link by mouse and keyboard,
readable in light and dark mode."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.helpers import (
    STROOMSCHEMA,
    deepest_step_page,
    NewPage,
    Diagram,
    DevTools,
    FlowNode,
    PageWatch,
    RenderedDiagram,
    all_flow_nodes,
    attrs,
    color_scheme,
    contrast,
    expected_diagrams,
    node_param_id,
    open_stroomschema,
    over,
    parse_color,
    site_path,
    text_content,
    walk,
)

NODES = all_flow_nodes()
SHAPES = {"path", "polygon", "rect", "circle", "ellipse"}


def assert_landed_on(page: Page, node: FlowNode) -> None:
    """The page is the node's target page, scrolled to the target anchor."""
    where = f"node {node.node_id} ({node.label!r})"
    assert site_path(page.url) == node.target_path, f"{where}: landed on {page.url}"
    assert urlsplit(page.url).fragment == node.target_anchor, f"{where}: landed on {page.url}"
    exists = page.evaluate("id => document.getElementById(id) !== null", node.target_anchor)
    assert exists, f"{where}: no element with id {node.target_anchor!r} on {page.url}"
    # Bounded wait until the browser has scrolled the anchor into view.
    try:
        page.wait_for_function(
            """id => { const top = document.getElementById(id).getBoundingClientRect().top;
                       return top >= 0 && top < innerHeight; }""",
            arg=node.target_anchor,
            timeout=5_000,
        )
    except PlaywrightTimeoutError:
        raise AssertionError(f"{where}: #{node.target_anchor} is not scrolled into view") from None


def focus_before(page: Page, diagram: Diagram) -> None:
    """Focus the heading link just before the diagram's figure (the last stop before it)."""
    focused = page.evaluate(
        """(figureId) => {
            const figure = document.getElementById(figureId);
            const heading = figure && figure.previousElementSibling;
            const link = heading && heading.querySelector('a.headerlink');
            if (!link) return false;
            link.focus();
            return document.activeElement === link;
        }""",
        diagram.figure_id,
    )
    assert focused, f"{diagram.figure_id}: no heading link right before the figure to start tabbing from"


# --- one page shared by the tests of this module ---


@pytest.fixture(scope="module")
def shared_page(browser: Browser) -> Iterator[tuple[Page, PageWatch, DevTools]]:
    # Reduced motion: the theme's smooth scrolling would make click coordinates wait.
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="nl-NL", reduced_motion="reduce"
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    watch = PageWatch(page)
    yield page, watch, DevTools(page)
    context.close()


@pytest.fixture
def stroom(shared_page: tuple[Page, PageWatch, DevTools]) -> tuple[Page, PageWatch, DevTools]:
    page, watch, tools = shared_page
    watch.errors.clear()
    return page, watch, tools


# --- 1. rendering ---


def test_every_diagram_renders_with_accessible_title_and_description(
    stroom: tuple[Page, PageWatch, DevTools], site_url: str
) -> None:
    page, watch, tools = stroom
    open_stroomschema(page, site_url)  # bounded wait: 15 s
    rendered = tools.diagrams()
    expected = expected_diagrams()
    assert [d.title_text for d in rendered] == [d.title for d in expected]
    for drawn, diagram in zip(rendered, expected):
        svg = attrs(drawn.svg)
        assert "graphics-document" in svg.get("role", ""), f"{diagram.title}: svg role is {svg.get('role')!r}"
        assert drawn.description_text == diagram.description, f"{diagram.title}: <desc> / aria-describedby"
        assert len(drawn.links()) == len(diagram.nodes), f"{diagram.title}: clickable nodes in the SVG"
    watch.assert_no_errors()


def test_diagram_links_have_accessible_names(stroom: tuple[Page, PageWatch, DevTools], site_url: str) -> None:
    page, watch, tools = stroom
    open_stroomschema(page, site_url)
    for diagram in expected_diagrams():
        drawn = tools.diagram_titled(diagram.title)
        for node in diagram.nodes:
            link = drawn.link_for(node.node_id)
            label = " ".join(node.label.split())
            assert text_content(link) == label, f"{diagram.title} {node.node_id}: link text"
            assert tools.accessible_name(link) == label, f"{diagram.title} {node.node_id}: accessible name"
    watch.assert_no_errors()


# --- 2. every node, by mouse and by keyboard ---

# A listener on the window, added after the page's own scripts (so it runs after all of
# theirs), records the link each click follows (a mouse click, or Enter on a focused
# link) and whether a script of the page stopped it, and holds the page where it is: every
# node is checked on one loaded /stroomschema/, without loading its section's page.
# That a followed link opens the section, scrolled into view, is checked for the first
# node by mouse and the last by keyboard of each diagram (the test after these).
HOLD_CLICKS = """() => {
    window.heldClicks = [];
    window.addEventListener('click', event => {
        const link = event.target.closest('a');
        window.heldClicks.push({
            href: link && new URL(link.getAttribute('href'), document.baseURI).href,
            stopped: event.defaultPrevented,
        });
        event.preventDefault();
    });
}"""


@dataclass
class Held:
    """/stroomschema/ for the node tests: loaded once, its diagrams read once, clicks held."""

    page: Page
    watch: PageWatch
    tools: DevTools
    drawn: dict[str, RenderedDiagram] = field(default_factory=dict)

    def ready(self, site_url: str) -> Held:
        """On /stroomschema/ with clicks held (loaded again only after another test left
        it), no click recorded yet, no error."""
        if site_path(self.page.url) != STROOMSCHEMA or not self.page.evaluate("Array.isArray(window.heldClicks)"):
            open_stroomschema(self.page, site_url)
            self.page.evaluate(HOLD_CLICKS)
            self.drawn = {diagram.title_text: diagram for diagram in self.tools.diagrams()}
        self.page.evaluate("window.heldClicks.length = 0")
        self.watch.errors.clear()
        return self

    def assert_followed(self, site_url: str, node: FlowNode) -> None:
        """One click since `ready`, on `node`'s own link, not stopped by the page."""
        expected = [{"href": urljoin(site_url, node.target.lstrip("/")), "stopped": False}]
        clicks = self.page.evaluate("window.heldClicks")
        assert clicks == expected, f"node {node.node_id} ({node.label!r}): followed {clicks}"
        assert site_path(self.page.url) == STROOMSCHEMA


@pytest.fixture(scope="module")
def held_page(shared_page: tuple[Page, PageWatch, DevTools]) -> Held:
    return Held(*shared_page)


@pytest.mark.parametrize("item", NODES, ids=[node_param_id(n) for n in NODES])
def test_mouse_click_on_node_follows_its_link(held_page: Held, site_url: str, item: tuple[Diagram, int, FlowNode]) -> None:
    held = held_page.ready(site_url)
    diagram, _, node = item
    drawn = held.drawn[diagram.title]
    group = drawn.node_group(node.node_id)
    x, y = held.tools.center(group)
    assert held.tools.link_node_at(drawn, x, y) == attrs(group)["id"], "the click point is not on this node"
    held.page.mouse.click(x, y)
    held.assert_followed(site_url, node)
    held.watch.assert_no_errors()


@pytest.mark.parametrize("item", NODES, ids=[node_param_id(n) for n in NODES])
def test_keyboard_tab_and_enter_on_node_follows_its_link(
    held_page: Held, site_url: str, item: tuple[Diagram, int, FlowNode]
) -> None:
    held = held_page.ready(site_url)
    diagram, index, node = item
    drawn = held.drawn[diagram.title]
    tab_to(held.page, diagram, index)
    link = drawn.link_for(node.node_id)
    assert held.tools.focused_node(drawn) == attrs(drawn.node_group(node.node_id))["id"], (
        f"after {index + 1} Tab presses the focus is not on {node.node_id} ({node.label!r})"
    )
    outline = held.tools.computed(link, "outline-style", "outline-width")
    assert outline["outline-style"] != "none" and outline["outline-width"] != "0px", "no visible focus"
    held.page.keyboard.press("Enter")
    held.assert_followed(site_url, node)
    held.watch.assert_no_errors()


def tab_to(page: Page, diagram: Diagram, index: int) -> None:
    """Tab from the heading before the diagram to its node number `index` (the nodes are
    tab stops in source order)."""
    focus_before(page, diagram)
    for _ in range(index + 1):
        page.keyboard.press("Tab")


@pytest.mark.parametrize("diagram", expected_diagrams(), ids=[d.figure_id for d in expected_diagrams()])
def test_a_node_opens_its_section_by_mouse_and_by_keyboard(new_page: NewPage, site_url: str, diagram: Diagram) -> None:
    """A followed node link loads its section's page, scrolled to the section: the first
    node clicked with the mouse, the last reached with Tab and opened with Enter."""
    page, _ = new_page(reduced_motion="reduce")
    tools = DevTools(page)
    first, last = diagram.nodes[0], diagram.nodes[-1]
    open_stroomschema(page, site_url)
    x, y = tools.center(tools.diagram_titled(diagram.title).node_group(first.node_id))
    with page.expect_navigation(wait_until="domcontentloaded"):
        page.mouse.click(x, y)
    assert_landed_on(page, first)
    open_stroomschema(page, site_url)
    tab_to(page, diagram, len(diagram.nodes) - 1)
    with page.expect_navigation(wait_until="domcontentloaded"):
        page.keyboard.press("Enter")
    assert_landed_on(page, last)


# --- 7 (part). readable in light and dark mode ---


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_diagram_text_contrast(new_page: NewPage, site_url: str, scheme: str) -> None:
    page, watch = new_page(color_scheme=scheme)
    open_stroomschema(page, site_url)
    expected_palette = {"light": "default", "dark": "slate"}[scheme]
    assert color_scheme(page) == expected_palette
    page_bg = parse_color(page.evaluate("getComputedStyle(document.body).backgroundColor"))
    tools = DevTools(page)
    failures = []
    for drawn in tools.diagrams():
        for link in drawn.links():
            group = next(n for n in walk(link) if "node" in attrs(n).get("class", "").split())
            fills = [
                parse_color(tools.computed(n, "fill")["fill"])
                for n in walk(group)
                if n.get("localName") in SHAPES
            ]
            fill = next((f for f in fills if f[3] > 0), (0.0, 0.0, 0.0, 0.0))
            background = over(fill, page_bg)
            texts = [n for n in walk(link) if n.get("localName") in {"p", "span", "text"} and text_content(n)]
            assert texts, f"{drawn.title_text}: node without text"
            colour = parse_color(tools.computed(texts[-1], "color")["color"])
            ratio = contrast(over(colour, background), background)
            if ratio < 4.5:
                failures.append(f"{drawn.title_text}: {text_content(link)!r} {ratio:.2f}:1")
        for label in walk(drawn.svg):
            if "edgeLabel" in attrs(label).get("class", "").split() and label.get("localName") != "g":
                if not text_content(label):
                    continue
                style = tools.computed(label, "color", "background-color")
                background = over(parse_color(style["background-color"]), page_bg)
                ratio = contrast(over(parse_color(style["color"]), background), background)
                if ratio < 4.5:
                    failures.append(f"{drawn.title_text}: edge label {text_content(label)!r} {ratio:.2f}:1")
    assert not failures, f"text in the diagrams below 4.5:1 in {scheme} mode:\n" + "\n".join(failures)
    watch.assert_no_errors()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_kind_of_step_has_contrast_in_its_fill_border_and_lines(
    new_page: NewPage, site_url: str, scheme: str
) -> None:
    """Text on a node's fill at least 4.5:1; a node's border against its fill, a line
    and an arrowhead against the page at least 3:1; the same for the legend's samples and
    for the beslishulp's map, whose route has borders of its own."""
    page, watch = new_page(color_scheme=scheme)
    open_stroomschema(page, site_url)
    assert page.locator("ul.stroomschema-legenda .stroomschema-teken").count() >= len(expected_diagrams())
    failures = kind_contrast_failures(page, "figure.stroomschema svg")
    page.goto(urljoin(site_url, deepest_step_page().lstrip("/")))
    failures += [f"map: {failure}" for failure in kind_contrast_failures(page, "details.beslishulp-kaart svg")]
    assert not failures, f"too little contrast in {scheme} mode:\n" + "\n".join(failures)
    watch.assert_no_errors()


def kind_contrast_failures(page: Page, svgs: str) -> list[str]:
    """What falls short of the contrast the test above asks, in the diagrams `svgs` selects."""
    page_bg = parse_color(page.evaluate("getComputedStyle(document.body).backgroundColor"))
    measured = page.evaluate(
        """(svgs) => {
            const style = (element, property) => getComputedStyle(element)[property];
            const shapeOf = group => [...group.querySelectorAll('rect, polygon, path')]
                .find(shape => !shape.closest('.label') && style(shape, 'fill') !== 'none');
            const nodes = [...document.querySelectorAll(svgs + ' g.node')].map(group => ({
                name: group.textContent.trim(), fill: style(shapeOf(group), 'fill'),
                stroke: style(shapeOf(group), 'stroke'), text: style(group.querySelector('.nodeLabel p'), 'color')}));
            const lines = [...document.querySelectorAll(svgs + ' .flowchart-link, ' + svgs + ' marker path')]
                .map(line => style(line, line.tagName === 'path' && line.closest('marker') ? 'fill' : 'stroke'));
            const samples = [...document.querySelectorAll('.stroomschema-teken > :first-child')].map(shape => ({
                name: shape.parentElement.getAttribute('class'), fill: style(shape, 'fill'),
                stroke: style(shape, 'stroke')}));
            return {nodes, lines, samples};
        }""",
        svgs,
    )
    assert measured["nodes"] and measured["lines"], f"nothing measured in {svgs}"
    failures = []
    for node in measured["nodes"]:
        fill = over(parse_color(node["fill"]), page_bg)
        if (ratio := contrast(over(parse_color(node["text"]), fill), fill)) < 4.5:
            failures.append(f"text of {node['name']!r}: {ratio:.2f}:1")
        if (ratio := contrast(over(parse_color(node["stroke"]), fill), fill)) < 3:
            failures.append(f"border of {node['name']!r}: {ratio:.2f}:1")
    for sample in measured["samples"]:
        fill = over(parse_color(sample["fill"]), page_bg)
        if (ratio := contrast(over(parse_color(sample["stroke"]), fill), fill)) < 3:
            failures.append(f"legend sample {sample['name']}: {ratio:.2f}:1")
    for line in set(measured["lines"]):
        if (ratio := contrast(over(parse_color(line), page_bg), page_bg)) < 3:
            failures.append(f"line or arrowhead {line}: {ratio:.2f}:1")
    return failures
