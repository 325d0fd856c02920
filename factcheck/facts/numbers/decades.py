"""Ages given as a decade of life: "a man in his 40s", "a woman in her early thirties",
"two men in their mid-20s" → quantities with unit ``year``, ``counts`` "age" and the bounds
of that decade ("early" its first four years, "mid" the middle four, "late" the last four), so
that "in her 30s" and "a 34-year-old woman" agree and "in his 40s" and "aged 38" do not.

Linear in the length of the text; the spans are taken before the number parser runs, which
otherwise masks "40s" as a decade of the calendar.
"""
from __future__ import annotations

import re

from ...model import Quantity

_TENS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
         "eighties": 80, "nineties": 90}
_PART = {"early": (0, 3), "mid": (3, 6), "middle": (3, 6), "late": (6, 9)}

_DECADE_AGE = re.compile(r"\b(?P<lead>in\s+(?:his|her|their)\s+)(?:(?P<part>early|mid|middle|late)[\s\-]+)?"
                         r"(?P<decade>[2-9]0['’]?s|" + "|".join(_TENS) + r")\b", re.I)


def decade_ages(text: str) -> list[Quantity]:
    """Every age written as a decade of life in ``text`` (offsets into it).

    >>> [(q.text, q.low, q.high) for q in decade_ages("A man in his 40s and a woman in her early thirties")]
    [('in his 40s', 40.0, 49.0), ('in her early thirties', 30.0, 33.0)]
    """
    out = []
    for m in _DECADE_AGE.finditer(text):
        word = m.group("decade").lower()
        tens = _TENS.get(word) or int(word[:2])
        first, last = _PART.get((m.group("part") or "").lower(), (0, 9))
        out.append(Quantity(text=m.group(), start=m.start(), end=m.end(), value=None, low=float(tens + first),
                            high=float(tens + last), unit="year", counts="age",
                            qualifier=m.group("lead").strip()))
    return out
