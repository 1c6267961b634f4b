"""The post-processing of a diagram Mermaid drew at build time (scripts/flows/svg.py)."""

from __future__ import annotations

import pytest

from scripts.flows.svg import inline_svg

RAW = (
    '<svg id="schema-x-svg" width="100%" style="max-width: 300px;" viewBox="0 0 300 100">'
    "<style>#schema-x-svg{fill:#333;}</style>"
    '<a xlink:href="#vraag" transform="translate(1, 2)"><g class="node default" id="schema-x-svg-flowchart-n0-0">'
    '<rect style="" /><div style="display: table; width: 200px;"><span class="nodeLabel">Vraag?</span></div>'
    '<path style="stroke-width: 1;" /><path style=";" /><p style="normal">x</p></g></a></svg>'
)


def test_style_element_and_attributes_become_css_scoped_by_the_svg_id() -> None:
    inlined = inline_svg(RAW, {"vraag": "../melden/#acuut-gevaar"}, {"vraag": "Vraag?"})
    assert "<style" not in inlined.svg and "style=" not in inlined.svg
    assert "#schema-x-svg{fill:#333;}" in inlined.css
    assert "#schema-x-svg .schema-x-svg-s0 { max-width: 300px; }" in inlined.css
    assert "#schema-x-svg .schema-x-svg-s1 { display: table; width: 200px; }" in inlined.css
    assert "#schema-x-svg .schema-x-svg-s2 { stroke-width: 1; }" in inlined.css
    assert inlined.css.count("{") == 4  # the empty and meaningless styles are dropped
    assert '<svg id="schema-x-svg" width="100%" viewBox="0 0 300 100" class="schema-x-svg-s0">' in inlined.svg
    assert '<path class="schema-x-svg-s2" />' in inlined.svg


def test_click_targets_become_real_links_with_an_accessible_name() -> None:
    inlined = inline_svg(RAW, {"vraag": "../melden/#acuut-gevaar"}, {"vraag": 'Is er "acuut" gevaar?'})
    assert ('<a href="../melden/#acuut-gevaar" aria-label="Is er &quot;acuut&quot; gevaar?" '
            'transform="translate(1, 2)">') in inlined.svg
    assert "xlink:href" not in inlined.svg


def test_a_node_without_a_link_is_an_error() -> None:
    with pytest.raises(ValueError, match="'vraag' has no link"):
        inline_svg(RAW, {}, {})


def test_only_a_mermaid_svg_is_accepted() -> None:
    with pytest.raises(ValueError, match="not a Mermaid SVG"):
        inline_svg("<div>x</div>", {}, {})
