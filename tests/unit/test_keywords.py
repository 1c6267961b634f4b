"""Search keywords (`zoekwoorden` in a page's front matter): read and checked."""

from __future__ import annotations

import re

import pytest
import yaml

from scripts.keywords import FIELD, KeywordError, field_line, keywords
from tests.sitepaths import ROOT


def test_keywords_are_trimmed_and_without_repeats() -> None:
    assert keywords({FIELD: [" blauwe  plekken ", "Slaan", "slaan", 112]}, "docs/x.md", 3) == [
        "blauwe plekken", "Slaan", "112"]
    assert keywords({}, "docs/x.md", 1) == []


@pytest.mark.parametrize(
    ("value", "message"),
    [("slaan, geslagen", "docs/x.md:3: 'zoekwoorden' moet een lijst zijn"),
     (["slaan", ""], "docs/x.md:3: 'zoekwoorden' bevat ''"),
     (["slaan", {"a": 1}], "docs/x.md:3: 'zoekwoorden' bevat {'a': 1}")],
)
def test_bad_keywords_are_named(value: object, message: str) -> None:
    with pytest.raises(KeywordError, match=re.escape(message)):
        keywords({FIELD: value}, "docs/x.md", 3)


def test_the_message_names_the_line() -> None:
    assert field_line("---\ntitle: x\nzoekwoorden: slaan\n---\n") == 3
    assert field_line("# Geen zoekwoorden\n") == 1


def front_matter_keywords() -> dict[str, list[str]]:
    """docs path -> its zoekwoorden, read from the Markdown files themselves."""
    found = {}
    for path in sorted((ROOT / "docs").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            meta = yaml.safe_load(text.split("---\n", 2)[1]) or {}
            if meta.get(FIELD):
                found[path.relative_to(ROOT / "docs").as_posix()] = meta[FIELD]
    return found


def test_every_page_of_the_navigation_has_keywords() -> None:
    from tests.sitepaths import mkdocs_config

    pages = [src for entry in mkdocs_config()["nav"] for src in entry.values()]
    have = front_matter_keywords()
    missing = [p for p in pages if p not in have and p not in ("stroomschema.md", "beslishulp/index.md",
                                                               "begrippen.md", "over.md")]
    assert not missing, f"pages without zoekwoorden: {missing}"
