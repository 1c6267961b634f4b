"""Benchmarks of the protocol site (not tests): `python -m bench` writes bench/REPORT.md."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
