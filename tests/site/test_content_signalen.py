"""Content tests for /signalen/, /iemand-vertelt/ and /vastleggen/ (issue: review C1, C2).

Each fact is checked on the built HTML, in the section where a worried reader looks for it.
The sources that confirmed a fact are named next to it.
"""

from __future__ import annotations

import pytest

from scripts.national import ALARM, KINDERTELEFOON, VEILIG_THUIS
from tests.sitepaths import link_target, resolve, soup
from tests.site.test_content import assert_phrases, check_fact, expand, fact, section


FACTS = [
    # ------------------------------------------------------------------ /signalen/
    # meldcode.nu (signalen kindermishandeling), kindermishandelingonderwijskinderopvang.nl
    # (signalenlijst), ikmeldhet.nl ("één signaal is geen signaal").
    fact("signalen-geen-bewijs-patroon", "/signalen/", "wat-zijn-signalen",
         r"signaal is geen bewijs", r"andere oorzaak", r"los signaal zegt weinig",
         r"meer signalen", r"steeds terug", r"Dan zegt dat meer"),
    fact("signalen-stap-1-meldcode", "/signalen/", "wat-zijn-signalen",
         r"Signalen in kaart brengen is stap 1 van de meldcode"),
    fact("signalen-geen-zekerheid-nodig", "/signalen/", "wat-zijn-signalen",
         r"hoeft niet zeker te weten"),
    fact("signalen-kind-lichamelijk", "/signalen/", "lichamelijke-signalen",
         r"blauwe plekken of wonden op vreemde plekken", r"brandwonden",
         r"uitleg die niet past bij het letsel"),
    fact("signalen-kind-gedrag", "/signalen/", "signalen-in-gedrag",
         r"angstig", r"schrikachtig", r"teruggetrokken", r"agressief",
         r"bij de ouders heel anders"),
    fact("signalen-kind-verwaarlozing", "/signalen/", "signalen-van-verwaarlozing",
         r"Verwaarlozing is ook kindermishandeling", r"vaak honger", r"vieze kleding",
         r"vaak ziek, maar krijgt geen zorg"),
    # rijksoverheid.nl (hoe herken ik seksueel misbruik), slachtofferhulp.nl; review A4.
    fact("signalen-kind-seksueel", "/signalen/", "signalen-van-seksueel-misbruik",
         r"seksueel op een manier die niet past bij de leeftijd", r"geheimpje",
         r"bang voor bepaalde mensen of plekken", r"weer in bed plassen"),
    fact("signalen-seksueel-niet-eerst-ouders", "/signalen/", "signalen-van-seksueel-misbruik",
         r"Vermoedt u seksueel misbruik\? Bel eerst Veilig Thuis: {vt_nummer}",
         r"Vertel het de ouders, de partner of de familie dan niet zelf"),
    # veiligthuisgm.nl (pispaaltje: negeren, beledigen), augeo.nl (kindcheck: oudersignalen).
    fact("signalen-ouders", "/signalen/", "signalen-bij-ouders",
         r"negatief praat over het kind", r"uitscheldt of negeert", r"afspraken afzegt",
         r"geen zorg zoekt als het kind ziek is"),
    fact("signalen-ouderproblemen", "/signalen/", "signalen-bij-ouders",
         r"verslaving", r"psychische problemen", r"geweld tussen de ouders",
         r"Ziet een kind geweld tussen de ouders\? Dan is dat ook kindermishandeling"),
    # veiligthuisgm.nl (partnergeweld, ouderenmishandeling), meldcode.nu (ouderenmishandeling).
    fact("signalen-partnergeweld", "/signalen/", "signalen-bij-volwassenen",
         r"partner of ex-partner", r"vage uitleg over letsel", r"weinig oogcontact",
         r"op het laatste moment worden afgezegd", r"het geld beheert"),
    fact("signalen-ouderenmishandeling", "/signalen/", "signalen-bij-volwassenen",
         r"Bij ouderenmishandeling", r"uitleg die niet klopt", r"niet goed verzorgd",
         r"eigen geld"),
    fact("signalen-wat-doet-u", "/signalen/", "wat-doet-u-met-signalen",
         r"Schrijf op wat u ziet en hoort", r"Bespreek de signalen met {af}",
         r"advies aan Veilig Thuis: {vt_nummer}", r"ook als u twijfelt",
         r"stroomschema", r"beslishulp", r"Is iemand nu in gevaar\? Bel {alarm}"),
    # augeo.nl (kindcheck), meldcode.nu (kindcheck valt onder stap 1).
    fact("signalen-kindcheck", "/signalen/", "kindcheck",
         r"verslaving, ernstige psychische problemen of partnergeweld",
         r"voor kinderen zorgt, of zwanger is", r"kinderen veilig zijn",
         r"hoort bij stap 1 van de meldcode"),
    # ------------------------------------------------------------------ /iemand-vertelt/
    # goudawijzer.nl (rustig reageren), kindermishandelingonderwijskinderopvang.nl (beloof nooit
    # geheimhouding), academiepratenmetkinderen.nl, politie.nl (kind niet zelf uithoren).
    fact("vertelt-wat-doet-u", "/iemand-vertelt/", "wat-doet-u",
         r"Luister rustig", r"Blijf kalm", r"serieus", r"alleen open vragen",
         r"Beloof niet dat u het geheim houdt", r"Zeg eerlijk wat u nu gaat doen",
         r"meteen op wat de ander zei"),
    fact("vertelt-zelfde-dag-af-en-veilig-thuis", "/iemand-vertelt/", "wat-doet-u",
         r"dezelfde dag met {af}", r"dezelfde dag Veilig Thuis: {vt_nummer}",
         r"Bel {alarm}"),
    # afwegingskadermeldcode.nl (disclosure is acute onveiligheid), KNMG (meldnorm 1).
    fact("vertelt-is-acute-onveiligheid", "/iemand-vertelt/", "waarom-snel",
         r"Vertelt een kind of volwassene u over geweld thuis\?",
         r"geldt dat als acute onveiligheid", r"melden bij Veilig Thuis de professionele norm",
         r"dag en nacht"),
    fact("vertelt-wat-zegt-u", "/iemand-vertelt/", "wat-zegt-u",
         r"niet de schuld van de ander", r"\"Het is niet jouw schuld\.\"",
         r"\"Wil je er meer over vertellen\?\"", r"Beloof dat dan niet",
         r"Dat kan ik niet beloven"),
    # vriendenkindertelefoon.nl: 8 tot 18 jaar, gratis en anoniem, bellen en chatten.
    fact("vertelt-kindertelefoon", "/iemand-vertelt/", "kindertelefoon",
         r"De Kindertelefoon bellen: {kt_nummer}", r"8 tot 18 jaar", r"gratis en anoniem",
         r"chatten"),
    # kindermishandelingonderwijskinderopvang.nl (geen woorden in de mond), dessaurtrainingen.nl
    # (oordeel laten aan Veilig Thuis of zedenpolitie), goudawijzer.nl (loyaliteit); review A4.
    fact("vertelt-wat-doet-u-niet", "/iemand-vertelt/", "wat-doet-u-niet",
         r"Beloof geen geheimhouding", r"antwoord voorzeggen", r"\"Wat is er gebeurd\?\"",
         r"Ondervraag de ander niet", r"niet zelf uitzoeken", r"Veilig Thuis of de politie",
         r"niets negatiefs over de ouders"),
    fact("vertelt-niet-zelf-confronteren", "/iemand-vertelt/", "wat-doet-u-niet",
         r"geweld misschien pleegt er niet zelf op aan",
         r"niet eerst over met de ouders", r"Spreek eerst met Veilig Thuis af"),
    fact("vertelt-opschrijven", "/iemand-vertelt/", "opschrijven",
         r"dezelfde dag", r"letterlijk, tussen aanhalingstekens", r"datum en de tijd",
         r"wie er bij het gesprek waren", r"Schrijf uw eigen mening apart op"),
    fact("vertelt-daarna-melden", "/iemand-vertelt/", "wat-gebeurt-daarna",
         r"Vertel de ander eerlijk wat er nu gebeurt", r"U doet een melding",
         r"professionele norm", r"Bel eerst {alarm}", r"Houd uw afspraken"),
    # ------------------------------------------------------------------ /vastleggen/
    # movisie.nl (meldcode en dossiervorming: alle 5 stappen in het dossier),
    # jgzrichtlijnen.nl (registratie: verplaats je in de ouder).
    fact("vastleggen-elke-stap", "/vastleggen/", "waarom-vastleggen",
         r"elke stap vast te leggen", r"dossier", r"systeem dat uw organisatie daarvoor heeft",
         r"Schrijf alleen op wat nodig is"),
    # handelingsprotocol.nl (dossiervorming), jgzrichtlijnen.nl (registratie).
    fact("vastleggen-feiten-en-meningen", "/vastleggen/", "feiten-en-meningen",
         r"zo feitelijk mogelijk", r"zelf zag, hoorde of rook", r"Een feit is",
         r"Een mening of uitleg is", r"duidelijk bij dat het uw mening of vermoeden is",
         r"Blijkt later of het klopt"),
    fact("vastleggen-transparant", "/vastleggen/", "feiten-en-meningen",
         r"Bespreek wat u opschrijft", r"onveilig", r"Schrijf dan op waarom niet"),
    # handelingsprotocol.nl (bron vermelden, ook als het een ouder is; diagnoses),
    # signalenkaart.nl (met wie, wat en wanneer besproken).
    fact("vastleggen-wat", "/vastleggen/", "wat-legt-u-vast",
         r"datum en de tijd", r"letterlijk, tussen aanhalingstekens", r"van wie u iets hoorde",
         r"Ook als het een ouder is", r"met wie u overlegde, wanneer, en welk advies",
         r"{af}", r"hoe zij reageerden", r"wat u besloot, en waarom"),
    fact("vastleggen-diagnose-alleen-door-deskundige", "/vastleggen/", "wat-legt-u-vast",
         r"ziekte of stoornis alleen op als een arts"),
    fact("vastleggen-per-stap", "/vastleggen/", "per-stap",
         r"Signalen in kaart brengen", r"kindcheck", r"Overleg met een collega",
         r"Gesprek met de ouders of de cliënt", r"Sprak u niet met hen\? Schrijf dan op waarom niet",
         r"Wegen met het afwegingskader", r"antwoord op elke afwegingsvraag",
         r"Beslissen", r"melden, hulp bieden of afsluiten"),
    # afwegingskadermeldcode.nl (bevindingen vastleggen; vraag 1 nee: afsluiten en vastleggen).
    fact("vastleggen-afwegingsvragen", "/vastleggen/", "afwegingsvragen-vastleggen",
         r"5 vragen", r"ja of nee", r"waarom u dat antwoord geeft",
         r"vraag 1 \"nee\"\? Dan sluit u af", r"Schrijf dat op in het dossier"),
    # review A6 (augeo.nl; KNMG stap 5: wie is ingelicht en hoe reageerde die).
    fact("vastleggen-melding", "/vastleggen/", "melding-vastleggen",
         r"met wie u sprak bij Veilig Thuis", r"welke gegevens u doorgaf",
         r"vooraf vertelde dat u ging melden", r"hoe zij daarop reageerden",
         r"vertelde u het niet vooraf\? Schrijf dan op waarom niet"),
    # ------------------------------------------------------------------ /begrippen/
    fact("begrip-signaal", "/begrippen/", "signaal", r"geen bewijs", r"los signaal zegt weinig"),
    fact("begrip-dossier", "/begrippen/", "dossier", r"elke stap", r"vast te leggen"),
    fact("begrip-onthulling", "/begrippen/", "onthulling",
         r"vertelt u zelf over geweld", r"acute onveiligheid"),
]


@pytest.mark.parametrize(("url", "anchor", "phrases"), FACTS)
def test_fact_is_on_its_page(url: str, anchor: str | None, phrases: tuple[str, ...]) -> None:
    check_fact(url, anchor, phrases)


def _top_admonition(url: str):
    article = soup(url).select_one("article")
    first = article.find("h1").find_next_sibling()
    assert first is not None and "admonition" in first.get("class", []), f"{url}: no admonition at the top"
    return first


@pytest.mark.parametrize("url", ["/signalen/", "/iemand-vertelt/"])
def test_top_box_dials_alarm_and_veilig_thuis(url: str) -> None:
    hrefs = {a["href"] for a in _top_admonition(url).select("a[href]")}
    assert {ALARM.href, VEILIG_THUIS.href} <= hrefs, f"{url}: {hrefs}"


def test_disclosure_top_box_says_same_day_and_no_secret() -> None:
    text = " ".join(_top_admonition("/iemand-vertelt/").get_text(" ").split())
    assert_phrases(text, (r"vandaag", r"Beloof niet dat u het geheim houdt", expand("{af}")), "/iemand-vertelt/ top")
    assert "danger" in _top_admonition("/iemand-vertelt/").get("class", [])


def test_vastleggen_top_box_says_facts_apart() -> None:
    text = " ".join(_top_admonition("/vastleggen/").get_text(" ").split())
    assert_phrases(text, (r"elke stap", r"feiten en meningen apart", r"met wie u overlegde"), "/vastleggen/ top")


def test_kindertelefoon_is_a_tel_link() -> None:
    links = section("/iemand-vertelt/", "kindertelefoon").select(f'a[href="{KINDERTELEFOON.href}"]')
    assert links and links[0].get_text(strip=True) == KINDERTELEFOON.display


# The links a reader follows from these pages (file links become ../page/ URLs).
LINKS = [
    ("/signalen/", "wat-doet-u-met-signalen", "vastleggen/"),
    ("/signalen/", "wat-doet-u-met-signalen", "aandachtsfunctionaris/"),
    ("/signalen/", "wat-doet-u-met-signalen", "stroomschema/"),
    ("/signalen/", "wat-doet-u-met-signalen", "beslishulp/"),
    ("/signalen/", "wat-doet-u-met-signalen", "iemand-vertelt/"),
    ("/signalen/", "signalen-bij-volwassenen", "volwassenen/"),
    ("/signalen/", "kindcheck", "volwassenen/"),
    ("/signalen/", "signalen-van-seksueel-misbruik", "gesprek/#niet-eerst-in-gesprek"),
    ("/iemand-vertelt/", "waarom-snel", "afwegingskader/#acute-onveiligheid"),
    ("/iemand-vertelt/", "waarom-snel", "melden/#wanneer-melden"),
    ("/iemand-vertelt/", "wat-doet-u-niet", "gesprek/#niet-eerst-in-gesprek"),
    ("/iemand-vertelt/", "opschrijven", "vastleggen/"),
    ("/iemand-vertelt/", "wat-gebeurt-daarna", "melden/#melding-doen"),
    ("/iemand-vertelt/", "wat-gebeurt-daarna", "melden/#acuut-gevaar"),
    ("/vastleggen/", "per-stap", "afwegingskader/#meldcode"),
    ("/vastleggen/", "per-stap", "signalen/"),
    ("/vastleggen/", "afwegingsvragen-vastleggen", "afwegingskader/#vijf-vragen"),
    ("/vastleggen/", "melding-vastleggen", "melden/#melding-doen"),
]


@pytest.mark.parametrize(("url", "anchor", "target"), LINKS, ids=lambda v: str(v).strip("/"))
def test_section_links_to(url: str, anchor: str, target: str) -> None:
    hrefs = [a["href"] for a in section(url, anchor).select("a[href]")]
    landed = {link_target(resolve(url), h) for h in hrefs}  # a renamed page counts under its new name
    assert resolve(f"/{target}") in landed, f"{url}#{anchor}: no link to {target} in {hrefs}"


@pytest.mark.parametrize(("url", "term"), [("/signalen/", "signaal"), ("/iemand-vertelt/", "onthulling"),
                                           ("/vastleggen/", "dossier")])
def test_term_has_tooltip_link(url: str, term: str) -> None:
    links = [a for a in soup(url).select("article a[href]") if a["href"].endswith(f"begrippen/#{term}")]
    assert links, f"{url}: no link to begrippen#{term}"
    assert len(links[0].get("title", "")) > 10, f"{url}: link to begrippen#{term} has no tooltip"
