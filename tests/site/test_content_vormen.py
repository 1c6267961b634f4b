"""Content tests for /collega/, /bijzondere-vormen/ and /volwassenen/ (helper C).

Each fact names its source (checked with the search tool; see the report). Checks run
on the built HTML, like tests/site/test_content.py. Numbers come from scripts.national or
the settings, never typed here.
"""

from __future__ import annotations

import re

import pytest

from scripts.national import ALARM, VEILIG_THUIS, VERTROUWENSINSPECTEURS
from tests.site.test_content import assert_af_phone, check_fact, fact, section, section_text, settings
from tests.sitepaths import soup

COLLEGA = "/collega/"
VORMEN = "/bijzondere-vormen/"
VOLWASSENEN = "/volwassenen/"
BEGRIPPEN = "/begrippen/"

FACTS = [
    # --- /collega/ -------------------------------------------------------------
    # rijksoverheid.nl "Moet de school seksueel misbruik melden en aangeven?";
    # onderwijsinspectie.nl "Zedenmisdrijven".
    fact("collega-onderwijs-meteen-aan-schoolbestuur", COLLEGA, "onderwijs",
         r"medewerker van de school", r"minderjarige leerling", r"meteen melden aan het schoolbestuur",
         r"bevoegd gezag", r"mogelijk zedendelict is genoeg"),
    fact("collega-onderwijs-alle-medewerkers-geen-geheimhouding", COLLEGA, "onderwijs",
         r"geldt voor alle medewerkers", r"vertrouwenspersoon", r"Geheimhouding is geen reden",
         r"niet genoeg om het aan de schoolleiding te vertellen"),
    fact("collega-onderwijs-bestuur-overlegt-en-doet-aangifte", COLLEGA, "onderwijs",
         r"bestuur overlegt meteen met de vertrouwensinspecteur", r"redelijk vermoeden",
         r"aangifte bij de politie", r"Ook als ouders of leerlingen dat niet willen",
         r"meld-, overleg- en aangifteplicht"),
    # kennisnetwerkgastouderopvang.nl; klachtenloket-kinderopvang.nl; rijksoverheid.nl (MOA);
    # nu.nl citing the Inspectie (also volunteers and interns).
    fact("collega-kinderopvang-meteen-aan-houder", COLLEGA, "kinderopvang",
         r"geweld", r"zedendelict", r"meteen melden aan de houder", r"Wet kinderopvang",
         r"stagiairs, vrijwilligers en gastouders"),
    fact("collega-kinderopvang-houder-overlegt-en-doet-aangifte", COLLEGA, "kinderopvang",
         r"houder overlegt meteen met de vertrouwensinspecteur", r"redelijk vermoeden",
         r"houder aangifte bij de politie", r"meld-, overleg- en aangifteplicht"),
    fact("collega-kinderopvang-vermoeden-over-houder", COLLEGA, "kinderopvang",
         r"over de houder zelf", r"zelf aangifte bij de politie"),
    # onderwijsinspectie.nl (vertrouwensinspecteurs); school pages quoting the Inspectie:
    # werkdagen, kantooruren, lokaal tarief.
    fact("collega-vertrouwensinspecteur-bereikbaarheid", COLLEGA, "vertrouwensinspecteur",
         r"Inspectie van het Onderwijs", r"onderwijs en voor de kinderopvang",
         r"werkdagen tijdens kantooruren", r"lokale tarief"),
    fact("collega-vertrouwensinspecteur-geen-aangifte", COLLEGA, "vertrouwensinspecteur",
         r"doet zelf geen aangifte", r"schoolbestuur of de houder"),
    # igj.nl "Geweld in de zorgrelatie" (Wkkgz).
    fact("collega-zorg-geweld-in-zorgrelatie-igj", COLLEGA, "andere-sectoren",
         r"regels van uw eigen organisatie", r"klachtenregeling", r"geweld in de zorgrelatie",
         r"Inspectie Gezondheidszorg en Jeugd", r"Wet kwaliteit, klachten en geschillen zorg"),
    fact("collega-niet-zelf-onderzoeken-of-aanspreken", COLLEGA, "wat-doet-u-niet",
         r"Doe zelf geen onderzoek", r"niet eerst zelf op aan", r"Wacht niet tot u zeker bent",
         r"Leg wel vast"),
    # --- /bijzondere-vormen/ ----------------------------------------------------
    # afwegingskadermeldcode.nl (vragenlijst, acute onveiligheid); meldcode.nu (stap 3 EGG);
    # veiligthuisoostbrabant.nl; huwelijksdwangenachterlating.nl ("Volg de meldcode").
    fact("vormen-altijd-veilig-thuis-niet-eerst-familie", VORMEN, "wat-is-anders",
         r"Vraag altijd advies aan specialisten", r"via Veilig Thuis",
         r"niet eerst over met de ouders", r"Vertel het de ouders, de partner of de familie dan niet zelf",
         r"seksueel misbruik en PCF"),
    fact("vormen-dreiging-is-acute-onveiligheid", VORMEN, "wat-is-anders",
         r"eergerelateerd geweld, huwelijksdwang, meisjesbesnijdenis of mensenhandel",
         r"acute onveiligheid", r"meteen bij Veilig Thuis"),
    # veiligthuishollandsmidden.nl (factsheet Movisie); meldcode.nu stap 3 EGG.
    fact("vormen-eergerelateerd-geweld-deskundige", VORMEN, "eergerelateerd-geweld",
         r"eer beschermen of herstellen", r"familie of de gemeenschap",
         r"altijd eerst advies aan een deskundige", r"gesprek met de ouders of de familie geldt de regel"),
    # kinderbescherming.nl "Huwelijksdwang en achterlating"; huwelijksdwangenachterlating.nl.
    fact("vormen-huwelijksdwang-achterlating", VORMEN, "huwelijksdwang-en-achterlating",
         r"moet iemand trouwen", r"achter in het buitenland", r"paspoort en de verblijfsvergunning",
         r"niet te bemiddelen", r"versnellen",
         r"Landelijk Knooppunt Huwelijksdwang en Achterlating"),
    # pharos.nl; ed.nl / nrc.nl (strafbaar, ook in het buitenland); afwegingskader.
    fact("vormen-vgv-strafbaar-acuut", VORMEN, "vgv",
         r"meisjesbesnijdenis", r"geen medische reden", r"vakantie in het land van herkomst",
         r"strafbaar", r"Ook als het in het buitenland gebeurt", r"acute onveiligheid"),
    # afwegingskadermeldcode.nl: fysiek of seksueel geweld met of zonder letsel is acuut.
    fact("vormen-seksueel-misbruik-niet-eerst-ouders", VORMEN, "seksueel-misbruik",
         r"Bel eerst Veilig Thuis", r"de familie dan niet zelf", r"acute onveiligheid",
         r"met of zonder letsel"),
    # nji.nl "Kindermishandeling door falsificatie"; huiselijkgeweld.nl PCF factsheet.
    fact("vormen-pcf-niet-eerst-ouders", VORMEN, "pcf",
         r"verzint of overdrijft", r"maakt het kind echt ziek", r"kindermishandeling door falsificatie",
         r"gesprek met de ouders geldt de regel", r"Bel eerst Veilig Thuis"),
    # veiligthuishaaglanden.nl "Mensenhandel en loverboys"; ggdhaaglanden.nl; afwegingskader.
    fact("vormen-mensenhandel-loverboys", VORMEN, "mensenhandel-en-loverboys",
         r"onder dwang uitgebuit", r"Loverboys zijn mensenhandelaren", r"liefdesrelatie",
         r"weglopen", r"Mensenhandel is acute onveiligheid", r"meteen bij Veilig Thuis"),
    fact("vormen-ouderenmishandeling-verwijst", VORMEN, "ouderenmishandeling",
         r"afhankelijk", r"mantelzorger", r"zorgen over een volwassene"),
    # --- /volwassenen/ ---------------------------------------------------------
    # veiligthuiszeeland.nl / veiligthuisutrecht.nl (partnergeweld); cbs.nl (dwingende controle).
    fact("volwassenen-partnergeweld-vormen", VOLWASSENEN, "partnergeweld",
         r"partners of ex-partners", r"lichamelijk", r"psychisch", r"seksueel", r"financieel",
         r"dwingende controle", r"strafbaar"),
    fact("volwassenen-partnergeweld-kinderen-getuige", VOLWASSENEN, "partnergeweld",
         r"Zien of horen zij het geweld", r"ook kindermishandeling"),
    # huiselijkgeweld.nl factsheet "Ouderenmishandeling en ontspoorde mantelzorg".
    fact("volwassenen-ouderenmishandeling-vormen", VOLWASSENEN, "ouderenmishandeling",
         r"afhankelijk", r"mantelzorger", r"financiële uitbuiting", r"verwaarlozing",
         r"psychische mishandeling", r"ontspoorde mantelzorg", r"niet expres"),
    # meldcode steps (rijksoverheid); Wmo 2015 art. 5.2.6 meldrecht (nvo.nl, ambiq.nl);
    # augeo.nl (announce the melding); afwegingskadermeldcode.nl (disclosure by an adult).
    fact("volwassenen-zelfde-stappen-met-volwassene-zelf", VOLWASSENEN, "wat-doet-u",
         r"dezelfde stappen", r"Praat met de volwassene zelf", r"wat de volwassene zelf wil",
         r"beslist zelf"),
    fact("volwassenen-melden-ook-zonder-toestemming", VOLWASSENEN, "wat-doet-u",
         r"acute of structurele onveiligheid", r"ook als de volwassene het niet wil",
         r"meldrecht", r"Vertel de ouders of de cliënt vooraf dat u meldt"),
    fact("volwassenen-onthulling-is-acuut", VOLWASSENEN, "wat-doet-u",
         r"Vertelt een volwassene u over geweld thuis", r"acute onveiligheid"),
    # augeo.nl "Kindcheck: ouders met problemen"; lkah.nl kindcheck (zwanger, dossier).
    fact("volwassenen-kindcheck-wanneer", VOLWASSENEN, "kindcheck",
         r"psychische problemen", r"verslaafd", r"partnergeweld", r"zelfdoding", r"crisis",
         r"eerste stap van de meldcode"),
    fact("volwassenen-kindcheck-hoe", VOLWASSENEN, "kindcheck",
         r"afhankelijk", r"zwanger", r"ongeboren kind", r"veilig",
         r"dossier hoeveel kinderen er zijn en hoe oud"),
]


@pytest.mark.parametrize(("url", "anchor", "phrases"), FACTS)
def test_fact_is_on_its_page(url: str, anchor: str | None, phrases: tuple[str, ...]) -> None:
    check_fact(url, anchor, phrases)


# --------------------------------------------------------------------------- anchors

# The terms of /begrippen/ this page's subjects add (stable anchors in deeplinks.txt).
TERMS = ["achterlating", "eergerelateerd-geweld", "huwelijksdwang", "kindcheck", "loverboy", "mensenhandel",
         "ouderenmishandeling", "partnergeweld", "vertrouwensinspecteur", "vrouwelijke-genitale-verminking"]


@pytest.mark.parametrize("anchor", TERMS)
def test_begrip_is_explained_and_links_back(anchor: str) -> None:
    text = section_text(BEGRIPPEN, anchor)
    heading = " ".join(soup(BEGRIPPEN).find(id=anchor).get_text(" ").split()).rstrip("¶ ")
    assert len(text) - len(heading) > 40, f"/begrippen/#{anchor}: no explanation under the term"
    hrefs = [a["href"] for a in section(BEGRIPPEN, anchor).select("a[href]")]
    assert any(re.search(r"(collega|bijzondere-vormen|volwassenen)/#", h) for h in hrefs), hrefs


# --------------------------------------------------------------------------- numbers and links


def _tel_links(url: str, anchor: str) -> set[tuple[str, str]]:
    return {(a["href"], a.get_text(strip=True)) for a in section(url, anchor).select('a[href^="tel:"]')}


def test_vertrouwensinspecteurs_number_dials() -> None:
    links = _tel_links(COLLEGA, "vertrouwensinspecteur")
    assert (VERTROUWENSINSPECTEURS.href, VERTROUWENSINSPECTEURS.display) in links, links
    assert (ALARM.href, ALARM.display) in links, links


def test_collega_other_sectors_names_the_aandachtsfunctionaris() -> None:
    s = settings()
    assert s.aandachtsfunctionaris.naam in section_text(COLLEGA, "andere-sectoren")
    assert_af_phone(section(COLLEGA, "andere-sectoren"), "/collega/#andere-sectoren")


def test_bijzondere_vormen_dials_veilig_thuis_and_alarm() -> None:
    links = _tel_links(VORMEN, "wat-is-anders")
    assert (VEILIG_THUIS.href, VEILIG_THUIS.display) in links, links
    assert (ALARM.href, ALARM.display) in links, links


@pytest.mark.parametrize("url", [COLLEGA, VORMEN, VOLWASSENEN])
def test_top_admonition_gives_the_number_to_call(url: str) -> None:
    article = soup(url).select_one("article")
    box = article.find("h1").find_next_sibling()
    assert box is not None and "admonition" in box.get("class", []), f"{url}: no admonition at the top"
    hrefs = {a["href"] for a in box.select('a[href^="tel:"]')}
    assert ALARM.href in hrefs, f"{url}: the top box does not dial {ALARM.display}"


def test_volwassenen_top_box_dials_veilig_thuis_and_points_to_kindcheck() -> None:
    box = soup(VOLWASSENEN).select_one("article").find("h1").find_next_sibling()
    hrefs = {a["href"] for a in box.select("a[href]")}
    assert VEILIG_THUIS.href in hrefs, hrefs
    assert any(h.endswith("#kindcheck") for h in hrefs), hrefs


def test_vgv_abbreviation_has_tooltip() -> None:
    found = [a for a in soup(VORMEN).select("article abbr[title]") if a.get_text() == "VGV"]
    assert found and "verminking" in found[0]["title"].lower()


@pytest.mark.parametrize(
    ("url", "anchor", "term"),
    [(VORMEN, "eergerelateerd-geweld", "eergerelateerd-geweld"),
     (VORMEN, "huwelijksdwang-en-achterlating", "huwelijksdwang"),
     (VORMEN, "huwelijksdwang-en-achterlating", "achterlating"),
     (VORMEN, "vgv", "vrouwelijke-genitale-verminking"),
     (VORMEN, "mensenhandel-en-loverboys", "mensenhandel"),
     (VORMEN, "mensenhandel-en-loverboys", "loverboy"),
     (VOLWASSENEN, "partnergeweld", "partnergeweld"),
     (VOLWASSENEN, "ouderenmishandeling", "ouderenmishandeling"),
     (VOLWASSENEN, "kindcheck", "kindcheck"),
     (COLLEGA, "vertrouwensinspecteur", "vertrouwensinspecteur")],
)
def test_term_links_to_begrippen_with_tooltip(url: str, anchor: str, term: str) -> None:
    links = [a for a in section(url, anchor).select("a[href]") if a["href"].endswith(f"begrippen/#{term}")]
    assert links, f"{url}#{anchor}: no link to begrippen#{term}"
    assert len(links[0].get("title", "")) > 10, f"{url}#{anchor}: link to begrippen#{term} has no tooltip"
