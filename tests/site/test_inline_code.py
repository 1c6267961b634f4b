"""No page carries inline code: no script without a src (JSON data aside), no <style>,
no style="..." attribute, no on...= handler. So the site works under the policy of
deploy/content-security-policy.txt (tests/browser/test_deploy.py checks it in a browser,
through nginx and Apache)."""

from __future__ import annotations

import pytest

from tests.sitepaths import PRINT_PAGE, built_pages, soup


@pytest.mark.parametrize("url", [*built_pages(), "/404.html"])
def test_no_inline_script_or_style(url: str) -> None:
    page = soup(url)
    scripts = [s for s in page.find_all("script") if not s.get("src") and s.get("type") != "application/json"]
    assert not scripts, f"{url}: inline script {str(scripts[0])[:120]}"
    assert not page.find_all("style"), f"{url}: a <style> element"
    styled = page.select("[style]")
    assert not styled, f"{url}: style attribute on {str(styled[0])[:120]}"
    handlers = [tag for tag in page.find_all(True) if any(name.startswith("on") for name in tag.attrs)]
    assert not handlers, f"{url}: event handler attribute on {str(handlers[0])[:120]}"


def test_the_print_page_links_the_site_root_relatively() -> None:
    config = soup(PRINT_PAGE).find("script", id="__config")
    assert config is not None and '"base": ".."' in config.get_text()
