"""Helpers to read the built site (site/) as a reader's browser would get it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"

# The URL map (README.md): a contract with onboarding material.
URL_MAP = (
    "/",
    "/veilig-thuis/",
    "/vermoedens/",
    "/melden/",
    "/terugkoppeling/",
    "/anoniem-melden/",
    "/afwegingskader/",
    "/stroomschema/",
    "/beslishulp/",
    "/contact/",
    "/begrippen/",
    "/over/",
)

# The whole protocol on one page (mkdocs-print-site-plugin).
PRINT_PAGE = "/print/"


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


def content_pages() -> list[str]:
    """URL of every built page, redirect pages left out."""
    urls = []
    for path in sorted(SITE.rglob("index.html")):
        if 'http-equiv="refresh"' in path.read_text(encoding="utf-8")[:2000]:
            continue
        rel = path.parent.relative_to(SITE).as_posix()
        urls.append("/" if rel == "." else f"/{rel}/")
    return urls


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
