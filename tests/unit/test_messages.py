"""Messages a content owner can act on: each case that used to give a wrong, missing or
misleading message ends in a Dutch message naming the file, line and what to do.

The settings cases are in tests/unit/test_settings.py; these are the flow and page
cases that need no build (those that do are in tests/site/test_messages.py)."""

from __future__ import annotations

import logging

import pytest
from mkdocs.utils import DuplicateFilter

from scripts.flows.loader import parse_flow
from scripts.flows.model import FlowError
from tests.flowfixtures import VALID, node_line


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
    from scripts.plugins.finish import keep_repeated_messages

    build_log = logging.getLogger("mkdocs.commands.build")
    build_log.addFilter(DuplicateFilter())
    keep_repeated_messages()
    assert not [f for f in build_log.filters if isinstance(f, DuplicateFilter)]


def test_a_message_is_filled_in_with_every_field_and_no_other() -> None:
    from scripts.messages import Message

    message = Message("{bestand}:{regel}: '{naam}' staat er {aantal:.0f} keer ({{ }})")
    assert message.fields == {"bestand", "regel", "naam", "aantal"}
    assert message(bestand="docs/x.md", regel=3, naam="a", aantal=2.0) == "docs/x.md:3: 'a' staat er 2 keer ({ })"
    with pytest.raises(TypeError, match=r"missing fields \['regel'\]"):
        message(bestand="docs/x.md", naam="a", aantal=2)
    with pytest.raises(TypeError, match=r"unknown fields \['knoop'\]"):
        message(bestand="docs/x.md", regel=3, naam="a", aantal=2, knoop="b")
    with pytest.raises(ValueError, match="plain name"):
        Message("{} staat er niet")


def test_the_catalogue_is_every_message_of_its_module() -> None:
    from scripts import messages

    found = messages.catalogue()
    assert found["FLOW_ERROR"] is messages.FLOW_ERROR
    assert set(found) == {name for name in dir(messages) if isinstance(getattr(messages, name), messages.Message)}
    assert all(name.isupper() for name in found)
