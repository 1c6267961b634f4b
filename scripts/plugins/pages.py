"""The pages themselves: every page in the menu, search keywords, the tables and lists
the build writes into pages (change history, accessibility facts, deep links), the
footer's links and the redirects of renamed pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

from scripts.accessibility import MARKER as FACTS_MARKER
from scripts.accessibility import (
    WCAG_LEVEL,
    WCAG_VERSION,
    AxeNotFound,
    Check,
    expand_facts,
    installed_axe_version,
    site_pages,
)
from scripts.changelog import expand_changes
from scripts.deeplinks import MARKER as LINKS_MARKER
from scripts.deeplinks import PAGE as LINKS_PAGE
from scripts.deeplinks import DeepLinkError, entries, read_deeplinks, render_links
from scripts.footer import footer_links
from scripts.keywords import FIELD as KEYWORDS_FIELD
from scripts.keywords import KeywordError, field_line, keywords
from scripts.messages import DEEPLINKS_ERROR, PAGE_NOT_IN_MENU, REDIRECTS_ERROR
from scripts.pagemarkers import UnknownMarker, check_markers
from scripts.plugins import NoOptions, project_root
from scripts.redirects import redirect_problems
from scripts.urls import page_href, page_url


class PagesPlugin(BasePlugin[NoOptions]):
    def __init__(self) -> None:
        # Every page this build writes (docs paths) and its day: the accessibility statement's facts.
        self.pages: tuple[str, ...] = ()
        self.built_on = dt.date.today()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.built_on = dt.date.today()
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """After the flows plugin wrote the beslishulp's pages: those count too."""
        # Pages under not_in_nav (mkdocs.yml) are linked from the footer instead.
        missing = unlisted_pages(
            [file.src_uri for file in files.documentation_pages(inclusion=InclusionLevel.is_in_nav)],
            nav_pages(config.nav or []),
        )
        if missing:
            raise PluginError(PAGE_NOT_IN_MENU(pad=missing[0]))
        print_file = getattr(config.plugins.get("print-site"), "print_file", None)
        self.pages = site_pages([file.src_uri for file in files.documentation_pages()],
                                print_file.src_uri if print_file is not None else None)

        def url_of(src: str) -> str | None:
            file = files.get_file_from_path(src)
            return file.url if file is not None else None

        config.extra["voetlinks"] = footer_links(url_of)  # overrides/partials/copyright.html
        redirects = config.plugins.get("redirects")
        if redirects is not None:
            problems = redirect_problems(
                redirects.config["redirect_maps"], lambda src: files.get_file_from_path(src) is not None
            )
            if problems:
                raise PluginError(REDIRECTS_ERROR(meldingen="\n".join(problems)))
        return files

    @event_priority(50)  # before the other plugins fill in their markers
    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: Any) -> str:
        src = page.file.src_uri
        source = f"docs/{src}"
        try:
            check_markers(markdown, source)
            # Material's search indexes a page's tags (weighted above title and text). There
            # is no tags plugin, so the page does not show them; on_post_page removes them
            # again so that /print/ (which would print them) never sees them.
            if KEYWORDS_FIELD in page.meta and (
                words := keywords(page.meta, source, field_line(page.file.content_string))
            ):
                page.meta["tags"] = words
            markdown = expand_changes(markdown, config.extra["instellingen"].wijzigingen)
            if FACTS_MARKER.search(markdown):
                check = Check(WCAG_VERSION, WCAG_LEVEL, installed_axe_version(), self.built_on, self.pages)
                markdown = expand_facts(markdown, check, src, config.use_directory_urls)
            return markdown
        except (UnknownMarker, KeywordError, AxeNotFound) as err:
            raise PluginError(str(err)) from err

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """The search index has the page's keywords now: take them off the page again."""
        if KEYWORDS_FIELD in page.meta:
            page.meta.pop("tags", None)
        return output

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """All pages are rendered now: /links/ gets its list."""
        fill_link_list(files, config)
        return env


def nav_pages(nav: list[Any]) -> set[str]:
    """Every docs page named in mkdocs.yml's nav (nested sections included)."""
    found: set[str] = set()
    for entry in nav:
        values = entry.values() if isinstance(entry, dict) else [entry]
        for value in values:
            if isinstance(value, list):
                found |= nav_pages(value)
            elif isinstance(value, str) and value.endswith(".md"):
                found.add(value)
    return found


def unlisted_pages(pages: list[str], in_nav: set[str]) -> list[str]:
    """The docs pages that are not in the menu, sorted."""
    return sorted(page for page in pages if page not in in_nav)


def fill_link_list(files: Files, config: MkDocsConfig) -> None:
    """/links/: every deep link of deeplinks.txt with its section's title and first sentence,
    from the rendered pages (a renamed page counts by its redirect)."""
    links_file = files.get_file_from_path(LINKS_PAGE)
    content = links_file.page.content if links_file is not None and links_file.page is not None else None
    if links_file is None or links_file.page is None or content is None or LINKS_MARKER not in content:
        return
    pages = {page_url(file.src_uri): file.page for file in files.documentation_pages() if file.page is not None}
    redirects = config.plugins.get("redirects")
    for old, new in (redirects.config["redirect_maps"].items() if redirects is not None else []):
        if page_url(new) in pages:
            pages[page_url(old)] = pages[page_url(new)]
    try:
        found = entries(
            read_deeplinks(project_root(config)),
            lambda url: pages[url].content if url in pages else None,
            lambda link: page_href(pages[link.page].file.src_uri, LINKS_PAGE, link.anchor, config.use_directory_urls),
        )
    except DeepLinkError as err:
        raise PluginError(DEEPLINKS_ERROR(meldingen=err)) from err
    settings = config.extra["instellingen"]
    links_file.page.content = content.replace(LINKS_MARKER, render_links(found, settings.website))
