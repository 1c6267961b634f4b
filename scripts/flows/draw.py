"""Draw Mermaid flowcharts at build time: the pinned Mermaid and its ELK layout of
package-lock.json in the Debian Chromium the tests use, driven by Playwright; each SVG
cached by a hash of what made it (the Mermaid source, the two packages and the
configuration).

ELK's layered layout with linear segments keeps a chain of steps in one straight
column, so the route runs straight down with the outcomes beside it; with labels
wrapped at 120 px a diagram is about 400 px wide and fits a phone.

Nothing is downloaded: the page loads both packages from node_modules/ through
Playwright's request routing, and any other request is refused. Without a Chromium,
`draw` raises NoBrowser and the build falls back to drawing in the reader's browser.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from scripts.chromium import LAUNCH_ARGS, chromium_path
from scripts.messages import DRAW_FAILED, NO_CHROMIUM

# What Mermaid is told: no automatic start, links (`click ... href`) drawn as <a>, the
# ELK layout, and labels wrapped at 120 px. The font is Arial, or Liberation Sans with
# the same letter widths where the build runs (Debian), so that the labels the build
# measured fit in the reader's browser as well.
FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif"
CONFIG = {
    "startOnLoad": False,
    "securityLevel": "loose",
    "theme": "default",
    "fontFamily": FONT,
    "themeVariables": {"fontFamily": FONT},
    "layout": "elk",
    "elk": {"nodePlacementStrategy": "LINEAR_SEGMENTS"},
    "flowchart": {"wrappingWidth": 120, "padding": 8},
}
# The ES modules the page imports, relative to node_modules/.
MERMAID_MODULE = "mermaid/dist/mermaid.esm.min.mjs"
ELK_MODULE = "@mermaid-js/layout-elk/dist/mermaid-layout-elk.esm.min.mjs"
_ORIGIN = "http://stroomschema.invalid"  # never on a network: every request is routed
# A word longer than the wrapping width widens its label instead of overflowing it; the
# site's stylesheet has the same rule (extra.css).
_PAGE = "<!doctype html><html><head><style>foreignObject > div { min-width: min-content; }</style></head><body></body></html>"
_RENDER = """async ([config, sources, mermaidUrl, elkUrl]) => {
    const mermaid = (await import(mermaidUrl)).default;
    mermaid.registerLayoutLoaders((await import(elkUrl)).default);
    mermaid.initialize(config);
    const drawn = {};
    for (const [id, source] of Object.entries(sources)) {
        drawn[id] = (await mermaid.render(id, source)).svg;
    }
    return drawn;
}"""


class NoBrowser(RuntimeError):
    """No Chromium to draw with; the message is the warning that says what to do (in Dutch)."""


class DrawError(RuntimeError):
    """Mermaid could not draw a diagram; the message names it."""


@dataclass(frozen=True)
class Drawer:
    node_modules: Path  # where npm put the pinned packages
    cache: Path  # a folder git ignores

    def draw(self, sources: Mapping[str, str]) -> dict[str, str]:
        """SVG id -> Mermaid's SVG for each Mermaid source; from the cache where it is there."""
        # What every drawing is made with, read and hashed once per build. An entry module
        # names its chunks by their hash, so a new version of a package changes it.
        made_with = [hashlib.sha256((self.node_modules / module).read_bytes()).hexdigest()
                     for module in (MERMAID_MODULE, ELK_MODULE)] + [json.dumps(CONFIG, sort_keys=True)]
        keys = {svg_id: hashlib.sha256("\0".join([*made_with, svg_id, source]).encode()).hexdigest()
                for svg_id, source in sources.items()}
        missing = {svg_id: source for svg_id, source in sources.items() if not (self.cache / f"{keys[svg_id]}.svg").is_file()}
        if missing:
            drawn = _draw_in_chromium(self.node_modules, missing)
            self.cache.mkdir(parents=True, exist_ok=True)
            for svg_id, svg in drawn.items():
                partial = self.cache / f"{keys[svg_id]}.partial"
                partial.write_text(svg, encoding="utf-8")
                partial.replace(self.cache / f"{keys[svg_id]}.svg")  # never half a file in the cache
        return {svg_id: (self.cache / f"{keys[svg_id]}.svg").read_text(encoding="utf-8") for svg_id in sources}


def _draw_in_chromium(node_modules: Path, sources: Mapping[str, str]) -> dict[str, str]:
    executable = chromium_path()
    if executable is None:
        raise NoBrowser(NO_CHROMIUM())
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import Route, sync_playwright

    root = node_modules.resolve()

    def serve(route: Route) -> None:
        """The empty page, and files of node_modules/; nothing else."""
        path = route.request.url.removeprefix(_ORIGIN).split("?")[0]
        if path == "/":
            route.fulfill(body=_PAGE, content_type="text/html")
            return
        file = (root / path.lstrip("/")).resolve()
        if file.is_relative_to(root) and file.is_file():
            route.fulfill(path=file, content_type="text/javascript")
        else:
            route.abort()

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS, headless=True)
            try:
                page = browser.new_page()
                page.route("**/*", serve)
                page.goto(f"{_ORIGIN}/")
                drawn: dict[str, str] = page.evaluate(
                    _RENDER, [CONFIG, dict(sources), f"{_ORIGIN}/{MERMAID_MODULE}", f"{_ORIGIN}/{ELK_MODULE}"]
                )
            finally:
                browser.close()
    except PlaywrightError as err:
        raise DrawError(DRAW_FAILED(reden=str(err).splitlines()[0])) from err
    return drawn
