"""The pages a reader checks the site with, as built: /toegankelijkheid/ with its facts
from the build (the browser layer proves them against the axe run, test_axe.py),
/privacy/, and where both are linked (the footer, not the menu or /print/)."""

from __future__ import annotations

import datetime as dt
import re

from scripts.accessibility import AXE_TAGS, WCAG_LEVEL, WCAG_VERSION, installed_axe_version, levels_text
from scripts.settings import dutch_date
from tests.site.test_content import assert_af_phone, section, section_text
from tests.sitepaths import FOOTER_PAGES, PRINT_PAGE, content_pages, html_file, link_target, nav_urls, settings, soup

STATEMENT = "/toegankelijkheid/"
PRIVACY = "/privacy/"


def test_the_statement_lists_every_built_page() -> None:
    page = soup(STATEMENT)
    listed = [code.get_text() for code in page.select("details li code")]
    assert listed == sorted(content_pages())
    assert int(page.select_one("#toets-aantal").get_text()) == len(listed)
    targets = [link_target(STATEMENT, a["href"]) for a in page.select("details li a[href]")]
    assert targets == listed, "each entry links to its page"
    assert f"Deze {len(listed)} pagina's zijn getest" in page.select_one("details summary").get_text()


def test_the_statement_names_the_level_and_the_installed_axe_core() -> None:
    page = soup(STATEMENT)
    norm = page.select_one("#toets-norm")
    assert norm.get_text() == f"WCAG {WCAG_VERSION}, niveau {levels_text(WCAG_LEVEL)}"
    assert tuple(norm["data-axe-tags"].split()) == AXE_TAGS
    assert page.select_one("#toets-axe").get_text() == installed_axe_version()


def test_the_statement_is_dated_the_day_of_the_build() -> None:
    day = soup(STATEMENT).select_one("time#toets-datum")
    assert day is not None
    built = dt.datetime.fromtimestamp(html_file(STATEMENT).stat().st_mtime).date()
    assert dt.date.fromisoformat(day["datetime"]) == built
    assert day.get_text() == dutch_date(built)


def test_the_statement_follows_the_dutch_model() -> None:
    """Status (no A or B claimed without an audit), scope, what, how and when it was
    tested, the known exceptions and whom to tell."""
    page = soup(STATEMENT)
    for anchor in ("status", "paginas", "getest", "hoe", "wanneer", "uitzonderingen", "contact"):
        assert page.find(id=anchor) is not None, f"{STATEMENT}: no #{anchor}"
    status = section_text(STATEMENT, "status")
    assert re.search(r"methode WCAG\s?-EM", status) and "geen status A of B" in status and "57 procent" in status
    exceptions = section_text(STATEMENT, "uitzonderingen")
    for known in ("stroomschema", "schermlezer", "JavaScript", "Firefox", "foutpagina"):
        assert known in exceptions, f"{STATEMENT}#uitzonderingen: nothing on {known}"
    contact = section(STATEMENT, "contact")
    assert settings().aandachtsfunctionaris.naam in section_text(STATEMENT, "contact")
    assert contact.select_one(f'a[href="mailto:{settings().aandachtsfunctionaris.email}"]') is not None
    assert_af_phone(contact, f"{STATEMENT}#contact")


def test_the_privacy_page_names_whom_to_ask() -> None:
    text = section_text(PRIVACY, "vragen")
    assert settings().aandachtsfunctionaris.naam in text
    assert soup(PRIVACY).select_one(f'a[href="mailto:{settings().aandachtsfunctionaris.email}"]') is not None
    assert "cookies" in section_text(PRIVACY, "opslag")


def test_the_footer_pages_are_neither_in_the_menu_nor_printed() -> None:
    assert not set(FOOTER_PAGES) & set(nav_urls())
    printed = soup(PRINT_PAGE).get_text()
    for url in FOOTER_PAGES:
        title = soup(url).select_one("article h1").get_text().replace("¶", "").strip()
        assert title not in printed, f"{url} is on {PRINT_PAGE}"
        assert url in content_pages()
