"""Run real `mkdocs build`s with a changed configuration, for tests of failure paths."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import yaml

from tests.sitepaths import ROOT


def build_with(
    overrides: dict[str, Any], site_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Build the site with `overrides` layered on mkdocs.yml (INHERIT) into `site_dir`.

    The layered file sits next to mkdocs.yml so every relative path in it resolves
    as in the real build; it is removed afterwards.
    """
    config = ROOT / f".test-mkdocs-{uuid.uuid4().hex}.yml"
    config.write_text(yaml.safe_dump({"INHERIT": "mkdocs.yml", **overrides}), encoding="utf-8")
    try:
        return subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
             "--config-file", str(config), "--site-dir", str(site_dir)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
            timeout=300,
        )
    finally:
        config.unlink()
