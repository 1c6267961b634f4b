"""Offline by design: nothing in the built site asks another host for anything."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.sitepaths import SITE

_EXTERNAL = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"@import\s+(?:url\()?\s*['\"]?([^'\");\s]+)", re.IGNORECASE)


def html_files() -> list[Path]:
    files = sorted(SITE.rglob("*.html"))
    assert files, f"{SITE}: no HTML files"
    return files


def css_files() -> list[Path]:
    files = sorted(SITE.rglob("*.css"))
    assert files, f"{SITE}: no CSS files"
    return files


def external_resources_in_html(html: str) -> list[str]:
    """URLs on other hosts that a browser would load for this HTML (not plain links)."""
    page = BeautifulSoup(html, "html.parser")
    found: list[str] = []
    for tag in page.find_all(src=True):
        found.append(tag["src"])
    for tag in page.find_all("link", href=True):
        rel = {r.lower() for r in tag.get("rel", [])}
        if rel & {"stylesheet", "preload", "prefetch", "preconnect", "dns-prefetch", "icon", "manifest", "modulepreload"}:
            found.append(tag["href"])
    for tag in page.find_all(srcset=True):
        found.extend(part.split()[0] for part in tag["srcset"].split(",") if part.strip())
    for tag in page.find_all("style"):
        found.extend(external_resources_in_css(tag.get_text()))
    for tag in page.find_all(style=True):
        found.extend(external_resources_in_css(tag["style"]))
    return [url for url in found if _EXTERNAL.match(url)]


def external_resources_in_css(css: str) -> list[str]:
    urls = _CSS_URL.findall(css) + _CSS_IMPORT.findall(css)
    return [url for url in urls if _EXTERNAL.match(url)]


def test_detector_finds_outside_resources() -> None:
    html = (
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<script src="//cdn.example.com/x.js"></script><a href="https://example.org">ok</a>'
        '<style>@import "https://x.example/y.css"; b{background:url(http://e.example/i.png)}</style>'
    )
    assert sorted(external_resources_in_html(html)) == [
        "//cdn.example.com/x.js",
        "http://e.example/i.png",
        "https://fonts.googleapis.com/css?family=Roboto",
        "https://x.example/y.css",
    ]


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
            assert not _EXTERNAL.match(a["href"]), f"{path.relative_to(SITE)}: {a['href']}"


def test_no_font_service_or_cdn_named_anywhere() -> None:
    for path in [*html_files(), *css_files()]:
        text = path.read_text(encoding="utf-8")
        for host in ("fonts.googleapis.com", "fonts.gstatic.com", "unpkg.com", "cdn.jsdelivr.net"):
            assert host not in text, f"{path.relative_to(SITE)} names {host}"
