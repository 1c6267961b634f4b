"""Phone numbers have one source: the settings (the aandachtsfunctionaris) and
scripts/national.py (112, Veilig Thuis, De Kindertelefoon, the vertrouwensinspecteurs).

Pages, flow texts and templates never type a number; they use placeholders. A flow's
label, title and description are plain text (no placeholders there): they may name a
national number as it is written ("Bel 112"), nothing else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.flows.loader import load_flow_file
from scripts.national import PLACEHOLDERS as NATIONAL_NUMBERS
from tests.sitepaths import ROOT


# Anything that looks like a Dutch phone number: 112, 14 030, 0800-2000, 030-1234567,
# 06 12345678, 0900-111 3 111, +31301234567.
NUMBER = re.compile(r"(?<![\w.-])(?:112|14 ?\d{3,4}|\+31[\d ]{9,12}|0[\d -]{6,13}\d)(?![\w-])")

PLACEHOLDER = re.compile(r"\{\{[^}]*\}\}")

NATIONAL_DISPLAY = {phone.display for phone in NATIONAL_NUMBERS.values()}


def typed_numbers(text: str) -> list[str]:
    """The phone numbers in `text`, outside placeholders, dates and versions."""
    text = PLACEHOLDER.sub(" ", text)
    text = re.sub(r"\b\d{4}-\d{2}-\d{2}\b", " ", text)  # ISO dates
    return [m.group().strip() for m in NUMBER.finditer(text)]


def sources() -> list[Path]:
    return sorted([*(ROOT / "docs").rglob("*.md"), *(ROOT / "overrides").rglob("*.html"),
                   ROOT / "includes" / "abbreviations.md"])


def test_the_number_pattern_finds_numbers() -> None:
    found = typed_numbers("Bel 112, 0800-2000, 030-1234567, 0900-111 3 111 of {{ alarmnummer }} op 2026-11-30.")
    assert found == ["112", "0800-2000", "030-1234567", "0900-111 3 111"]


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_pages_and_templates_type_no_number(path: Path) -> None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        found = typed_numbers(line)
        assert not found, (
            f"{path.relative_to(ROOT)}:{number}: {found} typed; use a placeholder such as "
            "{{ alarmnummer }} or {{ veilig_thuis.telefoon }} (BEHEER.md, deel 1)"
        )


FLOW_FILES = sorted((ROOT / "diagrams").glob("*.yml"))


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.name)
def test_flow_texts_type_no_number(path: Path) -> None:
    flow = load_flow_file(path)
    for node in flow.nodes:
        assert not typed_numbers(node.text), f"{path.name}: node {node.id}: use placeholders in 'text'"
        for field in (node.label, node.title):
            for number in typed_numbers(field):
                assert number in NATIONAL_DISPLAY, f"{path.name}: node {node.id}: '{number}' in a label or title"
    for number in typed_numbers(flow.title + " " + flow.description):
        assert number in NATIONAL_DISPLAY, f"{path.name}: '{number}' in the title or description"


def test_the_templates_take_the_numbers_from_the_hook() -> None:
    template = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    assert "config.extra.noodlijn.alarm" in template and "config.extra.noodlijn.veilig_thuis" in template


def test_a_placeholder_in_a_snippet_is_named_with_its_line() -> None:
    """includes/ is quoted after the placeholders are filled: one there would show as typed."""
    from scripts.placeholders import placeholders_in_snippets

    assert placeholders_in_snippets({"includes/x.md": "Bel.\nBel {{ veilig_thuis.telefoon }}.\n"}) == [
        "includes/x.md:2: plaatshouders werken niet in includes/ ('{{ veilig_thuis.telefoon }}'). "
        "Schrijf de tekst zonder plaatshouder, of zet hem in de pagina zelf"]
    shipped = {f"includes/{p.name}": p.read_text(encoding="utf-8") for p in (ROOT / "includes").glob("*.md")}
    assert placeholders_in_snippets(shipped) == []


SNIPPET_LINE = re.compile(r"^(?P<indent>[ \t]*)--8<--")
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]")


def snippets_inside_a_list_item(lines: list[str]) -> list[int]:
    """Line numbers (1-based) of a snippet line inside a list item with more text of that
    item after it: the snippet ends the paragraph, so that text would fall out of the list."""
    found = []
    for index, line in enumerate(lines):
        match = SNIPPET_LINE.match(line)
        if not match or index + 1 >= len(lines):
            continue
        indent = len(match["indent"])
        after = lines[index + 1]
        if not after.strip() or LIST_ITEM.match(after) or len(after) - len(after.lstrip()) < indent:
            continue
        owner = next((lines[i] for i in range(index - 1, -1, -1)
                      if lines[i].strip() and len(lines[i]) - len(lines[i].lstrip()) < indent), "")
        if LIST_ITEM.match(owner):
            found.append(index + 1)
    return found


def test_the_snippet_check_sees_text_after_a_snippet_in_a_list_item() -> None:
    assert snippets_inside_a_list_item(["- a", '  --8<-- "x.md"', "  b"]) == [2]
    assert snippets_inside_a_list_item(["- a", '  --8<-- "x.md"', "- b"]) == []
    assert snippets_inside_a_list_item(["!!! tip", "    a", '    --8<-- "x.md"', "    b"]) == []


@pytest.mark.parametrize("path", [*sources(), *FLOW_FILES], ids=lambda p: str(p.relative_to(ROOT)))
def test_a_snippet_in_a_list_item_ends_the_item(path: Path) -> None:
    """A quoted snippet (`--8<-- "includes/..."`) ends its paragraph: in a list item it is
    the item's last line (BEHEER.md, deel 4)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert not snippets_inside_a_list_item(lines), (
        f"{path.relative_to(ROOT)}:{snippets_inside_a_list_item(lines)[0] + 1}: text after a snippet in a list item "
        "falls out of the list; put the snippet line last")
