"""Report section 1: build time."""

from __future__ import annotations

from bench.build import BuildResult
from bench.paths import BUILD_RUNS
from bench.stats import median, ms, ratio, secs
from bench.table import table


def section(build: BuildResult, generator_seconds: float) -> str:
    real, base = median(build.real), median(build.baseline)
    rows = [
        ("real site: `mkdocs build --strict` (mkdocs.yml)", build.real_pages, len(build.real),
         secs(real), secs(min(build.real)), secs(max(build.real))),
        ("baseline: plain Material, same docs/ and nav", build.baseline_pages, len(build.baseline),
         secs(base), secs(min(build.baseline)), secs(max(build.baseline))),
    ]
    per_page_real = real / build.real_pages if build.real_pages else 0
    per_page_base = base / build.baseline_pages if build.baseline_pages else 0
    return (
        "## 1. Build time\n\n"
        f"Cold builds, each a separate `mkdocs build` process into a fresh temporary `--site-dir`, "
        f"real and baseline alternating, {BUILD_RUNS} of each. The baseline is a temporary config "
        "with `theme: material`, `language: nl`, the same `docs_dir`, nav and Markdown extensions "
        "(minus the Mermaid fence), no hooks, no plugins but search, no overrides, not strict "
        "(it cannot resolve the generated pages). Wall time includes starting Python and MkDocs.\n\n"
        + table(("build", "pages (index.html)", "runs", "median", "fastest", "slowest"), rows, right=(1, 2, 3, 4, 5))
        + f"\n**Real / baseline: {ratio(real, base)}** (medians). Per written page: "
        f"{ms(per_page_real)} real, {ms(per_page_base)} baseline.\n\n"
        + _build_meaning(build, real, base, per_page_real, per_page_base, generator_seconds)
    )


def _build_meaning(
    build: BuildResult, real: float, base: float, per_page_real: float, per_page_base: float, generator: float
) -> str:
    extra_pages = build.real_pages - build.baseline_pages
    cheaper = per_page_real < per_page_base
    return (
        f"**What this means.** The real build takes {secs(real - base)} more than plain Material on the "
        f"same Markdown. It also writes {extra_pages} more pages (the generated beslishulp pages, "
        "/print/ and the redirect pages), and per written page it is "
        + ("*cheaper* than the baseline: most of the extra time is the extra output and the fixed "
           "start-up of the extra plugins, not a slow part. " if cheaper else
           "dearer than the baseline, so besides the extra output the hooks and plugins add work per page. ")
        + f"The flow generator is {ms(generator)} of it (section 2); the rest is MkDocs and Material "
        "rendering the extra pages, print-site assembling /print/, mermaid2 re-parsing every page "
        "that mentions Mermaid with BeautifulSoup, the hooks' placeholder and anchor checks, and "
        "importing the extra plugins. A few seconds per build is no problem for `make build` or "
        "for `make serve`, which rebuilds in about this time after an edit.\n"
    )
