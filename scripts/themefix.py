"""Make Material's markup valid HTML (pure).

Material writes `autocomplete="off"` on its two checkbox toggles (the menu drawer and
the search), so that Firefox does not restore them on reload. HTML allows `autocomplete`
on text-like inputs only, and the Nu Html Checker reports it as an error on every page.
The attribute goes. The cost: after a reload, Firefox may show the menu or the search
still open, and one click closes it.

The table of contents has a label for the `__toc` toggle, which the theme writes only in
the menu entry of a page that is in the menu: on pages outside it (/print/, the
beslishulp's steps, the zakkaart, the footer's pages) the label points at nothing, and
loses its `for`.
"""

from __future__ import annotations

import re

_TOGGLE_AUTOCOMPLETE = re.compile(
    r'(<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__(?:drawer|search)") autocomplete="off"'
)


_TOC_LABEL = ' for="__toc"'


def valid_theme_markup(html: str) -> str:
    html = _TOGGLE_AUTOCOMPLETE.sub(r"\1", html)
    return html if 'id="__toc"' in html else html.replace(_TOC_LABEL, "")
