"""Finish /print/ (written by mkdocs-print-site-plugin) like the rest of the site (pure).

The plugin renders the page with an absolute base (the path of site_url, or "/"), so
without site_url the page looked for its search index at the host's root; and it writes one
inline script and inline styles, which a Content-Security-Policy without
'unsafe-inline' blocks. The base becomes relative, and the script and styles move into
files of the site: the same code, the script at its place, the styles linked last in
the head. The plugin's own `heading-number` attribute (nothing reads it), which the Nu
Html Checker refuses, becomes `data-heading-number`.

The plugin turns a link to a page into a link within /print/, `#<page>` or
`#<page>-<anchor>`. Two kinds led nowhere (`mend_anchors`): anchors it did not prefix
(the steps of a diagram's text alternative), and pages that are not printed (the
zakkaart, the list of links), which now keep their own address.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

SCRIPT_FILE = "assets/javascripts/thema/print-site-start.js"
STYLE_FILE = "assets/stylesheets/print-site-nummering.css"
_BASE = re.compile(r'"base": "/[^"]*"')
_INLINE_SCRIPT = re.compile(r'<script(?: type="text/javascript")?>(.*?)</script>', re.DOTALL)
_INLINE_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)
_ID = re.compile(r'\bid="([^"]+)"')
_IN_PAGE_LINK = re.compile(r'href="#([^"]+)"')
_HEADING_NUMBER = re.compile(r"(<section\b[^>]*) heading-number=")


@dataclass(frozen=True)
class PrintPage:
    html: str
    script: str  # the content of SCRIPT_FILE
    style: str  # the content of STYLE_FILE


def finish_print_page(html: str, base: str, script_href: str, style_href: str) -> PrintPage:
    """`base`: the site root as the print page links it (".."); the hrefs: the two files."""
    if _BASE.search(html) is None:
        raise ValueError('unexpected print page: no absolute "base" found')
    html = _BASE.sub(f'"base": "{base}"', html, count=1)
    scripts = _INLINE_SCRIPT.findall(html)
    styles = _INLINE_STYLE.findall(html)
    if len(scripts) != 1:
        raise ValueError(f"unexpected print page: {len(scripts)} inline scripts instead of 1")
    html = _INLINE_SCRIPT.sub(f'<script src="{script_href}"></script>', html, count=1)
    html = _INLINE_STYLE.sub("", html)
    html = _HEADING_NUMBER.sub(r"\1 data-heading-number=", html)
    html = html.replace("</head>", f'<link rel="stylesheet" href="{style_href}">\n</head>', 1)
    return PrintPage(html, scripts[0].strip() + "\n", "\n".join(style.strip() for style in styles) + "\n")


def mend_anchors(html: str, page_href: Callable[[str], str | None]) -> str:
    """Every in-page link of /print/ to an id the page has. `page_href(name)`: the address
    of the page `name` (docs path without .md) when it exists but is not printed, else None."""
    ids = set(_ID.findall(html))

    def mend(found: re.Match[str]) -> str:
        target = found[1]
        if target in ids:
            return found[0]
        parts = target.split("-")
        for cut in range(1, len(parts)):  # "<page>-<anchor>" where the anchor kept its own id
            if (rest := "-".join(parts[cut:])) in ids:
                return f'href="#{rest}"'
        href = page_href(target)
        return f'href="{href}"' if href is not None else found[0]

    return _IN_PAGE_LINK.sub(mend, html)
