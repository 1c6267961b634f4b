"""One marker syntax for every page marker, and a mistyped marker stops the build."""

from __future__ import annotations

import pytest

from scripts.pagemarkers import KNOWN, UnknownMarker, check_markers, marker
from tests.sitepaths import ROOT

GUIDE = (ROOT / "BEHEER.md").read_text(encoding="utf-8")


def test_a_mistyped_marker_is_named_with_its_file_and_line() -> None:
    text = "# Titel\n\nTekst.\n<!-- stroomschemma: route-bij-zorgen -->\n"
    with pytest.raises(UnknownMarker, match=r"^docs/x\.md:4: de regel '<!-- stroomschemma' kent de computer niet"):
        check_markers(text, "docs/x.md")


@pytest.mark.parametrize("line", [
    "<!-- stroomschema: route-bij-zorgen -->", "<!-- beslishulpen -->", "<!-- beslishulpen: a, b -->",
    "<!-- wijzigingen -->", "<!-- toetsing -->", "<!-- deeplinks -->",
    "<!-- De tabel maakt de computer. -->", "<!-- Let op -->", "<!-- twee woorden -->",
])
def test_known_markers_and_notes_for_editors_pass(line: str) -> None:
    check_markers(f"Tekst.\n{line}\n", "docs/x.md")


def test_every_marker_has_the_one_syntax_and_is_in_the_guide() -> None:
    for name in KNOWN:
        assert marker(name).search(f"a\n<!-- {name} -->\nb")
        assert marker(name, args=True).search(f"<!--{name}: x, y-->")["args"].strip() == "x, y"
        assert f"<!-- {name}" in GUIDE, f"BEHEER.md does not show the marker {name}"
        assert (ROOT / KNOWN[name]).is_file()
