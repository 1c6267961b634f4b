"""The site layer: tests of the built site (site/, or $PROTOCOL_SITE) and of real builds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.settings import SETTINGS_FILE
from scripts.settingsfile import read_settings
from tests.buildutil import build_with
from tests.shared import made_once
from tests.unit.test_settings import SECOND


@pytest.fixture(autouse=True)
def _needs_the_built_site(built_site: None) -> None:
    """Every test here reads the built site: stop at once with a message when there is none."""


@dataclass(frozen=True)
class Built:
    site: Path
    stderr: str


# The variant: the second organisation with a passed review date and a version without
# a change entry.
VERSION, REVIEWED, DUE = "9.9", "2025-03-14", "2025-06-01"


def settings_file(folder: Path, text: str) -> dict[str, str]:
    """Write `text` as the organisation file of a test build; the environment that uses it."""
    path = folder / SETTINGS_FILE
    path.write_text(text, encoding="utf-8")
    return {"PROTOCOL_ORGANISATIE": str(path)}


@pytest.fixture(scope="session")
def variant_site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """One real build of the site as it differs from the suite's, for the tests of what
    differs (tests/site/test_settings.py, test_mermaid_wiring.py): to publish
    (PROTOCOL_PUBLICEREN=1), for the variant organisation above (both warn, neither stops
    it), on a machine without Chromium and with nothing drawn before."""
    def make(folder: Path) -> None:
        second = read_settings(SECOND)
        assert second.vastgesteld_op.isoformat() <= REVIEWED
        text = SECOND.read_text(encoding="utf-8").replace(f'versie: "{second.versie}"', f'versie: "{VERSION}"', 1)
        text = re.sub(r"herzien_op: .*", f"herzien_op: {REVIEWED}", text)
        text = re.sub(r"volgende_herziening: .*", f"volgende_herziening: {DUE}", text)
        env = {**settings_file(folder, text), "PROTOCOL_PUBLICEREN": "1",
               "CHROMIUM_PATH": str(folder / "geen-chromium"), "PROTOCOL_CACHE": str(folder / "cache")}
        result = build_with({}, folder / "site", env=env)
        assert result.returncode == 0, result.stderr[-3000:]
        (folder / "stderr.txt").write_text(result.stderr, encoding="utf-8")

    folder = made_once(tmp_path_factory, "variant-site", make)
    return Built(folder / "site", (folder / "stderr.txt").read_text(encoding="utf-8"))
