"""For onboarding: /inwerken/ (five minutes for a new colleague), the zakkaart (generated
from the settings, the meldcode's steps and the afwegingskader flow) and /links/ (every
deep link of deeplinks.txt with its section's title)."""

from __future__ import annotations

import pytest

from scripts.deeplinks import read_deeplinks, section
from scripts.flows.loader import load_flow_file
from scripts.national import ALARM, VEILIG_THUIS
from scripts.numbered import MELDCODE_STEPS, read_numbered
from scripts.settings import dutch_date, example_settings
from scripts.zakkaart import QUESTIONS_FLOW, questions
from tests.sitepaths import ROOT, heading_text, html_file, link_target, main_text, resolve, settings, site_url, soup


def test_the_start_page_links_to_nieuw_hier() -> None:
    targets = {link_target("/", a["href"]) for a in soup("/").select("article a[href]")}
    assert "/inwerken/" in targets


def test_nieuw_hier_is_short_lines_each_with_a_deep_link() -> None:
    article = soup("/inwerken/").select_one("article")
    items = article.select("li")
    assert len(items) >= 12
    for item in items:
        assert item.select("a[href]"), f"/inwerken/: a line without a link: {item.get_text(' ', strip=True)!r}"
        assert len(item.get_text(" ", strip=True)) <= 140, f"/inwerken/: a long line: {item.get_text(' ', strip=True)!r}"
    text = main_text("/inwerken/")
    own = settings()
    for value in (ALARM.display, VEILIG_THUIS.display, own.aandachtsfunctionaris.naam,
                  own.aandachtsfunctionaris.telefoon.display, own.aandachtsfunctionaris.email):
        assert value in text, f"/inwerken/ does not name {value!r}"
    for target in ("/beslishulp/", "/stroomschema/", "/zakkaart/", "/links/"):
        assert target in {link_target("/inwerken/", a["href"]).partition("#")[0] for a in article.select("a[href]")}


def card_text() -> str:
    return main_text("/zakkaart/")


def test_the_zakkaart_carries_the_settings_numbers_and_the_steps() -> None:
    own, text = settings(), card_text()
    af = own.aandachtsfunctionaris
    for value in (own.organisatie, f"versie {own.versie}, vastgesteld op {dutch_date(own.vastgesteld_op)}",
                  f"Bel {ALARM.display}", f"Veilig Thuis {VEILIG_THUIS.display}", af.naam, af.telefoon.display, af.email):
        assert value in text, f"the zakkaart does not say {value!r}"
    card = soup("/zakkaart/").select_one("div.zakkaart")
    dialled = {a["href"] for a in card.select('a[href^="tel:"]')}
    assert {ALARM.href, VEILIG_THUIS.href} <= dialled
    if "aandachtsfunctionaris.telefoon" not in example_settings(own):
        assert af.telefoon.href in dialled
    lists = card.select("ol")
    assert [" ".join(li.get_text().split()) for li in lists[0].select("li")] == [
        " ".join(step.split()) for step in read_numbered(ROOT, MELDCODE_STEPS).values()]  # whole steps (review B)
    situations = [" ".join(p.get_text().split()) for p in card.select("p.zakkaart-situatie")]
    assert [s.split("?")[0] for s in situations] == ["Vertelt iemand u over geweld", "Gaat het om een collega, stagiair of vrijwilliger"]
    assert "Vertel het de ouders niet zelf" in situations[0] and "schoolbestuur, de houder" in situations[1]
    flow = load_flow_file(ROOT / "diagrams" / f"{QUESTIONS_FLOW}.yml")
    assert [" ".join(li.get_text().split()) for li in lists[1].select("li")] == questions(flow)
    assert len(questions(flow)) == 5


def test_the_zakkaart_has_a_qr_code_of_the_website_or_says_where_the_protocol_is() -> None:
    own = settings()
    card = soup("/zakkaart/").select_one("div.zakkaart")
    code = card.select_one("svg.zakkaart-qr-code")
    if own.website:
        assert code is not None and code.select_one("title").get_text() == f"QR-code: {own.website}"
        assert own.website in card.select_one(".zakkaart-qr").get_text() and not card.select(".zakkaart-qr a")
    else:
        assert code is None
        assert f"Het hele protocol staat op het intranet van {own.organisatie}." in card_text()


def test_the_link_list_has_every_deep_link_with_its_section_title() -> None:
    own = settings()
    rows = soup("/links/").select("article table tbody tr")
    listed = read_deeplinks(ROOT)
    first = {link.page: number for number, link in reversed(list(enumerate(listed)))}
    links = sorted(listed, key=lambda link: first[link.page])  # grouped by page, in the file's order
    assert len(rows) == len(links)
    for row, link in zip(rows, links):
        anchor, description, address = row.select("td")
        assert site_url("/links/", anchor.a["href"]) == resolve(link.url)  # a renamed page: its new address
        target = soup(resolve(link.page))
        heading = target.find(id=link.anchor) if link.anchor else target.select_one("article h1")
        assert anchor.get_text(strip=True) == heading_text(heading), link.url
        expected = section(html_file(resolve(link.page)).read_text(encoding="utf-8"), link.anchor)
        assert expected is not None and str(description) == f"<td>{expected[1]}</td>", link.url
        assert address.get_text() == ((own.website.rstrip("/") + link.url) if own.website else link.url)


@pytest.mark.parametrize("url", ["/inwerken/", "/links/"])
def test_the_new_pages_are_in_the_menu(url: str) -> None:
    menu = {link_target("/", a["href"]) for a in soup("/").select("nav.md-nav--primary a[href]")}
    assert url in menu
