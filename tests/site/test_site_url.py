"""The site's own address (`website` in organisatie.yml, MkDocs' site_url): with it the
404 page links within the site's folder wherever it is served, and the sitemap lists
every page; without it the 404 page works at the host's root only (BEHEER.md says so).
Both organisations of CI cover one case each."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.sitepaths import SITE, content_pages, nav_urls, settings

WEBSITE = settings().website
ROOT_LINK = re.compile(r'(?:href|src)="(/[^"]*)"')


def test_the_404_page_links_only_inside_the_site() -> None:
    html = (SITE / "404.html").read_text(encoding="utf-8")
    prefix = urlsplit(WEBSITE).path if WEBSITE else "/"
    links = ROOT_LINK.findall(html)
    assert len(links) >= 20  # the theme's files and the menu
    for link in links:
        assert link.startswith(prefix), f"404.html links {link} outside {prefix}"
        path = link[len(prefix):].split("#")[0]
        target = SITE / path
        assert (target / "index.html" if path.endswith("/") or path in ("", ".") else target).is_file(), link
    assert f'"base": "{prefix}"' in html
    assert "<h1 id=\"pagina-niet-gevonden\">Deze pagina bestaat niet</h1>" in html  # not the theme's English
    assert re.search(rf'<a href="{re.escape(prefix)}\.?">Ga naar de startpagina</a>', html)


@pytest.mark.skipif(WEBSITE is None, reason="no website in organisatie.yml: MkDocs writes an empty sitemap")
def test_the_sitemap_lists_every_page_at_its_full_address() -> None:
    sitemap = (SITE / "sitemap.xml").read_text(encoding="utf-8")
    locations = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    assert {f"{WEBSITE}{url.lstrip('/')}" for url in nav_urls()} <= locations
    assert all(location.startswith(WEBSITE) for location in locations)
    pages = {f"{WEBSITE}{url.lstrip('/')}" for url in content_pages()}
    assert locations <= pages, f"not a page: {sorted(locations - pages)[:3]}"


@pytest.mark.skipif(WEBSITE is not None, reason="the organisation has a website")
def test_without_a_website_the_sitemap_names_no_address() -> None:
    assert "<loc>" not in (SITE / "sitemap.xml").read_text(encoding="utf-8")
