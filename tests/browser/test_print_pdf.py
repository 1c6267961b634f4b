"""/print/ printed to PDF by headless Chromium: the cover, every chapter, the diagrams and
the phone numbers."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser
from pypdf import PdfReader

from scripts.flows.loader import load_flow_file
from scripts.flows.model import Kind
from scripts.national import ALARM, VEILIG_THUIS
from tests.browser.helpers import PageWatch, wait_for_diagrams
from tests.browser.pdfpages import PrintedPage, read_pages
from tests.sitepaths import OUTPUT, PRINT_PAGE, ROOT, chapter_titles, mkdocs_config, settings


# Measured: 37 A4 pages with 12 chapters; 70 pages with the 21 chapters of the content
# review (chapters start on a new page); 68 with the cover. The range leaves room for
# edits but catches a print page that lost its chapters (far fewer pages) or prints one
# word per line (far more).
PAGES_MIN, PAGES_MAX = 35, 110


def flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


@pytest.fixture(scope="module")
def printed(browser: Browser, site_url: str) -> Iterator[list[PrintedPage]]:
    """/print/ printed once, written to the test output for people to look at."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.set_default_timeout(15_000)
    page = context.new_page()
    watch = PageWatch(page)
    page.goto(urljoin(site_url, PRINT_PAGE.lstrip("/")), wait_until="load")
    wait_for_diagrams(page)
    pdf = page.pdf(format="A4", print_background=False, margin={"top": "15mm", "bottom": "15mm"})
    watch.assert_no_errors()
    context.close()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "protocol.pdf").write_bytes(pdf)
    yield read_pages(PdfReader(io.BytesIO(pdf)))


def test_print_page_prints_to_pdf_with_every_chapter(printed: list[PrintedPage]) -> None:
    pages = [flat(p.text) for p in printed]
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


def test_cover_names_the_protocol_organisation_version_and_dates(printed: list[PrintedPage]) -> None:
    s = settings()
    config = mkdocs_config()
    cover = flat(printed[0].text)
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
    cover_page, second_page = printed[:2]
    assert toc_title not in [line.text for line in cover_page.lines] and second_page.lines[0].text == toc_title

