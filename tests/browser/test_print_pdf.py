"""/print/ printed to PDF by headless Chromium: the cover, every chapter, the diagrams and
the phone numbers, and a layout that keeps together what belongs together."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser
from pypdf import PdfReader

from scripts.flows.loader import load_flow_file
from scripts.flows.model import Kind
from scripts.national import ALARM, VEILIG_THUIS
from tests.browser.helpers import PageWatch, wait_for_diagrams
from tests.browser.pdfpages import (
    Element, PrintedPage, first_pages, fullness, headings_apart, lists_split, lone_items, read_pages, structure,
)
from tests.sitepaths import OUTPUT, PRINT_PAGE, ROOT, chapter_titles, mkdocs_config, settings


# Measured: 37 A4 pages with 12 chapters; 70 pages with the 21 chapters of the content
# review (chapters start on a new page); 68 with the cover; 65 with each flowchart fitted
# to a page. The range leaves room for edits but catches a print page that lost its
# chapters (far fewer pages) or prints one word per line (far more).
PAGES_MIN, PAGES_MAX = 35, 110
# print.css keeps a list of up to this many items on one page (`li:nth-child(7)`).
SHORT_LIST = 6
# A page under a quarter full is a gap, unless a chapter or a flowchart starts after it.
LEAST_FULL = 0.25


def flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def ending(page: PrintedPage) -> str:
    """The last line of a page's body text."""
    return page.lines[-1].text if page.lines else ""


@dataclass(frozen=True)
class Printed:
    pages: list[PrintedPage]
    tags: Element  # the structure tree: where headings and lists fell


@pytest.fixture(scope="module")
def printed(browser: Browser, site_url: str) -> Iterator[Printed]:
    """/print/ printed once as a tagged PDF (the tags say where headings and lists fell),
    written to the test output for people to look at."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.set_default_timeout(15_000)
    page = context.new_page()
    watch = PageWatch(page)
    page.goto(urljoin(site_url, PRINT_PAGE.lstrip("/")), wait_until="load")
    wait_for_diagrams(page)
    pdf = page.pdf(format="A4", print_background=False, margin={"top": "15mm", "bottom": "15mm"}, tagged=True)
    watch.assert_no_errors()
    context.close()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "protocol.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    yield Printed(read_pages(reader), structure(reader))


def test_print_page_prints_to_pdf_with_every_chapter(printed: Printed) -> None:
    pages = [flat(p.text) for p in printed.pages]
    text = " ".join(pages)
    assert PAGES_MIN <= len(pages) <= PAGES_MAX, f"{len(pages)} pages"
    for title in chapter_titles():
        assert flat(title) in text, f"chapter {title!r} is not in the PDF"
    assert re.search(rf"\b{ALARM.display}\b", text) and VEILIG_THUIS.display in text
    assert f"Direct gevaar? Bel {ALARM.display}" in pages[0], "the emergency line is missing from the first page"
    assert "Pagina 1" in pages[0] and "Page 1" not in pages[0], "page numbers are not in Dutch"
    # The diagrams are drawn, not printed as Mermaid source.
    assert "flowchart TD" not in text and "accTitle" not in text
    first_question = next(n for n in load_flow_file(ROOT / "diagrams" / "route-bij-zorgen.yml").nodes
                          if n.kind is Kind.QUESTION)
    assert flat(first_question.label) in text
    # Chapters start on a new page: each chapter title opens a page.
    starts = sum(any(p.startswith(flat(t)) or f" {flat(t)}" in p[:200] for p in pages) for t in chapter_titles())
    assert starts >= len(chapter_titles()) - 1


def test_cover_names_the_protocol_organisation_version_and_dates(printed: Printed) -> None:
    s = settings()
    config = mkdocs_config()
    cover = flat(printed.pages[0].text)
    for expected in (
        config["site_name"],
        s.organisatie,
        f"Versie {s.versie}",
        f"Vastgesteld op {s.datum('vastgesteld_op')} door {s.vastgesteld_door}",
        f"Volgende herziening {s.datum('volgende_herziening')}",
    ):
        assert flat(expected) in cover, f"{expected!r} is not on the cover: {cover!r}"
    # The cover is a page of its own: the table of contents opens page 2.
    toc_title = config["plugins"]["print-site"]["toc_title"]
    cover_page, second_page = printed.pages[:2]
    assert toc_title not in [line.text for line in cover_page.lines] and second_page.lines[0].text == toc_title


def test_headings_stay_with_their_text_and_lists_break_well(printed: Printed) -> None:
    pages = printed.pages
    apart = headings_apart(printed.tags)
    assert not apart, "a heading ends a page, its text is on the next: " + "; ".join(
        f"page {page + 1}: {pages[page].lines[-1].text!r}" for page in apart)
    split = lists_split(printed.tags, SHORT_LIST)
    assert not split, f"a list of at most {SHORT_LIST} items is split: " + "; ".join(
        f"pages {first + 1}-{last + 1}, continuing with {pages[last].lines[0].text!r}" for first, last in split)
    alone = lone_items(printed.tags)
    assert not alone, "a list leaves its first or last item alone on page " + ", ".join(str(page + 1) for page in alone)


def test_no_page_is_less_than_a_quarter_full_but_before_a_chapter_or_flowchart(printed: Printed) -> None:
    full = fullness(printed.pages)
    chapters, flowcharts = first_pages(printed.tags, "H1"), first_pages(printed.tags, "Figure")
    assert len(chapters) >= len(chapter_titles()) and flowcharts
    # A flowchart fills a page of its own (print.css), so the page before it may be short.
    allowed = {page - 1 for page in chapters | flowcharts} | {len(full) - 1}
    short = [f"page {page + 1} ({fill:.0%}, ends with {ending(printed.pages[page])!r})"
             for page, fill in enumerate(full) if fill < LEAST_FULL and page not in allowed]
    assert not short, "pages less than a quarter full: " + "; ".join(short)
    # The measure works: most pages are well filled.
    assert sorted(full)[len(full) // 2] > 0.75, [round(fill, 2) for fill in full]
