"""Render a flow as a step-by-step beslishulp: one static Markdown page per step.

Pages are plain Markdown with ordinary links: no JavaScript, no state outside the URL.
Each page stands for one route from the start; in a flow where every step has one route
(a tree) that is one page per question and per outcome. A step reached by several routes
gets one page per route, so "Vorige vraag" always goes back along the reader's own route.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from scripts.flows.markdown import inline
from scripts.flows.model import NO, YES, Flow, FlowError, Kind, Node
from scripts.flows.validate import path_counts

START_PAGE = "index.md"
START_LABEL = "Start"
BACK_LABEL = "Vorige vraag"
RESTART_LABEL = "Opnieuw beginnen"
NEXT_LABEL = "Verder"


@dataclass(frozen=True)
class Step:
    """One page: a node reached along one route (`route` holds (node id, answer) pairs)."""

    node: Node
    page: str  # file name within the flow's folder, e.g. "vraag-2.md"
    route: tuple[tuple[str, str | None], ...]  # earlier (node id, answer taken) pairs
    back: str | None  # page of the previous question on this route


def folder(flow: Flow) -> str:
    return f"beslishulp/{flow.slug}"


def steps(flow: Flow) -> list[Step]:
    """Every page of the beslishulp, start page first, in breadth-first order."""
    counts = path_counts(flow)
    seen_routes: dict[str, int] = {}
    result: list[Step] = []
    used = {START_PAGE}
    start = Step(flow.start, START_PAGE, (), None)
    queue = deque([start])
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
            route = (*step.route, (step.node.id, answer))
            queue.append(Step(node, page, route, back))
    return result


def render_pages(flow: Flow) -> dict[str, str]:
    """Docs path (beslishulp/<flow>/<page>.md) -> Markdown of every page of the beslishulp."""
    all_steps = steps(flow)
    children: dict[tuple[str, tuple[tuple[str, str | None], ...]], str] = {
        (s.node.id, s.route): s.page for s in all_steps
    }
    pages = {}
    for step in all_steps:
        next_page = {
            answer: children[(target, (*step.route, (step.node.id, answer)))]
            for answer, target in step.node.targets()
        }
        pages[f"{folder(flow)}/{step.page}"] = _page(flow, step, next_page)
    return pages


def _page(flow: Flow, step: Step, next_page: dict[str | None, str]) -> str:
    node = step.node
    to_docs = "../../"
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
    lines += ["", f"[Lees meer in het protocol]({to_docs}{node.link})", ""]
    if step.route:
        lines += _route_summary(flow, step)
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
    return "\n".join(lines)


def _route_summary(flow: Flow, step: Step) -> list[str]:
    answered = [(flow.node(n), a) for n, a in step.route if a is not None]
    if not answered:
        return []
    lines = ['??? info "Uw antwoorden tot nu toe"', ""]
    lines += [f"    - {inline(node.label)} **{answer}**" for node, answer in answered]
    return [*lines, ""]
