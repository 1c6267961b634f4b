"""Where things are, and how often each measurement is repeated."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
DOCS = ROOT / "docs"
CONFIG = ROOT / "mkdocs.yml"
REPORT = ROOT / "bench" / "REPORT.md"
PYTHON = ROOT / ".venv" / "bin" / "python"
MERMAID_PACKAGE = ROOT / "node_modules" / "mermaid"
MERMAID_DIST = MERMAID_PACKAGE / "dist"
MERMAID_JS = "assets/javascripts/mermaid.min.js"  # path inside docs/ and site/
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

# Repetitions: modest, so that `make bench` stays under five minutes on two cores.
BUILD_RUNS = 5  # per configuration, alternating real / baseline
REAL_FLOW_RUNS = 15  # in-process generator runs of the two real flows
SYNTHETIC_RUNS = {100: 15, 1_000: 5, 10_000: 3}
TREE_RUNS = {100: 5, 1_000: 3, 10_000: 1}  # the shallow comparison flow
BROWSER_RUNS = 5  # fresh browser contexts per variant and page

# Environment of every mkdocs process: no MkDocs 2 banners.
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
