"""The three renderers: Mermaid (with safe labels), the text alternative and the beslishulp."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.flows import __main__ as flows_command
from scripts.flows.__main__ import main
from scripts.flows.beslishulp import (
    FILL_IN,
    MAP_MAX_NODES,
    MAP_PLACEHOLDER,
    RECORD_AFWEGING,
    RECORD_COLLEGA,
    RECORD_MELDING,
    meldnorm_text,
    render_pages,
    steps,
)
from scripts.flows.loader import parse_flow
from scripts.flows.look import LOOKS, look, looks_in
from scripts.flows.markdown import inline
from scripts.flows.mermaid import accessible_text, escape_label, hrefs_from, node_ids, render_mermaid
from scripts.flows.model import Flow, Kind, Outcome
from scripts.flows.textalt import render_text_alternative
from scripts.flows.validate import MAX_ROUTE_QUESTIONS, validate
from tests.flowfixtures import DOSSIER, VALID, flow_text

ENTITY = re.compile(r"#(\d+);")
LABEL_BODY = re.compile(r'^(?:[A-Za-z0-9 .,:!?\'/()-]|#\d+;)*$')


def load(text: str = VALID) -> Flow:
    return validate(parse_flow(text, slug="test", source="diagrams/test.yml"))


def decode(label: str) -> str:
    return ENTITY.sub(lambda m: chr(int(m[1])), label)


def with_label(label: str) -> Flow:
    flow = load()
    nodes = tuple(
        replace(n, label=label) for n in flow.nodes
    )
    return Flow(flow.slug, flow.source, label, label, nodes)


# --------------------------------------------------------------------------- escaping

def test_escape_label_examples() -> None:
    assert escape_label('Zeg "ja"; #1 [x] {y} <b>') == (
        "Zeg #34;ja#34;#59; #35;1 #91;x#93; #123;y#125; #60;b#62;"
    )
    assert escape_label("Café – één\nregel") == "Caf#233; #8211; #233;#233;n regel"
    assert escape_label("end") == "end"
    assert escape_label("😀") == "#128512;"
    assert escape_label("&amp; #quot;") == "#38;amp#59; #35;quot#59;"


def test_accessible_text_is_one_safe_line() -> None:
    assert accessible_text('Titel: "a";\n{b} #c %%d') == "Titel: a b c d"


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_unicode_label_stays_inside_its_quotes(label: str) -> None:
    flow = with_label(label)
    source = render_mermaid(flow, hrefs_from("stroomschema.md"))
    lines = source.splitlines()
    assert lines[0] == "flowchart TD"
    assert lines[1].startswith("    accTitle: ") and "\n" not in lines[1]
    shapes = lines[3: 3 + len(flow.nodes)]
    for line, node, mermaid_id in zip(shapes, flow.nodes, node_ids(flow).values()):
        shape = look(node)
        start = f"    {mermaid_id}{shape.opening}"
        assert line.startswith(start) and line.endswith(shape.closing), line
        body = line[len(start): -len(shape.closing)]
        assert LABEL_BODY.match(body), body
        assert decode(body) == " ".join(label.split())
    edges = [line for line in lines if "-->" in line]
    assert len(edges) == sum(len(n.targets()) for n in flow.nodes)
    assert all(re.fullmatch(r'    n\d+ -->(?:\|"(?:Ja|Nee)"\|)? n\d+', e) for e in edges)
    classes = [line for line in lines if line.startswith("    class ")]
    assert len(classes) == len(looks_in(flow))
    # every line is one of: header, acc lines, shapes, edges, clicks, classes
    assert len(lines) == 3 + len(shapes) + len(edges) + len(flow.nodes) + len(classes)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_unicode_label_is_safe_in_generated_markdown(label: str) -> None:
    escaped = inline(label)
    assert "\n" not in escaped
    assert not re.search(r"(?<!\\)[\[\]`*_<>]", escaped)


# --------------------------------------------------------------------------- mermaid

def test_mermaid_shapes_edges_and_clicks() -> None:
    source = render_mermaid(load(), hrefs_from("stroomschema.md"))
    assert source.splitlines() == [
        "flowchart TD",
        "    accTitle: Testschema",
        "    accDescr: Een klein schema om mee te testen.",
        '    n0[/"Begin"/]',
        '    n1{{"Is er acuut gevaar?"}}',
        '    n2["Vraag advies"]',
        '    n3>"Bel 112"]',
        '    n4("Klaar")',
        "    n0 --> n1",
        '    n1 -->|"Nee"| n2',  # the route goes on first, so it runs straight down
        '    n1 -->|"Ja"| n3',
        "    n2 --> n4",
        '    click n0 href "../vermoedens/#advies-vragen"',
        '    click n1 href "../melden/#acuut-gevaar"',
        '    click n2 href "../vermoedens/#advies-vragen"',
        '    click n3 href "../melden/#acuut-gevaar"',
        '    click n4 href "../terugkoppeling/#terugkoppeling"',
        "    class n0 start",
        "    class n1 vraag",
        "    class n2 actie",
        "    class n3 alarm",
        "    class n4 zelf",
    ]


def test_the_map_has_no_links() -> None:
    source = render_mermaid(load(), None)
    assert "click" not in source and "    class n1 vraag" in source


def test_both_answers_ending_keep_ja_first() -> None:
    lines = render_mermaid(load(flow_text("s start q", "q question a b", "a outcome", "b outcome")), None).splitlines()
    assert [line for line in lines if line.startswith("    n1 -->")] == ['    n1 -->|"Ja"| n2', '    n1 -->|"Nee"| n3']


def test_every_kind_and_outcome_has_its_own_shape_class_and_legend() -> None:
    assert len({(item.opening, item.closing) for item in LOOKS.values()}) == len(LOOKS)
    assert len({item.css_class for item in LOOKS.values()}) == len(LOOKS)
    assert set(LOOKS) >= set(Kind) - {Kind.OUTCOME}
    flow = load()
    assert [item.css_class for item in looks_in(flow)] == ["start", "vraag", "actie", "alarm", "zelf"]


def test_cli_checks_and_prints(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """(The build `check` ends with, to check the links: tests/site/test_flows_check.py.)"""
    builds: list[dict[str, str]] = []
    monkeypatch.setattr(flows_command, "build_error", lambda env: builds.append(env))
    assert main(["check"]) == 0
    assert "afwegingskader.yml: 13 knopen" in capsys.readouterr().out
    assert builds == [{"PROTOCOL_DIAGRAMS": str(flows_command.ROOT / "diagrams")}]
    assert main(["mermaid", "diagrams/afwegingskader.yml"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("flowchart TD\n    accTitle: Afwegingskader")
    assert 'click n1 href "../afwegingskader/#vraag-1"' in out


def test_cli_reports_a_broken_file(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "kapot.yml"
    broken.write_text(VALID.replace("Nee: advies", "Nee: nergens"), encoding="utf-8")
    assert main(["check", str(broken)]) == 1
    assert "knoop 'vraag': antwoord 'Nee' wijst naar onbekende knoop 'nergens'" in capsys.readouterr().err


# --------------------------------------------------------------------------- text alternative

def test_text_alternative_numbers_steps_and_links() -> None:
    text = render_text_alternative(load(), "stroomschema.md")
    assert '1. <span id="test-stap-1"></span><strong class="stap-titel">Start: Begin</strong>' in text
    assert '2. <span id="test-stap-2"></span><strong class="stap-titel">Vraag: Is er acuut gevaar?</strong>' in text
    assert "    - Ja: [ga naar: Bel 112](#test-stap-4)" in text
    assert "    - Nee: [ga naar: Vraag advies](#test-stap-3)" in text
    assert "    - Daarna: [ga naar: Klaar](#test-stap-5)" in text
    assert text.count("[Lees meer in het protocol](") == 5
    assert "[Lees meer in het protocol](melden.md#acuut-gevaar)" in text
    assert text.count("Hier eindigt deze route.") == 2


def test_text_alternative_escapes_titles() -> None:
    text = render_text_alternative(with_label("<script>x</script> & [a]"), "stroomschema.md")
    assert "<script>" not in text
    assert "&lt;script&gt;x&lt;/script&gt; &amp; [a]" in text
    assert r"[ga naar: \<script\>x\</script\> & \[a\]]" in text


# --------------------------------------------------------------------------- beslishulp

def test_beslishulp_pages_of_a_tree() -> None:
    pages = render_pages(load(), DOSSIER)
    assert sorted(pages) == [
        "beslishulp/test/advies.md", "beslishulp/test/bellen.md", "beslishulp/test/index.md",
        "beslishulp/test/klaar.md", "beslishulp/test/vraag.md",
    ]
    start = pages["beslishulp/test/index.md"]
    assert start.startswith("# Testschema\n")
    assert "[Start](vraag.md){ .md-button .md-button--primary }" in start
    assert "Vorige vraag" not in start and "[Opnieuw beginnen](index.md)" in start
    question = pages["beslishulp/test/vraag.md"]
    assert question.startswith("---\nsearch:\n  exclude: true\n---\n\n# Is er acuut gevaar?\n")
    assert "[Ja](bellen.md)" in question and "[Nee](advies.md)" in question
    assert "Vorige vraag" not in question  # the first question has no previous one
    assert "[Lees meer in het protocol](../../melden.md#acuut-gevaar)" in question
    action = pages["beslishulp/test/advies.md"]
    assert "[Verder](klaar.md)" in action and "[Vorige vraag](vraag.md)" in action
    outcome = pages["beslishulp/test/klaar.md"]
    assert '!!! success "Uitkomst: wat u nu doet"' in outcome
    assert "[Vorige vraag](vraag.md) · [Opnieuw beginnen](index.md)" in outcome
    assert "- Is er acuut gevaar?  \n  Uw antwoord: **Nee** · [Wijzig" in outcome
    assert "[Ja]" not in outcome and "[Verder]" not in outcome


def test_beslishulp_gives_each_route_its_own_page_so_back_is_exact() -> None:
    flow = load(flow_text("s start q1", "q1 question q2 q3", "q2 question uit x", "q3 question uit y",
                          "uit outcome", "x outcome", "y outcome"))
    by_page = {step.page: step for step in steps(flow)}
    assert by_page["uit-route-1.md"].back == "q2.md"
    assert by_page["uit-route-2.md"].back == "q3.md"
    pages = render_pages(flow, DOSSIER)
    assert "[Ja](uit-route-1.md)" in pages["beslishulp/test/q2.md"]
    assert "[Ja](uit-route-2.md)" in pages["beslishulp/test/q3.md"]


def test_outcome_heading_names_the_action() -> None:
    flow = load(VALID.replace('title: "Bel 112"', 'title: "Bel nu 112"'))
    pages = render_pages(flow, DOSSIER)
    assert "\n# Bel nu 112\n" in pages["beslishulp/test/bellen.md"]
    assert "\n# Klaar\n" in pages["beslishulp/test/klaar.md"]  # no title: the label


def answers_on(page: str) -> list[tuple[str, str, str]]:
    """(question, answer, page of its Wijzig link) of the answers list of a page."""
    return re.findall(r"^- (.+?)  \n  Uw antwoord: \*\*(Ja|Nee)\*\* · \[Wijzig<span[^>]*>[^<]*</span>\]\(([^)]+)\)$",
                      page, re.MULTILINE)


def test_every_answer_so_far_is_listed_with_a_change_link_on_the_same_route() -> None:
    chain = [f"q{i} question q{i + 1} uit{i}" for i in range(MAX_ROUTE_QUESTIONS)]
    specs = ["s start q0", *chain, f"q{MAX_ROUTE_QUESTIONS} outcome", *[f"uit{i} outcome" for i in range(MAX_ROUTE_QUESTIONS)]]
    pages = render_pages(load(flow_text(*specs)), DOSSIER)
    last = pages["beslishulp/test/q10.md"]
    assert answers_on(last) == [(f"q{i}", "Ja", f"q{i}.md") for i in range(10)]  # all 10, none left out
    assert "Vorige vraag](q9.md)" in last
    assert answers_on(pages["beslishulp/test/uit3.md"]) == [
        *[(f"q{i}", "Ja", f"q{i}.md") for i in range(3)], ("q3", "Nee", "q3.md")
    ]
    assert answers_on(pages["beslishulp/test/q0.md"]) == []  # nothing answered yet
    assert "Uw antwoorden tot nu toe" not in pages["beslishulp/test/q0.md"]


def test_change_links_stay_on_the_readers_own_route() -> None:
    # "uit" is reached along two routes; its pages link back to the questions of their own.
    flow = load(flow_text("s start q1", "q1 question q2 q3", "q2 question q4 x", "q3 question q4 y",
                          "q4 question uit z", "uit outcome", "x outcome", "y outcome", "z outcome"))
    by_page = {step.page: step for step in steps(flow)}
    pages = render_pages(flow, DOSSIER)
    for page, step in by_page.items():
        expected = [(question.node.id, answer, question.page) for question, answer in step.answers()]
        assert answers_on(pages[f"beslishulp/test/{page}"]) == expected
    assert answers_on(pages["beslishulp/test/uit-route-2.md"]) == [
        ("q1", "Nee", "q1.md"), ("q3", "Ja", "q3.md"), ("q4", "Ja", "q4-route-2.md")
    ]


def test_question_pages_say_how_far_the_reader_is() -> None:
    # From q1 the longest route meets 3 questions; after Nee only q3 is left.
    flow = load(flow_text("s start q1", "q1 question q2 q3", "q2 question q3 x", "q3 question y z",
                          "x outcome", "y outcome", "z outcome"))
    pages = render_pages(flow, DOSSIER)
    progress = {page: re.findall(r"^Vraag (\d+) van ten hoogste (\d+)$", text, re.MULTILINE)
                for page, text in pages.items()}
    assert progress["beslishulp/test/q1.md"] == [("1", "3")]
    assert progress["beslishulp/test/q2.md"] == [("2", "3")]
    assert progress["beslishulp/test/q3-route-1.md"] == [("2", "2")]  # straight from q1
    assert progress["beslishulp/test/q3-route-2.md"] == [("3", "3")]  # via q2
    assert progress["beslishulp/test/x.md"] == progress["beslishulp/test/index.md"] == []


def test_every_outcome_page_has_a_verslag_with_every_answer_the_outcome_and_what_to_record() -> None:
    flow = load()
    pages = render_pages(flow, DOSSIER)
    for step in steps(flow):
        page = pages[f"beslishulp/test/{step.page}"]
        if step.node.kind is not Kind.OUTCOME:
            assert "Verslag voor het dossier" not in page
            continue
        verslag = page[page.index("## Verslag voor het dossier"):]
        assert "**Testprotocol**, versie {{ protocol.versie }}, van {{ organisatie.naam }}" in verslag
        assert f"Beslishulp: {flow.title}" in verslag
        rows = re.findall(r"^\| (.+) \| (Ja|Nee) \|$", verslag, re.MULTILINE)
        assert rows == [(question.node.label, answer) for question, answer in step.answers()] and rows
        assert f"**Uitkomst: {step.node.heading}**" in verslag
        record = RECORD_AFWEGING if step.node.outcome is Outcome.NO_REPORT else RECORD_MELDING
        if step.node.outcome is Outcome.COLLEAGUE:
            record = RECORD_COLLEGA
        assert f'--8<-- "{record}"' in verslag
        for name in FILL_IN:
            assert f'<th scope="row">{name}</th><td></td>' in verslag


def test_the_verslag_names_the_meldnorm_of_the_outcome() -> None:
    flow = load(VALID.replace("    outcome: emergency\n", "    outcome: report\n    meldnorm: 2\n"))
    assert meldnorm_text(flow.node("bellen"), DOSSIER.meldnormen) == f"Meldnorm 2: {DOSSIER.meldnormen[2]}"
    no_report = meldnorm_text(flow.node("klaar"), DOSSIER.meldnormen)
    assert "geldt nu geen meldnorm" in no_report and "hoeft" not in no_report and "melden" not in no_report
    colleague = meldnorm_text(load(VALID.replace("outcome: no-report", "outcome: colleague")).node("klaar"), DOSSIER.meldnormen)
    assert "collega" in colleague and "Meldnorm" not in colleague
    assert "{{ alarmnummer }}" in meldnorm_text(load().node("bellen"), DOSSIER.meldnormen)


def test_every_page_has_a_map_unless_the_flow_is_too_big_to_read_one() -> None:
    def chain(questions: int) -> Flow:
        specs = ["s start q1"] + [f"q{i} question q{i + 1} u{i}" for i in range(1, questions)]
        specs += [f"q{questions} question u{questions} e", "e outcome"] + [f"u{i} outcome" for i in range(1, questions + 1)]
        return load(flow_text(*specs))

    def tree(questions: int) -> Flow:
        """Question i leads to questions 2i and 2i+1, or to outcomes past the last one."""
        def to(n: int) -> str:
            return f"q{n}" if n <= questions else f"u{n}"
        specs = ["s start q1"] + [f"q{i} question {to(2 * i)} {to(2 * i + 1)}" for i in range(1, questions + 1)]
        return load(flow_text(*specs, *[f"u{n} outcome" for n in range(questions + 1, 2 * questions + 2)]))

    small, big = chain(3), tree(MAP_MAX_NODES // 2)  # a wide flow: its routes are short
    assert len(small.nodes) <= MAP_MAX_NODES < len(big.nodes)
    pages = render_pages(small, DOSSIER)
    assert all('<details class="beslishulp-kaart">' in page for page in pages.values())
    assert MAP_PLACEHOLDER in pages["beslishulp/test/q3.md"]
    # The build marks the route of each page on its map from `steps`.
    assert {step.page: step.route for step in steps(small)}["q3.md"] == ["s", "q1", "q2"]
    assert "U bent hier: <strong>q3</strong>. Op de kaart heeft elk vak van uw route" in pages["beslishulp/test/q3.md"]
    # No numbers and no "stap": those belong to the meldcode and the questions (review 2026-12-07, B).
    assert not re.search(r"\bstap\b|\d", pages["beslishulp/test/q3.md"].split("</strong>.")[1].split("</p>")[0])
    assert not any("beslishulp-kaart" in page for page in render_pages(big, DOSSIER).values())


# --------------------------------------------------------------------------- the list of beslishulpen

def test_the_list_of_beslishulpen_puts_the_named_flows_first_and_names_an_unknown_one() -> None:
    from scripts.flows.markers import MarkerError, expand_flow_list

    a, b, c = (validate(parse_flow(VALID.replace('title: "Testschema"', f'title: "Schema {n}"'), slug=n, source=n))
               for n in "abc")

    def order(marker: str) -> list[str]:
        text = expand_flow_list(f"# Kies\n\n{marker}\n", [a, b, c], "docs/beslishulp/index.md", "beslishulp/index.md")
        return re.findall(r"\[Schema (\w)\]", text)

    assert order("<!-- beslishulpen -->") == ["a", "b", "c"]
    assert order("<!-- beslishulpen: c, a -->") == ["c", "a", "b"]
    with pytest.raises(MarkerError, match=r"^docs/beslishulp/index.md:3: beslishulp 'x' bestaat niet in diagrams/ \(wel: a, b, c\)$"):
        order("<!-- beslishulpen: c, x -->")
