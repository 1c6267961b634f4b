"""Helpers to read the built site (site/) as a reader's browser would get it."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup, Tag

from scripts.settings import Settings
from scripts.settingsfile import read_settings, settings_path

ROOT = Path(__file__).resolve().parent.parent
# The built site; PROTOCOL_SITE points at another build (for example one in /tmp).
SITE = Path(os.environ.get("PROTOCOL_SITE", ROOT / "site"))

# The URL map (README.md): a contract with onboarding material.
URL_MAP = (
    "/",
    "/veilig-thuis/",
    "/vermoedens/",
    "/melden/",
    "/terugkoppeling/",
    "/anoniem-melden/",
    "/signalen/",
    "/iemand-vertelt/",
    "/volwassenen/",
    "/bijzondere-vormen/",
    "/aandachtsfunctionaris/",
    "/gesprek/",
    "/meldrecht/",
    "/vastleggen/",
    "/collega/",
    "/afwegingskader/",
    "/stroomschema/",
    "/beslishulp/",
    "/contact/",
    "/begrippen/",
    "/over/",
)

# The whole protocol on one page (mkdocs-print-site-plugin).
PRINT_PAGE = "/print/"


@lru_cache(maxsize=None)
def settings() -> Settings:
    """The organisation settings the site was built with (organisatie.yml, or the file
    $PROTOCOL_ORGANISATIE names): every expected value of the tests comes from here."""
    return read_settings(settings_path(ROOT), ROOT)


def html_file(url: str) -> Path:
    """The file that serves a site URL such as `/melden/`."""
    path = SITE / url.lstrip("/")
    return path / "index.html" if url.endswith("/") else path


@lru_cache(maxsize=None)
def soup(url: str) -> BeautifulSoup:
    return BeautifulSoup(html_file(url).read_text(encoding="utf-8"), "html.parser")


def main_text(url: str) -> str:
    """The readable text of a page's article, whitespace collapsed."""
    article = soup(url).select_one("article")
    assert article is not None, f"{url}: no <article>"
    return " ".join(article.get_text(" ").split())


def built_pages() -> list[str]:
    """URL of every built page (`/`, `/melden/`, `/beslishulp/.../`), redirect pages included."""
    urls = []
    for path in sorted(SITE.rglob("index.html")):
        rel = path.parent.relative_to(SITE).as_posix()
        urls.append("/" if rel == "." else f"/{rel}/")
    return urls


def content_pages() -> list[str]:
    """URL of every built page, redirect pages left out."""
    return [
        url for url in built_pages()
        if 'http-equiv="refresh"' not in html_file(url).read_text(encoding="utf-8")[:2000]
    ]


def heading_text(heading: Tag) -> str:
    """A heading's text without its permalink sign."""
    return heading.get_text().replace("¶", "").strip()


def page_title(url: str) -> str:
    """The h1 of a built page."""
    return heading_text(soup(url).select_one("article h1"))


def chapter_titles() -> list[str]:
    """The titles of the pages in the navigation, in reading order."""
    return [page_title(url) for url in nav_urls()]


def mkdocs_config() -> dict[str, Any]:
    """mkdocs.yml as data (its `!!python/name` tags for fences are left out)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def nav_urls() -> list[str]:
    """URLs of the pages in the navigation, in reading order."""
    urls = []
    for entry in mkdocs_config()["nav"]:
        (src,) = entry.values()
        stem = src.removesuffix(".md").removesuffix("index")
        urls.append("/" + (stem.rstrip("/") + "/" if stem else ""))
    return urls
