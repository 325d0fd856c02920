"""Positions written as a noun and its number: "Series 4", "Game 7", "Week 17", "Stage 12" →
ordinal quantities that count that noun, like "the fourth series", "the seventh game".

A capitalized noun before a number is otherwise read as part of a name ("Windows 10") or an
identifier ("Flight 370"), and the number is left out; for the nouns of ``data/numbers.toml``
``position_nouns`` the number is the position in a run of like things, and "an episode from
its sixth series" / "the Series 4 episode" then state one position two ways. Not before a
decimal, a unit or another number ("Game 7.5", "Day 1-2"), nor before what the number would
count ("week 3 times"), nor a number of three digits or more.
Linear in the length of the text.
"""
from __future__ import annotations

import re

from ...model import Quantity
from .context import lemma
from .lexicon import POSITION_NOUNS

# (not before what the number would count: "a four-day week 3 times", "on day 3 people fled")
_POSITION = re.compile(r"\b(" + "|".join(POSITION_NOUNS) + r")\s+(\d{1,2})(?![\d.,:/\-–%]\d|\d|\s*(?:%|percent))\b"
                       r"(?!\s+(?:[a-z]+s|people|men|women|children|per)\b)", re.I)


def positions(text: str) -> list[Quantity]:
    """Each "Noun N" of a position noun in ``text``, as an ordinal that counts the noun.

    >>> [(q.text, q.value, q.counts, q.ordinal) for q in positions("the Series 4 episode, in Game 7 of the final")]
    [('Series 4', 4.0, 'sery', True), ('Game 7', 7.0, 'game', True)]
    >>> positions("Windows 10 and Flight 370, Game 7.5")
    []
    """
    out = []
    for m in _POSITION.finditer(text):
        noun, number = m.group(1), float(m.group(2))
        out.append(Quantity(text=m.group(0), start=m.start(), end=m.end(), value=number, low=number, high=number,
                            low_inclusive=True, high_inclusive=True, approximate=False, unit=None,
                            counts=lemma(noun.lower()), qualifier=None, ordinal=True))
    return out
