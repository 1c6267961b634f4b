"""The zakkaart in a real browser: it prints to exactly one A5 page with the settings'
numbers on it, and its QR code, read back from a rendering with zbarimg, opens the site."""

from __future__ import annotations

import io
import shutil
import subprocess
from urllib.parse import urljoin

import pytest
from pypdf import PdfReader

from scripts.national import ALARM, VEILIG_THUIS
from tests.browser.helpers import NewPage
from tests.sitepaths import OUTPUT, settings

A5 = (420, 595)  # points, rounded


def test_the_zakkaart_prints_on_one_a5_page(new_page: NewPage, site_url: str) -> None:
    page, _ = new_page()
    page.goto(urljoin(site_url, "zakkaart/"), wait_until="load")
    pdf = page.pdf(prefer_css_page_size=True, print_background=False)
    (OUTPUT / "zakkaart.pdf").write_bytes(pdf)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1, f"the zakkaart prints on {len(reader.pages)} pages"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A5
    text = " ".join((reader.pages[0].extract_text() or "").split())
    own = settings()
    for value in (ALARM.display, VEILIG_THUIS.display, own.aandachtsfunctionaris.telefoon.display,
                  own.aandachtsfunctionaris.email, own.organisatie, f"versie {own.versie}"):
        assert value in text, f"the printed zakkaart does not say {value!r}"
    assert "Zakkaart" not in text.split("Protocol")[0], "the screen's title is printed"


def test_the_qr_code_opens_the_site(new_page: NewPage, site_url: str) -> None:
    website = settings().website
    if not website:
        pytest.skip("no website in organisatie.yml: the zakkaart says where the protocol is instead of a QR code")
    zbarimg = shutil.which("zbarimg")
    assert zbarimg is not None, "zbarimg is missing: run scripts/ensure-system-packages.sh (package zbar-tools)"
    page, _ = new_page()
    page.goto(urljoin(site_url, "zakkaart/"), wait_until="load")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        image = OUTPUT / f"zakkaart-qr-{scheme}.png"
        page.locator("svg.zakkaart-qr-code").screenshot(path=str(image), scale="device")
        result = subprocess.run([zbarimg, "--quiet", "--raw", str(image)], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, f"{scheme}: zbarimg read no code: {result.stderr}"
        assert result.stdout.strip() == website, f"{scheme}: the code opens {result.stdout.strip()!r}"
