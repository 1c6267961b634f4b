"""Messages a content owner can act on, from a real build: a page missing from the menu.
(The flows' messages: test_flows_check.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.buildutil import build_with
from tests.sitepaths import mkdocs_config


@pytest.mark.slow
def test_a_page_missing_from_the_menu_is_named_in_dutch(tmp_path: Path) -> None:
    nav = [entry for entry in mkdocs_config()["nav"] if "contact.md" not in entry.values()]
    result = build_with({"nav": nav}, tmp_path / "site")
    assert result.returncode != 0
    assert ("docs/contact.md staat niet in het menu. Zet de pagina in mkdocs.yml onder nav:, "
            "bijvoorbeeld - Mijn pagina: contact.md") in result.stderr
