"""Debian's real nginx and Apache serve the built site with exactly deploy/nginx.conf and
deploy/apache.conf, in a folder of the server (the folder of `website`, else
/intranet/protocol/): the headers an administrator needs, and every page in a browser
without a console error, a failed request or a policy violation; the theme's scripts
work there.

The set-up installs both like Chromium (scripts/ensure-system-packages.sh)."""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.crawl import Visit
from tests.browser.helpers import FOLDER, RECORD_VIOLATIONS, PageWatch, check_theme_scripts, violations
from tests.browser.servers import POLICY, WEB_FOLDER, apache, deploy_config, nginx, running
from tests.sitepaths import SITE


@pytest.fixture(scope="module", params=[nginx, apache], ids=["nginx", "apache"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Each server in turn, for what both must do."""
    with running(request.param, tmp_path_factory.mktemp(request.param.__name__)) as url:
        yield url


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """nginx and Apache at once: the URLs of the site on each."""
    with running(nginx, tmp_path_factory.mktemp("nginx")) as on_nginx, \
            running(apache, tmp_path_factory.mktemp("apache")) as on_apache:
        yield on_nginx, on_apache


def fetch(url: str, accept_gzip: bool = False) -> tuple[http.client.HTTPResponse, bytes]:
    """One GET, redirects not followed: the response and its body."""
    host, _, path = url.removeprefix("http://").partition("/")
    connection = http.client.HTTPConnection(host, timeout=10)
    connection.request("GET", f"/{path}", headers={"Accept-Encoding": "gzip"} if accept_gzip else {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_the_policy_forbids_inline_code() -> None:
    """The strictest policy the site passes: no 'unsafe-inline' or 'unsafe-eval' at all
    (tests/site/test_inline_code.py finds no inline code on any page)."""
    assert "script-src 'self';" in POLICY and "style-src 'self';" in POLICY and "unsafe" not in POLICY
    assert POLICY in deploy_config("nginx.conf") and POLICY in deploy_config("apache.conf")


def test_the_server_sends_what_the_readme_promises(server: str) -> None:
    redirect, _ = fetch(server.rstrip("/"))
    assert redirect.status == 301 and redirect.getheader("Location", "").endswith(f"{WEB_FOLDER}/")
    page, _ = fetch(urljoin(server, "melden/"))
    assert page.status == 200 and page.getheader("Content-Type", "").replace(" ", "").lower() == "text/html;charset=utf-8"
    assert page.getheader("Content-Security-Policy") == POLICY
    assert page.getheader("X-Content-Type-Options") == "nosniff"
    assert page.getheader("Cache-Control") == "no-cache"  # an update shows at once
    bundle = next((SITE / "assets/javascripts").glob("bundle.*.min.js")).name
    hashed, _ = fetch(urljoin(server, f"assets/javascripts/{bundle}"), accept_gzip=True)
    assert hashed.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert hashed.getheader("Content-Security-Policy") == POLICY
    assert hashed.getheader("Content-Type", "").startswith("text/javascript")
    assert hashed.getheader("Content-Encoding") == "gzip"
    style, _ = fetch(urljoin(server, "assets/stylesheets/extra.css"), accept_gzip=True)
    assert style.getheader("Content-Encoding") == "gzip" and style.getheader("Cache-Control") == "no-cache"
    missing, body = fetch(urljoin(server, "bestaat-niet/"))
    assert missing.status == 404 and missing.getheader("Content-Security-Policy") == POLICY
    assert "Deze pagina bestaat niet" in body.decode("utf-8"), "not the site's own 404 page"


@pytest.fixture(scope="module")
def watched_page(browser: Browser) -> Iterator[tuple[Page, PageWatch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    yield page, PageWatch(page)
    context.close()


# An address that does not exist: the server answers with the 404 page. That page links
# with the website's path; without a website it works at the host's root only.
MISSING = "/bestaat-niet/"


def test_both_servers_know_mjs() -> None:
    """Debian's mime.types has no .mjs (Mermaid's module build in a build without Chromium)."""
    assert "text/javascript js mjs;" in deploy_config("nginx.conf")
    assert "AddType text/javascript .js .mjs" in deploy_config("apache.conf")


# What the two servers must agree on for every file of the site: what a browser does with
# it. (Compression may differ: each server has its own minimum size.)
HEADERS = ("Content-Type", "Content-Security-Policy", "X-Content-Type-Options", "Cache-Control")
# Files no page loads, which the servers type differently: source maps (for developer
# tools) and the gzipped sitemap (for search engines).
NOT_LOADED = (".map", ".gz")


def _answer(url: str) -> tuple[int, dict[str, str]]:
    response, _ = fetch(url, accept_gzip=True)
    return response.status, {name: (response.getheader(name) or "").replace(" ", "").lower() for name in HEADERS}


def test_apache_serves_every_file_as_nginx_does(both: tuple[str, str]) -> None:
    """Every file of the site, and the missing address, with the same status and headers
    from both servers: so the browser walk below, through nginx, holds for Apache too."""
    on_nginx, on_apache = both
    paths = sorted(str(path.relative_to(SITE)) for path in SITE.rglob("*")
                   if path.is_file() and not path.name.endswith(NOT_LOADED))
    paths = [path.removesuffix("index.html") for path in paths] + [MISSING.lstrip("/")]
    assert len(paths) > 100
    differ = {}
    for path in paths:
        nginx_answer, apache_answer = _answer(urljoin(on_nginx, path)), _answer(urljoin(on_apache, path))
        if nginx_answer != apache_answer:
            differ[path] = (nginx_answer, apache_answer)
        assert nginx_answer[0] == (404 if path == MISSING.lstrip("/") else 200), f"{path}: {nginx_answer}"
    assert not differ, "nginx and Apache differ (nginx, Apache):\n" + "\n".join(f"{p}: {d}" for p, d in differ.items())


def test_every_page_works_through_nginx(visits: dict[str, Visit]) -> None:
    """The crawl of every page (tests/browser/crawl.py) goes through nginx with its deploy
    file: each page answered 200 and broke no rule of the policy (console errors: the
    crawl's own test). Apache answers every file the same (the test above)."""
    assert all(urlsplit(visit.base).path == f"{WEB_FOLDER}/" for visit in visits.values())
    assert {url: visit.status for url, visit in visits.items() if visit.status != 200} == {}
    assert {url: visit.violations for url, visit in visits.items() if visit.violations} == {}


@pytest.mark.skipif(not FOLDER, reason="no website in organisatie.yml: the 404 page works at the host's root only")
def test_the_missing_page_works_through_nginx(watched_page: tuple[Page, PageWatch], both: tuple[str, str]) -> None:
    page, watch = watched_page
    watch.reset()
    address = urljoin(both[0], MISSING.lstrip("/"))
    response = page.goto(address, wait_until="load")
    assert response is not None and response.status == 404
    page.wait_for_load_state("networkidle")
    assert not violations(page), violations(page)
    # The browser reports the 404 of the address itself; nothing else may fail.
    expected = re.compile(rf"status of 404 \(.*\) \[{re.escape(address)}\]$")
    watch.errors[:] = [error for error in watch.errors if not expected.search(error)]
    watch.assert_no_errors()


def test_the_theme_scripts_work_through_nginx(watched_page: tuple[Page, PageWatch], both: tuple[str, str]) -> None:
    """The policy lets every script of the theme work (Apache sends every file with the
    same headers: test_apache_serves_every_file_as_nginx_does)."""
    page, watch = watched_page
    watch.reset()
    check_theme_scripts(page, both[0])
    watch.assert_no_errors()
