"""One count for the whole story: a toll, or a thing each report counts once, which ties two figures
wherever they stand.

:func:`_one_toll`, :func:`_sole_count` and :func:`_tolls_meet` ("taken more than 600 lives" /
"more than 640 Palestinians killed"). A report's counted figures are indexed once per report
(:func:`_magnitudes`); then constant time per pair.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ...lexicon import data
from ...model import Quantity
from ...text import fold, stem
from ..doc import Doc
from ..events import background
from ..frames import DURATIONS, Frame, frame
from .context import _anchored, _other_ones
from .nouns import SUBSET_WORDS, TALLIES, TOLL_NOUNS, _people, _thing
from .spans import _counted_end


# events whose count is one toll for the whole story (not a game's yards or a player's shots)
TOLL_EVENTS = frozenset({"death", "injury", "missing", "arrest", "rescue", "evacuation", "displacement"})


def _one_toll(doc_a: Doc, i: int, x: Quantity, fx: Frame, doc_b: Doc, j: int, y: Quantity, fy: Frame) -> bool:
    """Two counts of one thing (a strong match of their nouns) for one event, neither said to hold in a place or for a part,
    each the only figure its report gives for that event and thing ("at least 70 people
    injured" / "about 100 people have been injured"): the story's toll, wherever each report
    states it. A report giving two tolls of one event ("24 people dead", "another four people
    died in hospitals in the district") counts parts, and the figures stay loosely tied."""
    return bool(fx.event in TOLL_EVENTS and fx.event == fy.event and x.counts and _unqualified(x, fx, y, fy)
                and _sole_toll(doc_a, i, x, fx) and _sole_toll(doc_b, j, y, fy))


def _unqualified(x: Quantity, fx: Frame, y: Quantity, fy: Frame) -> bool:
    """Neither figure said to hold in a place, for a part or for an owner, nor an ordinal: each
    may be its report's count of the whole story."""
    return not (fx.area or fy.area or fx.part or fy.part or fx.owner or fy.owner or x.ordinal or y.ordinal)


def _toll_of(doc: Doc, i: int, x: Quantity, fx: Frame, doc_o: Doc, j: int, y: Quantity, fy: Frame) -> bool:
    """Does ``x`` name an event's count ("24 deaths", "taken more than 600 lives": the dead)
    and ``y`` count people in that event ("640 Palestinians killed")? ("saved 600 lives" names
    no death: its frame says so.)"""
    event = TOLL_NOUNS.get(stem(x.counts or ""))
    return bool(event and fx.event == event == fy.event and y.counts and _people(doc_o, j, y))


def _tolls_meet(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity,
                fx: Optional[Frame] = None, fy: Optional[Frame] = None) -> bool:
    """One side names an event's count, the other counts people in that event (:func:`_toll_of`).
    The frames are read when not given."""
    if not (x.counts and y.counts and (stem(x.counts) in TOLL_NOUNS or stem(y.counts) in TOLL_NOUNS)):
        return False
    fx, fy = fx or frame(doc_a, i, x), fy or frame(doc_b, j, y)
    return _toll_of(doc_a, i, x, fx, doc_b, j, y, fy) or _toll_of(doc_b, j, y, fy, doc_a, i, x, fx)


def _sole_count(doc_a: Doc, i: int, x: Quantity, fx: Frame, doc_b: Doc, j: int, y: Quantity, fy: Frame) -> bool:
    """Two counts of one named thing (not people, whom a story counts in many groups, not an
    age), neither said to hold in a place, for a part or for an owner, of no two events and in no
    sentence about an earlier event, each the only figure its report gives for that thing
    ("seven bridges, two of which collapsed" / "damaged … 8 bridges"): one report's count
    against the other's. A report counting the thing twice ("two bombs inside the camp", "four
    bombs") counts parts, and the figures stay loosely tied."""
    if not (x.counts and y.counts) or x.counts == "age" or _people(doc_a, i, x) or _people(doc_b, j, y):
        return False
    if not _unqualified(x, fx, y, fy) or (fx.event and fy.event and fx.event != fy.event) or \
            (not _anchored(x, y) and (background(doc_a, i) or background(doc_b, j))):    # "two days after the break-in" is no background
        return False
    if stem(x.counts) in _NOT_SOLE or (x.unit in DURATIONS and not _anchored(x, y)) or \
            min(x.magnitude or 0, y.magnitude or 0) <= 1:
        return False    # "four decades after" / "two decades later"; "five touchdowns" (his season); "one woman"
    if _subset(doc_a, i, x) != _subset(doc_b, j, y):
        return False    # "about 15 villages" / "the four hardest-hit villages"
    if any(_year_like(q) for q in (x, y)):
        return False    # "their 1974 stories": a year before a noun, not a count
    return all(not _other_ones(d, k, q) and _magnitudes(d, "counted", lambda _, r: _thing(r.counts)).get(
        _thing(q.counts), set()) <= {q.magnitude} for d, k, q in ((doc_a, i, x), (doc_b, j, y)))


def _year_like(q: Quantity) -> bool:
    """Four digits a year could be ("their 1974 stories"; the parser's own year test,
    ``facts.numbers.filters._year``, reads the tokens around it, which a judge no longer has)."""
    return re.fullmatch(r"\d{4}", q.text) is not None and q.value is not None and 1800 <= q.value <= 2100


def _subset(doc: Doc, i: int, q: Quantity) -> bool:
    """Does a word between the figure and its noun pick out some of the things ("the four
    hardest-hit villages")?"""
    end = _counted_end(doc, i, q)
    if end is None:
        return False
    s = doc.sentences[i]
    return any(w.split("-")[0] in SUBSET_WORDS for w in fold(s.text[q.end - s.start:end - s.start]).lower().split())


def _sole_toll(doc: Doc, i: int, q: Quantity, fq: Frame) -> bool:
    """Is ``q`` the only figure its report gives for its event and counted thing, and not
    "another" or "other" people?"""
    if _other_ones(doc, i, q):
        return False
    tolls = _magnitudes(doc, "tolls", lambda k, r: (stem(r.counts), frame(doc, k, r).event))
    return tolls.get((stem(q.counts), fq.event), set()) <= {q.magnitude}


def _magnitudes(doc: Doc, name: str, key: Callable[[int, Quantity], object]) -> dict[object, set]:
    """``key`` of each counted figure (its sentence and itself) → the magnitudes the report
    gives under that key, remembered per report under ``name``."""
    memo = doc._memo.get(name)
    if memo is None:
        memo = {}
        for k in range(len(doc.sentences)):
            for r in doc.of(k, Quantity):
                if r.counts:
                    memo.setdefault(key(k, r), set()).add(r.magnitude)
        doc._memo[name] = memo
    return memo


# counted spans of time: "over three seasons" is across them, as "over three years" is
_SPANS = frozenset(stem(w) for w in data("numbers")["context"]["span_nouns"])
# counted things no report counts once for the whole story: spans of time, players' tallies
_NOT_SOLE = _SPANS | TALLIES | frozenset(stem(w) for w in DURATIONS)
