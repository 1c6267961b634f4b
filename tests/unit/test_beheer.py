"""BEHEER.md, the editing guide for content owners, checked against the code it describes.

Conventions in BEHEER.md that these tests rely on:

- `<!-- voorbeeld: NAME -->` on the line before a fenced block marks an example:
  `nieuwe-stappen` (nodes to insert), `wijziging-voor` / `wijziging-na` (the node whose
  lines change, before and after; only the lines that differ are replaced), `foutmelding`
  (what `check` prints when the outcome is left out), `instellingen` (a filled-in block).
  The new nodes go directly after the node named in `wijziging-voor`, as the guide says.
- `<!-- NAME -->` ... `<!-- /NAME -->` marks a region: `plaatshouders` (the placeholder
  table), `instellingen` (the settings table), `foutmeldingen` (the message tables; the
  message is the code span in the first column, `<...>` marks a part that varies).
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from string import Formatter
from typing import Any

import pytest
import yaml

from scripts.flows import __main__ as flows_command
from scripts.flows.beslishulp import render_pages
from scripts.flows.loader import MAX_LABEL, NODE_FIELDS, TOP_FIELDS, parse_flow
from scripts.flows.mermaid import hrefs_from, node_ids, node_shape, render_mermaid
from scripts.flows.model import NO, YES, Flow, FlowError, Kind
from scripts.flows.textalt import render_text_alternative
from scripts.flows.validate import MAX_PATHS, validate
from scripts.messages import catalogue
from scripts.placeholders import PLACEHOLDER, placeholder_values
from scripts.schema import LIST_BLOCKS, SCHEMA, Setting, beheer_table
from scripts.settings import example_settings, load_settings, parse_phone
from scripts.settingsfile import parse_settings
from tests.flowfixtures import DOSSIER
from tests.sitepaths import ROOT
from tests.unit.test_settings import TEMPLATE

GUIDE = (ROOT / "BEHEER.md").read_text(encoding="utf-8")

FLOW_PATH = "diagrams/route-bij-zorgen.yml"

FLOW_TEXT = (ROOT / FLOW_PATH).read_text(encoding="utf-8")

SLUG = Path(FLOW_PATH).stem

NODE_START = re.compile(r"^  - id: *(\S+) *$", re.MULTILINE)

CODE_SPAN = re.compile(r"(`+) ?(.+?) ?\1")


def example(name: str) -> str:
    found = re.findall(rf"<!-- voorbeeld: {re.escape(name)} -->\s*\n```\w*\n(.*?)\n```", GUIDE, re.DOTALL)
    assert len(found) == 1, f"BEHEER.md: expected one fenced block after <!-- voorbeeld: {name} -->"
    return found[0]


def region(name: str) -> str:
    found = re.findall(rf"<!-- {re.escape(name)} -->\n(.*?)<!-- /{re.escape(name)} -->", GUIDE, re.DOTALL)
    assert len(found) == 1, f"BEHEER.md: expected one <!-- {name} --> ... <!-- /{name} --> region"
    return found[0]


def first_column_code(text: str) -> list[str]:
    """The code span in the first cell of every table row (header rows have none)."""
    cells = []
    for line in text.splitlines():
        match = re.match(r"^\|\s*(`+) ?(.+?) ?\1\s*\|", line)
        if match:
            cells.append(match[2])
    return cells


def new_nodes_text() -> str:
    return example("nieuwe-stappen")


def new_nodes() -> list[dict[str, Any]]:
    nodes = yaml.safe_load(new_nodes_text())
    assert isinstance(nodes, list) and nodes
    return nodes


def node_chunks(text: str) -> list[str]:
    """The example's node blocks as text, each starting with `  - id:`."""
    starts = [m.start() for m in NODE_START.finditer(text)]
    return [text[a:b].rstrip() for a, b in zip(starts, [*starts[1:], len(text)])]


def apply_example(text: str, nodes_text: str) -> str:
    """Do the documented edit: change the lines of wijziging-voor into wijziging-na and
    put `nodes_text` directly after that node."""
    before, after = example("wijziging-voor"), example("wijziging-na")
    before_id = yaml.safe_load(before)[0]["id"]
    assert yaml.safe_load(after)[0]["id"] == before_id, "voor and na must show the same node"
    before_lines, after_lines = before.splitlines(), after.splitlines()
    assert len(before_lines) == len(after_lines), "voor and na must have the same lines"

    starts = [(m.start(), m[1]) for m in NODE_START.finditer(text)]
    index = [node_id for _, node_id in starts].index(before_id)
    begin = starts[index][0]
    end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
    block = text[begin:end]
    changed = 0
    for old, new in zip(before_lines, after_lines):
        if old != new:
            assert block.count(old + "\n") == 1, f"{FLOW_PATH}: node {before_id} has no line {old!r}"
            block = block.replace(old + "\n", new + "\n")
            changed += 1
    assert changed, "wijziging-voor and wijziging-na are the same"
    if not block.endswith("\n\n"):
        block = block.rstrip("\n") + "\n\n"
    tail = "\n\n" if end < len(text) else "\n"
    return text[:begin] + block + nodes_text.rstrip("\n") + tail + text[end:]


def edited_flow() -> Flow:
    return validate(parse_flow(apply_example(FLOW_TEXT, new_nodes_text()), slug=SLUG, source=FLOW_PATH))


def question() -> dict[str, Any]:
    questions = [n for n in new_nodes() if n["kind"] == "question"]
    assert len(questions) == 1, "the example adds one question"
    return questions[0]


def test_example_edits_the_real_flow() -> None:
    original = validate(parse_flow(FLOW_TEXT, slug=SLUG, source=FLOW_PATH))
    flow = edited_flow()
    changed = yaml.safe_load(example("wijziging-na"))[0]
    assert flow.node(changed["id"]).next == changed["next"] == question()["id"]
    assert len(flow.nodes) == len(original.nodes) + len(new_nodes())
    for node in new_nodes():
        assert flow.node(node["id"]).kind.value == node["kind"]


def test_example_question_has_ja_and_nee_in_diagram_and_text() -> None:
    flow = edited_flow()
    q = flow.node(question()["id"])
    assert q.kind is Kind.QUESTION and dict(q.answers).keys() == {YES, NO}
    ids = node_ids(flow)
    mermaid = render_mermaid(flow, hrefs_from("stroomschema.md"))
    assert node_shape(q, ids[q.id]) in mermaid
    for answer, target in q.answers:
        assert f'{ids[q.id]} -->|"{answer}"| {ids[target]}' in mermaid
    text = render_text_alternative(flow, "stroomschema.md")
    for node in new_nodes():
        assert flow.node(node["id"]).heading in text


def test_example_question_gets_beslishulp_pages() -> None:
    flow = edited_flow()
    pages = render_pages(flow, DOSSIER)
    folder = f"beslishulp/{SLUG}"
    q = flow.node(question()["id"])
    page = pages[f"{folder}/{q.id}.md"]
    for answer, target in q.answers:
        assert f"[{answer}]({target}.md)" in page, f"no {answer} button to {target}"
        assert f"{folder}/{target}.md" in pages
    for node in new_nodes():
        assert f"{folder}/{node['id']}.md" in pages
    # Pages the guide says the reader will see.
    for name in re.findall(rf"/beslishulp/{SLUG}/([a-z0-9-]+)/", GUIDE):
        assert f"{folder}/{name}.md" in pages, f"BEHEER.md names /beslishulp/{SLUG}/{name}/"


def _documented_error() -> str:
    message = example("foutmelding")
    assert message.startswith("FOUT ")
    return message.removeprefix("FOUT ")


def _any_line(message: str) -> str:
    return re.sub(rf"^{re.escape(FLOW_PATH)}:\d+:", f"{FLOW_PATH}:<regel>:", message)


def test_documented_error_when_the_outcome_is_missing() -> None:
    only_question = node_chunks(new_nodes_text())[0]
    assert f"id: {question()['id']}" in only_question
    with pytest.raises(FlowError) as err:
        validate(parse_flow(apply_example(FLOW_TEXT, only_question), slug=SLUG, source=FLOW_PATH))
    # The guide tells the reader the line number may differ; the rest must be exact.
    assert _any_line(str(err.value)) == _any_line(_documented_error())
    assert f"Fout in een stroomschema: {_documented_error()}" in GUIDE


def test_documented_commands_on_the_example(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`check` and `mermaid` as the guide shows them, on a copy of diagrams/. The build that
    `check` ends with is left out here (it is the build itself: tests/site/test_flows_check.py;
    the example's links against the built site: tests/site/test_beheer.py)."""
    assert ".venv/bin/python -m scripts.flows check" in GUIDE
    assert f".venv/bin/python -m scripts.flows mermaid {FLOW_PATH}" in GUIDE
    builds: list[dict[str, str]] = []
    monkeypatch.setattr(flows_command, "build_error", lambda env: builds.append(env))
    monkeypatch.chdir(tmp_path)
    copy = tmp_path / FLOW_PATH
    copy.parent.mkdir()
    copy.write_text(apply_example(FLOW_TEXT, new_nodes_text()), encoding="utf-8")
    assert flows_command.main(["check", FLOW_PATH]) == 0
    assert capsys.readouterr().out.startswith("ok") and len(builds) == 1
    assert flows_command.main(["mermaid", FLOW_PATH]) == 0
    assert capsys.readouterr().out == render_mermaid(edited_flow(), hrefs_from("stroomschema.md"))

    copy.write_text(apply_example(FLOW_TEXT, node_chunks(new_nodes_text())[0]), encoding="utf-8")
    assert flows_command.main(["check", FLOW_PATH]) == 1
    assert _any_line(capsys.readouterr().err.strip().removeprefix("FOUT ")) == _any_line(_documented_error())


def test_flow_fields_and_kinds_are_documented() -> None:
    section = GUIDE.split("### Zo is een stroomschema-bestand opgebouwd")[1].split("\n### ")[0]
    assert set(first_column_code(section)) == TOP_FIELDS | NODE_FIELDS
    for kind in Kind:
        assert f"`{kind.value}`" in section
    assert f"Hoogstens {MAX_LABEL} tekens" in section
    assert f"meer dan {MAX_PATHS} routes" in GUIDE


# The messages: scripts/messages.py (the catalogue) and the tables of BEHEER.md, deel 8.

def _pattern(template: str) -> re.Pattern[str]:
    """A catalogue template as a pattern: its fixed text exactly, each {field} anything."""
    return re.compile("".join(re.escape(text) + (".*" if field is not None else "")
                              for text, field, _, _ in Formatter().parse(template)), re.DOTALL)


def _fixed_parts(template: str) -> str:
    """A catalogue template's fixed text, as _fixed_text gives it for an f-string."""
    return " ".join(text for text, _, _, _ in Formatter().parse(template))


CATALOGUE = {name: _pattern(message.text) for name, message in catalogue().items()}


def documented_messages() -> list[str]:
    return first_column_code(region("foutmeldingen"))


# Words that make a text Dutch; none of them is an English word. The fixed text of every
# message of the catalogue has one (test_the_catalogue_is_dutch_prose): written inline
# again, it is found.
_DUTCH = frozenset("""
    de het een en niet geen van naar bij voor op er u ook nog alleen wel dan meer dat deze dit elk elke één twee
    keer zonder zoals waar wat wie hier altijd terug zijn staat staan bestaat ontbreekt moet mag heeft
    kan kon wordt komt gaat hoort werken typ kies schrijf zet haal gebruik geef maak vul lees verwacht ongeldig
    leeg onbekend onbekende bekend fout tekst regel bestand pagina knoop lijst naam
""".split())


def _fixed_text(node: ast.expr) -> str:
    """The text of every string literal in an expression (of an f-string: its fixed parts)."""
    return " ".join(part.value for part in ast.walk(node)
                    if isinstance(part, ast.Constant) and isinstance(part.value, str))


def _is_dutch(text: str) -> bool:
    """Text with a Dutch word in it, and more than a bare name (such as the setting `naam`)."""
    words = [word.strip(".,;:!?()'\"`") for word in re.split(r"[\s/-]+", text.lower())]
    return not re.fullmatch(r"[\w.]*", text.strip()) and any(word in _DUTCH for word in words)


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


@cache
def _sources() -> list[tuple[str, ast.Module]]:
    return [(path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted((ROOT / "scripts").rglob("*.py"))]


def _error_classes() -> set[str]:
    """The exception classes of scripts/ (their base is an ...Error or another of them)."""
    classes: set[str] = set()
    defined = [node for _, tree in _sources() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    while True:
        found = {c.name for c in defined if any(_name(b).endswith("Error") or _name(b) in classes for b in c.bases)}
        if found == classes:
            return classes
        classes = found


def _is_super_init(node: ast.AST) -> bool:
    """`super().__init__(...)`"""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
            and isinstance(node.func.value, ast.Call) and _name(node.func.value.func) == "super")


def _error_calls(tree: ast.Module, errors: set[str]) -> list[tuple[ast.Call, str]]:
    """Every call of an error class (a name ending in Error, or an exception class of
    scripts/), and super().__init__ in those classes, with the class's name."""
    calls = [(node, _name(node.func)) for node in ast.walk(tree) if isinstance(node, ast.Call)
             and (_name(node.func).endswith("Error") or _name(node.func) in errors)]
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and cls.name in errors:
            calls += [(node, cls.name) for node in ast.walk(cls) if isinstance(node, ast.Call) and _is_super_init(node)]
    return calls


@cache
def given_messages() -> list[tuple[str, str, ast.expr]]:
    """(file:line, to whom, the text) of Dutch text in scripts/ outside the catalogue: a
    string literal or f-string given to an error class, or returned by a `..._warning`
    function."""
    errors = _error_classes()
    found = []
    for path, tree in _sources():
        if path == "scripts/messages.py":
            continue
        for call, name in _error_calls(tree, errors):
            found += [(f"{path}:{call.lineno}", name, arg) for arg in [*call.args, *(k.value for k in call.keywords)]
                      if _is_dutch(_fixed_text(arg))]
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef) and function.name.endswith("_warning"):
                found += [(f"{path}:{node.lineno}", "return", node.value) for node in ast.walk(function)
                          if isinstance(node, ast.Return) and node.value is not None
                          and _is_dutch(_fixed_text(node.value))]
    return found


def test_guide_documents_many_messages() -> None:
    assert len(documented_messages()) >= 90
    assert len(CATALOGUE) >= 90


@pytest.mark.parametrize("message", documented_messages())
def test_documented_message_is_in_the_catalogue(message: str) -> None:
    assert any(p.fullmatch(message) for p in CATALOGUE.values()), (
        f"BEHEER.md quotes a message that is not in scripts/messages.py: {message!r}"
    )


@pytest.mark.parametrize("name", CATALOGUE)
def test_catalogue_message_is_documented(name: str) -> None:
    assert any(CATALOGUE[name].fullmatch(m) for m in documented_messages()), (
        f"scripts/messages.py: {name} = {catalogue()[name].text!r} is not in the tables of BEHEER.md (deel 8)"
    )


def test_no_message_is_written_outside_the_catalogue() -> None:
    written = [f"{where}: {name}({_fixed_text(node)!r})" for where, name, node in given_messages()]
    assert not written, (
        "put these messages in scripts/messages.py and explain them in BEHEER.md, deel 8:\n" + "\n".join(written)
    )


def test_the_catalogue_is_dutch_prose() -> None:
    """The check above would find each message of the catalogue written inline again."""
    assert [name for name, message in catalogue().items() if not _is_dutch(_fixed_parts(message.text))] == []


def _shipped() -> dict[str, Any]:
    """organisatie.yml as the product ships it (the fixed copy of the template)."""
    return yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))


def test_placeholder_table_lists_every_placeholder() -> None:
    values = placeholder_values(load_settings(_shipped()))
    documented = PLACEHOLDER.findall(region("plaatshouders"))
    assert len(documented) == len(set(documented))
    assert set(documented) == set(values)


def test_every_placeholder_in_the_guide_exists() -> None:
    values = placeholder_values(load_settings(_shipped()))
    for name in PLACEHOLDER.findall(GUIDE):
        assert name in values, f"BEHEER.md uses an unknown placeholder {{{{ {name} }}}}"


def test_settings_table_is_the_schema() -> None:
    assert region("instellingen").strip() == beheer_table(), (
        "BEHEER.md's settings table (deel 2) differs from scripts/schema.py: "
        "put the output of `python -m scripts.schema` between <!-- instellingen --> and <!-- /instellingen -->"
    )


@pytest.mark.parametrize("entry", SCHEMA, ids=lambda entry: entry.name)
def test_the_tables_value_of_each_setting_is_valid_and_real(entry: Setting) -> None:
    """The value in the table, put into the guide's filled-in example, passes the
    setting's own check and is not an example value."""
    data = yaml.safe_load(example("instellingen"))
    node = data
    for block in filter(None, entry.block.split(".")):
        node = node[block][0] if block in LIST_BLOCKS else node[block]
    node[entry.key] = yaml.safe_load(entry.filled_in)
    assert entry.name not in example_settings(load_settings(data))


def _leaves(mapping: Mapping[str, Any], prefix: str) -> set[str]:
    keys = set()
    for key, value in mapping.items():
        blocks = value if isinstance(value, list) and all(isinstance(v, Mapping) for v in value) else [value]
        for block in blocks:
            keys |= _leaves(block, f"{prefix}.{key}") if isinstance(block, Mapping) else {f"{prefix}.{key}"}
    return keys


def test_settings_example_is_valid_and_complete() -> None:
    text = example("instellingen")
    settings = parse_settings(text)
    assert settings.volgende_herziening > dt.date(2026, 1, 1)
    assert {".".join(filter(None, k.split(".")))
            for k in _leaves(yaml.safe_load(text), "")} == {entry.name for entry in SCHEMA}
    assert settings.versie == "1.1"
    assert example_settings(settings) == [], "the guide's example must show real values"


def test_phone_examples_are_valid() -> None:
    text = GUIDE.split("**Telefoonnummers.**")[1].split("**E-mailadres.**")[0]
    numbers = [span[1].strip('"') for span in CODE_SPAN.findall(text)]
    assert len(numbers) >= 6
    for number in numbers:
        parse_phone(number, "voorbeeld")


def test_make_commands_exist() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([A-Za-z][\w.-]*):", makefile, re.MULTILINE))
    named = set(re.findall(r"`make ([a-z][\w-]*)`", GUIDE))
    assert {"serve", "build", "test"} <= named
    assert named <= targets, f"BEHEER.md names make targets that do not exist: {named - targets}"
    assert "127.0.0.1:8000" in makefile and "http://127.0.0.1:8000" in GUIDE


def test_the_safety_rules_of_the_flows_are_in_the_guide() -> None:
    """Every rule tests/unit/test_flows_safety.py holds the flows to is stated in the guide."""
    from scripts.flows.model import Outcome
    from tests.unit.test_flows_safety import AGREE_FIRST, PARENTS_FIRST, RESPONSIBILITY, SAFETY_QUESTIONS

    section = GUIDE.split("### De routes blijven veilig")[1].split("\n### ")[0]
    for question in SAFETY_QUESTIONS:
        assert f"`{question}`" in section, f"BEHEER.md does not name the question {question!r}"
    for outcome in Outcome:
        assert f"`outcome: {outcome.value}`" in section, f"BEHEER.md does not name outcome: {outcome.value}"
    for snippet in (PARENTS_FIRST, AGREE_FIRST, RESPONSIBILITY):
        assert snippet.split('"')[1] in section, f"BEHEER.md does not name {snippet}"
    for anchor in ("afwegingskader.md#vraag-4", "afwegingskader.md#vraag-5", "collega.md"):
        assert f"`{anchor}`" in section


def test_the_review_list_names_every_law_the_site_says_is_changing() -> None:
    """The laws /collega/#nieuwe-wetten speaks of are on the beheerder's list for the review."""
    listed = region("herziening")
    page = (ROOT / "docs" / "collega.md").read_text(encoding="utf-8").split("{ #nieuwe-wetten }")[1]
    laws = sorted(set(re.findall(r"\bWet(?: [a-z]+)+", page)))
    assert laws
    for law in laws:
        assert law in listed, f"BEHEER.md's list for the review does not name {law!r}"
    assert "huisverbod" in listed.lower() and "scripts/national.py" in listed
