"""Every link and anchor of the built site resolves, checked by linkchecker over HTTP."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server import serve
from tests.sitepaths import SITE

LINKCHECKER = Path(sys.executable).parent / "linkchecker"
CONFIG = Path(__file__).with_name("linkcheckerrc")


def linkcheck(base_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINKCHECKER), "--config", str(CONFIG), "--no-status",
         "--output", "text", base_url],
        capture_output=True, text=True, timeout=600,
    )


def test_every_link_and_anchor_resolves(site_url: str) -> None:
    result = linkcheck(site_url)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "0 warnings found. 0 errors found." in result.stdout


@pytest.mark.parametrize(
    ("broken", "reported"),
    [('<a href="../niet-bestaand/">kapot</a>', "niet-bestaand"),
     ('<a href="../melden/#bestaat-niet">kapot anker</a>', "bestaat-niet")],
)
def test_a_broken_link_fails_the_check(tmp_path: Path, broken: str, reported: str) -> None:
    copy = tmp_path / "site"
    shutil.copytree(SITE, copy)
    page = copy / "contact" / "index.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("</article>", f"<p>{broken}</p></article>", 1), encoding="utf-8")
    with serve(copy) as url:
        result = linkcheck(url)
    assert result.returncode == 1
    assert reported in result.stdout
