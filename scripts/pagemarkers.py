"""The markers of a page: a line `<!-- name -->` or `<!-- name: what -->` where the build
puts something it makes (a diagram, a list, a table). One syntax for all of them, and a
mistyped one stops the build instead of vanishing from the page.

A comment of more than one word, or one that starts with a capital, is a note for the
people who edit the page, not a marker.
"""

from __future__ import annotations

import re

from scripts.messages import UNKNOWN_MARKER

# Every marker the build fills in, and the module that fills it in.
KNOWN = {
    "stroomschema": "scripts/flows/markers.py",
    "beslishulpen": "scripts/flows/markers.py",
    "wijzigingen": "scripts/changelog.py",
    "toetsing": "scripts/accessibility.py",
    "deeplinks": "scripts/deeplinks.py",
}
_LINE = re.compile(r"^<!--[ \t]*(?P<name>[a-z][a-z-]*)[ \t]*(?::(?P<args>[^\n>]*?))?[ \t]*-->[ \t]*$", re.MULTILINE)


class UnknownMarker(ValueError):
    """A marker the build does not know; the message names the file and line."""


def marker(name: str, args: bool = False) -> re.Pattern[str]:
    """The pattern of one known marker line; with `args`, it may have a text after a
    colon: the group `args` (None without one)."""
    assert name in KNOWN, name
    tail = r"(?:[ \t]*:(?P<args>[^\n>]*?))?" if args else ""
    return re.compile(rf"^<!--[ \t]*{name}{tail}[ \t]*-->[ \t]*$", re.MULTILINE)


def check_markers(markdown: str, source: str) -> None:
    """Raise UnknownMarker for the first marker line that names no known marker."""
    for found in _LINE.finditer(markdown):
        if found["name"] not in KNOWN:
            line = markdown.count("\n", 0, found.start()) + 1
            raise UnknownMarker(UNKNOWN_MARKER(bestand=source, regel=line, naam=found["name"],
                                               lijst=", ".join(sorted(KNOWN))))
