"""Render a flow as a step-by-step beslishulp: one static Markdown page per step.

Pages are plain Markdown with ordinary links: no JavaScript, no state outside the URL.
Each page stands for one route from the start; in a flow where every step has one route
(a tree) that is one page per question and per outcome. A step reached by several routes
gets one page per route, so "Vorige vraag" always goes back along the reader's own route,
every answer so far can be changed ("Wijzig" goes to that question on the same route),
and the address of a page is the reader's answers: a link sent to a colleague shows them.

Every outcome page ends with a "Verslag voor het dossier": the answers, the outcome, the
meldnorm that applies and what to record, with empty lines to fill in; printing the page
prints only that verslag (extra.css), on one A4.
"""

from __future__ import annotations

import html
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field

from scripts.flows.markdown import inline
from scripts.flows.model import NO, YES, Flow, FlowError, Kind, Node, Outcome
from scripts.flows.validate import path_counts, questions_ahead
from scripts.messages import PAGE_NAME_TWICE
from scripts.urls import docs_link

START_PAGE = "index.md"
START_LABEL = "Start"
BACK_LABEL = "Vorige vraag"
RESTART_LABEL = "Opnieuw beginnen"
NEXT_LABEL = "Verder"
CHANGE_LABEL = "Wijzig"
# A flow with more steps gets no map on its pages: it would no longer be readable, and a
# map with the route on every page would make the beslishulp grow with the square.
MAP_MAX_NODES = 100
# What the verslag asks to record (the lists of docs/vastleggen.md, shared as snippets).
RECORD_MELDING = "includes/vastleggen-melding.md"
RECORD_AFWEGING = "includes/vastleggen-afweging.md"
RECORD_COLLEGA = "includes/vastleggen-collega.md"
RECORDS = {Outcome.EMERGENCY: RECORD_MELDING, Outcome.REPORT: RECORD_MELDING,
           Outcome.NO_REPORT: RECORD_AFWEGING, Outcome.COLLEAGUE: RECORD_COLLEGA}
# The empty fields of the verslag, and the number of ruled lines for notes.
FILL_IN = ("Datum", "Uw naam", "Dossiernummer van het kind of de cliënt")
NOTE_LINES = 5
# Where the build puts the map drawn at build time, with the page's route marked (the
# build knows each page's route from `steps`; the placeholder carries no data).
MAP_PLACEHOLDER = '<div class="beslishulp-kaart-tekening"></div>'


@dataclass(frozen=True)
class Dossier:
    """What the verslag names besides the flow: the protocol's title (the site's name)
    and the meldnormen by number (includes/meldnormen.md)."""

    protocol: str
    meldnormen: Mapping[int, str]


@dataclass(frozen=True)
class Step:
    """One page: a node reached along one route from the start."""

    node: Node
    page: str  # file name within the flow's folder, e.g. "vraag-2.md"
    back: str | None  # page of the previous question on this route
    answered: int = 0  # questions answered on the way here
    answer: str | None = None  # the answer on the step before that led here (None: "Verder")
    previous: Step | None = field(default=None, compare=False, repr=False)  # the step before, on this route
    next_pages: dict[str | None, str] = field(default_factory=dict, compare=False)

    @property
    def route(self) -> list[str]:
        """The ids of the steps before this one, from the start."""
        return [step.node.id for step in self._before()]

    def answers(self) -> list[tuple[Step, str]]:
        """The questions answered on the way here, from the start: (the question's step on
        this route, the answer given)."""
        chain = [*self._before(), self]
        return [(step, after.answer) for step, after in zip(chain, chain[1:]) if after.answer is not None]

    def _before(self) -> list[Step]:
        steps, step = [], self.previous
        while step is not None:
            steps.append(step)
            step = step.previous
        return steps[::-1]


def folder(flow: Flow) -> str:
    return f"beslishulp/{flow.slug}"


def steps(flow: Flow) -> list[Step]:
    """Every page of the beslishulp, start page first, in breadth-first order.

    Each step's `next_pages` maps an answer (None for "next") to the page it leads to.
    """
    counts = path_counts(flow)
    seen_routes: dict[str, int] = {}
    result: list[Step] = []
    used = {START_PAGE}
    queue = deque([Step(flow.start, START_PAGE, None)])
    while queue:
        step = queue.popleft()
        result.append(step)
        back = step.page if step.node.kind is Kind.QUESTION else step.back
        for answer, target in step.node.targets():
            node = flow.node(target)
            seen_routes[target] = seen_routes.get(target, 0) + 1
            page = f"{target}.md" if counts[target] == 1 else f"{target}-route-{seen_routes[target]}.md"
            if page in used:
                raise FlowError(flow.source, PAGE_NAME_TWICE(pagina=page), node.line, node.id)
            used.add(page)
            step.next_pages[answer] = page
            answered = step.answered + (answer is not None)
            queue.append(Step(node, page, back, answered, answer, step))
    return result


def render_pages(flow: Flow, dossier: Dossier) -> dict[str, str]:
    """Docs path (beslishulp/<flow>/<page>.md) -> Markdown of every page of the beslishulp."""
    labels = {node.id: inline(node.label) for node in flow.nodes}  # escape each label once
    ahead = questions_ahead(flow)
    return {
        f"{folder(flow)}/{step.page}": _page(flow, step, labels, ahead, dossier)
        for step in steps(flow)
    }


def _page(flow: Flow, step: Step, labels: dict[str, str], ahead: dict[str, int], dossier: Dossier) -> str:
    node = step.node
    next_page = step.next_pages
    page_src = f"{folder(flow)}/{step.page}"
    if node.kind is Kind.START:
        heading = flow.title
    else:
        heading = node.heading
    # Only the start page goes into the search index: the step pages would crowd out
    # the protocol's own pages in the results.
    lines = [] if node.kind is Kind.START else ["---", "search:", "  exclude: true", "---", ""]
    lines += [f"# {inline(heading)}", ""]
    if node.kind is Kind.QUESTION:
        number = step.answered + 1
        lines += [f"Vraag {number} van ten hoogste {step.answered + ahead[node.id]}", "{ .beslishulp-voortgang }", ""]
    if node.kind is Kind.OUTCOME:
        lines += ['!!! success "Uitkomst: wat u nu doet"', ""]
        lines += ["    " + line if line else "" for line in node.text.splitlines()]
    else:
        lines += node.text.splitlines()
    lines += ["", f"[Lees meer in het protocol]({docs_link(str(node.link), page_src)})", ""]
    choice = []
    if node.kind is Kind.START:
        choice.append(f"[{START_LABEL}]({next_page[None]}){{ .md-button .md-button--primary }}")
    elif node.kind is Kind.QUESTION:
        choice.append(
            f"[{YES}]({next_page[YES]}){{ .md-button .md-button--primary }} "
            f"[{NO}]({next_page[NO]}){{ .md-button .md-button--primary }}"
        )
    elif node.kind is Kind.ACTION:
        choice.append(f"[{NEXT_LABEL}]({next_page[None]}){{ .md-button .md-button--primary }}")
    if choice:
        lines += ['<nav class="beslishulp-keuze" aria-label="Uw keuze" markdown>', "", *choice, "", "</nav>", ""]
    lines += _answers(step, labels)
    lines += ['<nav class="beslishulp-terug" aria-label="Terug" markdown>', ""]
    links = []
    if step.back is not None:
        links.append(f"[{BACK_LABEL}]({step.back})")
    links.append(f"[{RESTART_LABEL}]({START_PAGE})")
    lines += [" · ".join(links), "", "</nav>", ""]
    if node.kind is Kind.OUTCOME:
        lines += verslag(flow, step, labels, dossier)
    if len(flow.nodes) <= MAP_MAX_NODES:
        lines += route_map(step)
    return "\n".join(lines)


def route_map(step: Step) -> list[str]:
    """"U bent hier": the flow's map with the route so far, and the same in words."""
    where = html.escape(step.node.label)
    route = step.route
    # No numbers here: "stap" is the meldcode's word, and the questions carry their own.
    so_far = (" Op de kaart heeft elk vak van uw route tot nu toe een blauwe rand. "
              "Het vak waar u nu bent, heeft een dikke rand." if route else
              " Op de kaart heeft dit eerste vak een dikke rand.")
    return [
        '<details class="beslishulp-kaart">',
        "<summary>Kaart: waar u bent in de route</summary>",
        MAP_PLACEHOLDER,
        f'<p class="beslishulp-kaart-tekst">U bent hier: <strong>{where}</strong>.{so_far}</p>',
        "</details>",
        "",
    ]


def _answers(step: Step, labels: dict[str, str]) -> list[str]:
    """The answers so far, each with a link to change it: the question's page on this
    route, where the answers before it still stand."""
    answers = step.answers()
    if not answers:
        return []
    title = "Uw antwoorden" if step.node.kind is Kind.OUTCOME else "Uw antwoorden tot nu toe"
    lines = ['<div class="beslishulp-antwoorden" markdown>', "", f"## {title} {{ #uw-antwoorden }}", ""]
    for question, answer in answers:
        label = labels[question.node.id]
        lines += [f"- {label}  ",
                  f"  Uw antwoord: **{answer}** · [{CHANGE_LABEL}<span class=\"beslishulp-verborgen\"> uw antwoord op: "
                  f"{label}</span>]({question.page})"]
    return [*lines, "", "</div>", ""]


def meldnorm_text(node: Node, meldnormen: Mapping[int, str]) -> str:
    """What the verslag says about the meldnorm of an outcome."""
    if node.meldnorm is not None:
        return f"Meldnorm {node.meldnorm}: {inline(meldnormen[node.meldnorm])}"
    if node.outcome is Outcome.EMERGENCY:
        return "Er is direct gevaar: u belt eerst {{ alarmnummer }}."
    if node.outcome is Outcome.COLLEAGUE:
        return ("Het gaat om een collega, stagiair of vrijwilliger. Dan gelden de regels voor medewerkers, "
                "niet de meldnormen: u vertelt het meteen aan het schoolbestuur, de houder of uw leidinggevende.")
    # Not "u hoeft niet te melden": a route may end here before help was accepted or worked.
    return ("Met deze antwoorden geldt nu geen meldnorm. Ziet u nieuwe signalen, of wordt het niet veilig? "
            "Weeg dan opnieuw af. U kunt altijd advies vragen aan Veilig Thuis: {{ veilig_thuis.telefoon }}.")


def verslag(flow: Flow, step: Step, labels: dict[str, str], dossier: Dossier) -> list[str]:
    """The verslag for the dossier of an outcome page: printed, it is the whole page."""
    node = step.node
    record = RECORDS[node.outcome or Outcome.NO_REPORT]
    lines = ['<section class="beslishulp-verslag" aria-labelledby="verslag" markdown>', "",
             "## Verslag voor het dossier { #verslag }", "",
             "Druk deze pagina af, of bewaar hem als PDF. Dan krijgt u alleen dit verslag, op één A4. "
             "Deze site bewaart en verstuurt uw antwoorden niet.",
             "{ .beslishulp-alleen-scherm }", "",
             f"**{inline(dossier.protocol)}**, versie {{{{ protocol.versie }}}}, van {{{{ organisatie.naam }}}}  ",
             f"Beslishulp: {inline(flow.title)}", "",
             "| Vraag | Antwoord |", "|---|---|"]
    lines += [f"| {labels[question.node.id]} | {answer} |" for question, answer in step.answers()]
    lines += ["", f"**Uitkomst: {inline(node.heading)}**  ", meldnorm_text(node, dossier.meldnormen), "",
              "**Leg in het dossier vast:**", "", f'--8<-- "{record}"', "",
              '<table class="beslishulp-invullen">',
              *[f'<tr><th scope="row">{name}</th><td></td></tr>' for name in FILL_IN],
              '<tr><th scope="row">Aantekeningen</th><td>'
              + "".join('<span class="beslishulp-lijn"></span>' for _ in range(NOTE_LINES)) + "</td></tr>",
              "</table>", "", "</section>", ""]
    return lines
