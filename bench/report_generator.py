"""Report section 2: the flow generator, its growth and where the time goes."""

from __future__ import annotations

from bench.generator import CHECKS, LIBYAML, LOADER_BASE, STAGE_BUDGET_S, STAGES, RealFlowResult, SizeResult, growth
from bench.paths import SYNTHETIC_RUNS, TREE_RUNS
from bench.stats import kb, ms, ratio, secs, us
from bench.table import table
from scripts.flows.beslishulp import SUMMARY_MAX

STAGE_NAMES = {
    "parse": "parse (YAML → model)",
    "validate": "validate",
    "mermaid": "Mermaid",
    "textalt": "text alternative",
    "beslishulp": "beslishulp pages",
}
LINEAR_LIMIT = 2.0  # linear: per-node time at 10,000 nodes less than 2× that at 100


def _stage_cell(result: SizeResult, stage: str) -> str:
    time = result.stages.get(stage)
    return f"{ms(time.seconds)} ({time.runs}×)" if time else "–"


def is_linear(results: list[SizeResult], stage: str | None, no_gc: bool = False) -> bool | None:
    found = growth(results, stage, no_gc)
    return None if found is None else found[0] < LINEAR_LIMIT


def _verdict(results: list[SizeResult], stage: str | None) -> tuple[str, str, str]:
    """(per-node ratio, exponent, linear?) from the runs with the garbage collector running."""
    found = growth(results, stage)
    if found is None:
        return "–", "–", "–"
    per_node_ratio, exponent = found
    return f"{per_node_ratio:.2f}×", f"{exponent:.2f}", "yes" if per_node_ratio < LINEAR_LIMIT else "**no**"


def _no_gc_ratio(results: list[SizeResult], stage: str | None) -> str:
    found = growth(results, stage, no_gc=True)
    return f"{found[0]:.2f}×" if found else "–"


def _no_gc_exponent(results: list[SizeResult], stage: str | None) -> str:
    found = growth(results, stage, no_gc=True)
    return f"{found[1]:.2f}" if found else "–"


def _linear_cell(results: list[SizeResult], stage: str | None) -> str:
    with_gc, without = is_linear(results, stage), is_linear(results, stage, no_gc=True)
    if with_gc is None:
        return "–"
    if with_gc:
        return "yes"
    return "**no**; yes with the GC paused" if without else "**no**"


def _per_node(result: SizeResult, stage: str | None) -> str:
    seconds = result.total_fastest if stage is None else result.stages[stage].fastest
    return us(seconds / result.nodes)


def section(real: list[RealFlowResult], chain: list[SizeResult], tree: list[SizeResult]) -> str:
    out = ["## 2. Flow generator\n"]
    out.append(
        "In-process, `time.perf_counter()` around each stage, garbage collected before each "
        "timed call. Stages: parse = `loader.parse_flow` (for the real flows `load_flow_file`, "
        f"which reads the file too), on the loader's current parser (`{LOADER_BASE}`); "
        "validate = `validate.validate`; Mermaid = "
        "`mermaid.render_mermaid` with the /stroomschema/ hrefs "
        "(`scripts.flows.__main__.href_from_diagram_page`); text alternative = "
        "`textalt.render_text_alternative`; beslishulp = `beslishulp.render_pages`.\n"
    )
    runs = real[0].runs if real else 0
    rows = [
        (r.source, r.nodes, r.pages, *(ms(r.stages[s]) for s in STAGES), f"**{ms(r.total)}**")
        for r in real
    ]
    out.append(f"### The real flows (median of {runs} runs per stage)\n")
    out.append(table(("flow", "nodes", "pages", *(STAGE_NAMES[s] for s in STAGES), "total"), rows,
                     right=tuple(range(1, 9))))
    share = (sum(r.stages["parse"] for r in real) / sum(r.total for r in real)) if real else 0
    out.append(
        f"\nBoth flows together take {ms(sum(r.total for r in real))}; "
        f"{share:.0%} of that is reading and parsing the YAML.\n"
    )

    out.append("### Synthetic flows: a chain (deep)\n")
    out.append(
        "Generated YAML: a start, then questions where **Ja** goes to the next question and "
        "**Nee** to its own outcome; every node links to `melden.md#acuut-gevaar`. A route is up "
        "to n/2 questions long: the worst case for anything that walks routes. Every stage is "
        "run at every size. Cells show the median and, in brackets, the number of runs: each "
        f"stage is repeated as often as fits in about {STAGE_BUDGET_S:.0f} s at that size (at most "
        f"{'/'.join(str(n) for n in SYNTHETIC_RUNS.values())} runs, at least one).\n"
    )
    rows = [
        (f"{r.nodes:,}", *(_stage_cell(r, s) for s in STAGES), secs(r.total), us(r.total / r.nodes))
        for r in chain
    ]
    out.append(table(("nodes", *(STAGE_NAMES[s] for s in STAGES), "total", "per node"), rows,
                     right=tuple(range(0, 8))))
    out.append(
        "\nGrowth: time per node at each size, from the fastest run of each stage (the run least "
        "disturbed by other work on the shared machine; *all stages* adds those up); the "
        "per-node time at the largest size against the smallest; and the growth exponent between "
        "the two largest sizes (time ∝ n^k: 1 is linear, 2 quadratic). **Linear** here means the "
        f"per-node time at {chain[-1].nodes:,} nodes is less than {LINEAR_LIMIT:.0f}× that at "
        f"{chain[0].nodes:,}. Each stage was also run separately with Python's cyclic garbage "
        "collector paused during the call (`gc.disable()`; again the fastest run, with half the "
        "time budget): the stage's own work without the collector's, which a build does pay.\n\n"
    )
    rows = []
    for stage in (*STAGES, None):
        name = STAGE_NAMES[stage] if stage else "**all stages**"
        rows.append((name, *(_per_node(r, stage) for r in chain), *_verdict(chain, stage)[:2],
                     _no_gc_ratio(chain, stage), _no_gc_exponent(chain, stage), _linear_cell(chain, stage)))
    between = f"{chain[-2].nodes:,}→{chain[-1].nodes:,}"
    out.append(table(("stage", *(f"per node at {r.nodes:,}" for r in chain),
                      f"{chain[-1].nodes:,} vs {chain[0].nodes:,}", f"exponent {between}",
                      f"GC paused: {chain[-1].nodes:,} vs {chain[0].nodes:,}", f"GC paused: exponent {between}",
                      "linear?"),
                     rows, right=tuple(range(1, len(chain) + 5))))
    out.append(_where(chain, tree))
    out.append(_parser(chain))
    out.append(_generator_meaning(real, chain, tree))
    return "\n".join(out)


def _where(chain: list[SizeResult], tree: list[SizeResult]) -> str:
    out = ["\n### Where the time goes\n\n"]
    if chain and chain[0].checks and "validate" not in chain[0].checks:
        rows = [(f"`{name}`", *(ms(r.checks.get(name, 0.0)) for r in chain)) for name in CHECKS]
        out.append("The graph checks inside `validate()` on the chain, one by one (medians):\n\n")
        out.append(table(("check (scripts/flows/validate.py)", *(f"{r.nodes:,} nodes" for r in chain)), rows,
                         right=tuple(range(1, len(chain) + 1))))
    rows = [
        (f"{r.nodes:,}", f"{r.beslishulp_pages:,}" if r.beslishulp_pages else "–",
         kb(r.beslishulp_bytes) if r.beslishulp_bytes else "–",
         kb(r.beslishulp_bytes // r.beslishulp_pages) if r.beslishulp_bytes and r.beslishulp_pages else "–",
         ms(r.beslishulp_steps) if r.beslishulp_steps is not None else "–")
        for r in chain
    ]
    out.append("\nThe beslishulp of the chain: pages, the Markdown it writes (in all and per page; "
               f"the answers summary on a page lists at most the last {SUMMARY_MAX} answers), and `steps()` "
               "alone (one run):\n\n")
    out.append(table(("nodes", "pages", "Markdown written", "per page", "`steps()`"), rows, right=(0, 1, 2, 3, 4)))
    out.append(
        "\nThe same stages on a **shallow** flow of the same sizes (a balanced binary tree of "
        "questions; a route is about log₂ n questions long; parsed once, not timed; at most "
        f"{'/'.join(str(n) for n in TREE_RUNS.values())} runs):\n\n"
    )
    rows = [
        (f"{r.nodes:,}", *(_stage_cell(r, s) for s in STAGES if s != "parse"), us(r.total / r.nodes))
        for r in tree
    ]
    out.append(table(("nodes", *(STAGE_NAMES[s] for s in STAGES if s != "parse"), "per node"), rows,
                     right=tuple(range(0, 6))))
    rows = []
    for stage in (s for s in STAGES if s != "parse"):
        rows.append((STAGE_NAMES[stage], *_verdict(chain, stage)[:2], *_verdict(tree, stage)[:2]))
    rows.append(("**all stages but parse**", *_verdict_without_parse(chain), *_verdict(tree, None)[:2]))
    out.append(
        "\nGrowth side by side, deep against shallow (per-node time largest vs smallest size and "
        "the exponent between the two largest sizes, from the fastest runs as above):\n\n"
        + table(("stage", "chain: per node", "chain: exponent", "tree: per node", "tree: exponent"), rows,
                right=(1, 2, 3, 4))
    )
    return "".join(out)


def _verdict_without_parse(chain: list[SizeResult]) -> tuple[str, str]:
    """The chain's growth over the stages the tree has too (all but parse)."""
    stripped = [
        SizeResult(r.shape, r.nodes, {s: t for s, t in r.stages.items() if s != "parse"}) for r in chain
    ]
    return _verdict(stripped, None)[:2]


def _parser(chain: list[SizeResult]) -> str:
    rows = []
    for r in chain:
        now, before = r.stages.get("parse"), r.parse_pure
        if now is None or before is None:
            continue
        same = {True: "yes", False: "**no**", None: "–"}[r.pure_same_flow]
        rows.append((f"{r.nodes:,}", f"{ms(before.seconds)} ({before.runs}×)", _stage_cell(r, "parse"),
                     ratio(before.seconds, now.seconds), same))
    if not rows:
        return ""
    note = "" if LIBYAML else " (libyaml is not available in this environment, so both are pure Python)"
    return (
        "\n### Parsing: libyaml now, pure Python before\n\n"
        f"`loader._LineLoader` is now based on `{LOADER_BASE}`{note}. Before, it was PyYAML's "
        "pure-Python `SafeLoader`; that class, with the same line-keeping `construct_mapping`, "
        "is swapped in for this comparison only (medians; the pure-Python parser gets half the "
        "time budget):\n\n"
        + table(("nodes", "before: SafeLoader", f"now: {LOADER_BASE}", "speed-up", "identical Flow (incl. lines)?"),
                rows, right=(0, 1, 2, 3))
    )


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _slowest_check(chain: list[SizeResult]) -> str | None:
    """The validate check whose per-node time grows most from the smallest to the largest size."""
    first, last = chain[0], chain[-1]
    if not first.checks or "validate" in first.checks:
        return None
    def growth_of(name: str) -> float:
        a, b = first.checks.get(name, 0.0), last.checks.get(name, 0.0)
        return (b / last.nodes) / (a / first.nodes) if a else 0.0
    name = max(CHECKS, key=growth_of)
    return f"`{name}()` ({growth_of(name):.2f}× per node, medians)"


def _generator_meaning(real: list[RealFlowResult], chain: list[SizeResult], tree: list[SizeResult]) -> str:
    total_ratio, _, _ = _verdict(chain, None)
    linear = is_linear(chain, None)
    not_linear = [s for s in STAGES if is_linear(chain, s) is False]
    small, large = f"{chain[0].nodes:,}", f"{chain[-1].nodes:,}"
    parse_speedup = [
        r.parse_pure.seconds / r.stages["parse"].seconds for r in chain if r.parse_pure and "parse" in r.stages
    ]
    out = [
        "\n**What this means.** For the real flows the generator costs "
        f"{ms(sum(r.total for r in real))} per build "
        f"({sum(r.stages['parse'] for r in real) / max(sum(r.total for r in real), 1e-12):.0%} of it reading and parsing the YAML). "
        "The generator was changed in three places: `validate._outcome_reachable()` makes one "
        "walk back from all outcomes at once instead of one walk per outcome (it was quadratic "
        "in the length of a route); the beslishulp keeps a fixed-size answers summary per page "
        f"(“Uw antwoorden tot nu toe”: the last {SUMMARY_MAX} answers, and how many came before) "
        "and escapes each label once instead of on every page (the summaries made it "
        "quadratic); and the loader parses with libyaml"
        + (f" ({min(parse_speedup):.1f}–{max(parse_speedup):.1f}× faster than the pure-Python "
           "parser on the chain, the same model)" if parse_speedup else "")
        + ". "
    ]
    def described(stages: list[str], no_gc: bool) -> str:
        parts = []
        for stage in stages:
            found = growth(chain, stage, no_gc)
            check = _slowest_check(chain) if stage == "validate" and not no_gc else None
            parts.append(f"{STAGE_NAMES[stage]} ({found[0]:.2f}× per node, exponent {found[1]:.2f} from "
                         f"{chain[-2].nodes:,} to {large}" if found else STAGE_NAMES[stage])
            parts[-1] += (f"; inside validate most in {check}" if check else "") + (")" if found else "")
        return _names(parts)

    not_linear_no_gc = [s for s in STAGES if is_linear(chain, s, no_gc=True) is False]
    linear_no_gc = is_linear(chain, None, no_gc=True)
    no_gc_total = growth(chain, None, no_gc=True)
    if linear and not not_linear:
        out.append(
            f"On the deep chain the whole generator is now **linear**: the per-node time at {large} "
            f"nodes is {total_ratio} that at {small} (all stages, fastest runs), and every stage "
            f"stays below {LINEAR_LIMIT:.0f}×. "
        )
    else:
        out.append(
            f"On the deep chain, with the garbage collector running as in a build, the per-node time "
            f"at {large} nodes is {total_ratio} that at {small} (all stages, fastest runs): "
            + ("**linear** as a whole by the 2× rule, " if linear else "**not linear** by the 2× rule; ")
            + f"{described(not_linear, False)} {'grows' if len(not_linear) == 1 else 'grow'} faster. "
        )
        if no_gc_total and linear_no_gc and not not_linear_no_gc:
            out.append(
                f"With the collector paused the same comparison gives {no_gc_total[0]:.2f}× for all "
                f"stages and below {LINEAR_LIMIT:.0f}× for every stage: the generator's own work is "
                "linear, and the extra growth is time the garbage collector spends during "
                + _names([STAGE_NAMES[s] for s in not_linear])
                + " (the only difference between the two measurements). "
            )
        elif no_gc_total:
            out.append(
                f"With the collector paused it is {no_gc_total[0]:.2f}× for all stages; "
                + (f"{described(not_linear_no_gc, True)} still {'grows' if len(not_linear_no_gc) == 1 else 'grow'} "
                   "faster than linear in its own work. " if not_linear_no_gc else
                   "every stage on its own is below 2×. ")
            )
    out.append(
        f"The {large}-node beslishulp is measured, not estimated: "
        f"{_stage_cell(chain[-1], 'beslishulp')} for {chain[-1].beslishulp_pages or 0:,} pages "
        f"({kb(chain[-1].beslishulp_bytes or 0)} of Markdown). "
    )
    deep = sum(t.seconds for s, t in chain[-1].stages.items() if s != "parse") / chain[-1].nodes
    shallow = tree[-1].total / tree[-1].nodes if tree else None
    if shallow:
        out.append(
            "On the shallow tree the stages after parsing take "
            f"{_verdict(tree, None)[0]} the per-node time from {tree[0].nodes:,} to {tree[-1].nodes:,} nodes "
            f"({'linear' if is_linear(tree, None) else 'not linear'} by the 2× rule; "
            f"{_no_gc_ratio(tree, None)} with the GC paused); at {tree[-1].nodes:,} nodes they cost "
            f"{us(shallow)} per node there against {us(deep)} on the chain (medians), so a deep route "
            + (f"costs about as much per node as a shallow one ({deep / shallow:.2f}×).\n" if deep < 1.5 * shallow else
               f"costs {deep / shallow:.1f}× as much per node.\n")
        )
    return "".join(out)
