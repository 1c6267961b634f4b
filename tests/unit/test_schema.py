"""The settings schema (scripts/schema.py): one entry per setting, and a new setting needs
nothing else to be read, checked, flagged and shown in a page."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from scripts import schema
from scripts.placeholders import fill_placeholders, placeholder_names, placeholder_values
from scripts.schema import SCHEMA, Example, Kind, Setting, beheer_table
from scripts.settings import Phone, SettingsError, example_settings, load_settings
from tests.unit.test_settings import SECOND


def _second() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SECOND.read_text(encoding="utf-8"))
    return data


def test_every_setting_has_one_entry_and_a_placeholder_only_when_required() -> None:
    names = [entry.name for entry in SCHEMA]
    assert len(names) == len(set(names))
    # A page cannot show a setting that may be left out: it would show nothing.
    assert all(entry.required for entry in SCHEMA if entry.placeholder)


def test_a_new_setting_is_one_entry_in_the_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    new = Setting("aandachtsfunctionaris.mobiel", Kind.PHONE, "het mobiele nummer", "06-12345678",
                  example=Example("06-00000000", "het mobiele nummer"), placeholder="aandachtsfunctionaris.mobiel")
    data = _second()
    data["aandachtsfunctionaris"]["mobiel"] = "06-87654321"
    with pytest.raises(SettingsError, match="aandachtsfunctionaris.mobiel: onbekende instelling"):
        load_settings(data)

    monkeypatch.setattr(schema, "SCHEMA", (*SCHEMA, new))
    loaded = load_settings(data)
    assert loaded.values["aandachtsfunctionaris.mobiel"] == Phone("06-87654321", "0687654321")
    assert "aandachtsfunctionaris.mobiel" in placeholder_names()
    page = fill_placeholders("Bel {{ aandachtsfunctionaris.mobiel }}.", placeholder_values(loaded), "docs/x.md")
    assert page == "Bel [06-87654321](tel:0687654321)."
    assert "| `aandachtsfunctionaris.mobiel` | het mobiele nummer | `06-12345678` |" in beheer_table()

    data["aandachtsfunctionaris"]["mobiel"] = "06-00000000"
    assert example_settings(load_settings(data)) == ["aandachtsfunctionaris.mobiel"]
    data["aandachtsfunctionaris"]["mobiel"] = "12"
    with pytest.raises(SettingsError, match="aandachtsfunctionaris.mobiel: '12' is geen geldig"):
        load_settings(data)
    del data["aandachtsfunctionaris"]["mobiel"]
    with pytest.raises(SettingsError, match="aandachtsfunctionaris.mobiel: deze instelling ontbreekt"):
        load_settings(data)
