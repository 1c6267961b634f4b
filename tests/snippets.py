"""Snippets of includes/ as pages and flows quote them (`--8<-- "includes/x.md"` on a line
of its own, pymdownx.snippets): one reading for every test that looks at them."""

from __future__ import annotations

import re

from tests.sitepaths import ROOT

SNIPPET = re.compile(r'^(?P<indent>[ \t]*)--8<--[ \t]+"(?P<path>[^"]+)"[ \t]*$', re.MULTILINE)
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]")


def quoted(text: str) -> str:
    """`text` with every snippet line replaced by the snippet's own text (nested ones too)."""
    return SNIPPET.sub(lambda m: quoted((ROOT / m["path"]).read_text(encoding="utf-8")), text)


def snippet_words(path: str) -> str:
    """The words of a snippet (`includes/x.md`) as a page shows them, on one line."""
    return " ".join(quoted((ROOT / path).read_text(encoding="utf-8")).split())


def snippets_inside_a_list_item(lines: list[str]) -> list[int]:
    """Line numbers (1-based) of a snippet line inside a list item with more text of that
    item after it: the snippet ends the paragraph, so that text would fall out of the list."""
    found = []
    for index, line in enumerate(lines):
        match = SNIPPET.match(line)
        if not match or index + 1 >= len(lines):
            continue
        indent = len(match["indent"])
        after = lines[index + 1]
        if not after.strip() or LIST_ITEM.match(after) or len(after) - len(after.lstrip()) < indent:
            continue
        owner = next((lines[i] for i in range(index - 1, -1, -1)
                      if lines[i].strip() and len(lines[i]) - len(lines[i].lstrip()) < indent), "")
        if LIST_ITEM.match(owner):
            found.append(index + 1)
    return found
