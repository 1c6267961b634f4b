"""The three ways to show the flowcharts, as sites to compare side by side:

- `drawn`: this build (diagrams drawn at build time, inline SVG; the site `make bench` built);
- `fallback`: the same build on a machine without Chromium (mkdocs-mermaid2-plugin and the
  npm copy of Mermaid draw in the reader's browser);
- `native`: Material for MkDocs' own Mermaid support on the fallback's pages: the same
  `pre.mermaid` blocks without the project's loader, so Material loads Mermaid itself
  from unpkg.com (the bench answers that request with the pinned npm file: no network).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from bench import ROOT
from scripts.bundle import write_zip
from tests.buildutil import build_with

NAMES = ("drawn", "fallback", "native")
# What Material requests for its own Mermaid, and the file the bench answers it with.
NATIVE_MERMAID_URL = "https://unpkg.com/mermaid@11/dist/mermaid.min.js"
NPM_MERMAID = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
# The project's Mermaid wiring in a fallback page: its loader and mermaid2's inline config.
_WIRING = re.compile(r'<script src="[^"]*mermaid-loader\.js"></script>|<script>window\.mermaidConfig = .*?</script>',
                     re.DOTALL)


def fallback_site(folder: Path) -> Path:
    """Build the site as a machine without Chromium would, with nothing drawn before."""
    site = folder / "fallback"
    done = build_with({}, site, env={"CHROMIUM_PATH": str(folder / "geen-chromium"),
                                     "PROTOCOL_CACHE": str(folder / "geen-cache")})
    if done.returncode != 0:
        raise RuntimeError(f"the fallback build failed:\n{done.stderr[-2000:]}")
    return site


def native_site(fallback: Path, folder: Path) -> Path:
    """A copy of the fallback site whose pages leave Mermaid to Material itself."""
    site = folder / "native"
    shutil.copytree(fallback, site)
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if 'class="mermaid"' in text:
            page.write_text(_WIRING.sub("", text), encoding="utf-8")
    return site


def sites(drawn: Path, folder: Path) -> dict[str, Path]:
    fallback = fallback_site(folder)
    return {"drawn": drawn, "fallback": fallback, "native": native_site(fallback, folder)}


def zip_bytes(site: Path, target: Path) -> int:
    """The size of the offline zip `make dist` would make of `site`."""
    write_zip(site, target, "protocol", "")
    return target.stat().st_size
