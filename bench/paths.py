"""Where things are, and how often each measurement is repeated."""

from __future__ import annotations

import os
from pathlib import Path

from scripts.chromium import DEFAULT_CHROMIUM, chromium_path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
DOCS = ROOT / "docs"
CONFIG = ROOT / "mkdocs.yml"
REPORT = ROOT / "bench" / "REPORT.md"
PYTHON = ROOT / ".venv" / "bin" / "python"
MERMAID_PACKAGE = ROOT / "node_modules" / "mermaid"
# Paths inside docs/ and site/ (Makefile: make setup copies the Mermaid files into docs/).
MERMAID_JS = "assets/javascripts/mermaid.min.js"  # the single-file build
ESM_ENTRY = "assets/javascripts/mermaid-esm/mermaid.esm.min.mjs"  # the ES module build (+ chunks/)
LOADER_JS = "assets/javascripts/mermaid-loader.js"  # the committed lazy loader
CHROMIUM = chromium_path() or DEFAULT_CHROMIUM

# Repetitions: modest, so that `make bench` stays under five minutes on two cores.
BUILD_RUNS = 5  # per configuration, alternating real / baseline
REAL_FLOW_RUNS = 15  # in-process generator runs of the two real flows
# At most this many runs per stage and size; fewer when they do not fit in the time budget
# of bench.generator (STAGE_BUDGET_S), at least one.
SYNTHETIC_RUNS = {100: 25, 1_000: 10, 10_000: 5}
TREE_RUNS = {100: 10, 1_000: 5, 10_000: 3}  # the shallow comparison flow
BROWSER_RUNS = 5  # fresh browser contexts per variant and page

# The page-weight budget: a page without a diagram costs at most this much, gzipped, on a
# first visit (empty cache).
TEXT_PAGE_BUDGET = 150_000  # bytes

# Environment of every mkdocs process: no MkDocs 2 banners.
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
