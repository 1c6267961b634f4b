"""Medians, ratios and number formatting for the report."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    """Seconds as milliseconds with sensible precision."""
    value = seconds * 1000
    if value >= 100:
        return f"{value:,.0f} ms"
    if value >= 10:
        return f"{value:.1f} ms"
    return f"{value:.2f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.1f} µs"


def kb(size: int) -> str:
    """Bytes as KB (1 KB = 1,000 bytes), one decimal below 100 KB."""
    value = size / 1000
    return f"{value:,.1f} KB" if value < 100 else f"{value:,.0f} KB"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if b else "n/a"
