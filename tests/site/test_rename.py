"""A page gets another file name exactly as BEHEER.md says ("Laat de ankers
staan"), and the site and the whole (non-browser) suite keep working.

In a copy of the repository, `docs/vermoedens.md` becomes `docs/advies-vragen-bij-veilig-thuis.md`
the way a content owner does it: rename the file, replace `vermoedens.md` by the new name
everywhere in mkdocs.yml (nav, and the older redirect `advies-vragen.md` that pointed at
the page), docs/ and diagrams/, and only then add the old name -> new name under
`redirect_maps:` (replacing after adding would turn that line into new -> new).
deeplinks.txt is left as it is (its lines are never removed). The copy is then built,
and its own suite runs against that build.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.urls import page_url
from tests.sitepaths import ROOT, redirect_href, site_url


OLD, NEW = "vermoedens.md", "advies-vragen-bij-veilig-thuis.md"


# The older redirect that pointed at the page (mkdocs.yml) and must follow it.
OLDER = "advies-vragen.md"

BIN = Path(sys.executable).parent

# The copy builds and tests itself: nothing may point at this checkout's files or site.
ENV = {k: v for k, v in os.environ.items() if not k.startswith("PROTOCOL_")}


ENV.update(NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")


# The copy's own suite: what a content owner's `make check` runs (no browser, no slow
# failure-path builds of its own).
SUITE = ("python", "-m", "pytest", "-q", "tests/unit", "tests/site", "-m", "not slow")


def copy_repository(target: Path) -> None:
    """The git-tracked files as they are in the working tree (tracked in a new repository
    there too), docs/ as it is (with the generated, ignored copies of Mermaid and the
    iframe worker in it) and the drawings cache. The installed packages are used where
    they are, like the venv: node_modules/ is linked, not copied."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for rel in filter(None, listed.decode().split("\0")):
        if rel.startswith("docs/") or not (ROOT / rel).is_file():
            continue
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target / rel)
    shutil.copytree(ROOT / "docs", target / "docs")
    # The drawings of this checkout's build, as a copy that was built before has its own:
    # the copy's build draws again only what the rename changed (the cache is keyed by
    # each drawing's source).
    if (ROOT / ".cache").is_dir():
        shutil.copytree(ROOT / ".cache", target / ".cache")
    (target / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    # A git checkout, as a content owner's is (tests/unit/test_readme.py lists its files).
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    subprocess.run(["git", "add", "--pathspec-from-file=-", "--pathspec-file-nul"], cwd=target,
                   input=listed, check=True)


def rename_as_the_guide_says(repo: Path) -> None:
    docs = repo / "docs"
    (docs / OLD).rename(docs / NEW)
    # Search and replace the old file name in every page, flow and mkdocs.yml ...
    for path in [repo / "mkdocs.yml", *docs.rglob("*.md"), *(repo / "diagrams").glob("*.yml")]:
        text = path.read_text(encoding="utf-8")
        if OLD in text:
            path.write_text(text.replace(OLD, NEW), encoding="utf-8")
    # ... and put the old name with the new name under redirect_maps.
    config = repo / "mkdocs.yml"
    text, count = re.subn(r"^( *)redirect_maps:\n", rf"\g<0>\g<1>  {OLD}: {NEW}\n",
                          config.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE)
    assert count == 1, "mkdocs.yml: no redirect_maps"
    config.write_text(text, encoding="utf-8")


def build(repo: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of the copy, with its own organisatie.yml and diagrams/."""
    return subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(repo / "site")],
                          cwd=repo, env=ENV, capture_output=True, text=True, timeout=300)


def deeplinks(repo: Path) -> list[str]:
    lines = (repo / "deeplinks.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url.lstrip("/") / "index.html").read_text(encoding="utf-8"), "html.parser")


def redirect_target(site: Path, url: str) -> str | None:
    """The site URL the redirect page at `url` goes to; None if `url` is a page."""
    href = redirect_href((site / url.lstrip("/") / "index.html").read_text(encoding="utf-8"))
    return None if href is None else site_url(url, href)


@pytest.mark.slow
def test_renaming_a_page_as_the_guide_says(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    copy_repository(repo)
    before = set(deeplinks(repo))
    rename_as_the_guide_says(repo)
    assert not list((repo / "docs").rglob(OLD))
    for path in [*(repo / "docs").rglob("*.md"), *(repo / "diagrams").glob("*.yml")]:
        assert OLD not in path.read_text(encoding="utf-8"), path

    built = build(repo)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-5000:]
    site = repo / "site"

    # The old URLs are Dutch redirect pages to the new page ...
    new_url = page_url(NEW)
    for old_url in (page_url(OLD), page_url(OLDER)):
        assert redirect_target(site, old_url) == new_url, old_url
        old = page(site, old_url)
        assert old.html["lang"] == "nl" and "verhuisd" in old.get_text()
    # ... and every line of deeplinks.txt (none removed) still resolves, through them.
    assert set(deeplinks(repo)) == before
    for link in deeplinks(repo):
        url, _, anchor = link.partition("#")
        if (to := redirect_target(site, url)) is not None:
            assert redirect_target(site, to) is None, f"{link}: a redirect to a redirect"
            url = to
        if anchor:
            assert page(site, url).find(id=anchor) is not None, f"{link}: {url} has no anchor #{anchor}"

    # The copy's own suite, against its own build.
    suite = subprocess.run([str(BIN / SUITE[0]), *SUITE[1:]], cwd=repo, env=ENV, text=True,
                           capture_output=True, timeout=600)
    assert suite.returncode == 0, suite.stdout[-8000:] + suite.stderr[-2000:]
    assert " passed" in suite.stdout.splitlines()[-1] and "failed" not in suite.stdout.splitlines()[-1]


@pytest.mark.slow
def test_a_redirect_left_at_the_old_name_stops_the_build_with_a_message(tmp_path: Path) -> None:
    """The owner forgets the older redirect (advies-vragen.md: vermoedens.md): a message
    that says what to write, not a Python traceback."""
    repo = tmp_path / "repo"
    copy_repository(repo)
    rename_as_the_guide_says(repo)
    config = repo / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(f"{OLDER}: {NEW}", f"{OLDER}: {OLD}"),
                      encoding="utf-8")
    built = build(repo)
    assert built.returncode != 0
    assert "Traceback" not in built.stderr, built.stderr[-3000:]
    assert f"zet hier de nieuwe naam: '{OLDER}: {NEW}'" in built.stderr, built.stderr[-3000:]
