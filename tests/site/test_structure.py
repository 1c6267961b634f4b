"""The URL map of the README exists; every page is Dutch, titled and carries the emergency line
and the footer (version with its date, links to the changes, accessibility and privacy)."""

from __future__ import annotations

import pytest

from scripts.national import ALARM, VEILIG_THUIS
from scripts.settings import dutch_date
from tests.sitepaths import PRINT_PAGE, SITE, content_pages, html_file, link_target, settings, soup


@pytest.mark.parametrize("url", content_pages())
def test_page_is_dutch_with_one_title(url: str) -> None:
    page = soup(url)
    assert page.html is not None and page.html.get("lang") == "nl"
    if url != PRINT_PAGE:  # the print page has one h1 per chapter (tests/site/test_print.py)
        assert len(page.select("article h1")) == 1, f"{url}: expected exactly one h1"
    assert page.title is not None and page.title.get_text(strip=True)


@pytest.mark.parametrize("url", content_pages())
def test_emergency_line_and_footer_on_every_page(url: str) -> None:
    page = soup(url)
    line = page.select_one(".md-banner #noodlijn")
    assert line is not None, f"{url}: no emergency line"
    hrefs = [a["href"] for a in line.select("a")]
    assert hrefs == [ALARM.href, VEILIG_THUIS.href]
    text = " ".join(line.get_text(" ").split())
    assert f"Direct gevaar? Bel {ALARM.display}" in text
    assert f"{VEILIG_THUIS.display} (gratis, dag en nacht)" in text
    s = settings()
    notice = page.select_one(".md-banner #voorbeeldversie")
    examples = s.example_labels
    if examples:
        assert notice is not None, f"{url}: example values, but no Voorbeeldversie notice"
        text = " ".join(notice.get_text(" ").split())
        assert text.startswith("Voorbeeldversie.") and all(e in text for e in examples), text
    else:
        assert notice is None, f"{url}: a Voorbeeldversie notice without example values"
    footer = " ".join(page.select_one(".protocol-voet").get_text(" ").split())
    entry = s.huidige_wijziging
    version = f"{s.versie} van {dutch_date(entry.datum)}" if entry else s.versie
    assert footer == (
        f"{s.organisatie} · Protocol versie {version} · vastgesteld op {dutch_date(s.vastgesteld_op)} · "
        f"herzien op {dutch_date(s.herzien_op)} · volgende herziening {dutch_date(s.volgende_herziening)}"
    )
    links = {a.get_text(strip=True): link_target(url, a["href"]) for a in page.select(".protocol-voetlinks a[href]")}
    assert links == {"Wat is er veranderd?": "/over/#wijzigingen", "Toegankelijkheid": "/toegankelijkheid/",
                     "Privacy": "/privacy/"}, f"{url}: footer links {links}"


def test_no_generator_link_and_search_is_dutch() -> None:
    home = html_file("/").read_text(encoding="utf-8")
    assert "Made with" not in home and "squidfunk" not in home
    config = soup("/").select_one("#__config")
    assert config is not None
    assert (SITE / "assets/javascripts/lunr/min/lunr.nl.min.js").is_file()
    assert '"nl"' in (SITE / "search/search_index.json").read_text(encoding="utf-8")[:200]
