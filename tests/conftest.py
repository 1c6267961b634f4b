from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from hypothesis.configuration import set_hypothesis_home_dir

from tests.shared import made_once
from tests.sitepaths import OUTPUT, SITE

# Property tests: the same examples on every run (a failure is reproducible), no example
# database, and Hypothesis' own cache in the test output folder, not in the work tree.
hypothesis_settings.register_profile("protocol", database=None, derandomize=True)
hypothesis_settings.load_profile("protocol")
set_hypothesis_home_dir(str(OUTPUT / "hypothesis"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files with slow tests (a build or a whole copy of their own) first, each file's
    tests kept together and in order: `make test` hands whole files to its two processes
    in this order (--no-loadscope-reorder), so the longest start early and the two
    processes end together instead of one waiting for the last long file of the other."""
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow)


@pytest.fixture(scope="session")
def built_site() -> None:
    """The site and browser layers read the built site (tests/site/ and tests/browser/
    use this for every test); the unit layer (tests/unit/) needs none."""
    if not (SITE / "index.html").is_file():
        pytest.exit(f"{SITE} is not built: run `make test` (it builds first)", returncode=2)


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    """Base URL of the built site served on 127.0.0.1 (a free port)."""
    from tests.server import serve

    with serve(SITE) as url:
        yield url


@pytest.fixture(scope="session")
def offline_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make dist` once, under umask 077 (a builder who keeps files private); the folder of
    the unzipped bundle, as an administrator unpacks it. The zip lies next to it (ZIP)."""
    import os
    import shutil
    import subprocess
    import zipfile

    from scripts.bundle import bundle_name
    from tests.sitepaths import ROOT, settings

    def make(out: Path) -> None:
        # A preview bundle: the suite also runs with the shipped example values. Built and
        # zipped in a temporary folder, as `make dist` does it, but not into the work tree.
        result = subprocess.run(
            ["sh", "-c", 'umask 077 && exec make dist "OFFLINE_SITE_DIR=$1" "DIST_DIR=$2"', "sh",
             str(out / "site-offline"), str(out / "dist")],
            cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, "PROTOCOL_PUBLICEREN": "0"},
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        name = bundle_name(settings())
        shutil.copy(out / "dist" / f"{name}.zip", out / ZIP)
        with zipfile.ZipFile(out / ZIP) as zf:
            zf.extractall(out)

    return made_once(tmp_path_factory, "offline-bundle", make) / bundle_name(settings())


ZIP = "bundle.zip"  # the zip of `offline_bundle`, in the folder above the unpacked bundle


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say where the reports for people are (screenshots, readability, the PDF)."""
    if OUTPUT.is_dir():
        terminalreporter.write_line(f"Rapporten van de tests (schermafdrukken, leesbaarheid, PDF): {OUTPUT}")
