"""The typed flow model. Built only by `loader`, checked by `validate`."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from scripts.messages import FLOW_STEP

YES = "Ja"
NO = "Nee"
ANSWERS = (YES, NO)


class Kind(str, Enum):
    START = "start"
    QUESTION = "question"
    ACTION = "action"
    OUTCOME = "outcome"

    @property
    def dutch(self) -> str:
        """The Dutch word for this kind of step, as used in pages and messages."""
        return _DUTCH[self]


_DUTCH = {Kind.START: "start", Kind.QUESTION: "vraag", Kind.ACTION: "actie", Kind.OUTCOME: "uitkomst"}


class Outcome(str, Enum):
    """What an outcome asks of the reader: the distinction the meldcode is about."""

    EMERGENCY = "emergency"  # bel 112
    REPORT = "report"  # melden bij Veilig Thuis
    NO_REPORT = "no-report"  # no melding: afsluiten, zelf hulp bieden of verwijzen
    COLLEAGUE = "colleague"  # een collega is de (vermoedelijke) pleger: de regels voor medewerkers

    @property
    def reports(self) -> bool:
        """A melding at Veilig Thuis (or 112) follows: a meldnorm may apply."""
        return self in (Outcome.EMERGENCY, Outcome.REPORT)


@dataclass(frozen=True)
class Link:
    """A section of the protocol: a docs page (`vermoedens.md`) and an anchor."""

    page: str
    anchor: str

    def __str__(self) -> str:
        return f"{self.page}#{self.anchor}"


@dataclass(frozen=True)
class Node:
    id: str
    kind: Kind
    label: str
    text: str
    link: Link
    line: int
    title: str = ""
    outcome: Outcome | None = None  # only (and always) for kind: outcome
    meldnorm: int | None = None  # the meldnorm behind a melding: outcomes that report (always) or call 112 (may)
    next: str | None = None
    answers: tuple[tuple[str, str], ...] = ()

    @property
    def heading(self) -> str:
        """Title of the node's own page: for outcomes the action to take."""
        return self.title or self.label

    def targets(self) -> list[tuple[str | None, str]]:
        """(answer or None, target id) for every edge leaving this node."""
        if self.next is not None:
            return [(None, self.next)]
        return list(self.answers)


@dataclass(frozen=True)
class Flow:
    slug: str
    source: str
    title: str
    description: str
    nodes: tuple[Node, ...]
    _index: dict[str, Node] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {node.id: node for node in self.nodes})

    def node(self, node_id: str) -> Node:
        return self._index[node_id]

    def has(self, node_id: str) -> bool:
        return node_id in self._index

    @property
    def start(self) -> Node:
        return next(node for node in self.nodes if node.kind is Kind.START)


class FlowProblems(ValueError):
    """Several FlowErrors at once (every broken link of a build), one per line."""

    def __init__(self, problems: list[FlowError]):
        super().__init__("\n".join(str(problem) for problem in problems))


def raise_all(problems: list[FlowError]) -> None:
    """Raise the one problem as it is, several as FlowProblems, none: nothing."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise FlowProblems(problems)


class FlowError(ValueError):
    """A flow file that cannot be used; the message names the file, the line and the node
    (a node always with its line: every node has one)."""

    def __init__(self, source: str, message: str, line: int | None = None, node: str | None = None):
        if line and node:
            super().__init__(FLOW_STEP(bestand=source, regel=line, knoop=node, melding=message))
        else:
            super().__init__(f"{source}:{line}: {message}" if line else f"{source}: {message}")
