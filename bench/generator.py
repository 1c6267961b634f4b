"""Generator scaling: each public stage of scripts/flows on synthetic trees of questions."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scripts.flows.beslishulp import Dossier, render_pages
from scripts.flows.loader import parse_flow
from scripts.flows.mermaid import render_mermaid
from scripts.flows.textalt import render_text_alternative
from scripts.flows.validate import MAX_ROUTE_QUESTIONS, validate
from scripts.urls import page_href

if TYPE_CHECKING:
    from scripts.flows.model import Node

# Nodes: runs per stage. A route has at most MAX_ROUTE_QUESTIONS questions, so a tree of
# questions has at most 2 ** MAX_ROUTE_QUESTIONS - 1 of them: 2,048 nodes is the largest.
SIZES = {100: 10, 500: 5, 2_000: 3}
STAGES = ("parse", "validate", "mermaid", "textalt", "beslishulp")
LINK = "melden.md#acuut-gevaar"


@dataclass(frozen=True)
class Scale:
    """Median seconds of every stage for one flow size."""

    nodes: int
    runs: int
    seconds: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


def node_yaml(node_id: str, kind: str, label: str, tail: list[str]) -> list[str]:
    return [f"  - id: {node_id}", f"    kind: {kind}", f'    label: "{label}"',
            f'    text: "Uitleg bij {label}."', f"    link: {LINK}", *tail]


def largest_tree() -> int:
    """The most nodes `tree` can make within the flow rules."""
    return 2 ** (MAX_ROUTE_QUESTIONS + 1)


def tree(nodes: int) -> str:
    """A flow of `nodes` nodes (rounded to even): a start and a binary tree of questions,
    question i leading to questions 2i and 2i+1, or to an outcome past the last question.
    A route meets about log2(nodes) questions: at most `largest_tree()` nodes keep every
    route within validate.MAX_ROUTE_QUESTIONS."""
    if nodes > largest_tree():
        raise ValueError(f"{nodes} nodes: a tree of questions has at most {largest_tree()} within the flow rules")
    questions = max(1, (nodes - 2) // 2)

    def to(n: int) -> str:
        return f"vraag-{n}" if n <= questions else f"uit-{n}"

    lines = ['title: "Synthetische boom"', 'description: "Voor de benchmark."', "nodes:"]
    lines += node_yaml("start", "start", "Start", ["    next: vraag-1"])
    for i in range(1, questions + 1):
        lines += node_yaml(f"vraag-{i}", "question", f"Vraag {i}",
                           ["    answers:", f"      Ja: {to(2 * i)}", f"      Nee: {to(2 * i + 1)}"])
    for n in range(questions + 1, 2 * questions + 2):
        tail = ["    outcome: report", "    meldnorm: 1"] if n % 2 else ["    outcome: no-report"]
        lines += node_yaml(f"uit-{n}", "outcome", f"Uitkomst {n}", tail)
    return "\n".join(lines) + "\n"


def href_for(node: Node) -> str:
    """A node's link as the diagram on /stroomschema/ writes it."""
    return page_href(node.link.page, "stroomschema.md", node.link.anchor)


def median_time(action: Callable[[], Any], runs: int) -> float:
    """Median wall time of `runs` calls, garbage collected before each."""
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def stages(text: str, source: str) -> dict[str, Callable[[], Any]]:
    """Each stage as a call on the flow of `text` (parsed once here for the later stages)."""
    flow = parse_flow(text, "synthetisch", source)
    return {
        "parse": lambda: parse_flow(text, "synthetisch", source),
        "validate": lambda: validate(flow),
        "mermaid": lambda: render_mermaid(flow, href_for),
        "textalt": lambda: render_text_alternative(flow, ""),
        "beslishulp": lambda: render_pages(flow, Dossier("Protocol", {1: "Meld altijd."})),
    }


def measure(sizes: dict[int, int] = SIZES) -> list[Scale]:
    results = []
    for nodes, runs in sizes.items():
        calls = stages(tree(nodes), f"boom-{nodes}.yml")
        seconds = {name: median_time(call, runs) for name, call in calls.items()}
        results.append(Scale(nodes, runs, seconds))
    return results
