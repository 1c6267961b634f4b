"""The accessibility statement's facts (scripts/accessibility.py): the WCAG level and its
axe tags, the version of the installed axe-core, the pages, the generated Markdown."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from scripts.accessibility import (AXE_TAGS, MARKER, WCAG_LEVEL, WCAG_VERSION, AxeNotFound, Check, axe_tags,
                                   axe_version, expand_facts, facts_block, installed_axe_script,
                                   installed_axe_version, levels_text, site_pages)


@pytest.mark.parametrize(
    ("version", "level", "tags"),
    [("2.0", "A", ("wcag2a",)),
     ("2.1", "AA", ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")),
     ("2.2", "AA", ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"))],
)
def test_axe_tags_include_every_earlier_version_and_level(version: str, level: str, tags: tuple[str, ...]) -> None:
    assert axe_tags(version, level) == tags


def test_the_site_claims_wcag_2_1_aa() -> None:
    assert (WCAG_VERSION, WCAG_LEVEL) == ("2.1", "AA")
    assert AXE_TAGS == ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
    assert levels_text("AA") == "A en AA" and levels_text("A") == "A" and levels_text("AAA") == "A, AA en AAA"


def test_the_version_is_the_one_of_the_axe_core_the_tests_run() -> None:
    """The build reads the file without importing the package; the tests run what it imports."""
    assert installed_axe_script().read_text(encoding="utf-8") == AXE_SCRIPT
    assert installed_axe_version() == axe_version(AXE_SCRIPT)
    assert axe_version("/*! axe v4.12.1\n * Copyright") == "4.12.1"


def test_an_unreadable_banner_says_what_to_do() -> None:
    with pytest.raises(AxeNotFound, match=r"niet bovenaan axe\.min\.js: typ `make setup`"):
        axe_version("function axe() {}")


def test_the_pages_are_the_docs_pages_and_print() -> None:
    assert site_pages(["melden.md", "index.md", "melden.md"], "print.md") == ("index.md", "melden.md", "print.md")
    assert site_pages(["index.md"], None) == ("index.md",)


CHECK = Check("2.1", "AA", "4.12.1", dt.date(2027, 3, 1),
              ("index.md", "melden.md", "beslishulp/x/index.md", "beslishulp/x/vraag.md", "print.md"))


def test_the_facts_name_level_count_version_and_day() -> None:
    block = facts_block(CHECK, "toegankelijkheid.md")
    assert '<span id="toets-norm" data-axe-tags="wcag2a wcag2aa wcag21a wcag21aa">WCAG 2.1, niveau A en AA</span>' in block
    assert '<span id="toets-aantal">5</span>' in block
    assert '<span id="toets-axe">4.12.1</span>' in block
    assert '<time id="toets-datum" datetime="2027-03-01">1 maart 2027</time>' in block
    listed = re.findall(r"<code>([^<]*)</code>", block)
    assert listed == ["/", "/beslishulp/x/", "/beslishulp/x/vraag/", "/melden/", "/print/"], "sorted by address"


@pytest.mark.parametrize(("directory_urls", "href"), [(True, "../beslishulp/x/vraag/"), (False, "beslishulp/x/vraag.html")])
def test_the_page_list_links_each_page_from_the_statement(directory_urls: bool, href: str) -> None:
    block = facts_block(CHECK, "toegankelijkheid.md", directory_urls)
    lines = [line for line in block.splitlines() if line.startswith("    - ")]
    assert len(lines) == len(CHECK.pages)
    assert f'    - <a href="{href}"><code>/beslishulp/x/vraag/</code></a>' in lines


def test_the_marker_becomes_the_facts() -> None:
    text = "# Toegankelijkheid\n\n<!-- toetsing -->\n\nTekst.\n"
    assert MARKER.search(text)
    expanded = expand_facts(text, CHECK, "toegankelijkheid.md")
    assert "<!-- toetsing -->" not in expanded and 'id="toets-aantal"' in expanded and expanded.endswith("Tekst.\n")
