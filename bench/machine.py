"""The machine and tool versions of a run."""

from __future__ import annotations

import json
import os
import platform
from importlib import metadata

from bench import ROOT


def facts(chromium_version: str) -> list[tuple[str, str]]:
    """(name, value) rows: CPU count and the versions that shape the numbers."""
    mermaid = json.loads((ROOT / "node_modules/mermaid/package.json").read_text(encoding="utf-8"))["version"]
    return [
        ("CPUs", str(os.cpu_count())),
        ("Python", platform.python_version()),
        ("MkDocs", metadata.version("mkdocs")),
        ("Material for MkDocs", metadata.version("mkdocs-material")),
        ("Mermaid", str(mermaid)),
        ("Chromium", chromium_version),
    ]
