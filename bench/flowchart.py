"""Section 4: time to a clickable flowchart, and the bytes, for every way of loading Mermaid."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field

from playwright.sync_api import Browser

from bench.clickable import Run, diagram_run, expected_links, start_page_run
from bench.paths import BROWSER_RUNS, SITE
from bench.stats import median
from bench.variants import Variant
from bench.weight import PageLoad, load_pages
from tests.server import serve

DIAGRAM_PAGE = "stroomschema/"
START_PAGE = "beslishulp/afwegingskader/"
TEXT_PAGE = "melden/"
FILE_TIMEOUT_MS = 6_000


@dataclass
class VariantResult:
    variant: Variant
    expected: list[list[str]]  # click targets per diagram, from the built HTML
    diagram: list[Run] = field(default_factory=list)
    start: list[Run] = field(default_factory=list)
    weights: dict[str, PageLoad] = field(default_factory=dict)
    from_file: Run | None = None
    same_pages_as: str | None = None  # pages without a diagram identical to this variant's

    @property
    def clickable(self) -> float | None:
        times = [run.clickable for run in self.diagram if run.clickable is not None]
        return median(times) if len(times) == len(self.diagram) and times else None

    def med(self, runs: list[Run], attribute: str) -> float | None:
        values = [getattr(run, attribute) for run in runs if getattr(run, attribute) is not None]
        return median(values) if values else None

    @property
    def correct(self) -> bool:
        return bool(self.diagram) and all(run.correct for run in self.diagram)

    @property
    def outside(self) -> list[str]:
        urls = [url for run in self.diagram + self.start for url in run.outside]
        urls += [url for load in self.weights.values() for url in load.outside]
        return sorted(set(urls))


def _same_pages_as(variants: list[Variant], index: int) -> int | None:
    """An earlier variant whose start and text pages are byte-identical to this one's."""
    for other in range(index):
        if all(
            (variants[index].site / page / "index.html").read_bytes()
            == (variants[other].site / page / "index.html").read_bytes()
            for page in (START_PAGE, TEXT_PAGE)
        ):
            return other
    return None


def measure(
    browser: Browser, variants: list[Variant], known: dict[str, PageLoad], runs: int = BROWSER_RUNS
) -> list[VariantResult]:
    """`known`: page weights of site/ already measured (section 3), reused for `ours`."""
    results = [
        VariantResult(v, expected_links((v.site / DIAGRAM_PAGE / "index.html").read_text(encoding="utf-8")))
        for v in variants
    ]
    with ExitStack() as stack:
        bases = [stack.enter_context(serve(v.site)) for v in variants]
        order = list(range(len(variants)))
        for run in range(runs):  # variants take turns; the order rotates every round
            for i in order[run % len(order):] + order[:run % len(order)]:
                results[i].diagram.append(diagram_run(browser, bases[i] + DIAGRAM_PAGE))
        # Pages without a diagram are byte-for-byte those of an earlier variant in the copies
        # of site/ (before, lazy: only diagram pages or the loader differ): measured once.
        same_as = {i: _same_pages_as(variants, i) for i in order}
        measured = [i for i in order if same_as[i] is None]
        for run in range(runs):
            for i in measured[run % len(measured):] + measured[:run % len(measured)]:
                results[i].start.append(start_page_run(browser, bases[i] + START_PAGE))
        wanted = []  # (variant index, page) still to weigh
        for i, (result, variant) in enumerate(zip(results, variants, strict=True)):
            pages = [DIAGRAM_PAGE] if same_as[i] is not None else [DIAGRAM_PAGE, TEXT_PAGE, START_PAGE]
            for page in pages:
                if variant.site == SITE and "/" + page in known:
                    result.weights[page] = known["/" + page]
                else:
                    wanted.append((i, page))
        loads = load_pages(browser, [bases[i] + page for i, page in wanted])
        for (i, page), load in zip(wanted, loads, strict=True):
            results[i].weights[page] = load
        for i, other in same_as.items():
            if other is not None:
                results[i].start = results[other].start
                results[i].weights.update({page: results[other].weights[page] for page in (TEXT_PAGE, START_PAGE)})
                results[i].same_pages_as = variants[other].key
    for result in results:  # straight from disk, as the offline bundle is opened
        page = (result.variant.site / DIAGRAM_PAGE / "index.html").as_uri()
        result.from_file = diagram_run(browser, page, timeout_ms=FILE_TIMEOUT_MS)
    return results
