"""Organisation settings (organisatie.yml): parsing, validation messages with file and
line, example values."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.national import ALARM, VEILIG_THUIS
from scripts.placeholders import PlaceholderError, fill_placeholders, placeholder_values
from scripts.schema import SCHEMA, setting
from scripts.settings import (
    SETTINGS_FILE,
    SettingsError,
    dutch_date,
    example_settings,
    example_value_warning,
    load_settings,
    parse_phone,
    review_warning,
)
from scripts.settingsfile import SettingsFileError, parse_settings, read_settings
from tests.sitepaths import ROOT, settings

# organisatie.yml as the product ships it, with the example values on purpose: a fixed copy,
# so these tests hold when an organisation fills in its own organisatie.yml.
TEMPLATE = ROOT / "tests" / "organisaties" / "sjabloon.yml"

SECOND = ROOT / "tests" / "organisaties" / "kindcentrum.yml"
# The settings that ship with an example value, in the order of the schema.
EXAMPLES = [entry.name for entry in SCHEMA if entry.example]


def data_of(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def with_setting(path: str, value: Any, base: Path = SECOND) -> dict[str, Any]:
    data = copy.deepcopy(data_of(base))
    node = data
    keys = path.split(".")
    for key in keys[:-1]:
        node = node[key]
        if isinstance(node, list):  # a list of blocks (wijzigingen): the setting of its first block
            node = node[0]
    if value is _DELETE:
        del node[keys[-1]]
    else:
        node[keys[-1]] = value
    return data


def line_of(text: str, key: str) -> int:
    """The line of `key:` in a settings text (the first one)."""
    match = re.search(rf"^\s*{re.escape(key)}\s*:", text, re.MULTILINE)
    assert match, key
    return text.count("\n", 0, match.start()) + 1


_DELETE = object()


@pytest.mark.parametrize("path", [TEMPLATE, SECOND], ids=["shipped", "second"])
def test_both_files_are_valid(path: Path) -> None:
    loaded = read_settings(path, ROOT)
    assert loaded.volgende_herziening > loaded.vastgesteld_op


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("naam", _DELETE, "naam: deze instelling ontbreekt in organisatie.yml"),
        ("naam", "  ", "naam: deze instelling is leeg"),
        ("aandachtsfunctionaris.telefoon", "12345", "aandachtsfunctionaris.telefoon: '12345' is geen geldig"),
        ("aandachtsfunctionaris.telefoon", "030-12345678x", "aandachtsfunctionaris.telefoon"),
        ("aandachtsfunctionaris.email", "geen-adres",
         "aandachtsfunctionaris.email: 'geen-adres' is geen geldig e-mailadres"),
        ("veilig_thuis.naam", _DELETE, "veilig_thuis.naam: deze instelling ontbreekt"),
        ("veilig_thuis.telefoon", "0800-2000", "veilig_thuis.telefoon: dit is geen instelling meer"),
        ("protocol.vastgesteld_op", "30-11-2026", "protocol.vastgesteld_op: '30-11-2026' is geen geldige datum"),
        ("protocol.volgende_herziening", "2026-02-30",
         "protocol.volgende_herziening: '2026-02-30' is geen geldige datum"),
        ("protocol.volgende_herziening", dt.date(2020, 1, 1), "protocol.volgende_herziening: 2020-01-01 ligt niet na"),
        ("protocol.herzien_op", dt.date(2020, 1, 1), "protocol.herzien_op: 2020-01-01 ligt voor vastgesteld_op"),
        ("protocol.herzien_op", _DELETE, "protocol.herzien_op: deze instelling ontbreekt"),
        ("protocol.versie", True, "protocol.versie: verwacht tekst"),
        ("veilig_thuis.adres", "Straat 1", "veilig_thuis.adres: onbekende instelling"),
        ("protocol", "1.0", "protocol: verwacht een blok"),
        ("website", "intranet/protocol", "website: 'intranet/protocol' is geen webadres"),
        ("website", "ftp://intranet.nl/protocol/", "website: 'ftp://intranet.nl/protocol/' is geen webadres"),
        ("websites", "x", "websites: onbekende instelling"),
    ],
)
def test_bad_setting_is_named(path: str, value: Any, message: str) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings(with_setting(path, value))
    assert message in str(err.value)
    assert err.value.setting == message.split(":")[0]


@pytest.mark.parametrize(
    ("old", "new", "key", "message"),
    [
        # An impossible date without quotes: PyYAML alone stops with a Python traceback.
        ("2027-09-01", "2027-02-30", "volgende_herziening",
         "protocol.volgende_herziening: '2027-02-30' is geen geldige datum (gebruik JJJJ-MM-DD)"),
        # A number that is no phone number at all: one message, not "add quotes" first.
        ("06-12345678", "12345", "telefoon",
         "aandachtsfunctionaris.telefoon: '12345' is geen geldig Nederlands telefoonnummer"),
    ],
)
def test_file_messages_name_the_file_line_and_setting(old: str, new: str, key: str, message: str) -> None:
    text = SECOND.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    with pytest.raises(SettingsFileError) as err:
        parse_settings(text)
    assert str(err.value).startswith(f"{SETTINGS_FILE}:{line_of(text, key)}: {message}")


@pytest.mark.parametrize(
    ("old", "new", "read"),
    [("06-12345678", "0301234567", "0301234567"),  # YAML alone reads this as an octal number
     ('versie: "2.3"', "versie: 1.10", "1.10"),  # and this as 1.1
     ("2027-09-01", "'2027-09-01'", "2027-09-01")],
)
def test_numbers_and_dates_are_read_as_typed(old: str, new: str, read: str) -> None:
    loaded = parse_settings(SECOND.read_text(encoding="utf-8").replace(old, new, 1))
    assert read in (loaded.aandachtsfunctionaris.telefoon.dial, loaded.versie, loaded.volgende_herziening.isoformat())


def test_missing_setting_names_the_line_of_its_block() -> None:
    text = SECOND.read_text(encoding="utf-8")
    text = re.sub(r"^  email: .*\n", "", text, flags=re.MULTILINE)
    with pytest.raises(SettingsFileError) as err:
        parse_settings(text)
    line = line_of(text, "aandachtsfunctionaris")
    assert str(err.value) == f"{SETTINGS_FILE}:{line}: aandachtsfunctionaris.email: deze instelling ontbreekt in organisatie.yml"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("naam: x\n aandachtsfunctionaris:\n  naam: y\n", 2, "YAML-fout: "),
        ("naam: x\nnaam: y\n", 2, "YAML-fout: veld 'naam' staat er twee keer"),
        ('naam: "De Linde\n', 2, "YAML-fout: "),
    ],
    ids=["indentation", "twice", "quote"],
)
def test_yaml_slips_name_the_line(text: str, line: int, message: str) -> None:
    with pytest.raises(SettingsFileError) as err:
        parse_settings(text)
    assert str(err.value).startswith(f"{SETTINGS_FILE}:{line}: {message}")
    assert "inspringt" in str(err.value)


def test_unreadable_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsFileError, match="kan het bestand niet lezen"):
        read_settings(tmp_path / "bestaat-niet.yml")


@pytest.mark.parametrize(
    ("text", "dial"),
    [("0800-2000", "08002000"), ("112", "112"), ("030 123 45 67", "0301234567"),
     ("+31301234567", "+31301234567"), ("14 030", "14030"), ("0900-1234567", "09001234567")],
)
def test_phone_numbers_dial_without_separators(text: str, dial: str) -> None:
    phone = parse_phone(text, "x")
    assert (phone.display, phone.href) == (text, f"tel:{dial}")


@pytest.mark.parametrize("text", ["0800", "2000", "06-1234", "+3130123", "0301234567890", "030-abc4567"])
def test_bad_phone_numbers(text: str) -> None:
    with pytest.raises(SettingsError, match="geen geldig Nederlands telefoonnummer"):
        parse_phone(text, "x")


def test_review_warning_only_after_the_review_date() -> None:
    loaded = settings()
    due = loaded.volgende_herziening
    assert review_warning(loaded, due) is None
    warning = review_warning(loaded, due + dt.timedelta(days=3))
    assert warning is not None
    assert f"gepland op {due.isoformat()} (3 dagen geleden)" in warning
    assert "protocol.herzien_op" in warning and SETTINGS_FILE in warning


def test_every_shipped_example_value_is_flagged() -> None:
    shipped = read_settings(TEMPLATE)
    assert example_settings(shipped) == EXAMPLES
    warning = example_value_warning(shipped)
    assert warning is not None and all(name in warning for name in EXAMPLES)


def test_real_values_are_not_flagged() -> None:
    assert example_settings(read_settings(SECOND)) == []
    assert example_value_warning(read_settings(SECOND)) is None


@pytest.mark.parametrize("name", EXAMPLES)
def test_each_example_value_is_flagged_on_its_own(name: str) -> None:
    example = setting(name).example
    assert example is not None
    assert example_settings(load_settings(with_setting(name, example.value))) == [name]


def test_example_phone_is_flagged_however_written_and_never_a_link() -> None:
    data = with_setting("aandachtsfunctionaris.telefoon", "0123 45 67 89")
    loaded = load_settings(data)
    assert "aandachtsfunctionaris.telefoon" in example_settings(loaded)
    value = placeholder_values(loaded)["aandachtsfunctionaris.telefoon"]
    assert "tel:" not in value and "voorbeeldnummer" in value
    real = placeholder_values(read_settings(SECOND))["aandachtsfunctionaris.telefoon"]
    phone = read_settings(SECOND).aandachtsfunctionaris.telefoon
    assert real == f"[{phone.display}]({phone.href})"


def test_dutch_date() -> None:
    assert dutch_date(dt.date(2027, 3, 1)) == "1 maart 2027"


def test_placeholders_are_filled_and_unknown_ones_named() -> None:
    values = placeholder_values(settings())
    text = fill_placeholders("Bel {{ veilig_thuis.telefoon }} of {{ alarmnummer }}.", values, "docs/x.md")
    assert text == f"Bel [{VEILIG_THUIS.display}]({VEILIG_THUIS.href}) of [{ALARM.display}]({ALARM.href})."
    with pytest.raises(PlaceholderError, match=r"docs/x\.md:3: onbekende plaatshouder '\{\{ org\.naam \}\}'"):
        fill_placeholders("a\nb\nc {{ org.naam }}", values, "docs/x.md")


def test_the_website_is_optional_and_always_ends_in_a_slash() -> None:
    assert load_settings(with_setting("website", _DELETE)).website is None
    assert load_settings(with_setting("website", "https://intranet.nl/protocol")).website == "https://intranet.nl/protocol/"
    assert load_settings(with_setting("website", "http://10.0.0.5:8080/")).website == "http://10.0.0.5:8080/"
