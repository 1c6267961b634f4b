"""Headless Debian Chromium driven by Playwright, and a record of every request it makes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Request, sync_playwright

from bench.paths import CHROMIUM
from scripts.chromium import LAUNCH_ARGS
VIEWPORT = {"width": 1280, "height": 800}


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def is_outside(url: str) -> bool:
    """A request that leaves the machine: any network URL whose host is not 127.0.0.1."""
    parts = urlsplit(url)
    return parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname != "127.0.0.1"


@dataclass
class Requests:
    """Every request of one browser context (pages and their workers)."""

    urls: list[str] = field(default_factory=list)

    def attach(self, context: BrowserContext) -> None:
        context.on("request", self._on_request)

    def _on_request(self, request: Request) -> None:
        self.urls.append(request.url)

    @property
    def outside(self) -> list[str]:
        return [url for url in self.urls if is_outside(url)]


@contextmanager
def fresh_context(browser: Browser, init_script: str | None = None) -> Iterator[tuple[BrowserContext, Requests]]:
    """A new context (empty cache, no cookies) whose requests are recorded."""
    context = browser.new_context(viewport=VIEWPORT)
    requests = Requests()
    requests.attach(context)
    if init_script:
        context.add_init_script(script=init_script)
    try:
        yield context, requests
    finally:
        context.close()
