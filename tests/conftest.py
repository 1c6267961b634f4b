from __future__ import annotations

import pytest

from tests.sitepaths import SITE


@pytest.fixture(scope="session", autouse=True)
def built_site() -> None:
    if not (SITE / "index.html").is_file():
        pytest.exit("site/ is not built: run `make test` (it builds first)", returncode=2)
