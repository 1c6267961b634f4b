"""Snippets of includes/: a placeholder in one is named with its line (the pages quote a
snippet after their placeholders are filled), and a snippet in a list item ends the item."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.placeholders import placeholders_in_snippets
from tests.snippets import snippets_inside_a_list_item
from tests.sitepaths import ROOT
from tests.unit.test_numbers import FLOW_FILES, sources


def test_a_placeholder_in_a_snippet_is_named_with_its_line() -> None:
    """includes/ is quoted after the placeholders are filled: one there would show as typed."""
    assert placeholders_in_snippets({"includes/x.md": "Bel.\nBel {{ veilig_thuis.telefoon }}.\n"}) == [
        "includes/x.md:2: plaatshouders werken niet in includes/ ('{{ veilig_thuis.telefoon }}'). "
        "Schrijf de tekst zonder plaatshouder, of zet hem in de pagina zelf"]
    shipped = {f"includes/{p.name}": p.read_text(encoding="utf-8") for p in (ROOT / "includes").glob("*.md")}
    assert placeholders_in_snippets(shipped) == []


def test_the_snippet_check_sees_text_after_a_snippet_in_a_list_item() -> None:
    assert snippets_inside_a_list_item(["- a", '  --8<-- "x.md"', "  b"]) == [2]
    assert snippets_inside_a_list_item(["- a", '  --8<-- "x.md"', "- b"]) == []
    assert snippets_inside_a_list_item(["!!! tip", "    a", '    --8<-- "x.md"', "    b"]) == []


@pytest.mark.parametrize("path", [*sources(), *FLOW_FILES], ids=lambda p: str(p.relative_to(ROOT)))
def test_a_snippet_in_a_list_item_ends_the_item(path: Path) -> None:
    """A quoted snippet (`--8<-- "includes/..."`) ends its paragraph: in a list item it is
    the item's last line (BEHEER.md, deel 4)."""
    found = snippets_inside_a_list_item(path.read_text(encoding="utf-8").splitlines())
    assert not found, (f"{path.relative_to(ROOT)}:{found[0] + 1}: text after a snippet in a list item falls out "
                       "of the list; put the snippet line last")
