"""/print/ printed to PDF by headless Chromium: every chapter, the diagrams and the phone numbers."""

from __future__ import annotations

import io
import re
from urllib.parse import urljoin

import pytest
from pypdf import PdfReader

from tests.browser.helpers import SCREENSHOTS, NewPage, wait_for_diagrams
from tests.sitepaths import PRINT_PAGE, chapter_titles

pytestmark = pytest.mark.browser

# Measured: 37 A4 pages with the default settings and content (chapters start on a new
# page). The range leaves room for edits but catches a print page that lost its chapters
# (far fewer pages) or prints one word per line (far more).
PAGES_MIN, PAGES_MAX = 15, 60


def flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def test_print_page_prints_to_pdf_with_every_chapter(new_page: NewPage, site_url: str) -> None:
    page, watch = new_page()
    page.goto(urljoin(site_url, PRINT_PAGE.lstrip("/")), wait_until="load")
    wait_for_diagrams(page)
    pdf = page.pdf(format="A4", print_background=False, margin={"top": "15mm", "bottom": "15mm"})
    (SCREENSHOTS.parent / "protocol.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    pages = [flat(p.extract_text() or "") for p in reader.pages]
    text = " ".join(pages)
    assert PAGES_MIN <= len(reader.pages) <= PAGES_MAX, f"{len(reader.pages)} pages"
    for title in chapter_titles():
        assert flat(title) in text, f"chapter {title!r} is not in the PDF"
    assert re.search(r"\b112\b", text) and "0800-2000" in text
    assert "Acuut gevaar? Bel 112" in pages[0], "the emergency line is missing from the first page"
    assert "Pagina 1" in pages[0] and "Page 1" not in pages[0], "page numbers are not in Dutch"
    # The diagrams are drawn, not printed as Mermaid source.
    assert "flowchart TD" not in text and "accTitle" not in text
    assert "Is er nu acuut gevaar?" in text
    # Chapters start on a new page: each chapter title opens a page.
    starts = sum(any(p.startswith(flat(t)) or f" {flat(t)}" in p[:200] for p in pages) for t in chapter_titles())
    assert starts >= len(chapter_titles()) - 1
    watch.assert_no_errors()
