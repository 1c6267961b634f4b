"""Render a flow as Mermaid flowchart source with safe labels and clickable nodes."""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from scripts.flows.look import look
from scripts.flows.model import Flow, Kind, Node
from scripts.urls import page_href

# Characters written as themselves inside a quoted label; everything else becomes a
# Mermaid entity code (#<decimal>;), which Mermaid turns into an HTML character reference.
_SAFE = frozenset(string.ascii_letters + string.digits + " .,:!?-'/()")
_ACC_UNSAFE = re.compile(r"[#;%{}\"`<>\\]")
_HREF_SAFE = re.compile(r"^[A-Za-z0-9._~/#%?&=-]*$")


def escape_label(text: str) -> str:
    """Label text for use between double quotes in Mermaid: one line, entity-escaped."""
    flat = " ".join(text.split())
    return "".join(ch if ch in _SAFE else f"#{ord(ch)};" for ch in flat)


def accessible_text(text: str) -> str:
    """Text for accTitle/accDescr: one line, without characters Mermaid reads as syntax."""
    return " ".join(_ACC_UNSAFE.sub(" ", text).split())


def node_ids(flow: Flow) -> dict[str, str]:
    """Generated ASCII ids (n0, n1, ...) in file order, independent of the authors' ids."""
    return {node.id: f"n{index}" for index, node in enumerate(flow.nodes)}


def node_shape(node: Node, mermaid_id: str) -> str:
    shape = look(node)
    return f"{mermaid_id}{shape.opening}{escape_label(node.label)}{shape.closing}"


def main_route_first(flow: Flow, node: Node) -> list[tuple[str | None, str]]:
    """The node's edges, the one that goes on (to a question or action) first.

    The layout puts the first edge's target straight below the node and the others to
    its right: the route runs straight down and every outcome branches off to the
    right. Where both answers end or both go on, Ja comes first."""
    return sorted(node.targets(), key=lambda edge: flow.node(edge[1]).kind is Kind.OUTCOME)


def hrefs_from(page_src: str, use_directory_urls: bool = True) -> Callable[[Node], str]:
    """Click targets for a diagram shown on the docs page `page_src` (`stroomschema.md`)."""
    return lambda node: page_href(node.link.page, page_src, node.link.anchor, use_directory_urls)


def render_mermaid(flow: Flow, href_for: Callable[[Node], str] | None) -> str:
    """Mermaid source of the flow. `href_for(node)` gives the click target, relative to
    the page; without it the nodes are no links (the beslishulp's map)."""
    ids = node_ids(flow)
    lines = [
        "flowchart TD",
        f"    accTitle: {accessible_text(flow.title)}",
        f"    accDescr: {accessible_text(flow.description)}",
    ]
    lines += [f"    {node_shape(node, ids[node.id])}" for node in flow.nodes]
    for node in flow.nodes:
        for answer, target in main_route_first(flow, node):
            arrow = f'-->|"{escape_label(answer)}"|' if answer else "-->"
            lines.append(f"    {ids[node.id]} {arrow} {ids[target]}")
    for node in flow.nodes:
        if href_for is None:
            break
        href = href_for(node)
        if not _HREF_SAFE.match(href):
            raise ValueError(f"unsafe characters in click target {href!r} of node {node.id!r}")
        lines.append(f'    click {ids[node.id]} href "{href}"')
    by_class: dict[str, list[str]] = {}
    for node in flow.nodes:
        by_class.setdefault(look(node).css_class, []).append(ids[node.id])
    lines += [f"    class {','.join(members)} {css_class}" for css_class, members in by_class.items()]
    return "\n".join(lines) + "\n"
