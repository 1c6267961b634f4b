"""Small helpers for writing generated Markdown safely."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")
_LIST_START = re.compile(r"^(\d+)([.)])|^([-+])(?= )")


def table_cell(text: str) -> str:
    """Plain text made safe for a cell of a Markdown table (where no list can start)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def inline(text: str) -> str:
    """Plain text made safe for inline Markdown (link text, bold text, list items): a
    table cell's escaping, and a line that would start a list does not."""
    return _LIST_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", table_cell(text))
