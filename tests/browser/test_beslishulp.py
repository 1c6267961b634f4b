"""The beslishulp works as plain HTML: walked by clicking in a browser with JavaScript
disabled, every Ja/Nee combination ends on an outcome page, every page lists the answers
given on the way, "Wijzig" changes one answer and keeps the others, the address of an
outcome page shows the same answers to a colleague, and its verslag prints on one A4."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

import io

import pytest
from playwright.sync_api import Browser, Page
from pypdf import PdfReader

from scripts.flows.loader import load_flow_file
from tests.browser.helpers import PageWatch, site_path
from tests.sitepaths import OUTPUT, ROOT, SITE, soup

OUTCOME_TITLE = "Uitkomst: wat u nu doet"
CHANGE = "Wijzig"
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
    # page -> (the answers the page lists, the answers clicked on the way there)
    answers: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = field(default_factory=dict)
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


def answers_listed(page: Page) -> list[tuple[str, str]]:
    """(question, answer) of the page's "Uw antwoorden" list, as a reader sees it."""
    items = page.locator("article .beslishulp-antwoorden li").evaluate_all(
        "items => items.map(li => li.innerText.replace(/\\s+/g, ' ').trim())"
    )
    pairs = []
    for item in items:
        question, _, rest = item.partition(" Uw antwoord: ")
        pairs.append((question, rest.split(" · ")[0]))
    return pairs


def is_outcome(page: Page) -> bool:
    return page.locator("article .admonition-title", has_text=OUTCOME_TITLE).count() == 1


def walk_flow(page: Page, base_url: str, flow: str) -> Walk:
    """Depth-first over every answer from the flow's start page, by clicking the links."""
    start = f"/beslishulp/{flow}/"
    walk = Walk(flow)

    def visit(url: str, path: tuple[str, ...], last_question: str | None, given: list[tuple[str, str]]) -> None:
        if len(path) > MAX_STEPS:
            walk.problems.append(f"{flow}: path {path} does not end")
            return
        found = links(page)
        walk.answers[url] = (answers_listed(page), given)
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
        question = h1(page)
        for number, answer in enumerate(answers):
            if number:
                goto(page, base_url, url)
            click_link(page, answer)
            now = given if answer == "Verder" else [*given, (question, answer)]
            visit(site_path(page.url), (*path, answer), here, now)

    goto(page, base_url, start)
    click_link(page, "Start")
    visit(site_path(page.url), (), None, [])
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


@pytest.mark.parametrize("flow", FLOWS)
def test_every_page_lists_the_answers_clicked_on_the_way(walks: dict[str, Walk], flow: str) -> None:
    walk = walks[flow]
    wrong = [f"{url}: lists {listed}, clicked {given}" for url, (listed, given) in walk.answers.items() if listed != given]
    assert not wrong, "\n".join(wrong)
    assert max(len(given) for _, given in walk.answers.values()) >= 2


def deepest(walk: Walk) -> Ending:
    return max(walk.endings, key=lambda e: (len(walk.answers[e.url][1]), e.url))


@pytest.mark.parametrize("flow", FLOWS)
def test_changing_an_answer_on_an_outcome_page_keeps_the_earlier_answers(
    walks: dict[str, Walk], no_js_page: tuple[Page, PageWatch], site_url: str, flow: str
) -> None:
    """On the outcome with the most answers, "Wijzig" the last answer and the one before:
    the question opens with the answers before it, and the other answer goes on from there."""
    page, watch = no_js_page
    walk = walks[flow]
    ending = deepest(walk)
    given = walk.answers[ending.url][1]
    for index in (len(given) - 1, len(given) - 2):
        question, answer = given[index]
        goto(page, site_url, ending.url)
        click_link(page, f"{CHANGE} uw antwoord op: {question}")
        assert h1(page) == question, f"{ending.url}: Wijzig of {question!r} opened {h1(page)!r}"
        assert answers_listed(page) == given[:index], f"{page.url}: the earlier answers are not kept"
        other = "Nee" if answer == "Ja" else "Ja"
        click_link(page, other)
        assert answers_listed(page) == [*given[:index], (question, other)], f"{page.url}: after changing {question!r}"
    watch.assert_no_errors()


@pytest.mark.parametrize("flow", FLOWS)
def test_the_address_of_an_outcome_page_shows_a_colleague_the_same_answers_and_prints_them_on_one_a4(
    walks: dict[str, Walk], browser: Browser, site_url: str, flow: str
) -> None:
    """The reader copies the address and sends it: a fresh browser, with JavaScript and
    nothing stored, opens it and sees the same answers, in the list and in the verslag;
    the verslag prints on one A4 page with every answer, and without what is only for
    the screen."""
    walk = walks[flow]
    context = browser.new_context()
    try:
        colleague = context.new_page()
        watch = PageWatch(colleague)
        for ending in walk.endings:
            goto(colleague, site_url, ending.url)
            given = walk.answers[ending.url][1]
            assert answers_listed(colleague) == given, ending.url
            rows = colleague.locator("section.beslishulp-verslag table:not(.beslishulp-invullen) tbody tr").evaluate_all(
                "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))"
            )
            assert [tuple(row) for row in rows] == given, f"{ending.url}: the verslag"
            pdf = colleague.pdf(format="A4", print_background=False, margin={"top": "15mm", "bottom": "15mm"})
            if ending == deepest(walk):
                OUTPUT.mkdir(parents=True, exist_ok=True)
                (OUTPUT / f"verslag-{flow}.pdf").write_bytes(pdf)
            reader = PdfReader(io.BytesIO(pdf))
            text = " ".join((reader.pages[0].extract_text() or "").split())
            assert len(reader.pages) == 1, f"{ending.url}: the verslag prints on {len(reader.pages)} pages"
            assert "Verslag voor het dossier" in text and f"Uitkomst: {ending.title}" in text, ending.url
            for question, answer in given:
                assert f"{question} {answer}" in text, f"{ending.url}: {question!r} {answer} is not on paper"
            for screen_only in ("Vorige vraag", "Wijzig", "Lees meer in het protocol", "Kaart: waar u bent"):
                assert screen_only not in text, f"{ending.url}: {screen_only!r} is printed"
        watch.assert_no_errors()
    finally:
        context.close()
