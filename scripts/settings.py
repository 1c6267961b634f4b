"""Organisation settings: load and validate the `extra.organisatie` block of mkdocs.yml.

Everything here is pure: a mapping goes in, a frozen dataclass (or a SettingsError
naming the offending setting) comes out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Mapping

SETTINGS_ROOT = "extra.organisatie"

_DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
_PHONE_ALLOWED = re.compile(r"^\+?[0-9][0-9 \-]*[0-9]$")
# Dutch numbers after removing spaces and hyphens: emergency 112, short municipal
# numbers (14 + 3-4 digits), free/paid service numbers (0800/0900 + 4-7 digits),
# ordinary numbers (0 + 9 digits) and the international form (+31 + 9 digits).
_PHONE_DIGITS = re.compile(r"^(112|14\d{3,4}|0[89]00\d{4,7}|0[1-9]\d{8}|\+31[1-9]\d{8})$")
_EMAIL = re.compile(r"^[^@\s<>()\[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class SettingsError(ValueError):
    """A missing or malformed organisation setting; the message names the setting."""


@dataclass(frozen=True)
class Phone:
    """A phone number as written for people and as dialled by a `tel:` link."""

    display: str
    dial: str

    @property
    def href(self) -> str:
        return f"tel:{self.dial}"


@dataclass(frozen=True)
class Contact:
    naam: str
    telefoon: Phone
    email: str | None = None


@dataclass(frozen=True)
class Settings:
    organisatie: str
    aandachtsfunctionaris: Contact
    veilig_thuis_naam: str
    versie: str
    vastgesteld_op: dt.date
    vastgesteld_door: str
    herzien_op: dt.date
    volgende_herziening: dt.date


def dutch_date(day: dt.date) -> str:
    """Format a date the Dutch way: 1 januari 2027."""
    return f"{day.day} {_DUTCH_MONTHS[day.month - 1]} {day.year}"


def parse_phone(value: Any, name: str) -> Phone:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise SettingsError(
            f"{name}: zet het telefoonnummer tussen aanhalingstekens, zoals \"030-1234567\" "
            f"(nu gelezen als het getal {value})"
        )
    text = _text(value, name)
    digits = re.sub(r"[ \-]", "", text)
    if not _PHONE_ALLOWED.match(text) or not _PHONE_DIGITS.match(digits):
        raise SettingsError(
            f"{name}: '{text}' is geen geldig Nederlands telefoonnummer "
            "(voorbeelden: 0800-2000, 030-1234567, +31301234567)"
        )
    return Phone(display=text, dial=digits)


def parse_email(value: Any, name: str) -> str:
    text = _text(value, name)
    if not _EMAIL.match(text):
        raise SettingsError(f"{name}: '{text}' is geen geldig e-mailadres")
    return text


def parse_date(value: Any, name: str) -> dt.date:
    if value is None:
        raise SettingsError(f"{name}: deze instelling ontbreekt in mkdocs.yml")
    if isinstance(value, dt.datetime):
        raise SettingsError(f"{name}: geef alleen een datum (JJJJ-MM-DD), geen tijd")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise SettingsError(f"{name}: '{value}' is geen geldige datum (gebruik JJJJ-MM-DD)")


def load_settings(extra: Mapping[str, Any]) -> Settings:
    """Validate the `extra` mapping of mkdocs.yml and return the organisation settings."""
    root = _section(extra, "organisatie", "extra")
    af = _section(root, "aandachtsfunctionaris", SETTINGS_ROOT)
    vt = _section(root, "veilig_thuis", SETTINGS_ROOT)
    proto = _section(root, "protocol", SETTINGS_ROOT)
    af_name = f"{SETTINGS_ROOT}.aandachtsfunctionaris"
    vt_name = f"{SETTINGS_ROOT}.veilig_thuis"
    proto_name = f"{SETTINGS_ROOT}.protocol"
    _no_unknown(root, {"naam", "aandachtsfunctionaris", "veilig_thuis", "protocol"}, SETTINGS_ROOT)
    _no_unknown(af, {"naam", "telefoon", "email"}, af_name)
    if "telefoon" in vt:
        raise SettingsError(
            f"{vt_name}.telefoon: dit is geen instelling meer. Het landelijke nummer van "
            "Veilig Thuis (0800-2000) staat vast in de site. Haal deze regel weg."
        )
    _no_unknown(vt, {"naam"}, vt_name)
    _no_unknown(
        proto,
        {"versie", "vastgesteld_op", "vastgesteld_door", "herzien_op", "volgende_herziening"},
        proto_name,
    )
    settings = Settings(
        organisatie=_text(root.get("naam"), f"{SETTINGS_ROOT}.naam"),
        aandachtsfunctionaris=Contact(
            naam=_text(af.get("naam"), f"{af_name}.naam"),
            telefoon=parse_phone(af.get("telefoon"), f"{af_name}.telefoon"),
            email=parse_email(af.get("email"), f"{af_name}.email"),
        ),
        veilig_thuis_naam=_text(vt.get("naam"), f"{vt_name}.naam"),
        versie=_version(proto.get("versie"), f"{proto_name}.versie"),
        vastgesteld_op=parse_date(proto.get("vastgesteld_op"), f"{proto_name}.vastgesteld_op"),
        vastgesteld_door=_text(proto.get("vastgesteld_door"), f"{proto_name}.vastgesteld_door"),
        herzien_op=parse_date(proto.get("herzien_op"), f"{proto_name}.herzien_op"),
        volgende_herziening=parse_date(
            proto.get("volgende_herziening"), f"{proto_name}.volgende_herziening"
        ),
    )
    if settings.herzien_op < settings.vastgesteld_op:
        raise SettingsError(
            f"{proto_name}.herzien_op: {settings.herzien_op.isoformat()} "
            f"ligt voor vastgesteld_op ({settings.vastgesteld_op.isoformat()})"
        )
    if settings.volgende_herziening <= settings.herzien_op:
        raise SettingsError(
            f"{proto_name}.volgende_herziening: {settings.volgende_herziening.isoformat()} "
            f"ligt niet na herzien_op ({settings.herzien_op.isoformat()})"
        )
    return settings


# The neutral defaults in mkdocs.yml: fine for a demo, wrong on a live intranet.
EXAMPLE_PHONE = "0123456789"
EXAMPLE_EMAIL_DOMAINS = ("example.org", "example.com", "example.net")


def example_value_warnings(settings: Settings) -> list[str]:
    """Warnings for settings that still hold the shipped example values."""
    af = settings.aandachtsfunctionaris
    name = f"{SETTINGS_ROOT}.aandachtsfunctionaris"
    found = []
    if af.telefoon.dial == EXAMPLE_PHONE:
        found.append(f"{name}.telefoon")
    if af.email and af.email.rsplit("@", 1)[1].lower() in EXAMPLE_EMAIL_DOMAINS:
        found.append(f"{name}.email")
    return [
        f"LET OP: {setting} heeft nog de voorbeeldwaarde. Vul het echte gegeven in mkdocs.yml in "
        "voordat de site live gaat."
        for setting in found
    ]


def review_warning(settings: Settings, today: dt.date) -> str | None:
    """A warning for the build output when the next review date has passed, else None."""
    due = settings.volgende_herziening
    if today <= due:
        return None
    return (
        f"LET OP: de herziening van het protocol was gepland op {due.isoformat()} "
        f"({(today - due).days} dagen geleden). Herzie het protocol en zet daarna "
        f"{SETTINGS_ROOT}.protocol.herzien_op en volgende_herziening in mkdocs.yml."
    )


def _section(parent: Mapping[str, Any], key: str, parent_name: str) -> Mapping[str, Any]:
    value = parent.get(key)
    name = f"{parent_name}.{key}"
    if value is None:
        raise SettingsError(f"{name}: deze instelling ontbreekt in mkdocs.yml")
    if not isinstance(value, Mapping):
        raise SettingsError(f"{name}: verwacht een blok met instellingen, niet '{value}'")
    return value


def _no_unknown(section: Mapping[str, Any], known: set[str], name: str) -> None:
    unknown = sorted(set(section) - known)
    if unknown:
        raise SettingsError(
            f"{name}.{unknown[0]}: onbekende instelling (bekend zijn: {', '.join(sorted(known))})"
        )


def _version(value: Any, name: str) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise SettingsError(
            f"{name}: zet de versie tussen aanhalingstekens, zoals \"1.10\" "
            f"(nu gelezen als het getal {value})"
        )
    return _text(value, name)


def _text(value: Any, name: str) -> str:
    if value is None:
        raise SettingsError(f"{name}: deze instelling ontbreekt in mkdocs.yml")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise SettingsError(f"{name}: verwacht tekst, niet '{value}'")
    text = str(value).strip()
    if not text:
        raise SettingsError(f"{name}: deze instelling is leeg")
    return text
