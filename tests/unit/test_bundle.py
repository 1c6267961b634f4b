"""The offline bundle's zip (scripts/bundle.py): its name and its one folder."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

from scripts.bundle import bundle_name, write_zip
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
