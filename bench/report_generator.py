"""Report section 2: the flow generator, its growth and where the time goes."""

from __future__ import annotations

from bench.generator import CHECKS, LIBYAML, STAGE_BUDGET_S, STAGES, RealFlowResult, SizeResult, growth
from bench.paths import SYNTHETIC_RUNS
from bench.stats import kb, ms, ratio, secs, us
from bench.table import table

STAGE_NAMES = {
    "parse": "parse (YAML → model)",
    "validate": "validate",
    "mermaid": "Mermaid",
    "textalt": "text alternative",
    "beslishulp": "beslishulp pages",
}
LINEAR_LIMIT = 2.0  # per-node time at the largest size within 2× of the smallest: linear


def _stage_cell(result: SizeResult, stage: str) -> str:
    time = result.stages.get(stage)
    if time is None:
        return "–"
    if time.estimated:
        return f"≈ {ms(time.seconds)} (est., not run)"
    return f"{ms(time.seconds)} ({time.runs}×)"


def _verdict(results: list[SizeResult], stage: str | None) -> tuple[str, str, str]:
    found = growth(results, stage)
    if found is None:
        return "–", "–", "–"
    per_node_ratio, exponent = found
    linear = "yes" if per_node_ratio <= LINEAR_LIMIT else "**no**"
    last = results[-1]
    estimated = last.any_estimated if stage is None else last.stages[stage].estimated
    if not estimated:
        return f"{per_node_ratio:.1f}×", f"{exponent:.2f}", linear
    # The largest size was extrapolated: its exponent is the one measured between the smaller two.
    measured = growth(results[:-1], stage)
    between = f"{results[-3].nodes:,}→{results[-2].nodes:,}" if len(results) >= 3 else "smaller sizes"
    exponent_text = f"{measured[1]:.2f} ({between})" if measured else "–"
    return f"≈ {per_node_ratio:.1f}×", exponent_text, linear


def section(real: list[RealFlowResult], chain: list[SizeResult], tree: list[SizeResult]) -> str:
    out = ["## 2. Flow generator\n"]
    out.append(
        "In-process, `time.perf_counter()` around each stage, garbage collected before each "
        "timed call. Stages: parse = `loader.parse_flow` (for the real flows `load_flow_file`, "
        "which reads the file too); validate = `validate.validate`; Mermaid = "
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
        "to n/2 questions long. Cells show the median and, in brackets, the number of runs: "
        f"each stage is repeated as often as fits in about {STAGE_BUDGET_S:.0f} s at that size "
        f"(at most {'/'.join(str(n) for n in SYNTHETIC_RUNS.values())} runs). A stage whose one run would take far longer than that (estimated "
        "from the two smaller sizes with their growth exponent) is not run but estimated, marked "
        "*est.*\n"
    )
    rows = []
    for r in chain:
        per_node = r.total / r.nodes
        both = [r.stages[s] for s in ("parse", "validate") if s in r.stages]
        approx = "≈ " if any(t.estimated for t in both) else ""
        rows.append((f"{r.nodes:,}", _stage_cell(r, "parse"), _stage_cell(r, "validate"),
                     f"{approx}{ms(sum(t.seconds for t in both))}",
                     *(_stage_cell(r, s) for s in STAGES[2:]),
                     f"{'≈ ' if r.any_estimated else ''}{secs(r.total)}",
                     f"{'≈ ' if r.any_estimated else ''}{us(per_node)}"))
    out.append(table(("nodes", STAGE_NAMES["parse"], "validate", "**parse + validate**",
                      *(STAGE_NAMES[s] for s in STAGES[2:]), "total", "per node"), rows,
                     right=tuple(range(0, 9))))
    out.append("\nGrowth: time per node at the largest size against the smallest, and the growth "
               "exponent between the two largest sizes (time ∝ n^k: 1 is linear, 2 quadratic). "
               f"Linear here means the per-node time grows less than {LINEAR_LIMIT:.0f}×.\n\n")
    rows = []
    for stage in (*STAGES, None):
        name = STAGE_NAMES[stage] if stage else "**all stages**"
        cells = [
            ("≈ " if (r.stages[stage].estimated if stage else r.any_estimated) else "")
            + (us(r.stages[stage].seconds / r.nodes) if stage else us(r.total / r.nodes))
            for r in chain
        ]
        rows.append((name, *cells, *_verdict(chain, stage)))
    sizes = [f"per node at {r.nodes:,}" for r in chain]
    out.append(table(("stage", *sizes, f"{chain[-1].nodes:,} vs {chain[0].nodes:,}", "exponent", "linear?"),
                     rows, right=tuple(range(1, 6))))
    out.append(_quadratic(chain, tree))
    out.append(_libyaml(chain))
    out.append(_generator_meaning(real, chain, tree))
    return "\n".join(out)


def _quadratic(chain: list[SizeResult], tree: list[SizeResult]) -> str:
    out = ["\n### Where the time goes\n\n"]
    if chain and chain[0].checks and "validate" not in chain[0].checks:
        rows = [(f"`{name}`", *(ms(r.checks.get(name, 0.0)) for r in chain)) for name in CHECKS]
        out.append("The graph checks inside `validate()` on the chain, one by one (medians):\n\n")
        out.append(table(("check (scripts/flows/validate.py)", *(f"{r.nodes:,} nodes" for r in chain)), rows,
                         right=tuple(range(1, len(chain) + 1))))
    rows = [
        (f"{r.nodes:,}", r.beslishulp_pages or "–",
         kb(r.beslishulp_bytes) if r.beslishulp_bytes else "not run",
         ms(r.beslishulp_steps) if r.beslishulp_steps is not None else "–")
        for r in chain
    ]
    out.append("\nThe beslishulp of the chain: pages, the size of the Markdown it writes, and "
               "`steps()` alone (one run):\n\n")
    out.append(table(("nodes", "pages", "Markdown written", "`steps()`"), rows, right=(0, 1, 2, 3)))
    out.append(
        "\nThe same stages on a **shallow** flow of the same sizes (a balanced binary tree of "
        "questions; a route is about log₂ n questions long; parsed once with libyaml, which "
        "gives the identical model, see below):\n\n"
    )
    rows = []
    for r in tree:
        rows.append((f"{r.nodes:,}", *(_stage_cell(r, s) for s in STAGES if s != "parse"),
                     us(sum(t.seconds for s, t in r.stages.items()) / r.nodes)))
    out.append(table(("nodes", *(STAGE_NAMES[s] for s in STAGES if s != "parse"), "per node"), rows,
                     right=tuple(range(0, 6))))
    rows = []
    for stage in (s for s in STAGES if s != "parse"):
        chain_ratio, chain_exp, _ = _verdict(chain, stage)
        tree_ratio, tree_exp, _ = _verdict(tree, stage)
        rows.append((STAGE_NAMES[stage], chain_ratio, chain_exp, tree_ratio, tree_exp))
    out.append(
        "\nGrowth side by side (per-node time largest vs smallest size; exponent between the two "
        "largest sizes). A route of length log₂ n makes `_outcome_reachable` and the route "
        "summaries n·log n on the tree: an exponent a little above 1, against about 2 on the chain.\n\n"
        + table(("stage", "chain: per node", "chain: exponent", "tree: per node", "tree: exponent"), rows,
                right=(1, 2, 3, 4))
    )
    return "".join(out)


def _libyaml(chain: list[SizeResult]) -> str:
    if not LIBYAML:
        return "\nlibyaml is not available in this environment: no comparison.\n"
    rows = []
    for r in chain:
        parse = r.stages.get("parse")
        fast = r.parse_libyaml
        if parse is None or fast is None:
            continue
        same = {True: "yes", False: "**no**", None: "–"}[r.libyaml_same_flow]
        rows.append((f"{r.nodes:,}", _stage_cell(r, "parse"), f"{ms(fast.seconds)} ({fast.runs}×)",
                     ratio(parse.seconds, fast.seconds), same))
    return (
        "\n### Option: parse with libyaml\n\n"
        "`loader._LineLoader` subclasses PyYAML's pure-Python `SafeLoader`. The same class on "
        "`yaml.CSafeLoader` (libyaml's C parser; the line-keeping `construct_mapping` unchanged), "
        "swapped in for the measurement only:\n\n"
        + table(("nodes", "parse now (SafeLoader)", "parse on CSafeLoader", "speed-up", "identical Flow (incl. lines)?"),
                rows, right=(0, 1, 2, 3))
    )


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _generator_meaning(real: list[RealFlowResult], chain: list[SizeResult], tree: list[SizeResult]) -> str:
    total = _verdict(chain, None)
    linear_stages = [STAGE_NAMES[s] for s in STAGES if _verdict(chain, s)[2] == "yes"]
    linear_chain = total[2] == "yes"
    v_ratio, v_exp, _ = _verdict(chain, "validate")
    b_ratio, b_exp, _ = _verdict(chain, "beslishulp")
    return (
        "\n**What this means.** For the real flows the generator costs "
        f"{ms(sum(r.total for r in real))} per build, almost all of it YAML parsing: nothing to "
        "win there for the site. On the synthetic chain the whole generator is "
        + ("linear.\n" if linear_chain else
           f"**not linear** (per-node time {total[0]} from {chain[0].nodes:,} to {chain[-1].nodes:,} nodes). "
           + (f"{_upper_first(_names(linear_stages))} {'is' if len(linear_stages) == 1 else 'are'} linear; "
              if linear_stages else "")
           + "two parts are quadratic in the length of a route:\n\n"
           f"1. **`scripts/flows/validate.py`, `_outcome_reachable()`** (validate grows with exponent "
           f"{v_exp}, per-node {v_ratio}). It walks backwards from *each* outcome separately: "
           "`for outcome in outcomes: seen |= _walk(outcome, lambda n: parents[n])`. Every `_walk` "
           "starts with its own fresh `seen` set, so walks do not stop at nodes an earlier walk "
           "already visited. In the chain, outcome *i* walks back over all *i* questions before it: "
           "n/2 walks of up to n/2 nodes, O(n²). The table above shows it is essentially all of "
           "validate's time at 10,000 nodes. Fix: one multi-source walk from all outcomes at once "
           "(start the queue and `seen` with every outcome), which is O(n) and gives the same set.\n"
           f"2. **`scripts/flows/beslishulp.py`** (exponent {b_exp}, per-node {b_ratio}): "
           "`_page()` calls `_route_summary()`, which writes one line (through "
           "`markdown.inline()`, a regex substitution each) per earlier answer on the route, so "
           "a page at depth d costs O(d) and the pages together O(n²); the Markdown written grows "
           "the same way (table above). `steps()` also copies the whole route tuple for every step "
           "(`route = (*step.route, (step.node.id, answer))`), and `render_pages()` looks up each "
           "child with a key that contains the full route tuple "
           "(`children[(target, (*step.route, (step.node.id, answer)))]`), hashing O(d) per edge: "
           "O(n²) as well, though small next to the summaries. The summary is a feature (“Uw "
           "antwoorden tot nu toe”), so the output itself is quadratic for deep flows; it can be "
           "made cheaper (escape each label once per node instead of once per page, key children "
           "by parent step index instead of by route) but only a cap on the summary would make it "
           "linear.\n\n"
           "On the shallow tree the same two stages grow only a little faster than linear "
           "(n·log n: routes are ~log₂ n long), which confirms that route *depth*, not the number "
           "of nodes, is what costs. The real flows are shallow (routes of at most a dozen steps), "
           "so neither part matters for this site today; note that `MAX_PATHS` limits the number "
           "of routes into a node, not their length, so nothing stops a long chain. Fix (1) "
           "anyway: it is a two-line change.\n")
    )
