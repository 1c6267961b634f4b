"""Every link and anchor of a built site resolves: read from the files, in process.

A link is every address a page gives the browser: `href` and `src` (also of SVG links and
`srcset`), a form's `action`, a meta refresh's `url=`, and `url(...)` in the stylesheets.
An address resolves the way a web server resolves it: a folder to its `index.html`, a
folder without its final slash as the folder (or, for the offline bundle, as a browser
opens files from the disk: a file only). An anchor (`#id`) must be an `id` (or an
`<a name>`) of the page it points to. `tel:`, `mailto:` and `data:` are not checked, nor
addresses of other hosts (tests/site/test_offline.py allows none); an address with the
site's own address (`website` in the settings) is checked as a link within the site.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

SKIPPED_SCHEMES = ("tel", "mailto", "data", "javascript")
_URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "poster", "data"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\"\s;]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Fault:
    page: str  # the file (relative to the site) that has the link
    link: str  # the address as written
    problem: str

    def __str__(self) -> str:
        return f"{self.page}: {self.link}: {self.problem}"


class _Page(HTMLParser):
    """The ids of one page and the addresses it links to."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self._style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        self.links += [value for name, value in values.items() if name in _URL_ATTRIBUTES and value.strip()]
        if "srcset" in values:
            self.links += [part.split()[0] for part in values["srcset"].split(",") if part.strip()]
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.links += _REFRESH.findall(values.get("content", ""))
        if "style" in values:
            self.links += [found[1] for found in _CSS_URL.findall(values["style"])]
        self._style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._style = False

    def handle_endtag(self, tag: str) -> None:
        self._style = False

    def handle_data(self, data: str) -> None:
        if self._style:
            self.links += [found[1] for found in _CSS_URL.findall(data)]


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def target_file(files: Mapping[str, object], path: str, server: bool) -> str | None:
    """The file (relative to the site) that the site path `path` (no leading slash) opens,
    or None. From a web server (`server`) a folder opens its index.html; from the disk
    (file://, the offline bundle) only a file opens."""
    if not server:
        return path if path in files else None
    path = path.rstrip("/")
    for candidate in (path, posixpath.join(path, "index.html") if path else "index.html"):
        if candidate in files:
            return candidate
    return None


def site_path(link: str, page: str, website: str | None) -> str | None:
    """The path within the site (no leading slash) that `link` on `page` opens; None for an
    address of another host (not this checker's: the offline tests forbid those). With
    `website` (the site's own address, settings), an absolute link starts with its path,
    as MkDocs writes them then (404.html, the canonical links)."""
    parts = urlsplit(link)
    root = urlsplit(website).path if website else "/"
    path = unquote(parts.path)
    if parts.scheme or parts.netloc:
        if not website or not link.startswith(website.rstrip("/")):
            return None
        path = path or "/"
    if not path.startswith("/"):
        return posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
    if not path.startswith(root) and path != root.rstrip("/"):
        return ".."  # above the site's folder
    return posixpath.normpath(path[len(root):] or ".")


def faults(files: Mapping[str, str], server: bool = True, website: str | None = None) -> tuple[list[Fault], int]:
    """Every broken link of a site given as {file relative to the site: its text} (HTML and
    CSS files; others may map to ""), and how many distinct addresses (with their anchor)
    were checked. `server`: as served over HTTP, else as opened from the disk; `website`:
    the site's own address, when the settings give one."""
    pages = {name: parse(text) for name, text in files.items() if name.endswith(".html")}
    links = {name: page.links for name, page in pages.items()}
    links |= {name: [found[1] for found in _CSS_URL.findall(text)] for name, text in files.items()
              if name.endswith(".css")}
    found: list[Fault] = []
    checked: set[str] = set()
    for name, addresses in sorted(links.items()):
        for link in addresses:
            parts = urlsplit(link.strip())
            if parts.scheme in SKIPPED_SCHEMES:
                continue
            full = site_path(link.strip(), name, website)
            if full is None:
                continue
            if full.startswith(".."):
                found.append(Fault(name, link, "wijst buiten de map van de site"))
                continue
            target = target_file(files, "" if full == "." else full, server)
            checked.add(f"{target or full}#{parts.fragment}")
            if target is None:
                found.append(Fault(name, link, "de pagina of het bestand bestaat niet"))
            elif parts.fragment and target in pages and unquote(parts.fragment) not in pages[target].ids:
                found.append(Fault(name, link, f"het anker #{parts.fragment} bestaat niet op {target}"))
    return found, len(checked)


def read_site(site: Path) -> dict[str, str]:
    """Every file of a built site: the text of its HTML and CSS files, "" for the others."""
    return {
        path.relative_to(site).as_posix(): (
            path.read_text(encoding="utf-8") if path.suffix in {".html", ".css"} else ""
        )
        for path in site.rglob("*") if path.is_file()
    }
