"""Sites that differ only in how Mermaid is loaded, for the time-to-clickable comparison.

- ours: the real build in site/: mermaid2 adds `<script src=".../mermaid.min.js">` (the
  full UMD file) to each page with a diagram.
- native: one build with Material's own Mermaid set-up (configs.native_mermaid): the same
  local mermaid.min.js as an extra_javascript, so on every page.
- esm: a copy of `native` in which that tag imports the ESM build instead
  (`mermaid.esm.min.mjs` + its chunks, served from the variant's own site).
- lazy, lazy-esm: copies of `ours` in which mermaid2's tag points at a small loader file
  instead, exactly what `plugins.mermaid2.javascript: assets/javascripts/mermaid-loader.js`
  would write. The loader stands in for the global `mermaid` that Material calls; it
  fetches the real Mermaid only when Material asks for a diagram and one is within 200px
  of the viewport (or, at the latest, when the browser is idle after the load event, so
  /print/ and diagrams further down still render). `lazy` fetches the UMD file; `lazy-esm`
  imports the ESM build and falls back to the UMD file where modules cannot load (file://).
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
from bench.paths import BUILD_ENV, MERMAID_DIST, PYTHON, ROOT, SITE

ESM_DIR = "assets/javascripts/mermaid-esm"  # inside a variant's site
LOADER = "assets/javascripts/mermaid-loader.js"
_TAG = re.compile(r'<script src="(?P<up>(?:\.\./)*)assets/javascripts/mermaid\.min\.js"></script>')


@dataclass(frozen=True)
class Variant:
    key: str
    label: str
    how: str
    site: Path


LOADER_JS = """// Lazy Mermaid for Material: a stand-in for the global `mermaid` (see bench/variants.py).
(function () {
  var here = document.currentScript.src;
  var umd = new URL("mermaid.min.js", here).href;
  var esm = %(esm)s;
  var settings = {}, ready = null;
  function script(url) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = url;
      tag.onload = function () { resolve(window.mermaid); };
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }
  function load() {
    if (!esm) return script(umd);
    // ES modules do not load from file:// (the offline bundle): use the UMD file there.
    return import(esm).then(function (module) { return module.default; }, function () { return script(umd); });
  }
  function wanted() {
    return new Promise(function (resolve) {
      var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting; })) resolve();
      }, { rootMargin: "200px 0px" });
      document.querySelectorAll(".mermaid").forEach(function (element) { observer.observe(element); });
      function idle() { (window.requestIdleCallback || setTimeout)(resolve, { timeout: 2000 }); }
      if (document.readyState === "complete") idle(); else addEventListener("load", idle);
    });
  }
  window.mermaid = {
    initialize: function (config) { settings = config; },
    render: function (id, text) {
      ready = ready || wanted().then(load).then(function (real) {
        real.initialize(settings);
        window.mermaid = real;
        return real;
      });
      return ready.then(function (real) { return real.render(id, text); });
    }
  };
})();
"""


def _esm_module(up: str) -> str:
    return (
        f'<script type="module">import mermaid from "{up}{ESM_DIR}/mermaid.esm.min.mjs";'
        " window.mermaid = mermaid;</script>"
    )


def _loader_tag(up: str) -> str:
    return f'<script src="{up}{LOADER}"></script>'


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


def _copy_esm(site: Path) -> None:
    target = site / ESM_DIR / "chunks" / "mermaid.esm.min"
    target.mkdir(parents=True)
    shutil.copy2(MERMAID_DIST / "mermaid.esm.min.mjs", site / ESM_DIR / "mermaid.esm.min.mjs")
    for chunk in (MERMAID_DIST / "chunks" / "mermaid.esm.min").glob("*.mjs"):
        shutil.copy2(chunk, target / chunk.name)


def _derive(source: Path, target: Path, replace: Callable[[str], str], esm: bool, loader: str | None) -> Path:
    """Copy `source` to `target`, replacing every mermaid.min.js tag with `replace(up)`."""
    shutil.copytree(source, target)
    for page in target.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        changed = _TAG.sub(lambda match: replace(match["up"]), html)
        if changed != html:
            page.write_text(changed, encoding="utf-8")
    if esm:
        _copy_esm(target)
    if loader is not None:
        (target / LOADER).write_text(loader, encoding="utf-8")
    return target


def make_variants(folder: Path) -> tuple[list[Variant], float]:
    """All variants (ours first) and the build time of the native one."""
    native, seconds = build_native(folder)
    esm_url = 'new URL("mermaid-esm/mermaid.esm.min.mjs", here).href'
    variants = [
        Variant("ours", "ours (mermaid2 + mermaid.min.js)",
                "mermaid2 adds the full UMD file to pages with a diagram", SITE),
        Variant("native", "(a) native + mermaid.min.js",
                "Material's own set-up; the UMD file as extra_javascript, on every page", native),
        Variant("esm", "(b) native + ESM",
                "`mermaid.esm.min.mjs` as a module on every page; Mermaid fetches the flowchart chunks on demand",
                _derive(native, folder / "esm", _esm_module, esm=True, loader=None)),
        Variant("lazy", "(c) lazy mermaid.min.js",
                "mermaid2 with a 2 KB loader; the UMD file only when a diagram nears the viewport",
                _derive(SITE, folder / "lazy", _loader_tag, esm=False, loader=LOADER_JS % {"esm": "null"})),
        Variant("lazy-esm", "(b+c) lazy ESM",
                "mermaid2 with the same loader; ESM `import()` (UMD file on file://) when a diagram nears the viewport",
                _derive(SITE, folder / "lazy-esm", _loader_tag, esm=True, loader=LOADER_JS % {"esm": esm_url})),
    ]
    return variants, seconds
