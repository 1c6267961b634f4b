"""Dutch search works offline: the index, worker and Dutch stemmer all come from the site."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.helpers import NewPage, PageWatch

SEARCH_TIMEOUT_MS = 10_000
TOP = 3

# What a worried staff member types, in everyday words, synonyms and common misspellings
# (before the pages had keywords, 11 of 22 such queries found nothing). The words that are not on the
# page itself come from the page's front matter (`zoekwoorden`, see BEHEER.md), never
# from text stuffed into the page.
# query -> (pages of which at least one must be among the first TOP result pages, anchor or None)
EXPECTED = {
    # protocol terms
    "melden": ({"/melden/"}, None),
    "vertrouwensarts": ({"/vermoedens/"}, "vertrouwensarts"),
    "huisverbod": ({"/melden/"}, None),
    "anoniem": ({"/anoniem-melden/"}, None),
    "beroepsgeheim": ({"/meldrecht/"}, None),
    "kindcheck": ({"/volwassenen/", "/signalen/"}, None),
    "loverboy": ({"/bijzondere-vormen/"}, None),
    "eerwraak": ({"/bijzondere-vormen/"}, None),
    "vertrouwensinspecteur": ({"/collega/"}, None),
    # everyday words and synonyms
    "blauwe plekken": ({"/signalen/"}, None),
    "slaan": ({"/signalen/"}, None),
    "geslagen": ({"/signalen/"}, None),
    "verwaarloosd": ({"/signalen/"}, None),
    "ouderen": ({"/volwassenen/"}, None),
    "partner": ({"/volwassenen/"}, None),
    "man slaat vrouw": ({"/volwassenen/"}, None),
    "mantelzorger": ({"/volwassenen/"}, None),
    "geheim": ({"/iemand-vertelt/", "/meldrecht/"}, None),
    "kind vertelt": ({"/iemand-vertelt/"}, None),
    "in vertrouwen": ({"/iemand-vertelt/"}, None),
    "wat moet ik zeggen": ({"/iemand-vertelt/"}, None),
    "toestemming": ({"/meldrecht/"}, None),
    "zwijgplicht": ({"/meldrecht/"}, None),
    "besnijdenis": ({"/bijzondere-vormen/"}, None),
    "uithuwelijken": ({"/bijzondere-vormen/"}, None),
    "oudergesprek": ({"/gesprek/"}, None),
    "ouders aanspreken": ({"/gesprek/"}, None),
    "verslag": ({"/vastleggen/"}, None),
    "aantekeningen": ({"/vastleggen/"}, None),
    "aanspreekpunt meldcode": ({"/aandachtsfunctionaris/"}, None),
    "collega misbruik": ({"/collega/"}, None),
    "meldplicht school": ({"/collega/"}, None),
    "niets gehoord": ({"/terugkoppeling/"}, None),
    "twijfel": ({"/vermoedens/"}, None),
    "telefoonnummer": ({"/contact/"}, None),
    "kindertelefoon": ({"/contact/", "/iemand-vertelt/"}, None),
    # the footer's pages: found by title and keywords (their sections are not indexed)
    "cookies": ({"/privacy/"}, None),
    "schermlezer": ({"/toegankelijkheid/"}, None),
    # common misspellings
    "kindermishandling": ({"/signalen/"}, None),
    "dosier": ({"/vastleggen/"}, None),
    "gespek": ({"/gesprek/"}, None),
    "aandachtfunctionaris": ({"/aandachtsfunctionaris/"}, None),
    "colega": ({"/collega/"}, None),
    "volwasene": ({"/volwassenen/"}, None),
    "besnijdnis": ({"/bijzondere-vormen/"}, None),
    # Review 2026-12-07, E: role names staff use for themselves and colleagues
    "intern begeleider": ({"/aandachtsfunctionaris/"}, None),
    "zorgcoordinator": ({"/aandachtsfunctionaris/"}, None),
    "pedagogisch medewerker": ({"/collega/"}, None),
    "stagiair": ({"/collega/"}, None),
    "vrijwilliger": ({"/collega/"}, None),
    "gastouder": ({"/collega/"}, None),
    "mentor": ({"/collega/"}, None),
    # everyday phrasings of the situation
    "kind wil niet naar huis": ({"/naar-huis/"}, None),
    "vader dronken": ({"/naar-huis/"}, None),
    "ouder onder invloed": ({"/naar-huis/"}, None),
    "leerkracht slaat kind": ({"/collega/"}, None),
    "naaktfoto": ({"/bijzondere-vormen/"}, "online-misbruik"),
    "chantage": ({"/bijzondere-vormen/"}, None),
    "verkracht": ({"/bijzondere-vormen/"}, "net-gebeurd"),
    "ex stalkt": ({"/volwassenen/"}, None),
    "scheiden": ({"/volwassenen/"}, None),
    "zwanger": ({"/volwassenen/"}, None),
    "zelfmoord": ({"/volwassenen/", "/contact/"}, None),
    "politie geen spoed": ({"/contact/"}, None),
    # misspellings
    "stagaire": ({"/collega/"}, None),
    "dronke": ({"/naar-huis/"}, None),
    "loverbooy": ({"/bijzondere-vormen/"}, None),
    "ouderemishandeling": ({"/volwassenen/"}, None),
    "telefoonummer": ({"/contact/"}, None),
    # medical and legal terms
    "münchhausen": ({"/bijzondere-vormen/"}, None),
    "shaken baby": ({"/signalen/"}, None),
    "ondertoezichtstelling": ({"/melden/"}, None),
    "uithuisplaatsing": ({"/melden/"}, None),
    "zedendelict": ({"/collega/", "/bijzondere-vormen/"}, None),
    "wilsonbekwaam": ({"/volwassenen/"}, None),
    "femicide": ({"/volwassenen/"}, None),
    # the new topics (section C)
    "centrum seksueel geweld": ({"/bijzondere-vormen/", "/contact/"}, None),
    "sexting": ({"/bijzondere-vormen/"}, None),
    "sextortion": ({"/bijzondere-vormen/"}, None),
    "grooming": ({"/bijzondere-vormen/"}, None),
    "helpwanted": ({"/contact/", "/bijzondere-vormen/"}, None),
    "radicalisering": ({"/bijzondere-vormen/"}, "radicalisering"),
    "ongeboren kind": ({"/volwassenen/"}, "ongeboren-kind"),
    "dwingende controle": ({"/volwassenen/"}, None),
    "slachtofferhulp": ({"/contact/"}, None),
    "nieuwe wet": ({"/collega/"}, None),
}
# Pages that only list other pages: an ordinary search never ranks them among the first.
LISTS = {"/links/"}


def search(page: Page, query: str) -> list[str]:
    """Enter `query` in the search box, ending with a key as a reader does; the result
    links, in order.

    The box is emptied first and the results must be gone before the new query is typed,
    so the links read are never those of an earlier query on the same page."""
    box = page.get_by_role("textbox", name="Zoeken")
    box.click()
    box.fill("")
    page.wait_for_function(
        "() => document.querySelectorAll('.md-search-result a.md-search-result__link').length === 0",
        timeout=SEARCH_TIMEOUT_MS,
    )
    # The theme searches on each key released: all but the last character go in at once,
    # the last is typed, so the search runs for the whole query (and not once per key).
    box.fill(query[:-1])
    page.keyboard.type(query[-1])
    # Bounded wait until the results are those of the whole query: result links carry the
    # query's words in ?h= (without stop words such as "wat", "ik"), so every word there is
    # a whole word of the query and the last word of the query is among them.
    page.wait_for_function(
        """(query) => {
            const words = query.split(/\\s+/);
            const last = words[words.length - 1];
            return [...document.querySelectorAll('.md-search-result a.md-search-result__link')].some(a => {
                const h = (new URL(a.href).searchParams.get('h') || '').split(/\\s+/).filter(Boolean);
                return h.length > 0 && h.every(w => words.includes(w)) && h.includes(last);
            });
        }""",
        arg=query,
        timeout=SEARCH_TIMEOUT_MS,
    )
    return page.locator(".md-search-result a.md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)"
    )


@pytest.fixture(scope="module")
def search_page(browser: Browser, site_url: str) -> Iterator[tuple[Page, PageWatch]]:
    """One page with the search index loaded, shared by the queries below: a reader who
    searches again types a new query in the same box. Errors fail the query that caused them."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.set_default_timeout(15_000)
    page = context.new_page()
    watch = PageWatch(page)
    page.goto(urljoin(site_url, "over/"))
    watch.assert_no_errors()
    yield page, watch
    context.close()


def top_pages(hrefs: list[str], count: int) -> list[str]:
    """The first `count` distinct pages (URL paths) among the result links."""
    pages: list[str] = []
    for href in hrefs:
        path = urlsplit(href).path
        if path not in pages:
            pages.append(path)
    return pages[:count]


@pytest.mark.parametrize("query", list(EXPECTED))
def test_search_finds_the_right_pages(search_page: tuple[Page, PageWatch], query: str) -> None:
    page, watch = search_page
    watch.errors.clear()  # only what this query causes counts against it
    hrefs = search(page, query)
    expected_pages, anchor = EXPECTED[query]
    top = top_pages(hrefs, TOP)
    assert expected_pages & set(top), f"{query!r}: none of {sorted(expected_pages)} in the top {TOP}: {top}"
    assert not LISTS & set(top), f"{query!r}: a list of links ranks in the top {TOP}: {top}"
    if anchor:
        fragments = {urlsplit(h).path + "#" + urlsplit(h).fragment for h in hrefs}
        assert any(f"{p}#{anchor}" in fragments for p in expected_pages), (
            f"{query!r}: no result links to #{anchor} on {sorted(expected_pages)}"
        )
    assert all(urlsplit(h).hostname == "127.0.0.1" for h in hrefs)
    watch.assert_no_errors()


def test_search_result_opens_the_page(new_page: NewPage, site_url: str) -> None:
    page, watch = new_page()
    page.goto(site_url)
    search(page, "huisverbod")
    link = page.locator(".md-search-result a.md-search-result__link[href*='/melden/']").first
    with page.expect_navigation():
        link.click()
    assert urlsplit(page.url).path == "/melden/"
    assert page.locator("article h1").first.is_visible()
    watch.assert_no_errors()
