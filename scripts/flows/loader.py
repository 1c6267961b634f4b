"""Read a flow file (YAML) into the typed model, keeping line numbers for messages.

Structure and field checks happen here; graph checks live in `validate`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from scripts.flows.model import ANSWERS, Flow, FlowError, Kind, Link, Node, Outcome
from scripts.flows.validate import validate
from scripts.messages import (
    ANSWER_MISSING,
    ANSWER_NO_TARGET,
    ANSWERS_MISSING,
    BAD_ID,
    BAD_KIND,
    BAD_LINK,
    BAD_MELDNORM,
    BAD_OUTCOME,
    CUT_BY_COMMENT,
    DUPLICATE_ID,
    FIELD_MISSING,
    FIELD_NOT_TEXT,
    FLOW_BEGINNING,
    FLOW_FILE_NAME,
    FLOW_UNREADABLE,
    ID_INDEX,
    LABEL_TOO_LONG,
    LINK_MISSING,
    MELDNORM_MISSING,
    MELDNORM_NO_REPORT,
    MELDNORM_NOT_OUTCOME,
    NEXT_MISSING,
    NEXT_NOT_ANSWERS,
    NO_FLOWS,
    NO_NEXT,
    NODE_NOT_A_BLOCK,
    NODES_NOT_A_LIST,
    OUTCOME_ANSWERS,
    OUTCOME_MISSING,
    OUTCOME_NOT_OUTCOME,
    PLACEHOLDER_IN_PLAIN_FIELD,
    TITLE_NOT_OUTCOME,
    UNKNOWN_ANSWER,
    UNKNOWN_ANSWER_YES_NO,
    UNKNOWN_FIELD,
    YAML_ERROR,
)
from scripts.yamllines import LineLoader, LineMapping, yaml_error_line, yaml_error_text

TOP_FIELDS = {"title", "description", "nodes"}
NODE_FIELDS = {"id", "kind", "label", "title", "outcome", "meldnorm", "text", "link", "next", "answers"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LINK_PATTERN = re.compile(r"^(?P<page>[a-z0-9][a-z0-9/_-]*\.md)#(?P<anchor>[A-Za-z][\w-]*)$")
MAX_LABEL = 90
# Plain one-line text fields: YAML cuts such a line at " #" (a comment) without a word,
# and placeholders are not filled in there.
PLAIN_FIELDS = ("title", "description", "label")
_CUT_BY_COMMENT = re.compile(
    rf"^[ \t]*(?:-[ \t]+)?(?P<field>{'|'.join(PLAIN_FIELDS)}):[ \t]+(?![\"'|>])\S[^\n]*?[ \t]#", re.MULTILINE
)


def load_flows(folder: Path, root: Path) -> list[Flow]:
    """Load and validate every `*.yml` in `folder`; messages name a file relative to
    `root` when it lies inside it."""
    files = sorted(folder.glob("*.yml"))
    if not files:
        raise FlowError(str(folder), NO_FLOWS())
    return [validate(load_flow_file(path, source_name(path, root))) for path in files]


def source_name(path: Path, root: Path) -> str:
    """How messages name a flow file: relative to `root` when it lies inside it; else as
    it was given."""
    full = path.resolve()
    return str(full.relative_to(root)) if full.is_relative_to(root) else str(path)


def load_flow_file(path: Path, source: str | None = None) -> Flow:
    """Load one flow file; `source` is how messages name it (default: the path)."""
    name = source or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise FlowError(name, FLOW_UNREADABLE(reden=err.strerror)) from err
    return parse_flow(text, slug=path.stem, source=name)


def parse_flow(text: str, slug: str, source: str) -> Flow:
    """Parse and structurally check the YAML text of one flow."""
    if not ID_PATTERN.match(slug):
        raise FlowError(source, FLOW_FILE_NAME(naam=slug))
    cut = _CUT_BY_COMMENT.search(text)
    if cut:
        raise FlowError(source, CUT_BY_COMMENT(veld=cut["field"]), text.count("\n", 0, cut.start()) + 1)
    try:
        data = yaml.load(text, Loader=LineLoader)  # LineLoader is a SafeLoader
    except yaml.YAMLError as err:
        raise FlowError(source, YAML_ERROR(uitleg=yaml_error_text(err)), yaml_error_line(err)) from err
    if not isinstance(data, LineMapping):
        raise FlowError(source, FLOW_BEGINNING(), 1)
    _no_unknown(data, TOP_FIELDS, source, None)
    title = _required_text(data, "title", source, None)
    description = _required_text(data, "description", source, None)
    raw_nodes = data.get("nodes")
    if not isinstance(raw_nodes, list) or not raw_nodes:
        raise FlowError(source, NODES_NOT_A_LIST(), data.key_lines.get("nodes", data.line))
    nodes = tuple(_node(raw, source) for raw in raw_nodes)
    seen: dict[str, int] = {}
    for node in nodes:
        if node.id in seen:
            raise FlowError(source, DUPLICATE_ID(regel=seen[node.id]), node.line, node.id)
        seen[node.id] = node.line
    return Flow(slug=slug, source=source, title=title, description=description, nodes=nodes)


def _node(raw: Any, source: str) -> Node:
    if not isinstance(raw, LineMapping):
        raise FlowError(source, NODE_NOT_A_BLOCK(tekst=raw))
    node_id = raw.get("id")
    if not isinstance(node_id, str) or not ID_PATTERN.match(node_id):
        raise FlowError(source, BAD_ID(id=node_id), raw.key_lines.get("id", raw.line))
    if node_id == "index":
        raise FlowError(source, ID_INDEX(), raw.line, node_id)
    _no_unknown(raw, NODE_FIELDS, source, node_id)
    line = raw.line
    kind_text = raw.get("kind")
    try:
        kind = Kind(kind_text)
    except ValueError:
        kinds = ", ".join(k.value for k in Kind)
        raise FlowError(source, BAD_KIND(waarde=kind_text, lijst=kinds), raw.key_lines.get("kind", line), node_id) from None
    label = _required_text(raw, "label", source, node_id)
    if len(label) > MAX_LABEL:
        raise FlowError(source, LABEL_TOO_LONG(aantal=len(label), grens=MAX_LABEL + 1), raw.key_lines["label"], node_id)
    text = _required_text(raw, "text", source, node_id)
    link = _link(raw, source, node_id)
    title = _optional_text(raw, "title", source, node_id)
    if title and kind is not Kind.OUTCOME:
        raise FlowError(source, TITLE_NOT_OUTCOME(), raw.key_lines["title"], node_id)
    if kind is not Kind.OUTCOME and "outcome" in raw:
        raise FlowError(source, OUTCOME_NOT_OUTCOME(), raw.key_lines["outcome"], node_id)
    if kind is not Kind.OUTCOME and "meldnorm" in raw:
        raise FlowError(source, MELDNORM_NOT_OUTCOME(), raw.key_lines["meldnorm"], node_id)
    next_id = raw.get("next")
    answers = raw.get("answers")
    if kind in (Kind.START, Kind.ACTION):
        if answers is not None:
            raise FlowError(source, NEXT_NOT_ANSWERS(soort=kind.dutch, kind=kind.value), raw.key_lines["answers"], node_id)
        if not isinstance(next_id, str) or not next_id:
            raise FlowError(source, NEXT_MISSING(soort=kind.dutch, kind=kind.value), line, node_id)
        return Node(node_id, kind, label, text, link, line, title, next=next_id)
    if next_id is not None:
        raise FlowError(source, NO_NEXT(soort=kind.dutch, kind=kind.value), raw.key_lines["next"], node_id)
    if kind is Kind.OUTCOME:
        if answers is not None:
            raise FlowError(source, OUTCOME_ANSWERS(), raw.key_lines["answers"], node_id)
        outcome = _outcome(raw, source, node_id)
        return Node(node_id, kind, label, text, link, line, title, outcome=outcome,
                    meldnorm=_meldnorm(raw, outcome, source, node_id))
    return Node(node_id, kind, label, text, link, line, title, answers=_answers(raw, source, node_id))


def _answers(raw: LineMapping, source: str, node_id: str) -> tuple[tuple[str, str], ...]:
    answers = raw.get("answers")
    line = raw.key_lines.get("answers", raw.line)
    if not isinstance(answers, LineMapping):
        raise FlowError(source, ANSWERS_MISSING(), line, node_id)
    for key in answers:
        if key not in ANSWERS:
            # YAML reads yes, no, true and false as a boolean: the message says so.
            message = UNKNOWN_ANSWER_YES_NO if isinstance(key, bool) else UNKNOWN_ANSWER
            raise FlowError(source, message(antwoord=key), answers.key_lines.get(str(key), line), node_id)
    missing = [answer for answer in ANSWERS if answer not in answers]
    if missing:
        raise FlowError(source, ANSWER_MISSING(antwoord=missing[0]), line, node_id)
    result = []
    for answer in ANSWERS:
        target = answers[answer]
        if not isinstance(target, str) or not target:
            raise FlowError(source, ANSWER_NO_TARGET(antwoord=answer), answers.key_lines[answer], node_id)
        result.append((answer, target))
    return tuple(result)


def _outcome(raw: LineMapping, source: str, node_id: str) -> Outcome:
    value = raw.get("outcome")
    choices = ", ".join(o.value for o in Outcome)
    if value is None:
        raise FlowError(source, OUTCOME_MISSING(lijst=choices), raw.line, node_id)
    try:
        return Outcome(value)
    except ValueError:
        raise FlowError(source, BAD_OUTCOME(waarde=value, lijst=choices), raw.key_lines["outcome"], node_id) from None


def _meldnorm(raw: LineMapping, outcome: Outcome, source: str, node_id: str) -> int | None:
    """The number of the meldnorm (includes/meldnormen.md; the hook checks that it exists)."""
    value = raw.get("meldnorm")
    if value is None:
        if outcome is Outcome.REPORT:
            raise FlowError(source, MELDNORM_MISSING(), raw.line, node_id)
        return None
    line = raw.key_lines["meldnorm"]
    if not outcome.reports:
        raise FlowError(source, MELDNORM_NO_REPORT(soort=outcome.value), line, node_id)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise FlowError(source, BAD_MELDNORM(waarde=value), line, node_id)
    return value


def _link(raw: LineMapping, source: str, node_id: str) -> Link:
    value = raw.get("link")
    line = raw.key_lines.get("link", raw.line)
    if not isinstance(value, str):
        raise FlowError(source, LINK_MISSING(), line, node_id)
    match = LINK_PATTERN.match(value.strip())
    if not match:
        raise FlowError(source, BAD_LINK(waarde=value), line, node_id)
    return Link(match["page"], match["anchor"])


def _no_unknown(raw: LineMapping, known: set[str], source: str, node_id: str | None) -> None:
    for key in raw:
        if key not in known:
            raise FlowError(
                source, UNKNOWN_FIELD(naam=key, lijst=", ".join(sorted(known))), raw.key_lines.get(str(key), raw.line), node_id
            )


def _required_text(raw: LineMapping, key: str, source: str, node_id: str | None) -> str:
    text = _optional_text(raw, key, source, node_id)
    if not text:
        raise FlowError(source, FIELD_MISSING(veld=key), raw.key_lines.get(key, raw.line), node_id)
    return text


def _optional_text(raw: LineMapping, key: str, source: str, node_id: str | None) -> str:
    value = raw.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FlowError(source, FIELD_NOT_TEXT(veld=key), raw.key_lines.get(key, raw.line), node_id)
    if key in PLAIN_FIELDS and "{{" in value:
        raise FlowError(source, PLACEHOLDER_IN_PLAIN_FIELD(veld=key), raw.key_lines.get(key, raw.line), node_id)
    return value.strip()
