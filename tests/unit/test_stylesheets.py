"""The project's own stylesheets are well formed: every block is closed where it should
be. A missing `}` does not stop the build; the browser then reads the rules after it as
part of the block above (once, every footer rule sat inside `@media print`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sitepaths import ROOT

STYLESHEETS = sorted((ROOT / "docs" / "assets" / "stylesheets").glob("*.css"))
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')


def top_level_blocks(css: str) -> list[str]:
    """The preludes of the top-level blocks (`@media print`, `.x`), or an error text."""
    css = _STRING.sub('""', _COMMENT.sub("", css))
    depth, start, found = 0, 0, []
    for index, char in enumerate(css):
        if char == "{":
            if depth == 0:
                found.append(" ".join(css[start:index].split()))
            depth += 1
        elif char == "}":
            depth -= 1
            assert depth >= 0, f"a '}}' without its '{{' after {found[-1:]}"
            if depth == 0:
                start = index + 1
    assert depth == 0, f"{depth} block(s) not closed; the last top-level block starts at {found[-1]!r}"
    return found


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda p: p.name)
def test_every_block_is_closed(path: Path) -> None:
    assert top_level_blocks(path.read_text(encoding="utf-8"))


def test_a_missing_brace_is_found() -> None:
    with pytest.raises(AssertionError, match="not closed"):
        top_level_blocks("@media print {\n  .a { color: red; }\n\n.b { color: blue; }\n")
    assert top_level_blocks("@media print { .a { x: 1 } }\n.b { content: \"}\"; }") == ["@media print", ".b"]


def test_the_footer_rules_are_not_inside_a_media_block() -> None:
    """The footer's colour must apply on screen, where axe measures its contrast."""
    assert ".protocol-voetlinks" in top_level_blocks((ROOT / "docs/assets/stylesheets/extra.css").read_text(encoding="utf-8"))
