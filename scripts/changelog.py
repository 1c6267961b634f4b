"""The change history on /over/: the marker `<!-- wijzigingen -->` becomes a table of
organisatie.yml's `wijzigingen`, newest version first (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence

from scripts.flows.markdown import table_cell
from scripts.pagemarkers import marker
from scripts.settings import Change, dutch_date

MARKER = marker("wijzigingen")
HEADERS = ("Versie", "Datum", "Wat is er veranderd?", "Vastgesteld door")


def changes_table(changes: Sequence[Change]) -> str:
    """A Markdown table with a row per version, in the order given."""
    rows = [
        "| " + " | ".join(HEADERS) + " |",
        "|" + "---|" * len(HEADERS),
        *(
            f"| {table_cell(change.versie)} | {dutch_date(change.datum)} | {table_cell(change.wat)} | "
            f"{table_cell(change.vastgesteld_door)} |"
            for change in changes
        ),
    ]
    return "\n".join(rows)


def expand_changes(markdown: str, changes: Sequence[Change]) -> str:
    """Replace the marker by the table."""
    return MARKER.sub(lambda _: changes_table(changes), markdown)
