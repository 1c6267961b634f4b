"""The flows route a worried reader safely: they follow the meldnormen.

Checked on the flow files themselves (no build needed), on every route from the start:
- route-bij-zorgen asks about levensgevaar, acute onveiligheid, a child or adult who
  tells, and structurele onveiligheid before anything else; a Ja to any of them ends in
  112 or a melding, and a route can only end without a melding after a Nee to all four;
- every melding outcome of every flow tells the reader to announce the melding to the
  parents or client unless that is unsafe, and to record it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from scripts.flows.loader import load_flow_file
from scripts.flows.model import NO, YES, Flow, Kind, Node, Outcome
from scripts.flows.validate import validate
from tests.sitepaths import ROOT

FLOWS = {p.stem: validate(load_flow_file(p)) for p in sorted((ROOT / "diagrams").glob("*.yml"))}
ROUTE = FLOWS["route-bij-zorgen"]
# The four safety questions of the route flow, in the order a reader meets them.
SAFETY_QUESTIONS = ("levensgevaar", "acute-onveiligheid", "vertelt", "structurele-onveiligheid")
CALL_112 = "bel-112"


def is_melding(node: Node) -> bool:
    """A melding outcome: the flow file says so (`outcome: report`)."""
    return node.kind is Kind.OUTCOME and node.outcome is Outcome.REPORT


def routes(flow: Flow) -> Iterator[tuple[tuple[tuple[str, str], ...], Node]]:
    """Every route from the start: ((question id, answer), ...) and the outcome it ends in."""
    todo: list[tuple[tuple[tuple[str, str], ...], str]] = [((), flow.start.id)]
    while todo:
        answers, node_id = todo.pop()
        node = flow.node(node_id)
        if node.kind is Kind.OUTCOME:
            yield answers, node
        for answer, target in node.targets():
            todo.append(((*answers, (node_id, answer)) if answer else answers, target))


ROUTE_ROUTES = list(routes(ROUTE))


def test_the_safety_questions_come_first_in_this_order() -> None:
    first = [question for question, _ in max((r for r, _ in ROUTE_ROUTES), key=len)][: len(SAFETY_QUESTIONS)]
    assert tuple(first) == SAFETY_QUESTIONS
    for question in SAFETY_QUESTIONS:
        assert ROUTE.node(question).kind is Kind.QUESTION


@pytest.mark.parametrize("question", SAFETY_QUESTIONS)
def test_ja_to_a_safety_question_is_112_or_a_melding(question: str) -> None:
    target = ROUTE.node(dict(ROUTE.node(question).answers)[YES])
    assert target.id == CALL_112 or is_melding(target), f"{question}: Ja leads to {target.id}"
    assert target.kind is Kind.OUTCOME


def test_levensgevaar_means_112_and_acute_onveiligheid_means_melden() -> None:
    assert dict(ROUTE.node("levensgevaar").answers)[YES] == CALL_112
    acute = ROUTE.node(dict(ROUTE.node("acute-onveiligheid").answers)[YES])
    assert is_melding(acute) and acute.id != CALL_112
    assert "112" in ROUTE.node(CALL_112).label
    assert ROUTE.node(CALL_112).outcome is Outcome.EMERGENCY


@pytest.mark.parametrize(
    "node", [pytest.param(n, id=f"{slug}:{n.id}") for slug, f in FLOWS.items() for n in f.nodes if n.kind is Kind.OUTCOME]
)
def test_the_colour_of_an_outcome_never_contradicts_its_label(node: Node) -> None:
    """The diagram colours an outcome by its `outcome` field; the label must say the same."""
    label = node.label.lower()
    if node.outcome is Outcome.EMERGENCY:
        assert "112" in label, node.id
    elif node.outcome is Outcome.REPORT:
        assert "meld" in label and "112" not in label, node.id
    else:
        assert "meld" not in label and "112" not in label, node.id


@pytest.mark.parametrize(
    ("answers", "outcome"),
    [pytest.param(a, o, id=" ".join(f"{q}={v}" for q, v in a) + f" -> {o.id}") for a, o in ROUTE_ROUTES],
)
def test_no_route_ends_without_a_melding_unless_every_safety_answer_was_nee(
    answers: tuple[tuple[str, str], ...], outcome: Node
) -> None:
    if outcome.id == CALL_112 or is_melding(outcome):
        return
    given = dict(answers)
    for question in SAFETY_QUESTIONS:
        assert given.get(question) == NO, (
            f"route to '{outcome.id}' ({outcome.heading}) ends without a melding, "
            f"but '{question}' was not answered Nee: {answers}"
        )


def test_the_route_flow_has_outcomes_without_a_melding_and_each_says_what_to_do() -> None:
    """Help without a melding exists, and always with the aandachtsfunctionaris, the dossier
    and Veilig Thuis as often as needed."""
    others = {o.id: o for _, o in ROUTE_ROUTES if o.id != CALL_112 and not is_melding(o)}
    assert others, "no outcome without a melding: the invariant test above would test nothing"
    for outcome in others.values():
        text = " ".join(outcome.text.split())
        assert "aandachtsfunctionaris" in text, f"{outcome.id}: no aandachtsfunctionaris"
        assert re.search(r"dossier", text), f"{outcome.id}: nothing recorded in the dossier"
        assert "{{ veilig_thuis.telefoon }}" in text, f"{outcome.id}: no Veilig Thuis number"


MELDINGEN = [
    pytest.param(flow, node, id=f"{slug}:{node.id}")
    for slug, flow in FLOWS.items()
    for node in flow.nodes
    if is_melding(node)
]


def test_every_flow_has_melding_outcomes() -> None:
    assert {p.values[0].slug for p in MELDINGEN} == set(FLOWS)


@pytest.mark.parametrize(("flow", "node"), MELDINGEN)
def test_every_melding_outcome_says_announce_it_unless_unsafe_and_record_it(flow: Flow, node: Node) -> None:
    text = " ".join(node.text.split())
    assert re.search(r"Vertel de ouders of de cliënt vooraf dat u meldt, en waarom", text), node.id
    assert re.search(r"niet als het iemand in gevaar brengt", text), node.id
    assert re.search(r"Leg in het dossier vast", text), node.id
    assert "{{ veilig_thuis.telefoon }}" in text, node.id


# Veilig Thuis's own steps after a melding (melden.md#na-de-melding and below).
VEILIG_THUIS_PROCESS = {"na-de-melding", "veiligheidsbeoordeling", "onderzoek", "hulpverlening",
                        "raad-voor-de-kinderbescherming", "tijdelijk-huisverbod"}


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_questions_ask_only_what_the_reader_can_answer(slug: str) -> None:
    """What Veilig Thuis does after a melding is information, never a Ja/Nee for the reader."""
    for node in FLOWS[slug].nodes:
        if node.kind is Kind.QUESTION:
            assert not (node.link.page == "melden.md" and node.link.anchor in VEILIG_THUIS_PROCESS), (
                f"{slug}: question '{node.id}' asks about Veilig Thuis's own process ({node.link})"
            )


def test_the_flows_link_the_sections_a_reader_needs() -> None:
    route_links = {str(node.link) for node in ROUTE.nodes}
    assert "iemand-vertelt.md#wat-doet-u" in {str(ROUTE.node(n).link) for n in ("vertelt", "melden-vertelt")}
    assert any(link.startswith("signalen.md#") for link in route_links)
    assert any(str(n.link).startswith("vastleggen.md#") for n in FLOWS["afwegingskader"].nodes)


def test_afwegingskader_wording() -> None:
    """Review: the start node names the safety exception for the talk with parents or client,
    "betrokkenen" is explained, and vraag 4 and 5 say when the answer is Ja."""
    flow = FLOWS["afwegingskader"]
    start = " ".join(flow.start.text.split())
    assert "slaat u over als het iemand in gevaar brengt" in start
    assert "betrokkenen" not in start
    assert "De betrokkenen zijn het kind, de ouders of de cliënt" in " ".join(flow.node("vraag-3").text.split())
    for question in ("vraag-4", "vraag-5"):
        assert "Alleen als dat allebei zo is, antwoordt u Ja" in " ".join(flow.node(question).text.split())
