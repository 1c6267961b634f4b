"""The layout of a printed PDF, measured (pure): how full each page is, and where the
headings and lists fell, read from the structure tree of a tagged PDF (Chromium's
`page.pdf(tagged=True)` tags headings H1-H6, lists L with items LI, paragraphs P and
figures Figure).

Pages are counted from 0 here; messages count from 1, as a reader does.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

HEADINGS = frozenset(f"H{level}" for level in range(1, 7))


@dataclass(frozen=True)
class Line:
    """One line of text on a page: its baseline (points from the bottom) and its text."""

    y: float
    text: str


@dataclass(frozen=True)
class Element:
    """One element of the structure tree: its kind ("H2", "L", "LI", "P", ...), the pages
    its own content and its children's content are on, and its children in reading order."""

    kind: str
    pages: frozenset[int]
    children: tuple[Element, ...]

    def walk(self) -> Iterator[Element]:
        yield self
        for child in self.children:
            yield from child.walk()


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


def fullness(pages: list[PrintedPage]) -> list[float]:
    """How full each page is, from 0 (no text) to 1 (text down to the lowest line any page
    reaches), measured from the highest line any page starts with."""
    top = max(page.lines[0].y for page in pages if page.lines)
    bottom = min(page.lines[-1].y for page in pages if page.lines)
    return [(top - page.lines[-1].y) / (top - bottom) if page.lines else 0.0 for page in pages]


def structure(reader: PdfReader) -> Element:
    """The tagged PDF's structure tree, with the page of every piece of content."""
    page_of = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)
               if page.indirect_reference is not None}
    root = reader.root_object.get("/StructTreeRoot")
    root = root.get_object() if root is not None else None
    if not isinstance(root, DictionaryObject):
        raise ValueError("the PDF is not tagged (print it with tagged=True)")

    def page_number(node: DictionaryObject, inherited: int | None) -> int | None:
        page = node.get("/Pg")
        return page_of.get(page.idnum) if isinstance(page, IndirectObject) else inherited

    def build(node: DictionaryObject, inherited: int | None) -> Element:
        here = page_number(node, inherited)
        kids = node.get("/K")
        kids = kids.get_object() if kids is not None else ArrayObject()
        pages: set[int] = set()
        children = []
        for kid in kids if isinstance(kids, ArrayObject) else [kids]:
            kid = kid.get_object()
            if isinstance(kid, DictionaryObject) and "/S" in kid:
                child = build(kid, here)
                children.append(child)
                pages |= child.pages
            elif isinstance(kid, DictionaryObject):  # marked content or an annotation elsewhere
                if (found := page_number(kid, here)) is not None:
                    pages.add(found)
            elif here is not None:  # marked content on this element's own page
                pages.add(here)
        return Element(str(node.get("/S", "")).lstrip("/"), frozenset(pages), tuple(children))

    return build(root, None)


def first_pages(root: Element, kind: str) -> set[int]:
    """The pages where an element of `kind` starts: for "H1", the chapters (each starts a
    page), for "Figure", the flowcharts."""
    return {min(element.pages) for element in root.walk() if element.kind == kind and element.pages}


def headings_apart(root: Element) -> list[int]:
    """The pages whose last content is a heading, while what it heads is on the next page."""
    found = []
    flat = [element for element in root.walk() if element.pages]
    for index, element in enumerate(flat):
        if element.kind not in HEADINGS:
            continue
        inside = {id(e) for e in element.walk()}
        after = next((e for e in flat[index + 1:] if id(e) not in inside), None)
        if after is not None and min(after.pages) > max(element.pages):
            found.append(max(element.pages))
    return found


def lists_split(root: Element, most_items: int) -> list[tuple[int, int]]:
    """The lists of at most `most_items` items that are split over pages: (first, last) page."""
    return [
        (min(element.pages), max(element.pages)) for element in root.walk()
        if element.kind == "L" and len(element.pages) > 1
        and sum(child.kind == "LI" for child in element.children) <= most_items
    ]


def lone_items(root: Element) -> list[int]:
    """The pages where a list that breaks leaves its first or last item alone."""
    found = []
    for element in root.walk():
        starts = [min(child.pages) for child in element.children if child.kind == "LI" and child.pages]
        if element.kind == "L" and len(starts) >= 2:
            if starts[0] != starts[1]:
                found.append(starts[0])
            if starts[-1] != starts[-2]:
                found.append(starts[-1])
    return found
