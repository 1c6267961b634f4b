"""The site under the strict Content-Security-Policy of deploy/content-security-policy.txt:
no inline script or style anywhere, so every page works with script-src 'self' and
style-src 'self'. The browser reports every blocked script, style or request.

The site is served where its `website` setting says (a folder such as /protocol/ for the
second organisation of CI), so every page, the 404 page included, is also checked at
that path."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.helpers import STROOMSCHEMA, PageWatch, deepest_step_page, open_stroomschema
from tests.server import serve
from tests.sitepaths import PRINT_PAGE, ROOT, SITE, built_pages, settings, soup

POLICY = (ROOT / "deploy" / "content-security-policy.txt").read_text(encoding="utf-8").strip()
# Every violation the page reports, from before its first script runs.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
});
"""


# The folder of the web server the site is in ("" for the root).
FOLDER = urlsplit(settings().website).path.strip("/") if settings().website else ""


@pytest.fixture(scope="module")
def strict_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site with the policy, in FOLDER of a web server's document root."""
    root = SITE
    if FOLDER:
        root = tmp_path_factory.mktemp("webroot")
        (root / FOLDER).parent.mkdir(parents=True, exist_ok=True)
        (root / FOLDER).symlink_to(SITE, target_is_directory=True)
    with serve(root, {"Content-Security-Policy": POLICY}) as url:
        yield f"{url}{FOLDER}/" if FOLDER else url


@pytest.fixture(scope="module")
def strict_page(browser: Browser) -> Iterator[tuple[Page, PageWatch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    yield page, PageWatch(page)
    context.close()


def violations(page: Page) -> list[str]:
    return list(page.evaluate("window.__violations"))


def test_the_policy_forbids_inline_code() -> None:
    assert "script-src 'self';" in POLICY and "style-src 'self';" in POLICY and "unsafe" not in POLICY


@pytest.mark.parametrize("url", [*built_pages(), "/404.html"])
def test_every_page_loads_without_a_violation(strict_page: tuple[Page, PageWatch], strict_url: str, url: str) -> None:
    page, watch = strict_page
    page.goto(urljoin(strict_url, url.lstrip("/")), wait_until="load")
    page.wait_for_load_state("networkidle")
    assert not violations(page), f"{url}: {violations(page)}"
    watch.assert_no_errors()


def test_theme_scripts_work_under_the_policy(strict_page: tuple[Page, PageWatch], strict_url: str) -> None:
    """The colour scheme toggle, search, the drawn diagrams, /print/'s table of contents
    and a moved page's redirect with its #anchor: each needs its script."""
    page, watch = strict_page
    page.goto(strict_url)
    before = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    page.wait_for_function("(before) => document.body.dataset.mdColorScheme !== before", arg=before)
    box = page.get_by_role("textbox", name="Zoeken")
    box.click()
    page.keyboard.type("melden", delay=20)
    page.wait_for_selector(".md-search-result a.md-search-result__link")
    open_stroomschema(page, strict_url)
    assert page.url.endswith(STROOMSCHEMA)
    assert not soup(PRINT_PAGE).select("#print-page-toc a")
    page.goto(urljoin(strict_url, PRINT_PAGE.lstrip("/")))
    # its script builds the table of contents (the page comes without one)
    page.wait_for_function("() => document.querySelectorAll('#print-page-toc a').length > 0")
    page.goto(urljoin(strict_url, deepest_step_page().lstrip("/")))
    assert page.locator("details.beslishulp-kaart svg").is_visible()
    assert not violations(page)
    page.goto(urljoin(strict_url, "advies-vragen/#advies-vragen"))
    page.wait_for_url("**/vermoedens/#advies-vragen")
    assert not violations(page)
    watch.assert_no_errors()
