"""Search keywords in the built site: in the search index only, never on a page or on
/print/."""

from __future__ import annotations

import json

from scripts.urls import page_url
from tests.sitepaths import PRINT_PAGE, SITE, content_pages, html_file
from tests.unit.test_keywords import front_matter_keywords


def test_keywords_reach_the_search_index() -> None:
    index = json.loads((SITE / "search" / "search_index.json").read_text(encoding="utf-8"))
    tags: dict[str, set[str]] = {}
    for doc in index["docs"]:
        tags.setdefault(doc["location"].split("#")[0], set()).update(doc.get("tags", []))
    for src, words in front_matter_keywords().items():
        location = page_url(src).lstrip("/")  # the search index's locations have no leading /
        assert set(words) <= tags.get(location, set()), f"{src}: zoekwoorden missing from the search index"


def test_keywords_are_not_shown_on_any_page() -> None:
    """Material shows tags only with its tags plugin (not used); print-site prints a
    page's tags, so the hook takes them off again once the page is indexed."""
    for url in [*content_pages(), PRINT_PAGE]:
        html = html_file(url).read_text(encoding="utf-8")
        assert "md-tags" not in html, f"{url}: keywords shown as tags"
