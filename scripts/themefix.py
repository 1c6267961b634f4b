"""Make Material's markup valid HTML (pure).

Material writes `autocomplete="off"` on its two checkbox toggles (the menu drawer and
the search), so that Firefox does not restore them on reload. HTML allows `autocomplete`
on text-like inputs only, and the Nu Html Checker reports it as an error on every page.
The attribute goes. The cost: after a reload, Firefox may show the menu or the search
still open, and one click closes it.

A page that is not in the menu (the footer's pages, mkdocs.yml `not_in_nav`) gets the
label of the table of contents, but not the `__toc` toggle it names (Material puts that
toggle in the menu, at the current page): the label loses its `for`.
"""

from __future__ import annotations

import re

_TOGGLE_AUTOCOMPLETE = re.compile(
    r'(<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__(?:drawer|search)") autocomplete="off"'
)


_TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def valid_theme_markup(html: str) -> str:
    html = _TOGGLE_AUTOCOMPLETE.sub(r"\1", html)
    if 'id="__toc"' not in html:
        html = html.replace(_TOC_LABEL, '<label class="md-nav__title">')
    return html
