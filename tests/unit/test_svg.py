"""The post-processing of a diagram Mermaid drew at build time (scripts/flows/svg.py)."""

from __future__ import annotations

import pytest

from scripts.flows.svg import PHONE_WIDTH, inline_svg, phone_warning, route_classes

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
    # the <svg> itself carries a class too: its rule must reach it, not only what is inside
    assert "#schema-x-svg.schema-x-svg-s0, #schema-x-svg .schema-x-svg-s0 { max-width: 300px; }" in inlined.css
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


def test_the_route_on_a_map_is_marked_by_classes() -> None:
    classes = route_classes("kaart-x-svg", ["n0", "n1"], "n3")
    assert classes("kaart-x-svg-flowchart-n0-0") == "geweest"
    assert classes("kaart-x-svg-flowchart-n1-1") == "geweest"
    assert classes("kaart-x-svg-flowchart-n3-3") == "hier"
    assert classes("kaart-x-svg-flowchart-n2-2") == ""
    assert classes("kaart-x-svg-L_n0_n1_0") == classes("kaart-x-svg-L_n1_n3_0") == "genomen"
    assert classes("kaart-x-svg-L_n1_n2_0") == classes("kaart-x-svg-L_n0_n3_0") == ""
    assert classes("schema-x-svg-flowchart-n0-0") == ""  # another diagram on the same page
    marked = inline_svg(RAW.replace("schema-x-svg", "kaart-x-svg").replace('<a xlink:href="#vraag" ', "<a "),
                        {}, {}, route_classes("kaart-x-svg", [], "n0")).svg
    assert '<g class="node default hier" id="kaart-x-svg-flowchart-n0-0">' in marked


def test_a_diagram_wider_than_a_phone_gets_a_warning_for_the_content_owner() -> None:
    assert phone_warning("diagrams/x.yml", RAW) is None  # 300 px wide
    wide = RAW.replace("0 0 300 100", f"4 4 {PHONE_WIDTH + 60.4} 100")
    assert phone_warning("diagrams/x.yml", wide) == (
        "LET OP: diagrams/x.yml: het schema is 450 pixels breed. Op een telefoon (390 pixels) wordt de tekst in het "
        "schema dan kleiner. Maak de labels korter, of zet minder stappen naast elkaar."
    )
