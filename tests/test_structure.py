"""The URL map of DESIGN.md exists; every page is Dutch, titled and carries the emergency line."""

from __future__ import annotations

import pytest

from tests.sitepaths import PRINT_PAGE, SITE, URL_MAP, content_pages, html_file, soup


@pytest.mark.parametrize("url", URL_MAP)
def test_url_map_page_exists(url: str) -> None:
    assert html_file(url).is_file(), f"{url} is missing from the built site"


@pytest.mark.parametrize("url", content_pages())
def test_page_is_dutch_with_one_title(url: str) -> None:
    page = soup(url)
    assert page.html is not None and page.html.get("lang") == "nl"
    if url != PRINT_PAGE:  # the print page has one h1 per chapter (tests/test_print.py)
        assert len(page.select("article h1")) == 1, f"{url}: expected exactly one h1"
    assert page.title is not None and page.title.get_text(strip=True)


@pytest.mark.parametrize("url", content_pages())
def test_emergency_line_and_footer_on_every_page(url: str) -> None:
    page = soup(url)
    line = page.select_one(".md-banner #noodlijn")
    assert line is not None, f"{url}: no emergency line"
    hrefs = [a["href"] for a in line.select("a")]
    assert hrefs == ["tel:112", "tel:08002000"]
    text = " ".join(line.get_text(" ").split())
    assert "Acuut gevaar? Bel 112" in text and "0800-2000 (gratis, dag en nacht)" in text
    footer = " ".join(page.select_one(".protocol-voet").get_text(" ").split())
    assert footer == (
        "Onze organisatie · Protocol versie 1.0 · vastgesteld op 30 november 2026 · "
        "herzien op 30 november 2026 · volgende herziening 30 november 2027"
    )


def test_no_generator_link_and_search_is_dutch() -> None:
    home = html_file("/").read_text(encoding="utf-8")
    assert "Made with" not in home and "squidfunk" not in home
    config = soup("/").select_one("#__config")
    assert config is not None
    assert (SITE / "assets/javascripts/lunr/min/lunr.nl.min.js").is_file()
    assert '"nl"' in (SITE / "search/search_index.json").read_text(encoding="utf-8")[:200]
