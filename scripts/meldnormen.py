"""The meldnormen of the afwegingskader, read from includes/meldnormen.md (pure parsing).

That file is the one place of their text: /afwegingskader/ includes it, and the
beslishulp's verslag quotes the meldnorm an outcome names (`meldnorm: 1`).
"""

from __future__ import annotations

import re
from pathlib import Path

MELDNORMEN_FILE = "includes/meldnormen.md"
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ITEM = re.compile(r"^(\d+)\.\s+(.*)$")


class MeldnormError(ValueError):
    """The file cannot be read as a numbered list; the message names the file and line."""


def parse_meldnormen(text: str, source: str) -> dict[int, str]:
    """Number -> text of each meldnorm: a numbered list, 1, 2, 3, … in order. A line that
    starts with spaces continues the meldnorm above it."""
    norms: dict[int, list[str]] = {}
    lines = _COMMENT.sub(lambda comment: "\n" * comment[0].count("\n"), text).splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if item := _ITEM.match(line):
            expected = len(norms) + 1
            if int(item[1]) != expected:
                raise MeldnormError(f"{source}:{number}: meldnorm {item[1]} staat op de plek van meldnorm "
                                    f"{expected}. Nummer de meldnormen 1, 2, 3 op volgorde.")
            norms[expected] = [item[2].strip()]
        elif line[0].isspace() and norms:
            norms[len(norms)].append(line.strip())
        else:
            raise MeldnormError(f"{source}:{number}: elke regel is een meldnorm met een nummer ervoor, zoals "
                                "'1. Is er acute onveiligheid? ...'. Een volgende regel van dezelfde meldnorm "
                                "begint met spaties.")
    if not norms:
        raise MeldnormError(f"{source}: er staan geen meldnormen in. Zet er een genummerde lijst in.")
    return {number: " ".join(parts) for number, parts in norms.items()}


def read_meldnormen(root: Path) -> dict[int, str]:
    path = root / MELDNORMEN_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise MeldnormError(f"{MELDNORMEN_FILE}: kan het bestand niet lezen ({err.strerror})") from err
    return parse_meldnormen(text, MELDNORMEN_FILE)
