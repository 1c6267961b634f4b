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

