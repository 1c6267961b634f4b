"""The site layer: tests of the built site (site/, or $PROTOCOL_SITE) and of real builds."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _needs_the_built_site(built_site: None) -> None:
    """Every test here reads the built site: stop at once with a message when there is none."""
