"""Content tests: every statement of the seed protocol is on the page (and in the
section) where a reader would look for it, written correctly.

The seed is ../shared/seed/protocol-huiselijk-geweld-en-kindermishandeling.txt (beside
the project); each FACTS entry names the seed statement it guards. Checks run on the built HTML
(site/), never on the Markdown.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from bs4 import BeautifulSoup, NavigableString, Tag

from scripts.national import ALARM, KINDERTELEFOON, VEILIG_THUIS, VERTROUWENSINSPECTEURS
from scripts.settings import dutch_date, example_settings
from tests.sitepaths import (FOOTER_PAGES, HEADINGS, SITE, URL_MAP, link_target, main_text, page_soup, resolve,
                             settings, soup)

NATIONAL = (ALARM, VEILIG_THUIS, KINDERTELEFOON, VERTROUWENSINSPECTEURS)
PHONE = re.compile(
    r"(?<![\d-])(?:" + "|".join(re.escape(p.display) for p in NATIONAL) + r"|0\d{2,3}-\d{4,7})(?![\d-])"
)


# --------------------------------------------------------------------------- helpers


def collapse(text: str) -> str:
    return " ".join(text.split())


def section(url: str, anchor: str) -> Tag:
    """A fragment holding the heading with id `anchor` and everything up to the
    next heading of the same or a higher level (on the page `url` redirects to, if it
    was renamed)."""
    heading = page_soup(url).find(id=anchor)
    assert heading is not None, f"{url}: no element with id '{anchor}'"
    assert heading.name in HEADINGS, f"{url}#{anchor} is a <{heading.name}>, not a heading"
    level = int(heading.name[1])
    parts = [str(heading)]
    for sibling in heading.find_next_siblings():
        if sibling.name in HEADINGS and int(sibling.name[1]) <= level:
            break
        parts.append(str(sibling))
    return BeautifulSoup("<div>" + "".join(parts) + "</div>", "html.parser").div


def section_text(url: str, anchor: str | None) -> str:
    if anchor is None:
        return main_text(url)
    return collapse(section(url, anchor).get_text(" "))


def assert_phrases(text: str, phrases: tuple[str, ...], where: str) -> None:
    for phrase in phrases:
        assert re.search(phrase, text, re.IGNORECASE), f"{where}: missing /{phrase}/ in: {text[:400]}"


def fact(fid: str, url: str, anchor: str | None, *phrases: str) -> Any:
    return pytest.param(url, anchor, phrases, id=fid)


def expand(phrase: str) -> str:
    """A phrase pattern with the values of this build filled in (escaped): {org}, {af} (the
    aandachtsfunctionaris' name), {vt} (the regional Veilig Thuis name) and the national
    numbers {alarm}, {vt_nummer}, {kt_nummer} (Kindertelefoon), {vi_nummer} (vertrouwensinspecteurs)."""
    s = settings()
    values = {
        "{org}": s.organisatie, "{af}": s.aandachtsfunctionaris.naam, "{vt}": s.veilig_thuis_naam,
        "{alarm}": ALARM.display, "{vt_nummer}": VEILIG_THUIS.display,
        "{kt_nummer}": KINDERTELEFOON.display, "{vi_nummer}": VERTROUWENSINSPECTEURS.display,
    }
    for key, value in values.items():
        phrase = phrase.replace(key, re.escape(value))
    return phrase


def check_fact(url: str, anchor: str | None, phrases: tuple[str, ...]) -> None:
    """Every phrase (a regex, see `expand`) is in the section `anchor` of page `url`."""
    where = f"{url}#{anchor}" if anchor else url
    assert_phrases(section_text(url, anchor), tuple(expand(p) for p in phrases), where)


def assert_af_phone(fragment: Tag, where: str) -> None:
    """The aandachtsfunctionaris' number: a tel: link, or plain text while it is the
    shipped example (an example number must never be callable)."""
    phone = settings().aandachtsfunctionaris.telefoon
    link = fragment.select_one(f'a[href="{phone.href}"]')
    if "aandachtsfunctionaris.telefoon" in example_settings(settings()):
        assert link is None, f"{where}: the example number is a tel: link"
        assert f"{phone.display} (voorbeeldnummer)" in collapse(fragment.get_text(" ")), where
    else:
        assert link is not None and link.get_text(strip=True) == phone.display, f"{where}: no tel: link"


# --------------------------------------------------------------------------- seed facts
# One entry per statement of the seed, on the page and in the section that holds it.

FACTS = [
    # "Advies vragen en of melden bij Veilig Thuis"
    fact("veilig-thuis-advies-ondersteunt-onderzoek-hulp", "/veilig-thuis/", "wat-doet-veilig-thuis",
         r"Advies- en Meldpunt Huiselijk Geweld en Kindermishandeling", r"geeft advies",
         r"ondersteunt", r"doet onderzoek", r"brengt hulp op gang", r"veiliger voor iedereen"),
    fact("veilig-thuis-advies-enof-melding", "/veilig-thuis/", "wat-doet-veilig-thuis",
         r"advies vragen", r"en/of", r"een melding doen"),
    fact("veilig-thuis-kinderen-en-ouders-bellen-zelf", "/veilig-thuis/", "wat-doet-veilig-thuis",
         r"Kinderen en ouders kunnen ook zelf bellen", r"steun of advies"),
    fact("veilig-thuis-0800-2000-landelijk-24-7-regio", "/veilig-thuis/", "bellen",
         r"0800-2000", r"landelijk", r"gratis", r"24 uur per dag, 7 dagen per week",
         r"direct door", r"regio of woonplaats"),
    fact("veilig-thuis-opvoedsituaties-wijkteam-cjg", "/veilig-thuis/", "opvoedsituaties",
         r"problematische\) opvoedsituatie|problematische opvoedsituatie", r"Wijkteam",
         r"Centrum voor Jeugd en Gezin", r"gemeente waar u werkt of woont"),
    fact("veilig-thuis-handelingsprotocol-werkwijze-wet", "/veilig-thuis/", "handelingsprotocol",
         r"Handelingsprotocol Veilig Thuis", r"VNG", r"werkwijze", r"gebaseerd op de wet"),
    fact("veilig-thuis-triage-sinds-2015", "/veilig-thuis/", "triage",
         r"Sinds 2015", r"triage-instrument", r"besluiten neemt", r"veiligheidsbeoordeling"),
    # "Vermoedens?"
    fact("vermoedens-advies-vragen", "/vermoedens/", "advies-vragen",
         r"Vermoedt u kindermishandeling of huiselijk geweld", r"om advies vragen"),
    fact("vermoedens-gesprek-wat-u-ziet-en-vermoedt", "/vermoedens/", "het-gesprek",
         r"U belt met Veilig Thuis", r"vertelt wat u ziet", r"twijfelt of wat u vermoedt"),
    fact("vermoedens-gesprek-eigen-organisatie", "/vermoedens/", "het-gesprek",
         r"wat uw eigen organisatie kan doen", r"met de situatie omgaat"),
    fact("vermoedens-medewerker-vraagt-uit", "/vermoedens/", "het-gesprek",
         r"medewerker van Veilig Thuis stelt vragen over de situatie", r"wat er aan de hand kan zijn"),
    fact("vermoedens-tips-observatie-ouders-zorg", "/vermoedens/", "tips",
         r"tips", r"handvatten", r"observeren", r"gesprekken met de ouders",
         r"eventueel voor de zorg voor het kind"),
    fact("vermoedens-meerdere-keren-bellen", "/vermoedens/", "opnieuw-bellen",
         r"meerdere keren", r"Zo kan Veilig Thuis u ondersteunen bij uw acties", r"volgende stap"),
    fact("vermoedens-op-elk-moment-melding", "/vermoedens/", "van-advies-naar-melding",
         r"Op elk moment", r"melding", r"niet genoeg zijn om het kind te beschermen"),
    fact("vermoedens-veilig-thuis-vraagt-om-melding", "/vermoedens/", "van-advies-naar-melding",
         r"situatie ernstig", r"niet veel meer zelf doen", r"vragen om een melding te doen"),
    fact("vermoedens-verantwoordelijkheid-naar-veilig-thuis", "/vermoedens/", "van-advies-naar-melding",
         # The seed's "adviesvrager" in plain words (review 2026-12-07, B).
         r"Na uw melding neemt Veilig Thuis de verantwoordelijkheid voor de volgende stappen over"),
    fact("vermoedens-naam-en-functie", "/vermoedens/", "wat-vertelt-u",
         r"naam en functie", r"naam van het kind en van het gezin hoeft u niet"),
    fact("vermoedens-geen-zekerheid-nodig", "/vermoedens/", "geen-zekerheid-nodig",
         r"hoeft niet zeker te weten", r"kindermishandeling"),
    fact("vermoedens-ervaren-medewerkers", "/vermoedens/", "geen-zekerheid-nodig",
         r"veel ervaring met kindermishandeling", r"denken met u mee"),
    fact("vermoedens-vertrouwensarts", "/vermoedens/", "vertrouwensarts",
         r"Artsen", r"doorverbonden", r"vertrouwensarts"),
    fact("vermoedens-werkwijze-vng-handelingsprotocol", "/vermoedens/", "werkwijze",
         r"werkwijze van Veilig Thuis", r"Handelingsprotocol Veilig Thuis van de VNG"),
    # "Melding"
    fact("melden-onderzoek-start", "/melden/", "onderzoek",
         r"kindermishandeling", r"huiselijk geweld waar kinderen bij betrokken",
         r"start Veilig Thuis een onderzoek", r"mogelijk mishandeld"),
    fact("melden-onderzoek-gegevens-kind-en-gezin", "/melden/", "onderzoek",
         r"gegevens over het kind en het gezin", r"sprake is van mishandeling",
         r"welke problemen er spelen"),
    fact("melden-hulpverlening-na-bevestiging", "/melden/", "hulpverlening",
         r"Bevestigt het onderzoek de vermoedens", r"alles aan", r"passende hulp op gang",
         r"iedereen die erbij betrokken is"),
    fact("melden-raad-voor-de-kinderbescherming", "/melden/", "raad-voor-de-kinderbescherming",
         r"Lukt het niet", r"schakelt Veilig Thuis de Raad voor de Kinderbescherming in",
         r"rechterlijk bevel", r"dwingen", r"hulp te accepteren"),
    fact("melden-tijdelijk-huisverbod-samenwerking", "/melden/", "tijdelijk-huisverbod",
         r"tijdelijk huisverbod \(\s*THV\s*\)", r"samen met de politie", r"Wijkteam",
         r"Jeugdbescherming", r"en/of het CJG"),
    fact("melden-tijdelijk-huisverbod-regels", "/melden/", "tijdelijk-huisverbod",
         r"burgemeester", r"10 dagen", r"maximaal 4 weken", r"geen contact"),
    fact("melden-wanneer-meldnormen", "/melden/", "wanneer-melden",
         r"acute", r"structurele onveiligheid", r"eigen hulp niet genoeg",
         r"professionele norm", r"meldnormen"),
    fact("melden-acuut-eerst-112", "/melden/", "acuut-gevaar", r"Bel eerst {alarm}"),
    fact("melden-gegevens-gezin-doorgeven", "/melden/", "melding-doen",
         r"Bel {vt}", r"gegevens van het kind en het gezin door"),
    fact("melden-zie-ook-bijlage-afwegingskader", "/melden/", None,
         r"Afwegingskader 2018", r"terugkoppeling na een melding"),
    # "Terugkoppeling"
    fact("terugkoppeling-veilig-thuis-laat-weten", "/terugkoppeling/", "terugkoppeling",
         r"Na een melding laat Veilig Thuis u weten wat er met uw melding is gebeurd"),
    fact("terugkoppeling-meer-of-minder-informatie", "/terugkoppeling/", "terugkoppeling",
         r"hangt af van de situatie", r"meer informatie, soms minder"),
    fact("terugkoppeling-zelf-bellen", "/terugkoppeling/", "zelf-bellen",
         r"geen terugkoppeling", r"te lang", r"Bel dan zelf Veilig Thuis", r"stand van zaken"),
    # "Anoniem melden"
    fact("anoniem-ouders-weten-niet-wie", "/anoniem-melden/", "wat-is-anoniem-melden",
         r"zonder dat de ouders weten wie er gemeld heeft", r"anonieme melding"),
    fact("anoniem-naam-melder-bekend", "/anoniem-melden/", "wat-is-anoniem-melden",
         r"naam is wel bekend bij Veilig Thuis"),
    fact("anoniem-ouders-worden-ingelicht-tenzij-gevaar", "/anoniem-melden/", "ouders-informeren",
         r"In het algemeen krijgen ouders te horen dat er een melding is gedaan",
         r"veiligheid van het kind of van de melder"),
    fact("anoniem-in-overleg-met-veilig-thuis", "/anoniem-melden/", "ouders-informeren",
         # The seed's "hoe er gehandeld moet worden" in plain words (review 2026-12-07, B).
         r"samen met Veilig Thuis wat u doet"),
    fact("anoniem-angst-nooit-reden", "/anoniem-melden/", "eigen-veiligheid",
         r"eigen veiligheid", r"mag nooit een reden zijn om kindermishandeling niet te melden"),
    # "Zie ook bijlage: Afwegingskader 2018"
    fact("afwegingskader-vraag-1", "/afwegingskader/", "vraag-1",
         r"vermoeden van huiselijk geweld of kindermishandeling", r"stap 1 tot en met 3",
         r"Ja: ga naar vraag 2", r"Nee: sluit af en leg dit vast in het dossier"),
    fact("afwegingskader-vraag-2", "/afwegingskader/", "vraag-2",
         r"acute onveiligheid", r"structurele onveiligheid", r"Ja: meld bij Veilig Thuis",
         r"Vraag 3 tot en met 5 beantwoordt u daarna samen met Veilig Thuis",
         r"Nee: ga naar vraag 3"),
    fact("afwegingskader-vraag-3", "/afwegingskader/", "vraag-3",
         r"effectieve hulp te bieden of te organiseren", r"Ja: ga naar vraag 4",
         r"Nee: meld bij Veilig Thuis"),
    fact("afwegingskader-vraag-4", "/afwegingskader/", "vraag-4",
         r"Aanvaarden de betrokkenen de hulp", r"bereid", r"Ja: bied de hulp of organiseer die",
         r"naar vraag 5", r"Nee: meld bij Veilig Thuis"),
    fact("afwegingskader-vraag-5", "/afwegingskader/", "vraag-5",
         r"binnen de afgesproken tijd", r"veiligheid", r"duurzaam herstel",
         r"Ja: sluit de hulp af", r"volgen van de \(on\)veiligheid",
         r"Nee: meld \(opnieuw\) bij Veilig Thuis"),
    fact("afwegingskader-meldnormen", "/afwegingskader/", "meldnormen",
         r"Melden is de professionele norm", r"acute en/of structurele onveiligheid",
         r"Meld dan altijd", r"alle andere gevallen", r"niet genoeg effectieve hulp"),
    fact("afwegingskader-acuut-onthulling", "/afwegingskader/", "acute-onveiligheid",
         r"direct lichamelijk gevaar", r"meteen bescherming",
         r"Vertelt een kind of een volwassene u over geweld thuis"),
    fact("afwegingskader-structureel", "/afwegingskader/", "structurele-onveiligheid",
         r"herhaalt zich", r"verwaarlozing"),
    fact("afwegingskader-meldcode-wet", "/afwegingskader/", "meldcode",
         r"1 juli 2013", r"Wet verplichte meldcode huiselijk geweld en kindermishandeling",
         r"5 stappen", r"kindcheck", r"1 januari 2019", r"Afwegingskader 2018"),
]


@pytest.mark.parametrize(("url", "anchor", "phrases"), FACTS)
def test_seed_fact_is_on_its_page(url: str, anchor: str | None, phrases: tuple[str, ...]) -> None:
    check_fact(url, anchor, phrases)


# --------------------------------------------------------------------------- anchors

# The terms of /begrippen/ (each a stable anchor in deeplinks.txt).
BEGRIPPEN = [
    "aandachtsfunctionaris", "achterlating", "acute-onveiligheid", "adviesvraag", "afwegingskader",
    "anonieme-melding", "beroepsgeheim", "betrokkenen", "cjg", "dossier", "eergerelateerd-geweld",
    "handelingsprotocol", "huiselijk-geweld", "huwelijksdwang", "kindcheck", "kindermishandeling",
    "kinderrechter", "kindertelefoon", "loverboy", "meldcode", "melding", "meldnormen",
    "meldrecht", "mensenhandel", "onthulling", "ouderenmishandeling", "partnergeweld", "pcf",
    "raad-voor-de-kinderbescherming", "signaal", "structurele-onveiligheid", "terugkoppeling",
    "tijdelijk-huisverbod", "triage", "veilig-thuis", "vertrouwensarts", "vertrouwensinspecteur",
    "vrouwelijke-genitale-verminking", "wijkteam",
]


@pytest.mark.parametrize("anchor", BEGRIPPEN)
def test_begrip_is_explained(anchor: str) -> None:
    text = section_text("/begrippen/", anchor)
    heading = collapse(soup("/begrippen/").find(id=anchor).get_text(" ")).rstrip("¶ ")
    assert len(text) - len(heading) > 40, f"/begrippen/#{anchor}: no explanation under the term"


# --------------------------------------------------------------------------- start page


def test_start_page_says_what_to_do_first() -> None:
    """A worried reader sees 112, 0800-2000 and melden at the top of the start page."""
    article = soup("/").select_one("article")
    top = article.select_one("#wat-nu")
    assert top is not None
    first = top.find_next_sibling()
    assert first is not None and "admonition" in first.get("class", []), "no admonition right under #wat-nu"
    text = section_text("/", "wat-nu")
    assert_phrases(text, (r"Direct gevaar", re.escape(ALARM.display), re.escape(VEILIG_THUIS.display),
                          r"melding", r"advies", re.escape(settings().aandachtsfunctionaris.naam)), "/#wat-nu")
    hrefs = {a["href"] for a in section("/", "wat-nu").select("a[href]")}
    assert {ALARM.href, VEILIG_THUIS.href} <= hrefs


def test_start_page_links_to_flowchart_and_decision_aid() -> None:
    hrefs = [a["href"] for a in soup("/").select("article a[href]")]
    assert any(h.rstrip("/").endswith("stroomschema") for h in hrefs), hrefs
    assert any(h.rstrip("/").endswith("beslishulp") for h in hrefs), hrefs


def test_start_page_says_who_it_is_for() -> None:
    assert_phrases(section_text("/", "voor-wie"),
                   (re.escape(settings().organisatie), r"leerkrachten", r"kinderopvang",
                    r"huiselijk geweld of kindermishandeling"), "/#voor-wie")


# --------------------------------------------------------------------------- every page

CONTENT_PAGES = [u for u in (*URL_MAP, *FOOTER_PAGES) if u not in ("/stroomschema/", "/beslishulp/")]


@pytest.mark.parametrize("url", CONTENT_PAGES)
def test_important_line_in_admonition_at_top(url: str) -> None:
    """Right under the title (or the first heading) stands an admonition."""
    article = page_soup(url).select_one("article")
    h1 = article.find("h1")
    nxt = h1.find_next_sibling()
    if nxt is not None and nxt.name == "h2":
        nxt = nxt.find_next_sibling()
    assert nxt is not None and "admonition" in nxt.get("class", []), f"{url}: no admonition at the top"


@pytest.mark.parametrize("url", (*URL_MAP, *FOOTER_PAGES))
def test_phone_numbers_are_tel_links(url: str) -> None:
    """Every number in the text is a tel: link (headings and admonition titles excepted)."""
    example_phone = None
    if "aandachtsfunctionaris.telefoon" in example_settings(settings()):
        example_phone = f"{settings().aandachtsfunctionaris.telefoon.display} (voorbeeldnummer)"
    article = page_soup(url).select_one("article")
    for link in article.select("a[href]"):
        if PHONE.fullmatch(link.get_text(strip=True)):
            digits = re.sub(r"\D", "", link.get_text())
            assert link["href"] == f"tel:{digits}", f"{url}: {link} is not a tel: link"
    for node in article.find_all(string=PHONE):
        if not isinstance(node, NavigableString) or node.find_parent("a"):
            continue  # tel: links are checked above; other links name a step such as "Bel 112"
        if node.find_parent(HEADINGS) or node.find_parent(class_=["admonition-title", "stap-titel"]):
            continue
        if node.find_parent(["script", "style", "code", "pre"]) or node.find_parent(class_="mermaid"):
            continue
        if example_phone and example_phone in " ".join(node.split()):
            continue  # the example number is plain text on purpose (assert_af_phone)
        pytest.fail(f"{url}: number without a tel: link in '{node.strip()}'")


def _all_pages() -> list[str]:
    return sorted(
        "/" + str(p.relative_to(SITE)).replace("index.html", "")
        for p in SITE.rglob("*.html")
        if "assets" not in p.parts and p.name != "404.html"
    )


@pytest.mark.parametrize("url", _all_pages() if SITE.is_dir() else URL_MAP)
def test_spelling_of_names(url: str) -> None:
    text = collapse(soup(url).get_text(" "))
    assert "Veilig thuis" not in text, f"{url}: write 'Veilig Thuis' (capital T)"
    assert not re.search(r"Huis\s+Verbod", text, re.IGNORECASE), f"{url}: write 'tijdelijk huisverbod'"


@pytest.mark.parametrize(
    ("url", "abbr"),
    [("/melden/", "THV"), ("/melden/", "CJG"), ("/veilig-thuis/", "CJG"), ("/veilig-thuis/", "VNG"),
     ("/contact/", "CJG"), ("/begrippen/", "THV"), ("/begrippen/", "CJG"), ("/begrippen/", "OTS")],
)
def test_abbreviation_has_tooltip(url: str, abbr: str) -> None:
    found = [a for a in soup(url).select("article abbr[title]") if a.get_text() == abbr]
    assert found, f"{url}: no <abbr title> for {abbr}"
    assert len(found[0]["title"]) > len(abbr)


# --------------------------------------------------------------------------- contact page


def test_contact_shows_settings() -> None:
    s = settings()
    vt = section("/contact/", "veilig-thuis")
    assert s.veilig_thuis_naam in collapse(vt.get_text(" "))
    assert vt.select_one(f'a[href="{VEILIG_THUIS.href}"]') is not None
    af = section("/contact/", "aandachtsfunctionaris")
    assert s.aandachtsfunctionaris.naam in collapse(af.get_text(" "))
    assert_af_phone(af, "/contact/#aandachtsfunctionaris")
    assert af.select_one(f'a[href="mailto:{s.aandachtsfunctionaris.email}"]') is not None


def test_contact_noodnummers_and_opvoedsituaties() -> None:
    assert_phrases(section_text("/contact/", "noodnummers"),
                   (*(re.escape(p.display) for p in NATIONAL), r"gratis", r"dag en nacht"),
                   "/contact/#noodnummers")
    hrefs = {a["href"] for a in section("/contact/", "noodnummers").select("a[href]")}
    assert {p.href for p in NATIONAL} <= hrefs
    assert_phrases(section_text("/contact/", "opvoedsituaties"),
                   (r"Wijkteam", r"Centrum voor Jeugd en Gezin", r"gemeente waar u werkt of woont"),
                   "/contact/#opvoedsituaties")


# --------------------------------------------------------------------------- over page


def test_over_shows_version_and_dates() -> None:
    s = settings()
    text = section_text("/over/", "versie")
    assert_phrases(text, (
        rf"Versie:? {re.escape(s.versie)}",
        rf"Vastgesteld op:? {dutch_date(s.vastgesteld_op)}",
        rf"Vastgesteld door:? {re.escape(s.vastgesteld_door)}",
        rf"Volgende herziening:? {dutch_date(s.volgende_herziening)}",
        re.escape(s.organisatie),
    ), "/over/#versie")


def test_over_default_date_is_dutch() -> None:
    """With the default settings the adoption date reads '30 november 2026'."""
    if settings().vastgesteld_op.isoformat() != "2026-11-30":
        pytest.skip("organisation changed the default date")
    assert "30 november 2026" in main_text("/over/")


def test_over_changes_table_and_sources() -> None:
    """The table is made from organisatie.yml's wijzigingen: a row per version, newest first."""
    table = section("/over/", "wijzigingen").find("table")
    assert table is not None, "/over/#wijzigingen: no table"
    headers = [collapse(th.get_text()) for th in table.select("th")]
    assert headers == ["Versie", "Datum", "Wat is er veranderd?", "Vastgesteld door"], headers
    rows = [[collapse(td.get_text()) for td in tr.select("td")] for tr in table.select("tbody tr")]
    changes = settings().wijzigingen
    assert rows == [[c.versie, dutch_date(c.datum), c.wat, c.vastgesteld_door] for c in changes]
    assert [c.datum for c in changes] == sorted((c.datum for c in changes), reverse=True)
    assert rows[0][0] == settings().versie, "the version in force is the newest row"
    assert_phrases(section_text("/over/", "bronnen"),
                   (r"Protocol Huiselijk Geweld en Kindermishandeling", r"Afwegingskader 2018",
                    r"Handelingsprotocol Veilig Thuis", r"Rijksoverheid"), "/over/#bronnen")
    assert not section("/over/", "bronnen").select('a[href^="http"]')


# --------------------------------------------------------------------------- structure of a few pages


def test_eigen_veiligheid_is_prominent() -> None:
    box = section("/anoniem-melden/", "eigen-veiligheid").select_one(".admonition")
    assert box is not None, "/anoniem-melden/#eigen-veiligheid: not in an admonition"
    assert re.search(r"mag nooit een reden zijn", box.get_text(), re.IGNORECASE)


def test_afwegingskader_is_the_bijlage() -> None:
    h1 = collapse(soup("/afwegingskader/").select_one("article h1").get_text(" ")).rstrip("¶ ")
    assert h1 == "Bijlage: Afwegingskader 2018"


def test_vermoedens_links_to_handelingsprotocol_and_melden() -> None:
    page = resolve("/vermoedens/")  # the URL map's page, wherever its file moved
    targets = {link_target(page, a["href"]) for a in soup(page).select("article a[href]")}
    assert "/veilig-thuis/#handelingsprotocol" in targets, targets
    assert "/melden/#melding-doen" in targets, targets


def test_melden_links_to_meldnormen_and_terugkoppeling() -> None:
    wanneer = [a["href"] for a in section("/melden/", "wanneer-melden").select("a[href]")]
    assert any(h.endswith("afwegingskader/#meldnormen") for h in wanneer), wanneer
    hrefs = [a["href"] for a in soup("/melden/").select("article a[href]")]
    assert any(h.rstrip("/").endswith("terugkoppeling") for h in hrefs), hrefs
