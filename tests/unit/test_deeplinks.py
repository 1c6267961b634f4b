"""deeplinks.txt, the stable deep links for onboarding material: it covers the URL map (and the footer's pages),
and the known redirects of renamed pages are configured."""

from __future__ import annotations

from scripts.deeplinks import read_deeplinks
from scripts.urls import page_url
from tests.sitepaths import FOOTER_PAGES, ROOT, URL_MAP, mkdocs_config


def deeplinks() -> list[str]:
    return [link.url for link in read_deeplinks(ROOT)]


def test_list_covers_the_url_map() -> None:
    listed = {link.split("#")[0] for link in deeplinks()}
    assert set(URL_MAP) | set(FOOTER_PAGES) <= listed
    assert sum("#" in link for link in deeplinks()) >= 50


def redirects() -> list[tuple[str, str]]:
    """(old URL, new URL) of every redirect in mkdocs.yml."""
    maps = mkdocs_config()["plugins"]["redirects"]["redirect_maps"]
    return [(page_url(old), page_url(new)) for old, new in maps.items()]


def test_the_known_redirects_are_configured() -> None:
    assert {old for old, _ in redirects()} >= {"/advies-vragen/", "/bijlage-afwegingskader/"}
