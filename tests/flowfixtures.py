"""A small valid flow, as YAML text, for tests to break in one place at a time; and a
copy of the real flows to break for a build of its own."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from scripts.flows.beslishulp import Dossier
from tests.sitepaths import ROOT, current_page

# What the beslishulp's verslag names besides the flow, for flows of the tests.
DOSSIER = Dossier("Testprotocol", {1: "Meld bij acute onveiligheid.", 2: "Meld als hulp niet genoeg is.",
                                    3: "Meld als de hulp niet werkt."})

VALID = """\
title: "Testschema"
description: "Een klein schema om mee te testen."
nodes:
  - id: begin
    kind: start
    label: "Begin"
    text: "Hier begint het."
    link: vermoedens.md#advies-vragen
    next: vraag
  - id: vraag
    kind: question
    label: "Is er acuut gevaar?"
    text: "Denk goed na."
    link: melden.md#acuut-gevaar
    answers:
      Ja: bellen
      Nee: advies
  - id: advies
    kind: action
    label: "Vraag advies"
    text: "Bel Veilig Thuis."
    link: vermoedens.md#advies-vragen
    next: klaar
  - id: bellen
    kind: outcome
    label: "Bel 112"
    title: "Bel 112"
    text: "Bel [112](tel:112)."
    link: melden.md#acuut-gevaar
    outcome: emergency
  - id: klaar
    kind: outcome
    label: "Klaar"
    text: "U bent klaar."
    link: terugkoppeling.md#terugkoppeling
    outcome: no-report
"""




def with_current_pages(text: str) -> str:
    """A flow whose links name each page by the name it has now: for a build, where a page
    renamed as BEHEER.md says must still be found."""
    return re.sub(r"(link: )([a-z0-9/-]+\.md)#", lambda m: f"{m[1]}{current_page(m[2])}#", text)


def node_line(text: str, node_id: str) -> int:
    """1-based line of the `- id: <node_id>` entry in `text`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == f"- id: {node_id}":
            return number
    raise AssertionError(f"no node {node_id}")


def flow_text(*nodes: str) -> str:
    """A flow file from compact node specs: "id kind next" or "id question ja nee"."""
    out = ['title: "T"', 'description: "D"', "nodes:"]
    for spec in nodes:
        node_id, kind, *targets = spec.split()
        out += [f"  - id: {node_id}", f"    kind: {kind}", f'    label: "{node_id}"',
                '    text: "x"', "    link: melden.md#acuut-gevaar"]
        if kind == "question":
            out += ["    answers:", f"      Ja: {targets[0]}", f"      Nee: {targets[1]}"]
        elif targets:
            out.append(f"    next: {targets[0]}")
        else:
            out.append("    outcome: report")
            out.append("    meldnorm: 1")
    return "\n".join(out) + "\n"


def copy_of_the_flows(tmp_path: Path) -> Path:
    """A copy of diagrams/ in `tmp_path`, for a build with PROTOCOL_DIAGRAMS pointing at it."""
    flows = tmp_path / "diagrams"
    shutil.copytree(ROOT / "diagrams", flows)
    return flows
