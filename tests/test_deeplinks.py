"""Stable deep links for onboarding material: every URL in deeplinks.txt resolves."""

from __future__ import annotations

import pytest

from tests.sitepaths import ROOT, URL_MAP, html_file, soup


def deeplinks() -> list[str]:
    lines = (ROOT / "deeplinks.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_list_covers_the_url_map() -> None:
    listed = {link.split("#")[0] for link in deeplinks()}
    assert set(URL_MAP) <= listed
    assert sum("#" in link for link in deeplinks()) >= 50


@pytest.mark.parametrize("link", deeplinks())
def test_deep_link_exists(link: str) -> None:
    url, _, anchor = link.partition("#")
    assert html_file(url).is_file(), f"{url} is missing"
    if anchor:
        assert soup(url).find(id=anchor) is not None, f"{url} has no anchor #{anchor}"


@pytest.mark.parametrize(("old", "new"), [("/advies-vragen/", "../vermoedens/"),
                                          ("/bijlage-afwegingskader/", "../afwegingskader/")])
def test_old_url_redirects(old: str, new: str) -> None:
    page = soup(old)
    refresh = page.select_one('meta[http-equiv="refresh"]')
    assert refresh is not None and refresh["content"].endswith(f"url={new}")
    assert page.select_one("link[rel=canonical]")["href"] == new
    assert page.html["lang"] == "nl" and "verhuisd" in page.get_text()


def test_every_heading_has_a_permalink() -> None:
    for url in URL_MAP:
        for heading in soup(url).select("article h2[id], article h3[id]"):
            link = heading.select_one("a.headerlink")
            assert link is not None and link["href"] == f"#{heading['id']}", f"{url}: {heading}"
