"""Browser fixtures: one headless Chromium per session, a fresh context per test.

The browser is found via $CHROMIUM_PATH, then /usr/bin/chromium. Without one the
tests skip locally and fail in CI (env CI set), so CI can never pass silently.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from scripts.chromium import DEFAULT_CHROMIUM, LAUNCH_ARGS, chromium_path
from tests.browser import crawl
from tests.browser.helpers import NewPage, PageWatch
from tests.browser.servers import nginx, running
from tests.shared import made_once
from tests.sitepaths import OUTPUT, built_pages


HOW_TO_GET_ONE = (
    "Install Debian's package (sudo apt-get install chromium; `make test` runs "
    "scripts/ensure-system-packages.sh which does this as root), or set CHROMIUM_PATH to a "
    "Chromium or Chrome binary. Do not run `playwright install`."
)


@pytest.fixture(autouse=True)
def _needs_the_built_site(built_site: None) -> None:
    """Every browser test opens the built site: stop at once with a message when there is none."""


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    path = chromium_path()
    if path is None:
        where = os.environ.get("CHROMIUM_PATH") or DEFAULT_CHROMIUM
        message = f"No Chromium for the browser tests (looked at {where}). {HOW_TO_GET_ONE}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright, chromium_executable: str) -> Iterator[Browser]:
    browser = playwright_instance.chromium.launch(
        executable_path=chromium_executable,
        args=LAUNCH_ARGS,
        headless=True,
    )
    yield browser
    browser.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator[NewPage]:
    """Open a page in a fresh context (keyword arguments go to `new_context`).

    Every page is watched: console errors, page errors and all requests are recorded.
    At the end of the test, any console or page error fails it.
    """
    contexts: list[BrowserContext] = []
    watches: list[PageWatch] = []

    def open_page(**context_options: Any) -> tuple[Page, PageWatch]:
        options: dict[str, Any] = {"viewport": {"width": 1280, "height": 900}, "locale": "nl-NL"}
        options.update(context_options)
        context = browser.new_context(**options)
        context.set_default_timeout(15_000)
        context.set_default_navigation_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        watch = PageWatch(page)
        watches.append(watch)
        return page, watch

    yield open_page
    for context in contexts:
        context.close()
    for watch in watches:
        watch.assert_no_errors()


@pytest.fixture(scope="session")
def visits(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> dict[str, crawl.Visit]:
    """Every built page, crawled once per run through nginx (tests/browser/crawl.py); the
    requests of each page and their JavaScript bytes also go to browser-requests.json."""

    def make(folder: Path) -> None:
        with running(nginx, folder) as url:
            result = crawl.crawl(browser, url, built_pages())
        crawl.save(result, folder / "visits.json")
        summary = OUTPUT / "browser-requests.json"
        summary.parent.mkdir(parents=True, exist_ok=True)
        summary.write_text(json.dumps({u: {"requests": len(v.requests), "js_bytes": v.script_bytes}
                                       for u, v in result.items()}, indent=1) + "\n", encoding="utf-8")

    return crawl.load(made_once(tmp_path_factory, "crawl", make) / "visits.json")
