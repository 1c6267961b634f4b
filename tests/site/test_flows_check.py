"""One flow check: `python -m scripts.flows check` rejects exactly what the build rejects,
with the same message, tried both ways on the same bad files. The build runs in this
process (scripts/buildcheck.py), from a copy of diagrams/ with one bad file added."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from scripts.buildcheck import build_error
from scripts.flows.__main__ import main
from scripts.numbered import MELDNORMEN, read_numbered
from tests.flowfixtures import copy_of_the_flows, node_line, with_current_pages
from tests.flowfixtures import VALID as FIXTURE
from tests.sitepaths import ROOT

T = TypeVar("T")
# The small valid flow, its links naming the pages as this copy of the protocol calls them.
VALID = with_current_pages(FIXTURE)
KNOWN_MELDNORMEN = ", ".join(map(str, read_numbered(ROOT, MELDNORMEN)))
# A bad variant of VALID, and what both must say about it after "<file>:<line>: ".
BAD = {
    "placeholder": (VALID.replace('text: "Bel [112](tel:112)."', 'text: "Bel {{ alarmnumer }}."'), "bellen",
                    "onbekende plaatshouder '{{ alarmnumer }}' in 'text'"),
    "meldnorm": (VALID.replace("    outcome: emergency\n", "    outcome: emergency\n    meldnorm: 9\n"), "bellen",
                 f"meldnorm 9 bestaat niet; kies uit {KNOWN_MELDNORMEN} (zie includes/meldnormen.md)"),
    "route": (VALID.replace("Nee: advies", "Nee: nergens"), "vraag",
              "antwoord 'Nee' wijst naar onbekende knoop 'nergens'"),
    "page": (VALID.replace("link: terugkoppeling.md#terugkoppeling", "link: nergens.md#iets"), "klaar",
             "link 'nergens.md#iets': pagina 'nergens.md' bestaat niet"),
}


# These stop the build before it builds a page: while it reads the flows (on_config), or
# when it knows which pages there are (on_files).
@pytest.mark.parametrize("case", list(BAD))
def test_the_command_and_the_build_reject_a_bad_flow_with_the_same_message(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, node, message = BAD[case]
    folder = copy_of_the_flows(tmp_path)
    path = folder / "test.yml"
    path.write_text(text, encoding="utf-8")
    expected = f"{path}:{node_line(text, node)}: knoop '{node}': {message}"
    assert main(["check", str(path)]) == 1
    said = capsys.readouterr().err
    assert said.startswith("FOUT ") and expected in said
    built = build_error({"PROTOCOL_DIAGRAMS": str(folder)})
    assert built is not None and f"Fout in een stroomschema: {expected}" in built
    assert "stroomschema.md" not in built, "a flow's mistake is named in the flow file, not in a page that shows it"


def inside_a_running_asyncio_loop(call: Callable[[], T]) -> T:
    """`call()` made from a thread whose asyncio loop runs, as a caller's own Playwright
    (sync API) has one: Playwright's sync API refuses to start in such a thread."""
    result: list[T] = []

    async def run() -> None:
        result.append(call())

    thread = threading.Thread(target=asyncio.run, args=(run(),))
    thread.start()
    thread.join()
    assert result, "the call raised (see the thread's exception above)"
    return result[0]


@pytest.mark.slow
def test_the_command_passes_what_the_build_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also with nothing drawn yet, called where an asyncio loop runs (as in a caller that
    uses Playwright itself): the build draws in Chromium all the same."""
    folder = copy_of_the_flows(tmp_path)
    (folder / "test.yml").write_text(VALID, encoding="utf-8")
    monkeypatch.setenv("PROTOCOL_CACHE", str(tmp_path / "cache"))
    # The command's "ok" comes from the whole build in process (build_error), which drew.
    assert inside_a_running_asyncio_loop(lambda: main(["check", str(folder / "test.yml")])) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("ok   elke link")
    assert list((tmp_path / "cache").rglob("*.svg")), "the build drew nothing"


@pytest.mark.slow
def test_every_broken_flow_link_is_named_at_once_by_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two links to headings that do not exist: the build finds these only when it has
    built the pages, and names both at once, as the command does."""
    folder = copy_of_the_flows(tmp_path)
    path = folder / "test.yml"
    broken = VALID.replace("link: terugkoppeling.md#terugkoppeling", "link: melden.md#bestaat-niet")
    broken = broken.replace("link: melden.md#acuut-gevaar", "link: melden.md#ook-niet", 1)
    path.write_text(broken, encoding="utf-8")
    expected = [f"{path}:{node_line(broken, node)}: knoop '{node}': link 'melden.md#{anchor}': "
                f"kopje '#{anchor}' bestaat niet op melden.md"
                for node, anchor in (("vraag", "ook-niet"), ("klaar", "bestaat-niet"))]
    assert main(["check", str(path)]) == 1
    said = capsys.readouterr().err
    built = build_error({"PROTOCOL_DIAGRAMS": str(folder)})
    assert built is not None and "stroomschema.md" not in built
    for message in expected:
        assert message in said and message in built
