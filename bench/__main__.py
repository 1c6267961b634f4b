"""`python -m bench`: measure everything and write bench/REPORT.md.

Expects a fresh `make build` in site/ (the Makefile's `bench` target does that first).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from bench import build, flowchart, generator, machine, report, weight
from bench.browser import chromium
from bench.paths import REPORT, SITE, TREE_RUNS
from bench.variants import make_variants
from tests.server import serve


_STARTED = time.perf_counter()


def _say(message: str) -> None:
    print(f"bench [{time.perf_counter() - _STARTED:5.0f} s]: {message}", file=sys.stderr, flush=True)


def main() -> int:
    if not (SITE / "index.html").is_file():
        print("bench: site/ is missing: run `make bench` (it builds first)", file=sys.stderr)
        return 1
    started_at = dt.datetime.now()
    started = time.perf_counter()
    _say("machine and versions")
    host, tools = machine.machine(), machine.versions()

    _say("1/4 cold builds, real and baseline alternating")
    builds = build.measure()
    _say(f"    real {builds.real}, baseline {builds.baseline}")

    _say("2/4 generator: real flows, synthetic chain and tree")
    real = generator.real_flows()
    chain = generator.synthetic_flows("chain")
    tree = generator.synthetic_flows("tree", TREE_RUNS, with_parse=False)

    with tempfile.TemporaryDirectory(prefix="bench-variants-") as tmp, chromium() as browser:
        _say("3/4 page weight of every page")
        with serve(SITE) as base:
            pages = weight.measure_site(browser, base, SITE)
        _say("4/4 time to a clickable flowchart: building the variants")
        variants, native_seconds = make_variants(Path(tmp))
        _say("    measuring " + ", ".join(v.key for v in variants))
        results = flowchart.measure(browser, variants, {page.path: page.load for page in pages})

    seconds = time.perf_counter() - started
    text = report.render(report.Measurements(
        started=started_at, seconds=seconds, machine=host, versions=tools, build=builds,
        real_flows=real, chain=chain, tree=tree, pages=pages, variants=results,
        native_build=native_seconds,
    ))
    REPORT.write_text(text, encoding="utf-8")
    _say(f"wrote {REPORT.relative_to(REPORT.parent.parent)} in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
