"""Print the zakkaart of the offline build to `zakkaart.pdf` in its root, so the zip of
`make dist` carries it (Chromium, as for the diagrams; one A5 page, as the card's print
stylesheet sets it).

    .venv/bin/python -m scripts.zakkaartpdf SITE_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from scripts.chromium import LAUNCH_ARGS, chromium_path
from scripts.messages import ZAKKAART_NO_PDF, ZAKKAART_NOT_BUILT

PDF_NAME = "zakkaart.pdf"
PAGES = ("zakkaart.html", "zakkaart/index.html")  # without and with directory URLs


def main(argv: list[str]) -> int:
    site_dir = Path(argv[0]).resolve()
    page_file = next((site_dir / name for name in PAGES if (site_dir / name).is_file()), None)
    if page_file is None:
        print(ZAKKAART_NOT_BUILT(map=site_dir), file=sys.stderr)
        return 1
    executable = chromium_path()
    if executable is None:
        print(ZAKKAART_NO_PDF(), file=sys.stderr)
        return 0
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri(), wait_until="load")
            pdf = page.pdf(prefer_css_page_size=True, print_background=False)
        finally:
            browser.close()
    target = site_dir / PDF_NAME
    target.write_bytes(pdf)
    print(f"{target}: de zakkaart, {len(pdf) / 1000:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
