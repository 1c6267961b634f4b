"""The zakkaart: a pocket card of the protocol on one A5 page, generated at every build
from the settings, the meldcode's steps (includes/meldcode-stappen.md, each step whole) and
the questions of the afwegingskader flow (pure functions), with a line for a disclosure and
one for a colleague as the suspect. Its numbers are placeholders, filled in like on
every page; the QR code (segno, drawn as SVG) opens the site's address (`website`), and
without one the card says where to find the protocol.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

import segno

from scripts.flows.markdown import inline
from scripts.flows.model import Flow, Kind

PAGE = "zakkaart.md"
TITLE = "Zakkaart"
# The flow whose questions are the five afwegingsvragen (diagrams/afwegingskader.yml).
QUESTIONS_FLOW = "afwegingskader"
_NUMBER = re.compile(r"^\d+\.\s*")
# The two situations the steps do not cover, as /iemand-vertelt/ and /collega/ say them.
DISCLOSURE = ("**Vertelt iemand u over geweld?** Luister en beloof geen geheimhouding. Schrijf de woorden "
              "letterlijk op. Bel dezelfde dag Veilig Thuis. Vertel het de ouders niet zelf.")
COLLEAGUE = ("**Gaat het om een collega, stagiair of vrijwilliger?** Vertel het meteen aan het schoolbestuur, "
             "de houder of uw leidinggevende. Niet aan de ouders.")


def qr_svg(url: str) -> str:
    """The QR code of `url` as inline SVG: black modules, the quiet zone of 4 modules."""
    code = segno.make(url, error="m")
    title = f"QR-code: {url}"
    return code.svg_inline(scale=1, border=4, omitsize=True, title=title, svgclass="zakkaart-qr-code", lineclass=None)


def questions(flow: Flow) -> list[str]:
    """The questions of a flow in the order a reader meets them on the main route (Ja
    first), without the number they carry in their label."""
    seen: list[str] = []
    todo = [flow.start.id]
    while todo:
        node = flow.node(todo.pop(0))
        if node.id in seen:
            continue
        seen.append(node.id)
        todo += [target for _, target in node.targets()]
    return [_NUMBER.sub("", flow.node(n).label) for n in seen if flow.node(n).kind is Kind.QUESTION]


def render_zakkaart(steps: Mapping[int, str], flow: Flow, website: str | None, site_name: str) -> str:
    """The Markdown of the zakkaart page."""
    lines = ["---", "search:", "  exclude: true", "---", "", f"# {TITLE}", "",
             '!!! tip "Druk deze kaart af"', "",
             "    Dan krijgt u één A5. Stop de kaart in uw tas of in een la.",
             "    Zo heeft u de nummers en de stappen altijd bij de hand.",
             "    Op de kaart staat alleen het kader hieronder.",
             "    Is er een nieuwe versie van het protocol? Druk dan ook een nieuwe kaart af.", "",
             '<div class="zakkaart" markdown>', "",
             f"**{inline(site_name)}**  ",
             "{{ organisatie.naam }} · versie {{ protocol.versie }}, vastgesteld op {{ protocol.vastgesteld_op }}",
             "{ .zakkaart-kop }", "",
             "**Direct gevaar? Bel {{ alarmnummer }}.**  ",
             "Advies of melden: Veilig Thuis {{ veilig_thuis.telefoon }} (gratis, dag en nacht).  ",
             "Twijfel? Bel {{ aandachtsfunctionaris.naam }}: {{ aandachtsfunctionaris.telefoon }}, "
             "{{ aandachtsfunctionaris.email }}.",
             "{ .zakkaart-nummers }", "",
             DISCLOSURE, "{ .zakkaart-situatie }", "",
             COLLEAGUE, "{ .zakkaart-situatie }", "",
             "## De 5 stappen van de meldcode { #stappen }", ""]
    lines += [f"{number}. {inline(text)}" for number, text in steps.items()]
    lines += ["", "## De 5 vragen om af te wegen { #afwegingsvragen }", ""]
    lines += [f"{number}. {inline(question)}" for number, question in enumerate(questions(flow), start=1)]
    lines += ["", "Is het nu of steeds weer niet veilig? Dan meldt u altijd.", ""]
    if website:
        lines += ['<div class="zakkaart-qr">', qr_svg(website),
                  # The address as text, not a link: the reader is on the site already, and
                  # the site links to no address outside itself (the offline zip has none).
                  f"<p>Scan de code voor het hele protocol, of ga naar <strong>{html.escape(website)}</strong></p>",
                  "</div>", ""]
    else:
        lines += ["Het hele protocol staat op het intranet van {{ organisatie.naam }}. "
                  "Vraag {{ aandachtsfunctionaris.naam }} waar.", "{ .zakkaart-waar }", ""]
    lines += ["</div>", ""]
    return "\n".join(lines)
