"""How each kind of step looks in a diagram: its Mermaid shape, its CSS class and the
line of the legend. One table for the drawing (`mermaid`), the legend under it and the
stylesheet (`docs/assets/stylesheets/extra.css`, which colours each class).

Kinds differ by shape and border as well as by colour, so that no reader depends on
colour alone: the start is slanted, a question is a hexagon, 112 has a notched flag, a
melding a box with double side bars, an outcome without a melding rounded corners, a
colleague as the suspect a card (a box with a corner cut off).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from scripts.flows.model import Flow, Kind, Node, Outcome
from scripts.national import ALARM


@dataclass(frozen=True)
class Look:
    css_class: str  # on the node in the SVG and on the legend's sample
    opening: str  # Mermaid's shape around the quoted label
    closing: str
    legend: str  # the legend's line, in Dutch
    sample: str  # the legend's sample of the shape: SVG in a 48 x 24 box


LOOKS: dict[Kind | Outcome, Look] = {
    # Not Mermaid's stadium: it draws that as a path of 10 to 30 KB.
    Kind.START: Look("start", '[/"', '"/]', "Begin van de route",
                     '<polygon points="7,3 47,3 41,21 1,21"/>'),
    Kind.QUESTION: Look("vraag", '{{"', '"}}', "Vraag: kies Ja of Nee",
                        '<polygon points="7,3 41,3 47,12 41,21 7,21 1,12"/>'),
    Kind.ACTION: Look("actie", '["', '"]', "Wat u doet; daarna gaat de route verder",
                      '<rect x="1" y="3" width="46" height="18"/>'),
    Outcome.EMERGENCY: Look("alarm", '>"', '"]', f"Einde: bel {ALARM.display}",
                            '<polygon points="1,3 47,3 47,21 1,21 8,12"/>'),
    Outcome.REPORT: Look("melden", '[["', '"]]', "Einde: melden bij Veilig Thuis",
                         '<rect x="1" y="3" width="46" height="18"/><path d="M7 3V21M41 3V21"/>'),
    Outcome.NO_REPORT: Look("zelf", '("', '")', "Einde zonder melding: afsluiten, zelf hulp bieden of verwijzen",
                            '<rect x="1" y="3" width="46" height="18" rx="6"/>'),
    # Mermaid 11's card shape: a box with its top left corner cut off.
    Outcome.COLLEAGUE: Look("collega", '@{ shape: notch-rect, label: "', '" }',
                            "Einde: een collega is de pleger; volg de regels voor medewerkers",
                            '<polygon points="9,3 47,3 47,21 1,21 1,11"/>'),
}


def look(node: Node) -> Look:
    """The look of a node: by its kind, and for an outcome by what the reader does."""
    return LOOKS[node.outcome if node.kind is Kind.OUTCOME and node.outcome else node.kind]


def looks_in(flow: Flow) -> list[Look]:
    """The looks the flow uses, in the order of the legend (the table's order)."""
    used = {look(node) for node in flow.nodes}
    return [item for item in LOOKS.values() if item in used]


def legend_html(flow: Flow) -> str:
    """The legend under a diagram: one line per kind of step the flow has (112 a link to
    call, like every phone number of the site)."""
    call = f'<a href="tel:{ALARM.dial}">{ALARM.display}</a>'
    items = "".join(
        f'<li><svg class="stroomschema-teken stroomschema-{item.css_class}" viewBox="0 0 48 24" width="48" '
        f'height="24" aria-hidden="true" focusable="false">{item.sample}</svg> '
        f'{html.escape(item.legend).replace(ALARM.display, call)}</li>'
        for item in looks_in(flow)
    )
    return f'<ul class="stroomschema-legenda" aria-label="Legenda">{items}</ul>'
