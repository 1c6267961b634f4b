"""The project's MkDocs plugins (scripts/plugins/), their events called in process on the
real configuration: the failure paths a content owner meets, without a build each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.base import ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page

from scripts.plugins.organisation import Switch
from scripts.settings import SETTINGS_FILE
from tests.sitepaths import ROOT
from tests.unit.test_settings import SECOND, TEMPLATE, line_of


@pytest.fixture
def config(monkeypatch: pytest.MonkeyPatch) -> Iterator[MkDocsConfig]:
    """mkdocs.yml as the build loads it (the plugins made, none of their events run yet)."""
    for name in ("PROTOCOL_ORGANISATIE", "PROTOCOL_PUBLICEREN", "PROTOCOL_DIAGRAMS", "PROTOCOL_CACHE"):
        monkeypatch.delenv(name, raising=False)
    yield load_config(str(ROOT / "mkdocs.yml"))


@pytest.mark.parametrize(("value", "on"), [(None, False), ("0", False), (0, False), (False, False), ("false", False),
                                           ("1", True), (1, True), (True, True), ("true", True)])
def test_publish_reads_what_the_makefile_and_env_give(value: object, on: bool) -> None:
    assert Switch().validate(value) is on


def test_publish_refuses_anything_else() -> None:
    with pytest.raises(ValidationError, match="verwacht true of false"):
        Switch().validate("ja")


def test_a_bad_setting_stops_the_build_with_its_file_and_line(config: MkDocsConfig, tmp_path: Path) -> None:
    text = SECOND.read_text(encoding="utf-8").replace("06-12345678", "0800-20")
    path = tmp_path / SETTINGS_FILE
    path.write_text(text, encoding="utf-8")
    plugin = config.plugins["protocol-settings"]
    plugin.config.file = str(path)
    with pytest.raises(PluginError) as err:
        plugin.on_config(config)
    assert (f"Fout in de organisatie-instellingen: {path}:{line_of(text, 'telefoon')}: "
            "aandachtsfunctionaris.telefoon: '0800-20' is geen geldig") in str(err.value)


def test_publishing_refuses_the_example_values(config: MkDocsConfig) -> None:
    plugin = config.plugins["protocol-settings"]
    plugin.config.file, plugin.config.publish = str(TEMPLATE), True
    with pytest.raises(PluginError) as err:
        plugin.on_config(config)
    assert str(err.value).startswith("Geen site gemaakt: in organisatie.yml staan nog voorbeeldwaarden bij: naam,")
    assert "make preview" in str(err.value)
    plugin.config.publish = False
    plugin.on_config(config)  # a preview builds
    assert config.extra["instellingen"].organisatie


def test_a_page_missing_from_the_menu_is_named_in_dutch(config: MkDocsConfig) -> None:
    config.nav = [entry for entry in config.nav if "contact.md" not in entry.values()]
    with pytest.raises(PluginError) as err:
        config.plugins["protocol-pages"].on_files(get_files(config), config=config)
    assert str(err.value) == ("docs/contact.md staat niet in het menu. Zet de pagina in mkdocs.yml onder nav:, "
                              "bijvoorbeeld - Mijn pagina: contact.md")


def test_an_unknown_marker_stops_the_build_in_the_page(config: MkDocsConfig) -> None:
    files = get_files(config)
    page_file = files.get_file_from_path("over.md")
    page = Page(None, page_file, config)
    with pytest.raises(PluginError, match=r"^docs/over\.md:2: de regel '<!-- wijzigingenn' kent de computer niet"):
        config.plugins["protocol-pages"].on_page_markdown("# Over\n<!-- wijzigingenn -->\n", page=page,
                                                         config=config, files=files)


def test_a_placeholder_in_a_snippet_stops_the_build_with_its_file_and_line(config: MkDocsConfig, tmp_path: Path) -> None:
    """The pages quote includes/ after their placeholders are filled: one there would show as typed."""
    (tmp_path / "includes").mkdir()
    (tmp_path / "includes" / "x.md").write_text("Bel.\nBel {{ aandachtsfunctionaris.naam }}.\n", encoding="utf-8")
    plugin = config.plugins["protocol-settings"]
    plugin.config.file, plugin.config.includes = str(SECOND), str(tmp_path / "includes")
    with pytest.raises(PluginError) as err:
        plugin.on_config(config)
    assert str(err.value) == (
        f"Fout in een tekst in includes/: {tmp_path / 'includes'}/x.md:2: plaatshouders werken niet in includes/ "
        "('{{ aandachtsfunctionaris.naam }}'). Schrijf de tekst zonder plaatshouder, of zet hem in de pagina zelf")
