"""Dutch search works offline: the index, worker and Dutch stemmer all come from the site."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page

from tests.browser.helpers import NewPage

pytestmark = pytest.mark.browser

SEARCH_TIMEOUT_MS = 10_000
TOP = 5

# query -> (pages of which at least one must be among the first TOP result pages, anchor or None)
EXPECTED = {
    "melden": ({"/melden/", "/anoniem-melden/"}, None),
    "vertrouwensarts": ({"/vermoedens/"}, "vertrouwensarts"),
    "huisverbod": ({"/melden/"}, None),
}


def search(page: Page, query: str) -> list[str]:
    """Type `query` in the search box as a reader does; the result links, in order."""
    page.get_by_role("textbox", name="Zoeken").click()
    page.keyboard.type(query, delay=20)
    # Bounded wait until the results are those of the whole query (links carry ?h=query).
    page.wait_for_function(
        """(query) => [...document.querySelectorAll('.md-search-result a.md-search-result__link')]
                .some(a => new URL(a.href).searchParams.get('h') === query)""",
        arg=query,
        timeout=SEARCH_TIMEOUT_MS,
    )
    return page.locator(".md-search-result a.md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)"
    )


def top_pages(hrefs: list[str], count: int) -> list[str]:
    """The first `count` distinct pages (URL paths) among the result links."""
    pages: list[str] = []
    for href in hrefs:
        path = urlsplit(href).path
        if path not in pages:
            pages.append(path)
    return pages[:count]


@pytest.mark.parametrize("query", list(EXPECTED))
def test_search_finds_the_right_pages(new_page: NewPage, site_url: str, query: str) -> None:
    page, watch = new_page()
    page.goto(urljoin(site_url, "over/"))
    hrefs = search(page, query)
    expected_pages, anchor = EXPECTED[query]
    top = top_pages(hrefs, TOP)
    assert expected_pages & set(top), f"{query!r}: none of {sorted(expected_pages)} in the top {TOP}: {top}"
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
