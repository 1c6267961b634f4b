"""/print/: the whole protocol on one page, in reading order, with diagrams and text alternatives."""

from __future__ import annotations

import re

from scripts.national import ALARM, VEILIG_THUIS
from tests.sitepaths import PRINT_PAGE, ROOT, SITE, URL_MAP, chapter_titles, heading_text, nav_urls, resolve, soup


def test_print_page_has_every_chapter_in_reading_order() -> None:
    # Every chapter is a page of the URL map (a renamed page through its old URL's redirect).
    assert set(nav_urls()) == {resolve(url) for url in URL_MAP}
    page = soup(PRINT_PAGE)
    sections = page.select("article section.print-page[id]")
    titles = [heading_text(s.select_one("h1")) for s in sections]
    assert titles == chapter_titles()


def test_print_page_keeps_diagrams_text_alternatives_and_phone_numbers() -> None:
    page = soup(PRINT_PAGE)
    # The same drawn diagrams as /stroomschema/: printing needs no JavaScript.
    assert len(page.select("figure.stroomschema svg a[href]")) == len(soup("/stroomschema/").select("figure.stroomschema svg a[href]")) > 0
    assert not page.select("pre.mermaid") and "mermaid" not in " ".join(s["src"] for s in page.select("script[src]"))
    assert len(page.select("div.tekstalternatief")) == 2
    hrefs = {a["href"] for a in page.select("a[href^='tel:']")}
    assert {ALARM.href, VEILIG_THUIS.href} <= hrefs
    assert page.select_one("#noodlijn") is not None


def test_print_stylesheet_hides_navigation_and_breaks_before_chapters() -> None:
    css = (ROOT / "docs/assets/stylesheets/print.css").read_text(encoding="utf-8")
    assert "@media print" in css
    rules = re.sub(r"\s+", " ", css)
    for selector in (".md-header", ".md-sidebar", ".md-search", ".md-footer"):
        assert selector in rules
    assert "break-before: page" in rules
    assert "print.css" in str(soup("/").select("link[rel=stylesheet]"))
    assert (SITE / "assets/stylesheets/print.css").is_file()


def test_every_link_within_the_print_page_finds_its_target() -> None:
    """The print plugin makes links to printed pages links within /print/: each one has its
    id there (a diagram's steps too), and a page that is not printed keeps its address."""
    page = soup(PRINT_PAGE)
    ids = {tag["id"] for tag in page.find_all(id=True)}
    inside = [a["href"] for a in page.select('a[href^="#"]')]
    assert len(inside) > 100
    assert not [href for href in inside if href[1:] not in ids]
    hrefs = {a["href"] for a in page.select("article a[href]")}
    assert any(href.rstrip("/").endswith("zakkaart") or "zakkaart." in href for href in hrefs)
