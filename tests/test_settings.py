"""Organisation settings: parsing, validation messages, and a real build that refuses bad ones."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from scripts.national import ALARM, VEILIG_THUIS
from scripts.placeholders import PlaceholderError, fill_placeholders, placeholder_values
from scripts.settings import (
    SettingsError,
    dutch_date,
    example_value_warnings,
    load_settings,
    parse_phone,
    review_warning,
)
from tests.buildutil import build_with
from tests.sitepaths import mkdocs_config


def default_extra() -> dict[str, Any]:
    return copy.deepcopy(mkdocs_config()["extra"])


def with_setting(path: str, value: Any) -> dict[str, Any]:
    extra = default_extra()
    node = extra
    keys = path.split(".")[1:]  # drop the leading "extra"
    for key in keys[:-1]:
        node = node[key]
    if value is _DELETE:
        del node[keys[-1]]
    else:
        node[keys[-1]] = value
    return extra


_DELETE = object()


def test_defaults_are_valid() -> None:
    settings = load_settings(default_extra())
    assert settings.veilig_thuis_naam
    assert settings.volgende_herziening > settings.vastgesteld_op


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("extra.organisatie.naam", _DELETE, "extra.organisatie.naam: deze instelling ontbreekt"),
        ("extra.organisatie.naam", "  ", "extra.organisatie.naam: deze instelling is leeg"),
        ("extra.organisatie.aandachtsfunctionaris.telefoon", "12345",
         "extra.organisatie.aandachtsfunctionaris.telefoon: '12345' is geen geldig"),
        ("extra.organisatie.aandachtsfunctionaris.telefoon", "030-12345678x",
         "extra.organisatie.aandachtsfunctionaris.telefoon"),
        ("extra.organisatie.aandachtsfunctionaris.email", "geen-adres",
         "extra.organisatie.aandachtsfunctionaris.email: 'geen-adres' is geen geldig e-mailadres"),
        ("extra.organisatie.veilig_thuis.naam", _DELETE,
         "extra.organisatie.veilig_thuis.naam: deze instelling ontbreekt"),
        ("extra.organisatie.veilig_thuis.telefoon", "0800-2000",
         "extra.organisatie.veilig_thuis.telefoon: dit is geen instelling meer"),
        ("extra.organisatie.protocol.vastgesteld_op", "30-11-2026",
         "extra.organisatie.protocol.vastgesteld_op: '30-11-2026' is geen geldige datum"),
        ("extra.organisatie.protocol.volgende_herziening", "2026-02-30",
         "extra.organisatie.protocol.volgende_herziening: '2026-02-30' is geen geldige datum"),
        ("extra.organisatie.protocol.volgende_herziening", dt.date(2020, 1, 1),
         "extra.organisatie.protocol.volgende_herziening: 2020-01-01 ligt niet na"),
        ("extra.organisatie.protocol.herzien_op", dt.date(2026, 1, 1),
         "extra.organisatie.protocol.herzien_op: 2026-01-01 ligt voor vastgesteld_op (2026-11-30)"),
        ("extra.organisatie.protocol.herzien_op", _DELETE,
         "extra.organisatie.protocol.herzien_op: deze instelling ontbreekt"),
        ("extra.organisatie.protocol.versie", True, "extra.organisatie.protocol.versie: verwacht tekst"),
        ("extra.organisatie.veilig_thuis.adres", "Straat 1",
         "extra.organisatie.veilig_thuis.adres: onbekende instelling"),
        ("extra.organisatie.protocol", "1.0", "extra.organisatie.protocol: verwacht een blok"),
    ],
)
def test_bad_setting_is_named(path: str, value: Any, message: str) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings(with_setting(path, value))
    assert message in str(err.value)


def test_missing_block_is_named() -> None:
    with pytest.raises(SettingsError, match=r"extra\.organisatie: deze instelling ontbreekt"):
        load_settings({"generator": False})


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
    settings = load_settings(default_extra())
    due = settings.volgende_herziening
    assert review_warning(settings, due) is None
    warning = review_warning(settings, due + dt.timedelta(days=3))
    assert warning is not None
    assert f"gepland op {due.isoformat()} (3 dagen geleden)" in warning
    assert "extra.organisatie.protocol.herzien_op" in warning


@pytest.mark.slow
def test_passed_review_date_warns_but_builds(tmp_path: Path) -> None:
    extra = default_extra()
    extra["organisatie"]["protocol"].update(
        vastgesteld_op="2024-01-15", herzien_op="2024-01-15", volgende_herziening="2025-01-15"
    )
    result = build_with({"extra": extra}, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "LET OP: de herziening van het protocol was gepland op 2025-01-15" in result.stderr
    over = (tmp_path / "site" / "over" / "index.html").read_text(encoding="utf-8")
    assert "Herzien op:</strong> 15 januari 2024" in over
    assert "Volgende herziening:</strong> 15 januari 2025" in over


def test_example_values_are_flagged() -> None:
    settings = load_settings(default_extra())
    warnings = example_value_warnings(settings)
    assert [w.split(" heeft")[0] for w in warnings] == [
        "LET OP: extra.organisatie.aandachtsfunctionaris.telefoon",
        "LET OP: extra.organisatie.aandachtsfunctionaris.email",
    ]
    real = with_setting("extra.organisatie.aandachtsfunctionaris.telefoon", "030-7654321")
    real["organisatie"]["aandachtsfunctionaris"]["email"] = "zorg@delinde.nl"
    assert example_value_warnings(load_settings(real)) == []


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [("extra.organisatie.aandachtsfunctionaris.telefoon", 301234567,
      "zet het telefoonnummer tussen aanhalingstekens, zoals \"030-1234567\" (nu gelezen als het getal 301234567)"),
     ("extra.organisatie.protocol.versie", 1.1,
      "extra.organisatie.protocol.versie: zet de versie tussen aanhalingstekens")],
)
def test_numbers_that_yaml_mangles_must_be_quoted(path: str, value: object, message: str) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings(with_setting(path, value))
    assert message in str(err.value)


def test_dutch_date() -> None:
    assert dutch_date(dt.date(2027, 3, 1)) == "1 maart 2027"


def test_placeholders_are_filled_and_unknown_ones_named() -> None:
    values = placeholder_values(load_settings(default_extra()))
    text = fill_placeholders("Bel {{ veilig_thuis.telefoon }} of {{ alarmnummer }}.", values, "docs/x.md")
    assert text == f"Bel [{VEILIG_THUIS.display}]({VEILIG_THUIS.href}) of [{ALARM.display}]({ALARM.href})."
    with pytest.raises(PlaceholderError, match=r"docs/x\.md:3: onbekende plaatshouder '\{\{ org\.naam \}\}'"):
        fill_placeholders("a\nb\nc {{ org.naam }}", values, "docs/x.md")


@pytest.mark.slow
def test_build_stops_on_bad_setting_and_names_it(tmp_path: Path) -> None:
    extra = with_setting("extra.organisatie.aandachtsfunctionaris.telefoon", "0800-20")
    result = build_with({"extra": extra}, tmp_path / "site")
    assert result.returncode != 0
    assert "extra.organisatie.aandachtsfunctionaris.telefoon: '0800-20' is geen geldig" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.slow
def test_built_site_shows_the_settings(tmp_path: Path) -> None:
    extra = with_setting("extra.organisatie.naam", "Basisschool De Linde")
    extra["organisatie"]["aandachtsfunctionaris"]["telefoon"] = "030-7654321"
    result = build_with({"extra": extra}, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    contact = (tmp_path / "site" / "contact" / "index.html").read_text(encoding="utf-8")
    start = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="tel:0307654321"' in contact
    assert "Basisschool De Linde" in start
