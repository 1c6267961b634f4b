"""The facts of the accessibility statement (/toegankelijkheid/), taken from the build
and the tests, never typed: the WCAG standard the browser tests check (the one constant
that tests/browser/test_axe.py's axe tags come from), the axe-core version they run (the
axe.min.js bundled with the pinned axe-playwright-python), the pages they check (every
page the build writes) and the day of the build.

The marker `<!-- toetsing -->` in a page becomes these facts and the list of the pages
(pure functions; reading axe's version is the only file this module reads).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from scripts.messages import AXE_MISSING, AXE_NO_VERSION, AXE_NOT_INSTALLED, AXE_UNREADABLE
from scripts.pagemarkers import marker
from scripts.settings import dutch_date
from scripts.urls import page_href, page_url

# The standard: WCAG 2.1, level AA (which includes level A): what Dutch law asks of
# government websites.
WCAG_VERSION = "2.1"
WCAG_LEVEL = "AA"
_LEVELS = ("A", "AA", "AAA")

# The package whose axe-core the browser tests run, and its script.
AXE_PACKAGE = "axe_playwright_python"
AXE_SCRIPT = "axe.min.js"
_AXE_BANNER = re.compile(r"/\*! axe v(\d+\.\d+\.\d+\S*)")

MARKER = marker("toetsing")


class AxeNotFound(RuntimeError):
    """axe-core is not installed, or its version cannot be read; the message says what to do."""

    def __init__(self, what: str):
        super().__init__(AXE_MISSING(reden=what))


def axe_tags(version: str, level: str) -> tuple[str, ...]:
    """axe-core's rule tags for a WCAG version up to a level, every earlier version and
    level included: 2.1 AA -> wcag2a, wcag2aa, wcag21a, wcag21aa."""
    major, minor = version.split(".")
    levels = [name.lower() for name in _LEVELS[: _LEVELS.index(level) + 1]]
    versions = [major] + [f"{major}{n}" for n in range(1, int(minor) + 1)]
    return tuple(f"wcag{v}{name}" for v in versions for name in levels)


# What the browser tests ask axe-core to check.
AXE_TAGS = axe_tags(WCAG_VERSION, WCAG_LEVEL)


def axe_version(script: str) -> str:
    """The version in the banner of axe.min.js (`/*! axe v4.12.1`)."""
    found = _AXE_BANNER.match(script.lstrip())
    if not found:
        raise AxeNotFound(AXE_NO_VERSION(bestand=AXE_SCRIPT))
    return found[1]


def installed_axe_script() -> Path:
    """axe.min.js of the installed axe-playwright-python (found without importing it)."""
    spec = importlib.util.find_spec(AXE_PACKAGE)
    if spec is None or spec.origin is None:
        raise AxeNotFound(AXE_NOT_INSTALLED(pakket=AXE_PACKAGE))
    return Path(spec.origin).parent / AXE_SCRIPT


def installed_axe_version() -> str:
    path = installed_axe_script()
    try:
        with path.open(encoding="utf-8") as file:
            return axe_version(file.read(200))
    except OSError as err:
        raise AxeNotFound(AXE_UNREADABLE(bestand=path, reden=err.strerror)) from err


@dataclass(frozen=True)
class Check:
    """What the browser tests check: the standard, the axe-core version, the pages (docs
    paths; `print.md` is /print/) and the day this site was built."""

    wcag_version: str
    wcag_level: str
    axe: str
    built_on: dt.date
    pages: tuple[str, ...]


def site_pages(docs_pages: Iterable[str], print_page: str | None) -> tuple[str, ...]:
    """Every page the build writes: the docs pages (generated ones included) and /print/."""
    return tuple(sorted({*docs_pages, *([print_page] if print_page else [])}))


def levels_text(level: str) -> str:
    """`AA` -> `A en AA`: the levels a reader knows are included."""
    names = _LEVELS[: _LEVELS.index(level) + 1]
    return " en ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]


def facts_block(check: Check, page_src: str, use_directory_urls: bool = True) -> str:
    """The facts as Markdown for the docs page `page_src`, each in an element a test can
    find (`#toets-norm`, `#toets-aantal`, `#toets-axe`, `#toets-datum`), and the list of
    the pages, folded."""
    tags = " ".join(axe_tags(check.wcag_version, check.wcag_level))
    by_url = sorted((page_url(src), src) for src in check.pages)
    links = [
        f'    - <a href="{page_href(src, page_src, use_directory_urls=use_directory_urls)}"><code>{url}</code></a>'
        for url, src in by_url
    ]
    return "\n".join([
        f'- **Norm:** <span id="toets-norm" data-axe-tags="{tags}">WCAG {check.wcag_version}, '
        f"niveau {levels_text(check.wcag_level)}</span>.",
        f'- **Getest:** alle <span id="toets-aantal">{len(check.pages)}</span> pagina\'s van deze '
        "website. Elke pagina in de lichte en in de donkere weergave.",
        f'- **Programma:** axe-core versie <span id="toets-axe">{check.axe}</span>, in de browser Chromium.',
        f'- **Datum:** <time id="toets-datum" datetime="{check.built_on.isoformat()}">'
        f"{dutch_date(check.built_on)}</time>. Op die dag is deze versie van de website gemaakt.",
        "",
        f'??? info "Deze {len(check.pages)} pagina\'s zijn getest"',
        "",
        *links,
    ])


def expand_facts(markdown: str, check: Check, page_src: str, use_directory_urls: bool = True) -> str:
    """Replace the marker by the facts."""
    return MARKER.sub(lambda _: facts_block(check, page_src, use_directory_urls), markdown)
