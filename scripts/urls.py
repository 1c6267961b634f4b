"""Docs paths and site addresses, the one way: MkDocs' own `File` and `get_relative_url`.

A docs path is a page's file under docs/ (`melden.md`, `beslishulp/x/index.md`); every
module and test that needs its address, its output file or a link to it asks here.
"""

from __future__ import annotations

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url


def _file(src_uri: str, use_directory_urls: bool) -> File:
    return File(src_uri, src_dir=None, dest_dir="", use_directory_urls=use_directory_urls)


def page_url(src_uri: str, use_directory_urls: bool = True) -> str:
    """The address of a page from the site root: `melden.md` -> `/melden/`, `index.md` -> `/`."""
    url = _file(src_uri, use_directory_urls).url
    return "/" + ("" if url == "./" else url)


def output_file(src_uri: str, use_directory_urls: bool = True) -> str:
    """The file MkDocs writes for a page, relative to the site folder (`melden/index.html`)."""
    return _file(src_uri, use_directory_urls).dest_uri


def page_href(target_src: str, from_src: str, anchor: str = "", use_directory_urls: bool = True) -> str:
    """A link in the built page `from_src` to the page `target_src` (and its anchor)."""
    href = get_relative_url(_file(target_src, use_directory_urls).url, _file(from_src, use_directory_urls).url)
    return f"{href}#{anchor}" if anchor else href


def docs_link(target: str, from_src: str) -> str:
    """A Markdown link in the docs page `from_src` to the docs path `target` (`x.md#anker`)."""
    path, hash_, anchor = target.partition("#")
    return get_relative_url(path, from_src) + hash_ + anchor


def asset_href(asset: str, from_src: str, use_directory_urls: bool = True) -> str:
    """A link in the built page `from_src` to a file of the site (`assets/x.js`)."""
    return get_relative_url(asset, _file(from_src, use_directory_urls).url)
