"""The offline bundle of `make dist`, opened straight from disk (file://): navigation,
search, a diagram link and /print/ work, and nothing is fetched from anywhere else."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

from tests.browser.helpers import DevTools, NewPage, attrs, expected_diagrams, wait_for_diagrams
from tests.browser.test_search import search


def test_bundle_works_from_file_urls(new_page: NewPage, offline_bundle: Path) -> None:
    page, watch = new_page()
    start = (offline_bundle / "index.html").as_uri()
    page.goto(start, wait_until="load")
    assert page.locator("article h1").inner_text().startswith("Zorgen over een kind")

    # Navigation: a link opens the page from disk.
    page.locator("article a[href='melden.html']").first.click()
    page.wait_for_url("**/melden.html")
    assert page.locator("article h1").inner_text().startswith("Een melding doen")

    # Search works without a server.
    hrefs = search(page, "vertrouwensarts")
    assert any("/vermoedens.html" in href for href in hrefs[:5]), hrefs[:5]

    # A diagram node opens its section.
    page.goto((offline_bundle / "stroomschema.html").as_uri(), wait_until="load")
    wait_for_diagrams(page)
    tools = DevTools(page)
    drawn = tools.diagrams()[0]
    node = expected_diagrams()[0].nodes[1]
    link = drawn.link_for(node.node_id)
    target = urljoin(page.url, attrs(link)["href"])
    assert urlsplit(target).path.endswith(".html"), target  # file:// has no folder index
    x, y = tools.center(drawn.node_group(node.node_id))
    with page.expect_navigation():
        page.mouse.click(x, y)
    assert page.url == target
    assert page.evaluate("(id) => document.getElementById(id) !== null", urlsplit(target).fragment)

    # The whole protocol on one page: it loads its files from the bundle, not from the
    # disk's root (its base used to be "/"), and builds its table of contents.
    page.goto((offline_bundle / "print.html").as_uri(), wait_until="load")
    page.wait_for_function("() => document.querySelectorAll('#print-page-toc a').length > 0")
    root = offline_bundle.as_uri()
    assert not [url for url in watch.requests if url.startswith("file://") and not url.startswith(root)]

    # The diagrams were drawn when the site was built: no Mermaid, also from disk.
    assert not [url for url in watch.requests if "mermaid" in url]
    outside = [url for url in watch.requests if not url.startswith(("file://", "data:", "blob:"))]
    assert not outside, outside
