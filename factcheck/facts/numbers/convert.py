"""Quantities in base units, so that "15 miles" and "24km" can be compared.

Constant time per quantity.
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import Quantity
from .lexicon import NORM_UNITS, SPANS_OF_YEARS

_CONVERTED = {"length", "area", "speed", "weight", "volume", "duration", "temperature"}


# units of two figures as written, compared as a pair, not as an interval: "9-14", "2,880 by 1,800"
PAIRED_UNITS = frozenset({"score", "record", "dimensions"})


def to_base(q: Quantity) -> tuple[Optional[str], Optional[float], Optional[float]]:
    """(dimension, low, high) of ``q`` in a base unit, for comparing two quantities.

    Lengths are in metres, areas in m², speeds in km/h, weights in kg, volumes in litres,
    temperatures in °C, durations in seconds; money stays in its currency
    ("money:EUR"); counts, ages, percentages, ratios and multiples keep their values.
    Constant time.

    >>> from factcheck.facts.numbers import extract_quantities
    >>> to_base(next(extract_quantities("15 miles")))
    ('length', 24140.16, 24140.16)
    """
    unit = q.unit
    lo, hi = q.low, q.high
    if q.ordinal:
        return "ordinal", lo, hi
    if q.counts == "age":
        return "age", lo, hi
    if unit is None:
        years = SPANS_OF_YEARS.get(q.counts or "")
        if years:       # "three decades" is a span of 30 years, as "30 years" is
            return "duration", _mul(lo, years * NORM_UNITS["year"][1]), _mul(hi, years * NORM_UNITS["year"][1])
        return "count", lo, hi
    if unit in ("%",):
        return "percent", lo, hi
    if unit == "ratio":
        return "ratio", lo, hi
    if unit in PAIRED_UNITS:
        return unit, lo, hi         # the two figures as written, not an interval
    if unit == "times":
        return "multiple", lo, hi
    if unit == "magnitude":
        return "magnitude", lo, hi
    if unit == "caliber":
        return "caliber", _bore(lo), _bore(hi)
    if unit == "USD-cent":
        return "money:USD", _mul(lo, 0.01), _mul(hi, 0.01)
    if unit == "GBP-penny":
        return "money:GBP", _mul(lo, 0.01), _mul(hi, 0.01)
    if unit in NORM_UNITS:
        dim, factor = NORM_UNITS[unit]
        if dim == "temperature" and unit == "°F":
            return "temperature", _f2c(lo), _f2c(hi)
        if dim in _CONVERTED:
            return dim, _mul(lo, factor), _mul(hi, factor)
        return dim, lo, hi
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "money:" + unit, lo, hi
    return unit, lo, hi


def _bore(x: Optional[float]) -> Optional[float]:
    """A bore as its digits are said: ".38" and "38" are one caliber, ".357" is 357.

    >>> _bore(0.38), _bore(0.357), _bore(38.0)
    (38.0, 357.0, 38.0)
    """
    if x is None or x >= 1:
        return x
    hundredths = round(x * 100, 6)
    return float(round(hundredths)) if hundredths == round(hundredths) else float(round(x * 1000))


def _mul(x: Optional[float], f: float) -> Optional[float]:
    return None if x is None else x * f


def _f2c(x: Optional[float]) -> Optional[float]:
    return None if x is None else (x - 32.0) * 5.0 / 9.0
