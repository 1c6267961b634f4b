"""Render a flow as a text alternative: numbered steps in Markdown, with links."""

from __future__ import annotations

import html

from scripts.flows.markdown import inline
from scripts.flows.model import Flow, Kind, Node
from scripts.urls import docs_link


def step_anchor(flow: Flow, number: int) -> str:
    return f"{flow.slug}-stap-{number}"


def render_text_alternative(flow: Flow, page_src: str) -> str:
    """Markdown for the steps of the flow, in file order, for the docs page `page_src`
    that shows it (`stroomschema.md`): protocol links are relative to that page."""
    numbers = {node.id: index + 1 for index, node in enumerate(flow.nodes)}
    out = [
        '<div class="tekstalternatief" markdown>',
        "",
        f"**Tekstversie van het schema: {inline(flow.title)}.** {inline(flow.description)}",
        "",
    ]
    for node in flow.nodes:
        out += _step(flow, node, numbers, page_src)
    out += ["</div>", ""]
    return "\n".join(out)


def _step(flow: Flow, node: Node, numbers: dict[str, int], page_src: str) -> list[str]:
    number = numbers[node.id]
    indent = " " * 4
    first = (
        f'{number}. <span id="{step_anchor(flow, number)}"></span>'
        f'<strong class="stap-titel">{node.kind.dutch.capitalize()}: {html.escape(node.heading)}</strong>'
    )
    lines = [first, ""]
    lines += [indent + line if line else "" for line in node.text.splitlines()]
    lines += ["", f"{indent}[Lees meer in het protocol]({docs_link(str(node.link), page_src)})", ""]
    if node.kind is Kind.QUESTION:
        for answer, target in node.answers:
            lines.append(f"{indent}- {answer}: {_goto(flow, target, numbers)}")
    elif node.next is not None:
        lines.append(f"{indent}- Daarna: {_goto(flow, node.next, numbers)}")
    else:
        lines.append(f"{indent}- Hier eindigt deze route.")
    lines.append("")
    return lines


def _goto(flow: Flow, target: str, numbers: dict[str, int]) -> str:
    number = numbers[target]
    # Named by its label, not its number: the list numbers would clash with the
    # numbers of the afwegingsvragen and of the meldcode steps in the labels.
    return f"[ga naar: {inline(flow.node(target).label)}](#{step_anchor(flow, number)})"
