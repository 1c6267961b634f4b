"""Mermaid 11 comes from the pinned npm package and is served by the site itself."""

from __future__ import annotations

import re

from tests.sitepaths import ROOT, SITE


NPM_DIST = ROOT / "node_modules/mermaid/dist"

NPM_FILE = NPM_DIST / "mermaid.min.js"

LOADER = "assets/javascripts/mermaid-loader.js"


def test_site_serves_the_npm_files_unchanged() -> None:
    assert (SITE / "assets/javascripts/mermaid.min.js").read_bytes() == NPM_FILE.read_bytes()
    esm = SITE / "assets/javascripts/mermaid-esm"
    assert (esm / "mermaid.esm.min.mjs").read_bytes() == (NPM_DIST / "mermaid.esm.min.mjs").read_bytes()
    chunks = sorted(p.name for p in (NPM_DIST / "chunks/mermaid.esm.min").glob("*.mjs"))
    assert sorted(p.name for p in (esm / "chunks/mermaid.esm.min").iterdir()) == chunks


def test_every_module_the_esm_build_imports_is_served() -> None:
    esm = SITE / "assets/javascripts/mermaid-esm"
    for module in esm.rglob("*.mjs"):
        for target in re.findall(r'(?:from|import)\s*\(?"(\./[^"]+\.mjs)"', module.read_text(encoding="utf-8")):
            assert (module.parent / target).resolve().is_file(), f"{module.name} imports missing {target}"


def test_loader_fetches_only_from_its_own_folder() -> None:
    loader = (SITE / LOADER).read_text(encoding="utf-8")
    assert re.findall(r'new URL\("([^"]+)", here\)', loader) == ["mermaid-esm/mermaid.esm.min.mjs", "mermaid.min.js"]
    assert not re.search(r"https?:|//[a-z]", loader.split("*/", 1)[1])
