"""Content tests for the findings of the meldcode review (sections A and B of
../shared/facts/review-2026-12.md): each fixed fact on its own page and section, and the
wordings that were wrong must not come back. Checks run on the built HTML (site/).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

from scripts.national import ALARM, VEILIG_THUIS
from tests.sitepaths import nav_urls, soup
from tests.site.test_content import assert_phrases, check_fact, fact, section, section_text

# The one sentence on responsibility after a melding (finding A3), on every page that speaks of it.
RESPONSIBILITY = r"U blijft zelf verantwoordelijk voor de zorg en hulp die u zelf geeft"

FINDINGS = [
    # A1, A2: levensgevaar (112) and acute onveiligheid (melden) are two things.
    fact("a2-acute-onveiligheid-nu-of-komende-dagen", "/afwegingskader/", "acute-onveiligheid",
         r"nu of in de komende dagen niet zeker", r"niet alleen om de komende uren",
         r"niet alleen om lichamelijk gevaar", r"seksueel geweld", r"basiszorg",
         r"eergerelateerd geweld", r"gedwongen huwelijk", r"vrouwelijke genitale verminking",
         r"mensenhandel", r"meldt u meteen bij Veilig Thuis", r"dag en nacht", r"levensgevaar"),
    fact("a2-melden-direct-gevaar-versus-acute-onveiligheid", "/melden/", "acuut-gevaar",
         r"levensgevaar\? Bel eerst", r"acute onveiligheid", r"meldt u meteen bij Veilig Thuis",
         r"dag en nacht"),
    fact("a2-begrip-acute-onveiligheid", "/begrippen/", "acute-onveiligheid",
         r"nu of in de komende dagen", r"meldt u meteen bij Veilig Thuis"),
    # A3: responsibility after a melding.
    fact("a3-verantwoordelijkheid-melden", "/melden/", "verantwoordelijkheid",
         r"neemt Veilig Thuis de verantwoordelijkheid voor de volgende stappen over", RESPONSIBILITY,
         r"nieuwe signalen"),
    fact("a3-verantwoordelijkheid-vermoedens", "/vermoedens/", "van-advies-naar-melding", RESPONSIBILITY),
    fact("a3-verantwoordelijkheid-begrip", "/begrippen/", "melding",
         r"verantwoordelijkheid voor de volgende stappen over", RESPONSIBILITY),
    # A4, A6: announcing the melding, with the safety exception.
    fact("a6-melding-aankondigen", "/melden/", "melding-aankondigen",
         r"Vertel de ouders of de cliënt vooraf dat u meldt", r"waarom",
         r"niet als het iemand in gevaar brengt", r"seksueel misbruik", r"eergerelateerd geweld",
         r"Spreek eerst met Veilig Thuis af", r"wie u het vertelde en hoe zij reageerden"),
    # A5: anonymity is the exception.
    fact("a5-eigen-naam-is-de-regel", "/melden/", "melding-doen", r"onder uw eigen naam", r"regel"),
    fact("a5-drie-gronden", "/anoniem-melden/", "wanneer-anoniem",
         r"alleen geheim als het anders niet veilig is", r"kind of de volwassene",
         r"u of uw collega's", r"band van vertrouwen"),
    # A7: veiligheidsbeoordeling and Veilig Thuis's choice, next to the seed's onderzoek.
    fact("a7-veiligheidsbeoordeling", "/melden/", "veiligheidsbeoordeling",
         r"veiligheidsbeoordeling", r"meteen, anders binnen 5 werkdagen", r"zelf onderzoek",
         r"voorwaarden", r"wijkteam", r"sluit de melding af"),
    fact("a7-onderzoek-na-de-beoordeling", "/melden/", "onderzoek",
         r"start Veilig Thuis een onderzoek", r"Sinds 2019 komt eerst de veiligheidsbeoordeling"),
    # A8: when terugkoppeling comes.
    fact("a8-terugkoppeling-twee-momenten", "/terugkoppeling/", "wanneer",
         r"Na de veiligheidsbeoordeling", r"binnen 5 werkdagen", r"Na het onderzoek",
         r"vervolg", r"wie de zorg overneemt", r"afspraken .*over de veiligheid"),
    fact("a8-te-lang", "/terugkoppeling/", "zelf-bellen", r"Te lang is: na 5 werkdagen"),
    fact("c10-na-de-melding-blijven-kijken", "/terugkoppeling/", "na-de-melding",
         r"Blijf goed kijken", r"nieuwe signalen", r"dossier"),
    # A9: "melden is de professionele norm" explained; meldrecht.
    fact("a9-professionele-norm-uitgelegd", "/afwegingskader/", "meldnormen",
         r"verwacht iedereen dat u meldt", r"moet u kunnen uitleggen waarom",
         r"geen wet die u verplicht om te melden", r"zonder toestemming"),
    fact("a9-melden-professionele-norm", "/melden/", "wanneer-melden",
         r"verwacht iedereen dat u meldt", r"moet u kunnen uitleggen waarom"),
    fact("a9-zonder-toestemming", "/melden/", "melding-doen", r"zonder toestemming .* Ja"),
    # A10: the third meldnorm, stated plainly.
    fact("a10-derde-meldnorm", "/afwegingskader/", "meldnormen",
         r"Meld als u wel hulp biedt, maar de onveiligheid niet stopt of terugkomt"),
    # A11: every melding criterion on /melden/.
    fact("a11-alle-criteria-melden", "/melden/", "wanneer-melden",
         r"acute onveiligheid", r"vertelt", r"structurele onveiligheid",
         r"eigen hulp niet genoeg", r"hulp niet aanvaarden", r"hulp niet werkt", r"terugkomt"),
    # A12: the Raad investigates, the kinderrechter decides.
    fact("a12-raad-en-kinderrechter", "/melden/", "raad-voor-de-kinderbescherming",
         r"De Raad doet dan zelf onderzoek", r"kinderrechter vragen om een maatregel",
         r"De kinderrechter beslist"),
    fact("a12-begrip-raad", "/begrippen/", "raad-voor-de-kinderbescherming", r"De kinderrechter beslist"),
    # A13: tijdelijk huisverbod.
    fact("a13-huisverbod-geen-stap-van-de-lezer", "/melden/", "tijdelijk-huisverbod",
         r"burgemeester", r"10 dagen", r"maximaal 4 weken", r"politie",
         r"U vraagt het niet zelf aan"),
    # B: weakened seed wording restored.
    fact("b-zo-vaak-als-nodig", "/vermoedens/", "opnieuw-bellen",
         r"meerdere keren", r"ondersteunen bij uw acties"),
    fact("b-volwassenen-bij-advies", "/vermoedens/", "advies-vragen",
         r"volwassene", r"partners", r"ouderenmishandeling"),
    fact("b-veilig-thuis-volgende-stap", "/veilig-thuis/", "triage", r"kiest Veilig Thuis de volgende stap"),
    # C9 / C11: De Kindertelefoon and the vertrouwensinspecteurs on the contact page.
    fact("c11-kindertelefoon", "/contact/", "kindertelefoon",
         r"De Kindertelefoon", "{kt_nummer}", r"chatten", r"gratis en anoniem", r"8 tot 18 jaar"),
    fact("c4-vertrouwensinspecteurs-contact", "/contact/", "vertrouwensinspecteurs",
         r"onderwijs of de kinderopvang", r"vertrouwensinspecteurs", "{vi_nummer}",
         r"kantoortijd"),
]


@pytest.mark.parametrize(("url", "anchor", "phrases"), FINDINGS)
def test_review_finding_is_fixed(url: str, anchor: str | None, phrases: tuple[str, ...]) -> None:
    check_fact(url, anchor, phrases)


# Wordings the review found wrong; none may come back on any page (tested with those of the
# second review, test_content_review2.py).
WRONG = {
    r"Na uw melding is Veilig Thuis verantwoordelijk": "A3: responsibility is only partly handed over",
    r"neemt het (dan )?van u over": "A3: responsibility is only partly handed over",
    r"niet meer verantwoordelijk": "A3: responsibility is only partly handed over",
    r"hoeven niet te weten dat u meldt": "A5: anonymity is the exception",
    # A question ("Moet u melden?") that the page answers with "Nee" is fine.
    r"\bmoet u (een melding doen|melden)\b(?!\?)|\bu moet (een melding doen|melden)\b": "A9: the law says mag, not moet",
    r"Landelijke bronnen noemen ook een derde norm": "A10: meldnorm 3 is stated plainly",
    r"De Raad vraagt daarvoor een maatregel": "A12: the kinderrechter decides",
    r"gedwongen worden om hulp": "D: passive voice hides who acts",
}


def test_start_page_lists_every_melding_criterion() -> None:
    (box,) = [b for b in section("/", "wat-nu").select(".admonition") if "Meld bij Veilig Thuis" in b.get_text()]
    text = " ".join(box.get_text(" ").split())
    assert_phrases(text, (r"Meld bij Veilig Thuis", re.escape(VEILIG_THUIS.display), r"acute onveiligheid",
                          r"vertelt", r"structurele onveiligheid", r"niet genoeg hulp",
                          r"willen de hulp niet", r"hulp werkt niet", r"geweld komt terug"), "/#wat-nu")


def test_start_page_speaks_about_children_and_adults() -> None:
    h1 = soup("/").select_one("article h1").get_text()
    assert "kind" in h1 and "volwassene" in h1, h1
    assert_phrases(section_text("/", "volwassene"), (r"partners", r"ouderenmishandeling", r"volwassenen"),
                   "/#volwassene")
    assert_phrases(section_text("/", "wat-nu"), (re.escape(ALARM.display), r"Direct gevaar"), "/#wat-nu")


def test_every_page_of_the_navigation_is_reachable_from_the_start_page() -> None:
    linked = {urlsplit(urljoin("http://site/", a["href"])).path for a in soup("/").select("article a[href]")}
    for url in nav_urls():
        assert url == "/" or url in linked, f"the start page does not link to {url}"


def test_begrippen_are_in_alphabetical_order() -> None:
    """The page says the terms stand from A to Z ("De" in front of a name does not count)."""
    terms = [re.sub(r"^De ", "", h.get_text().replace("¶", "").strip()).lower()
             for h in soup("/begrippen/").select("article h2")]
    assert terms == sorted(terms)
