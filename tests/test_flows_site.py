"""The flows in the built site: diagrams, click targets, text alternatives, beslishulp walks."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from scripts.flows.loader import load_flow_file
from scripts.flows.mermaid import CLICK, hrefs_from, render_mermaid
from scripts.flows.validate import validate
from tests.buildutil import build_with
from tests.flowfixtures import VALID, copy_of_the_flows, node_line
from tests.sitepaths import ROOT, SITE, html_file, page_title, soup

FLOWS = {p.stem: validate(load_flow_file(p)) for p in sorted((ROOT / "diagrams").glob("*.yml"))}
BASE = "http://site/"


def resolve(url: str, href: str) -> tuple[str, str]:
    """(site URL path, anchor) that `href` on page `url` points to."""
    target = urlparse(urljoin(BASE + url.lstrip("/"), href))
    return target.path, target.fragment


def assert_exists(path: str, anchor: str, where: str) -> None:
    file = html_file(path if path.endswith((".html", "/")) else path + "/")
    assert file.is_file(), f"{where}: {path} does not exist"
    if anchor:
        assert soup(path if path.endswith("/") else path + "/").find(id=anchor) is not None, (
            f"{where}: {path}#{anchor} has no such anchor"
        )


def diagrams() -> list:  # type: ignore[type-arg]
    return soup("/stroomschema/").select("pre.mermaid")


def test_both_flows_render_on_stroomschema_from_the_yaml() -> None:
    sources = [d.get_text() for d in diagrams()]
    assert len(sources) == len(FLOWS) == 2
    for flow in FLOWS.values():
        assert render_mermaid(flow, hrefs_from("stroomschema.md")) in sources, f"{flow.slug}: diagram drifted"


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_every_click_target_resolves(slug: str) -> None:
    source = soup("/stroomschema/").select_one(f"#schema-{slug} pre.mermaid").get_text()
    clicks = CLICK.findall(source)
    assert len(clicks) == len(FLOWS[slug].nodes)
    for node_id, href in clicks:
        assert_exists(*resolve("/stroomschema/", href), f"{slug} {node_id}")


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
        for a in item.select("a[href]"):
            if not a["href"].startswith("tel:"):
                assert_exists(*resolve("/stroomschema/", a["href"]), f"{slug} stap {number}")


def beslishulp_pages() -> list[str]:
    return sorted(
        "/" + str(p.parent.relative_to(SITE)) + "/" for p in (SITE / "beslishulp").rglob("index.html")
    )


def test_beslishulp_index_lists_both_flows() -> None:
    hrefs = [a["href"] for a in soup("/beslishulp/").select("article a[href]")]
    for slug in FLOWS:
        assert f"{slug}/" in hrefs


@pytest.mark.parametrize("url", beslishulp_pages())
def test_every_beslishulp_link_resolves(url: str) -> None:
    for a in soup(url).select("article a[href]"):
        if a["href"].startswith(("tel:", "mailto:")):
            continue
        assert_exists(*resolve(url, a["href"]), url)


def links_by_text(url: str) -> dict[str, str]:
    return {a.get_text(strip=True): resolve(url, a["href"])[0] for a in soup(url).select("article nav a[href]")}


def walk(start: str) -> list[tuple[tuple[str, ...], str]]:
    """Every route from a beslishulp start page: (answers given, outcome page URL)."""
    routes = []
    todo: list[tuple[tuple[str, ...], str]] = [((), start)]
    while todo:
        answers, url = todo.pop()
        links = links_by_text(url)
        assert links.get("Opnieuw beginnen") == start, f"{url}: no 'Opnieuw beginnen' to {start}"
        if "Ja" in links:
            assert "Nee" in links, f"{url}: 'Ja' without 'Nee'"
            todo += [((*answers, "Ja"), links["Ja"]), ((*answers, "Nee"), links["Nee"])]
        elif "Start" in links or "Verder" in links:
            todo.append((answers, links.get("Start") or links["Verder"]))
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
        ("Ja", "Nee", "Ja", "Ja", "Ja"): "Hulp afsluiten en de veiligheid blijven volgen",
        ("Ja", "Nee", "Ja", "Ja", "Nee"): "(Opnieuw) melden bij Veilig Thuis",
    }
    after_two = soup(routes[("Ja", "Ja")]).select_one("article").get_text(" ")
    assert "samen met Veilig Thuis" in " ".join(after_two.split())
    assert "tel:08002000" in str(soup(routes[("Ja", "Ja")]).select_one("article"))


def test_back_link_goes_to_the_previous_question() -> None:
    base = "/beslishulp/afwegingskader/"
    assert "Vorige vraag" not in links_by_text(base + "vraag-1/")
    assert links_by_text(base + "vraag-2/")["Vorige vraag"] == base + "vraag-1/"
    assert links_by_text(base + "vraag-5/")["Vorige vraag"] == base + "vraag-4/"
    assert links_by_text(base + "opnieuw-melden/")["Vorige vraag"] == base + "vraag-5/"


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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("link", "message"),
    [("melden.md#bestaat-niet", "kopje '#bestaat-niet' bestaat niet op melden.md"),
     ("nergens.md#iets", "pagina 'nergens.md' bestaat niet")],
)
def test_build_fails_on_a_flow_link_to_a_missing_section(tmp_path: Path, link: str, message: str) -> None:
    diagrams = copy_of_the_flows(tmp_path)
    (diagrams / "test.yml").write_text(VALID.replace("link: terugkoppeling.md#terugkoppeling", f"link: {link}"))
    result = build_with({}, tmp_path / "site", env={"PROTOCOL_DIAGRAMS": str(diagrams)})
    assert result.returncode != 0
    assert f"test.yml:{node_line(VALID, 'klaar')}: knoop 'klaar': link '{link}': {message}" in result.stderr
    assert not (tmp_path / "site" / "beslishulp").exists()




def test_only_beslishulp_start_pages_are_searchable() -> None:
    index = json.loads((SITE / "search/search_index.json").read_text(encoding="utf-8"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    beslishulp = {p for p in pages if p.startswith("beslishulp/")}
    assert beslishulp == {"beslishulp/"} | {f"beslishulp/{slug}/" for slug in FLOWS}
