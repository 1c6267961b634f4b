"""Messages a content owner can act on: each case that used to give a wrong,
missing or misleading message ends in a Dutch message naming the file, line and what to do.

The settings cases (impossible date, YAML slips, a phone number like 12345) are in
tests/test_settings.py; these are the flow, page and build cases."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.utils import DuplicateFilter

from scripts.flows.loader import parse_flow
from scripts.flows.model import FlowError
from tests.buildutil import build_with
from tests.flowfixtures import VALID, copy_of_the_flows, node_line
from tests.sitepaths import mkdocs_config

SRC = "diagrams/test.yml"


def load_error(text: str) -> str:
    with pytest.raises(FlowError) as err:
        parse_flow(text, slug="test", source=SRC)
    return str(err.value)


def test_unquoted_label_with_a_comment_sign_is_not_cut_silently() -> None:
    text = VALID.replace('label: "Bel 112"', "label: Bel 112 # direct", 1)
    assert load_error(text) == (
        f"{SRC}:{node_line(VALID, 'bellen') + 2}: in 'label' valt alles na ' #' weg (YAML leest dat als "
        "opmerking). Zet de hele tekst tussen aanhalingstekens, zoals label: \"Bel 112 # direct\""
    )


def test_quoted_label_with_a_comment_sign_is_fine() -> None:
    flow = parse_flow(VALID.replace('label: "Bel 112"', 'label: "Bel 112 # direct"', 1), slug="test", source=SRC)
    assert flow.node("bellen").label == "Bel 112 # direct"


@pytest.mark.parametrize("field", ["label", "title"])
def test_placeholder_in_a_label_or_title_is_refused(field: str) -> None:
    text = VALID.replace(f'{field}: "Bel 112"', f'{field}: "Bel {{{{ alarmnummer }}}}"', 1)
    line = node_line(VALID, "bellen") + (2 if field == "label" else 3)
    assert load_error(text) == (
        f"{SRC}:{line}: knoop 'bellen': plaatshouders werken niet in '{field}', alleen in 'text'. "
        "Schrijf de tekst zonder {{ }}"
    )


def test_repeated_messages_are_shown_again_in_make_serve() -> None:
    from scripts.hooks import keep_repeated_messages

    build_log = logging.getLogger("mkdocs.commands.build")
    build_log.addFilter(DuplicateFilter())
    keep_repeated_messages()
    assert not [f for f in build_log.filters if isinstance(f, DuplicateFilter)]


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
