"""What /privacy/ says is what a reader's browser does: on every built page no cookie is
set, and the keys the site writes to localStorage and sessionStorage (colour toggle,
search and a beslishulp answer included) are exactly the ones the page lists; nothing
else is stored (no IndexedDB, no cache, no service worker). The pages come from the one
crawl (tests/browser/crawl.py); the clicks from a reader of their own here."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.browser import crawl
from tests.browser.crawl import held
from tests.browser.helpers import switch_color_scheme
from tests.sitepaths import SITE, content_pages, soup

PRIVACY = "/privacy/"
STORAGES = ("localStorage", "sessionStorage")
PAGES = tuple(content_pages()) if SITE.is_dir() else ()

@dataclass
class Visit:
    """What one context holds after the pages and clicks so far."""

    cookies: dict[str, list[str]] = field(default_factory=dict)  # page -> cookies seen there
    keys_after_first_page: set[tuple[str, str]] = field(default_factory=set)
    keys: set[tuple[str, str]] = field(default_factory=set)  # (storage, key without the scope)
    other: list[str] = field(default_factory=list)  # IndexedDB, caches, service workers
    search_address: str = ""


def listed_keys() -> set[tuple[str, str]]:
    """(storage, key) of every row of the table under "Wat bewaart uw browser?"."""
    section = soup(PRIVACY).find(id="opslag")
    assert section is not None, f"{PRIVACY}: no #opslag"
    table = section.find_next("table")
    assert table is not None, f"{PRIVACY}#opslag: no table"
    rows = set()
    for row in table.select("tbody tr"):
        codes = [code.get_text() for code in row.select("td code")]
        assert len(codes) == 2 and codes[0] in STORAGES, f"{PRIVACY}#opslag: row {codes}"
        rows.add((codes[0], codes[1]))
    return rows


def _record(state: dict[str, Any], cookies: list[str], scope: str, visit: Visit, url: str) -> set[tuple[str, str]]:
    """What the browser held for the site after `url` (READ_STORAGE, and the cookies)."""
    visit.cookies[url] = cookies + ([state["cookie"]] if state["cookie"] else [])
    visit.other += [f"{url}: IndexedDB {name}" for name in state["databases"]]
    visit.other += [f"{url}: cache {name}" for name in state["caches"]]
    visit.other += [f"{url}: {state['workers']} service worker(s)"] if state["workers"] else []
    keys = set()
    for storage, names in state["keys"].items():
        for name in names:
            assert name.startswith(scope), f"{url}: {storage} key {name!r} outside the site's scope {scope!r}"
            keys.add((storage, name.removeprefix(scope)))
    visit.keys |= keys
    return keys


def _record_page(page: Page, scope: str, visit: Visit, url: str) -> None:
    _record(*held(page), scope, visit, url)


@pytest.fixture(scope="module")
def visit(browser: Browser, site_url: str, visits: dict[str, crawl.Visit]) -> Iterator[Visit]:
    """Every built page as the crawl left it (the first page alone first), then one reader
    in a fresh browser: the colour toggle, a search with a click on a result, and an answer
    in a beslishulp."""
    result = Visit()
    for number, (url, seen) in enumerate(visits.items()):
        # Material's __md_scope is the site's root, where the crawl found it.
        keys = _record(seen.storage, seen.cookies, urlsplit(seen.base).path + ".", result, url)
        if number == 0:
            result.keys_after_first_page = keys
    scope = urlsplit(site_url).path + "."
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        page.goto(site_url)
        switch_color_scheme(page)
        _record_page(page, scope, result, "/ (colour toggle)")
        page.get_by_role("textbox", name="Zoeken").click()
        page.keyboard.type("melden", delay=20)
        page.locator(".md-search-result a.md-search-result__link").first.click()
        page.wait_for_load_state("load")
        result.search_address = page.url
        _record_page(page, scope, result, f"{urlsplit(page.url).path} (search result)")
        page.goto(urljoin(site_url, "beslishulp/afwegingskader/vraag-1/"))
        page.get_by_role("link", name="Ja", exact=True).click()
        page.wait_for_load_state("load")
        _record_page(page, scope, result, f"{urlsplit(page.url).path} (beslishulp answer)")
        yield result
    finally:
        context.close()


def test_every_built_page_is_visited(visit: Visit) -> None:
    assert len(PAGES) > 20 and set(PAGES) <= set(visit.cookies)
    assert "/print/" in visit.cookies and any(url.startswith("/beslishulp/") for url in visit.cookies)


def test_no_page_sets_a_cookie(visit: Visit) -> None:
    with_cookies = {url: cookies for url, cookies in visit.cookies.items() if cookies}
    assert not with_cookies, f"cookies: {with_cookies}"


def test_the_site_stores_exactly_what_the_privacy_page_lists(visit: Visit) -> None:
    listed = listed_keys()
    assert listed, f"{PRIVACY}: lists no key"
    assert visit.keys == listed, f"the site stores {sorted(visit.keys)}, {PRIVACY} lists {sorted(listed)}"
    # "De browser bewaart dit al op de eerste pagina die u opent."
    assert visit.keys_after_first_page == {key for key in listed if key[0] == "localStorage"}
    assert not visit.other, visit.other


def test_a_search_result_carries_the_search_word_as_the_page_says(visit: Visit) -> None:
    """/privacy/#webserver: the word is in the address of the result (after ?h=)."""
    assert "?h=melden" in visit.search_address, visit.search_address
    assert "?h=" in soup(PRIVACY).find(id="webserver").find_next("ul").get_text()
