"""Synthetic flow files (YAML text) of a given number of nodes.

chain: a start, then questions where Ja goes to the next question and Nee to its own
outcome; the last question's Ja ends in one more outcome. Deep: a route is up to n/2
questions long (the worst case for anything that walks routes).
tree: a start, then a balanced binary tree of questions whose leaves are outcomes.
Shallow: a route is about log2(n) questions long.
Every node links to an existing page and anchor (melden.md#acuut-gevaar).
"""

from __future__ import annotations

LINK = "melden.md#acuut-gevaar"


def _header(title: str) -> list[str]:
    return [
        f'title: "{title}"',
        'description: "Synthetisch stroomschema voor de benchmark."',
        "nodes:",
        "  - id: start",
        "    kind: start",
        '    label: "Start"',
        "    text: |",
        "      U begint hier. Lees de vragen en kies steeds Ja of Nee.",
        f"    link: {LINK}",
        "    next: vraag-1",
    ]


def _question(number: int, yes: str, no: str) -> list[str]:
    return [
        f"  - id: vraag-{number}",
        "    kind: question",
        f'    label: "Is stap {number} van toepassing?"',
        "    text: |",
        f"      Uitleg bij vraag {number}. Denk aan wat u zag of hoorde.",
        f"    link: {LINK}",
        "    answers:",
        f"      Ja: {yes}",
        f"      Nee: {no}",
    ]


def _outcome(node_id: str, number: int) -> list[str]:
    return [
        f"  - id: {node_id}",
        "    kind: outcome",
        f'    label: "Uitkomst {number}"',
        f'    title: "Doe wat bij uitkomst {number} hoort"',
        "    text: |",
        f"      Dit doet u bij uitkomst {number}. Leg vast wat u deed.",
        f"    link: {LINK}",
    ]


def chain(nodes: int) -> str:
    """About `nodes` nodes (1 start + q questions + q+1 outcomes; nodes rounded to even)."""
    questions = max(1, (nodes - 2) // 2)
    lines = _header(f"Keten van {questions} vragen")
    for i in range(1, questions + 1):
        yes = f"vraag-{i + 1}" if i < questions else "einde-laatste"
        lines += _question(i, yes, f"einde-{i}")
    for i in range(1, questions + 1):
        lines += _outcome(f"einde-{i}", i)
    lines += _outcome("einde-laatste", questions + 1)
    return "\n".join(lines) + "\n"


def tree(nodes: int) -> str:
    """About `nodes` nodes: 1 start + q questions in heap order + q+1 leaf outcomes."""
    questions = max(1, (nodes - 2) // 2)
    last = 2 * questions + 1  # heap positions 1..last; 1..questions are questions

    def ref(position: int) -> str:
        return f"vraag-{position}" if position <= questions else f"einde-{position}"

    lines = _header(f"Boom van {questions} vragen")
    for i in range(1, questions + 1):
        lines += _question(i, ref(2 * i), ref(2 * i + 1))
    for position in range(questions + 1, last + 1):
        lines += _outcome(f"einde-{position}", position)
    return "\n".join(lines) + "\n"
