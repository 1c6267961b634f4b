"""Run real `mkdocs build`s with a changed configuration, for tests of failure paths."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.sitepaths import ROOT


def build_with(
    overrides: dict[str, Any], site_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Build the site with `overrides` layered on mkdocs.yml (INHERIT) into `site_dir`.

    The layered configuration goes to MkDocs on standard input (`--config-file -`) with
    the repository as working folder, so every relative path in mkdocs.yml resolves as
    in the real build and nothing is written into the work tree.
    """
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
         "--config-file", "-", "--site-dir", str(site_dir)],
        input=yaml.safe_dump({"INHERIT": "mkdocs.yml", **overrides}),
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", **(env or {})},
        timeout=300,
    )
