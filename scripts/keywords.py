"""Search keywords (`zoekwoorden`) from a page's front matter.

Content owners list the words readers type ("blauwe plekken", "geslagen", common
misspellings) in the front matter of a page; they reach the search index as the page's
tags (Material's search weighs tags above title and text) and are never shown on the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from scripts.messages import KEYWORD_NOT_TEXT, KEYWORDS_NOT_A_LIST

FIELD = "zoekwoorden"


class KeywordError(ValueError):
    """A `zoekwoorden` entry that is not a list of words; the message names the file and line."""


def field_line(text: str) -> int:
    """The line of the `zoekwoorden:` key in a page's source (1 when it is not found)."""
    match = re.search(rf"^{FIELD}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def keywords(meta: Mapping[str, Any], source: str, line: int) -> list[str]:
    """The page's search keywords, trimmed and without repeats; [] when it has none.
    `line`: where the field is in the page `source` (field_line), for the message."""
    value = meta.get(FIELD)
    if value is None:
        return []
    if not isinstance(value, list):
        raise KeywordError(KEYWORDS_NOT_A_LIST(bestand=source, regel=line, waarde=value))
    found: list[str] = []
    for item in value:
        if isinstance(item, bool) or not isinstance(item, (str, int, float)) or not str(item).strip():
            raise KeywordError(KEYWORD_NOT_TEXT(bestand=source, regel=line, waarde=item))
        word = " ".join(str(item).split())
        if word.lower() not in {w.lower() for w in found}:
            found.append(word)
    return found
