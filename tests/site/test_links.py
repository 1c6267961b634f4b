"""Every link and anchor of the built site resolves, checked by linkchecker over HTTP."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server import serve
from tests.sitepaths import SITE

CONFIG = Path(__file__).with_name("linkcheckerrc")

# linkchecker, run as root, switches to user nobody before it lists its plugins. When the
# venv sits in a folder only root can read (a checkout in `mktemp -d`), nobody finds no
# plugins and linkchecker checks links without AnchorCheck, silently. So it runs here
# without that switch (it only talks to the test's server on 127.0.0.1) ...
RUN_LINKCHECKER = (
    "import sys; from linkcheck.command import linkchecker as cli; "
    "assert callable(cli.drop_privileges); cli.drop_privileges = lambda: None; "
    "sys.argv[0] = 'linkchecker'; sys.exit(cli.linkchecker())"
)
# ... and every run must show, in its plugin log, that AnchorCheck was on and checked pages.
ANCHOR_CHECK_ENABLED = "Enable content plugin AnchorCheck"
ANCHOR_CHECK_RAN = "checking content for invalid anchors"


def linkcheck(base_url: str) -> subprocess.CompletedProcess[str]:
    """linkchecker's text report on the site at `base_url`; fails if anchors went unchecked."""
    result = subprocess.run(
        [sys.executable, "-c", RUN_LINKCHECKER, "--config", str(CONFIG), "--no-status",
         "--output", "text", "--debug", "plugin", base_url],
        capture_output=True, text=True, timeout=600,
    )
    plugin_log, result.stderr = result.stderr, "\n".join(
        line for line in result.stderr.splitlines() if not line.startswith("DEBUG ")
    )
    assert ANCHOR_CHECK_ENABLED in plugin_log and ANCHOR_CHECK_RAN in plugin_log, (
        "linkchecker ran without its anchor check:\n" + result.stderr[-3000:] + "\n" + result.stdout[-2000:]
    )
    return result


def test_every_link_and_anchor_resolves(site_url: str) -> None:
    result = linkcheck(site_url)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "0 warnings found. 0 errors found." in result.stdout


# A check of the checker itself, on a whole copy of the site: in `make test`, not in the
# one-minute `make check` for content owners (nothing they edit can break it). One run
# over a copy with two faults on two pages: a link to a page that does not exist, and a
# link to an anchor that does not exist on a page that does.
BROKEN = {
    "contact": ('<a href="../niet-bestaand/">kapot</a>', "niet-bestaand"),
    "over": ('<a href="../melden/#bestaat-niet">kapot anker</a>', "bestaat-niet"),
}


@pytest.mark.slow
def test_a_broken_link_or_anchor_fails_the_check(tmp_path: Path) -> None:
    copy = tmp_path / "site"
    shutil.copytree(SITE, copy)
    for folder, (broken, _) in BROKEN.items():
        page = copy / folder / "index.html"
        html = page.read_text(encoding="utf-8")
        page.write_text(html.replace("</article>", f"<p>{broken}</p></article>", 1), encoding="utf-8")
    with serve(copy) as url:
        result = linkcheck(url)
    assert result.returncode == 1
    for folder, (_, reported) in BROKEN.items():
        assert reported in result.stdout, f"/{folder}/: {reported} not reported:\n{result.stdout[-3000:]}"
