"""scripts/deeplinks.py: a section's title and first sentence from a page's HTML, and a
deep link that leads nowhere named by its line in deeplinks.txt."""

from __future__ import annotations

import pytest

from scripts.deeplinks import DeepLinkError, entries, parse_deeplinks, render_links, section

PAGE = """<h1 id="melden">Een melding doen<a class="headerlink" href="#melden">&para;</a></h1>
<div class="admonition"><p class="admonition-title">Direct gevaar?</p><p>Bel 112. Meteen.</p></div>
<h2 id="wanneer">Wanneer meldt u?<a class="headerlink" href="#wanneer">&para;</a></h2>
<ul><li>Bij acute onveiligheid. Altijd.</li></ul>
<h2 id="leeg">Leeg</h2>
<h2 id="daarna">Daarna</h2><p>Bel <a href="tel:08002000">0800-2000</a> &amp; <a href="../x/">lees</a>. Klaar.</p>
"""


def test_a_section_is_its_heading_and_first_sentence() -> None:
    assert section(PAGE, "") == ("Een melding doen", "Bel 112.")  # not the note block's title
    assert section(PAGE, "wanneer") == ("Wanneer meldt u?", "Bij acute onveiligheid.")
    assert section(PAGE, "leeg") == ("Leeg", "")  # not the text of the next section
    assert section(PAGE, "weg") is None
    # The description keeps the page's phone links (a number is always dialled), no other link.
    assert section(PAGE, "daarna") == ("Daarna", 'Bel <a href="tel:08002000">0800-2000</a> &amp; lees.')


def test_a_deep_link_that_leads_nowhere_stops_the_build_naming_its_line() -> None:
    links = parse_deeplinks("# uitleg\n/melden/\n/melden/#weg\n\n/nergens/\n")
    with pytest.raises(DeepLinkError) as err:
        entries(links, lambda url: PAGE if url == "/melden/" else None, lambda link: link.url)
    assert str(err.value).splitlines()[:2] == [
        "deeplinks.txt:3: op /melden/ is geen kopje met het anker #weg",
        "deeplinks.txt:5: de pagina /nergens/ bestaat niet",
    ]


def test_the_list_shows_the_full_address_when_the_site_has_one() -> None:
    found = entries(parse_deeplinks("/melden/#wanneer\n"), lambda url: PAGE, lambda link: "../melden/#wanneer")
    assert "<code>https://intranet.example/protocol/melden/#wanneer</code>" in render_links(found, "https://intranet.example/protocol/")
    assert "<code>/melden/#wanneer</code>" in render_links(found, None)
