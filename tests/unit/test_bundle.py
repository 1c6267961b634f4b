"""The offline bundle's zip (scripts/bundle.py): its name and its one folder."""

from __future__ import annotations

import dataclasses
import os
import zipfile
from pathlib import Path

from scripts.bundle import FILE_MODE, bundle_name, needed_offline, write_zip
from tests.sitepaths import settings


SETTINGS = settings()


def test_bundle_name_carries_the_version() -> None:
    assert bundle_name(dataclasses.replace(SETTINGS, versie="1.0")) == "protocol-huiselijk-geweld-v1.0"
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


def test_every_entry_is_world_readable_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        site = tmp_path / "site"
        (site / "a").mkdir(parents=True)
        (site / "index.html").write_text("start")
        (site / "a" / "b.html").write_text("b")
        assert (site / "index.html").stat().st_mode & 0o777 == 0o600
        target = tmp_path / "x.zip"
        write_zip(site, target, "map", "lees mij")
    finally:
        os.umask(old)
    with zipfile.ZipFile(target) as zf:
        modes = {info.filename: info.external_attr >> 16 & 0o777 for info in zf.infolist()}
    assert modes == dict.fromkeys(["map/LEESMIJ.txt", "map/a/b.html", "map/index.html"], FILE_MODE)
    assert target.stat().st_mode & 0o777 == FILE_MODE


def test_only_the_sites_search_languages_and_no_source_maps() -> None:
    dutch = frozenset({"nl"})
    for path in ["assets/javascripts/lunr/min/lunr.nl.min.js", "assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
                 "assets/javascripts/bundle.a5f9d56c.min.js", "search/search_index.js", "index.html"]:
        assert needed_offline(path, dutch), path
    for path in ["assets/javascripts/lunr/min/lunr.th.min.js", "assets/javascripts/lunr/wordcut.js",
                 "assets/javascripts/lunr/tinyseg.js", "assets/javascripts/lunr/min/lunr.multi.min.js",
                 "assets/javascripts/bundle.a5f9d56c.min.js.map", "404.html", "sitemap.xml"]:
        assert not needed_offline(path, dutch), path
    assert needed_offline("assets/javascripts/lunr/min/lunr.multi.min.js", frozenset({"nl", "en"}))
    assert needed_offline("assets/javascripts/lunr/wordcut.js", frozenset({"th"}))
