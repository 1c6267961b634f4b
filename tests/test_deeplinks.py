"""Stable deep links for onboarding material: every URL in deeplinks.txt resolves."""

from __future__ import annotations

import pytest

from scripts.urls import page_url
from tests.sitepaths import HEADINGS, ROOT, URL_MAP, html_file, mkdocs_config, redirect_target, resolve, site_url, soup


def deeplinks() -> list[str]:
    lines = (ROOT / "deeplinks.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_list_covers_the_url_map() -> None:
    listed = {link.split("#")[0] for link in deeplinks()}
    assert set(URL_MAP) <= listed
    assert sum("#" in link for link in deeplinks()) >= 50


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


def redirects() -> list[tuple[str, str]]:
    """(old URL, new URL) of every redirect in mkdocs.yml."""
    maps = mkdocs_config()["plugins"]["redirects"]["redirect_maps"]
    return [(page_url(old), page_url(new)) for old, new in maps.items()]


def test_the_known_redirects_are_configured() -> None:
    assert {old for old, _ in redirects()} >= {"/advies-vragen/", "/bijlage-afwegingskader/"}


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
