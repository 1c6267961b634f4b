"""MkDocs hooks: validate organisation settings and fill them into every page.

Registered in mkdocs.yml under `hooks:`. Any error stops the build with a message
that names the setting, or the file and line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# MkDocs puts only this file's folder on sys.path; the hooks import the
# `scripts` package, so the repository root must be importable too.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from scripts.placeholders import PlaceholderError, fill_placeholders, placeholder_values
from scripts.settings import SettingsError, dutch_date, load_settings

MERMAID_JS = "assets/javascripts/mermaid.min.js"


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        settings = load_settings(config.extra)
    except SettingsError as err:
        raise PluginError(f"Fout in de organisatie-instellingen (mkdocs.yml): {err}") from err
    if not (Path(config.docs_dir) / MERMAID_JS).is_file():
        raise PluginError(
            f"{Path(config.docs_dir) / MERMAID_JS} ontbreekt: run `make setup` "
            "(installs Mermaid from npm and copies it into docs/)"
        )
    config.extra["instellingen"] = settings
    config.extra["datum"] = {
        "vastgesteld_op": dutch_date(settings.vastgesteld_op),
        "volgende_herziening": dutch_date(settings.volgende_herziening),
    }
    config.extra["plaatshouders"] = placeholder_values(settings)
    return config


def on_page_markdown(
    markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: Any
) -> str:
    try:
        return fill_placeholders(
            markdown, config.extra["plaatshouders"], f"docs/{page.file.src_uri}"
        )
    except PlaceholderError as err:
        raise PluginError(str(err)) from err
