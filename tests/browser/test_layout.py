"""What the reader sees: screenshots at desktop and phone width, diagrams that fit a
phone's width with labels large enough to read, and the beslishulp's map."""

from __future__ import annotations

import struct
from urllib.parse import urljoin

import pytest

from tests.browser.helpers import (
    SCREENSHOTS,
    STROOMSCHEMA,
    DevTools,
    NewPage,
    deepest_step_page,
    expected_diagrams,
    open_stroomschema,
)

DEVICES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SHOTS = {"start": "/", "stroomschema": STROOMSCHEMA, "beslishulp": "/beslishulp/afwegingskader/vraag-2/"}
# Labels are drawn at 16 px and keep that size where the column is wide enough; on a
# phone the diagram may shrink a little, never below this.
MIN_LABEL_PX = 14


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("device", list(DEVICES))
@pytest.mark.parametrize("name", list(SHOTS))
def test_screenshot(new_page: NewPage, site_url: str, name: str, device: str) -> None:
    viewport = DEVICES[device]
    page, watch = new_page(viewport=viewport, reduced_motion="reduce")
    if SHOTS[name] == STROOMSCHEMA:
        open_stroomschema(page, site_url)
    else:
        page.goto(urljoin(site_url, SHOTS[name].lstrip("/")))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}-{device}.png"
    data = page.screenshot(path=str(path), full_page=True)
    width, height = png_size(path.read_bytes())
    assert data and width == viewport["width"] and height >= viewport["height"] // 2
    # Nothing makes the whole page scroll sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    watch.assert_no_errors()


@pytest.mark.parametrize("device", list(DEVICES))
def test_diagrams_fit_the_screen_with_labels_of_14_px_that_fit_their_boxes(
    new_page: NewPage, site_url: str, device: str
) -> None:
    """Nothing scrolls sideways, neither the page nor a figure; every label is drawn at
    14 px or more and no label runs out of its box."""
    viewport = DEVICES[device]
    page, watch = new_page(viewport=viewport)
    open_stroomschema(page, site_url)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], "page scrolls sideways"
    diagrams = page.evaluate(
        """() => [...document.querySelectorAll('figure.stroomschema')].map(figure => {
            const svg = figure.querySelector('svg[aria-roledescription]');
            const box = svg.getBoundingClientRect();
            const scale = box.width / svg.viewBox.baseVal.width;
            const labels = [...svg.querySelectorAll('foreignObject')].map(fo => {
                const div = fo.firstElementChild;
                return {text: div.textContent,
                        px: parseFloat(getComputedStyle(div).fontSize) * scale,
                        over: Math.max(div.scrollWidth - fo.width.baseVal.value,
                                       div.scrollHeight - fo.height.baseVal.value)};
            });
            return {id: figure.id, left: box.left, right: box.right,
                    sideways: figure.scrollWidth - figure.clientWidth, labels};
        })"""
    )
    assert len(diagrams) == len(expected_diagrams())
    for diagram in diagrams:
        where = f"{diagram['id']} on {device}"
        assert diagram["sideways"] <= 0 and diagram["left"] >= 0 and diagram["right"] <= viewport["width"], where
        assert diagram["labels"], where
        small = [(label["text"], round(label["px"], 1)) for label in diagram["labels"] if label["px"] < MIN_LABEL_PX]
        assert not small, f"{where}: labels below {MIN_LABEL_PX} px: {small}"
        cut = [label["text"] for label in diagram["labels"] if label["over"] > 1]
        assert not cut, f"{where}: labels that do not fit their box: {cut}"
    watch.assert_no_errors()


def test_diagram_prints_whole(new_page: NewPage, site_url: str) -> None:
    """On paper nothing scrolls: each diagram scales to the page width, nothing is cut off."""
    page, watch = new_page(viewport={"width": 700, "height": 1000})
    open_stroomschema(page, site_url)
    page.emulate_media(media="print")
    tools = DevTools(page)
    for drawn in tools.diagrams():
        figure = tools.call_on(
            drawn.host,
            """function () {
                const figure = this.closest('figure');
                return {overflowX: getComputedStyle(figure).overflowX, right: figure.getBoundingClientRect().right};
            }""",
        )
        right = tools.call_on(drawn.svg, "function () { return this.getBoundingClientRect().right; }")
        assert figure["overflowX"] == "visible", f"{drawn.title_text}: the printed figure would clip"
        assert right <= figure["right"] + 1, f"{drawn.title_text}: wider than the printed page"
    watch.assert_no_errors()


@pytest.mark.parametrize("device", list(DEVICES))
def test_the_map_is_open_on_a_wide_screen_and_folded_on_a_phone(new_page: NewPage, site_url: str, device: str) -> None:
    page, watch = new_page(viewport=DEVICES[device])
    page.goto(urljoin(site_url, deepest_step_page().lstrip("/")))
    svg = page.locator("details.beslishulp-kaart svg")
    if device == "desktop":
        assert svg.is_visible() and not page.locator("details.beslishulp-kaart > summary").is_visible()
    else:
        assert not svg.is_visible()
        page.locator("details.beslishulp-kaart > summary").click()
        assert svg.is_visible()
    box = svg.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= DEVICES[device]["width"]
    here = page.locator("details.beslishulp-kaart svg g.node.hier").bounding_box()
    assert here is not None and here["height"] > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= DEVICES[device]["width"]
    watch.assert_no_errors()
