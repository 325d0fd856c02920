"""Where a place lies: one place given two compass directions ("the northern tip of Sumatra" /
"the western tip of Sumatra"; "55 km south of Bireun" / "55 km west of Bireun").

Two readings of a place and a compass word are compared across reports: a part of the place
("northern Sumatra", "the west coast of Africa", "northeast Houston"; only a part named by the
same noun, or by none, on both sides: "the northern tip" and "the western coast" are two
places, not two directions of one) and a distance from it
("35 miles southwest of Bandar Abbas"; a distance is required, since "northwest of Houston"
alone often locates something else). One place given directions a right angle or more apart
``differs`` (``Thresholds.direction_confidence`` sure; ``direction_region_confidence`` for a
region named alone, "northern Israel" / "southern Israel", where two reports may tell of two
events); neighbouring points ("north" / "northeast") are ``compatible``; the same point agrees.
A report that gives one place two directions of one reading speaks of several parts of it, and
is not compared (rule ``direction.several-parts``); two distances more than ``DISTANCE_RATIO``
apart locate two things (``direction.other-distance``). A place is its words without a type
word after them ("Sumatra Island" is Sumatra). Compass words written with a
capital belong to a name ("North Carolina", "West Bank") and are not read.

Cost: linear in the text, then the places both reports name (a few).
"""
from __future__ import annotations

import re
from typing import Optional

from ..facts.numbers import to_base
from ..facts.numbers.lexicon import CARDINALS
from ..lexicon import NOT_NAMES, alternation, data
from ..model import Finding, Quantity, Side, Verdict
from ..settings import Thresholds
from ..text import fold, fold_key
from .doc import Doc, span_side
from .rules import Out

_places = data("places")
BEARINGS: dict[str, int] = dict(_places["bearings"])
REGIONS = frozenset(_places["regions"]["names"])
TYPES = frozenset(_places["types"]["words"])
# the compass points of the data file, a compound one written with a hyphen too ("south-west")
POINT = "|".join(sorted((k[:5] + "-?" + k[5:] if len(k) > 5 else k for k in BEARINGS), key=len, reverse=True))
_PLACE = r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
_PART = re.compile(r"\b(?P<dir>" + POINT + r")(?:ern)?\s+(?:(?P<part>" + alternation(_places["parts"]["nouns"])
                   + r")\s+of\s+(?:the\s+)?)?" + _PLACE)
_FROM = re.compile(r"(?:\d|\b(?:" + alternation(["a few", "several", "a", *CARDINALS]) + r")\b)[\d,.]*\s*(?:"
                   + alternation(_places["distance"]["units"]) + r")\b\s*(?:\([^)]{0,30}\)\s*)?"
                   r"(?P<dir>" + POINT + r")\s+of\s+(?:the\s+)?(?:(?:" + alternation(_places["types"]["before_of"])
                   + r")\s+of\s+)?" + _PLACE)

Mention = tuple[int, int, int, str, int, Optional[float]]  # sentence, start, end, as written, bearing, distance (m)
DISTANCE_RATIO = 1.5    # two distances from one place further apart than this are two things located


def _bearing(word: str) -> int:
    return BEARINGS[word.lower().replace("-", "")]


def _mentions(doc: Doc) -> dict[tuple[str, str], list[Mention]]:
    """(reading, place) → the report's mentions of it with a compass word, remembered per report."""
    memo = doc._memo.get("directions")
    if memo is not None:
        return memo
    out: dict[tuple[str, str], list[Mention]] = {}
    for s in doc.sentences:
        if not s.role.is_content:
            continue
        text = fold(s.text)
        for kind, rx in (("part", _PART), ("from", _FROM)):
            for m in rx.finditer(text):
                words = fold_key(m.group("place")).split()
                while len(words) > 1 and words[-1] in TYPES:
                    words.pop()         # "Sumatra Island" is Sumatra
                if words[0] in NOT_NAMES or (kind == "part" and REGIONS & set(words)):
                    continue        # "turned north Thursday"; "southeast Asia", "south Sudan": a region's name
                # which part: "the northern tip" and "the western coast" are two places, not two
                # directions of one ("northern Sumatra" / "the western tip of Sumatra" too)
                reading = "from" if kind == "from" else "part " + (m.group("part") or "").lower().rstrip("s")
                out.setdefault((reading, " ".join(words)), []).append(
                    (s.index, s.start + m.start(), s.start + m.end(), s.text[m.start():m.end()], _bearing(m.group("dir")),
                     _distance(doc, s.index, s.start + m.start()) if kind == "from" else None))
    doc._memo["directions"] = out
    return out


def _distance(doc: Doc, i: int, at: int) -> Optional[float]:
    """The distance the report's figure at ``at`` gives ("55 kilometres (34 miles) west of
    Bireun"), in metres."""
    q = next((q for q in doc.of(i, Quantity) if q.start <= at < q.end), None)
    dim, low, high = to_base(q) if q is not None else (None, None, None)
    return low if dim == "length" and low is not None and low == high else None


def _apart(p: int, q: int) -> int:
    d = abs(p - q) % 360
    return min(d, 360 - d)


def _side(doc: Doc, m: Mention) -> Side:
    i, start, end, *_ = m
    return span_side(doc, i, start, end)


def direction_findings(doc_a: Doc, doc_b: Doc, *, t: Thresholds, out: Out) -> None:
    """Each place both reports locate with a compass word, by the same reading, once."""
    ma, mb = _mentions(doc_a), _mentions(doc_b)
    for key, xs in ma.items():
        ys = mb.get(key)
        if not ys:
            continue
        several = next((d for d, ms in ((doc_a, xs), (doc_b, ys)) if len({m[4] for m in ms}) > 1), None)
        if several is not None:
            out.skip("direction.several-parts", "entity", _side(doc_a, xs[0]), _side(doc_b, ys[0]),
                     f"{several.id} gives {xs[0][3] if several is doc_a else ys[0][3]} … more than one direction")
            continue
        x, y = xs[0], ys[0]
        if x[5] and y[5] and max(x[5], y[5]) > DISTANCE_RATIO * min(x[5], y[5]):
            out.skip("direction.other-distance", "entity", _side(doc_a, x), _side(doc_b, y),
                     f"{x[3]} / {y[3]}: two things located from one place")
            continue
        verdict, reason, confidence = _judge(_apart(x[4], y[4]), key[0], t)
        out.find(Finding("entity", verdict, _side(doc_a, x), _side(doc_b, y),
                         f"{doc_a.id}: {x[3]}; {doc_b.id}: {y[3]} — {reason}", confidence))


def _judge(apart: int, reading: str, t: Thresholds) -> tuple[Verdict, str, float]:
    # "from" → "direction from"; "part tip" → "tip of"; "part " (no noun) → "part of"
    what = "direction from" if reading == "from" else (reading[5:] or "part") + " of"
    if apart == 0:
        return Verdict.AGREE, f"the same {what} one place", t.direction_confidence
    if apart <= 45:
        return Verdict.COMPATIBLE, f"neighbouring compass points for the {what} one place", t.direction_confidence
    # a part named by a noun ("the northern tip") or a distance is one spot; a part alone
    # ("northern Israel") is a region, where two reports may speak of two events
    sure = t.direction_confidence if reading != "part " else t.direction_region_confidence
    if apart >= 180:
        return Verdict.DIFFERS, f"opposite compass points for the {what} one place", sure
    return Verdict.DIFFERS, f"compass points {apart}° apart for the {what} one place", sure
