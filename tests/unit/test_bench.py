"""The bench's own code paths on tiny inputs, so that a change of the flow rules cannot
break `make bench` unnoticed (it runs outside the tests)."""

from __future__ import annotations

import pytest

from bench.generator import SIZES, STAGES, largest_tree, measure, tree
from scripts.flows.loader import parse_flow
from scripts.flows.validate import validate


def test_every_bench_size_is_a_flow_the_rules_allow() -> None:
    assert max(SIZES) <= largest_tree()
    flow = validate(parse_flow(tree(largest_tree()), "synthetisch", "boom.yml"))
    assert len(flow.nodes) == largest_tree()


def test_a_tree_beyond_the_rules_is_refused_before_it_is_measured() -> None:
    with pytest.raises(ValueError, match=str(largest_tree())):
        tree(largest_tree() + 2)


def test_the_generator_measures_every_stage_on_a_tiny_tree() -> None:
    [scale] = measure({20: 1})
    assert scale.nodes == 20 and scale.runs == 1
    assert set(scale.seconds) == set(STAGES)
    assert all(seconds > 0 for seconds in scale.seconds.values())
