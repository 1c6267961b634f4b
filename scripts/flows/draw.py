"""Draw Mermaid flowcharts at build time: the pinned Mermaid of package-lock.json in the
Debian Chromium the tests use, driven by Playwright; each SVG cached by a hash of what
made it (the Mermaid source, Mermaid itself and the configuration).

Nothing is downloaded. Without a Chromium, `draw` raises NoBrowser and the build falls
back to drawing in the reader's browser.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from scripts.chromium import LAUNCH_ARGS, chromium_path

# What Mermaid is told: no automatic start, and links (`click ... href`) drawn as <a>.
CONFIG = {"startOnLoad": False, "securityLevel": "loose", "theme": "default"}
_RENDER = """async ([config, sources]) => {
    mermaid.initialize(config);
    const drawn = {};
    for (const [id, source] of Object.entries(sources)) {
        drawn[id] = (await mermaid.render(id, source)).svg;
    }
    return drawn;
}"""


class NoBrowser(RuntimeError):
    """No Chromium to draw with; the message says what to do (in Dutch)."""


class DrawError(RuntimeError):
    """Mermaid could not draw a diagram; the message names it."""


@dataclass(frozen=True)
class Drawer:
    mermaid_js: Path  # node_modules/mermaid/dist/mermaid.min.js
    cache: Path  # a folder git ignores

    def draw(self, sources: Mapping[str, str]) -> dict[str, str]:
        """SVG id -> Mermaid's SVG for each Mermaid source; from the cache where it is there."""
        # What every drawing is made with, read and hashed once per build.
        made_with = [hashlib.sha256(self.mermaid_js.read_bytes()).hexdigest(), json.dumps(CONFIG, sort_keys=True)]
        keys = {svg_id: hashlib.sha256("\0".join([*made_with, svg_id, source]).encode()).hexdigest()
                for svg_id, source in sources.items()}
        missing = {svg_id: source for svg_id, source in sources.items() if not (self.cache / f"{keys[svg_id]}.svg").is_file()}
        if missing:
            drawn = _draw_in_chromium(self.mermaid_js, missing)
            self.cache.mkdir(parents=True, exist_ok=True)
            for svg_id, svg in drawn.items():
                partial = self.cache / f"{keys[svg_id]}.partial"
                partial.write_text(svg, encoding="utf-8")
                partial.replace(self.cache / f"{keys[svg_id]}.svg")  # never half a file in the cache
        return {svg_id: (self.cache / f"{keys[svg_id]}.svg").read_text(encoding="utf-8") for svg_id in sources}


def _draw_in_chromium(mermaid_js: Path, sources: Mapping[str, str]) -> dict[str, str]:
    executable = chromium_path()
    if executable is None:
        raise NoBrowser(
            "geen Chromium gevonden (/usr/bin/chromium of CHROMIUM_PATH). De stroomschema's worden nu in de "
            "browser van de lezer getekend. Installeer Chromium (`sudo apt-get install chromium`) voor "
            "stroomschema's die meteen zichtbaar zijn."
        )
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS, headless=True)
            try:
                page = browser.new_page()
                page.set_content("<!doctype html><html><body></body></html>")
                page.add_script_tag(path=str(mermaid_js))
                drawn: dict[str, str] = page.evaluate(_RENDER, [CONFIG, dict(sources)])
            finally:
                browser.close()
    except PlaywrightError as err:
        raise DrawError(f"Mermaid kon een stroomschema niet tekenen: {str(err).splitlines()[0]}") from err
    return drawn
