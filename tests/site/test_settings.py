"""Organisation settings in real builds: a preview shows example values as such; a
filled-in organisation publishes, and a passed review date or a version without a change
entry warns but builds (these three: the variant build of tests/site/conftest.py). (Bad settings and publishing example values: tests/unit/test_plugins.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.settings import SETTINGS_FILE
from scripts.settingsfile import read_settings
from tests.buildutil import build_with
from tests.site.conftest import DUE, VERSION, Built, settings_file
from tests.unit.test_settings import SECOND, TEMPLATE


@pytest.mark.slow
def test_passed_review_date_warns_but_builds(variant_site: Built) -> None:
    assert f"LET OP: de herziening van het protocol was gepland op {DUE}" in variant_site.stderr
    over = (variant_site.site / "over" / "index.html").read_text(encoding="utf-8")
    assert "Herzien op:</strong> 14 maart 2025" in over
    assert "Volgende herziening:</strong> 1 juni 2025" in over


@pytest.mark.slow
def test_a_version_without_a_change_entry_warns_but_builds(variant_site: Built) -> None:
    """A new version number, but no block under wijzigingen yet: a warning; the footer
    shows the version without a date and /over/'s table the versions there are."""
    assert (f"LET OP: bij protocol.versie staat {VERSION}, maar onder wijzigingen staat geen versie {VERSION}. "
            f"Zet in {SETTINGS_FILE} bovenaan wijzigingen een blok voor versie {VERSION}") in variant_site.stderr
    over = (variant_site.site / "over" / "index.html").read_text(encoding="utf-8")
    assert f"Protocol versie {VERSION} ·" in " ".join(over.split())
    assert all(f"<td>{change.versie}</td>" in over for change in read_settings(SECOND).wijzigingen)


@pytest.mark.slow
def test_publishing_a_filled_in_organisation_builds(variant_site: Built) -> None:
    second = read_settings(SECOND)
    contact = (variant_site.site / "contact" / "index.html").read_text(encoding="utf-8")
    start = (variant_site.site / "index.html").read_text(encoding="utf-8")
    assert f'href="{second.aandachtsfunctionaris.telefoon.href}"' in contact
    assert second.organisatie in start and "Voorbeeldversie" not in start


@pytest.mark.slow
def test_a_preview_shows_the_example_values_as_such(tmp_path: Path) -> None:
    """(Publishing refuses them: tests/unit/test_plugins.py.)"""
    env = settings_file(tmp_path, TEMPLATE.read_text(encoding="utf-8"))
    preview = build_with({}, tmp_path / "preview", env=env)
    assert preview.returncode == 0, preview.stderr
    contact = (tmp_path / "preview" / "contact" / "index.html").read_text(encoding="utf-8")
    assert "Voorbeeldversie." in contact and read_settings(TEMPLATE).example_labels[0] in contact
    example = read_settings(TEMPLATE).aandachtsfunctionaris.telefoon
    assert example.href not in contact and f"{example.display} (voorbeeldnummer)" in contact
