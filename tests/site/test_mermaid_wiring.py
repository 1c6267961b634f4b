"""The fallback without a Chromium at build time: the build still succeeds, says so in
Dutch, and the reader's browser draws the diagrams with Mermaid 11 from the pinned npm
package, served by the site itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.site.conftest import Built
from tests.sitepaths import ROOT

NPM_DIST = ROOT / "node_modules/mermaid/dist"
NPM_FILE = NPM_DIST / "mermaid.min.js"
LOADER = "assets/javascripts/mermaid-loader.js"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fallback(variant_site: Built) -> tuple[Path, str]:
    """A build on a machine without Chromium and with nothing drawn before: (site, stderr)."""
    return variant_site.site, variant_site.stderr


def test_without_chromium_the_build_says_so_and_the_browser_draws(fallback: tuple[Path, str]) -> None:
    site, stderr = fallback
    assert "LET OP: geen Chromium gevonden" in stderr and "in de browser van de lezer getekend" in stderr
    page = BeautifulSoup((site / "stroomschema/index.html").read_text(encoding="utf-8"), "html.parser")
    assert len(page.select("figure.stroomschema pre.mermaid")) == 2
    assert not page.select("figure.stroomschema svg[aria-roledescription]")
    assert f"../{LOADER}" in [s["src"] for s in page.select("script[src]")]
    # The legend does not need the drawing; the beslishulp's map does, so it is left out.
    assert len(page.select("figure.stroomschema ul.stroomschema-legenda")) == 2
    step = BeautifulSoup((site / "beslishulp/afwegingskader/vraag-2/index.html").read_text(encoding="utf-8"), "html.parser")
    assert step.select("nav.beslishulp-keuze a") and not step.select(".beslishulp-kaart")


def test_site_serves_the_npm_files_unchanged(fallback: tuple[Path, str]) -> None:
    site, _ = fallback
    assert (site / "assets/javascripts/mermaid.min.js").read_bytes() == NPM_FILE.read_bytes()
    esm = site / "assets/javascripts/mermaid-esm"
    assert (esm / "mermaid.esm.min.mjs").read_bytes() == (NPM_DIST / "mermaid.esm.min.mjs").read_bytes()
    chunks = sorted(p.name for p in (NPM_DIST / "chunks/mermaid.esm.min").glob("*.mjs"))
    assert sorted(p.name for p in (esm / "chunks/mermaid.esm.min").iterdir()) == chunks


def test_every_module_the_esm_build_imports_is_served(fallback: tuple[Path, str]) -> None:
    esm = fallback[0] / "assets/javascripts/mermaid-esm"
    modules = list(esm.rglob("*.mjs"))
    assert modules
    for module in modules:
        for target in re.findall(r'(?:from|import)\s*\(?"(\./[^"]+\.mjs)"', module.read_text(encoding="utf-8")):
            assert (module.parent / target).resolve().is_file(), f"{module.name} imports missing {target}"


def test_loader_fetches_only_from_its_own_folder(fallback: tuple[Path, str]) -> None:
    loader = (fallback[0] / LOADER).read_text(encoding="utf-8")
    assert re.findall(r'new URL\("([^"]+)", here\)', loader) == ["mermaid-esm/mermaid.esm.min.mjs", "mermaid.min.js"]
    assert not re.search(r"https?:|//[a-z]", loader.split("*/", 1)[1])
