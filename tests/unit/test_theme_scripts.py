"""The theme's inline scripts, moved into files (docs/assets/javascripts/thema/), stay the
theme's own code: an update of Material that changes them fails here, not in a browser.
Also the two pages the project finishes itself: a moved page and /print/."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from scripts.printpage import finish_print_page
from scripts.redirects import dutch_redirect
from tests.sitepaths import ROOT

PARTIALS = Path(material.__file__).parent / "templates" / "partials" / "javascripts"
OURS = ROOT / "docs" / "assets" / "javascripts" / "thema"
# The one change: the scope from the script's own address instead of the page's base_url.
SCOPE = ('__md_scope=new URL("{{ config.extra.scope | d(base_url) }}",location),',
         '__md_scope=new URL("../../..",document.currentScript.src),')


def code(path: Path) -> str:
    """A file of ours without its leading comment."""
    return re.sub(r"^/\*.*?\*/\n", "", path.read_text(encoding="utf-8"), flags=re.DOTALL).strip()


def theme_script(partial: str, index: int = 0) -> str:
    return re.findall(r"<script>(.*?)</script>", (PARTIALS / partial).read_text(encoding="utf-8"), re.DOTALL)[index]


@pytest.mark.parametrize(("partial", "ours", "index"), [
    ("base.html", "scope.js", 0), ("palette.html", "palette.js", 0), ("content.html", "content.js", -1)])
def test_our_file_is_the_theme_script(partial: str, ours: str, index: int) -> None:
    assert code(OURS / ours) == theme_script(partial, index).replace(*SCOPE)


def test_every_partial_with_an_inline_script_is_overridden() -> None:
    inline = {path.name for path in PARTIALS.glob("*.html") if "<script>" in path.read_text(encoding="utf-8")}
    ours = {path.name for path in (ROOT / "overrides" / "partials" / "javascripts").glob("*.html")}
    # announce, consent and outdated are for features this site does not use
    assert inline - ours == {"announce.html", "consent.html", "outdated.html"}


REDIRECT = """<html lang="en"><head><title>Redirecting...</title>
<script>var anchor=window.location.hash.substr(1);location.href="../nieuw/"+(anchor?"#"+anchor:"")</script>
<meta http-equiv="refresh" content="0; url=../nieuw/"></head>
<body>You're being redirected to a <a href="../nieuw/">new destination</a>.</body></html>"""


def test_a_redirect_page_is_dutch_and_has_no_inline_script() -> None:
    page = dutch_redirect(REDIRECT, "../assets/javascripts/thema/doorsturen.js")
    assert '<html lang="nl">' in page and "<title>Deze pagina is verhuisd</title>" in page
    assert '<script src="../assets/javascripts/thema/doorsturen.js" data-naar="../nieuw/"></script>' in page
    assert "<script>" not in page and 'content="0; url=../nieuw/"' in page
    with pytest.raises(ValueError, match="its script"):
        dutch_redirect(REDIRECT.replace("substr(1)", "slice(1)"), "x.js")


def test_the_print_page_gets_a_relative_base_and_no_inline_code() -> None:
    html = ('<head><script id="__config" type="application/json">{"base": "/", "x": 1}</script></head><body>'
            "<script type=\"text/javascript\">\n  start();\n</script><style>h1:before { content: '1' }</style></body>")
    page = finish_print_page(html, "..", "../a.js", "../b.css")
    assert '"base": ".."' in page.html and '<script src="../a.js"></script>' in page.html
    assert '<link rel="stylesheet" href="../b.css">\n</head>' in page.html and "<style>" not in page.html
    assert page.script == "start();\n" and page.style == "h1:before { content: '1' }\n"
    assert 'type="application/json"' in page.html  # data, not code: it stays
    with_site_url = finish_print_page(html.replace('"base": "/"', '"base": "/protocol/"'), "..", "a.js", "b.css")
    assert '"base": ".."' in with_site_url.html
