"""Every link and anchor of the built site and of the offline bundle resolves
(tests/linkcheck.py reads every file once; the checker's own test: tests/unit/test_linkcheck.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linkcheck import faults, read_site
from tests.sitepaths import SITE, settings


def test_every_link_and_anchor_resolves() -> None:
    files = read_site(SITE)
    found, checked = faults(files, website=settings().website)
    assert not found, "\n".join(map(str, found))
    # Every page was read: each links to at least the start page and a stylesheet.
    assert checked > 2 * sum(name.endswith(".html") for name in files)


@pytest.mark.slow
def test_every_link_and_anchor_of_the_offline_bundle_resolves_from_the_disk(offline_bundle: Path) -> None:
    files = read_site(offline_bundle)
    found, checked = faults(files, server=False, website=settings().website)
    assert not found, "\n".join(map(str, found))
    assert checked > 2 * sum(name.endswith(".html") for name in files)
