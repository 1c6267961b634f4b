"""The redirects of renamed pages (mkdocs.yml, plugins.redirects.redirect_maps): checked
before the build, and made Dutch afterwards (mkdocs-redirects writes them in English),
with the script that keeps the #anchor moved into a file of the site (no inline script,
so the pages work under Content-Security-Policy: script-src 'self')."""

from __future__ import annotations

import html as html_text
import re
from collections.abc import Callable, Mapping

from scripts.messages import REDIRECT_CHAIN, REDIRECT_NO_PAGE, REDIRECT_OVER_PAGE, REDIRECT_TO_OLD_NAME

_REPLACEMENTS = (
    ('<html lang="en">', '<html lang="nl">'),
    ("<title>Redirecting...</title>", "<title>Deze pagina is verhuisd</title>"),
    ("You're being redirected to a ", "Deze pagina is verhuisd. U gaat naar de "),
    (">new destination</a>.", ">nieuwe pagina</a>."),
)


# The file that does what the inline script did (docs/assets/javascripts/thema/).
REDIRECT_SCRIPT = "assets/javascripts/thema/doorsturen.js"
_INLINE_SCRIPT = re.compile(
    r'<script>var anchor=window\.location\.hash\.substr\(1\);location\.href="([^"]*)"\+\(anchor\?"#"\+anchor:""\)</script>'
)


def dutch_redirect(html: str, script_href: str) -> str:
    """The redirect page in Dutch; `script_href` is REDIRECT_SCRIPT as the page links it."""
    for old, new in _REPLACEMENTS:
        if old not in html:
            raise ValueError(f"unexpected redirect page: {old!r} not found")
        html = html.replace(old, new)
    found = _INLINE_SCRIPT.search(html)
    if found is None:
        raise ValueError("unexpected redirect page: its script was not found")
    script = f'<script src="{html_text.escape(script_href)}" data-naar="{html_text.escape(found[1])}"></script>'
    return html[: found.start()] + script + html[found.end():]


def _final(page: str, redirect_maps: Mapping[str, str]) -> str | None:
    """The page an old name ends at through the other redirects; None for a loop."""
    seen = {page}
    while page in redirect_maps:
        page = str(redirect_maps[page]).partition("#")[0]
        if page in seen:
            return None
        seen.add(page)
    return page


def redirect_problems(redirect_maps: Mapping[str, str], is_page: Callable[[str], bool]) -> list[str]:
    """What is wrong with `redirect_maps` (old name -> new name), one message a redirect.

    mkdocs-redirects only writes a redirect to a page that exists: a redirect to a name
    that is itself an old name (a page renamed twice) is skipped with an English warning,
    and a redirect whose old name is a page again overwrites that page. `is_page` says
    whether a docs path such as `melden.md` is a page of this build.
    """
    problems = []
    for old, new in redirect_maps.items():
        new_page = str(new).partition("#")[0]
        if str(new).lower().startswith(("http://", "https://")):
            continue
        if is_page(old):
            problems.append(REDIRECT_OVER_PAGE(oud=old, nieuw=new))
        elif new_page in redirect_maps:
            final = _final(new_page, redirect_maps)
            problems.append(REDIRECT_TO_OLD_NAME(oud=old, naam=new_page, nieuw=final) if final and is_page(final)
                            else REDIRECT_CHAIN(oud=old, naam=new_page))
        elif not is_page(new_page):
            problems.append(REDIRECT_NO_PAGE(oud=old, nieuw=new_page))
    return problems
