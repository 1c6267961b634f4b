"""`python -m bench`: measure everything side by side and write bench/REPORT.md.

Expects a built site: the folder given as argument, else site/ (`make bench` builds it first).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from bench import ROOT, browser, build, generator, machine, report, suite, variants
from tests.server import serve

REPORT = ROOT / "bench" / "REPORT.md"
STARTED = time.perf_counter()


def say(message: str) -> None:
    print(f"bench [{time.perf_counter() - STARTED:4.0f} s] {message}", file=sys.stderr, flush=True)


def main(argv: list[str]) -> int:
    site = Path(argv[0]) if argv else ROOT / "site"
    if not (site / "index.html").is_file():
        print(f"bench: no {site}/index.html: build the site first (make bench does)", file=sys.stderr)
        return 1
    started = dt.datetime.now()
    say("0/5 the suite: make check, then make test (it builds the site again)")
    suite_seconds = suite.measure()
    say("1/5 builds: cached, nothing cached, no Chromium, plain Material, taking turns")
    builds = build.measure()
    say(f"2/5 generator stages at {', '.join(f'{n:,}' for n in generator.SIZES)} nodes")
    scaling = generator.measure()
    with tempfile.TemporaryDirectory(prefix="bench-sites-") as tmp, ExitStack() as servers:
        say("3/5 the fallback and Material's native Mermaid as sites of their own, and the zips")
        sites = variants.sites(site, Path(tmp))
        zips = {name: variants.zip_bytes(sites[name], Path(tmp) / f"{name}.zip") for name in ("drawn", "fallback")}
        base_urls = {name: servers.enter_context(serve(folder)) for name, folder in sites.items()}
        with browser.chromium() as chromium:
            say("4/5 time to the flowchart, the three sites taking turns, and a text page's first paint")
            flowchart = browser.flowchart_times(chromium, base_urls)
            text = browser.text_times(chromium, base_urls["drawn"])
            say("5/5 page weight")
            weights = browser.page_weights(chromium, base_urls)
            facts = machine.facts(chromium.version)
    results = report.Results(started, time.perf_counter() - STARTED, facts, builds, flowchart, text,
                             weights, zips, scaling, suite_seconds)
    REPORT.write_text(report.render(results), encoding="utf-8")
    say(f"wrote {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
