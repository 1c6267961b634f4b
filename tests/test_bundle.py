"""`make dist`: a versioned zip of the site that works from disk (file://)."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.bundle import bundle_name, write_zip
from scripts.settings import load_settings
from tests.sitepaths import ROOT, mkdocs_config

SETTINGS = load_settings(mkdocs_config()["extra"])


def test_bundle_name_carries_the_version() -> None:
    assert bundle_name(SETTINGS) == "protocol-huiselijk-geweld-v1.0"
    odd = dataclasses.replace(SETTINGS, versie="2.1 (concept)/b")
    assert bundle_name(odd) == "protocol-huiselijk-geweld-v2.1-concept-b"


def test_write_zip_puts_everything_in_one_folder(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text("start")
    (site / "a" / "b.html").write_text("b")
    (site / "404.html").write_text("server only")
    target = tmp_path / "x.zip"
    assert write_zip(site, target, "map", "lees mij") == 2
    with zipfile.ZipFile(target) as zf:
        assert sorted(zf.namelist()) == ["map/LEESMIJ.txt", "map/a/b.html", "map/index.html"]
    assert not target.with_suffix(".partial").exists()


@pytest.fixture(scope="module")
def bundle() -> Path:
    result = subprocess.run(["make", "dist"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    target = ROOT / "dist" / f"{bundle_name(SETTINGS)}.zip"
    assert target.is_file()
    return target


@pytest.mark.slow
def test_bundle_holds_a_file_url_site(bundle: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(bundle) as zf:
        zf.extractall(tmp_path)
    root = tmp_path / bundle_name(SETTINGS)
    for page in ("index.html", "melden.html", "stroomschema.html", "print.html",
                 "beslishulp/index.html", "beslishulp/afwegingskader/vraag-1.html"):
        assert (root / page).is_file(), page
    # Search without a server: the offline plugin inlines the index as a script.
    assert (root / "search/search_index.js").is_file()
    stroomschema = (root / "stroomschema.html").read_text(encoding="utf-8")
    clicks = re.findall(r'click n\d+ href "([^"]+)"', stroomschema)
    assert clicks and all(re.fullmatch(r"[a-z-]+\.html#[a-z0-9-]+", c) for c in clicks), clicks
    for path in root.rglob("*.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for a in page.select("a[href]"):
            href = a["href"]
            if href.startswith(("#", "tel:", "mailto:")):
                continue
            assert not href.split("#")[0].endswith("/"), f"{path.relative_to(root)}: {href} needs a server"
            target = (path.parent / href.split("#")[0]).resolve()
            assert target.is_file(), f"{path.relative_to(root)}: {href} does not exist in the bundle"
