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
from tests.browser.helpers import STROOMSCHEMA, PageWatch, color_scheme, open_stroomschema, switch_color_scheme
from tests.sitepaths import SITE, content_pages, soup

# Every page of the site (the beslishulp's steps and /print/ included), as the
# statement promises; the 404 page is left out, and the statement says so.
PAGES = tuple(content_pages()) if SITE.is_dir() else ()
STATEMENT = "/toegankelijkheid/"
SCHEMES = {"default", "slate"}  # light and dark: the palette of mkdocs.yml

# axe-core comes with every page the context opens (an init script), so a test only runs it,
# on the whole page or without what `exclude` selects.
RUN_AXE = "([exclude, options]) => axe.run(exclude ? {exclude: [[exclude]]} : document, options)"
# The menu on the left (Material's primary sidebar) is the same component on every page,
# with all its links: axe checks it on the start page, and the rest of every other page.
MENU, WHOLE_PAGE = ".md-sidebar--primary", "/"
OPTIONS = {"runOnly": {"type": "tag", "values": list(AXE_TAGS)}, "resultTypes": ["violations"]}
# The rules of those tags whose outcome depends on the colours: the only ones the colour
# scheme can change (it sets colours, not elements, text or names). Each page is checked
# with every rule in the scheme it opens in, then switched with the theme's own toggle, as
# a reader does, and checked with these in the other.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
COLOUR_OPTIONS = {"runOnly": {"type": "rule", "values": COLOUR_RULES}, "resultTypes": ["violations"]}


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {node.get('failureSummary', '').splitlines()[-1:]}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def axe_page(browser: Browser) -> Iterator[tuple[Page, PageWatch]]:
    """One page for every URL (cheap: only navigations). The theme keeps the scheme a
    reader last chose (localStorage), so the pages open in light and dark in turn."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL", color_scheme="light")
    context.set_default_timeout(15_000)
    context.add_init_script(path=installed_axe_script())
    page = context.new_page()
    yield page, PageWatch(page)
    context.close()


@pytest.mark.parametrize("url", PAGES)
def test_no_wcag_violations_in_light_and_dark(axe_page: tuple[Page, PageWatch], site_url: str, url: str) -> None:
    page, watch = axe_page
    watch.reset()
    if url == STROOMSCHEMA:
        open_stroomschema(page, site_url)
    else:
        page.goto(urljoin(site_url, url.lstrip("/")))
    exclude = None if url == WHOLE_PAGE else MENU
    first = color_scheme(page)
    results = page.evaluate(RUN_AXE, [exclude, OPTIONS])
    assert not results["violations"], f"{url} ({first}):\n{describe(results['violations'])}"
    assert results["passes"], "axe checked nothing"
    second = switch_color_scheme(page, pointer=False)
    assert {first, second} == SCHEMES
    results = page.evaluate(RUN_AXE, [exclude, COLOUR_OPTIONS])
    assert not results["violations"], f"{url} ({second}):\n{describe(results['violations'])}"
    watch.assert_no_errors()


def test_the_colour_rules_are_rules_of_the_level(axe_page: tuple[Page, PageWatch], site_url: str) -> None:
    """The colour rules checked in the second scheme are exactly the rules of the tags that
    look at colours (axe's category `cat.color`)."""
    page, _ = axe_page
    page.goto(site_url)
    rules = page.evaluate("(tags) => axe.getRules(tags).map(rule => [rule.ruleId, rule.tags])", list(AXE_TAGS))
    assert sorted(rule for rule, tags in rules if "cat.color" in tags) == sorted(COLOUR_RULES)


def test_the_statement_claims_what_this_test_checks(axe_page: tuple[Page, PageWatch], site_url: str) -> None:
    """/toegankelijkheid/ names the level whose tags axe gets, the pages it opens (count
    and list) and the version of the axe-core that runs."""
    page, _ = axe_page
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
