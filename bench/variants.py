"""Sites that differ only in how Mermaid is loaded, for the time-to-clickable comparison.

- ours: the real build in site/: mermaid2 adds `<script src=".../mermaid-loader.js">`
  (docs/assets/javascripts/mermaid-loader.js) to each page with a diagram. The loader
  stands in for the global `mermaid` that Material calls and, once a diagram nears the
  viewport (or the page is idle), imports the ES module build (`mermaid-esm/`, which
  fetches only the chunks a flowchart needs), or on file:// the single-file build.
- before: a copy of site/ in which that tag is the old eager
  `<script src=".../mermaid.min.js">` again: what the site did before the loader.
- native: one build with Material's own Mermaid set-up (configs.native_mermaid): the same
  local mermaid.min.js as an extra_javascript, so on every page.
- esm: a copy of `native` in which that tag imports the ES module build instead.
- lazy: a copy of site/ whose loader file is the real loader with its ES module branch
  switched off, so it always loads the single-file build (lazily).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import configs
from bench.paths import BUILD_ENV, DOCS, ESM_ENTRY, LOADER_JS, MERMAID_JS, PYTHON, ROOT, SITE

_UP = r'<script src="(?P<up>(?:\.\./)*)'
LOADER_TAG = re.compile(_UP + re.escape(LOADER_JS) + r'"></script>')
MERMAID_TAG = re.compile(_UP + re.escape(MERMAID_JS) + r'"></script>')
# In the real loader, the line that sends http(s) to the ES module build: for `lazy` it
# becomes an unconditional call of the single-file loader (the rest of the function is
# then never reached).
ESM_BRANCH = 'if (location.protocol === "file:") return loadScript();'
SCRIPT_ONLY = "return loadScript();  // bench variant lazy: the single-file build only"


class VariantError(RuntimeError):
    """A variant could not be derived as described (the site or the loader changed)."""


@dataclass(frozen=True)
class Variant:
    key: str
    label: str
    how: str
    site: Path


def _esm_module(up: str) -> str:
    return (
        f'<script type="module">import mermaid from "{up}{ESM_ENTRY}";'
        " window.mermaid = mermaid;</script>"
    )


def _mermaid_tag(up: str) -> str:
    return f'<script src="{up}{MERMAID_JS}"></script>'


def build_native(folder: Path) -> tuple[Path, float]:
    """Build the native-Mermaid variant into folder/native; return it and the build time."""
    config = configs.write(configs.native_mermaid(configs.site_config()), folder / "mkdocs-native.yml")
    site = folder / "native"
    started = time.perf_counter()
    subprocess.run(
        [str(PYTHON), "-m", "mkdocs", "build", "--quiet",
         "--config-file", str(config), "--site-dir", str(site)],
        cwd=ROOT, env=BUILD_ENV, check=True, capture_output=True, text=True,
    )
    return site, time.perf_counter() - started


def _derive(source: Path, target: Path, tag: re.Pattern[str], replace: Callable[[str], str]) -> Path:
    """Copy `source` to `target`, replacing every `tag` in its pages with `replace(up)`;
    fails unless at least one page had the tag."""
    shutil.copytree(source, target)
    changed_pages = 0
    for page in target.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        changed = tag.sub(lambda match: replace(match["up"]), html)
        if changed != html:
            page.write_text(changed, encoding="utf-8")
            changed_pages += 1
    if not changed_pages:
        raise VariantError(f"no page in {source} has the tag {tag.pattern}: cannot derive {target.name}")
    return target


def script_only_loader(loader: str) -> str:
    """The real loader with `loadMermaid` always taking the single-file build."""
    if loader.count(ESM_BRANCH) != 1:
        raise VariantError(
            f"{DOCS / LOADER_JS} no longer contains exactly one `{ESM_BRANCH}`: "
            "update ESM_BRANCH in bench/variants.py to derive the `lazy` variant"
        )
    return loader.replace(ESM_BRANCH, SCRIPT_ONLY)


def _check_site() -> str:
    """The committed loader, after checking that site/ is built with it and has the ES module build."""
    loader = (DOCS / LOADER_JS).read_text(encoding="utf-8")
    built = SITE / LOADER_JS
    if not built.is_file() or built.read_text(encoding="utf-8") != loader:
        raise VariantError(f"{built} is missing or differs from {DOCS / LOADER_JS}: run `make build`")
    for path in (MERMAID_JS, ESM_ENTRY):
        if not (SITE / path).is_file():
            raise VariantError(f"{SITE / path} is missing: run `make build`")
    return loader


def make_variants(folder: Path) -> tuple[list[Variant], float]:
    """All variants (ours first) and the build time of the native one."""
    loader = _check_site()
    native, seconds = build_native(folder)
    if not (native / ESM_ENTRY).is_file():  # docs/ holds the ES module build (make setup)
        raise VariantError(f"{native / ESM_ENTRY} is missing: run `make setup`")
    lazy = Path(shutil.copytree(SITE, folder / "lazy"))  # the same pages; only the loader differs
    (lazy / LOADER_JS).write_text(script_only_loader(loader), encoding="utf-8")
    variants = [
        Variant("ours", "ours (lazy loader → ESM)",
                "the site now: mermaid2 adds the small loader to pages with a diagram; it imports the ES "
                "module build when a diagram nears the viewport (single-file build on file://)", SITE),
        Variant("before", "before (eager mermaid.min.js)",
                "the site before the loader: mermaid2 adds the single-file build to pages with a diagram",
                _derive(SITE, folder / "before", LOADER_TAG, _mermaid_tag)),
        Variant("native", "(a) native + mermaid.min.js",
                "Material's own set-up; the single-file build as extra_javascript, on every page", native),
        Variant("esm", "(b) native + ESM",
                "`mermaid.esm.min.mjs` as a module on every page; Mermaid fetches the flowchart chunks on demand",
                _derive(native, folder / "esm", MERMAID_TAG, _esm_module)),
        Variant("lazy", "(c) lazy mermaid.min.js",
                "ours with the loader's ES module branch switched off: the single-file build, lazily", lazy),
    ]
    return variants, seconds
