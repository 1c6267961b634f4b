"""Make the redirect pages of mkdocs-redirects Dutch (they are written in English)."""

from __future__ import annotations

from pathlib import Path

_REPLACEMENTS = (
    ('<html lang="en">', '<html lang="nl">'),
    ("<title>Redirecting...</title>", "<title>Deze pagina is verhuisd</title>"),
    ("You're being redirected to a ", "Deze pagina is verhuisd. U gaat naar de "),
    (">new destination</a>.", ">nieuwe pagina</a>."),
)


def dutch_redirect(html: str) -> str:
    for old, new in _REPLACEMENTS:
        if old not in html:
            raise ValueError(f"unexpected redirect page: {old!r} not found")
        html = html.replace(old, new)
    return html


def redirect_file(site_dir: Path, old_src: str, use_directory_urls: bool) -> Path:
    """Where mkdocs-redirects writes the page for an old docs path such as `x.md`."""
    stem = old_src.removesuffix(".md")
    if use_directory_urls and not stem.endswith("index"):
        return site_dir / stem / "index.html"
    return site_dir / f"{stem}.html"
