from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sitepaths import SITE


@pytest.fixture(scope="session", autouse=True)
def built_site() -> None:
    if not (SITE / "index.html").is_file():
        pytest.exit("site/ is not built: run `make test` (it builds first)", returncode=2)


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    """Base URL of the built site served on 127.0.0.1 (a free port)."""
    from tests.server import serve

    with serve(SITE) as url:
        yield url
