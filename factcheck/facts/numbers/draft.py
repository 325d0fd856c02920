"""A quantity under construction: the token span and the fields of :class:`~factcheck.model.Quantity`,
filled in by the passes of the extractor (:mod:`.phrases`, :mod:`.context`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .parse import Num
from .tokens import Tok


@dataclass
class Q:
    i: int                           # first token
    j: int                           # one past the last token
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    low_inc: bool = True
    high_inc: bool = True
    approx: bool = False
    unit: Optional[str] = None
    counts: Optional[str] = None
    qualifier: Optional[str] = None
    ordinal: bool = False
    start: int = -1                  # character offsets, when they are not the tokens' own
    end: int = -1
    words: bool = False
    scaled: bool = False
    stated: Optional[tuple] = None   # (low, high, low_inc, high_inc) before an approximation widened it


def from_num(n: Num, toks: list[Tok]) -> Q:
    """A number as a quantity of itself; a minus glued to the digits makes it negative ("-9.2",
    but not the dash of "90-100")."""
    q = Q(n.i, n.j, n.value, n.value, n.value, ordinal=n.ordinal, words=n.words, scaled=n.scaled)
    if n.end >= 0:
        q.end = n.end
    prev = toks[n.i - 1] if n.i > 0 else None
    if prev is not None and prev.text in ("-", "−") and toks[n.i].glued and toks[n.i].kind == "num" and \
            (n.i < 2 or not prev.glued or toks[n.i - 2].kind == "punct" and toks[n.i - 2].text in "(<>="):
        if n.i < 2 or toks[n.i - 2].kind != "num":
            q.i -= 1
            q.value = -n.value
            q.low = q.high = q.value
    return q


def words_between(toks: list[Tok], a: int, b: int) -> list[str]:
    return [t.low for t in toks[a:b]]
