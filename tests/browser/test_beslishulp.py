"""The beslishulp works as plain HTML: walked by clicking in a browser with JavaScript
disabled, every Ja/Nee combination ends on an outcome page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

import pytest
from playwright.sync_api import Browser, Page

from scripts.flows.loader import load_flow_file
from tests.browser.helpers import PageWatch, site_path
from tests.sitepaths import ROOT, SITE, soup

OUTCOME_TITLE = "Uitkomst: wat u nu doet"
FLOWS = ("afwegingskader", "route-bij-zorgen")
MAX_STEPS = 40  # a path longer than this is a loop


@dataclass(frozen=True)
class Ending:
    path: tuple[str, ...]  # the links clicked after "Start": Ja, Nee, Verder
    url: str  # site path of the outcome page
    title: str


@dataclass
class Walk:
    flow: str
    endings: list[Ending] = field(default_factory=list)
    # page -> (site path of "Vorige vraag" or None, site path of "Opnieuw beginnen")
    back_links: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # page -> the last question page passed on the way there (None before the first)
    last_question: dict[str, set[str | None]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def goto(page: Page, base_url: str, url: str) -> None:
    page.goto(urljoin(base_url, url.lstrip("/")), wait_until="domcontentloaded")


def links(page: Page) -> dict[str, str]:
    """Link text -> site path, for the links in the article (what a reader can click)."""
    pairs = page.locator("article a").evaluate_all(
        "links => links.map(a => [a.textContent.replace(/\\s+/g, ' ').trim(), a.href])"
    )
    return {text: site_path(href) for text, href in pairs}


def click_link(page: Page, name: str) -> None:
    link = page.locator("article").get_by_role("link", name=name, exact=True)
    with page.expect_navigation(wait_until="domcontentloaded"):
        link.click()


def h1(page: Page) -> str:
    return " ".join(page.locator("article h1").first.inner_text().replace("¶", "").split())


def is_outcome(page: Page) -> bool:
    return page.locator("article .admonition-title", has_text=OUTCOME_TITLE).count() == 1


def walk_flow(page: Page, base_url: str, flow: str) -> Walk:
    """Depth-first over every answer from the flow's start page, by clicking the links."""
    start = f"/beslishulp/{flow}/"
    walk = Walk(flow)

    def visit(url: str, path: tuple[str, ...], last_question: str | None) -> None:
        if len(path) > MAX_STEPS:
            walk.problems.append(f"{flow}: path {path} does not end")
            return
        found = links(page)
        walk.back_links[url] = (found.get("Vorige vraag"), found.get("Opnieuw beginnen"))
        walk.last_question.setdefault(url, set()).add(last_question)
        if is_outcome(page):
            if {"Ja", "Nee", "Verder"} & set(found):
                walk.problems.append(f"{url}: an outcome page that still asks something")
            walk.endings.append(Ending(path, url, h1(page)))
            return
        answers = [name for name in ("Ja", "Nee") if name in found]
        if answers:
            if answers != ["Ja", "Nee"]:
                walk.problems.append(f"{url}: a question needs both 'Ja' and 'Nee', has {answers}")
            here = url
        elif "Verder" in found:
            answers, here = ["Verder"], last_question
        else:
            walk.problems.append(f"{url}: a dead end: no outcome, no answers, no 'Verder'")
            return
        for number, answer in enumerate(answers):
            if number:
                goto(page, base_url, url)
            click_link(page, answer)
            visit(site_path(page.url), (*path, answer), here)

    goto(page, base_url, start)
    click_link(page, "Start")
    visit(site_path(page.url), (), None)
    return walk


def outcome_pages(flow: str) -> set[str]:
    """The outcome pages of a flow in the built site (pages with the outcome admonition)."""
    pages = set()
    for index in (SITE / "beslishulp" / flow).rglob("index.html"):
        url = "/" + index.parent.relative_to(SITE).as_posix() + "/"
        titles = [" ".join(t.get_text().split()) for t in soup(url).select("article .admonition-title")]
        if OUTCOME_TITLE in titles:
            pages.add(url)
    return pages


@pytest.fixture(scope="module")
def no_js_page(browser: Browser) -> Iterator[tuple[Page, PageWatch]]:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page, PageWatch(page)
    context.close()


@pytest.fixture(scope="module")
def walks(no_js_page: tuple[Page, PageWatch], site_url: str) -> dict[str, Walk]:
    page, _ = no_js_page
    return {flow: walk_flow(page, site_url, flow) for flow in FLOWS}


def test_javascript_is_really_off(no_js_page: tuple[Page, PageWatch], site_url: str) -> None:
    page, _ = no_js_page
    goto(page, site_url, "/stroomschema/")
    # The diagrams were drawn when the site was built: they are there without scripts,
    # as real links, with their text alternatives.
    assert page.locator("figure.stroomschema svg[aria-roledescription]").count() == 2
    assert page.locator("figure.stroomschema svg a[href]").count() > 2
    assert page.locator("div.tekstalternatief").count() == 2
    goto(page, site_url, "/beslishulp/")
    found = links(page)
    for flow in FLOWS:
        title = load_flow_file(ROOT / "diagrams" / f"{flow}.yml").title
        assert found[title] == f"/beslishulp/{flow}/"


@pytest.mark.parametrize("flow", FLOWS)
def test_every_answer_path_reaches_an_outcome_without_javascript(
    walks: dict[str, Walk], no_js_page: tuple[Page, PageWatch], flow: str
) -> None:
    walk = walks[flow]
    assert not walk.problems, "\n".join(walk.problems)
    assert walk.endings, f"{flow}: no path reached an outcome"
    assert {e.url for e in walk.endings} == outcome_pages(flow), f"{flow}: outcome pages reached vs built"
    assert len({e.path for e in walk.endings}) == len(walk.endings)
    no_js_page[1].assert_no_errors()


@pytest.mark.parametrize("flow", FLOWS)
def test_clicking_back_links(
    walks: dict[str, Walk], no_js_page: tuple[Page, PageWatch], site_url: str, flow: str
) -> None:
    """Click "Vorige vraag" and "Opnieuw beginnen" on the deepest outcome and question page."""
    page, watch = no_js_page
    walk = walks[flow]
    deepest = max(walk.endings, key=lambda e: len(e.path))
    questions = [u for u, (prev, _) in walk.back_links.items() if prev and u not in {e.url for e in walk.endings}]
    for url in (deepest.url, *questions[-1:]):
        goto(page, site_url, url)
        click_link(page, "Vorige vraag")
        (expected,) = walk.last_question[url]
        assert site_path(page.url) == expected, f"{url}: 'Vorige vraag' landed on {page.url}"
        goto(page, site_url, url)
        click_link(page, "Opnieuw beginnen")
        assert site_path(page.url) == f"/beslishulp/{flow}/", f"{url}: 'Opnieuw beginnen' landed on {page.url}"
        assert page.locator("article").get_by_role("link", name="Start", exact=True).count() == 1
    watch.assert_no_errors()
