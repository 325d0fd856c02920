"""A report's headline against its own lead: a figure the headline gives that the body never
states, told otherwise in the lead ("Paris thieves nab $2.5 million worth of jewellery" …
"making off with a two-million-euro ($2.6-million) booty"). A headline restates the lead; a
figure it alone gives, close to the lead's one figure of that kind but neither that figure nor
its rounding, is a slip an editor wants shown. (Not yet: a score a headline writes as two names
with figures, "Creighton 65, Drake 5", which the number stage reads as no score.) Word lists in
``data/numbers.toml`` ``[headlines]``. Cost: O(h · q) for the headline's figures h against the
report's figures q.
"""
from __future__ import annotations

import math

from ..lexicon import data
from ..model import Quantity, Role, Verdict
from ..settings import Thresholds
from ..text import fold_key
from .doc import Doc, side
from .frames import frame, frames_meet
from .numbers import compare_quantities, number_finding
from .rules import Out

_WORDS = data("numbers")["headlines"]
UNCHECKED_UNITS = frozenset(_WORDS["unchecked_units"])    # a record, a year, a phone number: no figure of the story
SORT_REACH = 4          # words between a figure and the noun it counts, read for its sort ("three pirate vessels")


def headline_findings(doc: Doc, *, t: Thresholds, tolerance: float, out: Out) -> None:
    """Each figure of the headline that no figure of the body agrees with, against the one
    figure of its kind in the lead (the first ``t.lead_sentences`` body sentences), when the two
    lie within ``t.headline_close`` of each other and the headline's is not the lead's rounded:
    ``differs``, the report gives both. Held back, each by its named rule: a lead with several
    figures of the kind (``number.headline-lead-unclear``: which would it be?), figures of two
    sources (``number.headline-sources``), of another place, owner or part
    (``number.headline-scope``), a rounding or a figure far off (``number.headline-rounded``,
    ``number.headline-far``: another fact)."""
    roles = [s.role for s in doc.sentences]
    body = [j for j, role in enumerate(roles) if role is Role.BODY]
    lead = set(body[:t.lead_sentences])
    for i, role in enumerate(roles):
        if role is not Role.HEADLINE or not _written_as_headline(doc.sentences[i].text, t):
            continue
        for x in doc.of(i, Quantity):
            if not _checkable(x):
                continue
            alike = [(j, y) for j in body for y in doc.of(j, Quantity) if _alike(doc, i, x, j, y)]
            results = [(j, y, compare_quantities(x, y, tolerance=tolerance, t=t)) for j, y in alike]
            if any(r is not None and r[0].rank < Verdict.DIFFERS.rank for _, _, r in results):
                continue        # the body states the headline's figure: nothing to set against it
            in_lead = [(j, y) for j, y, r in results if j in lead and r is not None]
            if not in_lead:
                continue
            if len(in_lead) > 1:
                _held(out, "number.headline-lead-unclear", doc, i, x, *in_lead[0], f"{len(in_lead)} figures of the kind in the lead")
                continue
            j, y = in_lead[0]
            rule = _held_back(doc, i, x, j, y, t)
            if rule:
                _held(out, rule, doc, i, x, j, y, f"{x.text} / {y.text}")
                continue
            out.find(number_finding(doc, i, x, doc, j, y, Verdict.DIFFERS,
                                    "the headline gives one figure, the report's lead another", t.headline_confidence))


def _held_back(doc: Doc, i: int, x: Quantity, j: int, y: Quantity, t: Thresholds):
    """The rule that keeps a headline's figure from being set against the lead's, or None."""
    if doc.claimants[i] and doc.claimants[j] and doc.claimants[i] != doc.claimants[j]:
        return "number.headline-sources"    # "state television says 5.2" / "the USGS put it at 5.4"
    if not frames_meet(frame(doc, i, x), frame(doc, j, y), None):
        return "number.headline-scope"      # "recalls 2 million cars" / "1.1 million cars in Europe"
    mx, my = abs(x.magnitude or 0.0), abs(y.magnitude or 0.0)
    if not mx or not my or max(mx, my) > (1 + t.headline_close) * min(mx, my):
        return "number.headline-far"        # "$8 billion profit" / "revenue of $12 billion": another fact
    if _rounded(mx, my):
        return "number.headline-rounded"    # "adds 200,000 jobs" / "added 216,000 jobs"
    return None


def _held(out: Out, rule: str, doc: Doc, i: int, x: Quantity, j: int, y: Quantity, detail: str) -> None:
    out.skip(rule, "number", side(doc, i, x), side(doc, j, y), detail)


def _rounded(headline: float, lead: float) -> bool:
    """Is the headline's figure the lead's rounded to the headline's last significant digit
    (216,000 → 200,000; 2.6 million is no rounding of 2.5 million)?"""
    digits = f"{headline:.10g}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    step = 10 ** (math.floor(math.log10(headline)) - len(digits) + 1)
    return headline != lead and math.isclose(round(lead / step) * step, headline)


def _written_as_headline(text: str, t: Thresholds) -> bool:
    """A headline as headlines are written: no closing stop, at most ``t.headline_words``
    words (a first line that is the lead's sentence is read as the lead)."""
    text = text.strip()
    return bool(text) and text[-1] not in ".!?\"”" and len(text.split()) <= t.headline_words


def _checkable(x: Quantity) -> bool:
    """A figure a headline states of the story: a sum of money or a measure, or a count of two
    or more things; not a position ("third"), a record, a year or a score (no single value)."""
    if x.ordinal or x.value is None:
        return False
    if x.unit:
        return x.unit not in UNCHECKED_UNITS
    return bool(x.counts) and x.value >= 2 and x.counts != "age"


def _alike(doc: Doc, i: int, x: Quantity, j: int, y: Quantity) -> bool:
    """Two figures of one kind: the same unit and, when both say what they count, the same
    thing; or, without a unit, the same thing counted, not two sorts of it ("12 pirate vessels"
    / "13 merchant vessels"). (People counted for two events, "2 hurt" / "shooting three
    people", are told apart by their frames: ``number.headline-scope``.)"""
    if y.ordinal or y.value is None:
        return False
    if x.unit or y.unit:
        return x.unit == y.unit and (x.counts == y.counts or not (x.counts and y.counts))
    if x.counts != y.counts:
        return False
    sx, sy = _sorts(doc, i, x), _sorts(doc, j, y)
    return not (sx and sy and not sx & sy)


def _sorts(doc: Doc, i: int, q: Quantity) -> set[str]:
    """The words between a figure and what it counts ("Three Pirate Vessels", "3 of the pirate
    vessels" → {"pirate"}): up to ``SORT_REACH`` words after the figure's first word, before
    the first that begins as the counted noun, "of" and "the" left out."""
    s = doc.sentences[i]
    out = set()
    for w in fold_key(s.text[q.start - s.start:]).split()[1:SORT_REACH + 2]:
        if w.startswith(q.counts[:4]):
            return out
        if w not in ("of", "the"):
            out.add(w)
    return set()
