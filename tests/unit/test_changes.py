"""The change history (`wijzigingen` in organisatie.yml): parsing, validation messages
with the line of the entry, the warning for a version without an entry, the table on
/over/ and the footer's links."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from scripts.changelog import HEADERS, changes_table, expand_changes
from scripts.footer import LINKS, footer_links
from scripts.settings import (SETTINGS_FILE, Change, SettingsError, change_warning, dutch_date, example_settings,
                              parse_changes)
from scripts.settingsfile import SettingsFileError, parse_settings, read_settings
from tests.sitepaths import ROOT
from tests.unit.test_settings import SECOND, TEMPLATE

TEXT = SECOND.read_text(encoding="utf-8")


def nth_line(text: str, pattern: str, n: int = 1) -> int:
    """The line of the n-th line matching `pattern`."""
    found = [i for i, line in enumerate(text.splitlines(), 1) if re.search(pattern, line)]
    assert len(found) >= n, pattern
    return found[n - 1]


def error_of(text: str) -> str:
    with pytest.raises(SettingsFileError) as err:
        parse_settings(text)
    return str(err.value)


@pytest.mark.parametrize("path", [TEMPLATE, SECOND], ids=["shipped", "second"])
def test_both_files_have_an_entry_for_their_version(path: Path) -> None:
    loaded = read_settings(path, ROOT)
    assert loaded.wijzigingen, "no change history"
    assert loaded.huidige_wijziging is not None and loaded.huidige_wijziging.versie == loaded.versie
    assert change_warning(loaded) is None
    dates = [change.datum for change in loaded.wijzigingen]
    assert dates == sorted(dates, reverse=True)


def test_entries_are_read_as_typed_and_newest_first() -> None:
    changes = parse_changes([
        {"versie": "1.0", "datum": "2025-01-01", "wat": "Eerste\n  versie.", "vastgesteld_door": "het bestuur"},
        {"versie": "1.10", "datum": "2026-02-01", "wat": "Nieuw.", "vastgesteld_door": "het bestuur"},
    ])
    assert changes == (Change("1.10", dt.date(2026, 2, 1), "Nieuw.", "het bestuur"),
                       Change("1.0", dt.date(2025, 1, 1), "Eerste versie.", "het bestuur"))


def test_the_footer_version_has_the_date_of_its_entry() -> None:
    second = read_settings(SECOND)
    entry = second.huidige_wijziging
    assert entry is not None and second.versie_met_datum == f"{second.versie} van {dutch_date(entry.datum)}"
    bumped = parse_settings(TEXT.replace(f'versie: "{second.versie}"', 'versie: "9.9"', 1))
    assert bumped.huidige_wijziging is None and bumped.versie_met_datum == "9.9"


def test_a_version_without_an_entry_warns() -> None:
    bumped = parse_settings(TEXT.replace('versie: "2.3"', 'versie: "2.4"', 1))
    warning = change_warning(bumped)
    assert warning == (
        "LET OP: bij protocol.versie staat 2.4, maar onder wijzigingen staat geen versie 2.4. "
        f"Zet in {SETTINGS_FILE} bovenaan wijzigingen een blok voor versie 2.4: de datum, wat er is "
        "veranderd en wie de versie heeft vastgesteld."
    )


# The second entry of the second organisation, for the cases below.
SECOND_ENTRY = nth_line(TEXT, r"^  - versie:", 2)


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("    datum: 2026-01-12\n", "    datum: 12-01-2026\n", SECOND_ENTRY + 1,
         "wijzigingen.datum: '12-01-2026' is geen geldige datum (gebruik JJJJ-MM-DD)"),
        ("    datum: 2026-01-12\n", "", SECOND_ENTRY,
         "wijzigingen.datum: deze instelling ontbreekt in organisatie.yml"),
        ("    vastgesteld_door: de directeur-bestuurder\n", "    vastgesteld_door: de directeur-bestuurder\n    door: x\n",
         SECOND_ENTRY + 3, "wijzigingen.door: onbekende instelling (bekend zijn: datum, vastgesteld_door, versie, wat)"),
        ('    wat: "Nieuwe aandachtsfunctionaris: Fatima el Amrani."\n', '    wat: "  "\n', SECOND_ENTRY + 3,
         "wijzigingen.wat: deze instelling is leeg"),
        ('  - versie: "2.2"\n', '  - versie: "2.3"\n', SECOND_ENTRY,
         "wijzigingen.versie: versie 2.3 staat er twee keer. Geef elke versie één blok"),
    ],
    ids=["date", "missing", "unknown", "empty", "twice"],
)
def test_a_mistake_in_an_entry_names_the_line_of_the_entry(old: str, new: str, line: int, message: str) -> None:
    assert TEXT.count(old) == 1, old
    assert error_of(TEXT.replace(old, new)) == f"{SETTINGS_FILE}:{line}: {message}"


def test_an_entry_that_is_no_block_is_named() -> None:
    text = TEXT.replace('  - versie: "2.2"\n', '  - 2.2\n  - versie: "2.2"\n', 1)
    assert error_of(text) == (
        f"{SETTINGS_FILE}:{SECOND_ENTRY}: wijzigingen: elke versie is een blok met versie, datum, wat, "
        "vastgesteld_door, niet '2.2'"
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [("wijzigingen: 1.0\n", "wijzigingen: verwacht een lijst met versies, zoals - versie: \"1.0\", niet '1.0'"),
     ("wijzigingen: []\n", "wijzigingen: de lijst is leeg. Zet hier minstens de huidige versie, zoals - versie: \"1.0\""),
     ("", "wijzigingen: deze instelling ontbreekt in organisatie.yml")],
    ids=["not-a-list", "empty", "missing"],
)
def test_the_list_itself_is_checked(value: str, message: str) -> None:
    text = TEXT[: TEXT.index("wijzigingen:")] + value
    line = nth_line(text, r"^wijzigingen:") if value else 1
    assert error_of(text) == f"{SETTINGS_FILE}:{line}: {message}"


def test_the_setting_is_named_and_located() -> None:
    with pytest.raises(SettingsError) as err:
        parse_changes([{"versie": "1", "datum": "x", "wat": "a", "vastgesteld_door": "b"}])
    assert (err.value.setting, err.value.where) == ("wijzigingen.datum", "wijzigingen.0.datum")


def test_the_shipped_example_entry_is_an_example_value() -> None:
    assert "wijzigingen.vastgesteld_door" in example_settings(read_settings(TEMPLATE))
    assert "wijzigingen.vastgesteld_door" not in example_settings(read_settings(SECOND))


def test_the_table_has_a_row_per_version_in_order() -> None:
    changes = read_settings(SECOND).wijzigingen
    table = changes_table(changes).splitlines()
    assert table[0] == "| " + " | ".join(HEADERS) + " |"
    assert len(table) == 2 + len(changes)
    for row, change in zip(table[2:], changes):
        assert row.startswith(f"| {change.versie} | ")
    odd = changes_table([Change("1.0", dt.date(2026, 1, 5), "a | b *c*", "het <bestuur>")])
    assert odd.splitlines()[2] == r"| 1.0 | 5 januari 2026 | a \| b \*c\* | het \<bestuur\> |"


def test_the_marker_becomes_the_table() -> None:
    changes = read_settings(SECOND).wijzigingen
    page = expand_changes("## Wat is er veranderd?\n\n<!-- wijzigingen -->\n\nMeer.\n", changes)
    assert changes_table(changes) in page and "<!-- wijzigingen -->" not in page


def test_the_footer_links_every_page_the_site_has() -> None:
    urls = {"over.md": "over/", "toegankelijkheid.md": "toegankelijkheid/"}
    links = footer_links(urls.get)
    assert [(link.titel, link.url) for link in links] == [
        ("Wat is er veranderd?", "over/#wijzigingen"), ("Toegankelijkheid", "toegankelijkheid/")]
    assert [src for _, src, _ in LINKS] == ["over.md", "toegankelijkheid.md", "privacy.md"]


def test_the_shipped_history_keeps_the_text_of_version_1_0() -> None:
    """The hand-written row of /over/ moved into organisatie.yml unchanged."""
    first = {change.versie: change for change in read_settings(TEMPLATE).wijzigingen}["1.0"]
    assert first.datum == read_settings(TEMPLATE).vastgesteld_op
    assert first.wat.startswith("Eerste versie als website. De tekst is nu in eenvoudig Nederlands.")
    assert "Het Afwegingskader 2018 staat er nu bij als bijlage." in first.wat
    assert first.wat.endswith("De route bij zorgen vraagt nu eerst naar de veiligheid.")
