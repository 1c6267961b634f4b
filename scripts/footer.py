"""The links at the foot of every page (overrides/partials/copyright.html): the change
history, the accessibility statement and the privacy page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# (what the link says, the docs page, its anchor)
LINKS = (
    ("Wat is er veranderd?", "over.md", "wijzigingen"),
    ("Toegankelijkheid", "toegankelijkheid.md", ""),
    ("Privacy", "privacy.md", ""),
)


@dataclass(frozen=True)
class FooterLink:
    titel: str
    url: str  # the page's address as MkDocs writes it ("over/#wijzigingen"); the template makes it relative


def footer_links(url_of: Callable[[str], str | None]) -> list[FooterLink]:
    """The footer's links, by the address `url_of` gives each docs page; a page the site
    does not have is left out."""
    links = []
    for titel, src, anchor in LINKS:
        url = url_of(src)
        if url is not None:
            links.append(FooterLink(titel, f"{url}#{anchor}" if anchor else url))
    return links
