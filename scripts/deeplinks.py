"""The stable deep links of deeplinks.txt, and /links/: each link with the title of its
section and a one-line description, grouped by page (pure functions).

The list is made from deeplinks.txt and the rendered pages at every build, so it cannot
drift: a deep link whose page or heading is gone stops the build, naming the line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from scripts.messages import DEEPLINK_NO_HEADING, DEEPLINK_NO_PAGE, DEEPLINKS_HINT
from scripts.numbered import first_sentence

DEEPLINKS_FILE = "deeplinks.txt"
PAGE = "links.md"
MARKER = "<!-- deeplinks -->"
_BREAK = re.compile(r"<br\s*/?>")
_TAG = re.compile(r"<[^>]+>")
_HEADERLINK = re.compile(r'<a class="headerlink".*?</a>', re.DOTALL)
# The first paragraph or list item, not the title of a note block ("Direct gevaar?").
_BLOCK = re.compile(r'<(p|li)\b(?![^>]*class="admonition-title")[^>]*>(.*?)</\1>', re.DOTALL)
_NEXT_HEADING = re.compile(r"<h[1-6]\b")


class DeepLinkError(ValueError):
    """A deep link that leads nowhere; the message names deeplinks.txt and the line."""


@dataclass(frozen=True)
class DeepLink:
    url: str  # the site path with its anchor, as in deeplinks.txt: /melden/#acuut-gevaar
    line: int

    @property
    def page(self) -> str:
        return self.url.partition("#")[0]

    @property
    def anchor(self) -> str:
        return self.url.partition("#")[2]


@dataclass(frozen=True)
class Entry:
    """One row of /links/: where the link goes, what the section is called and is about."""

    link: DeepLink
    href: str  # relative to /links/
    title: str
    description: str  # HTML: text, with the page's tel: links kept (every number can be dialled)


def parse_deeplinks(text: str) -> list[DeepLink]:
    return [DeepLink(line.strip(), number) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.startswith("#")]


def read_deeplinks(root: Path) -> list[DeepLink]:
    return parse_deeplinks((root / DEEPLINKS_FILE).read_text(encoding="utf-8"))


def plain(fragment: str) -> str:
    """The text of an HTML fragment, on one line, without its permalink sign."""
    return " ".join(html.unescape(_TAG.sub("", _BREAK.sub(" ", _HEADERLINK.sub("", fragment)))).split())


class _KeepPhoneLinks(HTMLParser):
    """Text of an HTML fragment, escaped, with its tel: links and nothing else kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[bool] = []  # for each open <a>: is it a tel: link?

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append(" ")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append(href.startswith("tel:"))
            if self.links[-1]:
                self.parts.append(f'<a href="{html.escape(href)}">')

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.links and self.links.pop():
            self.parts.append("</a>")

    def handle_data(self, data: str) -> None:
        self.parts.append(html.escape(data, quote=False))


def with_phone_links(fragment: str) -> str:
    parser = _KeepPhoneLinks()
    parser.feed(_HEADERLINK.sub("", fragment))
    parser.close()
    return " ".join("".join(parser.parts).split())


def section(content: str, anchor: str) -> tuple[str, str] | None:
    """(heading text, first sentence under it, as HTML with its tel: links) of the heading
    with this id in a page's HTML; without an anchor, of the page's first heading. None:
    there is no such heading."""
    pattern = rf'<(h[1-6])\b[^>]*\bid="{re.escape(anchor)}"[^>]*>(.*?)</\1>' if anchor else r"<(h1)\b[^>]*>(.*?)</\1>"
    found = re.search(pattern, content, re.DOTALL)
    if found is None:
        return None
    rest = content[found.end():]
    if anchor and (next_heading := _NEXT_HEADING.search(rest)):
        rest = rest[:next_heading.start()]
    block = _BLOCK.search(rest)
    return plain(found[2]), first_sentence(with_phone_links(block[2])) if block else ""


def entries(links: list[DeepLink], content_of: Callable[[str], str | None],
            href_of: Callable[[DeepLink], str]) -> list[Entry]:
    """`content_of(page url)`: the page's HTML, None when there is no such page."""
    result, problems = [], []
    for link in links:
        content = content_of(link.page)
        found = section(content, link.anchor) if content is not None else None
        if content is None:
            problems.append(DEEPLINK_NO_PAGE(bestand=DEEPLINKS_FILE, regel=link.line, adres=link.page))
        elif found is None:
            problems.append(DEEPLINK_NO_HEADING(bestand=DEEPLINKS_FILE, regel=link.line, adres=link.page,
                                                anker=link.anchor))
        else:
            result.append(Entry(link, href_of(link), *found))
    if problems:
        raise DeepLinkError("\n".join([*problems, DEEPLINKS_HINT()]))
    return result


def render_links(found: list[Entry], website: str | None) -> str:
    """The HTML of the list: per page a heading and a table of its links."""
    pages: dict[str, list[Entry]] = {}
    for entry in found:
        pages.setdefault(entry.link.page, []).append(entry)
    parts = []
    for page, rows in pages.items():
        title = next((row.title for row in rows if not row.link.anchor), rows[0].title)
        slug = "pagina" + re.sub(r"[^a-z0-9]+", "-", page).rstrip("-")
        # Out of the search index (data-search-exclude): the list repeats every section's title
        # and first sentence, and would come up first for almost any word.
        parts += [f'<h2 id="{slug}" data-search-exclude>{html.escape(title)}<a class="headerlink" href="#{slug}" '
                  f'title="Link naar dit kopje">&para;</a></h2>',
                  "<table data-search-exclude>", "<thead><tr><th>Kopje</th><th>Waar gaat het over?</th><th>Adres</th></tr></thead>", "<tbody>"]
        for row in rows:
            address = (website.rstrip("/") + row.link.url) if website else row.link.url
            parts.append(f'<tr><td><a href="{html.escape(row.href)}">{html.escape(row.title)}</a></td>'
                         f"<td>{row.description}</td><td><code>{html.escape(address)}</code></td></tr>")
        parts += ["</tbody>", "</table>"]
    return "\n".join(parts)
