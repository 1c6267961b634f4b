"""Finishing: Material's markup made valid HTML, the pages other plugins write (redirects,
/print/) finished like the rest of the site, and `make serve` that survives a mistake."""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.pages import Page
from mkdocs.utils import DuplicateFilter

from scripts.messages import NOT_REBUILT
from scripts.plugins import NoOptions
from scripts.printpage import SCRIPT_FILE as PRINT_SCRIPT
from scripts.printpage import STYLE_FILE as PRINT_STYLE
from scripts.printpage import finish_print_page, mend_anchors
from scripts.redirects import REDIRECT_SCRIPT, dutch_redirect
from scripts.themefix import valid_theme_markup
from scripts.urls import asset_href, output_file, page_href


class FinishPlugin(BasePlugin[NoOptions]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        keep_repeated_messages()
        one_template_environment(config)
        return config

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        return valid_theme_markup(output)

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        """The theme's own pages (404.html) get the same valid markup as the others."""
        return valid_theme_markup(output_content) if template_name.endswith(".html") else output_content

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        """`make serve`: a broken rebuild must not leave the browser waiting for ever.

        MkDocs' server holds every page request until a rebuild succeeds ("the server will
        appear stuck"). Instead, after the error (printed above it, every time) the browser
        gets the last good site again, as BEHEER.md promises."""
        rebuild = server.builder

        def build_or_keep_the_last_site() -> None:
            try:
                rebuild()
            except Exception:  # noqa: BLE001 - every build error is already printed by MkDocs
                print(f"\n{NOT_REBUILT()}\n", file=sys.stderr)

        server.builder = build_or_keep_the_last_site
        return server

    @event_priority(-100)
    def on_post_build(self, config: MkDocsConfig) -> None:
        """After the other plugins wrote their own pages: finish those pages like the rest."""
        redirects = config.plugins.get("redirects")
        if redirects is not None:
            for old in redirects.config["redirect_maps"]:
                path = Path(config.site_dir) / output_file(old, config.use_directory_urls)
                script = asset_href(REDIRECT_SCRIPT, old, config.use_directory_urls)
                path.write_text(dutch_redirect(path.read_text(encoding="utf-8"), script), encoding="utf-8")
        print_site = config.plugins.get("print-site")
        if print_site is not None:
            finish_print(print_site, config)


def one_template_environment(config: MkDocsConfig) -> None:
    """One Jinja environment for the whole build: MkDocs makes one for the pages, and
    print-site asks the theme for another for /print/, in which every template of the
    theme was compiled again (a third of what this site's build adds to a plain one).
    Both now get the first, which the plugins' `on_env` have finished."""
    config.theme.get_env = functools.cache(config.theme.get_env)  # type: ignore[method-assign]


def keep_repeated_messages() -> None:
    """MkDocs hides a message it printed before in the same `mkdocs serve` session, so a
    mistake made twice showed only "Aborted with a BuildError!". Show it every time."""
    build_log = logging.getLogger("mkdocs.commands.build")
    build_log.filters = [f for f in build_log.filters if not isinstance(f, DuplicateFilter)]


def finish_print(print_site: Any, config: MkDocsConfig) -> None:
    """/print/, written by print-site after the page events: its script and style as files
    of their own, anchors to pages it leaves out mended, and mermaid2's script added."""
    page = print_site.print_page
    path = Path(page.file.abs_dest_path)
    src = page.file.src_uri
    finished = finish_print_page(
        path.read_text(encoding="utf-8"), asset_href(".", src, config.use_directory_urls),
        asset_href(PRINT_SCRIPT, src, config.use_directory_urls), asset_href(PRINT_STYLE, src, config.use_directory_urls),
    )
    for name, content in ((PRINT_SCRIPT, finished.script), (PRINT_STYLE, finished.style)):
        written = Path(config.site_dir) / name
        written.parent.mkdir(parents=True, exist_ok=True)
        written.write_text(content, encoding="utf-8")

    def unprinted_page(name: str) -> str | None:
        """`zakkaart` -> zakkaart.md; `beslishulp-route-bij-zorgen` -> beslishulp/route-bij-zorgen/index.md."""
        parts = name.split("-")
        for cut in range(len(parts)):
            path = "/".join([*parts[:cut], "-".join(parts[cut:])])
            for docs_path in (f"{path}.md", f"{path}/index.md"):
                if (Path(config.site_dir) / output_file(docs_path, config.use_directory_urls)).is_file():
                    return page_href(docs_path, src, "", config.use_directory_urls)
        return None

    html = valid_theme_markup(mend_anchors(finished.html, unprinted_page))
    mermaid = config.plugins.get("mermaid2")
    if mermaid is not None:
        # print-site writes /print/ after the page events, so mermaid2 never saw it:
        # let mermaid2 add its (local) script to the print page as it does for others.
        html = mermaid.on_post_page(html, config=config, page=page)
    path.write_text(html, encoding="utf-8")
