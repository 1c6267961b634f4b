"""Benchmarks of the protocol site (not tests): `python -m bench` writes bench/REPORT.md.

Sections: build time against a plain-Material baseline, the flow generator's scaling,
the bytes every page loads, and the time until the flowchart can be clicked, next to
other ways of loading Mermaid. Nothing here asserts on timings.
"""
