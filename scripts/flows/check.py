"""The one check of the flow files, for the build and for `python -m scripts.flows check`.

What needs no pages is checked here: the structure of every file, its routes, the
placeholders of its texts and the meldnormen it names. The pages and headings its links
point to are known only to a build: the build checks them with `page_problems` and
`link_problems` (validate.py), and the command runs that build.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from scripts.flows.loader import load_flows
from scripts.flows.model import Flow, FlowError, raise_all
from scripts.messages import UNKNOWN_MELDNORM, UNKNOWN_PLACEHOLDER_IN_TEXT
from scripts.numbered import MELDNORMEN
from scripts.placeholders import unknown_placeholders


@dataclass(frozen=True)
class Known:
    """What a flow's text may name: the placeholders and the meldnormen (number -> text)."""

    placeholders: Collection[str]
    meldnormen: Mapping[int, str]


def text_problems(flows: list[Flow], known: Known) -> list[FlowError]:
    """Every unknown placeholder in a node's text and every meldnorm that does not exist,
    in file order."""
    names = ", ".join(sorted(known.placeholders))
    numbers = ", ".join(map(str, known.meldnormen))
    problems = []
    for flow in flows:
        for node in flow.nodes:
            problems += [
                FlowError(flow.source, UNKNOWN_PLACEHOLDER_IN_TEXT(naam=name, lijst=names), node.line, node.id)
                for name in unknown_placeholders(node.text, known.placeholders)
            ]
            if node.meldnorm is not None and node.meldnorm not in known.meldnormen:
                problems.append(FlowError(
                    flow.source, UNKNOWN_MELDNORM(nummer=node.meldnorm, nummers=numbers, bestand=MELDNORMEN.file),
                    node.line, node.id,
                ))
    return problems


def checked_flows(folder: Path, root: Path, known: Known) -> list[Flow]:
    """Every flow of `folder`, loaded and checked; raises FlowError (one problem) or
    FlowProblems (several)."""
    flows = load_flows(folder, root)
    raise_all(text_problems(flows, known))
    return flows
