"""What the reader sees: screenshots at desktop and phone width, a diagram that fits or
scrolls on a phone, and diagram labels that stay large enough to read."""

from __future__ import annotations

import struct
from urllib.parse import urljoin

import pytest

from tests.browser.helpers import (
    SCREENSHOTS,
    STROOMSCHEMA,
    DevTools,
    NewPage,
    attrs,
    open_stroomschema,
    walk,
)

DEVICES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SHOTS = {"start": "/", "stroomschema": STROOMSCHEMA, "beslishulp": "/beslishulp/afwegingskader/vraag-2/"}
# Labels are drawn at 16 px and scaled with the diagram. Below about 60 % of that a
# reader has to zoom in to read them.
MIN_LABEL_PX = 9.5


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
def test_diagram_fits_or_scrolls_and_labels_stay_readable(new_page: NewPage, site_url: str, device: str) -> None:
    viewport = DEVICES[device]
    page, watch = new_page(viewport=viewport)
    open_stroomschema(page, site_url)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], "page scrolls sideways"
    content_right = page.evaluate(
        "(() => { const a = document.querySelector('article'); const r = a.getBoundingClientRect();"
        " return r.right - parseFloat(getComputedStyle(a).paddingRight); })()"
    )
    tools = DevTools(page)
    for drawn in tools.diagrams():
        figure = tools.call_on(
            drawn.host,
            """function () {
                const figure = this.closest('figure');
                const style = getComputedStyle(figure);
                return {overflowX: style.overflowX, scrollWidth: figure.scrollWidth,
                        clientWidth: figure.clientWidth, right: figure.getBoundingClientRect().right};
            }""",
        )
        box = tools.call_on(
            drawn.svg, "function () { const r = this.getBoundingClientRect(); return [r.right, r.width]; }"
        )
        fits = box[0] <= content_right + 1
        scrolls = figure["overflowX"] in {"auto", "scroll"} and figure["right"] <= content_right + 1
        assert fits or scrolls, f"{drawn.title_text}: wider than the text column and cannot scroll ({figure})"
        if figure["scrollWidth"] > figure["clientWidth"]:
            assert figure["overflowX"] in {"auto", "scroll"}, f"{drawn.title_text}: overflows without a scrollbar"
            scrolled = tools.call_on(
                drawn.host,
                "function () { const f = this.closest('figure'); f.scrollLeft = f.scrollWidth;"
                " const left = f.scrollLeft; f.scrollLeft = 0; return left; }",
            )
            assert scrolled > 0, f"{drawn.title_text}: the figure does not scroll sideways"

        view_box_width = float(attrs(drawn.svg)["viewBox"].split()[2])
        scale = box[1] / view_box_width
        label = next(n for n in walk(drawn.svg) if "nodeLabel" in attrs(n).get("class", "").split())
        font_px = float(tools.computed(label, "font-size")["font-size"].removesuffix("px"))
        assert font_px * scale >= MIN_LABEL_PX, (
            f"{drawn.title_text} on {device}: labels drawn at {font_px * scale:.1f} px (scale {scale:.2f})"
        )
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
