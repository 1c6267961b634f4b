"""`make dist`: a versioned zip of the site that works from disk (file://)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.unit.test_offline import external_resources_in_html


@pytest.mark.slow
def test_bundle_holds_a_file_url_site(offline_bundle: Path) -> None:
    root = offline_bundle
    assert (root / "LEESMIJ.txt").read_text(encoding="utf-8").startswith("Protocol Huiselijk Geweld")
    for page in ("index.html", "melden.html", "stroomschema.html", "print.html",
                 "beslishulp/index.html", "beslishulp/afwegingskader/vraag-1.html"):
        assert (root / page).is_file(), page
    # The diagrams were drawn at build time: no Mermaid in the zip, node links to .html files.
    assert not list(root.glob("assets/javascripts/mermaid*"))
    # Search without a server: the offline plugin inlines the index as a script.
    assert (root / "search/search_index.js").is_file()
    stroomschema = BeautifulSoup((root / "stroomschema.html").read_text(encoding="utf-8"), "html.parser")
    links = [a["href"] for a in stroomschema.select("figure.stroomschema svg a[href]")]
    assert links and all(re.fullmatch(r"[a-z-]+\.html#[a-z0-9-]+", href) for href in links), links
    for path in root.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert external_resources_in_html(html) == [], f"{path.relative_to(root)} loads from another host"
        page = BeautifulSoup(html, "html.parser")
        for a in page.select("a[href]"):
            href = a["href"]
            if href.startswith(("#", "tel:", "mailto:")):
                continue
            assert not href.split("#")[0].endswith("/"), f"{path.relative_to(root)}: {href} needs a server"
            target = (path.parent / href.split("#")[0]).resolve()
            assert target.is_file(), f"{path.relative_to(root)}: {href} does not exist in the bundle"
