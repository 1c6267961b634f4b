from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from hypothesis.configuration import set_hypothesis_home_dir

from tests.sitepaths import OUTPUT, SITE

# Property tests: the same examples on every run (a failure is reproducible), no example
# database, and Hypothesis' own cache in the test output folder, not in the work tree.
hypothesis_settings.register_profile("protocol", database=None, derandomize=True)
hypothesis_settings.load_profile("protocol")
set_hypothesis_home_dir(str(OUTPUT / "hypothesis"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`make test` runs the suite in two processes (pytest-xdist, `--dist loadgroup`): a
    module's tests stay in one process, so its fixtures (a server, a browser walk) run once,
    and the tests of a build made once for several (SHARED_BUILDS) share its process."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        group = next((name for name in SHARED_BUILDS if name in fixtures), item.nodeid.split("::")[0])
        item.add_marker(pytest.mark.xdist_group(group))


# The session fixtures that make a build of their own (tests/site/conftest.py: variant_site).
SHARED_BUILDS = ("offline_bundle", "variant_site")


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

    # A preview bundle: the suite also runs with the shipped example values. Built and
    # zipped in a temporary folder, as `make dist` does it, but not into the work tree.
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        ["sh", "-c", 'umask 077 && exec make dist "OFFLINE_SITE_DIR=$1" "DIST_DIR=$2"', "sh",
         str(out / "site-offline"), str(out / "dist")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, env={**os.environ, "PROTOCOL_PUBLICEREN": "0"},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    name = bundle_name(settings())
    target = tmp_path_factory.mktemp("bundle")
    shutil.copy(out / "dist" / f"{name}.zip", target / ZIP)
    with zipfile.ZipFile(target / ZIP) as zf:
        zf.extractall(target)
    return target / name


ZIP = "bundle.zip"  # the zip of `offline_bundle`, in the folder above the unpacked bundle


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say where the reports for people are (screenshots, readability, the PDF)."""
    if OUTPUT.is_dir():
        terminalreporter.write_line(f"Rapporten van de tests (schermafdrukken, leesbaarheid, PDF): {OUTPUT}")
