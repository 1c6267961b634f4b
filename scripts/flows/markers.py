"""Where a page shows flows: its markers, replaced by Markdown (pure functions).

`<!-- stroomschema: <flow> -->` becomes the flow's diagram with its text alternative;
`<!-- beslishulpen -->` becomes the list of every flow's beslishulp; `<!-- beslishulpen:
route-bij-zorgen, afwegingskader -->` puts the flows it names first, in that order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scripts.flows.beslishulp import START_PAGE, folder
from scripts.flows.look import legend_html
from scripts.flows.markdown import inline
from scripts.flows.mermaid import hrefs_from, render_mermaid
from scripts.flows.model import Flow
from scripts.flows.textalt import render_text_alternative
from scripts.messages import UNKNOWN_BESLISHULP, UNKNOWN_DIAGRAM
from scripts.pagemarkers import marker
from scripts.urls import docs_link

DIAGRAM_MARKER = marker("stroomschema", args=True)
LIST_MARKER = marker("beslishulpen", args=True)


class MarkerError(ValueError):
    """A marker in a page that names no flow; the message names the file and line."""


def drawing_placeholder(flow: Flow) -> str:
    """Where the hook puts the diagram drawn at build time (in the page's HTML)."""
    return f'<div class="stroomschema-tekening" data-stroomschema="{flow.slug}"></div>'


def diagram_block(flow: Flow, page_src: str, use_directory_urls: bool = True, drawn: bool = False) -> str:
    """The diagram of a flow with its text alternative directly below it, for the docs
    page `page_src` (links are relative to that page). `drawn`: the build drew it, so the
    page gets a placeholder for the SVG; else a Mermaid block the reader's browser draws."""
    diagram = [drawing_placeholder(flow)] if drawn else [
        "```mermaid",
        render_mermaid(flow, hrefs_from(page_src, use_directory_urls)).rstrip("\n"),
        "```",
    ]
    return "\n".join([
        f'<figure class="stroomschema" id="schema-{flow.slug}" markdown>',
        "",
        *diagram,
        "",
        legend_html(flow),
        "",
        f"<figcaption>{inline(flow.title)}: klik op een stap om de uitleg te lezen.</figcaption>",
        "",
        "</figure>",
        "",
        render_text_alternative(flow, page_src),
    ])


def expand_diagrams(
    markdown: str, flows: dict[str, Flow], source: str, block_for: Callable[[Flow], str]
) -> str:
    """Replace every diagram marker; a marker naming no flow raises with `source:line`."""

    def replace(match: re.Match[str]) -> str:
        slug = (match["args"] or "").strip()
        if slug not in flows:
            line = markdown.count("\n", 0, match.start()) + 1
            raise MarkerError(UNKNOWN_DIAGRAM(bestand=source, regel=line, naam=slug, lijst=", ".join(sorted(flows))))
        return block_for(flows[slug])

    return DIAGRAM_MARKER.sub(replace, markdown)


def expand_flow_list(markdown: str, flows: list[Flow], source: str, page_src: str) -> str:
    """Replace the list marker by a link to every beslishulp, for the docs page `page_src`:
    the flows the marker names first, in its order, then the others in file order. A name
    that is no flow raises with `source:line`."""
    by_slug = {flow.slug: flow for flow in flows}

    def replace(match: re.Match[str]) -> str:
        named = [name.strip() for name in (match["args"] or "").split(",") if name.strip()]
        for name in named:
            if name not in by_slug:
                line = markdown.count("\n", 0, match.start()) + 1
                raise MarkerError(
                    UNKNOWN_BESLISHULP(bestand=source, regel=line, naam=name, lijst=", ".join(sorted(by_slug)))
                )
        ordered = [by_slug[name] for name in dict.fromkeys(named)] + [f for f in flows if f.slug not in named]
        return "\n".join(
            f"- **[{inline(flow.title)}]({docs_link(f'{folder(flow)}/{START_PAGE}', page_src)})**  \n"
            f"  {inline(flow.description)}"
            for flow in ordered
        )

    return LIST_MARKER.sub(replace, markdown)
