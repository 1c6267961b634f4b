"""Offline by design: nothing in the built site asks another host for anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.sitepaths import SITE
from tests.unit.test_offline import OUTSIDE_URL, external_resources_in_css, external_resources_in_html


def html_files() -> list[Path]:
    files = sorted(SITE.rglob("*.html"))
    assert files, f"{SITE}: no HTML files"
    return files


def css_files() -> list[Path]:
    files = sorted(SITE.rglob("*.css"))
    assert files, f"{SITE}: no CSS files"
    return files


@pytest.mark.parametrize("path", html_files(), ids=lambda p: str(p.relative_to(SITE)))
def test_html_loads_nothing_from_other_hosts(path: Path) -> None:
    assert external_resources_in_html(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", css_files(), ids=lambda p: str(p.relative_to(SITE)))
def test_css_loads_nothing_from_other_hosts(path: Path) -> None:
    assert external_resources_in_css(path.read_text(encoding="utf-8")) == []


def test_no_external_links_anywhere() -> None:
    """Intranet readers may have no internet: every link of every page (article, header,
    navigation, footer) stays on the site itself."""
    for path in html_files():
        for a in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select("a[href]"):
            assert not OUTSIDE_URL.match(a["href"]), f"{path.relative_to(SITE)}: {a['href']}"


def test_no_font_service_or_cdn_named_anywhere() -> None:
    for path in [*html_files(), *css_files()]:
        text = path.read_text(encoding="utf-8")
        for host in ("fonts.googleapis.com", "fonts.gstatic.com", "unpkg.com", "cdn.jsdelivr.net"):
            assert host not in text, f"{path.relative_to(SITE)} names {host}"
