"""Helpers to read the built site (site/) as a reader's browser would get it."""

from __future__ import annotations

import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag
from mkdocs.utils.yaml import yaml_load

from scripts.settings import Settings
from scripts.settingsfile import read_settings, settings_path
from scripts.urls import page_url

ROOT = Path(__file__).resolve().parent.parent
# The built site; PROTOCOL_SITE points at another build (for example one in /tmp).
SITE = Path(os.environ.get("PROTOCOL_SITE", ROOT / "site"))
# What the tests write for people to look at (screenshots, the readability report, the
# PDF): outside the work tree, in the system's temporary folder unless
# PROTOCOL_TEST_OUTPUT names another. `make test` prints where it is at the end.
OUTPUT = Path(os.environ.get("PROTOCOL_TEST_OUTPUT") or Path(tempfile.gettempdir()) / "protocol-test-output")

# The URL map (README.md): a contract with onboarding material.
URL_MAP = (
    "/",
    "/inwerken/",
    "/veilig-thuis/",
    "/vermoedens/",
    "/melden/",
    "/terugkoppeling/",
    "/anoniem-melden/",
    "/signalen/",
    "/iemand-vertelt/",
    "/naar-huis/",
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
    "/links/",
)

# Pages linked from the footer of every page, in the URL map but not in the menu or on
# /print/ (mkdocs.yml: not_in_nav).
FOOTER_PAGES = ("/toegankelijkheid/", "/privacy/")

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


# The target of a redirect page of mkdocs-redirects (<meta http-equiv="refresh" ...>).
_REFRESH = re.compile(r"""<meta http-equiv="refresh" content="0; url=([^"]*)">""")


def redirect_href(html: str) -> str | None:
    """Where a redirect page sends the reader (its href, relative to the page); None for a page."""
    found = _REFRESH.search(html[:2000])
    return found[1] if found else None


def site_url(from_url: str, href: str) -> str:
    """The site URL (path, and `#anchor` if any) that `href` on the page `from_url` points at."""
    parts = urlsplit(urljoin("http://site" + from_url, href))
    return parts.path + (f"#{parts.fragment}" if parts.fragment else "")


def redirect_target(url: str) -> str | None:
    """The site URL the redirect page at `url` sends the reader to; None if `url` is a page."""
    href = redirect_href(html_file(url).read_text(encoding="utf-8"))
    return None if href is None else site_url(url, href)


def resolve(url: str) -> str:
    """The URL of the page a reader ends up on from `url` (`/x/` or `/x/#anker`): a page
    that was renamed keeps its old URL as a redirect (mkdocs.yml, plugins.redirects).
    The anchor is kept, as the redirect page's script keeps it."""
    path, _, anchor = url.partition("#")
    seen = [path]
    while (target := redirect_target(path)) is not None:
        target_path, _, target_anchor = target.partition("#")
        anchor = anchor or target_anchor
        assert target_path not in seen, f"redirect loop: {' -> '.join([*seen, target_path])}"
        assert html_file(target_path).is_file(), f"{seen[-1]} redirects to {target_path}, which is not in the site"
        seen.append(target_path)
        path = target_path
    return path + (f"#{anchor}" if anchor else "")


def link_target(from_url: str, href: str) -> str:
    """The page (and anchor) a reader ends up on when following `href` on page `from_url`;
    a link elsewhere (`tel:`, `mailto:`, another site) as it is."""
    if urlsplit(href).scheme or href.startswith("//"):
        return href
    return resolve(site_url(from_url, href))


def page_soup(url: str) -> BeautifulSoup:
    """The page at `url`; if the page was renamed, the page its old URL redirects to."""
    return soup(resolve(url))


def main_text(url: str) -> str:
    """The readable text of a page's article (followed through a redirect), whitespace collapsed."""
    article = page_soup(url).select_one("article")
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


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def heading_text(heading: Tag) -> str:
    """A heading's text without its permalink sign."""
    return heading.get_text().replace("¶", "").strip()


def page_title(url: str) -> str:
    """The h1 of a built page."""
    return heading_text(soup(url).select_one("article h1"))


def chapter_titles() -> list[str]:
    """The titles of the pages of the printed protocol: the navigation in reading order,
    without the pages mkdocs.yml leaves out of /print/ (print-site's exclude)."""
    left_out = {page_url(src) for src in mkdocs_config()["plugins"]["print-site"].get("exclude", [])}
    return [page_title(url) for url in nav_urls() if url not in left_out]


def mkdocs_config() -> dict[str, Any]:
    """mkdocs.yml as data, read the way MkDocs reads it (tags such as `!!python/name` and
    `INHERIT` included). The one reader of mkdocs.yml for the tests and the benchmark."""
    with (ROOT / "mkdocs.yml").open("rb") as file:
        return yaml_load(file)


def current_page(page: str) -> str:
    """The docs path of `page` now: a page renamed as BEHEER.md says left its old name
    under redirect_maps (mkdocs.yml), pointing at the new one."""
    renamed = mkdocs_config()["plugins"]["redirects"]["redirect_maps"]
    seen = {page}
    while page in renamed and renamed[page] not in seen:
        page = renamed[page]
        seen.add(page)
    return page


def nav_urls() -> list[str]:
    """URLs of the pages in the navigation, in reading order."""
    return [page_url(src) for entry in mkdocs_config()["nav"] for src in entry.values()]
