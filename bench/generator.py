"""The flow generator, in-process: load + validate + Mermaid + text alternative + beslishulp.

Times come from time.perf_counter around each stage (garbage collected before each timed
call); every figure is the median of the runs that fit in a time budget per stage and size
(at least one; the run count is reported with it). The synthetic flows come from
bench.synthetic.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

import scripts.flows.loader as loader_module
import scripts.flows.validate as validate_module
from bench import synthetic
from bench.paths import REAL_FLOW_RUNS, ROOT, SYNTHETIC_RUNS
from bench.stats import median
from scripts.flows.__main__ import href_from_diagram_page
from scripts.flows.beslishulp import render_pages, steps
from scripts.flows.loader import load_flow_file, parse_flow
from scripts.flows.mermaid import render_mermaid
from scripts.flows.model import Flow
from scripts.flows.textalt import render_text_alternative
from scripts.flows.validate import validate

STAGES = ("parse", "validate", "mermaid", "textalt", "beslishulp")
# Each stage at each size is repeated as often as fits in STAGE_BUDGET_S (at most the
# configured number of runs, and always at least once: every figure is measured).
STAGE_BUDGET_S = 5.0
# The graph checks that validate() runs, in its order; timed one by one (their sum is the
# validate stage) to show where the time goes. Falls back to validate() if one is missing.
CHECKS = ("_one_start", "_targets_exist", "_reachable_from_start", "_outcome_reachable", "_no_cycles", "_bounded_paths")


@dataclass
class StageTime:
    seconds: float  # median of the runs
    runs: int
    fastest: float  # the run least disturbed by other work on the machine: used for growth
    # The fastest of separate runs with Python's garbage collector paused during the call:
    # the stage's own work, without the collector's.
    fastest_no_gc: float | None = None

    @classmethod
    def of(cls, times: list[float]) -> StageTime:
        return cls(median(times), len(times), min(times))


@dataclass
class SizeResult:
    shape: str
    nodes: int
    stages: dict[str, StageTime] = field(default_factory=dict)
    parse_pure: StageTime | None = None  # parse on PyYAML's pure-Python SafeLoader (before)
    pure_same_flow: bool | None = None  # ... which gave exactly the same Flow
    checks: dict[str, float] = field(default_factory=dict)  # medians of the validate runs
    beslishulp_steps: float | None = None  # steps() alone, one run
    beslishulp_pages: int | None = None
    beslishulp_bytes: int | None = None

    @property
    def total(self) -> float:
        return sum(stage.seconds for stage in self.stages.values())

    @property
    def total_fastest(self) -> float:
        return sum(stage.fastest for stage in self.stages.values())

    @property
    def total_fastest_no_gc(self) -> float | None:
        values = [stage.fastest_no_gc for stage in self.stages.values()]
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)


@dataclass
class RealFlowResult:
    source: str
    nodes: int
    runs: int
    stages: dict[str, float]
    pages: int

    @property
    def total(self) -> float:
        return sum(self.stages.values())


def _timed(action: Callable[[], Any], pause_gc: bool = False) -> tuple[float, Any]:
    """One timed call; garbage of an earlier run is collected first, so it is not charged to
    this one. With `pause_gc` Python's cyclic garbage collector does not run during the call."""
    gc.collect()
    if pause_gc:
        gc.disable()
    try:
        started = time.perf_counter()
        result = action()
        return time.perf_counter() - started, result
    finally:
        if pause_gc:
            gc.enable()


def _repeat(
    action: Callable[[], Any], runs: int, budget: float | None = None, pause_gc: bool = False
) -> tuple[list[float], Any]:
    """Up to `runs` timed runs; with a `budget` (seconds), no further run once another one
    of the same length would go over it (there is always at least one)."""
    times: list[float] = []
    result = None
    for _ in range(runs):
        if times and budget is not None and sum(times) + times[-1] > budget:
            break
        seconds, result = _timed(action, pause_gc)
        times.append(seconds)
    return times, result


def _validate_checks(flow: Flow) -> dict[str, float]:
    """Each graph check of validate() timed on its own (validate() if one is missing)."""
    checks = [getattr(validate_module, name, None) for name in CHECKS]
    if any(check is None for check in checks):
        return {"validate": _timed(lambda: validate(flow))[0]}
    return {name: _timed(lambda check=check: check(flow))[0] for name, check in zip(CHECKS, checks, strict=True)}


def _render_stages(flow: Flow) -> dict[str, Callable[[], Any]]:
    return {
        "mermaid": lambda: render_mermaid(flow, href_from_diagram_page),
        "textalt": lambda: render_text_alternative(flow, ""),
        "beslishulp": lambda: render_pages(flow),
    }


def real_flows(folder: Path = ROOT / "diagrams", runs: int = REAL_FLOW_RUNS) -> list[RealFlowResult]:
    """Load (read + parse), validate and render each real flow, `runs` times per stage."""
    results = []
    for path in sorted(folder.glob("*.yml")):
        load_times, flow = _repeat(lambda path=path: load_flow_file(path), runs)
        stages = {"parse": median(load_times), "validate": median(_repeat(lambda: validate(flow), runs)[0])}
        pages: dict[str, str] = {}
        for stage, action in _render_stages(flow).items():
            times, output = _repeat(action, runs)
            stages[stage] = median(times)
            if stage == "beslishulp":
                pages = output
        results.append(RealFlowResult(str(path.relative_to(ROOT)), len(flow.nodes), runs, stages, len(pages)))
    return results


LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))
# The parser the flow loader uses now: libyaml's CSafeLoader when PyYAML has it.
LOADER_BASE = next(base.__name__ for base in loader_module._LineLoader.__mro__[1:]
                   if base.__name__ in {"CSafeLoader", "SafeLoader"})


class _PureLineLoader(yaml.SafeLoader):
    """The flow loader's line-keeping mapping constructor on PyYAML's pure-Python parser:
    what `loader._LineLoader` was before it used libyaml."""


_PureLineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, loader_module._LineLoader.construct_mapping
)


@contextmanager
def pure_python_loader() -> Iterator[None]:
    """Let parse_flow use the pure-Python parser for the duration (a measurement only)."""
    original = loader_module._LineLoader
    loader_module._LineLoader = _PureLineLoader  # type: ignore[misc]
    try:
        yield
    finally:
        loader_module._LineLoader = original  # type: ignore[misc]


def _fastest_without_gc(action: Callable[[], Any], runs: int) -> float:
    """The fastest of up to `runs` calls with the garbage collector paused (half the budget)."""
    return min(_repeat(action, runs, STAGE_BUDGET_S / 2, pause_gc=True)[0])


def synthetic_flows(shape: str, sizes: dict[int, int] = SYNTHETIC_RUNS, with_parse: bool = True) -> list[SizeResult]:
    """Every stage at every size for one shape ('chain' or 'tree'), each measured.

    Without `with_parse` the flow is parsed once and the parse stages are not measured."""
    generate = getattr(synthetic, shape)
    results: list[SizeResult] = []
    for nodes, runs in sizes.items():
        text = generate(nodes)
        source = f"{shape}-{nodes}.yml"
        result = SizeResult(shape=shape, nodes=0)

        def parse() -> Flow:
            return parse_flow(text, "synthetisch", source)  # noqa: B023 - used within the iteration

        times, flow = _repeat(parse, runs if with_parse else 1, STAGE_BUDGET_S)
        if with_parse:
            result.stages["parse"] = StageTime.of(times)
            result.stages["parse"].fastest_no_gc = _fastest_without_gc(parse, runs)
            with pure_python_loader():  # only a comparison: half the time budget
                times, pure_flow = _repeat(parse, runs, STAGE_BUDGET_S / 2)
            result.parse_pure = StageTime.of(times)
            result.pure_same_flow = pure_flow == flow
            del pure_flow
        result.nodes = len(flow.nodes)

        runs_of_checks: list[dict[str, float]] = []
        while len(runs_of_checks) < runs:
            runs_of_checks.append(_validate_checks(flow))
            spent = sum(sum(r.values()) for r in runs_of_checks)
            if spent + sum(runs_of_checks[-1].values()) > STAGE_BUDGET_S:
                break
        result.checks = {name: median([r[name] for r in runs_of_checks]) for name in runs_of_checks[0]}
        result.stages["validate"] = StageTime.of([sum(r.values()) for r in runs_of_checks])
        result.stages["validate"].fastest_no_gc = _fastest_without_gc(lambda: validate(flow), runs)  # noqa: B023

        for stage, action in _render_stages(flow).items():
            times, output = _repeat(action, runs, STAGE_BUDGET_S)
            result.stages[stage] = StageTime.of(times)
            result.stages[stage].fastest_no_gc = _fastest_without_gc(action, runs)
            if stage == "beslishulp":
                result.beslishulp_pages = len(output)
                result.beslishulp_bytes = sum(len(page.encode("utf-8")) for page in output.values())
                del output
                result.beslishulp_steps = _timed(lambda: steps(flow))[0]  # noqa: B023
        results.append(result)
    return results


def growth(results: list[SizeResult], stage: str | None, no_gc: bool = False) -> tuple[float, float] | None:
    """(per-node time ratio largest/smallest size, growth exponent between the two largest),
    from the fastest run of each stage (all stages together: the sum of those); with
    `no_gc`, from the runs with the garbage collector paused."""
    def value(r: SizeResult) -> float | None:
        if stage is None:
            return r.total_fastest_no_gc if no_gc else r.total_fastest
        time = r.stages.get(stage)
        if time is None:
            return None
        return time.fastest_no_gc if no_gc else time.fastest

    if len(results) < 2:
        return None
    first, prev, last = results[0], results[-2], results[-1]
    a, p, b = value(first), value(prev), value(last)
    if not a or not b or not p:
        return None
    ratio = (b / last.nodes) / (a / first.nodes)
    exponent = math.log(b / p) / math.log(last.nodes / prev.nodes)
    return ratio, exponent
