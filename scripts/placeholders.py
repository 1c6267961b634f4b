"""Fill `{{ name }}` placeholders in page Markdown with organisation settings."""

from __future__ import annotations

import re

from scripts.national import PLACEHOLDERS as NATIONAL_NUMBERS
from scripts.national import TEXTS as NATIONAL_TEXTS
from scripts.settings import Phone, Settings, dutch_date, example_settings

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}")


class PlaceholderError(ValueError):
    """An unknown placeholder in a page; the message names the file and line."""


def phone_link(phone: Phone) -> str:
    return f"[{phone.display}]({phone.href})"


def example_phone(phone: Phone) -> str:
    """An example number as plain text: nobody should be able to call it by tapping."""
    return f"{phone.display} (voorbeeldnummer)"


def placeholder_values(settings: Settings) -> dict[str, str]:
    """The Markdown each placeholder stands for: the settings, the national numbers and
    their opening hours."""
    af = settings.aandachtsfunctionaris
    af_phone = example_phone if "aandachtsfunctionaris.telefoon" in example_settings(settings) else phone_link
    return {
        **{name: phone_link(phone) for name, phone in NATIONAL_NUMBERS.items()},
        **NATIONAL_TEXTS,
        "organisatie.naam": settings.organisatie,
        "aandachtsfunctionaris.naam": af.naam,
        "aandachtsfunctionaris.telefoon": af_phone(af.telefoon),
        "aandachtsfunctionaris.email": f"[{af.email}](mailto:{af.email})",
        "veilig_thuis.naam": settings.veilig_thuis_naam,
        "protocol.versie": settings.versie,
        "protocol.vastgesteld_op": dutch_date(settings.vastgesteld_op),
        "protocol.vastgesteld_door": settings.vastgesteld_door,
        "protocol.herzien_op": dutch_date(settings.herzien_op),
        "protocol.volgende_herziening": dutch_date(settings.volgende_herziening),
    }


def unknown_placeholders(text: str, values: dict[str, str]) -> list[str]:
    """The names of the placeholders in `text` that do not exist, in order."""
    return [m.group(1) for m in PLACEHOLDER.finditer(text) if m.group(1) not in values]


def placeholders_in_snippets(files: dict[str, str]) -> list[str]:
    """A message for every placeholder in a snippet of includes/ (file name -> text): the
    pages quote a snippet after their placeholders are filled, so one there would show as
    typed."""
    return [
        f"{name}:{text.count(chr(10), 0, m.start()) + 1}: plaatshouders werken niet in includes/ "
        f"('{{{{ {m.group(1)} }}}}'). Schrijf de tekst zonder plaatshouder, of zet hem in de pagina zelf"
        for name, text in files.items() for m in PLACEHOLDER.finditer(text)
    ]


def fill_placeholders(markdown: str, values: dict[str, str], source: str) -> str:
    """Replace every placeholder; an unknown one raises with `source:line`."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            line = markdown.count("\n", 0, match.start()) + 1
            known = ", ".join(sorted(values))
            raise PlaceholderError(
                f"{source}:{line}: onbekende plaatshouder '{{{{ {key} }}}}' (bekend: {known})"
            )
        return values[key]

    return PLACEHOLDER.sub(replace, markdown)
