"""Content tests for /gesprek/, /aandachtsfunctionaris/ and /meldrecht/ (and their
begrippen): every fact is on the page and in the section where a reader looks for it.

Sources of the facts: review sheet 2026-12 (A4, A6, A9, C3, C5, C6), KNMG-meldcode
(stap 5, bijlage 2), nvo.nl (art. 5.2.6 Wmo 2015), handelingsprotocol.nl,
Veilig Thuis Gelderland-Zuid ("open melden, tenzij"), augeo.nl (aandachtsfunctionaris),
richtlijnendatabase.nl (kindermishandeling door falsificatie, formerly PCF).
Checks run on the built HTML, never on the Markdown.
"""

from __future__ import annotations

import re

import pytest

from scripts.national import ALARM, VEILIG_THUIS
from tests.site.test_content import assert_af_phone, check_fact, fact, section, section_text, settings
from tests.sitepaths import link_target, page_soup, resolve, soup

VT = re.escape(VEILIG_THUIS.display)
ALARM_RE = re.escape(ALARM.display)


FACTS = [
    # ----------------------------------------------------------------- /gesprek/
    fact("gesprek-top-tenzij-gevaarlijk", "/gesprek/", None,
         r"Bespreek uw zorgen met de ouders of de cliënt",
         r"onveiliger\? Praat dan niet eerst", rf"Bel dan eerst Veilig Thuis: {VT}"),
    fact("gesprek-stap-3-meldcode", "/gesprek/", "waarom-een-gesprek",
         r"stap 3 van de meldcode"),
    fact("gesprek-betrokkenen-uitgelegd", "/gesprek/", "waarom-een-gesprek",
         r"Betrokkenen zijn de mensen om wie het gaat",
         r"het kind, de ouders of een volwassen cliënt"),
    fact("gesprek-waarom-uitleg-vragen", "/gesprek/", "waarom-een-gesprek",
         r"vertelt wat u zag of hoorde", r"vraagt hoe zij het zien", r"andere uitleg"),
    fact("gesprek-voorbereiden-aandachtsfunctionaris", "/gesprek/", "voorbereiden",
         r"Bespreek het gesprek eerst met {af}", r"doel van het gesprek",
         r"Twijfelt u\? Voer het gesprek dan samen met een collega", r"tolk"),
    fact("gesprek-voorbereiden-tips-veilig-thuis", "/gesprek/", "voorbereiden",
         r"Veilig Thuis kan u ook tips geven voor het gesprek"),
    fact("gesprek-voorbeeldzinnen-geen-beschuldiging", "/gesprek/", "voorbeeldzinnen",
         r"Vertel wat u zag of hoorde\. Geef geen oordeel", r"Stel open vragen",
         r"Beschuldig niemand", r"Ik maak me zorgen over", r"Hoe kijkt u daar zelf tegenaan",
         r"Zeg niet: .U slaat uw kind"),
    fact("gesprek-melding-vooraf-vertellen", "/gesprek/", "melding-aankondigen",
         # The rule itself is the snippet includes/ouders-vooraf.md (test_content_review2.py).
         r"in principe wel", r"Vertel de ouders of de cliënt vooraf dat u meldt, en waarom",
         r"U vraagt geen toestemming"),
    fact("gesprek-melding-aankondigen-tenzij-onveilig", "/gesprek/", "melding-aankondigen",
         r"niet als het iemand in gevaar brengt", r"het kind zijn, de cliënt, uzelf of een collega",
         r"Spreek eerst met Veilig Thuis af"),
    fact("gesprek-niet-eerst-bij-gevaar", "/gesprek/", "niet-eerst-in-gesprek",
         r"het kind, de cliënt, andere mensen of uzelf",
         r"Praat dan niet eerst met de ouders of de cliënt"),
    fact("gesprek-niet-eerst-vormen", "/gesprek/", "niet-eerst-in-gesprek",
         r"seksueel misbruik", r"eergerelateerd geweld", r"huwelijksdwang", r"PCF"),
    fact("gesprek-pcf-uitgelegd", "/gesprek/", "niet-eerst-in-gesprek",
         r"verzint een ouder dat een kind ziek is", r"maakt het kind zelf ziek"),
    fact("gesprek-niet-eerst-bel-veilig-thuis-beslis-samen", "/gesprek/", "niet-eerst-in-gesprek",
         rf"Bel dan eerst Veilig Thuis: {VT}", r"Spreek eerst met Veilig Thuis af of zij het horen",
         rf"nu in gevaar\? Bel dan {ALARM_RE}"),
    fact("gesprek-na-gesprek-vastleggen", "/gesprek/", "na-het-gesprek",
         r"Leg het gesprek vast in het dossier", r"hoe de ouders of de cliënt reageerden",
         r"welke afspraken", r"wie u het vertelde en hoe die reageerde"),
    # ----------------------------------------------------- /aandachtsfunctionaris/
    fact("af-top-bel", "/aandachtsfunctionaris/", None,
         r"niet alleen", r"Bel {af}"),
    fact("af-taken", "/aandachtsfunctionaris/", "wat-doet-de-aandachtsfunctionaris",
         r"advies over de stappen van de meldcode", r"denkt met u mee",
         r"helpt u kiezen met het afwegingskader", r"kent Veilig Thuis en andere hulp",
         r"houdt dit protocol en de meldcode actueel"),
    fact("af-organisatie-naam", "/aandachtsfunctionaris/", "wat-doet-de-aandachtsfunctionaris",
         r"Bij {org} kunt u terecht bij {af}"),
    fact("af-stap-2-en-zelf-advies", "/aandachtsfunctionaris/", "wat-doet-de-aandachtsfunctionaris",
         r"stap 2 van de meldcode", r"altijd zelf advies vragen"),
    fact("af-wie-meldt-professional-beslist", "/aandachtsfunctionaris/", "wie-meldt",
         r"Meestal doet u de melding zelf", r"U beslist zelf of u meldt",
         r"overlegt u eerst met de aandachtsfunctionaris"),
    fact("af-wie-meldt-samen-of-overnemen", "/aandachtsfunctionaris/", "wie-meldt",
         r"Soms doet u de melding samen", r"neemt de aandachtsfunctionaris een stap van u over",
         r"Spreek altijd af wie wat doet"),
    fact("af-buiten-kantoortijd", "/aandachtsfunctionaris/", "buiten-kantoortijd",
         rf"nu in gevaar\? Bel {ALARM_RE}", rf"Bel Veilig Thuis: {VT}",
         r"dag en nacht bereikbaar", r"gratis"),
    # ----------------------------------------------------------------- /meldrecht/
    fact("meldrecht-top-ja", "/meldrecht/", None,
         r"Mag ik melden zonder toestemming\? Ja",
         r"ook als u een beroepsgeheim heeft"),
    fact("meldrecht-zonder-toestemming-art-5-2-6", "/meldrecht/", "zonder-toestemming",
         r"melding doen bij Veilig Thuis zonder toestemming", r"informatie geven",
         r"artikel 5\.2\.6", r"Wet maatschappelijke ondersteuning 2015"),
    fact("meldrecht-niet-stiekem", "/meldrecht/", "zonder-toestemming",
         r"Zonder toestemming is niet hetzelfde als stiekem",
         r"in principe wel dat u meldt"),
    fact("meldrecht-geen-algemene-meldplicht", "/meldrecht/", "geen-meldplicht",
         r"geen algemene meldplicht", r"U beslist zelf of u meldt"),
    fact("meldrecht-meldcode-verplicht", "/meldrecht/", "geen-meldplicht",
         r"De meldcode zelf is wel verplicht",
         r"Wet verplichte meldcode huiselijk geweld en kindermishandeling"),
    fact("meldrecht-meldplicht-collega-onderwijs-kinderopvang", "/meldrecht/", "geen-meldplicht",
         r"geweld of seksueel misbruik door een collega",
         r"onderwijs en de kinderopvang geldt dan wel een meldplicht"),
    fact("meldrecht-professionele-norm-uitleggen", "/meldrecht/", "professionele-norm",
         r"acute", r"structurele onveiligheid", r"verwacht .* dat u meldt",
         r"moet u kunnen uitleggen waarom", r"dossier"),
    fact("meldrecht-beroepsgeheim-doorbreken", "/meldrecht/", "beroepsgeheim",
         r"arts of een jeugdhulpverlener", r"geheim doorbreken",
         r"alleen als het nodig is", r"geweld te stoppen", r"vermoeden te laten onderzoeken",
         r"Ook zonder toestemming"),
    fact("meldrecht-advies-zonder-namen", "/meldrecht/", "beroepsgeheim",
         r"zonder namen", r"Dat kan altijd", r"geen naam van het kind of het gezin"),
    fact("meldrecht-alleen-nodige-gegevens", "/meldrecht/", "welke-gegevens",
         r"alleen de informatie die nodig is voor de melding", r"feiten apart",
         r"niet meer dan nodig"),
    # ----------------------------------------------------------------- /begrippen/
    fact("begrip-betrokkenen", "/begrippen/", "betrokkenen",
         r"mensen om wie het gaat", r"kind, de ouders of een volwassen cliënt"),
    fact("begrip-beroepsgeheim", "/begrippen/", "beroepsgeheim",
         r"geheimhouden", r"arts of een jeugdhulpverlener", r"toch melden bij Veilig Thuis"),
    fact("begrip-meldrecht", "/begrippen/", "meldrecht",
         r"zonder toestemming een melding doen", r"beroepsgeheim", r"artikel 5\.2\.6",
         r"Wet maatschappelijke ondersteuning 2015"),
    fact("begrip-pcf", "/begrippen/", "pcf",
         r"Pediatric Condition Falsification", r"verzint dat een kind ziek is",
         r"maakt het kind echt ziek", r"kindermishandeling door falsificatie"),
]


@pytest.mark.parametrize(("url", "anchor", "phrases"), FACTS)
def test_fact_is_on_its_page(url: str, anchor: str | None, phrases: tuple[str, ...]) -> None:
    check_fact(url, anchor, phrases)


# --------------------------------------------------------------------------- links and numbers


def _hrefs(url: str, anchor: str | None = None) -> set[str]:
    root = section(url, anchor) if anchor else page_soup(url).select_one("article")
    return {a["href"] for a in root.select("a[href]")}


@pytest.mark.parametrize(("url", "anchor"), [
    ("/gesprek/", None),
    ("/gesprek/", "niet-eerst-in-gesprek"),
    ("/aandachtsfunctionaris/", "buiten-kantoortijd"),
    ("/meldrecht/", None),
])
def test_veilig_thuis_number_dials(url: str, anchor: str | None) -> None:
    assert VEILIG_THUIS.href in _hrefs(url, anchor), f"{url}#{anchor}: no {VEILIG_THUIS.href} link"


@pytest.mark.parametrize(("url", "anchor"), [
    ("/gesprek/", "niet-eerst-in-gesprek"),
    ("/aandachtsfunctionaris/", "buiten-kantoortijd"),
])
def test_alarm_number_dials(url: str, anchor: str) -> None:
    assert ALARM.href in _hrefs(url, anchor), f"{url}#{anchor}: no {ALARM.href} link"


def test_aandachtsfunctionaris_contact_shows_settings() -> None:
    s = settings()
    block = section("/aandachtsfunctionaris/", "contact-aandachtsfunctionaris")
    text = " ".join(block.get_text(" ").split())
    assert s.aandachtsfunctionaris.naam in text
    assert s.organisatie in text
    assert_af_phone(block, "/aandachtsfunctionaris/#contact-aandachtsfunctionaris")
    assert block.select_one(f'a[href="mailto:{s.aandachtsfunctionaris.email}"]') is not None


@pytest.mark.parametrize(("url", "anchor", "target"), [
    ("/gesprek/", "voorbereiden", "vermoedens/#tips"),
    ("/gesprek/", "na-het-gesprek", "vastleggen/"),
    ("/gesprek/", "waarom-een-gesprek", "begrippen/#betrokkenen"),
    ("/gesprek/", "niet-eerst-in-gesprek", "begrippen/#pcf"),
    ("/meldrecht/", "geen-meldplicht", "afwegingskader/#meldcode"),
    ("/meldrecht/", "geen-meldplicht", "collega/"),
    ("/meldrecht/", "beroepsgeheim", "vermoedens/#advies-vragen"),
    ("/meldrecht/", "zonder-toestemming", "begrippen/#meldrecht"),
    ("/meldrecht/", "beroepsgeheim", "begrippen/#beroepsgeheim"),
    ("/aandachtsfunctionaris/", "contact-aandachtsfunctionaris", "contact/#aandachtsfunctionaris"),
])
def test_section_links_to(url: str, anchor: str, target: str) -> None:
    """The section links to `target` (a site URL without its leading /); when that page
    was renamed, a link to its new name counts: the reader lands on the same page."""
    hrefs = _hrefs(url, anchor)
    landed = {link_target(resolve(url), h) for h in hrefs}
    assert resolve(f"/{target}") in landed, f"{url}#{anchor}: no link to {target} in {hrefs}"


@pytest.mark.parametrize(("url", "term"), [
    ("/gesprek/", "betrokkenen"), ("/gesprek/", "pcf"),
    ("/meldrecht/", "meldrecht"), ("/meldrecht/", "beroepsgeheim"),
])
def test_term_link_has_tooltip(url: str, term: str) -> None:
    links = [a for a in soup(url).select("article a[href]") if a["href"].endswith(f"begrippen/#{term}")]
    assert links, f"{url}: no link to begrippen/#{term}"
    assert len(links[0].get("title", "")) > 10, f"{url}: link to #{term} has no tooltip"


@pytest.mark.parametrize(("url", "abbr"), [("/gesprek/", "PCF"), ("/meldrecht/", "Wmo")])
def test_abbreviation_has_tooltip(url: str, abbr: str) -> None:
    found = [a for a in soup(url).select("article abbr[title]") if a.get_text() == abbr]
    assert found, f"{url}: no <abbr title> for {abbr}"
    assert len(found[0]["title"]) > len(abbr)


def test_meldrecht_never_says_you_must_meld() -> None:
    """The law gives a right, not a duty: no 'u moet melden' on the meldrecht page."""
    text = section_text("/meldrecht/", None)
    assert not re.search(r"\bu moet (een melding doen|melden)\b", text, re.IGNORECASE), text[:400]
