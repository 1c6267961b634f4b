"""Graph checks on a loaded flow. Pure: a Flow goes in, a FlowError may come out."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Collection, Iterable

from scripts.flows.model import Flow, FlowError, Kind
from scripts.messages import (
    ANSWER_TO_START,
    ANSWER_UNKNOWN,
    LINK_NO_HEADING,
    LINK_NO_PAGE,
    LOOP,
    NEXT_TO_START,
    NEXT_UNKNOWN,
    NO_OUTCOME_AHEAD,
    NO_START,
    ROUTE_TOO_LONG,
    TOO_MANY_PATHS,
    TWO_STARTS,
    UNREACHABLE,
)

# A beslishulp gets one page per path prefix; more than this is no longer a decision aid.
MAX_PATHS = 5000
# Questions on one route: every page lists the answers so far and the verslag prints them
# all on one A4, so a page stays small and the beslishulp grows linearly with its pages.
MAX_ROUTE_QUESTIONS = 10


def validate(flow: Flow) -> Flow:
    """Run every graph check; return the flow unchanged when it is sound."""
    _one_start(flow)
    _targets_exist(flow)
    _reachable_from_start(flow)
    _outcome_reachable(flow)
    _no_cycles(flow)
    _bounded_paths(flow)
    _short_routes(flow)
    return flow


def questions_ahead(flow: Flow) -> dict[str, int]:
    """Node id -> the most questions a reader can still meet from there, itself included
    (flow must be acyclic)."""
    ahead: dict[str, int] = {}
    for node_id in reversed(_topological_order(flow)):
        node = flow.node(node_id)
        here = 1 if node.kind is Kind.QUESTION else 0
        ahead[node_id] = here + max((ahead[target] for _, target in node.targets()), default=0)
    return ahead


def _topological_order(flow: Flow) -> list[str]:
    indegree = {node.id: 0 for node in flow.nodes}
    for node in flow.nodes:
        for _, target in node.targets():
            indegree[target] += 1
    order, queue = [], deque(n for n, d in indegree.items() if d == 0)
    while queue:
        current = queue.popleft()
        order.append(current)
        for _, target in flow.node(current).targets():
            indegree[target] -= 1
            if indegree[target] == 0:
                queue.append(target)
    return order


def _short_routes(flow: Flow) -> None:
    """No route has more than MAX_ROUTE_QUESTIONS questions; the message names the question
    that is one too many on the longest route."""
    before: dict[str, int] = {flow.start.id: 0}  # the most questions answered on the way to a node
    for node_id in _topological_order(flow):
        node = flow.node(node_id)
        number = before.get(node_id, 0) + (1 if node.kind is Kind.QUESTION else 0)
        if number > MAX_ROUTE_QUESTIONS:
            raise FlowError(flow.source, ROUTE_TOO_LONG(nummer=number, grens=MAX_ROUTE_QUESTIONS), node.line, node.id)
        for _, target in node.targets():
            before[target] = max(before.get(target, 0), number)


def page_problems(flow: Flow, page_exists: Callable[[str], bool]) -> list[FlowError]:
    """Every link of the flow to a page that does not exist, in file order."""
    return [
        FlowError(flow.source, LINK_NO_PAGE(link=node.link, pagina=node.link.page), node.line, node.id)
        for node in flow.nodes
        if not page_exists(node.link.page)
    ]


def link_problems(flow: Flow, anchors_of: Callable[[str], Collection[str] | None]) -> list[FlowError]:
    """Every broken link of the flow, in file order. `anchors_of(page)` gives the anchor
    ids of a docs page, or None when no such page exists."""
    problems = []
    for node in flow.nodes:
        anchors = anchors_of(node.link.page)
        if anchors is None:
            message = LINK_NO_PAGE(link=node.link, pagina=node.link.page)
        elif node.link.anchor not in anchors:
            message = LINK_NO_HEADING(link=node.link, anker=node.link.anchor, pagina=node.link.page)
        else:
            continue
        problems.append(FlowError(flow.source, message, node.line, node.id))
    return problems


def _one_start(flow: Flow) -> None:
    starts = [node for node in flow.nodes if node.kind is Kind.START]
    if not starts:
        raise FlowError(flow.source, NO_START(), 1)
    if len(starts) > 1:
        raise FlowError(flow.source, TWO_STARTS(id=starts[0].id), starts[1].line, starts[1].id)


def _targets_exist(flow: Flow) -> None:
    start = flow.start.id
    for node in flow.nodes:
        for answer, target in node.targets():
            if not flow.has(target):
                message = ANSWER_UNKNOWN(antwoord=answer, id=target) if answer else NEXT_UNKNOWN(id=target)
                raise FlowError(flow.source, message, node.line, node.id)
            if target == start:
                message = ANSWER_TO_START(antwoord=answer, id=start) if answer else NEXT_TO_START(id=start)
                raise FlowError(flow.source, message, node.line, node.id)


def _reachable_from_start(flow: Flow) -> None:
    seen = _walk([flow.start.id], lambda n: [t for _, t in flow.node(n).targets()])
    for node in flow.nodes:
        if node.id not in seen:
            raise FlowError(flow.source, UNREACHABLE(), node.line, node.id)


def _outcome_reachable(flow: Flow) -> None:
    parents: dict[str, list[str]] = {node.id: [] for node in flow.nodes}
    for node in flow.nodes:
        for _, target in node.targets():
            parents[target].append(node.id)
    outcomes = [node.id for node in flow.nodes if node.kind is Kind.OUTCOME]
    seen = _walk(outcomes, lambda n: parents[n])  # one walk back from all outcomes at once
    for node in flow.nodes:
        if node.id not in seen:
            raise FlowError(flow.source, NO_OUTCOME_AHEAD(), node.line, node.id)


def _no_cycles(flow: Flow) -> None:
    """Iterative depth-first search (flows may have thousands of nodes)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for root in flow.nodes:
        if root.id in state:
            continue
        stack: list[tuple[str, int]] = [(root.id, 0)]
        state[root.id] = 1
        while stack:
            current, index = stack[-1]
            targets = flow.node(current).targets()
            if index == len(targets):
                state[current] = 2
                stack.pop()
                continue
            stack[-1] = (current, index + 1)
            target = targets[index][1]
            if state.get(target) == 1:
                node = flow.node(current)
                raise FlowError(flow.source, LOOP(id=target), node.line, node.id)
            if target not in state:
                state[target] = 1
                stack.append((target, 0))


def _bounded_paths(flow: Flow) -> None:
    count = path_counts(flow)
    for node in flow.nodes:
        if count[node.id] > MAX_PATHS:
            raise FlowError(flow.source, TOO_MANY_PATHS(grens=MAX_PATHS), node.line, node.id)


def path_counts(flow: Flow) -> dict[str, int]:
    """Number of distinct routes from the start to each node (flow must be acyclic)."""
    count = {node.id: 0 for node in flow.nodes}
    count[flow.start.id] = 1
    for current in _topological_order(flow):
        for _, target in flow.node(current).targets():
            count[target] += count[current]
    return count


def _walk(roots: Iterable[str], step: Callable[[str], Iterable[str]]) -> set[str]:
    """Every node reachable from `roots` by `step` (breadth-first, each node once)."""
    seen = set(roots)
    queue = deque(seen)
    while queue:
        for target in step(queue.popleft()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen
