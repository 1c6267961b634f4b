"""Fill `{{ name }}` placeholders in page Markdown with organisation settings."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection

from scripts import messages as M
from scripts import schema
from scripts.national import PLACEHOLDERS as NATIONAL_NUMBERS
from scripts.national import TEXTS as NATIONAL_TEXTS
from scripts.schema import Kind, Setting
from scripts.settings import Phone, Settings, dutch_date, example_settings

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}")


class PlaceholderError(ValueError):
    """An unknown placeholder in a page; the message names the file and line."""


def phone_link(phone: Phone) -> str:
    return f"[{phone.display}]({phone.href})"


def example_phone(phone: Phone) -> str:
    """An example number as plain text: nobody should be able to call it by tapping."""
    return f"{phone.display} (voorbeeldnummer)"


def _shown(entry: Setting, settings: Settings) -> str:
    """A setting's value as Markdown in a page: a phone number to tap (plain text while it
    is the example), an e-mail address to click, a date the Dutch way."""
    value = settings.values[entry.name]
    if isinstance(value, Phone):
        return example_phone(value) if entry.name in example_settings(settings) else phone_link(value)
    if isinstance(value, dt.date):
        return dutch_date(value)
    if entry.kind is Kind.EMAIL:
        return f"[{value}](mailto:{value})"
    return "" if value is None else str(value)


def setting_placeholders() -> dict[str, Setting]:
    """The placeholders that come from organisatie.yml (the schema): name -> its setting."""
    return {entry.placeholder: entry for entry in schema.SCHEMA if entry.placeholder}


def placeholder_names() -> frozenset[str]:
    """Every placeholder a page or a flow may use: the same for every organisation."""
    return frozenset(NATIONAL_NUMBERS) | frozenset(NATIONAL_TEXTS) | frozenset(setting_placeholders())


def placeholder_values(settings: Settings) -> dict[str, str]:
    """The Markdown each placeholder stands for: the settings, the national numbers and
    their opening hours."""
    return {
        **{name: phone_link(phone) for name, phone in NATIONAL_NUMBERS.items()},
        **NATIONAL_TEXTS,
        **{name: _shown(entry, settings) for name, entry in setting_placeholders().items()},
    }


def unknown_placeholders(text: str, values: Collection[str]) -> list[str]:
    """The names of the placeholders in `text` that do not exist, in order."""
    return [m.group(1) for m in PLACEHOLDER.finditer(text) if m.group(1) not in values]


def placeholders_in_snippets(files: dict[str, str]) -> list[str]:
    """A message for every placeholder in a snippet of includes/ (file name -> text): the
    pages quote a snippet after their placeholders are filled, so one there would show as
    typed."""
    return [
        M.PLACEHOLDER_IN_SNIPPET(bestand=name, regel=text.count("\n", 0, m.start()) + 1, naam=m.group(1))
        for name, text in files.items() for m in PLACEHOLDER.finditer(text)
    ]


def fill_placeholders(markdown: str, values: dict[str, str], source: str) -> str:
    """Replace every placeholder; an unknown one raises with `source:line`."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            line = markdown.count("\n", 0, match.start()) + 1
            known = ", ".join(sorted(values))
            raise PlaceholderError(M.UNKNOWN_PLACEHOLDER(bestand=source, regel=line, naam=key, lijst=known))
        return values[key]

    return PLACEHOLDER.sub(replace, markdown)
