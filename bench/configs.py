"""Temporary MkDocs configurations: a plain-Material baseline and Material's native Mermaid.

Both are standalone files in a temporary folder with absolute paths; they are written
from mkdocs.yml (never changed) so they follow the site's nav, docs and settings.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from bench.paths import CONFIG, DOCS, MERMAID_JS, ROOT

NATIVE_FENCE = "pymdownx.superfences.fence_code_format"


class PythonName(str):
    """A `!!python/name:...` value of mkdocs.yml, kept as a name and written back as a tag."""


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


_TAG = "tag:yaml.org,2002:python/name:"
_Loader.add_multi_constructor(_TAG, lambda _loader, suffix, _node: PythonName(suffix))
_Dumper.add_representer(PythonName, lambda dumper, value: dumper.represent_scalar(_TAG + str(value), ""))


def site_config() -> dict[str, Any]:
    """mkdocs.yml as data (python/name tags kept as `PythonName`)."""
    data = yaml.load(CONFIG.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - SafeLoader subclass
    assert isinstance(data, dict)
    return data


def write(config: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _extensions(site: dict[str, Any], mermaid_format: PythonName | None) -> list[Any]:
    """The site's Markdown extensions; the mermaid fence uses `mermaid_format`, or is dropped."""
    result: list[Any] = []
    for entry in copy.deepcopy(site["markdown_extensions"]):
        if isinstance(entry, dict) and "pymdownx.superfences" in entry:
            fences = entry["pymdownx.superfences"].get("custom_fences", [])
            kept = []
            for fence in fences:
                if fence.get("name") == "mermaid":
                    if mermaid_format is None:
                        continue
                    fence = {**fence, "format": mermaid_format}
                kept.append(fence)
            entry = {"pymdownx.superfences": {**entry["pymdownx.superfences"], "custom_fences": kept}}
        result.append(entry)
    return result


def baseline(site: dict[str, Any]) -> dict[str, Any]:
    """Plain Material on the same Markdown and nav: no hooks, no plugins but search,
    no overrides or extra CSS, no flows. The same Markdown extensions, so the pages'
    own Markdown costs the same in both builds."""
    return {
        "site_name": site["site_name"],
        "docs_dir": str(DOCS),
        "use_directory_urls": site.get("use_directory_urls", True),
        "theme": {"name": "material", "language": site["theme"].get("language", "nl")},
        "plugins": ["search"],
        "markdown_extensions": _extensions(site, None),
        "nav": copy.deepcopy(site["nav"]),
    }


def native_mermaid(site: dict[str, Any]) -> dict[str, Any]:
    """The site with Material's own Mermaid set-up instead of mermaid2: the same theme,
    overrides, hooks (which generate the diagrams), pages and settings; the fence is
    Material's `fence_code_format` and the local Mermaid file is an `extra_javascript`
    (Material then uses the global `mermaid` instead of its CDN fallback). Plugins that
    only add pages elsewhere (redirects, print-site, offline) are left out."""
    theme = copy.deepcopy(site["theme"])
    if "custom_dir" in theme:
        theme["custom_dir"] = str(ROOT / theme["custom_dir"])
    plugins = site.get("plugins", {})
    return {
        "site_name": site["site_name"],
        "docs_dir": str(DOCS),
        "use_directory_urls": site.get("use_directory_urls", True),
        "theme": theme,
        "extra": copy.deepcopy(site["extra"]),
        "extra_css": list(site.get("extra_css", [])),
        "extra_javascript": [MERMAID_JS],
        "hooks": [str(ROOT / hook) for hook in site.get("hooks", [])],
        "plugins": {"search": copy.deepcopy(plugins.get("search", {}))},
        "markdown_extensions": _extensions(site, PythonName(NATIVE_FENCE)),
        "validation": copy.deepcopy(site.get("validation", {})),
        "nav": copy.deepcopy(site["nav"]),
    }
