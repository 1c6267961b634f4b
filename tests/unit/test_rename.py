"""The redirects of renamed pages (mkdocs.yml, plugins.redirects.redirect_maps), as
scripts/redirects.py checks them."""

from __future__ import annotations

import pytest

from scripts.redirects import redirect_problems
from tests.sitepaths import ROOT, mkdocs_config


def test_the_redirects_of_mkdocs_yml_go_straight_to_a_page() -> None:
    maps = mkdocs_config()["plugins"]["redirects"]["redirect_maps"]
    assert redirect_problems(maps, lambda src: (ROOT / "docs" / src).is_file()) == []


@pytest.mark.parametrize(("maps", "problem"), [
    ({"advies-vragen.md": "vermoedens.md", "vermoedens.md": "nieuw.md"},
     "advies-vragen.md: vermoedens.md is zelf een oude naam onder redirect_maps; "
     "zet hier de nieuwe naam: 'advies-vragen.md: nieuw.md'"),
    ({"a.md": "b.md", "b.md": "a.md"}, "a.md: b.md is zelf een oude naam onder redirect_maps; verbeter de regels"),
    ({"oud.md": "weg.md"}, "oud.md: de nieuwe pagina weg.md bestaat niet in docs/"),
    ({"nieuw.md": "melden.md"},
     "nieuw.md: deze pagina bestaat in docs/, maar staat ook als oude naam onder redirect_maps. "
     "Kies een andere nieuwe naam voor de pagina, of haal de regel 'nieuw.md: melden.md' weg"),
])
def test_a_wrong_redirect_is_named(maps: dict[str, str], problem: str) -> None:
    pages = {"nieuw.md", "melden.md"}
    assert problem in redirect_problems(maps, pages.__contains__)


def test_good_redirects_have_no_problems() -> None:
    maps = {"advies-vragen.md": "nieuw.md", "vermoedens.md": "nieuw.md#advies", "x.md": "https://example.org/"}
    assert redirect_problems(maps, {"nieuw.md"}.__contains__) == []
