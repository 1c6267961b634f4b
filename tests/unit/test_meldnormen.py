"""The meldnormen file (includes/meldnormen.md): read as a numbered list, with Dutch
messages that name the line when it is not one."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.meldnormen import MELDNORMEN_FILE, MeldnormError, parse_meldnormen, read_meldnormen
from tests.sitepaths import ROOT


def test_the_shipped_file_has_the_three_meldnormen_of_the_afwegingskader() -> None:
    norms = read_meldnormen(ROOT)
    assert list(norms) == [1, 2, 3]
    assert "acute en/of structurele onveiligheid" in norms[1]
    assert "Ook als de betrokkenen de hulp niet aanvaarden." in norms[2]  # a continued line


def test_every_meldnorm_a_flow_names_exists() -> None:
    from scripts.flows.loader import load_flows

    norms = read_meldnormen(ROOT)
    named = [node.meldnorm for flow in load_flows(ROOT / "diagrams", ROOT) for node in flow.nodes if node.meldnorm]
    assert named and set(named) <= set(norms)


def test_a_comment_and_continued_lines() -> None:
    text = "<!-- uitleg\n   over twee regels -->\n1. Eerste\n   gaat door.\n\n2. Tweede\n"
    assert parse_meldnormen(text, "m.md") == {1: "Eerste gaat door.", 2: "Tweede"}


@pytest.mark.parametrize(("text", "message"), [
    ("1. Een\n3. Drie\n", "m.md:2: meldnorm 3 staat op de plek van meldnorm 2."),
    ("<!-- x -->\n1. Een\nlos\n", "m.md:3: elke regel is een meldnorm met een nummer ervoor"),
    ("<!-- alleen uitleg -->\n", "m.md: er staan geen meldnormen in."),
])
def test_a_broken_file_names_the_line(text: str, message: str) -> None:
    with pytest.raises(MeldnormError) as err:
        parse_meldnormen(text, "m.md")
    assert str(err.value).startswith(message)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(MeldnormError) as err:
        read_meldnormen(tmp_path)
    assert str(err.value).startswith(f"{MELDNORMEN_FILE}: kan het bestand niet lezen")
