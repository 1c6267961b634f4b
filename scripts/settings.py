"""Organisation settings: validate the contents of organisatie.yml.

Everything here is pure: a mapping goes in, a frozen dataclass (or a SettingsError
naming the offending setting) comes out. Reading the file, with line numbers for the
messages, is `scripts.settingsfile`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from scripts import messages as M
from scripts import schema
from scripts.messages import Message
from scripts.schema import EXAMPLE_EMAIL_DOMAINS, LIST_BLOCKS, Kind, Setting, is_block, keys_of, setting

# The file content owners edit; messages name it.
SETTINGS_FILE = "organisatie.yml"

_DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
_PHONE_ALLOWED = re.compile(r"^\+?[0-9][0-9 \-]*[0-9]$")
# Dutch numbers after removing spaces and hyphens: emergency 112, short municipal
# numbers (14 + 3-4 digits), free/paid service numbers (0800/0900 + 4-7 digits),
# ordinary numbers (0 + 9 digits) and the international form (+31 + 9 digits).
_PHONE_DIGITS = re.compile(r"^(112|14\d{3,4}|0[89]00\d{4,7}|0[1-9]\d{8}|\+31[1-9]\d{8})$")
_WEBSITE = re.compile(r"^https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d+)?(/[A-Za-z0-9._~%/-]*)?$")
_EMAIL = re.compile(r"^[^@\s<>()\[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class SettingsError(ValueError):
    """A missing or malformed organisation setting; the message names the setting.

    `setting` is its dotted name in organisatie.yml (`aandachtsfunctionaris.telefoon`),
    so the file reader can add the line.
    """

    def __init__(self, setting: str, message: str, where: str | None = None):
        super().__init__(message)
        self.setting = setting
        self.message = message
        # Where it is in the file, when that differs from its name: an entry of a list
        # (`wijzigingen.2.datum` for the setting `wijzigingen.datum` of the third entry).
        self.where = where or setting

    def at(self, where: str) -> SettingsError:
        """The same mistake, found at `where` in the file."""
        return SettingsError(self.setting, self.message, where)


@dataclass(frozen=True)
class Phone:
    """A phone number as written for people and as dialled by a `tel:` link."""

    display: str
    dial: str

    @property
    def href(self) -> str:
        return f"tel:{self.dial}"


Value = str | Phone | dt.date | None


@dataclass(frozen=True)
class Contact:
    naam: str
    telefoon: Phone
    email: str | None = None


@dataclass(frozen=True)
class Change:
    """One version of the protocol in its change history (organisatie.yml, `wijzigingen`)."""

    versie: str
    datum: dt.date
    wat: str
    vastgesteld_door: str


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
    # The site's own address on the intranet, ending in "/"; None when not set.
    website: str | None = None
    # The change history, newest first (by date; as in the file for the same date).
    wijzigingen: tuple[Change, ...] = ()
    # Every setting outside the change history by its dotted name (SCHEMA), as checked:
    # text, a Phone, a date, or None for an optional setting left out.
    values: Mapping[str, Value] = field(default_factory=dict)

    def datum(self, setting: str) -> str:
        """A date setting written the Dutch way, for templates: `s.datum('herzien_op')`."""
        return dutch_date(getattr(self, setting))

    @property
    def huidige_wijziging(self) -> Change | None:
        """The change history's entry of the version in force, if it has one."""
        return next((change for change in self.wijzigingen if change.versie == self.versie), None)

    @property
    def versie_met_datum(self) -> str:
        """The version for the footer: `2.3 van 1 september 2026`, or `2.3` without an entry."""
        change = self.huidige_wijziging
        return f"{self.versie} van {dutch_date(change.datum)}" if change else self.versie

    @property
    def example_labels(self) -> list[str]:
        """What the "Voorbeeldversie" notice names: the settings that hold example values."""
        return [label for name in example_settings(self) if (label := _example_label(name))]


def _example_label(name: str) -> str | None:
    example = setting(name).example
    return example.label if example else None


def dutch_date(day: dt.date) -> str:
    """Format a date the Dutch way: 1 januari 2027."""
    return f"{day.day} {_DUTCH_MONTHS[day.month - 1]} {day.year}"


def parse_phone(value: Any, name: str) -> Phone:
    text = _text(value, name)
    digits = re.sub(r"[ \-]", "", text)
    if not _PHONE_ALLOWED.match(text) or not _PHONE_DIGITS.match(digits):
        raise _error(M.BAD_PHONE, name, waarde=text)
    return Phone(display=text, dial=digits)


def parse_email(value: Any, name: str) -> str:
    text = _text(value, name)
    if not _EMAIL.match(text):
        raise _error(M.BAD_EMAIL, name, waarde=text)
    return text


def parse_website(value: Any, name: str) -> str | None:
    """The site's address: http(s), a host, maybe a folder; always ending in "/"."""
    if value is None:
        return None
    text = _text(value, name)
    if not _WEBSITE.match(text):
        raise _error(M.BAD_WEBSITE, name, waarde=text)
    return text if text.endswith("/") else f"{text}/"


def parse_date(value: Any, name: str) -> dt.date:
    if value is None:
        raise _error(M.SETTING_MISSING, name, bestand=SETTINGS_FILE)
    if isinstance(value, dt.datetime):
        raise _error(M.DATE_WITH_TIME, name)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _error(M.BAD_DATE, name, waarde=value)


def parse_changes(value: Any, name: str = "wijzigingen") -> tuple[Change, ...]:
    """The change history: a list with a block per version, newest first on the page.

    A mistake in an entry names the setting as `wijzigingen.<veld>` and the entry's place
    (`where`), so the file reader can give the entry's line."""
    if value is None:
        raise _error(M.SETTING_MISSING, name, bestand=SETTINGS_FILE)
    if not isinstance(value, list):
        raise _error(M.CHANGES_NOT_A_LIST, name, waarde=value)
    if not value:
        raise _error(M.CHANGES_EMPTY, name)
    changes: list[Change] = []
    for index, entry in enumerate(value):
        try:
            change = _parse_change(entry, name)
        except SettingsError as err:
            raise err.at(f"{name}.{index}{err.setting.removeprefix(name)}") from None
        if any(earlier.versie == change.versie for earlier in changes):
            error = _error(M.CHANGE_TWICE, f"{name}.versie", versie=change.versie)
            raise error.at(f"{name}.{index}.versie")
        changes.append(change)
    return tuple(sorted(changes, key=lambda change: change.datum, reverse=True))


def _parse_change(entry: Any, name: str) -> Change:
    if not isinstance(entry, Mapping):
        raise _error(M.CHANGE_NOT_A_BLOCK, name, velden=", ".join(keys_of(name)), waarde=entry)
    values = _parse_block(entry, name)
    return Change(
        versie=_str(values[f"{name}.versie"]),
        datum=_date(values[f"{name}.datum"]),
        wat=" ".join(_str(values[f"{name}.wat"]).split()),
        vastgesteld_door=_str(values[f"{name}.vastgesteld_door"]),
    )


# Settings that existed once: the message says what to do instead.
_REMOVED = {"veilig_thuis.telefoon": M.VEILIG_THUIS_PHONE_REMOVED}


def _parse_block(section: Mapping[str, Any], block: str) -> dict[str, Value]:
    """The values of one block of the file (`''`: the top), checked as SCHEMA says."""
    for key in section:
        name = f"{block}.{key}" if block else str(key)
        if name in _REMOVED:
            raise _error(_REMOVED[name], name)
    _no_unknown(section, set(keys_of(block)), block)
    values: dict[str, Value] = {}
    for key in keys_of(block):
        name = f"{block}.{key}" if block else key
        if name in LIST_BLOCKS:
            continue
        if is_block(name):
            values.update(_parse_block(_section(section, key), name))
            continue
        entry = setting(name)
        raw = section.get(key)
        values[name] = None if raw is None and not entry.required else _PARSERS[entry.kind](raw, name)
    return values


def load_settings(root: Mapping[str, Any]) -> Settings:
    """Validate the contents of organisatie.yml and return the organisation settings."""
    if not isinstance(root, Mapping):
        raise _error(M.SETTINGS_NOT_A_MAPPING, "naam", bestand=SETTINGS_FILE)
    values = _parse_block(root, "")
    settings = Settings(
        organisatie=_str(values["naam"]),
        aandachtsfunctionaris=Contact(
            naam=_str(values["aandachtsfunctionaris.naam"]),
            telefoon=_phone(values["aandachtsfunctionaris.telefoon"]),
            email=_str(values["aandachtsfunctionaris.email"]),
        ),
        veilig_thuis_naam=_str(values["veilig_thuis.naam"]),
        versie=_str(values["protocol.versie"]),
        vastgesteld_op=_date(values["protocol.vastgesteld_op"]),
        vastgesteld_door=_str(values["protocol.vastgesteld_door"]),
        herzien_op=_date(values["protocol.herzien_op"]),
        volgende_herziening=_date(values["protocol.volgende_herziening"]),
        website=None if values["website"] is None else _str(values["website"]),
        wijzigingen=parse_changes(root.get("wijzigingen")),
        values=values,
    )
    if settings.herzien_op < settings.vastgesteld_op:
        raise _error(M.REVIEW_BEFORE_ADOPTION, "protocol.herzien_op", datum=settings.herzien_op.isoformat(),
                     vastgesteld=settings.vastgesteld_op.isoformat())
    if settings.volgende_herziening <= settings.herzien_op:
        raise _error(M.NEXT_REVIEW_TOO_EARLY, "protocol.volgende_herziening",
                     datum=settings.volgende_herziening.isoformat(), herzien=settings.herzien_op.isoformat())
    return settings


def example_settings(settings: Settings) -> list[str]:
    """The settings that still hold the example value the template ships with, in the
    order of the file. The phone number counts as an example however it is written
    (digits compared), and an e-mail address on an example domain counts as well."""
    return [entry.name for entry in schema.SCHEMA if entry.example and any(
        _is_example(entry, value) for value in _values_of(settings, entry)
    )]


def _values_of(settings: Settings, entry: Setting) -> list[Value]:
    if entry.block in LIST_BLOCKS:
        return [getattr(change, entry.key) for change in settings.wijzigingen]
    return [settings.values[entry.name]]


def _is_example(entry: Setting, value: Value) -> bool:
    example = entry.example
    if example is None or value is None:
        return False
    if isinstance(value, Phone):
        return value.dial == re.sub(r"\D", "", example.value)
    if entry.kind is Kind.EMAIL:
        return str(value).rsplit("@", 1)[1].lower() in EXAMPLE_EMAIL_DOMAINS
    return " ".join(str(value).split()).lower() == example.value.lower()


def example_value_warning(settings: Settings) -> str | None:
    """One warning for the build output while example values remain, else None."""
    found = example_settings(settings)
    if not found:
        return None
    return M.EXAMPLE_VALUES_LEFT(bestand=SETTINGS_FILE, lijst=", ".join(found))


def review_warning(settings: Settings, today: dt.date) -> str | None:
    """A warning for the build output when the next review date has passed, else None."""
    due = settings.volgende_herziening
    if today <= due:
        return None
    return M.REVIEW_OVERDUE(datum=due.isoformat(), dagen=(today - due).days, bestand=SETTINGS_FILE)


def change_warning(settings: Settings) -> str | None:
    """A warning for the build output when the version in force has no entry in the
    change history, else None."""
    if settings.huidige_wijziging is not None:
        return None
    return M.VERSION_WITHOUT_CHANGE(versie=settings.versie, bestand=SETTINGS_FILE)


def _str(value: Value) -> str:
    assert isinstance(value, str)
    return value


def _phone(value: Value) -> Phone:
    assert isinstance(value, Phone)
    return value


def _date(value: Value) -> dt.date:
    assert isinstance(value, dt.date)
    return value


def _error(message: Message, setting: str, **parts: object) -> SettingsError:
    """The catalogue's message about `setting`, which it names first."""
    return SettingsError(setting, message(instelling=setting, **parts))


def _section(parent: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = parent.get(key)
    if value is None:
        raise _error(M.SETTING_MISSING, key, bestand=SETTINGS_FILE)
    if not isinstance(value, Mapping):
        raise _error(M.SETTING_NOT_A_BLOCK, key, waarde=value)
    return value


def _no_unknown(section: Mapping[str, Any], known: set[str], name: str) -> None:
    unknown = sorted(set(section) - known)
    if unknown:
        setting = f"{name}.{unknown[0]}" if name else str(unknown[0])
        raise _error(M.UNKNOWN_SETTING, setting, lijst=", ".join(sorted(known)))


def _text(value: Any, name: str) -> str:
    if value is None:
        raise _error(M.SETTING_MISSING, name, bestand=SETTINGS_FILE)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _error(M.SETTING_NOT_TEXT, name, waarde=value)
    text = str(value).strip()
    if not text:
        raise _error(M.SETTING_EMPTY, name)
    return text


# How each kind of setting (schema.Kind) is checked.
_PARSERS: dict[Kind, Callable[[Any, str], Value]] = {
    Kind.TEXT: _text,
    Kind.PHONE: parse_phone,
    Kind.EMAIL: parse_email,
    Kind.DATE: parse_date,
    Kind.WEBSITE: parse_website,
}
