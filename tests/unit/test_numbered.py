"""The numbered lists of includes/ (the meldnormen, the five steps of the meldcode): read
as numbered lists, with Dutch messages that name the line when a file is not one."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from scripts.numbered import MELDCODE_STEPS, MELDNORMEN, NumberedListError, first_sentence, parse_numbered, read_numbered
from tests.sitepaths import ROOT


def test_the_shipped_files_have_the_three_meldnormen_and_the_five_steps() -> None:
    norms = read_numbered(ROOT, MELDNORMEN)
    assert list(norms) == [1, 2, 3]
    assert "acute en/of structurele onveiligheid" in norms[1]
    assert "Ook als de betrokkenen de hulp niet aanvaarden." in norms[2]  # a continued line
    steps = read_numbered(ROOT, MELDCODE_STEPS)
    assert list(steps) == [1, 2, 3, 4, 5]
    assert steps[1].startswith(first_sentence(steps[1])) and first_sentence(steps[1]).endswith(".")


def test_every_meldnorm_a_flow_names_exists() -> None:
    from scripts.flows.loader import load_flows

    norms = read_numbered(ROOT, MELDNORMEN)
    named = [node.meldnorm for flow in load_flows(ROOT / "diagrams", ROOT) for node in flow.nodes if node.meldnorm]
    assert named and set(named) <= set(norms)


def test_a_comment_and_continued_lines() -> None:
    text = "<!-- uitleg\n   over twee regels -->\n1. Eerste\n   gaat door.\n\n2. Tweede\n"
    assert parse_numbered(text, MELDNORMEN) == {1: "Eerste gaat door.", 2: "Tweede"}


def test_first_sentence() -> None:
    assert first_sentence("Beslissen: is melden nodig? En hulp?") == "Beslissen: is melden nodig?"
    assert first_sentence("Zonder punt") == "Zonder punt"


TEST_LIST = replace(MELDCODE_STEPS, file="m.md")


@pytest.mark.parametrize(("text", "message"), [
    ("1. Een\n3. Drie\n", "m.md:2: stap 3 staat op de plek van stap 2."),
    ("<!-- x -->\n1. Een\nlos\n", "m.md:3: elke regel begint met een nummer"),
    ("<!-- alleen uitleg -->\n", "m.md: er staat geen genummerde lijst in."),
])
def test_a_broken_file_names_the_line(text: str, message: str) -> None:
    with pytest.raises(NumberedListError) as err:
        parse_numbered(text, TEST_LIST)
    assert str(err.value).startswith(message)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(NumberedListError) as err:
        read_numbered(tmp_path, MELDNORMEN)
    assert str(err.value).startswith(f"{MELDNORMEN.file}: kan het bestand niet lezen")
