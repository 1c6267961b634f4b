"""BEHEER.md against the built site: the pages and sections that the guide and its
example flow link to exist."""

from __future__ import annotations

import re

from scripts.flows.model import raise_all
from scripts.flows.validate import link_problems
from scripts.urls import page_url
from tests.sitepaths import ROOT, html_file, mkdocs_config, resolve, soup
from tests.unit.test_beheer import GUIDE, edited_flow, new_nodes


def site_anchors(page: str) -> set[str] | None:
    url = page_url(page)
    if not html_file(url).is_file():
        return None
    return {tag["id"] for tag in soup(url).find_all(id=True)}


def test_example_links_exist_in_built_site() -> None:
    for node in new_nodes():
        page, anchor = node["link"].split("#")
        url = page_url(page)
        assert html_file(url).is_file(), f"{node['id']}: {url} is not in the built site"
        assert soup(url).find(id=anchor) is not None, f"{node['id']}: {url}#{anchor} does not exist"
    raise_all(link_problems(edited_flow(), site_anchors))


def test_page_links_named_in_the_guide_exist() -> None:
    """Every `page.md#anchor` of a real page in the guide (MkDocs' own messages excepted).
    The old name of a renamed page (mkdocs.yml, redirect_maps) counts as real: its anchor
    must be on the page the old URL redirects to."""
    text = GUIDE.split("### Meldingen van MkDocs zelf")[0]
    found = set(re.findall(r"(?<![\w./-])([a-z0-9-]+(?:/[a-z0-9-]+)*\.md)#([a-z0-9-]+)", text))
    renamed = mkdocs_config()["plugins"]["redirects"]["redirect_maps"]
    checked = 0
    for page, anchor in sorted(found):
        if (ROOT / "docs" / page).is_file():
            anchors = site_anchors(page)
        elif page in renamed:
            target = resolve(page_url(page)).partition("#")[0]
            anchors = {tag["id"] for tag in soup(target).find_all(id=True)}
        else:
            continue  # a made-up name such as pagina.md#anker
        assert anchors is not None and anchor in anchors, f"BEHEER.md: {page}#{anchor} does not exist"
        checked += 1
    assert checked >= 5
