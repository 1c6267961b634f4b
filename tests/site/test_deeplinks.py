"""Stable deep links for onboarding material: every URL in deeplinks.txt resolves in the
built site, and every anchor is a heading's."""

from __future__ import annotations

import pytest

from tests.sitepaths import HEADINGS, URL_MAP, html_file, redirect_target, resolve, site_url, soup
from tests.unit.test_deeplinks import deeplinks, redirects


@pytest.mark.parametrize("link", deeplinks())
def test_deep_link_exists(link: str) -> None:
    """The URL is a page, or the redirect of a renamed page (mkdocs.yml) to a page that
    has the anchor (the redirect page takes the anchor along); the anchor is a heading's."""
    url, _, anchor = link.partition("#")
    assert html_file(url).is_file(), f"{url} is missing"
    page, _, _ = resolve(url).partition("#")
    if anchor:
        element = soup(page).find(id=anchor)
        assert element is not None, f"{link}: {page} has no anchor #{anchor}"
        assert element.name in HEADINGS, f"{link}: #{anchor} is on a <{element.name}>, not a heading"


@pytest.mark.parametrize(("old", "new"), redirects())
def test_old_url_redirects(old: str, new: str) -> None:
    """A Dutch redirect page, straight to a page (a redirect to a redirect is not written)."""
    page = soup(old)
    href = page.select_one("link[rel=canonical]")["href"]
    refresh = page.select_one('meta[http-equiv="refresh"]')
    assert refresh is not None and refresh["content"] == f"0; url={href}"
    assert href.startswith("../") and site_url(old, href) == new
    assert redirect_target(new) is None, f"{old} redirects to {new}, which is itself a redirect"
    assert page.html["lang"] == "nl" and "verhuisd" in page.get_text()


def test_every_heading_has_a_permalink() -> None:
    for url in URL_MAP:
        page = resolve(url)
        assert soup(page).select("article h1"), f"{url}: no page"
        for heading in soup(page).select("article h2[id], article h3[id]"):
            link = heading.select_one("a.headerlink")
            assert link is not None and link["href"] == f"#{heading['id']}", f"{url}: {heading}"
