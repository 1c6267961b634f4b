"""The flows in the built site: diagrams, click targets, text alternatives, beslishulp walks."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from bs4 import Tag

from scripts.flows.beslishulp import FILL_IN, folder, steps
from scripts.flows.loader import load_flows
from scripts.flows.look import look, looks_in
from scripts.flows.mermaid import accessible_text, node_ids
from scripts.flows.model import Kind, Outcome
from scripts.flows.validate import questions_ahead
from scripts.numbered import MELDNORMEN, read_numbered
from scripts.urls import page_url
from tests.flowfixtures import VALID, copy_of_the_flows, node_line
from tests.sitepaths import ROOT, SITE, html_file, link_target, page_title, resolve, settings, site_url, soup

FLOWS = {flow.slug: flow for flow in load_flows(ROOT / "diagrams", ROOT)}


def target_of(url: str, href: str) -> str:
    """The site path that `href` on page `url` points to, without its anchor."""
    return site_url(url, href).partition("#")[0]


def drawing(slug: str) -> Tag:
    """The diagram of a flow on /stroomschema/, drawn at build time."""
    svg = soup("/stroomschema/").select_one(f"#schema-{slug} svg#schema-{slug}-svg")
    assert svg is not None, f"{slug}: no drawn diagram (inline SVG) on /stroomschema/"
    return svg


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_every_flow_is_drawn_from_its_yaml_as_inline_svg(slug: str) -> None:
    """Title and description for assistive technology, one link per node in file order,
    named by its label; nothing that needs inline styles or scripts."""
    flow, svg = FLOWS[slug], drawing(slug)
    assert svg.find("title").get_text() == accessible_text(flow.title)
    assert svg.find("desc").get_text() == accessible_text(flow.description)
    assert [a["aria-label"] for a in svg.select("a[href]")] == [node.label for node in flow.nodes]
    assert not svg.select("style, [style], script, foreignObject script")
    assert not soup("/stroomschema/").select("pre.mermaid, script[src*=mermaid]")


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_every_node_links_to_its_section(slug: str) -> None:
    links = drawing(slug).select("a[href]")
    assert len(links) == len(FLOWS[slug].nodes)
    for node, link in zip(FLOWS[slug].nodes, links):
        assert link_target("/stroomschema/", link["href"]) == resolve(page_url(node.link.page) + f"#{node.link.anchor}")
        path, _, anchor = link_target("/stroomschema/", link["href"]).partition("#")
        assert html_file(path).is_file(), f"{slug} {node.id}: {path} does not exist"
        assert soup(path).find(id=anchor) is not None, f"{slug} {node.id}: {path}#{anchor} has no such anchor"


def node_groups(svg: Tag, mermaid_id: str) -> list[Tag]:
    return [g for g in svg.select("g.node") if g.get("id", "").startswith(f"{svg['id']}-flowchart-{mermaid_id}-")]


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_every_node_has_the_class_of_its_kind_and_the_legend_explains_each(slug: str) -> None:
    """Shape and colour come from the node's kind (and outcome); the legend under the
    diagram has one line for each kind the flow uses, with a sample of the same class."""
    flow, svg = FLOWS[slug], drawing(slug)
    for node, mermaid_id in node_ids(flow).items():
        (group,) = node_groups(svg, mermaid_id)
        assert look(flow.node(node)).css_class in group["class"], f"{slug} {node}: {group['class']}"
    legend = soup("/stroomschema/").select_one(f"#schema-{slug} ul.stroomschema-legenda")
    assert legend is not None, f"{slug}: no legend under the diagram"
    items = legend.find_all("li")
    assert [item.get_text(" ", strip=True) for item in items] == [item.legend for item in looks_in(flow)]
    assert [item.svg["class"][-1] for item in items] == [f"stroomschema-{item.css_class}" for item in looks_in(flow)]


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_every_beslishulp_page_shows_where_the_reader_is(slug: str) -> None:
    """"U bent hier": the map marks the route so far and the current step, and says so."""
    flow, ids = FLOWS[slug], node_ids(FLOWS[slug])
    for step in steps(flow):
        url = page_url(f"{folder(flow)}/{step.page}")
        block = soup(url).select_one("details.beslishulp-kaart")
        assert block is not None, f"{url}: no map"
        svg = block.select_one(f"svg#kaart-{slug}-svg")
        assert svg is not None and svg.get("aria-hidden") == "true", f"{url}: no drawn map"
        assert not svg.select("a"), f"{url}: the map's steps are no links"
        (here,) = svg.select("g.node.hier")
        assert here in node_groups(svg, ids[step.node.id])
        assert sorted(g["id"] for g in svg.select("g.node.geweest")) == sorted(
            g["id"] for node in step.route for g in node_groups(svg, ids[node])
        )
        assert len(svg.select("path.flowchart-link.genomen")) == len(step.route), url
        sentence = " ".join(block.select_one("p.beslishulp-kaart-tekst").get_text().split())
        assert sentence.startswith(f"U bent hier: {step.node.label}."), url


def flat(tag: Tag) -> str:
    return " ".join(tag.get_text(" ").split()).replace(" ¶", "")


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_every_beslishulp_page_lists_the_answers_so_far_each_with_a_change_link(slug: str) -> None:
    """The answers of the page's own route, open on the page; "Wijzig" goes to that question
    on the same route. Question pages say how far the reader is."""
    flow = FLOWS[slug]
    ahead = questions_ahead(flow)
    for step in steps(flow):
        url = page_url(f"{folder(flow)}/{step.page}")
        page = soup(url)
        items = page.select("div.beslishulp-antwoorden li")
        assert len(items) == len(step.answers()), url
        for item, (question, answer) in zip(items, step.answers()):
            assert flat(item).startswith(f"{question.node.label} Uw antwoord: {answer} · Wijzig"), url
            assert target_of(url, item.select_one("a")["href"]) == page_url(f"{folder(flow)}/{question.page}")
        assert not page.select("div.beslishulp-antwoorden details"), f"{url}: the answers are folded"
        progress = page.select_one("p.beslishulp-voortgang")
        if step.node.kind is Kind.QUESTION:
            assert progress is not None and flat(progress) == (
                f"Vraag {step.answered + 1} van ten hoogste {step.answered + ahead[step.node.id]}"), url
        else:
            assert progress is None, url


def record_list(anchor: str) -> list[str]:
    """The items of the list under a heading of /vastleggen/."""
    heading = soup("/vastleggen/").find(id=anchor)
    return [flat(li) for li in heading.find_next("ul").find_all("li")]


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_every_outcome_page_has_a_verslag_for_the_dossier(slug: str) -> None:
    flow, own = FLOWS[slug], settings()
    meldnormen = read_numbered(ROOT, MELDNORMEN)
    outcomes = [step for step in steps(flow) if step.node.kind is Kind.OUTCOME]
    assert outcomes
    for step in outcomes:
        url = page_url(f"{folder(flow)}/{step.page}")
        verslag = soup(url).select_one("section.beslishulp-verslag")
        assert verslag is not None, f"{url}: no verslag"
        text = flat(verslag)
        assert f"versie {own.versie}, van {own.organisatie}" in text and f"Beslishulp: {flow.title}" in text, url
        rows = [[flat(cell) for cell in row.select("td")] for row in verslag.select("table:not(.beslishulp-invullen) tr")]
        assert [row for row in rows if row] == [[q.node.label, a] for q, a in step.answers()], url
        assert f"Uitkomst: {step.node.heading}" in text, url
        if step.node.meldnorm is not None:
            assert f"Meldnorm {step.node.meldnorm}: {' '.join(meldnormen[step.node.meldnorm].split())}" in text, url
        else:
            assert step.node.outcome is not Outcome.REPORT and "Meldnorm" not in text, url
        anchor = {Outcome.NO_REPORT: "afwegingsvragen-vastleggen", Outcome.COLLEAGUE: "collega-vastleggen"}.get(
            step.node.outcome or Outcome.NO_REPORT, "melding-vastleggen")
        assert [flat(li) for li in verslag.select("ul li")] == record_list(anchor), url
        fields = [flat(th) for th in verslag.select("table.beslishulp-invullen th")]
        assert fields == [*FILL_IN, "Aantekeningen"], url


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_text_alternative_lists_every_step_below_its_diagram(slug: str) -> None:
    figure = soup("/stroomschema/").select_one(f"#schema-{slug}")
    text = figure.find_next_sibling("div", class_="tekstalternatief")
    assert text is not None, f"{slug}: no text alternative right below the diagram"
    steps = text.select("ol > li")
    assert len(steps) == len(FLOWS[slug].nodes)
    for number, (item, node) in enumerate(zip(steps, FLOWS[slug].nodes), start=1):
        assert item.find(id=f"{slug}-stap-{number}") is not None
        assert node.heading in item.select_one(".stap-titel").get_text()


def beslishulp_pages() -> list[str]:
    pages = sorted("/" + str(p.parent.relative_to(SITE)) + "/" for p in (SITE / "beslishulp").rglob("index.html"))
    assert len(pages) > len(FLOWS), f"{SITE}: no beslishulp pages"
    return pages


def test_beslishulp_index_lists_both_flows() -> None:
    hrefs = [a["href"] for a in soup("/beslishulp/").select("article a[href]")]
    for slug in FLOWS:
        assert f"{slug}/" in hrefs


def links_by_text(url: str) -> dict[str, str]:
    return {a.get_text(strip=True): target_of(url, a["href"]) for a in soup(url).select("article nav a[href]")}


def walk(start: str) -> list[tuple[tuple[str, ...], str]]:
    """Every route from a beslishulp start page: (links followed after Start: Ja, Nee,
    Verder; outcome page URL). On every page: "Opnieuw beginnen" goes to the start and
    "Vorige vraag" to the last question passed (none before the first question)."""
    routes = []
    todo: list[tuple[tuple[str, ...], str, str | None]] = [((), start, None)]
    while todo:
        answers, url, last_question = todo.pop()
        links = links_by_text(url)
        assert links.get("Opnieuw beginnen") == start, f"{url}: no 'Opnieuw beginnen' to {start}"
        assert links.get("Vorige vraag") == last_question, (
            f"{url}: 'Vorige vraag' goes to {links.get('Vorige vraag')}, not {last_question}"
        )
        if "Ja" in links:
            assert "Nee" in links, f"{url}: 'Ja' without 'Nee'"
            todo += [((*answers, "Ja"), links["Ja"], url), ((*answers, "Nee"), links["Nee"], url)]
        elif "Start" in links:
            todo.append((answers, links["Start"], last_question))
        elif "Verder" in links:
            todo.append(((*answers, "Verder"), links["Verder"], last_question))
        else:
            assert "Uitkomst: wat u nu doet" in soup(url).select_one("article").get_text(), f"{url}: dead end"
            routes.append((answers, url))
        assert len(routes) < 1000
    return routes


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_every_ja_nee_route_reaches_an_outcome(slug: str) -> None:
    routes = walk(f"/beslishulp/{slug}/")
    outcomes = {node.id for node in FLOWS[slug].nodes if node.kind.value == "outcome"}
    reached = {url.rstrip("/").rsplit("/", 1)[1].split("-route-")[0] for _, url in routes}
    assert reached == outcomes


def test_afwegingskader_routes_end_where_the_facts_sheet_says() -> None:
    routes = dict(walk("/beslishulp/afwegingskader/"))
    assert {answers: page_title(url) for answers, url in routes.items()} == {
        ("Nee",): "Afsluiten en vastleggen in het dossier",
        ("Ja", "Ja"): "Melden bij Veilig Thuis",
        ("Ja", "Nee", "Nee"): "Melden bij Veilig Thuis",
        ("Ja", "Nee", "Ja", "Nee"): "Melden bij Veilig Thuis",
        ("Ja", "Nee", "Ja", "Ja", "Verder", "Ja"): "Hulp afsluiten en de veiligheid blijven volgen",
        ("Ja", "Nee", "Ja", "Ja", "Verder", "Nee"): "(Opnieuw) melden bij Veilig Thuis",
    }
    after_two = soup(routes[("Ja", "Ja")]).select_one("article").get_text(" ")
    assert "samen met Veilig Thuis" in " ".join(after_two.split())
    assert "tel:08002000" in str(soup(routes[("Ja", "Ja")]).select_one("article"))


def test_beslishulp_pages_need_no_javascript() -> None:
    for url in beslishulp_pages():
        article = soup(url).select_one("article")
        assert not article.select("script, [onclick], form")


# --------------------------------------------------------------------------- failing builds

@pytest.mark.slow
def test_make_build_fails_on_a_broken_flow_and_keeps_the_old_site(tmp_path: Path) -> None:
    diagrams = copy_of_the_flows(tmp_path)
    (diagrams / "kapot.yml").write_text(VALID.replace("Nee: advies", "Nee: nergens"), encoding="utf-8")
    # `make preview` as a content owner runs it, but into a site folder of its own.
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("de vorige site", encoding="utf-8")
    result = subprocess.run(
        ["make", "preview", f"SITE_DIR={site}"], cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PROTOCOL_DIAGRAMS": str(diagrams)},
    )
    assert result.returncode != 0
    assert (
        f"{diagrams / 'kapot.yml'}:{node_line(VALID, 'vraag')}: knoop 'vraag': antwoord 'Nee' wijst naar onbekende knoop 'nergens'"
        in result.stdout + result.stderr
    )
    assert (site / "index.html").read_text(encoding="utf-8") == "de vorige site", "a failed build touched the site"
    assert not (tmp_path / "site.partial").exists(), "a failed build left half-written output"


def test_only_beslishulp_start_pages_are_searchable() -> None:
    index = json.loads((SITE / "search/search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    beslishulp = {p for p in pages if p.startswith("beslishulp/")}
    assert beslishulp == {"beslishulp/"} | {f"beslishulp/{slug}/" for slug in FLOWS}
