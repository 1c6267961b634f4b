"""/print/ printed to PDF by headless Chromium: every chapter, the diagrams and the phone numbers."""

from __future__ import annotations

import io
import re
from urllib.parse import urljoin

from pypdf import PdfReader

from scripts.flows.loader import load_flow_file
from scripts.flows.model import Kind
from scripts.national import ALARM, VEILIG_THUIS
from tests.browser.helpers import NewPage, wait_for_diagrams
from tests.sitepaths import OUTPUT, PRINT_PAGE, ROOT, chapter_titles


# Measured: 37 A4 pages with 12 chapters; 70 pages with the 21 chapters of the content
# review (chapters start on a new page). The range leaves room for edits but catches a
# print page that lost its chapters (far fewer pages) or prints one word per line (far more).
PAGES_MIN, PAGES_MAX = 35, 110


def flat(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def test_print_page_prints_to_pdf_with_every_chapter(new_page: NewPage, site_url: str) -> None:
    page, watch = new_page()
    page.goto(urljoin(site_url, PRINT_PAGE.lstrip("/")), wait_until="load")
    wait_for_diagrams(page)
    pdf = page.pdf(format="A4", print_background=False, margin={"top": "15mm", "bottom": "15mm"})
    (OUTPUT / "protocol.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    pages = [flat(p.extract_text() or "") for p in reader.pages]
    text = " ".join(pages)
    assert PAGES_MIN <= len(reader.pages) <= PAGES_MAX, f"{len(reader.pages)} pages"
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
    watch.assert_no_errors()
