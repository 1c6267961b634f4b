"""The flow generator, in-process: load + validate + Mermaid + text alternative + beslishulp.

Times come from time.perf_counter around each stage (garbage collected before each timed
call); every figure is the median of the runs that fit in a time budget per stage and size
(the run count is reported with it). The synthetic flows come from bench.synthetic.
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
# configured number of runs, at least once); a stage whose single run is estimated (from
# the smaller sizes) to take longer than SKIP_ABOVE_S is not run but extrapolated.
STAGE_BUDGET_S = 5.0
SKIP_ABOVE_S = 25.0
# The graph checks that validate() runs, in its order; timed one by one (their sum is the
# validate stage) to show where the time goes. Falls back to validate() if one is missing.
CHECKS = ("_one_start", "_targets_exist", "_reachable_from_start", "_outcome_reachable", "_no_cycles", "_bounded_paths")


@dataclass
class StageTime:
    seconds: float
    runs: int  # 0: not run, extrapolated from the smaller sizes

    @property
    def estimated(self) -> bool:
        return self.runs == 0


@dataclass
class SizeResult:
    shape: str
    nodes: int
    stages: dict[str, StageTime] = field(default_factory=dict)
    parse_libyaml: StageTime | None = None  # parse with a libyaml-based loader
    libyaml_same_flow: bool | None = None  # ... which gave exactly the same Flow
    checks: dict[str, float] = field(default_factory=dict)  # medians of the validate runs
    beslishulp_steps: float | None = None  # steps() alone, one run
    beslishulp_pages: int | None = None
    beslishulp_bytes: int | None = None

    @property
    def total(self) -> float:
        return sum(stage.seconds for stage in self.stages.values())

    @property
    def any_estimated(self) -> bool:
        return any(stage.estimated for stage in self.stages.values())


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


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()  # garbage of an earlier run is not charged to this one
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def _repeat(action: Callable[[], Any], runs: int, budget: float | None = None) -> tuple[list[float], Any]:
    """Up to `runs` timed runs; with a `budget` (seconds), no further run once another one
    of the same length would go over it (there is always at least one)."""
    times: list[float] = []
    result = None
    for _ in range(runs):
        if times and budget is not None and sum(times) + times[-1] > budget:
            break
        seconds, result = _timed(action)
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


class _LibyamlLineLoader(yaml.CSafeLoader if LIBYAML else yaml.SafeLoader):  # type: ignore[misc]
    """The flow loader's line-keeping mapping constructor on libyaml's C parser."""


_LibyamlLineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, loader_module._LineLoader.construct_mapping
)


@contextmanager
def libyaml_loader() -> Iterator[None]:
    """Let parse_flow use libyaml for the duration (a measurement only; scripts/ is unchanged)."""
    original = loader_module._LineLoader
    loader_module._LineLoader = _LibyamlLineLoader  # type: ignore[misc]
    try:
        yield
    finally:
        loader_module._LineLoader = original  # type: ignore[misc]


def _estimate(previous: list[SizeResult], stage: str, nodes: int) -> float | None:
    """A stage's time at `nodes`, extrapolated with the growth exponent of the two largest
    measured sizes (never below 1: at least linear)."""
    measured = [r for r in previous if stage in r.stages and not r.stages[stage].estimated]
    if not measured:
        return None
    last = measured[-1]
    exponent = 1.0
    if len(measured) >= 2:
        first = measured[-2]
        exponent = max(1.0, math.log(last.stages[stage].seconds / first.stages[stage].seconds)
                       / math.log(last.nodes / first.nodes))
    return last.stages[stage].seconds * (nodes / last.nodes) ** exponent


def _runs_for(guess: float | None, runs: int) -> int:
    """How often to run a stage whose single run is guessed to take `guess` seconds."""
    if guess is None:
        return runs
    if guess > SKIP_ABOVE_S:
        return 0
    return max(1, min(runs, int(STAGE_BUDGET_S / max(guess, 1e-9))))


def synthetic_flows(shape: str, sizes: dict[int, int] = SYNTHETIC_RUNS, with_parse: bool = True) -> list[SizeResult]:
    """Every stage at every size for one shape ('chain' or 'tree').

    Without `with_parse` the flow is parsed once with libyaml (the same Flow, see the
    parse_libyaml check of the chain) and the parse stage is not measured."""
    generate = getattr(synthetic, shape)
    results: list[SizeResult] = []
    for nodes, runs in sizes.items():
        text = generate(nodes)
        source = f"{shape}-{nodes}.yml"
        result = SizeResult(shape=shape, nodes=0)

        def stage_runs(stage: str, nodes: int = nodes, runs: int = runs) -> tuple[int, float | None]:
            guess = _estimate(results, stage, nodes)
            return _runs_for(guess, runs), guess

        with libyaml_loader():
            fast_times, flow = _repeat(lambda: parse_flow(text, "synthetisch", source), runs if with_parse else 1,
                                       STAGE_BUDGET_S / 2)
        if with_parse:
            result.parse_libyaml = StageTime(median(fast_times), len(fast_times))
            count, guess = stage_runs("parse")
            if count:
                times, slow_flow = _repeat(lambda: parse_flow(text, "synthetisch", source), count, STAGE_BUDGET_S)
                result.stages["parse"] = StageTime(median(times), len(times))
                result.libyaml_same_flow = slow_flow == flow
            else:
                result.stages["parse"] = StageTime(guess or 0.0, 0)
        result.nodes = len(flow.nodes)

        count, guess = stage_runs("validate")
        if count:
            runs_of_checks = []
            while len(runs_of_checks) < count:
                runs_of_checks.append(_validate_checks(flow))
                spent = sum(sum(r.values()) for r in runs_of_checks)
                if spent + sum(runs_of_checks[-1].values()) > STAGE_BUDGET_S:
                    break
            result.checks = {name: median([r[name] for r in runs_of_checks]) for name in runs_of_checks[0]}
            result.stages["validate"] = StageTime(median([sum(r.values()) for r in runs_of_checks]), len(runs_of_checks))
        else:
            result.stages["validate"] = StageTime(guess or 0.0, 0)

        for stage, action in _render_stages(flow).items():
            count, guess = stage_runs(stage)
            if not count:
                result.stages[stage] = StageTime(guess or 0.0, 0)
                continue
            times, output = _repeat(action, count, STAGE_BUDGET_S)
            result.stages[stage] = StageTime(median(times), len(times))
            if stage == "beslishulp":
                result.beslishulp_pages = len(output)
                result.beslishulp_bytes = sum(len(page.encode("utf-8")) for page in output.values())
                del output
                result.beslishulp_steps = _timed(lambda: steps(flow))[0]
        results.append(result)
    return results


def growth(results: list[SizeResult], stage: str | None) -> tuple[float, float] | None:
    """(per-node time ratio largest/smallest size, growth exponent between the two largest)."""
    def value(r: SizeResult) -> float | None:
        if stage is None:
            return r.total
        return r.stages[stage].seconds if stage in r.stages else None

    first, last = results[0], results[-1]
    a, b = value(first), value(last)
    if a is None or b is None or len(results) < 2:
        return None
    ratio = (b / last.nodes) / (a / first.nodes)
    prev = results[-2]
    p = value(prev)
    exponent = math.log(b / p) / math.log(last.nodes / prev.nodes) if p else float("nan")
    return ratio, exponent
