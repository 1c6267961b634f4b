"""`make dist`: a versioned zip of the site that works from disk (file://)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.bundle import FILE_MODE
from tests.conftest import ZIP
from tests.sitepaths import ROOT
from tests.unit.test_offline import external_resources_in_html


@pytest.mark.slow
def test_bundle_holds_a_file_url_site(offline_bundle: Path) -> None:
    root = offline_bundle
    readme = (root / "LEESMIJ.txt").read_text(encoding="utf-8")
    assert readme.startswith("Protocol Huiselijk Geweld") and "zakkaart.pdf" in readme
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


@pytest.mark.slow
def test_the_zip_is_world_readable_and_carries_only_what_offline_readers_use(offline_bundle: Path) -> None:
    """Built under umask 077, still every entry 0644; no source maps; search files only
    for Dutch (the browser test of the bundle searches from disk)."""
    with zipfile.ZipFile(offline_bundle.parent / ZIP) as zf:
        infos = zf.infolist()
    assert {info.filename: info.external_attr >> 16 & 0o777 for info in infos} == {
        info.filename: FILE_MODE for info in infos}
    names = [info.filename.split("/", 1)[1] for info in infos]
    assert not [name for name in names if name.endswith(".map")]
    lunr = sorted(name.rsplit("/", 1)[1] for name in names if "/lunr/" in name)
    assert lunr == ["lunr.nl.min.js", "lunr.stemmer.support.min.js"]
    # The README tells the administrator its size.
    stated = re.search(r"\| `make dist` \|[^\n]*?about ([\d.]+) MB", (ROOT / "README.md").read_text(encoding="utf-8"))
    assert stated is not None, "README.md does not state the zip's size"
    size = (offline_bundle.parent / ZIP).stat().st_size / 1_000_000
    assert abs(size - float(stated[1])) <= 0.15, f"the zip is {size:.2f} MB; README.md says about {stated[1]} MB"


@pytest.mark.slow
def test_bundle_carries_the_zakkaart_as_one_a5_page(offline_bundle: Path) -> None:
    import io

    from pypdf import PdfReader

    from tests.sitepaths import settings

    reader = PdfReader(io.BytesIO((offline_bundle / "zakkaart.pdf").read_bytes()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (420, 595)  # A5
    assert settings().aandachtsfunctionaris.email in (reader.pages[0].extract_text() or "")
