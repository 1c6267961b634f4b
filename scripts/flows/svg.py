"""Make a diagram that Mermaid drew at build time fit for the page (pure functions).

Mermaid's SVG carries a `<style>` element and `style="..."` attributes: both need
`'unsafe-inline'` in a Content-Security-Policy. They become rules of a stylesheet of the
site's own (`Inlined.css`), scoped by the SVG's id. A label's <span> around a <p>
becomes a <div>, which HTML allows. The click targets, drawn as
`<a xlink:href="#<node id>">`, become real links of the page: `href` relative to the page
that shows the diagram, and the node's label as the link's accessible name. On the
beslishulp's map, classes mark the route so far (`route_classes`). A diagram wider than a
phone gets a warning for the content owner (`phone_warning`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from scripts.messages import WIDE_DIAGRAM

_STYLE_ELEMENT = re.compile(r"<style>(.*?)</style>", re.DOTALL)
# A start tag of Mermaid's machine-written markup: name and attributes, all quoted with ".
_START_TAG = re.compile(r'<([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(/?)>')
_ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')
# A label's text: Mermaid writes <span class="nodeLabel"><p>…</p></span>, and HTML does not
# allow a <p> inside a <span>. The span becomes a <div>: the same box around the same block.
_LABEL_SPAN = re.compile(r'<span( class="(?:nodeLabel|edgeLabel)\b[^"]*")>(<p>.*?</p>)</span>', re.DOTALL)
_SVG_ID = re.compile(r'^<svg\b[^>]*\bid="([^"]+)"')
_VIEW_BOX_WIDTH = re.compile(r'^<svg\b[^>]*\bviewBox="\S+ \S+ ([\d.]+) ')
# A phone held upright: a diagram up to this wide shows its labels at full size there.
PHONE_WIDTH = 390
# Declarations Mermaid writes that say nothing ("", ";", or a bare word such as "normal").
_EMPTY_STYLE = re.compile(r"^[\s;]*$|^[\s]*[A-Za-z-]+[\s;]*$")


@dataclass(frozen=True)
class Inlined:
    """The SVG for the page, and the CSS that used to be inside it."""

    svg: str
    css: str


def no_classes(element_id: str) -> str:
    return ""


def inline_svg(
    raw: str, hrefs: Mapping[str, str], names: Mapping[str, str], classes_for: Callable[[str], str] = no_classes
) -> Inlined:
    """`raw`: Mermaid's SVG, drawn with `click <mermaid id> href "#<node id>"` lines.

    `hrefs` maps a node id to its link on the page, `names` to its accessible name.
    An `#<node id>` link that is not in `hrefs` is an error: every node must link.
    `classes_for(element id)` gives classes to add to that element (the route on a map)."""
    found = _SVG_ID.match(raw)
    if found is None:
        raise ValueError("not a Mermaid SVG: no <svg id=...> at the start")
    svg_id = found[1]
    css = [block.strip() for block in _STYLE_ELEMENT.findall(raw)]
    body = _STYLE_ELEMENT.sub("", raw)
    rules: dict[str, str] = {}  # declarations -> class name

    def tag(match: re.Match[str]) -> str:
        name, attributes, closing = match[1], dict(_ATTRIBUTE.findall(match[2])), match[3]
        attributes.pop("data-points", None)  # Mermaid's copy of each edge's points, for its own editors
        style = attributes.pop("style", None)
        if style is not None and not _EMPTY_STYLE.match(style):
            declarations = style.strip().rstrip(";")
            class_name = rules.setdefault(declarations, f"{svg_id}-s{len(rules)}")
            attributes["class"] = f"{attributes.get('class', '').strip()} {class_name}".strip()
        if extra := classes_for(attributes.get("id", "")):
            attributes["class"] = f"{attributes.get('class', '').strip()} {extra}".strip()
        if name == "a" and "xlink:href" in attributes:
            target = attributes.pop("xlink:href").removeprefix("#")
            if target not in hrefs:
                raise ValueError(f"node {target!r} has no link on this page")
            attributes = {"href": hrefs[target], "aria-label": names[target], **attributes}
        text = "".join(f' {key}="{html.escape(value, quote=True)}"' for key, value in attributes.items())
        return f"<{name}{text}{' /' if closing else ''}>"

    body = _LABEL_SPAN.sub(r"<div\1>\2</div>", _START_TAG.sub(tag, body))
    # `#id.class` for the <svg> itself (Mermaid sets its max-width there), `#id .class` inside.
    css += [f"#{svg_id}.{class_name}, #{svg_id} .{class_name} {{ {declarations}; }}"
            for declarations, class_name in rules.items()]
    return Inlined(body, "\n".join(css) + "\n")


def route_classes(svg_id: str, route: Sequence[str], here: str) -> Callable[[str], str]:
    """Classes for a map of the flow: `route` are the Mermaid ids of the steps before the
    current one (`here`). Their nodes get "geweest", the current node "hier", and every
    edge between two consecutive steps "genomen"."""
    steps = [*route, here]
    taken = {f"{a}_{b}" for a, b in zip(steps, steps[1:])}
    node = re.compile(rf"^{re.escape(svg_id)}-flowchart-(n\d+)-\d+$")
    edge = re.compile(rf"^{re.escape(svg_id)}-L_(n\d+_n\d+)_\d+$")

    def classes(element_id: str) -> str:
        if found := node.match(element_id):
            return "hier" if found[1] == here else "geweest" if found[1] in route else ""
        if found := edge.match(element_id):
            return "genomen" if found[1] in taken else ""
        return ""

    return classes


def phone_warning(source: str, raw: str) -> str | None:
    """A warning for the content owner when a drawn diagram is wider than a phone."""
    found = _VIEW_BOX_WIDTH.match(raw)
    if found is None or float(found[1]) <= PHONE_WIDTH:
        return None
    return WIDE_DIAGRAM(bestand=source, breedte=float(found[1]), telefoon=PHONE_WIDTH)
