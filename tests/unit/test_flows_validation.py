"""Loading and validating flow files: every error names the file, the line and the node."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.flows.loader import load_flow_file, parse_flow
from scripts.flows.model import Flow, FlowError, FlowProblems, Kind, raise_all
from scripts.flows.validate import link_problems, page_problems, path_counts, validate
from tests.flowfixtures import VALID, flow_text, node_line
from tests.sitepaths import ROOT

SRC = "diagrams/test.yml"


def load(text: str) -> Flow:
    return validate(parse_flow(text, slug="test", source=SRC))


def error(text: str) -> str:
    with pytest.raises(FlowError) as err:
        load(text)
    return str(err.value)


def test_valid_flow_loads_into_typed_nodes() -> None:
    flow = load(VALID)
    assert [n.id for n in flow.nodes] == ["begin", "vraag", "advies", "bellen", "klaar"]
    assert flow.start.id == "begin"
    vraag = flow.node("vraag")
    assert vraag.kind is Kind.QUESTION
    assert vraag.answers == (("Ja", "bellen"), ("Nee", "advies"))
    assert str(vraag.link) == "melden.md#acuut-gevaar"
    assert vraag.line == node_line(VALID, "vraag")
    assert flow.node("bellen").heading == "Bel 112"
    assert flow.node("klaar").heading == "Klaar"


@pytest.mark.parametrize("path", sorted((ROOT / "diagrams").glob("*.yml")), ids=lambda p: p.name)
def test_real_flows_are_valid(path: Path) -> None:
    flow = validate(load_flow_file(path))
    assert flow.start.kind is Kind.START
    assert any(node.kind is Kind.OUTCOME for node in flow.nodes)


def test_yaml_syntax_error_names_line() -> None:
    broken = VALID.replace('label: "Vraag advies"', 'label: "Vraag advies')
    message = error(broken)
    assert message.startswith(f"{SRC}:")
    assert "YAML-fout" in message
    line = int(message.split(":")[1])
    assert abs(line - node_line(VALID, "advies")) <= 3


def test_unknown_field() -> None:
    broken = VALID.replace('    label: "Klaar"\n', '    label: "Klaar"\n    kleur: rood\n')
    assert error(broken) == (
        f"{SRC}:{node_line(VALID, 'klaar') + 3}: knoop 'klaar': onbekend veld 'kleur' "
        "(bekend: answers, id, kind, label, link, meldnorm, next, outcome, text, title)"
    )


def test_unknown_top_level_field() -> None:
    assert error("versie: 2\n" + VALID).startswith(f"{SRC}:1: onbekend veld 'versie'")


def test_duplicate_id() -> None:
    broken = VALID.replace("  - id: klaar\n", "  - id: advies\n").replace("next: klaar", "next: advies")
    message = error(broken)
    second = [i for i, line in enumerate(broken.splitlines(), 1) if line.strip() == "- id: advies"][1]
    assert message == f"{SRC}:{second}: knoop 'advies': id komt twee keer voor (eerder op regel {node_line(VALID, 'advies')})"


def test_duplicate_key_in_a_node() -> None:
    broken = VALID.replace('    label: "Klaar"\n', '    label: "Klaar"\n    label: "Nog eens"\n')
    assert "veld 'label' staat er twee keer" in error(broken)


def test_missing_start() -> None:
    broken = VALID.replace("kind: start", "kind: action")
    assert error(broken) == f"{SRC}:1: er is geen knoop met kind: start"


def test_more_than_one_start() -> None:
    broken = VALID.replace("  - id: advies\n    kind: action", "  - id: advies\n    kind: start")
    assert error(broken) == (
        f"{SRC}:{node_line(VALID, 'advies')}: knoop 'advies': er mag maar één start zijn; ook 'begin' is een start"
    )


def test_answer_to_unknown_node() -> None:
    broken = VALID.replace("Nee: advies", "Nee: adviesje")
    assert error(broken) == (
        f"{SRC}:{node_line(VALID, 'vraag')}: knoop 'vraag': antwoord 'Nee' wijst naar onbekende knoop 'adviesje'"
    )


def test_next_to_unknown_node() -> None:
    assert "knoop 'advies': 'next' wijst naar onbekende knoop 'klaarr'" in error(VALID.replace("next: klaar", "next: klaarr"))


@pytest.mark.parametrize("missing", ["Ja", "Nee"])
def test_question_without_both_answers(missing: str) -> None:
    target = "bellen" if missing == "Ja" else "advies"
    broken = VALID.replace(f"      {missing}: {target}\n", "")
    message = error(broken)
    assert message.startswith(f"{SRC}:{node_line(VALID, 'vraag') + 5}: knoop 'vraag': ")
    assert f"een vraag heeft zowel Ja als Nee nodig; '{missing}' ontbreekt" in message


def test_answer_other_than_ja_nee() -> None:
    broken = VALID.replace("      Nee: advies\n", "      Nee: advies\n      Misschien: klaar\n")
    assert "knoop 'vraag': onbekend antwoord 'Misschien': alleen Ja en Nee" in error(broken)


def test_unreachable_node() -> None:
    broken = VALID.replace("Ja: bellen", "Ja: klaar")
    assert error(broken) == (
        f"{SRC}:{node_line(VALID, 'bellen')}: knoop 'bellen': geen enkele route vanaf de start komt bij deze knoop"
    )


def test_dead_end_without_outcome() -> None:
    text = flow_text("s start q", "q question uit a1", "a1 action a2", "a2 action a1", "uit outcome")
    assert error(text) == (
        f"{SRC}:{node_line(text, 'a1')}: knoop 'a1': vanaf deze knoop is geen uitkomst (kind: outcome) te bereiken"
    )


def test_cycle_with_an_exit_is_refused() -> None:
    text = flow_text("s start q", "q question uit q2", "q2 question q uit2", "uit outcome", "uit2 outcome")
    assert error(text) == (
        f"{SRC}:{node_line(text, 'q2')}: knoop 'q2': lus: van hier gaat de route terug naar 'q'; "
        "een beslishulp gaat altijd vooruit"
    )


def test_routes_are_counted_per_node() -> None:
    text = flow_text("s start q", "q question a b", "a action uit", "b action uit", "uit outcome")
    assert path_counts(load(text)) == {"s": 1, "q": 1, "a": 1, "b": 1, "uit": 2}


def test_answer_back_to_start() -> None:
    assert "antwoord 'Nee' wijst terug naar de start 'begin'" in error(VALID.replace("Nee: advies", "Nee: begin"))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("kind: action", "kind: actie", "'kind' is 'actie'; kies uit start, question, action, outcome"),
        ('label: "Vraag advies"', 'label: ""', "'label' ontbreekt of is leeg"),
        ('label: "Vraag advies"', "label: " + "x" * 91, "'label' is 91 tekens"),
        ("link: vermoedens.md#advies-vragen\n    next: klaar", "link: vermoedens\n    next: klaar",
         "'link' 'vermoedens' heeft niet de vorm pagina.md#anker"),
        ("next: klaar", "answers:\n      Ja: klaar\n      Nee: klaar", "een actie (kind: action) heeft 'next', geen 'answers'"),
        ("- id: advies", "- id: Advies Vragen", "'id' ontbreekt of is ongeldig ('Advies Vragen')"),
        ("- id: advies", "- id: index", "'index' is gereserveerd"),
        ("    outcome: emergency\n", "", "een uitkomst heeft 'outcome' nodig: emergency, report, no-report, colleague"),
        ("outcome: emergency", "outcome: bellen", "'outcome' is 'bellen'; kies uit emergency, report, no-report, colleague"),
        ("kind: action", "kind: action\n    outcome: report", "'outcome' hoort alleen bij een uitkomst (kind: outcome)"),
        ("outcome: emergency", "outcome: report",
         "een uitkomst met outcome: report heeft 'meldnorm' nodig: het nummer van de meldnorm die geldt, zoals meldnorm: 1"),
        ("outcome: no-report", "outcome: no-report\n    meldnorm: 1", "'meldnorm' hoort niet bij outcome: no-report: daar meldt u niet bij Veilig Thuis"),
        ("outcome: no-report", "outcome: colleague\n    meldnorm: 1",
         "'meldnorm' hoort niet bij outcome: colleague: daar meldt u niet bij Veilig Thuis"),
        ("kind: action", "kind: action\n    meldnorm: 1",
         "'meldnorm' hoort alleen bij een uitkomst met een melding (outcome: report of emergency)"),
        ("outcome: emergency", "outcome: emergency\n    meldnorm: een", "'meldnorm' is 'een'; schrijf het nummer van een meldnorm, zoals 1"),
        ("outcome: emergency", "outcome: emergency\n    meldnorm: 0", "'meldnorm' is '0'; schrijf het nummer van een meldnorm, zoals 1"),
    ],
)
def test_field_errors(old: str, new: str, message: str) -> None:
    assert message in error(VALID.replace(old, new, 1))


def test_yes_no_as_booleans_gets_a_hint() -> None:
    assert "YAML leest yes, no, true en false als ja/nee-waarde; schrijf Ja en Nee" in error(VALID.replace("Ja: bellen", "yes: bellen"))


def test_not_a_mapping() -> None:
    assert error("- a\n- b\n") == f"{SRC}:1: een stroomschema begint met de velden title, description en nodes"


def test_link_to_missing_page_and_anchor() -> None:
    flow = load(VALID)
    with pytest.raises(FlowError) as err:
        raise_all(page_problems(flow, lambda page: page != "terugkoppeling.md"))
    assert str(err.value) == (
        f"{SRC}:{node_line(VALID, 'klaar')}: knoop 'klaar': link 'terugkoppeling.md#terugkoppeling': "
        "pagina 'terugkoppeling.md' bestaat niet"
    )
    anchors = {"vermoedens.md": {"advies-vragen"}, "melden.md": {"iets-anders"}, "terugkoppeling.md": {"terugkoppeling"}}
    with pytest.raises(FlowProblems) as problems:
        raise_all(link_problems(flow, anchors.get))
    assert str(problems.value).splitlines() == [  # every broken link at once, in file order
        f"{SRC}:{node_line(VALID, node)}: knoop '{node}': link 'melden.md#acuut-gevaar': "
        "kopje '#acuut-gevaar' bestaat niet op melden.md"
        for node in ("vraag", "bellen")
    ]


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(FlowError, match="kan het bestand niet lezen"):
        load_flow_file(tmp_path / "weg.yml")


def test_a_route_of_more_than_15_questions_is_refused_at_the_question_too_many() -> None:
    from scripts.flows.validate import MAX_ROUTE_QUESTIONS

    def chain(questions: int) -> str:
        specs = ["s start q1"] + [f"q{i} question q{i + 1} u{i}" for i in range(1, questions)]
        return flow_text(*specs, f"q{questions} question u{questions} e", "e outcome",
                         *[f"u{i} outcome" for i in range(1, questions + 1)])

    validate(parse_flow(chain(MAX_ROUTE_QUESTIONS), slug="test", source=SRC))  # the longest allowed
    text = chain(MAX_ROUTE_QUESTIONS + 1)
    assert error(text) == (
        f"{SRC}:{node_line(text, f'q{MAX_ROUTE_QUESTIONS + 1}')}: knoop 'q{MAX_ROUTE_QUESTIONS + 1}': op een route is "
        f"dit vraag {MAX_ROUTE_QUESTIONS + 1}; een route heeft hoogstens {MAX_ROUTE_QUESTIONS} vragen. Meer vragen "
        "volgt niemand, en het verslag past dan niet op één A4. Maak de route korter"
    )
