"""Two sentences that agree on two facts and differ on a third: the third is one fact stated two ways.

A rewrite or a generated summary restates a source's sentence in other words ("Armed robbers
stormed a jewellery store in central Paris on Thursday and escaped with gems worth 85 million
euros" / "Thieves raided a jewelry shop in central Paris on Friday, fleeing with gems worth 85
million euros"). Its words are too unlike for the aligner to be sure, so the judges lower a
discrepancy found there by the rules that ask which thing or which event a fact is about
(``date.other-events``, ``number.not-tied`` …). But the two sentences name the same place and
the same sum: they tell one event, and the day that differs is that event's day.

:func:`corroborate` reads every discrepancy between two sentences of the two reports against
the agreements found between the same two sentences. With ``Thresholds.corroboration`` agreed
facts or more (short spans, none overlapping the discrepancy nor each other), the lowering of
the rules in :data:`TIE_RULES` is undone and the agreement adds
``Thresholds.corroboration_evidence``; the message names the facts that tie the sentences. A
discrepancy another rule made less sure ("two courts in one place", ``claim.kind-of-many``)
is left as it is, and so is one nothing lowered.
Each sentence may state at most ``Thresholds.corroboration_left`` facts besides those: two
sentences that each say more ("the 61-year-old … opening fire on Friday" / "the 61-year-old
… was charged on Saturday with …") tell two events of one story, the day of each its own. A discrepancy the judges held back is not
revived: only a lowering is reconsidered, never a rule that drops a candidate.

Names in one slot of the two sentences (:mod:`factcheck.judge.slots`) come as ``candidates``:
one is reported when so corroborated, the others are held back (rule ``entity.slot-only``).

Like coverage.py's results: a pure function over what the judges produced. Cost: O(f) over
the findings, grouped by sentence pair.
"""
from __future__ import annotations

import dataclasses
import math
import re
from typing import Optional, Sequence

from ..facts.numbers import to_base
from ..model import Entity, Finding, Quantity, TimeFact, Verdict
from ..settings import FACTORS, Thresholds
from ..text import fold_key
from .doc import Doc
from .numbers import figure_at
from .rules import Out, unlowered_detail
from .rules import combine

# rules that lower a discrepancy because nothing tells which thing or event its facts are
# about; two facts the sentences agree on tell that
# about; two facts the sentences agree on tell that (not what a figure counts: "two powerful
# earthquakes" / "four people" stay a loose match)
TIE_RULES = frozenset({"number.not-tied", "number.unaligned", "date.other-events", "date.loose-alignment"})
_FIGURE = re.compile(r"\d\d|\d[.,]\d")    # a figure of two digits or more: "85 million", "4.6" (not "two", "3")


def corroborate(findings: list[Finding], docs: dict[str, Doc], *, t: Thresholds, candidates: Sequence[Finding] = (),
                out: Optional[Out] = None) -> list[Finding]:
    """The findings, each discrepancy between two sentences that agree on
    ``t.corroboration`` other facts raised as the module says, a figure or a time among them
    (two names alone, "Polygamist leader" and "Warren Jeffs", tie no one event). An agreed
    fact is a figure, a time or a name the extractors found (not a run of words the
    statement judge reports), of ``t.corroboration_words`` words at most; it ties the two
    sentences only when it is rare in both reports (in at most ``t.corroboration_rare`` of
    each one's sentences; a name by its last word, so not the story's protagonist, named
    everywhere) and, for a figure, has two digits or more ("85 million euros", not "three").
    ``docs`` must hold both reports by id.
    """
    agreed: dict[tuple, list[Finding]] = {}
    for f in findings:
        if f.verdict.rank < Verdict.DIFFERS.rank and f.a.source != f.b.source and _a_fact(docs, f, t) \
                and _rare(docs[f.a.source], _mention(f), t) and _rare(docs[f.b.source], _mention(f, "b"), t):
            agreed.setdefault(_pair(f), []).append(f)
    raised = [_raised(f, agreed.get(_pair(f), ()), docs, t) if f.verdict.rank >= Verdict.DIFFERS.rank else f
              for f in findings]
    for c in candidates:        # (names in one slot, judge/slots.py: reported only when corroborated)
        r = _raised(c, agreed.get(_pair(c), ()), docs, t, candidate=True)
        if r is not c:
            raised.append(r)
        elif out is not None:
            out.skip("entity.slot-only", c.kind, c.a, c.b, c.message)
    return raised


def _a_fact(docs: dict[str, Doc], f: Finding, t: Thresholds) -> bool:
    """Is an agreement one of two facts the extractors found, short, and (for a figure) of two
    digits or more?"""
    kind = _KINDS.get(f.kind)
    if kind is None or len(f.a.text.split()) > t.corroboration_words or len(f.b.text.split()) > t.corroboration_words:
        return False
    if f.kind == "number" and not _FIGURE.search(f.a.text):
        return False
    return all(any(isinstance(x, kind) and (x.start, x.end) == (s.start, s.end) for x in docs[s.source].facts[s.sentence])
               for s in (f.a, f.b))


_KINDS = {"number": Quantity, "date": TimeFact, "entity": Entity}


def _rare(doc: Doc, text: str, t: Thresholds) -> bool:
    """Does a report state ``text`` in at most ``t.corroboration_rare`` sentences?"""
    key = fold_key(text)
    memo = doc._memo.setdefault("corroboration mentions", {})
    if key not in memo:
        if "folded sentences" not in doc._memo:         # (folded once per report, not once per fact)
            doc._memo["folded sentences"] = [fold_key(s.text) for s in doc.sentences]
        memo[key] = sum(key in folded for folded in doc._memo["folded sentences"])
    return memo[key] <= t.corroboration_rare


def _mention(f: Finding, side: str = "a") -> str:
    """What a report's sentences are searched for: a figure or a time as written, a name by
    its last word ("leader Warren Jeffs" → "Jeffs")."""
    text = (f.a if side == "a" else f.b).text
    return text.split()[-1] if f.kind == "entity" and text.split() else text


def _pair(f: Finding) -> tuple:
    """The two sentences of a finding."""
    return f.a.source, f.a.sentence, f.b.source, f.b.sentence


def _raised(f: Finding, agreed, docs: dict[str, Doc], t: Thresholds, candidate: bool = False) -> Finding:
    """``f`` raised by the facts its two sentences agree on (``agreed``), or ``f`` itself:
    only a discrepancy the tie rules alone lowered (or a slot ``candidate``), between two
    reports, with enough rare facts agreed and no more than ``t.corroboration_left`` others
    stated on either side."""
    if f.a.source == f.b.source or not (candidate or f.lowered) or \
            any(r not in TIE_RULES and not (r == "number.loose-match" and _uncounted_alike(docs, f)) for r in f.lowered):
        return f        # sure already, or less sure by another rule ("two courts in one place"): left so
    others: dict[str, Finding] = {}
    for g in sorted(agreed, key=lambda g: -len(g.a.text)):      # distinct facts: "Last year", not "Last" too
        if not _overlap(g, f) and not any(_overlap(g, h) for h in others.values()):
            others.setdefault(g.a.text.lower(), g)
    if len(others) < t.corroboration or not any(g.kind in ("number", "date") for g in others.values()):
        return f        # names alone (the story's people, named in most of its sentences) tie no one event
    told = [f.a, f.b] + [s for g in others.values() for s in (g.a, g.b)]
    if _left(docs[f.a.source], f.a.sentence, told) > t.corroboration_left or \
            _left(docs[f.b.source], f.b.sentence, told) > t.corroboration_left:
        return f        # each sentence says more that the other does not: two events of one story
    # a time's factors are applied last (judge/dates.py), so dividing undoes them; a figure's
    # come before the event's evidence is combined in (judge/numbers/pairs.py), so dividing
    # overshoots: a raised figure is held to the confidence of one sentence edited, the surer case
    base = min(1.0, f.confidence / math.prod(FACTORS[r] for r in f.lowered))
    confidence = combine(base, t.corroboration_evidence)
    if f.kind == "number":
        confidence = min(confidence, max(f.confidence, t.edit_confidence))
    if confidence <= f.confidence and not candidate:
        return f
    named = " and ".join(sorted(g.a.text for g in others.values())[:2])
    detail = "; ".join(filter(None, (unlowered_detail(f.detail), "raised: the sentences agree on " + named)))
    message = f.message
    for said in _DOUBTS:
        message = message.replace(said, "")
    # date.loose-alignment had made a conflict of dates a difference: undone, the conflict stands
    verdict = Verdict.CONFLICT if "date.loose-alignment" in f.lowered and f.verdict is Verdict.DIFFERS else f.verdict
    return dataclasses.replace(f, verdict=verdict, confidence=round(confidence, 3), lowered=(),
                               message=f"{message}; the two sentences agree on {named}", detail=detail)


# the words of a reason that the agreement answers
_DOUBTS = ("; may date different events", "; the sentences are only loosely alike")


def _left(doc: Doc, i: int, told: list) -> int:
    """How many facts of sentence ``i`` (figures, times, names) neither the discrepancy nor an
    agreed fact covers."""
    spans = [(s.start, s.end) for s in told if s.source == doc.id and s.sentence == i]
    return sum(not any(a < fact.end and fact.start < b for a, b in spans) for fact in doc.facts[i]
               if isinstance(fact, (Quantity, TimeFact, Entity)))


def _uncounted_alike(docs: dict[str, Doc], f: Finding) -> bool:
    """Are a figure finding's two figures measures of one kind with nothing counted on either
    side ("$13.9 billion" / "$19.3 billion")? Rule ``number.loose-match`` lowers them since
    nothing says what each sum is for; two sentences agreeing on the rest say it."""
    if f.kind != "number":
        return False
    qs = [figure_at(docs[s.source], s) for s in (f.a, f.b)]
    if None in qs or any(q.counts for q in qs):
        return False
    da, db = to_base(qs[0])[0], to_base(qs[1])[0]
    return da == db and da not in (None, "count") and qs[0].unit == qs[1].unit


def _overlap(g: Finding, f: Finding) -> bool:
    """Do two findings share a span on either side?"""
    return (g.a.start < f.a.end and f.a.start < g.a.end) or (g.b.start < f.b.end and f.b.start < g.b.end)
