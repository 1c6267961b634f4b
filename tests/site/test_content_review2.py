"""Content tests for the second meldcode review (../shared/facts/review-2026-12-07.md):
each finding fixed on the page and section where a worried reader looks, the one rule for
telling the parents and the one wording of responsibility quoted (never retyped), and the
wordings that were wrong must not come back. Checks run on the built HTML (site/).

Every fact names its source, checked with the search tool on 2026-12-07. Numbers come
from scripts.national or the settings, never typed here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.flows.beslishulp import folder, steps
from scripts.flows.model import Kind
from scripts.national import (ALARM, CENTRUM_SEKSUEEL_GEWELD, HELPWANTED, KINDERTELEFOON, KINDERTELEFOON_HOURS, POLITIE,
                              SLACHTOFFERHULP, STEUNPUNT_EXTREMISME, VEILIG_THUIS, VERTROUWENSINSPECTEURS,
                              ZELFMOORDPREVENTIE)
from scripts.settings import Phone
from scripts.urls import page_url
from tests.site.test_content import assert_phrases, check_fact, fact, section, section_text
from tests.site.test_content_review import WRONG as FIRST_REVIEW_WRONG
from tests.sitepaths import ROOT, content_pages, link_target, main_text, resolve, soup
from tests.snippets import SNIPPET, snippet_words
from tests.unit.test_flows_safety import FLOWS


def number(phone: Phone) -> str:
    return re.escape(phone.display)


FINDINGS = [
    # A1: a colleague as the suspect. rijksoverheid.nl "Moet de school seksueel misbruik melden
    # en aangeven?" (the board at once, also the interne vertrouwenspersoon); Wet kinderopvang via
    # kennisnetwerkgastouderopvang.nl (the houder); Valkenswaard FAQ: the board informs the others.
    fact("a1-collega-wat-doet-u", "/collega/", "wat-doet-u",
         rf"Bel {number(ALARM)}", r"schoolbestuur", r"houder", r"regels van uw organisatie",
         r"niet zelf aan de ouders", r"Spreek de collega er niet zelf op aan", r"Een vermoeden is genoeg"),
    fact("a1-collega-ook-stagiairs-vrijwilligers", "/collega/", None, r"stagiairs, vrijwilligers en invallers"),
    fact("a1-vertelt-over-collega", "/iemand-vertelt/", "wat-doet-u", r"collega, een stagiair of een vrijwilliger",
         r"eigen regels"),
    # A3: centrumseksueelgeweld.nl (0800-0188, 24/7, best within 7 days); GGD Amsterdam "Handelen
    # bij recente verkrachting" (within 7 days, no washing, no change of clothes; PEP within 72 hours).
    fact("a3-csg-net-gebeurd", "/bijzondere-vormen/", "net-gebeurd",
         r"afgelopen 7 dagen", number(CENTRUM_SEKSUEEL_GEWELD), r"gratis en kan dag en nacht",
         r"72 uur", r"niet te wassen", r"geen andere kleren"),
    fact("a3-csg-contact", "/contact/", "centrum-seksueel-geweld", number(CENTRUM_SEKSUEEL_GEWELD), r"7 dagen"),
    fact("a3-csg-iemand-vertelt", "/iemand-vertelt/", "wat-doet-u", number(CENTRUM_SEKSUEEL_GEWELD)),
    # A4: helpwanted.nl (for schools too; viewing, keeping or spreading images of child sexual
    # abuse is an offence; 020-261 52 75, free and anonymous); schoolenveiligheid.nl (the police).
    fact("a4-online-misbruik", "/bijzondere-vormen/", "online-misbruik",
         r"sexting", r"sextortion", r"grooming", r"Kijk niet zelf naar de beelden",
         r"Kopieer ze niet, bewaar ze niet en stuur ze nooit door", r"Ook niet naar een collega of als bewijs",
         r"strafbaar", number(HELPWANTED), number(POLITIE)),
    # A6: afwegingskadermeldcode.nl (acute onveiligheid: zorgafhankelijke (oudere) volwassenen
    # without basic care; unnecessary medicines or medical care).
    fact("a6-acuut-zorgafhankelijke-volwassene", "/afwegingskader/", "acute-onveiligheid",
         r"volwassene die van zorg afhankelijk is", r"medicijnen of medische zorg die niet nodig zijn"),
    fact("a6-begrip-acuut", "/begrippen/", "acute-onveiligheid", r"volwassene die van zorg afhankelijk is"),
    # A7: veiligthuisgelderlandzuid.nl, veiligthuisgm.nl (Veilig Thuis acts at every huisverbod
    # and arranges the help); veiligthuisgv.nl (10 days, at most 28).
    fact("a7-huisverbod-altijd-veilig-thuis", "/melden/", "tijdelijk-huisverbod",
         r"Bij elk huisverbod komt Veilig Thuis in actie, ook als er geen kinderen zijn", r"regelt de hulp"),
    # B: terugkoppeling; afwegingskadermeldcode.nl FAQ (5 werkdagen); Uitvoeringsbesluit Wmo 2015
    # (10 weken, a term that orders, not a fatal one).
    fact("b-terugkoppeling-onderzoek-alleen-als", "/terugkoppeling/", "wanneer",
         r"Dat is er alleen als Veilig Thuis een onderzoek doet", r"10 weken"),
    fact("b-onderzoek-vroeger-sinds-2019", "/melden/", "onderzoek",
         r"Vroeger gebeurde dat meteen na de melding", r"Sinds 2019 komt eerst de veiligheidsbeoordeling",
         r"10 weken"),
    # kinderbescherming.nl: Veilig Thuis can ask the Raad to investigate.
    fact("b-veilig-thuis-vraagt-de-raad", "/melden/", "veiligheidsbeoordeling",
         r"vraagt de Raad voor de Kinderbescherming om onderzoek"),
    fact("b-belofte-die-u-kunt-houden", "/iemand-vertelt/", "wat-zegt-u", r"\"Ik vertel je wat ik ga doen\.\""),
    # seksueelmisdrijf.nl: an externe vertrouwenspersoon outside the staff has no meldplicht.
    fact("b-interne-vertrouwenspersoon", "/collega/", "onderwijs",
         r"Ook voor de interne vertrouwenspersoon", r"externe vertrouwenspersoon", r"geen meldplicht"),
    # Art. 5.2.6 Wmo 2015 (quoted by the NVO): needed to end the violence or investigate a suspicion.
    fact("b-meldrecht-voorwaarde", "/afwegingskader/", "meldnormen",
         r"nodig is om het geweld te stoppen", r"redelijk vermoeden"),
    fact("b-wilsonbekwaam", "/volwassenen/", "wat-doet-u", r"dementie of een verstandelijke beperking",
         r"samen met Veilig Thuis af"),
    # flaironline.nl, metronieuws.nl (2019): every day 11 to 21 h; vriendenkindertelefoon.nl.
    fact("b-kindertelefoon-tijden", "/contact/", "kindertelefoon", re.escape(KINDERTELEFOON_HOURS),
         number(KINDERTELEFOON)),
    fact("b-kindertelefoon-tijden-vertelt", "/iemand-vertelt/", "kindertelefoon", re.escape(KINDERTELEFOON_HOURS)),
    fact("b-meldcode-stap-2-gewone-woorden", "/afwegingskader/", "meldcode",
         r"Breng de signalen in kaart: schrijf op wat u ziet en hoort", r"Overleg met een collega"),
    # C4: handelingsprotocol.nl "kind in acuut gevaar" (police in a threatening situation, then
    # Veilig Thuis); kindengezin.be (a drunk parent: look for another solution, do not hand over
    # a child in danger).
    fact("c4-niet-naar-huis", "/naar-huis/", "niet-naar-huis",
         r"Laat het kind niet alleen weggaan", r"open vraag", rf"Bel Veilig Thuis: {number(VEILIG_THUIS)}",
         r"veilig naar huis kan", r"niet zelf"),
    fact("c4-ouder-onder-invloed", "/naar-huis/", "ouder-onder-invloed",
         r"dronken of onder invloed", r"andere oplossing", r"Haal er een collega", r"auto",
         rf"Bel dan {number(ALARM)}", number(POLITIE)),
    # C5: rijksoverheid.nl "radicalisering" (the gemeente, the wijkagent, the vertrouwensinspecteurs;
    # Landelijk Steunpunt Extremisme 088 20 80 080).
    fact("c5-radicalisering", "/bijzondere-vormen/", "radicalisering",
         r"niet onder de meldcode", r"gemeente", r"wijkagent", number(VERTROUWENSINSPECTEURS),
         r"Landelijk Steunpunt Extremisme", number(STEUNPUNT_EXTREMISME)),
    # C6: meldpuntloverboyproblematiektwente.nl (an older boy waiting at school, gifts and money,
    # several phones, truancy around the weekend).
    fact("c6-loverboy-signalen", "/bijzondere-vormen/", "mensenhandel-en-loverboys",
         r"oudere vriend", r"cadeaus, veel geld", r"meer dan één telefoon", r"spijbelen"),
    # C7: kinderbescherming.nl (an unborn child under supervision, at any moment of the pregnancy);
    # meldcode.nu/kindcheck (verstandelijke beperking); 113.nl via upday/ANP 2025 (113 free, 24/7).
    fact("c7-ongeboren-kind", "/volwassenen/", "ongeboren-kind",
         r"tijdens de zwangerschap advies", r"melding doen", r"ongeboren kind al onder toezicht",
         r"op elk moment in de zwangerschap"),
    fact("c7-kindcheck-beperking-en-113", "/volwassenen/", "kindcheck",
         r"verstandelijke beperking", r"113 Zelfmoordpreventie", number(ZELFMOORDPREVENTIE), r"dag en nacht"),
    # C8: Kamerstuk 28 345 nr. 285 ("Stop femicide!"); huiselijkgeweldcongres.nl "Rode vlaggen";
    # OM via EenVandaag (a break-up as trigger).
    fact("c8-gevaarsignalen-partnergeweld", "/volwassenen/", "gevaarsignalen",
         r"uit elkaar", r"stalking", r"dreigt met de dood", r"gewurgd", r"dwingende controle",
         rf"Veilig Thuis: {number(VEILIG_THUIS)}"),
    # C9: politie.nl (0900-8844; Slachtofferhulp 0900-0101).
    fact("c9-nummers", "/contact/", "noodnummers",
         number(CENTRUM_SEKSUEEL_GEWELD), number(HELPWANTED), number(ZELFMOORDPREVENTIE), number(POLITIE),
         number(SLACHTOFFERHULP), re.escape(KINDERTELEFOON_HOURS)),
    # D: rijksoverheid.nl (Wet seksuele misdrijven since 1 July 2024); Kamerstuk 36 777 (Wet vrij en
    # veilig onderwijs, a bill: seksuele intimidatie, students of 18 and over).
    fact("d-wetten-in-aantocht", "/collega/", "nieuwe-wetten",
         r"1 juli 2024", r"Wet seksuele misdrijven", r"Wet vrij en veilig onderwijs", r"nog niet",
         r"seksuele intimidatie", r"18 jaar"),
]


@pytest.mark.parametrize(("url", "anchor", "phrases"), FINDINGS)
def test_finding_is_fixed(url: str, anchor: str | None, phrases: tuple[str, ...]) -> None:
    check_fact(url, anchor, phrases)


# Wordings the second review found wrong; none may come back on any page, nor those of the first.
WRONG = {
    r"in elk geval twee keer": "B: the second terugkoppeling only follows an onderzoek",
    r"Zo staat het in de tekst van dit protocol": "B: the protocol does not contradict itself",
    r"altijd eerst wat ik ga doen": "B: a promise staff cannot always keep",
    r"\bu mag altijd (advies vragen of )?melden\b": "B: art. 5.2.6 Wmo 2015 sets conditions",
    r"hoeft nu niet te melden": "A5: the route may not have asked whether help is accepted and works",
    r"adviesvrager": "B: plain language",
    r"hoe er gehandeld moet worden": "B: plain language",
    r"Collegiale consultatie": "B: plain language",
    r"Dit is stap \d": "B: 'stap' is the meldcode's word",
    r"Zijn er kinderen bij betrokken\? Dan hoort Veilig Thuis van het huisverbod": "A7: Veilig Thuis acts at every huisverbod",
}


@pytest.mark.parametrize("url", content_pages())
def test_wrong_wordings_do_not_come_back(url: str) -> None:
    text = main_text(url)
    for pattern, why in {**FIRST_REVIEW_WRONG, **WRONG}.items():
        assert not re.search(pattern, text, re.IGNORECASE), f"{url}: /{pattern}/ ({why})"


# --------------------------------------------------------------------------- one rule, quoted

QUOTED = [
    ("ouders-vooraf.md", "/melden/", "melding-aankondigen"),
    ("ouders-vooraf.md", "/gesprek/", "melding-aankondigen"),
    ("ouders-eerst-veilig-thuis.md", "/gesprek/", "niet-eerst-in-gesprek"),
    ("ouders-eerst-veilig-thuis.md", "/", "iemand-vertelt"),
    ("ouders-eerst-veilig-thuis.md", "/iemand-vertelt/", "wat-doet-u-niet"),
    ("ouders-eerst-veilig-thuis.md", "/signalen/", "signalen-van-seksueel-misbruik"),
    ("ouders-eerst-veilig-thuis.md", "/bijzondere-vormen/", "wat-is-anders"),
    ("ouders-eerst-veilig-thuis.md", "/bijzondere-vormen/", "seksueel-misbruik"),
    ("ouders-eerst-veilig-thuis.md", "/naar-huis/", "niet-naar-huis"),
    ("verantwoordelijkheid.md", "/melden/", "verantwoordelijkheid"),
    ("verantwoordelijkheid.md", "/vermoedens/", "van-advies-naar-melding"),
    ("verantwoordelijkheid.md", "/begrippen/", "melding"),
]


@pytest.mark.parametrize(("name", "url", "anchor"), QUOTED, ids=lambda v: str(v).strip("/"))
def test_the_one_rule_is_quoted_where_a_reader_needs_it(name: str, url: str, anchor: str) -> None:
    """Review B: one rule for telling the parents, one wording of responsibility after a
    melding, each written once in includes/ and quoted where needed."""
    words = re.sub(r"\s+([.,)])", r"\1", section_text(url, anchor).replace("( ", "("))
    assert snippet_words(f"includes/{name}") in words, f"{url}#{anchor} does not quote includes/{name}"


PAGES = sorted((ROOT / "docs").rglob("*.md"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_page_retypes_a_rule_of_includes(path: Path) -> None:
    text = " ".join(SNIPPET.sub(" ", path.read_text(encoding="utf-8")).split())
    for name in ("ouders-vooraf.md", "ouders-eerst-veilig-thuis.md", "verantwoordelijkheid.md"):
        for sentence in re.findall(r"[^.?!]+[.?!]", snippet_words(f"includes/{name}")):
            assert sentence.strip() not in text, (
                f"{path.relative_to(ROOT)} retypes {sentence.strip()!r}: quote includes/{name} instead")


# --------------------------------------------------------------------------- the start page and the beslishulp

def test_the_start_page_says_what_to_do_about_a_colleague_before_a_melding() -> None:
    boxes = section("/", "wat-nu").select(".admonition")
    texts = [" ".join(box.get_text(" ").split()) for box in boxes]
    (colleague,) = [i for i, text in enumerate(texts) if "collega, stagiair of vrijwilliger" in text]
    (melding,) = [i for i, text in enumerate(texts) if "Meld bij Veilig Thuis" in text]
    assert colleague < melding, "the colleague's line comes after the melding's (the route asks it first)"
    assert_phrases(texts[colleague], (r"schoolbestuur", r"houder", r"Vertel het niet zelf aan de ouders"), "/#wat-nu")
    targets = {link_target("/", a["href"]) for a in boxes[colleague].select("a[href]")}
    assert resolve("/collega/#wat-doet-u") in targets


def test_the_start_page_leads_to_every_new_topic() -> None:
    targets = {link_target("/", a["href"]) for a in soup("/").select("article a[href]")}
    for target in ("/naar-huis/", "/bijzondere-vormen/#net-gebeurd", "/bijzondere-vormen/#online-misbruik",
                   "/bijzondere-vormen/#radicalisering", "/volwassenen/#ongeboren-kind"):
        assert resolve(target) in targets, f"the start page does not link to {target}"


def test_the_beslishulp_lists_the_route_flow_first() -> None:
    """Review B: the afwegingskader starts after meldcode steps 1 to 3; the route starts at a worry."""
    listed = [link_target("/beslishulp/", a["href"]) for a in soup("/beslishulp/").select("article li a[href]")]
    flows = [url for url in listed if url.startswith("/beslishulp/") and url != "/beslishulp/"]
    assert flows and flows[0] == page_url(f"{folder(FLOWS['route-bij-zorgen'])}/index.md")


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_no_verslag_says_that_no_melding_is_needed(slug: str) -> None:
    """Review A5: "u hoeft nu niet te melden" on a route that never asked whether help is
    accepted and works; "u mag altijd melden" goes beyond art. 5.2.6 Wmo 2015."""
    flow = FLOWS[slug]
    for step in steps(flow):
        if step.node.kind is Kind.OUTCOME:
            url = page_url(f"{folder(flow)}/{step.page}")
            verslag = " ".join(soup(url).select_one("section.beslishulp-verslag").get_text(" ").split())
            assert "hoeft" not in verslag and "mag altijd" not in verslag, url
