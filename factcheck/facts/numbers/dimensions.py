"""Sizes given as two figures: a screen's resolution or a room's size, "2,880 by 1,800
pixels", "480-by-360", "2880 x 1800", "10x12 feet" → one :class:`~factcheck.model.Quantity` of
unit ``dimensions``, its two figures as written (``low`` the first, ``high`` the second), so
that "2,880 by 1,800" and "2880 x 1800" agree and "1,280 x 800" / "1,440 x 900" differ. The
parser reads neither figure of such a pair alone (filters ``dimension``). "x" and "×" always
join two figures; "by" only written with hyphens ("480-by-360") or before a word of size
("by 1,800 pixels"), not in "won 10 by 5". Linear in the text.
"""
from __future__ import annotations

import re

from ...model import Quantity
from ...text import alternation
from .lexicon import DIMENSION_NOUNS

_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_PAIR = re.compile(r"(?<![\w.,])(" + _FIGURE + r")(?:\s*[x×]\s*|-by-|\s+by\s+(?=(?:" + _FIGURE + r")\s*-?\s*(?:"
                   + alternation(DIMENSION_NOUNS) + r")\b))(" + _FIGURE + r")(?!\d|[\w.,]\d|\.\d|[a-wyz]|\^|[\u2070-\u2079\u00b2\u00b3\u00b9])", re.I)   # not "1.3x10^6"


def dimensions(text: str) -> list[Quantity]:
    """Every pair of figures that gives a size in ``text`` (offsets into it).

    >>> [(q.text, q.low, q.high) for q in dimensions("a 2,880 by 1,800 pixel screen; 480-by-360; 2880 x 1800")]
    [('2,880 by 1,800', 2880.0, 1800.0), ('480-by-360', 480.0, 360.0), ('2880 x 1800', 2880.0, 1800.0)]
    >>> dimensions("Kansas City won by 10 by halftime")
    []
    """
    out = []
    for m in _PAIR.finditer(text):
        a, b = (float(g.replace(",", "")) for g in m.groups())
        out.append(Quantity(text=m.group(), start=m.start(), end=m.end(), value=None, low=a, high=b, unit="dimensions"))
    return out
