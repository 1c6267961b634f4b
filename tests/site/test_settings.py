"""Real builds with organisation settings: a preview shows example values as such, a
filled-in organisation publishes, and a passed review date or a version without a change
entry warns but builds. (Bad settings and publishing example values: tests/unit/test_plugins.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.settings import SETTINGS_FILE
from scripts.settingsfile import read_settings
from tests.buildutil import build_with
from tests.unit.test_settings import SECOND, SHIPPED


def settings_file(tmp_path: Path, text: str) -> dict[str, str]:
    """Write `text` as the organisation file of a test build; the environment that uses it."""
    path = tmp_path / SETTINGS_FILE
    path.write_text(text, encoding="utf-8")
    return {"PROTOCOL_ORGANISATIE": str(path)}


@pytest.mark.slow
def test_passed_review_date_warns_but_builds(tmp_path: Path) -> None:
    text = SECOND.read_text(encoding="utf-8")
    text = re.sub(r"herzien_op: .*", "herzien_op: 2025-03-14", text)
    text = re.sub(r"volgende_herziening: .*", "volgende_herziening: 2025-06-01", text)
    result = build_with({}, tmp_path / "site", env=settings_file(tmp_path, text))
    assert result.returncode == 0, result.stderr
    assert "LET OP: de herziening van het protocol was gepland op 2025-06-01" in result.stderr
    over = (tmp_path / "site" / "over" / "index.html").read_text(encoding="utf-8")
    assert "Herzien op:</strong> 14 maart 2025" in over
    assert "Volgende herziening:</strong> 1 juni 2025" in over


@pytest.mark.slow
def test_a_version_without_a_change_entry_warns_but_builds(tmp_path: Path) -> None:
    """A new version number, but no block under wijzigingen yet: a warning; the footer
    shows the version without a date and /over/'s table the versions there are."""
    second = read_settings(SECOND)
    text = SECOND.read_text(encoding="utf-8").replace(f'versie: "{second.versie}"', 'versie: "9.9"', 1)
    result = build_with({}, tmp_path / "site", env=settings_file(tmp_path, text))
    assert result.returncode == 0, result.stderr
    assert ("LET OP: bij protocol.versie staat 9.9, maar onder wijzigingen staat geen versie 9.9. "
            f"Zet in {SETTINGS_FILE} bovenaan wijzigingen een blok voor versie 9.9") in result.stderr
    over = (tmp_path / "site" / "over" / "index.html").read_text(encoding="utf-8")
    assert "Protocol versie 9.9 ·" in " ".join(over.split())
    assert all(f"<td>{change.versie}</td>" in over for change in second.wijzigingen)


@pytest.mark.slow
def test_a_preview_shows_the_example_values_as_such(tmp_path: Path) -> None:
    """(Publishing refuses them: tests/unit/test_plugins.py.)"""
    env = settings_file(tmp_path, SHIPPED.read_text(encoding="utf-8"))
    preview = build_with({}, tmp_path / "preview", env=env)
    assert preview.returncode == 0, preview.stderr
    contact = (tmp_path / "preview" / "contact" / "index.html").read_text(encoding="utf-8")
    assert "Voorbeeldversie." in contact and read_settings(SHIPPED).example_labels[0] in contact
    example = read_settings(SHIPPED).aandachtsfunctionaris.telefoon
    assert example.href not in contact and f"{example.display} (voorbeeldnummer)" in contact


@pytest.mark.slow
def test_publishing_a_filled_in_organisation_builds(tmp_path: Path) -> None:
    env = settings_file(tmp_path, SECOND.read_text(encoding="utf-8"))
    result = build_with({}, tmp_path / "site", env={**env, "PROTOCOL_PUBLICEREN": "1"})
    assert result.returncode == 0, result.stderr
    second = read_settings(SECOND)
    contact = (tmp_path / "site" / "contact" / "index.html").read_text(encoding="utf-8")
    start = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert f'href="{second.aandachtsfunctionaris.telefoon.href}"' in contact
    assert second.organisatie in start and "Voorbeeldversie" not in start
