"""axe-core finds no WCAG 2.1 A/AA violations on the pages of the URL map and on
beslishulp question and outcome pages, in light and in dark mode."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

from tests.browser.helpers import STROOMSCHEMA, PageWatch, open_stroomschema
from tests.sitepaths import PRINT_PAGE, URL_MAP

BESLISHULP_PAGES = (
    "/beslishulp/afwegingskader/vraag-2/",  # a question (with "Uw antwoorden tot nu toe")
    "/beslishulp/afwegingskader/hulp-bieden/",  # an action ("Verder")
    "/beslishulp/afwegingskader/hulp-afsluiten/",  # an outcome
    "/beslishulp/route-bij-zorgen/bel-112/",  # an outcome with phone links
)
# Outside the menu (the URL map is the menu): /print/ (the whole protocol and its cover), the zakkaart.
OTHER_PAGES = (PRINT_PAGE, "/zakkaart/")
PAGES = (*URL_MAP, *BESLISHULP_PAGES, *OTHER_PAGES)
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PALETTE = {"light": "default", "dark": "slate"}

AXE = Axe()


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def scheme_pages(browser: Browser) -> Iterator[dict[str, tuple[Page, PageWatch]]]:
    """One page per colour scheme, reused for every URL (cheap: only navigations).

    Separate contexts: the theme stores the palette it first used in localStorage.
    """
    contexts = []
    pages = {}
    for scheme in PALETTE:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.emulate_media(color_scheme=scheme)  # the palette follows prefers-color-scheme
        pages[scheme] = (page, PageWatch(page))
    yield pages
    for context in contexts:
        context.close()


@pytest.mark.parametrize("scheme", list(PALETTE))
@pytest.mark.parametrize("url", PAGES)
def test_no_wcag_violations(
    scheme_pages: dict[str, tuple[Page, PageWatch]], site_url: str, url: str, scheme: str
) -> None:
    page, watch = scheme_pages[scheme]
    watch.reset()
    if url == STROOMSCHEMA:
        open_stroomschema(page, site_url)
    else:
        page.goto(urljoin(site_url, url.lstrip("/")))
    assert page.evaluate("document.body.dataset.mdColorScheme") == PALETTE[scheme]
    options = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}
    results = AXE.run(page, options=options)
    violations = results.response["violations"]
    assert not violations, f"{url} ({scheme}):\n{describe(violations)}"
    assert results.response["passes"], "axe checked nothing"
    watch.assert_no_errors()
