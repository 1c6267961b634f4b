"""Messages a content owner can act on, from a real build: a placeholder typo in a flow,
broken flow links, a page missing from the menu."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.buildutil import build_with
from tests.flowfixtures import copy_of_the_flows, node_line
from tests.sitepaths import mkdocs_config


@pytest.mark.slow
def test_placeholder_typo_in_a_flow_text_is_named_in_the_flow_file(tmp_path: Path) -> None:
    diagrams = copy_of_the_flows(tmp_path)
    path = diagrams / "route-bij-zorgen.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("{{ alarmnummer }}", "{{ alarmnumer }}", 1), encoding="utf-8")
    node = "bel-112"  # the first node whose text uses {{ alarmnummer }}
    assert text.index("{{ alarmnummer }}") > text.index(f"- id: {node}")
    result = build_with({}, tmp_path / "site", env={"PROTOCOL_DIAGRAMS": str(diagrams)})
    assert result.returncode != 0
    assert (f"{path}:{node_line(text, node)}: knoop '{node}': onbekende plaatshouder "
            "'{{ alarmnumer }}' in 'text'") in result.stderr
    assert "stroomschema.md" not in result.stderr


@pytest.mark.slow
def test_every_broken_flow_link_is_named_at_once(tmp_path: Path) -> None:
    diagrams = copy_of_the_flows(tmp_path)
    path = diagrams / "afwegingskader.yml"
    text = path.read_text(encoding="utf-8")
    broken = text.replace("link: afwegingskader.md#vraag-2", "link: afwegingskader.md#vraag-twee", 1)
    broken = broken.replace("link: afwegingskader.md#vraag-3", "link: afwegingskader.md#vraag-drie", 1)
    path.write_text(broken, encoding="utf-8")
    result = build_with({}, tmp_path / "site", env={"PROTOCOL_DIAGRAMS": str(diagrams)})
    assert result.returncode != 0
    for node, anchor in (("vraag-2", "vraag-twee"), ("vraag-3", "vraag-drie")):
        assert (f"{path}:{node_line(text, node)}: knoop '{node}': link 'afwegingskader.md#{anchor}': "
                f"kopje '#{anchor}' bestaat niet op afwegingskader.md") in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.slow
def test_a_page_missing_from_the_menu_is_named_in_dutch(tmp_path: Path) -> None:
    nav = [entry for entry in mkdocs_config()["nav"] if "contact.md" not in entry.values()]
    result = build_with({"nav": nav}, tmp_path / "site")
    assert result.returncode != 0
    assert ("docs/contact.md staat niet in het menu. Zet de pagina in mkdocs.yml onder nav:, "
            "bijvoorbeeld - Mijn pagina: contact.md") in result.stderr
