"""The text of a printed PDF, measured (pure): every page's text, and its lines with
their height on the page.

Pages are counted from 0 here; messages count from 1, as a reader does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader


@dataclass(frozen=True)
class Line:
    """One line of text on a page: its baseline (points from the bottom) and its text."""

    y: float
    text: str


@dataclass(frozen=True)
class PrintedPage:
    """One page: pypdf's text of it (the page number included), and its body text as
    lines, top line first, without the page number in the bottom margin."""

    text: str
    lines: tuple[Line, ...]


def read_pages(reader: PdfReader, footer: str = "Pagina") -> list[PrintedPage]:
    """Every page's text and lines, in one pass (pypdf's text extraction is slow); the
    page number is the line that starts with `footer`, and nothing below it is body text."""
    pages = []
    for page in reader.pages:
        runs: dict[float, list[str]] = {}

        def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
            if text.strip():
                y = round(cm[1] * tm[4] + cm[3] * tm[5] + cm[5], 1)
                runs.setdefault(y, []).append(text.strip())

        text = page.extract_text(visitor_text=visit) or ""
        lines = [Line(y, " ".join(parts)) for y, parts in sorted(runs.items(), reverse=True)]
        footer_y = max((line.y for line in lines if line.text.startswith(footer)), default=float("-inf"))
        pages.append(PrintedPage(text, tuple(line for line in lines if line.y > footer_y + 1)))
    return pages
