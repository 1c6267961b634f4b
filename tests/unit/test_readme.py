"""README.md's layout table and the tree agree: every path it names exists, and every
folder, file and module of the repository is named in it."""

from __future__ import annotations

import re
import subprocess

from tests.sitepaths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CODE_SPAN = re.compile(r"`([^`]+)`")


def layout_rows() -> dict[str, str]:
    """First column -> second column of the table under "## Layout"."""
    section = README.split("## Layout", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0].startswith("`"):
            rows[cells[0]] = "|".join(cells[1:])
    return rows


def named_paths() -> list[str]:
    return [path for first in layout_rows() for path in CODE_SPAN.findall(first)]


def tracked() -> list[str]:
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    return [path for path in listed.stdout.splitlines() if (ROOT / path).exists()]


def test_every_path_in_the_layout_exists() -> None:
    """Or, for what the build makes (such as `.cache/`), git ignores it."""
    paths = named_paths()
    assert len(paths) >= 20
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    missing = [path for path in paths
               if "*" not in path and not (ROOT / path).exists() and f"/{path}" not in ignored]
    assert not missing, f"README.md names paths that are not in the tree: {missing}"


def test_every_top_level_entry_is_in_the_layout() -> None:
    named = {path.rstrip("/").split("/")[0] for path in named_paths()}
    top = {path.split("/")[0] for path in tracked()} - {".gitignore"}
    assert top <= named, f"README.md's layout leaves out: {sorted(top - named)}"


def test_every_test_folder_and_build_module_is_in_the_layout() -> None:
    named = set(named_paths())
    folders = {f"tests/{p.name}/" for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= named | {"tests/organisaties/"}, f"README.md's layout leaves out: {sorted(folders - named)}"
    assert "tests/organisaties/" in layout_rows()["`tests/*.py`"]
    scripts_row = layout_rows()["`scripts/`"]
    modules = {p.name for p in (ROOT / "scripts").iterdir() if p.suffix in {".py", ".sh"} and p.name != "__init__.py"}
    modules |= {p.stem for p in (ROOT / "scripts" / "flows").glob("*.py") if p.stem not in {"__init__", "__main__"}}
    unnamed = sorted(m for m in modules if m not in scripts_row)
    assert not unnamed, f"README.md's layout row for scripts/ leaves out: {unnamed}"
    helpers = {p.name for p in (ROOT / "tests").glob("*.py") if p.name not in {"__init__.py", "conftest.py"}}
    assert not sorted(h for h in helpers if h not in layout_rows()["`tests/*.py`"])
