"""The detector of resources on other hosts that tests/site/test_offline.py runs over the
built site."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup


# An address on another host: http(s)://... or //... (what the site must never load or link to).
OUTSIDE_URL = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)

_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)", re.IGNORECASE)

_CSS_IMPORT = re.compile(r"@import\s+(?:url\()?\s*['\"]?([^'\");\s]+)", re.IGNORECASE)


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
    return [url for url in found if OUTSIDE_URL.match(url)]


def external_resources_in_css(css: str) -> list[str]:
    urls = _CSS_URL.findall(css) + _CSS_IMPORT.findall(css)
    return [url for url in urls if OUTSIDE_URL.match(url)]


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
