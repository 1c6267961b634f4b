"""The organisation's settings (organisatie.yml): read once per build, given to the
templates, and filled into every page's placeholders."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from scripts.messages import BAD_SWITCH, NOT_PUBLISHED, SETTINGS_ERROR, SNIPPET_ERROR
from scripts.national import ALARM, VEILIG_THUIS
from scripts.placeholders import PlaceholderError, fill_placeholders, placeholder_values, placeholders_in_snippets
from scripts.plugins import project_path, project_root
from scripts.settings import Settings, change_warning, example_settings, example_value_warning, review_warning
from scripts.settingsfile import SettingsFileError, read_settings


class Switch(base.BaseConfigOption[bool]):
    """On or off: true or false, or 1 or 0 as `!ENV` gives the Makefile's PROTOCOL_PUBLICEREN;
    off when not set."""

    def run_validation(self, value: object) -> bool:
        if value in (True, 1, "1", "true"):
            return True
        if value in (None, False, 0, "0", "false", ""):
            return False
        raise base.ValidationError(BAD_SWITCH(waarde=value))


class OrganisationConfig(base.Config):
    # The settings file (mkdocs.yml: !ENV PROTOCOL_ORGANISATIE; the tests build others).
    file = c.Type(str, default="organisatie.yml")
    # A site to publish (`make build`, `make dist`): example values stop the build.
    publish = Switch()
    # The snippets the pages quote (pymdownx.snippets): placeholders do not work there.
    includes = c.Type(str, default="includes")


class OrganisationPlugin(BasePlugin[OrganisationConfig]):
    def __init__(self) -> None:
        self.placeholders: dict[str, str] = {}

    @event_priority(100)  # before the other plugins: they read the settings
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        try:
            root = project_root(config)
            settings = read_settings(project_path(root, self.config.file), root)
        except SettingsFileError as err:
            raise PluginError(SETTINGS_ERROR(melding=err)) from err
        examples = example_settings(settings)
        if examples and self.config.publish:
            raise PluginError(NOT_PUBLISHED(lijst=", ".join(examples)))
        # The one settings object: the templates (overrides/) and the other plugins read it.
        config.extra["instellingen"] = settings
        if settings.website:
            # MkDocs then gives the 404 page (served at any depth) the site's real path, and
            # writes every page's address into the sitemap.
            config.site_url = settings.website
        # The emergency line of every page (overrides/main.html): national numbers, not settings.
        config.extra["noodlijn"] = {"alarm": ALARM, "veilig_thuis": VEILIG_THUIS}
        self.placeholders = placeholder_values(settings)
        snippets = project_path(root, self.config.includes)
        problems = placeholders_in_snippets({
            f"{self.config.includes}/{path.relative_to(snippets)}": path.read_text(encoding="utf-8")
            for path in sorted(snippets.rglob("*.md"))
        })
        if problems:
            raise PluginError(SNIPPET_ERROR(melding="\n".join(problems)))
        warn(settings, dt.date.today())
        return config

    @event_priority(-50)  # after the other plugins expanded their markers: those texts have placeholders too
    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: Any) -> str:
        try:
            return fill_placeholders(markdown, self.placeholders, f"docs/{page.file.src_uri}")
        except PlaceholderError as err:
            raise PluginError(str(err)) from err


def warn(settings: Settings, today: dt.date) -> None:
    """Printed, not logged: a passed review date or an example value must never fail a
    strict build, but the person building must see it."""
    for warning in (review_warning(settings, today), change_warning(settings), example_value_warning(settings)):
        if warning:
            print(f"\n{warning}", file=sys.stderr)
