"""Every page is valid HTML: 0 errors from the Nu Html Checker (vnu), for the site and for
the offline bundle. The theme's markup is mended by scripts/themefix.py, the print page's
by scripts/printpage.py and the diagrams' labels by scripts/flows/svg.py."""

from __future__ import annotations

from pathlib import Path

import material
import pytest

from scripts.themefix import valid_theme_markup
from tests.htmlcheck import html_errors
from tests.sitepaths import SITE, html_file

# Material's two toggles as the installed theme's base.html writes them.
MATERIAL_TOGGLES = "".join(
    line.strip() + "\n"
    for line in (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8").splitlines()
    if 'class="md-toggle"' in line
)


def report(errors: dict[str, list[str]]) -> str:
    return "\n".join(f"{path}: {error}" for path, found in sorted(errors.items()) for error in found[:5])


def test_every_page_of_the_site_is_valid_html() -> None:
    pages = sorted(SITE.rglob("*.html"))
    assert html_file("/") in pages and (SITE / "404.html") in pages and html_file("/print/") in pages
    errors = html_errors(SITE)
    assert not errors, f"{len(errors)} of {len(pages)} pages have HTML errors:\n{report(errors)}"


@pytest.mark.slow
def test_every_page_of_the_offline_bundle_is_valid_html(offline_bundle: Path) -> None:
    errors = html_errors(offline_bundle)
    assert not errors, f"HTML errors in the offline bundle:\n{report(errors)}"


def test_the_checker_finds_what_the_theme_markup_would_break(tmp_path: Path) -> None:
    """The checker really checks: Material's own toggles are an error, the mended ones are not."""
    page = '<!doctype html><html lang="nl"><head><title>Proef</title></head><body>\n{}</body></html>\n'
    (tmp_path / "material.html").write_text(page.format(MATERIAL_TOGGLES), encoding="utf-8")
    (tmp_path / "hersteld.html").write_text(page.format(valid_theme_markup(MATERIAL_TOGGLES)), encoding="utf-8")
    errors = html_errors(tmp_path)
    assert list(errors) == ["material.html"], errors
    assert len(errors["material.html"]) == 2 and all("autocomplete" in e for e in errors["material.html"])


def test_a_page_outside_the_menu_loses_the_dangling_toc_label(tmp_path: Path) -> None:
    """The footer's pages have the table of contents' label without its toggle."""
    page = ('<!doctype html><html lang="nl"><head><title>Proef</title></head><body>\n'
            '<nav aria-label="Inhoudsopgave"><label class="md-nav__title" for="__toc">Inhoudsopgave</label></nav>'
            "</body></html>\n")
    (tmp_path / "material.html").write_text(page, encoding="utf-8")
    (tmp_path / "hersteld.html").write_text(valid_theme_markup(page), encoding="utf-8")
    assert list(html_errors(tmp_path)) == ["material.html"]
    with_toggle = page.replace("<nav", '<input type="checkbox" id="__toc"><nav')
    assert valid_theme_markup(with_toggle) == with_toggle
