"""The settings of organisatie.yml, written once.

Each `Setting` says what the file may hold and everything that follows from it: the key
and its block, its kind (how it is checked and shown), whether it is required, the
example value the template ships with, the placeholder pages use for it, and its row in
the settings table of BEHEER.md (`python -m scripts.schema` prints that table).
A new setting is one entry here, plus its use in a page.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Kind(enum.Enum):
    """How a value is checked, compared with its example and put into a page."""

    TEXT = "tekst"
    PHONE = "telefoon"
    EMAIL = "e-mail"
    DATE = "datum"
    WEBSITE = "webadres"


@dataclass(frozen=True)
class Example:
    """The value the template ships with: fine for a preview, wrong on a live intranet."""

    value: str
    # How the "Voorbeeldversie" notice names the setting.
    label: str


@dataclass(frozen=True)
class Setting:
    # Dotted, as in the file: `aandachtsfunctionaris.telefoon` is `telefoon:` in the block
    # `aandachtsfunctionaris:`. In a list of blocks (LIST_BLOCKS) it is a key of each block.
    name: str
    kind: Kind
    # BEHEER.md's settings table: what to fill in, and a filled-in value as YAML.
    explanation: str
    filled_in: str
    required: bool = True
    example: Example | None = None
    # `{{ placeholder }}` in a page or flow shows the value; None: pages cannot use it.
    # Only a required setting has one: a page must never show an empty value.
    placeholder: str | None = None

    @property
    def block(self) -> str:
        """The block it sits in; '' at the top of the file."""
        return self.name.rpartition(".")[0]

    @property
    def key(self) -> str:
        return self.name.rpartition(".")[2]


# The blocks that are a list (`- versie: ...`), one block per entry.
LIST_BLOCKS = frozenset({"wijzigingen"})

SCHEMA: tuple[Setting, ...] = (
    Setting("naam", Kind.TEXT, "de naam van uw organisatie", "Kindcentrum De Linde",
            example=Example("Onze organisatie", "de naam van de organisatie"), placeholder="organisatie.naam"),
    Setting("website", Kind.WEBSITE,
            "het adres van deze website op uw intranet. Dan werkt de foutpagina (\"pagina niet gevonden\") ook "
            "als de site in een map staat, en krijgt de sitemap de adressen van alle pagina's.",
            "https://intranet.kindcentrum.nl/protocol/", required=False),
    Setting("aandachtsfunctionaris.naam", Kind.TEXT,
            "de naam van de aandachtsfunctionaris, zo dat hij past in de zin \"Bespreek uw zorgen met ...\"",
            "Sanne Jansen",
            example=Example("de aandachtsfunctionaris", "de naam van de aandachtsfunctionaris"),
            placeholder="aandachtsfunctionaris.naam"),
    Setting("aandachtsfunctionaris.telefoon", Kind.PHONE, "een Nederlands telefoonnummer", "030-1234567",
            example=Example("0123-456789", "het telefoonnummer van de aandachtsfunctionaris"),
            placeholder="aandachtsfunctionaris.telefoon"),
    Setting("aandachtsfunctionaris.email", Kind.EMAIL, "een e-mailadres",
            "aandachtsfunctionaris@kindcentrum-delinde.nl",
            example=Example("aandachtsfunctionaris@example.org", "het e-mailadres van de aandachtsfunctionaris"),
            placeholder="aandachtsfunctionaris.email"),
    Setting("veilig_thuis.naam", Kind.TEXT, "de naam van Veilig Thuis in uw regio", "Veilig Thuis Utrecht",
            example=Example("Veilig Thuis in uw regio", "de naam van Veilig Thuis in uw regio"),
            placeholder="veilig_thuis.naam"),
    Setting("protocol.versie", Kind.TEXT, "het versienummer, tussen aanhalingstekens", '"1.1"',
            placeholder="protocol.versie"),
    Setting("protocol.vastgesteld_op", Kind.DATE, "de datum waarop het protocol is vastgesteld", "2026-11-30",
            placeholder="protocol.vastgesteld_op"),
    Setting("protocol.vastgesteld_door", Kind.TEXT, "wie het protocol heeft vastgesteld", "het bestuur",
            example=Example("de directie", "wie het protocol heeft vastgesteld"),
            placeholder="protocol.vastgesteld_door"),
    Setting("protocol.herzien_op", Kind.DATE,
            "de datum van de laatste herziening; niet eerder dan `vastgesteld_op`", "2027-10-15",
            placeholder="protocol.herzien_op"),
    Setting("protocol.volgende_herziening", Kind.DATE,
            "de datum van de volgende herziening; later dan `herzien_op`", "2028-10-15",
            placeholder="protocol.volgende_herziening"),
    Setting("wijzigingen.versie", Kind.TEXT, "per versie een blok: het versienummer, tussen aanhalingstekens",
            '"1.1"'),
    Setting("wijzigingen.datum", Kind.DATE, "de datum van die versie", "2027-10-15"),
    Setting("wijzigingen.wat", Kind.TEXT, "wat er in die versie is veranderd, in een paar zinnen",
            "Het telefoonnummer is veranderd."),
    Setting("wijzigingen.vastgesteld_door", Kind.TEXT, "wie die versie heeft vastgesteld", "het bestuur",
            example=Example("de directie", "wie een versie heeft vastgesteld (wijzigingen)")),
)

# The e-mail domains that are examples whatever the name in front (RFC 2606).
EXAMPLE_EMAIL_DOMAINS = ("example.org", "example.com", "example.net")


def setting(name: str) -> Setting:
    """The setting called `name`."""
    return next(s for s in SCHEMA if s.name == name)


def keys_of(block: str) -> list[str]:
    """The keys a block may hold, in the order of the schema: settings and sub-blocks."""
    keys: list[str] = []
    for entry in SCHEMA:
        if entry.name.startswith(f"{block}.") or not block:
            rest = entry.name.removeprefix(f"{block}.") if block else entry.name
            key = rest.split(".")[0]
            if key not in keys:
                keys.append(key)
    return keys


def is_block(name: str) -> bool:
    return any(entry.name.startswith(f"{name}.") for entry in SCHEMA)


def beheer_table() -> str:
    """The settings table of BEHEER.md, as the guide shows it (deel 2)."""
    rows = ["| Instelling | Wat vult u in? | Voorbeeld |", "|---|---|---|"]
    for entry in SCHEMA:
        explanation = entry.explanation if entry.required else f"niet verplicht: {entry.explanation}"
        rows.append(f"| `{entry.name}` | {explanation} | `{entry.filled_in}` |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(beheer_table())
