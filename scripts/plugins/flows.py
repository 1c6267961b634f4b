"""The decision flows (diagrams/*.yml): checked, drawn at build time, shown on the pages
that name them, and written out as the beslishulp's pages and the zakkaart."""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from scripts.flows.beslishulp import MAP_PLACEHOLDER, Dossier, folder, render_pages, steps
from scripts.flows.check import Known, checked_flows
from scripts.flows.draw import Drawer, DrawError, NoBrowser
from scripts.flows.markers import MarkerError, diagram_block, drawing_placeholder, expand_diagrams, expand_flow_list
from scripts.flows.mermaid import node_ids, render_mermaid
from scripts.flows.model import Flow, FlowError, FlowProblems, raise_all
from scripts.flows.svg import Inlined, inline_svg, phone_warning, route_classes
from scripts.flows.validate import link_problems, page_problems
from scripts.messages import (
    BESLISHULP_PAGE_EXISTS,
    FLOW_ERROR,
    FLOW_ERRORS,
    LIST_ERROR,
    MERMAID_MISSING,
    ZAKKAART_NO_QUESTIONS,
)
from scripts.numbered import MELDCODE_STEPS, MELDNORMEN, NumberedListError, read_numbered
from scripts.placeholders import placeholder_names
from scripts.plugins import project_path, project_root
from scripts.urls import page_href
from scripts.zakkaart import PAGE as ZAKKAART_PAGE
from scripts.zakkaart import QUESTIONS_FLOW, render_zakkaart

# Copies of the pinned npm package that the Mermaid loader (mermaid-loader.js) needs.
MERMAID_FILES = ("assets/javascripts/mermaid.min.js", "assets/javascripts/mermaid-esm/mermaid.esm.min.mjs")
# Drawn diagrams need no Mermaid in the site; their CSS is a stylesheet of its own.
DIAGRAM_CSS = "assets/stylesheets/stroomschema.css"
_ID = re.compile(r"""\bid=["']([^"']+)["']""")
_MAP_BLOCK = re.compile(r'<details class="beslishulp-kaart">.*?</details>\n?', re.DOTALL)


class FlowsConfig(base.Config):
    # The folder of the flow files (mkdocs.yml: !ENV PROTOCOL_DIAGRAMS; the tests use copies).
    folder = c.Type(str, default="diagrams")
    # Where the drawn SVGs are kept, by a hash of what made them (!ENV PROTOCOL_CACHE).
    cache = c.Type(str, default=".cache")


class FlowsPlugin(BasePlugin[FlowsConfig]):
    def __init__(self) -> None:
        self.flows: list[Flow] = []
        self.meldnormen: dict[int, str] = {}  # includes/meldnormen.md, for the verslag
        self.meldcode_steps: dict[int, str] = {}  # includes/meldcode-stappen.md, for the zakkaart
        # Mermaid's SVG of each flow and of its map (by slug), drawn at build time; empty
        # when there is no Chromium and the reader's browser draws the diagrams instead.
        self.drawings: dict[str, str] = {}
        self.maps: dict[str, str] = {}
        # Each beslishulp page (docs path) -> its flow, the route before it and its node.
        self.routes: dict[str, tuple[Flow, list[str], str]] = {}
        self.root = Path(".")  # the project folder (on_config)

    @event_priority(100)
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = root = project_root(config)
        for mermaid_file in MERMAID_FILES:
            if not (Path(config.docs_dir) / mermaid_file).is_file():
                raise PluginError(MERMAID_MISSING(pad=Path(config.docs_dir) / mermaid_file))
        try:
            self.meldnormen = read_numbered(root, MELDNORMEN)
            self.meldcode_steps = read_numbered(root, MELDCODE_STEPS)
        except NumberedListError as err:
            raise PluginError(LIST_ERROR(melding=err)) from err
        try:
            self.flows = checked_flows(project_path(root, self.config.folder), root,
                                       Known(placeholder_names(), self.meldnormen))
        except (FlowError, FlowProblems) as err:
            raise flow_error(err) from err
        self.draw(config)
        return config

    def draw(self, config: MkDocsConfig) -> None:
        """Every diagram and map, drawn in Chromium (or kept from the cache)."""
        self.drawings, self.maps = {}, {}
        try:
            drawn = Drawer(self.root / "node_modules", project_path(self.root, self.config.cache) / "stroomschema").draw(
                {svg_id(flow): render_mermaid(flow, lambda node: f"#{node.id}") for flow in self.flows}
                | {map_id(flow): render_mermaid(flow, None) for flow in self.flows}
            )
        except NoBrowser as err:
            print(f"\n{err}", file=sys.stderr)
            return
        except DrawError as err:
            raise PluginError(str(err)) from err
        self.drawings = {flow.slug: drawn[svg_id(flow)] for flow in self.flows}
        self.maps = {flow.slug: drawn[map_id(flow)] for flow in self.flows}
        for flow in self.flows:  # printed, not logged: a wide diagram still works, but less well
            if warning := phone_warning(flow.source, drawn[svg_id(flow)]):
                print(f"\n{warning}", file=sys.stderr)
        if DIAGRAM_CSS not in config.extra_css:
            config.extra_css.append(DIAGRAM_CSS)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        try:
            raise_all([problem for flow in self.flows for problem in
                       page_problems(flow, lambda page: files.get_file_from_path(page) is not None)])
            for flow in self.flows:
                for src_uri, content in render_pages(flow, Dossier(config.site_name, self.meldnormen)).items():
                    if files.get_file_from_path(src_uri):
                        raise PluginError(BESLISHULP_PAGE_EXISTS(pad=src_uri, bestand=flow.source))
                    files.append(File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
        except (FlowError, FlowProblems) as err:
            raise flow_error(err) from err
        self.routes = {f"{folder(flow)}/{step.page}": (flow, step.route, step.node.id)
                       for flow in self.flows for step in steps(flow)}
        files.append(File.generated(config, ZAKKAART_PAGE, content=self.zakkaart(config), inclusion=InclusionLevel.NOT_IN_NAV))
        if self.drawings:
            # The diagrams are drawn: the site carries their stylesheet and no Mermaid at all.
            for file in [f for f in files if f.src_uri.startswith("assets/javascripts/mermaid")]:
                files.remove(file)
            css = "".join(self.drawing_for(flow, "stroomschema.md", config.use_directory_urls).css
                          + self.map_for(flow, [], flow.start.id).css for flow in self.flows)
            files.append(File.generated(config, DIAGRAM_CSS, content=css))
        return files

    def zakkaart(self, config: MkDocsConfig) -> str:
        """The zakkaart's page, from the settings, the meldcode's steps and the afwegingskader."""
        flows = {flow.slug: flow for flow in self.flows}
        if QUESTIONS_FLOW not in flows:
            raise PluginError(ZAKKAART_NO_QUESTIONS(naam=QUESTIONS_FLOW))
        settings = config.extra["instellingen"]
        return render_zakkaart(self.meldcode_steps, flows[QUESTIONS_FLOW], settings.website, config.site_name)

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: Any) -> str:
        src = page.file.src_uri
        source = f"docs/{src}"
        flows = {flow.slug: flow for flow in self.flows}
        try:
            markdown = expand_diagrams(
                markdown, flows, source,
                lambda flow: diagram_block(flow, src, config.use_directory_urls, drawn=flow.slug in self.drawings),
            )
            return expand_flow_list(markdown, self.flows, source, src)
        except MarkerError as err:
            raise PluginError(str(err)) from err

    @event_priority(100)  # before print-site copies the page into /print/
    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Put each drawn diagram where its placeholder is, and the map on a beslishulp page."""
        for flow in self.flows:
            placeholder = drawing_placeholder(flow)
            if flow.slug in self.drawings and placeholder in html:
                svg = self.drawing_for(flow, page.file.src_uri, config.use_directory_urls).svg
                html = html.replace(placeholder, f'<div class="stroomschema-tekening">{svg}</div>')
        if MAP_PLACEHOLDER not in html:
            return html
        if not self.maps:
            return _MAP_BLOCK.sub("", html)  # no map without a drawing; the answers are on the page
        flow, route, here = self.routes[page.file.src_uri]
        return html.replace(MAP_PLACEHOLDER, self.map_for(flow, route, here).svg)

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """All pages are rendered now: check every flow link's heading before anything is written."""

        @functools.cache
        def anchors_of(src: str) -> frozenset[str] | None:
            file = files.get_file_from_path(src)
            if file is None or file.page is None or file.page.content is None:
                return None
            return frozenset(_ID.findall(file.page.content))

        try:
            raise_all([problem for flow in self.flows for problem in link_problems(flow, anchors_of)])
        except (FlowError, FlowProblems) as err:
            raise flow_error(err) from err
        return env

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        flow_folder = project_path(self.root, self.config.folder)
        if not flow_folder.is_relative_to(self.root):
            server.watch(str(flow_folder))  # flows kept elsewhere (PROTOCOL_DIAGRAMS) are watched too
        return server

    def map_for(self, flow: Flow, route: list[str], here: str) -> Inlined:
        """The beslishulp's map with the route to `here` marked; hidden from screen readers,
        which read the sentence under it instead."""
        ids = node_ids(flow)
        inlined = inline_svg(self.maps[flow.slug], {}, {},
                             route_classes(map_id(flow), [ids[step] for step in route], ids[here]))
        return Inlined(inlined.svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1), inlined.css)

    def drawing_for(self, flow: Flow, page_src: str, use_directory_urls: bool) -> Inlined:
        """The drawn diagram as the page `page_src` shows it: links relative to that page."""
        hrefs = {node.id: page_href(node.link.page, page_src, node.link.anchor, use_directory_urls)
                 for node in flow.nodes}
        return inline_svg(self.drawings[flow.slug], hrefs, {node.id: node.label for node in flow.nodes})


def svg_id(flow: Flow) -> str:
    return f"schema-{flow.slug}-svg"


def map_id(flow: Flow) -> str:
    return f"kaart-{flow.slug}-svg"


def flow_error(err: FlowError | FlowProblems) -> PluginError:
    """One error for the build, naming every problem (one per line when there are several)."""
    if isinstance(err, FlowProblems):
        return PluginError(f"{FLOW_ERRORS()}\n{err}")
    return PluginError(FLOW_ERROR(melding=err))
