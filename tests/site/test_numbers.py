"""Every tel: link of the built site dials one of the known numbers (the settings and
scripts/national.py) and shows it as it is written."""

from __future__ import annotations

import pytest

from scripts.national import PLACEHOLDERS as NATIONAL_NUMBERS
from scripts.settings import example_settings
from tests.sitepaths import content_pages, settings, soup


@pytest.mark.parametrize("url", content_pages())
def test_every_tel_link_dials_a_known_number(url: str) -> None:
    known = {phone.href: phone.display for phone in NATIONAL_NUMBERS.values()}
    af = settings().aandachtsfunctionaris.telefoon
    if "aandachtsfunctionaris.telefoon" not in example_settings(settings()):
        known[af.href] = af.display  # an example number is never callable
    for link in soup(url).select('a[href^="tel:"]'):
        assert link["href"] in known, f"{url}: {link} dials an unknown number"
        assert link.get_text(strip=True) == known[link["href"]], f"{url}: {link} shows another number"
