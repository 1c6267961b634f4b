"""Numbered lists that the site shows and quotes, read from includes/ (pure parsing).

A file of includes/ is the one place of such a list: a page shows it as a snippet, and the
build quotes one item of it. The meldnormen (includes/meldnormen.md): /afwegingskader/
shows them, the beslishulp's verslag names the one an outcome gives (`meldnorm: 1`). The
five steps of the meldcode (includes/meldcode-stappen.md): /afwegingskader/ shows them,
the zakkaart prints each step whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from scripts.messages import LIST_EMPTY, LIST_LINE, LIST_ORDER, LIST_UNREADABLE

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ITEM = re.compile(r"^(\d+)\.\s+(.*)$")
_FIRST_SENTENCE = re.compile(r"^(.+?[.?!])(?:\s|$)")


@dataclass(frozen=True)
class NumberedList:
    file: str  # relative to the project, e.g. "includes/meldnormen.md"
    noun: str  # what one item is called in a message: "meldnorm", "stap"


MELDNORMEN = NumberedList("includes/meldnormen.md", "meldnorm")
MELDCODE_STEPS = NumberedList("includes/meldcode-stappen.md", "stap")


class NumberedListError(ValueError):
    """The file cannot be read as a numbered list; the message names the file and line."""


def parse_numbered(text: str, kind: NumberedList) -> dict[int, str]:
    """Number -> text of each item: a numbered list, 1, 2, 3, … in order. A line that
    starts with spaces continues the item above it."""
    items: dict[int, list[str]] = {}
    noun, source = kind.noun, kind.file
    lines = _COMMENT.sub(lambda comment: "\n" * comment[0].count("\n"), text).splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if item := _ITEM.match(line):
            expected = len(items) + 1
            if int(item[1]) != expected:
                raise NumberedListError(
                    LIST_ORDER(bestand=source, regel=number, soort=noun, nummer=item[1], verwacht=expected)
                )
            items[expected] = [item[2].strip()]
        elif line[0].isspace() and items:
            items[len(items)].append(line.strip())
        else:
            raise NumberedListError(LIST_LINE(bestand=source, regel=number))
    if not items:
        raise NumberedListError(LIST_EMPTY(bestand=source))
    return {number: " ".join(parts) for number, parts in items.items()}


def read_numbered(root: Path, kind: NumberedList) -> dict[int, str]:
    try:
        text = (root / kind.file).read_text(encoding="utf-8")
    except OSError as err:
        raise NumberedListError(LIST_UNREADABLE(bestand=kind.file, reden=err.strerror)) from err
    return parse_numbered(text, kind)


def first_sentence(text: str) -> str:
    found = _FIRST_SENTENCE.match(text)
    return found[1] if found else text
