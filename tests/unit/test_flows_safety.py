"""The flows route a worried reader safely: they follow the meldnormen, the rules for a
colleague as the suspect, and the one rule for telling the parents (review-2026-12.md and
review-2026-12-07.md, sections A1, A2, A5 and B).

Checked on the flow files themselves (no build needed), with the snippets of includes/
that a text quotes (`--8<-- "includes/..."`) read where the rule needs their words, on
every route from the start:
- route-bij-zorgen asks about levensgevaar first (Ja: 112), then whether the suspect works
  for the organisation (Ja: the colleague outcome), then acute onveiligheid, a child or
  adult who tells, and structurele onveiligheid (Ja: a melding); a route can only end
  without one of those after a Nee to all five;
- a colleague as the suspect: every route with Ja to that question ends in an outcome of
  `outcome: colleague`, which names each sector's duty and never says to tell the parents;
  an outcome reached before the question names the duty too, and a flow without the
  question says at its start that it is not for a colleague;
- the parents: a melding that may follow a disclosure or acute onveiligheid, or that
  names sexual abuse, eergerelateerd geweld, huwelijksdwang, VGV or PCF, quotes
  includes/ouders-eerst-veilig-thuis.md after the call to Veilig Thuis; every other
  melding quotes includes/ouders-vooraf.md (the rule with its exceptions) before that
  call; no flow words either rule itself;
- every melding quotes includes/verantwoordelijkheid.md, and records in the dossier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from scripts.flows.loader import load_flow_file
from scripts.flows.model import NO, YES, Flow, Kind, Node, Outcome
from scripts.flows.validate import validate
from tests.sitepaths import ROOT
from tests.snippets import SNIPPET, quoted

FLOWS = {p.stem: validate(load_flow_file(p)) for p in sorted((ROOT / "diagrams").glob("*.yml"))}
ROUTE = FLOWS["route-bij-zorgen"]
# The first five questions of the route flow, in the order a reader meets them.
SAFETY_QUESTIONS = ("levensgevaar", "collega", "acute-onveiligheid", "vertelt", "structurele-onveiligheid")
CALL_112 = "bel-112"
COLLEAGUE_QUESTION = "collega"

# The snippets, as a flow text quotes them.
PARENTS_FIRST = '--8<-- "includes/ouders-vooraf.md"'
AGREE_FIRST = '--8<-- "includes/ouders-eerst-veilig-thuis.md"'
RESPONSIBILITY = '--8<-- "includes/verantwoordelijkheid.md"'
CALL_VEILIG_THUIS = "{{ veilig_thuis.telefoon }}"
# What makes a route one where the parents hear of it only after agreeing with Veilig
# Thuis (review-2026-12-07.md, A2): a disclosure, acute onveiligheid, or one of these forms.
AGREE_FIRST_WHEN = re.compile(
    r"\bvertel(t|de|d)\b[^.?!]*\bgeweld|\bacute onveiligheid\b|\bacuut\b|seksue|eergerelateerd|huwelijk|besnijdenis|"
    r"verminking|"
    r"\bVGV\b|\bPCF\b", re.IGNORECASE)
# A flow's own words telling the reader to inform the parents, or on responsibility.
TELL_THE_PARENTS = re.compile(r"\bvertel\w*\b(?:(?!\bniet\b)[^.?!])*\bouders\b(?:(?!\bniet\b)[^.?!])*\bvooraf\b",
                              re.IGNORECASE)
OWN_RESPONSIBILITY = re.compile(r"verantwoordelijk", re.IGNORECASE)


def flat(text: str) -> str:
    return " ".join(text.split())


def is_melding(node: Node) -> bool:
    """A melding outcome: the flow file says so (`outcome: report`)."""
    return node.kind is Kind.OUTCOME and node.outcome is Outcome.REPORT


Route = tuple[tuple[str, str], ...]


def routes(flow: Flow) -> Iterator[tuple[Route, Node]]:
    """Every route from the start: ((question id, answer), ...) and the outcome it ends in."""
    todo: list[tuple[Route, str]] = [((), flow.start.id)]
    while todo:
        answers, node_id = todo.pop()
        node = flow.node(node_id)
        if node.kind is Kind.OUTCOME:
            yield answers, node
        for answer, target in node.targets():
            todo.append(((*answers, (node_id, answer)) if answer else answers, target))


ROUTE_ROUTES = list(routes(ROUTE))
ALL_ROUTES = [(flow, answers, outcome) for flow in FLOWS.values() for answers, outcome in routes(flow)]


def route_id(flow: Flow, answers: Route, outcome: Node) -> str:
    return f"{flow.slug}: " + " ".join(f"{q}={a}" for q, a in answers) + f" -> {outcome.id}"


def test_the_safety_questions_come_first_in_this_order() -> None:
    first = [question for question, _ in max((r for r, _ in ROUTE_ROUTES), key=len)][: len(SAFETY_QUESTIONS)]
    assert tuple(first) == SAFETY_QUESTIONS
    for question in SAFETY_QUESTIONS:
        assert ROUTE.node(question).kind is Kind.QUESTION


@pytest.mark.parametrize("question", SAFETY_QUESTIONS)
def test_ja_to_a_safety_question_is_112_the_colleague_rules_or_a_melding(question: str) -> None:
    target = ROUTE.node(dict(ROUTE.node(question).answers)[YES])
    assert target.kind is Kind.OUTCOME, f"{question}: Ja leads to {target.id}, not to an end"
    if question == COLLEAGUE_QUESTION:
        assert target.outcome is Outcome.COLLEAGUE, f"{question}: Ja leads to {target.id}"
    else:
        assert target.id == CALL_112 or is_melding(target), f"{question}: Ja leads to {target.id}"


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
    elif node.outcome is Outcome.COLLEAGUE:
        assert "collega" in label and "veilig thuis" not in label and "112" not in label, node.id
    else:
        assert "meld" not in label and "112" not in label, node.id


@pytest.mark.parametrize(("answers", "outcome"), [pytest.param(a, o, id=route_id(ROUTE, a, o)) for a, o in ROUTE_ROUTES])
def test_no_route_ends_without_a_melding_unless_every_safety_answer_was_nee(answers: Route, outcome: Node) -> None:
    if outcome.outcome is not Outcome.NO_REPORT:
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
    others = {o.id: o for _, o in ROUTE_ROUTES if o.outcome is Outcome.NO_REPORT}
    assert others, "no outcome without a melding: the invariant test above would test nothing"
    for outcome in others.values():
        text = flat(outcome.text)
        assert "aandachtsfunctionaris" in text, f"{outcome.id}: no aandachtsfunctionaris"
        assert re.search(r"dossier", text), f"{outcome.id}: nothing recorded in the dossier"
        assert CALL_VEILIG_THUIS in text, f"{outcome.id}: no Veilig Thuis number"


def test_help_without_a_melding_ends_only_after_the_help_was_accepted_and_worked() -> None:
    """Review 2026-12-07, A5: the route that offers help asks afwegingsvraag 4 and 5 (the
    questions that link to them) before it can end without a melding."""
    helped = [(dict(a), o) for a, o in ROUTE_ROUTES if "zelf-hulp" in dict(a) and o.outcome is Outcome.NO_REPORT]
    assert helped
    asked = {node.link.anchor: node.id for node in ROUTE.nodes if node.kind is Kind.QUESTION}
    for answers, outcome in helped:
        for anchor in ("vraag-4", "vraag-5"):
            assert answers.get(asked[anchor]) == YES, f"{outcome.id} ends without asking afwegingskader#{anchor}"


# --------------------------------------------------------------------------- a colleague as the suspect

COLLEAGUE_ROUTES = [(a, o) for a, o in ROUTE_ROUTES if dict(a).get(COLLEAGUE_QUESTION) == YES]


def test_a_colleague_as_the_suspect_always_ends_in_the_rules_for_staff() -> None:
    assert COLLEAGUE_ROUTES
    for answers, outcome in COLLEAGUE_ROUTES:
        assert outcome.outcome is Outcome.COLLEAGUE, f"{route_id(ROUTE, answers, outcome)}: not the colleague rules"


@pytest.mark.parametrize(
    "node", [pytest.param(n, id=f"{slug}:{n.id}") for slug, f in FLOWS.items() for n in f.nodes
             if n.outcome is Outcome.COLLEAGUE]
)
def test_the_colleague_outcome_names_each_sectors_duty_and_never_the_parents_first(node: Node) -> None:
    """Onderwijs: the school board at once; kinderopvang: the houder; elsewhere: the
    organisation's own rules with the aandachtsfunctionaris (review 2026-12-07, A1)."""
    text = flat(quoted(node.text))
    for duty in ("schoolbestuur", "houder", "{{ aandachtsfunctionaris.naam }}", "regels van uw organisatie"):
        assert duty in text, f"{node.id}: does not name {duty!r}"
    assert not TELL_THE_PARENTS.search(text) and PARENTS_FIRST not in node.text, f"{node.id}: tells to inform the parents"
    assert "niet zelf aan de ouders" in text, f"{node.id}: does not say to leave the parents to the board or houder"
    assert node.link.page == "collega.md"


@pytest.mark.parametrize("slug", sorted(FLOWS))
def test_no_flow_sends_a_colleague_as_the_suspect_to_a_melding_unwarned(slug: str) -> None:
    """A flow that asks the colleague question: every end before it names the duty. A
    flow that does not: its start says that it is not for a colleague."""
    flow = FLOWS[slug]
    if not flow.has(COLLEAGUE_QUESTION):
        assert "collega" in flat(flow.start.text), f"{slug}: the start does not say what to do about a colleague"
        return
    for answers, outcome in routes(flow):
        if COLLEAGUE_QUESTION not in dict(answers):
            assert "collega" in flat(outcome.text), f"{outcome.id}: ends before the colleague question, unwarned"


# --------------------------------------------------------------------------- the parents and the melding

def agree_first(answers: Route, flow: Flow, outcome: Node) -> bool:
    """The route passed a disclosure, acute onveiligheid or one of the forms (a Ja to such a
    question), or the outcome's own words name one."""
    said = [flow.node(q).label + " " + flow.node(q).text for q, answer in answers if answer == YES]
    return any(AGREE_FIRST_WHEN.search(flat(text)) for text in [*said, outcome.text])


MELDING_ROUTES = [pytest.param(f, a, o, id=route_id(f, a, o)) for f, a, o in ALL_ROUTES if is_melding(o)]


@pytest.mark.parametrize(("flow", "answers", "outcome"), MELDING_ROUTES)
def test_every_melding_tells_when_the_parents_hear_of_it_in_the_right_order(flow: Flow, answers: Route, outcome: Node) -> None:
    text = outcome.text
    call = text.find(CALL_VEILIG_THUIS)
    assert call >= 0, f"{outcome.id}: no Veilig Thuis number"
    if agree_first(answers, flow, outcome):
        assert AGREE_FIRST in text, f"{outcome.id}: the parents are not left to an agreement with Veilig Thuis"
        assert PARENTS_FIRST not in text, f"{outcome.id}: tells to inform the parents first"
        assert text.find(AGREE_FIRST) > call, f"{outcome.id}: the agreement comes before the call to Veilig Thuis"
    else:
        assert PARENTS_FIRST in text, f"{outcome.id}: does not say when the parents or client hear of the melding"
        assert text.find(PARENTS_FIRST) < call, f"{outcome.id}: tells the parents after the call to Veilig Thuis"


@pytest.mark.parametrize(
    ("flow", "node"), [pytest.param(f, n, id=f"{f.slug}:{n.id}") for f in FLOWS.values() for n in f.nodes if is_melding(n)]
)
def test_every_melding_quotes_the_responsibility_and_records_it(flow: Flow, node: Node) -> None:
    assert RESPONSIBILITY in node.text, node.id
    assert "Leg in het dossier vast" in flat(node.text), node.id


@pytest.mark.parametrize(
    ("flow", "node"), [pytest.param(f, n, id=f"{f.slug}:{n.id}") for f in FLOWS.values() for n in f.nodes]
)
def test_no_flow_words_the_rules_of_a_snippet_itself(flow: Flow, node: Node) -> None:
    """One rule for telling the parents and one for responsibility, each written once in
    includes/ (review 2026-12-07, B)."""
    own = flat(SNIPPET.sub(" ", node.text))
    assert not TELL_THE_PARENTS.search(own), f"{node.id}: words the rule on telling the parents; quote {PARENTS_FIRST}"
    assert not OWN_RESPONSIBILITY.search(own), f"{node.id}: words the responsibility; quote {RESPONSIBILITY}"


def test_the_rules_say_what_the_flows_rely_on() -> None:
    """The snippets themselves: the general rule names every exception and ends in the
    agreement with Veilig Thuis; that agreement says not to tell them yourself."""
    agree = flat(quoted(AGREE_FIRST))
    assert "niet zelf" in agree and "Veilig Thuis" in agree
    general = flat(quoted(PARENTS_FIRST))
    assert TELL_THE_PARENTS.search(general) and agree in general
    for exception in ("acute onveiligheid", "vertelde", "seksueel misbruik", "eergerelateerd geweld", "huwelijksdwang",
                      "VGV", "PCF", "in gevaar brengt"):
        assert exception in general, f"includes/ouders-vooraf.md does not name {exception!r}"
    assert "U blijft zelf verantwoordelijk voor de zorg en hulp die u zelf geeft" in flat(quoted(RESPONSIBILITY))


def test_the_snippet_pattern_sees_nested_snippets() -> None:
    assert quoted(f"a\n{AGREE_FIRST}\nb").startswith("a\nVertel")
    assert not TELL_THE_PARENTS.search("Vertel het niet zelf aan de ouders, ook niet vooraf.")
    assert TELL_THE_PARENTS.search("Vertel de ouders of de cliënt vooraf dat u meldt.")


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
    assert str(ROUTE.node(COLLEAGUE_QUESTION).link).startswith("collega.md#")
    assert any(link.startswith("signalen.md#") for link in route_links)
    assert any(str(n.link).startswith("vastleggen.md#") for n in FLOWS["afwegingskader"].nodes)


def test_afwegingskader_wording() -> None:
    """Review: the start node names the safety exception for the talk with parents or client,
    "betrokkenen" is explained, and vraag 4 and 5 say when the answer is Ja."""
    flow = FLOWS["afwegingskader"]
    start = flat(flow.start.text)
    assert "slaat u over als het iemand in gevaar brengt" in start
    assert "betrokkenen" not in start
    assert "De betrokkenen zijn het kind, de ouders of de cliënt" in flat(flow.node("vraag-3").text)
    for question in ("vraag-4", "vraag-5"):
        assert "Alleen als dat allebei zo is, antwoordt u Ja" in flat(flow.node(question).text)
