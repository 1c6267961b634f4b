"""MkDocs hooks: organisation settings and decision flows, generated at every build.

Registered in mkdocs.yml under `hooks:`. Any error stops the build with a message that
names the setting, or the file, line and node; nothing is generated from bad input.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import DuplicateFilter

from scripts.accessibility import MARKER as FACTS_MARKER
from scripts.accessibility import (WCAG_LEVEL, WCAG_VERSION, AxeNotFound, Check, expand_facts, installed_axe_version,
                                   site_pages)
from scripts.changelog import expand_changes
from scripts.deeplinks import MARKER as LINKS_MARKER, PAGE as LINKS_PAGE, DeepLinkError, entries, read_deeplinks, render_links
from scripts.flows.beslishulp import Dossier, render_pages
from scripts.flows.draw import DrawError, Drawer, NoBrowser
from scripts.flows.loader import load_flows
from scripts.flows.markers import MarkerError, diagram_block, drawing_placeholder, expand_diagrams, expand_flow_list
from scripts.flows.mermaid import node_ids, render_mermaid
from scripts.flows.model import Flow, FlowError, FlowProblems, raise_all
from scripts.flows.svg import Inlined, inline_svg, phone_warning, route_classes
from scripts.flows.validate import link_problems, page_problems
from scripts.footer import footer_links
from scripts.keywords import FIELD as KEYWORDS_FIELD, KeywordError, field_line, keywords
from scripts.numbered import MELDCODE_STEPS, MELDNORMEN, NumberedListError, read_numbered
from scripts.national import ALARM, VEILIG_THUIS
from scripts.placeholders import (PlaceholderError, fill_placeholders, placeholder_values, placeholders_in_snippets,
                                  unknown_placeholders)
from scripts.printpage import SCRIPT_FILE as PRINT_SCRIPT, STYLE_FILE as PRINT_STYLE, finish_print_page, mend_anchors
from scripts.redirects import REDIRECT_SCRIPT, dutch_redirect, redirect_problems
from scripts.settings import change_warning, example_settings, example_value_warning, review_warning
from scripts.settingsfile import SettingsFileError, read_settings, settings_path
from scripts.themefix import valid_theme_markup
from scripts.urls import asset_href, output_file, page_href, page_url
from scripts.zakkaart import PAGE as ZAKKAART_PAGE, QUESTIONS_FLOW, render_zakkaart

ROOT = Path(__file__).resolve().parent.parent
# The folder of the flow files (diagrams/); PROTOCOL_DIAGRAMS points elsewhere (the tests
# of failing builds use that).
FLOW_FOLDER = Path(os.environ.get("PROTOCOL_DIAGRAMS", ROOT / "diagrams"))
# Set by `make build` and `make dist`: a site to publish, so example values stop the build.
PUBLISH = os.environ.get("PROTOCOL_PUBLICEREN") == "1"
# Copies of the pinned npm package that the Mermaid loader (mermaid-loader.js) needs.
MERMAID_FILES = ("assets/javascripts/mermaid.min.js", "assets/javascripts/mermaid-esm/mermaid.esm.min.mjs")
_ID = re.compile(r"""\bid=["']([^"']+)["']""")
# The beslishulp's map of the route (scripts/flows/beslishulp.py writes it).
_MAP = re.compile(r'<div class="beslishulp-kaart-tekening" data-kaart="([^"]+)" data-route="([^"]*)" data-hier="([^"]+)"></div>')
_MAP_BLOCK = re.compile(r'<details class="beslishulp-kaart">.*?</details>\n?', re.DOTALL)

# Flows and placeholder values of the current build, made in on_config (each build, so
# `mkdocs serve` sees edits). The settings themselves are config.extra["instellingen"].
_flows: list[Flow] = []
_placeholders: dict[str, str] = {}
_meldnormen: dict[int, str] = {}  # includes/meldnormen.md, for the beslishulp's verslag
_meldcode_steps: dict[int, str] = {}  # includes/meldcode-stappen.md, for the zakkaart
# Mermaid's SVG of each flow (by slug), drawn at build time; empty when there is no
# Chromium and the reader's browser draws the diagrams instead.
_drawings: dict[str, str] = {}
_maps: dict[str, str] = {}  # the same for the beslishulp's map: the flow without links
# Every page this build writes (docs paths) and its day: the accessibility statement's facts.
_pages: list[str] = []
_built_on: list[dt.date] = []
# Drawn diagrams need no Mermaid in the site; their CSS is a stylesheet of its own.
DIAGRAM_CSS = "assets/stylesheets/stroomschema.css"
# The drawn SVGs, by a hash of what made them; PROTOCOL_CACHE points elsewhere (tests).
DRAWING_CACHE = Path(os.environ.get("PROTOCOL_CACHE", ROOT / ".cache")) / "stroomschema"
NODE_MODULES = ROOT / "node_modules"


def keep_repeated_messages() -> None:
    """MkDocs hides a message it printed before in the same `mkdocs serve` session, so a
    mistake made twice showed only "Aborted with a BuildError!". Show it every time."""
    build_log = logging.getLogger("mkdocs.commands.build")
    build_log.filters = [f for f in build_log.filters if not isinstance(f, DuplicateFilter)]


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


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        settings = read_settings(settings_path(ROOT), ROOT)
    except SettingsFileError as err:
        raise PluginError(f"Fout in de organisatie-instellingen: {err}") from err
    examples = example_settings(settings)
    if examples and PUBLISH:
        raise PluginError(
            f"Geen site gemaakt: in organisatie.yml staan nog voorbeeldwaarden bij: {', '.join(examples)}. "
            "Vul de echte gegevens in. Wilt u toch een proefversie? Typ dan `make preview`."
        )
    for mermaid_file in MERMAID_FILES:
        if not (Path(config.docs_dir) / mermaid_file).is_file():
            raise PluginError(
                f"{Path(config.docs_dir) / mermaid_file} ontbreekt: typ `make setup` "
                "(dat installeert Mermaid met npm en zet het in docs/)"
            )
    keep_repeated_messages()
    try:
        _flows[:] = load_flows(FLOW_FOLDER, ROOT)
    except FlowError as err:
        raise flow_error(err) from err
    # The one settings object: the templates read it (overrides/), the hooks use it below.
    config.extra["instellingen"] = settings
    if settings.website:
        # MkDocs then gives the 404 page (served at any depth) the site's real path, and
        # writes every page's address into the sitemap.
        config.site_url = settings.website
    # Printed, not logged: a passed review date or an example value must never fail
    # a strict build, but the person building must see it.
    _built_on[:] = [dt.date.today()]
    for warning in [review_warning(settings, _built_on[0]), change_warning(settings), example_value_warning(settings)]:
        if warning:
            print(f"\n{warning}", file=sys.stderr)
    _placeholders.clear()
    _placeholders.update(placeholder_values(settings))
    snippets = {f"includes/{p.name}": p.read_text(encoding="utf-8") for p in sorted((ROOT / "includes").glob("*.md"))}
    if problems := placeholders_in_snippets(snippets):
        raise PluginError("Fout in een tekst in includes/: " + "\n".join(problems))
    # A typo in a flow's text is named in the flow file, not in the page that shows it.
    try:
        raise_all([
            FlowError(flow.source, f"onbekende plaatshouder '{{{{ {name} }}}}' in 'text' "
                      f"(bekend: {', '.join(sorted(_placeholders))})", node.line, node.id)
            for flow in _flows for node in flow.nodes
            for name in unknown_placeholders(node.text, _placeholders)
        ])
    except (FlowError, FlowProblems) as err:
        raise flow_error(err) from err
    try:
        _meldnormen.clear()
        _meldnormen.update(read_numbered(ROOT, MELDNORMEN))
        _meldcode_steps.clear()
        _meldcode_steps.update(read_numbered(ROOT, MELDCODE_STEPS))
        raise_all([
            FlowError(flow.source, f"meldnorm {node.meldnorm} bestaat niet; kies uit "
                      f"{', '.join(map(str, _meldnormen))} (zie {MELDNORMEN.file})", node.line, node.id)
            for flow in _flows for node in flow.nodes
            if node.meldnorm is not None and node.meldnorm not in _meldnormen
        ])
    except NumberedListError as err:
        raise PluginError(f"Fout in een lijst in includes/: {err}") from err
    except (FlowError, FlowProblems) as err:
        raise flow_error(err) from err
    _drawings.clear()
    _maps.clear()
    try:
        drawn = Drawer(NODE_MODULES, DRAWING_CACHE).draw(
            {svg_id(flow): render_mermaid(flow, lambda node: f"#{node.id}") for flow in _flows}
            | {map_id(flow): render_mermaid(flow, None) for flow in _flows}
        )
    except NoBrowser as err:
        print(f"\nLET OP: {err}", file=sys.stderr)
    except DrawError as err:
        raise PluginError(str(err)) from err
    else:
        _drawings.update({flow.slug: drawn[svg_id(flow)] for flow in _flows})
        _maps.update({flow.slug: drawn[map_id(flow)] for flow in _flows})
        for flow in _flows:  # printed, not logged: a wide diagram still works, but less well
            if warning := phone_warning(flow.source, drawn[svg_id(flow)]):
                print(f"\nLET OP: {warning}", file=sys.stderr)
        if DIAGRAM_CSS not in config.extra_css:
            config.extra_css.append(DIAGRAM_CSS)
    # The emergency line of every page (overrides/main.html): national numbers, not settings.
    config.extra["noodlijn"] = {"alarm": ALARM, "veilig_thuis": VEILIG_THUIS}
    return config


def zakkaart(config: MkDocsConfig) -> str:
    """The zakkaart's page, from the settings, the meldcode's steps and the afwegingskader."""
    flows = {flow.slug: flow for flow in _flows}
    if QUESTIONS_FLOW not in flows:
        raise PluginError(f"diagrams/{QUESTIONS_FLOW}.yml ontbreekt. De zakkaart toont de vragen van dat "
                          "stroomschema. Zet het bestand terug.")
    settings = config.extra["instellingen"]
    return render_zakkaart(_meldcode_steps, flows[QUESTIONS_FLOW], settings.website, config.site_name)


def svg_id(flow: Flow) -> str:
    return f"schema-{flow.slug}-svg"


def map_id(flow: Flow) -> str:
    return f"kaart-{flow.slug}-svg"


def map_for(flow: Flow, route: list[str], here: str) -> Inlined:
    """The beslishulp's map with the route to `here` marked; hidden from screen readers,
    which read the sentence under it instead."""
    ids = node_ids(flow)
    inlined = inline_svg(_maps[flow.slug], {}, {}, route_classes(map_id(flow), [ids[step] for step in route], ids[here]))
    return Inlined(inlined.svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1), inlined.css)


def drawing_for(flow: Flow, page_src: str, use_directory_urls: bool) -> Inlined:
    """The drawn diagram as the page `page_src` shows it: links relative to that page."""
    hrefs = {node.id: page_href(node.link.page, page_src, node.link.anchor, use_directory_urls) for node in flow.nodes}
    return inline_svg(_drawings[flow.slug], hrefs, {node.id: node.label for node in flow.nodes})


def flow_error(err: FlowError | FlowProblems) -> PluginError:
    """One error for the build, naming every problem (one per line when there are several)."""
    joiner = "\n" if isinstance(err, FlowProblems) else " "
    return PluginError(f"Fout in een stroomschema:{joiner}{err}")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    # Pages under not_in_nav (mkdocs.yml) are linked from the footer instead.
    missing = unlisted_pages(
        [file.src_uri for file in files.documentation_pages(inclusion=InclusionLevel.is_in_nav)],
        nav_pages(config.nav or []),
    )
    if missing:
        page = missing[0]
        raise PluginError(
            f"docs/{page} staat niet in het menu. Zet de pagina in mkdocs.yml onder nav:, "
            f"bijvoorbeeld - Mijn pagina: {page}"
        )
    try:
        raise_all([problem for flow in _flows for problem in
                   page_problems(flow, lambda page: files.get_file_from_path(page) is not None)])
    except (FlowError, FlowProblems) as err:
        raise flow_error(err) from err
    for flow in _flows:
        try:
            pages = render_pages(flow, Dossier(config.site_name, _meldnormen))
        except FlowError as err:
            raise flow_error(err) from err
        for src_uri, content in pages.items():
            if files.get_file_from_path(src_uri):
                raise PluginError(f"docs/{src_uri} bestaat al; de beslishulp van {flow.source} maakt die pagina")
            files.append(
                File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
            )
    files.append(File.generated(config, ZAKKAART_PAGE, content=zakkaart(config), inclusion=InclusionLevel.NOT_IN_NAV))
    if _drawings:
        # The diagrams are drawn: the site carries their stylesheet and no Mermaid at all.
        for file in [f for f in files if f.src_uri.startswith("assets/javascripts/mermaid")]:
            files.remove(file)
        css = "".join(drawing_for(flow, "stroomschema.md", config.use_directory_urls).css
                      + map_for(flow, [], flow.start.id).css for flow in _flows)
        files.append(File.generated(config, DIAGRAM_CSS, content=css))
    print_file = getattr(config.plugins.get("print-site"), "print_file", None)
    _pages[:] = site_pages([file.src_uri for file in files.documentation_pages()],
                           print_file.src_uri if print_file is not None else None)

    def url_of(src: str) -> str | None:
        file = files.get_file_from_path(src)
        return file.url if file is not None else None

    config.extra["voetlinks"] = footer_links(url_of)  # overrides/partials/copyright.html
    # After the beslishulp pages exist, so that a redirect to one of them counts.
    redirects = config.plugins.get("redirects")
    if redirects is not None:
        problems = redirect_problems(
            redirects.config["redirect_maps"], lambda src: files.get_file_from_path(src) is not None
        )
        if problems:
            raise PluginError("Fout in mkdocs.yml, onder redirect_maps: " + "\n".join(problems))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: Any) -> str:
    src = page.file.src_uri
    source = f"docs/{src}"
    flows = {flow.slug: flow for flow in _flows}
    try:
        # Material's search indexes a page's tags (weighted above title and text). There
        # is no tags plugin, so the page does not show them; on_post_page removes them
        # again so that /print/ (which would print them) never sees them.
        where = f"{source}:{field_line(page.file.content_string)}" if KEYWORDS_FIELD in page.meta else source
        if words := keywords(page.meta, where):
            page.meta["tags"] = words
        markdown = expand_diagrams(
            markdown, flows, source,
            lambda flow: diagram_block(flow, src, config.use_directory_urls, drawn=flow.slug in _drawings),
        )
        markdown = expand_flow_list(markdown, _flows, source, src)
        markdown = expand_changes(markdown, config.extra["instellingen"].wijzigingen)
        if FACTS_MARKER.search(markdown):
            check = Check(WCAG_VERSION, WCAG_LEVEL, installed_axe_version(), _built_on[0], tuple(_pages))
            markdown = expand_facts(markdown, check, src, config.use_directory_urls)
        return fill_placeholders(markdown, _placeholders, source)
    except (KeywordError, MarkerError, PlaceholderError, AxeNotFound) as err:
        raise PluginError(str(err)) from err


@event_priority(100)  # before print-site copies the page into /print/
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put each drawn diagram where its placeholder is."""
    for flow in _flows:
        placeholder = drawing_placeholder(flow)
        if flow.slug in _drawings and placeholder in html:
            svg = drawing_for(flow, page.file.src_uri, config.use_directory_urls).svg
            html = html.replace(placeholder, f'<div class="stroomschema-tekening">{svg}</div>')
    if not _maps:
        return _MAP_BLOCK.sub("", html)  # no map without a drawing; the answers are on the page
    flows = {flow.slug: flow for flow in _flows}
    return _MAP.sub(lambda found: map_for(flows[found[1]], found[2].split(), found[3]).svg, html)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """The search index has the page's keywords now: take them off the page again.
    The theme's markup becomes valid HTML."""
    if KEYWORDS_FIELD in page.meta:
        page.meta.pop("tags", None)
    return valid_theme_markup(output)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The theme's own pages (404.html) get the same valid markup as the others."""
    return valid_theme_markup(output_content) if template_name.endswith(".html") else output_content


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    """`make serve`: a broken rebuild must not leave the browser waiting for ever.

    MkDocs' server holds every page request until a rebuild succeeds ("the server will
    appear stuck"). Instead, after the error (printed above it, every time) the browser
    gets the last good site again, as BEHEER.md promises."""
    rebuild = server.builder

    def build_or_keep_the_last_site() -> None:
        try:
            rebuild()
        except Exception:  # noqa: BLE001 - every build error is already printed by MkDocs
            print(
                "\nDe website is niet opnieuw gebouwd (zie de fout hierboven). De browser laat de "
                "vorige versie zien. Herstel de fout en sla het bestand opnieuw op.\n",
                file=sys.stderr,
            )

    server.builder = build_or_keep_the_last_site
    if not FLOW_FOLDER.is_relative_to(ROOT):
        server.watch(str(FLOW_FOLDER))  # flows kept elsewhere (PROTOCOL_DIAGRAMS) are watched too
    return server


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    """All pages are rendered now: check every flow link's anchor before anything is written."""

    @functools.cache
    def anchors_of(src: str) -> frozenset[str] | None:
        file = files.get_file_from_path(src)
        if file is None or file.page is None or file.page.content is None:
            return None
        return frozenset(_ID.findall(file.page.content))

    try:
        raise_all([problem for flow in _flows for problem in link_problems(flow, anchors_of)])
    except (FlowError, FlowProblems) as err:
        raise flow_error(err) from err
    fill_link_list(files, config)
    return env


def fill_link_list(files: Files, config: MkDocsConfig) -> None:
    """/links/: every deep link of deeplinks.txt with its section's title and first sentence,
    from the rendered pages (a renamed page counts by its redirect)."""
    links_file = files.get_file_from_path(LINKS_PAGE)
    if links_file is None or links_file.page is None or LINKS_MARKER not in (links_file.page.content or ""):
        return
    pages = {page_url(file.src_uri): file.page for file in files.documentation_pages() if file.page is not None}
    redirects = config.plugins.get("redirects")
    for old, new in (redirects.config["redirect_maps"].items() if redirects is not None else []):
        if page_url(new) in pages:
            pages[page_url(old)] = pages[page_url(new)]
    try:
        found = entries(
            read_deeplinks(ROOT),
            lambda url: pages[url].content if url in pages else None,
            lambda link: page_href(pages[link.page].file.src_uri, LINKS_PAGE, link.anchor, config.use_directory_urls),
        )
    except DeepLinkError as err:
        raise PluginError(f"Fout in de lijst met links: {err}") from err
    settings = config.extra["instellingen"]
    links_file.page.content = links_file.page.content.replace(LINKS_MARKER, render_links(found, settings.website))


@event_priority(-100)
def on_post_build(config: MkDocsConfig) -> None:
    """After the plugins wrote their own pages: finish those pages like the rest of the site."""
    redirects = config.plugins.get("redirects")
    if redirects is not None:
        for old in redirects.config["redirect_maps"]:
            path = Path(config.site_dir) / output_file(old, config.use_directory_urls)
            script = asset_href(REDIRECT_SCRIPT, old, config.use_directory_urls)
            path.write_text(dutch_redirect(path.read_text(encoding="utf-8"), script), encoding="utf-8")
    print_site = config.plugins.get("print-site")
    if print_site is None:
        return
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
