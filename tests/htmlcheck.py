"""The Nu Html Checker (vnu, the npm package vnu-jar of package-lock.json, run with
Debian's Java): the errors it finds in a folder of built pages."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

from tests.sitepaths import ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def html_errors(*folders: Path) -> dict[Path, dict[str, list[str]]]:
    """For each folder, every .html file under it (relative path) -> its errors ("line N:
    message"), from one run of the checker. Files without errors are left out; warnings
    and notes are not errors."""
    java = shutil.which("java")
    assert java is not None, "no java: run scripts/ensure-system-packages.sh (package default-jre-headless)"
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: run `make setup` (npm ci)"
    result = subprocess.run(
        [java, "-Xss16m", "-jar", str(VNU_JAR), "--skip-non-html", "--errors-only", "--format", "json",
         *map(str, folders)],
        capture_output=True, text=True, timeout=600,
    )
    # vnu writes its report to stderr and exits 1 when it found errors.
    assert result.returncode in (0, 1), result.stdout[-2000:] + result.stderr[-2000:]
    errors: dict[Path, dict[str, list[str]]] = {folder: defaultdict(list) for folder in folders}
    resolved = {folder: folder.resolve() for folder in folders}
    for message in json.loads(result.stderr)["messages"]:
        text = f"line {message.get('lastLine', '?')}: {message['type']}: {message['message']}"
        path = Path(message["url"].removeprefix("file:")).resolve() if message.get("url") else None
        # A message without a file (the checker's own trouble) counts against every folder.
        for folder, where in resolved.items():
            if path is None:
                errors[folder]["?"].append(text)
            elif path.is_relative_to(where):
                errors[folder][path.relative_to(where).as_posix()].append(text)
    return {folder: dict(found) for folder, found in errors.items()}
