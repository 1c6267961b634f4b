"""Every message a content owner can see: what the build, `make serve`, `make dist` and
`python -m scripts.flows check` print when something is wrong, in Dutch (B1).

Each message is a constant here, a `str.format` template with Dutch named fields; the
code fills it in (`UNKNOWN_FIELD(naam=key, lijst=known)`) and hands the text to its error
class. A message that names a place starts with it (`{bestand}:{regel}: ...`); a message
about a flow file does not: FlowError puts the file, the line and the step in front
(FLOW_STEP). BEHEER.md, deel 8, explains every message; tests/unit/test_beheer.py
holds the two to each other, and fails on Dutch text given to an error class, or returned
by a `..._warning` function, anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Formatter


@dataclass(frozen=True)
class Message:
    """A message template; call it with a value for each of its fields."""

    text: str

    def __post_init__(self) -> None:
        for name in self.fields:
            if not name.isidentifier():
                raise ValueError(f"{self.text!r}: every field needs a plain name, not {{{name}}}")

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(name for _, name, _, _ in Formatter().parse(self.text) if name is not None)

    def __call__(self, **parts: object) -> str:
        if parts.keys() != self.fields:
            missing, extra = sorted(self.fields - parts.keys()), sorted(parts.keys() - self.fields)
            raise TypeError(f"{self.text!r}: missing fields {missing}, unknown fields {extra}")
        return self.text.format(**parts)


def catalogue() -> dict[str, Message]:
    """Every message of this module by its name, in the order of the module."""
    return {name: value for name, value in globals().items() if isinstance(value, Message)}


# The settings file (organisatie.yml). A mistake in a setting starts with its name
# ({instelling}); the file reader puts the file and the line in front.
SETTINGS_ERROR = Message("Fout in de organisatie-instellingen: {melding}")
SETTINGS_UNREADABLE = Message("{bestand}: kan het bestand niet lezen ({reden})")
SETTINGS_YAML = Message(
    "{bestand}:{regel}: YAML-fout: {uitleg}. Kijk of de regel goed inspringt (met spaties) en of tekst met een : "
    "of # tussen aanhalingstekens staat."
)
SETTINGS_NOT_A_MAPPING = Message("{instelling}: {bestand} begint met de instellingen, zoals naam: Basisschool De Linde")
SETTING_MISSING = Message("{instelling}: deze instelling ontbreekt in {bestand}")
SETTING_EMPTY = Message("{instelling}: deze instelling is leeg")
SETTING_NOT_TEXT = Message("{instelling}: verwacht tekst, niet '{waarde}'")
SETTING_NOT_A_BLOCK = Message("{instelling}: verwacht een blok met instellingen, niet '{waarde}'")
UNKNOWN_SETTING = Message("{instelling}: onbekende instelling (bekend zijn: {lijst})")
BAD_PHONE = Message(
    "{instelling}: '{waarde}' is geen geldig Nederlands telefoonnummer (voorbeelden: 0800-2000, 030-1234567, "
    "+31301234567)"
)
VEILIG_THUIS_PHONE_REMOVED = Message(
    "{instelling}: dit is geen instelling meer. Het landelijke nummer van Veilig Thuis (0800-2000) staat vast in "
    "de site. Haal deze regel weg."
)
BAD_EMAIL = Message("{instelling}: '{waarde}' is geen geldig e-mailadres")
BAD_WEBSITE = Message(
    "{instelling}: '{waarde}' is geen webadres. Schrijf het hele adres van de site, zoals "
    "https://intranet.kindcentrum.nl/protocol/"
)
BAD_DATE = Message("{instelling}: '{waarde}' is geen geldige datum (gebruik JJJJ-MM-DD)")
DATE_WITH_TIME = Message("{instelling}: geef alleen een datum (JJJJ-MM-DD), geen tijd")
REVIEW_BEFORE_ADOPTION = Message("{instelling}: {datum} ligt voor vastgesteld_op ({vastgesteld})")
NEXT_REVIEW_TOO_EARLY = Message("{instelling}: {datum} ligt niet na herzien_op ({herzien})")
CHANGES_NOT_A_LIST = Message("{instelling}: verwacht een lijst met versies, zoals - versie: \"1.0\", niet '{waarde}'")
CHANGES_EMPTY = Message("{instelling}: de lijst is leeg. Zet hier minstens de huidige versie, zoals - versie: \"1.0\"")
CHANGE_NOT_A_BLOCK = Message("{instelling}: elke versie is een blok met {velden}, niet '{waarde}'")
CHANGE_TWICE = Message("{instelling}: versie {versie} staat er twee keer. Geef elke versie één blok")
NOT_PUBLISHED = Message(
    "Geen site gemaakt: in organisatie.yml staan nog voorbeeldwaarden bij: {lijst}. Vul de echte gegevens in. "
    "Wilt u toch een proefversie? Typ dan `make preview`."
)

# Pages (docs/): the menu, the front matter, the placeholders and the markers.
UNKNOWN_PLACEHOLDER = Message("{bestand}:{regel}: onbekende plaatshouder '{{{{ {naam} }}}}' (bekend: {lijst})")
SNIPPET_ERROR = Message("Fout in een tekst in includes/: {melding}")
PLACEHOLDER_IN_SNIPPET = Message(
    "{bestand}:{regel}: plaatshouders werken niet in includes/ ('{{{{ {naam} }}}}'). Schrijf de tekst zonder "
    "plaatshouder, of zet hem in de pagina zelf"
)
PAGE_NOT_IN_MENU = Message(
    "docs/{pad} staat niet in het menu. Zet de pagina in mkdocs.yml onder nav:, bijvoorbeeld - Mijn pagina: {pad}"
)
KEYWORDS_NOT_A_LIST = Message(
    "{bestand}:{regel}: 'zoekwoorden' moet een lijst zijn, zoals zoekwoorden: [slaan, geslagen] (nu: {waarde!r})"
)
KEYWORD_NOT_TEXT = Message(
    "{bestand}:{regel}: 'zoekwoorden' bevat {waarde!r}; schrijf elk zoekwoord als gewone tekst, "
    "gescheiden door komma's"
)
UNKNOWN_DIAGRAM = Message("{bestand}:{regel}: stroomschema '{naam}' bestaat niet in diagrams/ (wel: {lijst})")
UNKNOWN_BESLISHULP = Message("{bestand}:{regel}: beslishulp '{naam}' bestaat niet in diagrams/ (wel: {lijst})")
UNKNOWN_MARKER = Message(
    "{bestand}:{regel}: de regel '<!-- {naam}' kent de computer niet. Bedoelt u een van deze: {lijst}? "
    "Schrijf de naam precies zo. Is het een opmerking? Schrijf dan meer dan één woord."
)
BESLISHULP_PAGE_EXISTS = Message("docs/{pad} bestaat al; de beslishulp van {bestand} maakt die pagina")

# A flow file (diagrams/*.yml) as a whole. The build puts FLOW_ERROR in front of one
# message, FLOW_ERRORS above several (one a line).
FLOW_ERROR = Message("Fout in een stroomschema: {melding}")
FLOW_ERRORS = Message("Fout in een stroomschema:")
FLOW_STEP = Message("{bestand}:{regel}: knoop '{knoop}': {melding}")
NO_FLOWS = Message("geen stroomschema's (*.yml) gevonden")
FLOW_UNREADABLE = Message("kan het bestand niet lezen ({reden})")
FLOW_FILE_NAME = Message("bestandsnaam '{naam}' mag alleen kleine letters, cijfers en - bevatten")
YAML_ERROR = Message("YAML-fout: {uitleg}")
YAML_DUPLICATE_KEY = Message("veld '{naam}' staat er twee keer")  # an {uitleg} of YAML_ERROR, also in organisatie.yml
FLOW_BEGINNING = Message("een stroomschema begint met de velden title, description en nodes")
UNKNOWN_FIELD = Message("onbekend veld '{naam}' (bekend: {lijst})")
FIELD_MISSING = Message("'{veld}' ontbreekt of is leeg")
FIELD_NOT_TEXT = Message("'{veld}' moet tekst zijn")
NODES_NOT_A_LIST = Message("'nodes' moet een lijst met knopen zijn")
NODE_NOT_A_BLOCK = Message("elke knoop is een blok met velden, niet '{tekst}'")

# One step (knoop) of a flow file.
BAD_ID = Message("'id' ontbreekt of is ongeldig ('{id}'): gebruik kleine letters, cijfers en -")
ID_INDEX = Message("'index' is gereserveerd voor de startpagina; kies een andere id")
DUPLICATE_ID = Message("id komt twee keer voor (eerder op regel {regel})")
CUT_BY_COMMENT = Message(
    "in '{veld}' valt alles na ' #' weg (YAML leest dat als opmerking). Zet de hele tekst tussen "
    "aanhalingstekens, zoals {veld}: \"Bel 112 # direct\""
)
PLACEHOLDER_IN_PLAIN_FIELD = Message(
    "plaatshouders werken niet in '{veld}', alleen in 'text'. Schrijf de tekst zonder {{{{ }}}}"
)
UNKNOWN_PLACEHOLDER_IN_TEXT = Message("onbekende plaatshouder '{{{{ {naam} }}}}' in 'text' (bekend: {lijst})")
BAD_KIND = Message("'kind' is '{waarde}'; kies uit {lijst}")
LABEL_TOO_LONG = Message("'label' is {aantal} tekens; houd het korter dan {grens}")
TITLE_NOT_OUTCOME = Message("'title' hoort alleen bij een uitkomst (kind: outcome)")
OUTCOME_MISSING = Message("een uitkomst heeft 'outcome' nodig: {lijst}")
BAD_OUTCOME = Message("'outcome' is '{waarde}'; kies uit {lijst}")
OUTCOME_NOT_OUTCOME = Message("'outcome' hoort alleen bij een uitkomst (kind: outcome)")
MELDNORM_MISSING = Message(
    "een uitkomst met outcome: report heeft 'meldnorm' nodig: het nummer van de meldnorm die geldt, zoals meldnorm: 1"
)
MELDNORM_NO_REPORT = Message("'meldnorm' hoort niet bij outcome: {soort}: daar meldt u niet bij Veilig Thuis")
MELDNORM_NOT_OUTCOME = Message(
    "'meldnorm' hoort alleen bij een uitkomst met een melding (outcome: report of emergency)"
)
BAD_MELDNORM = Message("'meldnorm' is '{waarde}'; schrijf het nummer van een meldnorm, zoals 1")
UNKNOWN_MELDNORM = Message("meldnorm {nummer} bestaat niet; kies uit {nummers} (zie {bestand})")
NEXT_MISSING = Message("een {soort} (kind: {kind}) heeft 'next' nodig: de id van de volgende knoop")
NEXT_NOT_ANSWERS = Message("een {soort} (kind: {kind}) heeft 'next', geen 'answers'")
NO_NEXT = Message("een {soort} (kind: {kind}) heeft geen 'next'")
OUTCOME_ANSWERS = Message("een uitkomst heeft geen 'answers'")
ANSWERS_MISSING = Message("een vraag heeft 'answers' nodig met Ja en Nee")
ANSWER_MISSING = Message("een vraag heeft zowel Ja als Nee nodig; '{antwoord}' ontbreekt")
UNKNOWN_ANSWER = Message("onbekend antwoord '{antwoord}': alleen Ja en Nee")
UNKNOWN_ANSWER_YES_NO = Message(
    "onbekend antwoord '{antwoord}': alleen Ja en Nee (YAML leest yes, no, true en false als ja/nee-waarde; "
    "schrijf Ja en Nee)"
)
ANSWER_NO_TARGET = Message("antwoord '{antwoord}' moet naar een id wijzen")
LINK_MISSING = Message("'link' ontbreekt: de pagina en het kopje, zoals vermoedens.md#advies-vragen")
BAD_LINK = Message("'link' '{waarde}' heeft niet de vorm pagina.md#anker")

# The numbered lists in includes/ (the meldnormen, the steps of the meldcode).
LIST_ERROR = Message("Fout in een lijst in includes/: {melding}")
LIST_UNREADABLE = Message("{bestand}: kan het bestand niet lezen ({reden})")
LIST_ORDER = Message(
    "{bestand}:{regel}: {soort} {nummer} staat op de plek van {soort} {verwacht}. Nummer ze 1, 2, 3 op volgorde."
)
LIST_LINE = Message(
    "{bestand}:{regel}: elke regel begint met een nummer, zoals '1. ...'. Een volgende regel van hetzelfde punt "
    "begint met spaties."
)
LIST_EMPTY = Message("{bestand}: er staat geen genummerde lijst in. Zet die terug.")

# Routes and links: the routes of a flow, its links to the pages, and deeplinks.txt.
NO_START = Message("er is geen knoop met kind: start")
TWO_STARTS = Message("er mag maar één start zijn; ook '{id}' is een start")
NEXT_UNKNOWN = Message("'next' wijst naar onbekende knoop '{id}'")
ANSWER_UNKNOWN = Message("antwoord '{antwoord}' wijst naar onbekende knoop '{id}'")
NEXT_TO_START = Message("'next' wijst terug naar de start '{id}'")
ANSWER_TO_START = Message("antwoord '{antwoord}' wijst terug naar de start '{id}'")
UNREACHABLE = Message("geen enkele route vanaf de start komt bij deze knoop")
NO_OUTCOME_AHEAD = Message("vanaf deze knoop is geen uitkomst (kind: outcome) te bereiken")
LOOP = Message("lus: van hier gaat de route terug naar '{id}'; een beslishulp gaat altijd vooruit")
TOO_MANY_PATHS = Message("meer dan {grens} routes komen hier samen; maak het schema eenvoudiger")
ROUTE_TOO_LONG = Message(
    "op een route is dit vraag {nummer}; een route heeft hoogstens {grens} vragen. Meer vragen volgt niemand, "
    "en het verslag past dan niet op één A4. Maak de route korter"
)
PAGE_NAME_TWICE = Message("paginanaam '{pagina}' komt twee keer voor; kies een andere id")
LINK_NO_PAGE = Message("link '{link}': pagina '{pagina}' bestaat niet")
LINK_NO_HEADING = Message("link '{link}': kopje '#{anker}' bestaat niet op {pagina}")
DEEPLINKS_ERROR = Message("Fout in de lijst met links: {meldingen}")
DEEPLINK_NO_PAGE = Message("{bestand}:{regel}: de pagina {adres} bestaat niet")
DEEPLINK_NO_HEADING = Message("{bestand}:{regel}: op {adres} is geen kopje met het anker #{anker}")
DEEPLINKS_HINT = Message(
    "Links in inwerkmateriaal wijzen hierheen. Zet het kopje of het anker terug, of zet een doorverwijzing "
    "in mkdocs.yml (README, URL map)."
)

# Renamed pages (mkdocs.yml, plugins: redirects: redirect_maps:).
REDIRECTS_ERROR = Message("Fout in mkdocs.yml, onder redirect_maps: {meldingen}")
REDIRECT_OVER_PAGE = Message(
    "{oud}: deze pagina bestaat in docs/, maar staat ook als oude naam onder redirect_maps. Kies een andere "
    "nieuwe naam voor de pagina, of haal de regel '{oud}: {nieuw}' weg"
)
REDIRECT_TO_OLD_NAME = Message(
    "{oud}: {naam} is zelf een oude naam onder redirect_maps; zet hier de nieuwe naam: '{oud}: {nieuw}'"
)
REDIRECT_CHAIN = Message("{oud}: {naam} is zelf een oude naam onder redirect_maps; verbeter de regels")
REDIRECT_NO_PAGE = Message("{oud}: de nieuwe pagina {nieuw} bestaat niet in docs/")

# The zakkaart (and its PDF in the zip of `make dist`).
ZAKKAART_NO_QUESTIONS = Message(
    "diagrams/{naam}.yml ontbreekt. De zakkaart toont de vragen van dat stroomschema. Zet het bestand terug."
)
ZAKKAART_NOT_BUILT = Message("{map} heeft geen zakkaart: bouw de site eerst.")
ZAKKAART_NO_PDF = Message("LET OP: er is geen Chromium. De zip heeft dan geen zakkaart.pdf; druk /zakkaart/ zelf af.")

# MkDocs' own: the options in mkdocs.yml, the programs the build needs, `make serve`.
BAD_SWITCH = Message("verwacht true of false (of 1 of 0), niet '{waarde}'")
MERMAID_MISSING = Message("{pad} ontbreekt: typ `make setup` (dat installeert Mermaid met npm en zet het in docs/)")
DRAW_FAILED = Message("Mermaid kon een stroomschema niet tekenen: {reden}")
AXE_MISSING = Message(
    "{reden}: typ `make setup`. Dat installeert axe-core, het programma dat de toegankelijkheid test. "
    "De pagina /toegankelijkheid/ noemt de versie."
)
AXE_NOT_INSTALLED = Message("{pakket} is niet geïnstalleerd")  # a {reden} of AXE_MISSING, as are the next two
AXE_NO_VERSION = Message("de versie van axe-core staat niet bovenaan {bestand}")
AXE_UNREADABLE = Message("{bestand} kan niet gelezen worden ({reden})")
NOT_REBUILT = Message(
    "De website is niet opnieuw gebouwd (zie de fout hierboven). De browser laat de vorige versie zien. "
    "Herstel de fout en sla het bestand opnieuw op."
)

# Warnings: printed, and the build goes on.
EXAMPLE_VALUES_LEFT = Message(
    "LET OP: dit is een voorbeeldversie. In {bestand} staan nog voorbeeldwaarden bij: {lijst}. Vul de echte "
    "gegevens in voordat de site live gaat."
)
REVIEW_OVERDUE = Message(
    "LET OP: de herziening van het protocol was gepland op {datum} ({dagen} dagen geleden). Herzie het protocol "
    "en zet daarna protocol.herzien_op en protocol.volgende_herziening in {bestand}."
)
VERSION_WITHOUT_CHANGE = Message(
    "LET OP: bij protocol.versie staat {versie}, maar onder wijzigingen staat geen versie {versie}. Zet in "
    "{bestand} bovenaan wijzigingen een blok voor versie {versie}: de datum, wat er is veranderd en wie de versie "
    "heeft vastgesteld."
)
NO_CHROMIUM = Message(
    "LET OP: geen Chromium gevonden (/usr/bin/chromium of CHROMIUM_PATH). De stroomschema's worden nu in de "
    "browser van de lezer getekend. Installeer Chromium (`sudo apt-get install chromium`) voor stroomschema's "
    "die meteen zichtbaar zijn."
)
WIDE_DIAGRAM = Message(
    "LET OP: {bestand}: het schema is {breedte:.0f} pixels breed. Op een telefoon ({telefoon} pixels) wordt de "
    "tekst in het schema dan kleiner. Maak de labels korter, of zet minder stappen naast elkaar."
)
