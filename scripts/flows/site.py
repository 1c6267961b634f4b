"""Turn the validated flows into page content for the MkDocs build (pure functions)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from scripts.flows.beslishulp import folder
from scripts.flows.loader import load_flow_file
from scripts.flows.markdown import inline
from scripts.flows.mermaid import render_mermaid
from scripts.flows.model import Flow, FlowError, Node
from scripts.flows.textalt import render_text_alternative
from scripts.flows.validate import validate

DIAGRAM_MARKER = re.compile(r"^<!--\s*stroomschema:\s*(?P<slug>[^\s>]+)\s*-->[ \t]*$", re.MULTILINE)
LIST_MARKER = re.compile(r"^<!--\s*beslishulpen\s*-->[ \t]*$", re.MULTILINE)


class MarkerError(ValueError):
    """A marker in a page that names no flow; the message names the file and line."""


def load_flows(diagrams: Path, root: Path) -> list[Flow]:
    """Load and validate every `*.yml` in `diagrams`, named relative to `root` in messages."""
    files = sorted(diagrams.glob("*.yml"))
    if not files:
        raise FlowError(str(diagrams), "geen stroomschema's (*.yml) gevonden")
    return [validate(load_flow_file(path, _display(path, root))) for path in files]


def _display(path: Path, root: Path) -> str:
    """How messages name a file: relative to the repository when it lies inside it."""
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def diagram_block(flow: Flow, href_for: Callable[[Node], str], page_of_docs: str) -> str:
    """The diagram with its text alternative directly below it."""
    return "\n".join([
        f'<figure class="stroomschema" id="schema-{flow.slug}" markdown>',
        "",
        "```mermaid",
        render_mermaid(flow, href_for).rstrip("\n"),
        "```",
        "",
        f"<figcaption>{inline(flow.title)}: klik op een stap om de uitleg te lezen.</figcaption>",
        "",
        "</figure>",
        "",
        render_text_alternative(flow, page_of_docs),
    ])


def expand_diagrams(
    markdown: str, flows: dict[str, Flow], source: str, block_for: Callable[[Flow], str]
) -> str:
    def replace(match: re.Match[str]) -> str:
        slug = match["slug"]
        if slug not in flows:
            line = markdown.count("\n", 0, match.start()) + 1
            raise MarkerError(
                f"{source}:{line}: stroomschema '{slug}' bestaat niet in diagrams/ "
                f"(wel: {', '.join(sorted(flows))})"
            )
        return block_for(flows[slug])

    return DIAGRAM_MARKER.sub(replace, markdown)


def expand_flow_list(markdown: str, flows: list[Flow], page_of_docs: str) -> str:
    items = [
        f"- **[{inline(flow.title)}]({page_of_docs}{folder(flow)}/index.md)**  \n  {inline(flow.description)}"
        for flow in flows
    ]
    return LIST_MARKER.sub(lambda _: "\n".join(items), markdown)
