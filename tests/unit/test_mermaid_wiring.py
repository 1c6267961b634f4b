"""Mermaid 11 is the pinned npm package of package-lock.json."""

from __future__ import annotations

import json

from tests.sitepaths import ROOT


def test_pinned_mermaid_11_from_the_lock_file() -> None:
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    version = lock["packages"]["node_modules/mermaid"]["version"]
    assert version.startswith("11.")
    installed = json.loads((ROOT / "node_modules/mermaid/package.json").read_text())["version"]
    assert installed == version
