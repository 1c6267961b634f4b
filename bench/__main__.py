"""`python -m bench`: measure everything side by side and write bench/REPORT.md.

Expects a built site: the folder given as argument, else site/ (`make bench` builds it first).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from bench import ROOT, browser, build, generator, machine, report
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
    say("1/4 cold builds, real and plain Material alternating")
    builds = build.measure()
    say("2/4 generator stages at 100, 1,000 and 10,000 nodes")
    scaling = generator.measure()
    with browser.chromium() as chromium, serve(site) as base_url:
        say("3/4 time to the flowchart")
        flowchart = browser.flowchart_times(chromium, base_url)
        say("4/4 page weight")
        weights = browser.page_weights(chromium, base_url)
        facts = machine.facts(chromium.version)
    results = report.Results(started, time.perf_counter() - STARTED, facts, builds, flowchart, weights, scaling)
    REPORT.write_text(report.render(results), encoding="utf-8")
    say(f"wrote {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
