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


PAGE = '<!doctype html><html lang="nl"><head><title>Proef</title></head><body>\n{}</body></html>\n'
# The footer's pages have the table of contents' label without its toggle.
DANGLING_TOC_LABEL = PAGE.format('<nav aria-label="Inhoudsopgave"><label class="md-nav__title" for="__toc">'
                                 "Inhoudsopgave</label></nav>")
# Pages that show the checker really checks: each as the theme writes it and as mended.
SAMPLES = {
    "toggles": PAGE.format(MATERIAL_TOGGLES),
    "toggles-hersteld": PAGE.format(valid_theme_markup(MATERIAL_TOGGLES)),
    "toc-label": DANGLING_TOC_LABEL,
    "toc-label-hersteld": valid_theme_markup(DANGLING_TOC_LABEL),
}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """One run of the checker (Java starts once): the errors of the site, and of the samples."""
    samples = tmp_path_factory.mktemp("samples")
    for name, text in SAMPLES.items():
        (samples / f"{name}.html").write_text(text, encoding="utf-8")
    errors = html_errors(SITE, samples)
    return errors[SITE], errors[samples]


def test_every_page_of_the_site_is_valid_html(checked: tuple[dict[str, list[str]], dict[str, list[str]]]) -> None:
    pages = sorted(SITE.rglob("*.html"))
    assert html_file("/") in pages and (SITE / "404.html") in pages and html_file("/print/") in pages
    errors, _ = checked
    assert not errors, f"{len(errors)} of {len(pages)} pages have HTML errors:\n{report(errors)}"


@pytest.mark.slow
def test_every_page_of_the_offline_bundle_is_valid_html(offline_bundle: Path) -> None:
    errors = html_errors(offline_bundle)[offline_bundle]
    assert not errors, f"HTML errors in the offline bundle:\n{report(errors)}"


def test_the_checker_finds_what_the_theme_markup_would_break(
    checked: tuple[dict[str, list[str]], dict[str, list[str]]],
) -> None:
    """The checker really checks: Material's own toggles are an error, the mended ones are
    not; the same for the footer pages' label of a table of contents they do not have."""
    _, errors = checked
    assert sorted(errors) == ["toc-label.html", "toggles.html"], errors
    assert len(errors["toggles.html"]) == 2 and all("autocomplete" in e for e in errors["toggles.html"])


def test_a_label_with_its_toggle_stays() -> None:
    with_toggle = DANGLING_TOC_LABEL.replace("<nav", '<input type="checkbox" id="__toc"><nav')
    assert valid_theme_markup(with_toggle) == with_toggle
