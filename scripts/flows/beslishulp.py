"""Render a flow as a step-by-step beslishulp: one static Markdown page per step.

Pages are plain Markdown with ordinary links: no JavaScript, no state outside the URL.
Each page stands for one route from the start; in a flow where every step has one route
(a tree) that is one page per question and per outcome. A step reached by several routes
gets one page per route, so "Vorige vraag" always goes back along the reader's own route.
"""

from __future__ import annotations

import html
from collections import deque
from dataclasses import dataclass, field

from scripts.flows.markdown import inline
from scripts.flows.model import NO, YES, Flow, FlowError, Kind, Node
from scripts.flows.validate import path_counts
from scripts.urls import docs_link

START_PAGE = "index.md"
START_LABEL = "Start"
BACK_LABEL = "Vorige vraag"
RESTART_LABEL = "Opnieuw beginnen"
NEXT_LABEL = "Verder"
# The answers summary on a page shows at most this many of the last answers.
SUMMARY_MAX = 10
# A flow with more steps gets no map on its pages: it would no longer be readable, and a
# map with the route on every page would make the beslishulp grow with the square.
MAP_MAX_NODES = 100


@dataclass(frozen=True)
class Step:
    """One page: a node reached along one route from the start."""

    node: Node
    page: str  # file name within the flow's folder, e.g. "vraag-2.md"
    back: str | None  # page of the previous question on this route
    answered: int = 0  # questions answered on the way here
    # The last answers on the way here, as (question id, answer), at most SUMMARY_MAX:
    # a fixed size per page keeps the whole beslishulp linear in the number of pages.
    recent: tuple[tuple[str, str], ...] = ()
    previous: Step | None = field(default=None, compare=False, repr=False)  # the step before, on this route
    next_pages: dict[str | None, str] = field(default_factory=dict, compare=False)

    @property
    def route(self) -> list[str]:
        """The ids of the steps before this one, from the start."""
        ids, step = [], self.previous
        while step is not None:
            ids.append(step.node.id)
            step = step.previous
        return ids[::-1]


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
                raise FlowError(flow.source, f"paginanaam '{page}' komt twee keer voor; kies een andere id", node.line, node.id)
            used.add(page)
            step.next_pages[answer] = page
            if answer is None:
                queue.append(Step(node, page, back, step.answered, step.recent, step))
            else:
                recent = (*step.recent, (step.node.id, answer))[-SUMMARY_MAX:]
                queue.append(Step(node, page, back, step.answered + 1, recent, step))
    return result


def render_pages(flow: Flow) -> dict[str, str]:
    """Docs path (beslishulp/<flow>/<page>.md) -> Markdown of every page of the beslishulp."""
    labels = {node.id: inline(node.label) for node in flow.nodes}  # escape each label once
    return {
        f"{folder(flow)}/{step.page}": _page(flow, step, labels)
        for step in steps(flow)
    }


def _page(flow: Flow, step: Step, labels: dict[str, str]) -> str:
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
    if node.kind is Kind.OUTCOME:
        lines += ['!!! success "Uitkomst: wat u nu doet"', ""]
        lines += ["    " + line if line else "" for line in node.text.splitlines()]
    else:
        lines += node.text.splitlines()
    lines += ["", f"[Lees meer in het protocol]({docs_link(str(node.link), page_src)})", ""]
    lines += _route_summary(step, labels)
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
    lines += ['<nav class="beslishulp-terug" aria-label="Terug" markdown>', ""]
    links = []
    if step.back is not None:
        links.append(f"[{BACK_LABEL}]({step.back})")
    links.append(f"[{RESTART_LABEL}]({START_PAGE})")
    lines += [" · ".join(links), "", "</nav>", ""]
    if len(flow.nodes) <= MAP_MAX_NODES:
        lines += route_map(flow, step)
    return "\n".join(lines)


def map_placeholder(flow: Flow, step: Step, route: list[str]) -> str:
    """Where the hook puts the map drawn at build time, with the route marked."""
    return (f'<div class="beslishulp-kaart-tekening" data-kaart="{flow.slug}" '
            f'data-route="{" ".join(route)}" data-hier="{step.node.id}"></div>')


def route_map(flow: Flow, step: Step) -> list[str]:
    """"U bent hier": the flow's map with the route so far, and the same in words."""
    where = html.escape(step.node.label)
    route = step.route
    done = len(route)
    before = "de stap" if done == 1 else f"de {done} stappen"
    so_far = (f" Dit is stap {done + 1}. Op de kaart heeft {before} van uw route tot nu toe een blauwe rand. "
              "De stap waar u nu bent heeft een dikke rand." if done else
              " Op de kaart heeft deze eerste stap een dikke rand.")
    return [
        '<details class="beslishulp-kaart">',
        "<summary>Kaart: waar u bent in de route</summary>",
        map_placeholder(flow, step, route),
        f'<p class="beslishulp-kaart-tekst">U bent hier: <strong>{where}</strong>.{so_far}</p>',
        "</details>",
        "",
    ]


def _route_summary(step: Step, labels: dict[str, str]) -> list[str]:
    if not step.answered:
        return []
    lines = ['??? info "Uw antwoorden tot nu toe"', ""]
    earlier = step.answered - len(step.recent)
    if earlier:
        lines.append(f"    - … en {earlier} eerdere antwoorden")
    lines += [f"    - {labels[node_id]} **{answer}**" for node_id, answer in step.recent]
    return [*lines, ""]
