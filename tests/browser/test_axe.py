"""axe-core finds no violations of the WCAG level the site claims (scripts/accessibility.py:
2.1 A and AA) on every built page, in light and in dark mode; and the accessibility
statement (/toegankelijkheid/) says exactly what this test checks: the level, the pages
and the version of axe-core."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, Page

from scripts.accessibility import AXE_TAGS, WCAG_LEVEL, WCAG_VERSION, installed_axe_script, levels_text
from tests.browser.helpers import STROOMSCHEMA, PageWatch, open_stroomschema
from tests.sitepaths import SITE, content_pages, soup

# Every page of the site (the beslishulp's steps and /print/ included), as the
# statement promises; the 404 page is left out, and the statement says so.
PAGES = tuple(content_pages()) if SITE.is_dir() else ()
STATEMENT = "/toegankelijkheid/"
PALETTE = {"light": "default", "dark": "slate"}

# axe-core comes with every page the contexts open (an init script), so a test only runs it,
# on the whole page or without what `exclude` selects.
RUN_AXE = "([exclude, options]) => axe.run(exclude ? {exclude: [[exclude]]} : document, options)"
# The menu on the left (Material's primary sidebar) is the same component on every page,
# with all its links: axe checks it on the start page, and the rest of every other page.
MENU, WHOLE_PAGE = ".md-sidebar--primary", "/"


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
        context.add_init_script(path=installed_axe_script())
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
    results = page.evaluate(RUN_AXE, [None if url == WHOLE_PAGE else MENU, OPTIONS])
    violations = results["violations"]
    assert not violations, f"{url} ({scheme}):\n{describe(violations)}"
    assert results["passes"], "axe checked nothing"
    watch.assert_no_errors()


OPTIONS = {"runOnly": {"type": "tag", "values": list(AXE_TAGS)}, "resultTypes": ["violations"]}


def test_the_statement_claims_what_this_test_checks(
    scheme_pages: dict[str, tuple[Page, PageWatch]], site_url: str
) -> None:
    """/toegankelijkheid/ names the level whose tags axe gets, the pages it opens (count
    and list) and the version of the axe-core that runs."""
    page, _ = scheme_pages["light"]
    page.goto(urljoin(site_url, STATEMENT.lstrip("/")))
    engine = page.evaluate(RUN_AXE, [None, OPTIONS])["testEngine"]
    statement = soup(STATEMENT)
    norm = statement.select_one("#toets-norm")
    assert norm is not None and norm["data-axe-tags"].split() == OPTIONS["runOnly"]["values"]
    assert norm.get_text() == f"WCAG {WCAG_VERSION}, niveau {levels_text(WCAG_LEVEL)}"
    assert statement.select_one("#toets-axe").get_text() == engine["version"]
    assert engine["name"] == "axe-core"
    assert int(statement.select_one("#toets-aantal").get_text()) == len(PAGES) > 20
    assert WHOLE_PAGE in PAGES and soup(WHOLE_PAGE).select_one(MENU) is not None
    listed = [code.get_text() for code in statement.select("details li code")]
    assert listed == sorted(PAGES)
