"""All candidate findings → the report's findings: one partner per fact, and only the sure ones.

The judges look at aligned groups and at every similar sentence pair, so one fact may be
judged against several partners. A figure or a date may agree with several (a report that
repeats a figure or a day, each claimant's restatement), a name or a quote with one; a fact that agrees is not also accused, and it is accused once (the surest
discrepancy); a discrepancy held back is kept as a skip (``fact-matched-elsewhere``), and any
finding below ``min_confidence`` too (``below-min-confidence``), so ``--explain`` can show it. Cost: O(f log f) for f candidates.
"""
from __future__ import annotations

import dataclasses
import math
from typing import Optional, Sequence

from ..model import Finding, Side, Skip, Verdict
from ..settings import Thresholds
from ..text import fold_key
from .dates import time_side
from .doc import Doc
from .entities import misspelled
from .names import ANOTHER_ROLE
from .numbers import adjacent_name, figure_at, figure_side
from .rules import Out, lowered_by
from .shared_words import widened


ONE_SIDE_BLOCKS = frozenset({"number", "date", "quote"})
RESTATED = frozenset({"number", "date"})     # kinds whose fact may agree with each restatement
AGREE_BONUS = 0.1
# a name written in full on both sides is the better partner of a full name than its short form
# ("Vishwanand Subryan" / "Vishwanand Subryan" before "Vishwanand Subryan" / "Subryan")
FULL_NAME_BONUS = 0.2


def _full_name_both(f: Finding) -> bool:
    """An agreement on a name of two words or more that both sides write whole (a role shown
    before it aside: "Stephenie Meyer" / "author Stephenie Meyer")."""
    if f.kind != "entity" or f.verdict is not Verdict.AGREE or f.a.source == f.b.source:
        return False
    short, long = sorted((fold_key(f.a.text), fold_key(f.b.text)), key=len)
    return len(short.split()) >= 2 and f" {short} " in f" {long} "


def _key(side: Side) -> tuple:
    return (side.source, side.start, side.end)


def below(f: Finding, min_confidence: float) -> str:
    """The detail of a finding held back by ``below-min-confidence``, with the rules that lowered
    it. The level is written as given; the confidence with two decimals, or as many more as
    it takes to read below the level ("0.546 (< 0.55)", never "0.55 (< 0.55)").

    >>> from factcheck.model import Side
    >>> a, b = Side("A", 0, "a life sentence", 0, 15), Side("B", 0, "three", 0, 5)
    >>> f = Finding("number", Verdict.DIFFERS, a, b, "one vs three", 0.546)
    >>> below(f, 0.55)
    'differs at confidence 0.546 (< 0.55): one vs three'
    """
    return "; ".join(filter(None, (f"{f.verdict.value} at confidence {_short_of(f.confidence, min_confidence)} "
                                   f"(< {min_confidence!r}): {f.message}", lowered_by(f.lowered))))


def _short_of(confidence: float, level: float) -> str:
    """``confidence`` with two decimals, or, when two would read as ``level`` or more, cut (not
    rounded) to the fewest decimals that read below it. Constant time.

    >>> _short_of(0.546, 0.55), _short_of(0.5499999, 0.55), _short_of(0.5, 0.55), _short_of(0.55, 0.5500001)
    ('0.546', '0.549', '0.50', '0.55')
    """
    shown = f"{confidence:.2f}"
    places = 2
    while float(shown) >= level and places < 6:
        places += 1
        shown = f"{math.floor(confidence * 10 ** places) / 10 ** places:.{places}f}"
    return shown


def resolve(out: Out, *, min_confidence: float, sure_anyway: float = Thresholds.sure_anyway,
            docs: Optional[dict[str, Doc]] = None) -> tuple[tuple[Finding, ...], tuple[Skip, ...]]:
    """The findings to report, in report order, and every candidate held back (with its rule).
    ``docs`` (the reports by id) lets a discrepancy of exact figures stand beside a figure's
    loose reading ("dozens").

    >>> from factcheck.model import Side
    >>> a, b, c = Side("A", 0, "12", 0, 2), Side("B", 0, "12", 0, 2), Side("B", 1, "18", 9, 11)
    >>> out = Out([Finding("number", Verdict.AGREE, a, b, "same", 0.9),
    ...            Finding("number", Verdict.DIFFERS, a, c, "12 vs 18", 0.6)])
    >>> found, skipped = resolve(out, min_confidence=0.5)
    >>> [f.verdict.value for f in found], [s.rule for s in skipped]
    (['agree'], ['fact-matched-elsewhere'])
    """
    best: dict[tuple, Finding] = {}
    for f in out.findings:
        k = _key_of(f)
        if k not in best or f.confidence > best[k].confidence:
            best[k] = f
    used: dict[tuple, Finding] = {}
    kept: list[Finding] = []
    skips = list(out.skips)
    # pinned findings first: one sentence with a value changed outranks every other partner
    # (a judge's own finding of the same two facts stands in for it when it is as sure)
    pinned: dict[tuple, Finding] = {}
    by_sentences: dict[tuple, list[Finding]] = {}
    for g in best.values():
        by_sentences.setdefault((g.a.source, g.a.sentence, g.b.source, g.b.sentence), []).append(g)
    for f in out.pinned:
        k = _key_of(f)
        same = best.pop(k, None)
        if same is not None and same.verdict.rank >= max(f.verdict.rank, Verdict.DIFFERS.rank) and \
                same.confidence >= f.confidence:
            f = same
        # a judge's report of the same change, a span around it ("Lynell Hamilton and PJ Hill"), says it already
        told = [g for g in by_sentences.get((f.a.source, f.a.sentence, f.b.source, f.b.sentence), ())
                if g.verdict.rank >= max(f.verdict.rank, Verdict.DIFFERS.rank) and g.confidence >= min_confidence
                and _key_of(g) in best and _overlap(g.a, f.a) and _overlap(g.b, f.b)]
        if told:
            g = max(told, key=lambda g: g.confidence)
            skips.append(Skip("fact-matched-elsewhere", f.kind, f.a, f.b,
                              f"{f.verdict.value} ({f.confidence:.2f}): {f.message}; said by a finding around it"))
            # the two judges said one change: it is as sure as the surer of them
            f, k = dataclasses.replace(g, confidence=max(g.confidence, f.confidence)), _key_of(g)
            best.pop(k)
        pinned.setdefault(k, f)
    for f in pinned.values():
        if f.confidence < min_confidence:       # held back; its facts stay free for other partners
            skips.append(Skip("below-min-confidence", f.kind, f.a, f.b,
                              below(f, min_confidence)))
        else:
            used.setdefault((f.kind, f.b.source) + _key(f.a), f)
            used.setdefault((f.kind, f.a.source) + _key(f.b), f)
            kept.append(f)
    # an agreement a little less sure than a compatible reading is still the better match: the
    # same words on both sides ("Thursday" / "Thursday" before "9.25 a.m. on Thursday" / "Thursday")
    order = sorted(best.values(), key=lambda f: (f.verdict.rank >= Verdict.DIFFERS.rank,
                                                 -(f.confidence + AGREE_BONUS * (f.verdict is Verdict.AGREE)
                                                   + FULL_NAME_BONUS * _full_name_both(f)), f.verdict.rank,
                                                 f.a.source, f.a.sentence, f.a.start, f.b.source, f.b.sentence,
                                                 f.b.start, f.kind))
    for f in order:
        # one accusation per fact and per other source (a report against itself is judged
        # apart); agreements come first, and a fact that agrees is not also accused
        ka, kb = (f.kind, f.b.source) + _key(f.a), (f.kind, f.a.source) + _key(f.b)
        # a figure, a date or a quote is accused once and never when it agrees; a name only
        # when both of its sides are taken ("Kiltschko" is a misspelling though B's
        # "Klitschko" agrees with A's "Klitschko" elsewhere)
        discrepancy = f.verdict.rank >= Verdict.DIFFERS.rank
        by_b = used.get(kb)
        if f.kind in ONE_SIDE_BLOCKS or not discrepancy:
            other = used.get(ka) or by_b
        else:       # a name is accused once, but not excused by the other side's agreement elsewhere
            other = used.get(ka) or (by_b if by_b is not None and by_b.verdict.rank >= Verdict.DIFFERS.rank else None)
            if other is not None and other.verdict.rank < Verdict.DIFFERS.rank and by_b is None and \
                    misspelled(fold_key(f.a.text), fold_key(f.b.text)):
                other = None    # nor a misspelling on B's side by A's agreement ("Klitchsko's sixth defense")
        if discrepancy and f.kind == "entity" and _another_role(other):
            # "TransLink spokesman Lorin Pearce" / "TransLink spokesman Drew Snider": that B gives
            # Lorin Pearce another role elsewhere is no excuse, it is half the swap
            other = None
        if not discrepancy and other is not None and f.kind not in RESTATED and \
                (f.verdict is Verdict.AGREE or f.kind != "entity"):
            continue        # a quote agrees once, a name too unless its role is worded otherwise;
                            # a figure or a day may agree with each restatement
        # a sure discrepancy whose other side is free is still reported when only an agreement
        # elsewhere holds this side: the report then states the fact twice, two ways ("16-year-old"
        # in its headline, "25-year-old" in its text, against the other's "16-year-old")
        # and a discrepancy of exact figures whose fact only a loose reading holds ("40 people dead"
        # within the range of "dozens of lives", against "some 30 people were killed")
        # (the other side free, or held only by a loose reading too: "550 people" / "350 people",
        # "350" also within "hundreds of people" elsewhere)
        holder = used.get(kb if other is used.get(ka) else ka)
        restated = discrepancy and other is not None and other.verdict.rank < Verdict.DIFFERS.rank and (
            (f.confidence >= sure_anyway and holder is None) or
            (f.confidence >= min_confidence and _loose(other, docs) and not _loose(f, docs)
             and (holder is None or (holder.verdict.rank < Verdict.DIFFERS.rank and _loose(holder, docs)))))
        if discrepancy and other is not None and not restated and \
                (other.confidence >= min_confidence or other.confidence >= f.confidence):
            skips.append(Skip("fact-matched-elsewhere", f.kind, f.a, f.b,
                              f"{f.verdict.value} ({f.confidence:.2f}): {f.message}; the fact is matched with "
                              f"{other.a.source}{other.a.sentence + 1} / {other.b.source}{other.b.sentence + 1} "
                              f"({other.verdict.value}, {other.confidence:.2f})"))
            continue
        used.setdefault(ka, f)
        used.setdefault(kb, f)
        if f.confidence < min_confidence:
            skips.append(Skip("below-min-confidence", f.kind, f.a, f.b,
                              below(f, min_confidence)))
            continue
        kept.append(f)
    kept = _not_contradicted(kept, skips)
    kept.sort(key=report_order)
    return tuple(kept), tuple(_unique(skips))


def _another_role(f: Optional[Finding]) -> bool:
    """Is ``f`` one person named in both reports with another role in each (judge/names.py)?"""
    return f is not None and f.kind == "entity" and f.verdict is Verdict.COMPATIBLE and ANOTHER_ROLE in f.message


def report_order(f: Finding) -> tuple:
    """The order of findings in a report: the graver first, then as the reports read."""
    return -f.verdict.rank, f.a.source, f.a.sentence, f.b.sentence, f.kind, f.a.start, f.b.start


def _not_contradicted(kept: list[Finding], skips: list[Skip]) -> list[Finding]:
    """A statement is not "the same" when a reported discrepancy lies inside it on both sides
    ("runs for up to 8 hours on one charge" / "… up to 9 hours …"): such an agreement is held
    back (rule ``statement-contradicted``)."""
    found = [f for f in kept if f.verdict.rank >= Verdict.DIFFERS.rank]
    out = []
    for f in kept:
        inside = f.verdict.rank < Verdict.DIFFERS.rank and next(
            (g for g in found if g is not f and _within(g.a, f.a) and _within(g.b, f.b)), None)
        if inside:
            skips.append(Skip("statement-contradicted", f.kind, f.a, f.b,
                              f"{f.verdict.value}: {f.message}; but {inside.a.text} / {inside.b.text} inside it differ"))
        else:
            out.append(f)
    return out


def _within(inner: Side, outer: Side) -> bool:
    return inner.source == outer.source and inner.sentence == outer.sentence and \
        outer.start <= inner.start and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end)


def _loose(f: Finding, docs: Optional[dict[str, Doc]]) -> bool:
    """Is one side of a figure finding a loose plural ("dozens of lives", "hundreds"), no figure stated?"""
    if docs is None or f.kind != "number":
        return False
    return any(q is not None and q.loose for q in (figure_at(docs[f.a.source], f.a), figure_at(docs[f.b.source], f.b)))


def _key_of(f: Finding) -> tuple:
    return (f.kind, _key(f.a), _key(f.b))


def overlapping(f: Finding, g: Finding) -> bool:
    """Do two findings set the same stretches of text against each other (each side overlapping)?"""
    return _overlap(f.a, g.a) and _overlap(f.b, g.b)


def _overlap(x: Side, y: Side) -> bool:
    return x.source == y.source and x.sentence == y.sentence and x.start < y.end and y.start < x.end


def _unique(skips: list[Skip]) -> list[Skip]:
    seen, out = set(), []
    for s in skips:
        k = (s.rule, s.kind, s.a and _key(s.a), s.b and _key(s.b))
        if k not in seen:
            seen.add(k)
            out.append(s)
    return sorted(out, key=lambda s: (s.a.source if s.a else "", s.a.sentence if s.a else -1,
                                      s.b.sentence if s.b else -1, s.rule, s.kind, s.a.start if s.a else -1))


def shown_spans(findings: Sequence[Finding], docs: dict[str, Doc], *, t: Thresholds = Thresholds(),
                shared_words: bool = True) -> list[Finding]:
    """The findings as shown: each figure's span widened to what an editor reads as the fact
    (:func:`.numbers.figure_side`), each time's with the hedge before it
    (:func:`.dates.time_side`), and each agreement's over the words around it both reports
    write alike (:func:`.shared_words.widened`; ``shared_words`` false for ``check`` and the
    consensus). Done once the findings are settled, so that the judges and the resolver tell
    facts apart by the facts' own spans. An age's span takes the person's name only when both
    reports write it alike (a name spelled two ways is a finding of its own)."""
    spans = _fact_spans(findings, docs)
    if not shared_words:
        return spans
    out, shown = [], set()
    for f in spans:
        g = widened(f, docs, before=t.shared_before, after=t.shared_after)
        if _shown_as(g) in shown:   # (two findings moved onto one mention of a place: the second keeps its own)
            g = f
        shown.add(_shown_as(g))
        out.append(g)
    return out


def _shown_as(f: Finding) -> tuple:
    return f.kind, f.a.source, f.a.start, f.a.end, f.b.source, f.b.start, f.b.end


def _fact_spans(findings: Sequence[Finding], docs: dict[str, Doc]) -> list[Finding]:
    out = []
    for f in findings:
        da, db = docs[f.a.source], docs[f.b.source]
        if f.kind == "date":
            out.append(dataclasses.replace(f, a=time_side(da, f.a), b=time_side(db, f.b)))
            continue
        x = figure_at(da, f.a) if f.kind == "number" else None
        y = figure_at(db, f.b) if f.kind == "number" else None
        if x is None or y is None:
            out.append(f)
            continue
        ha = adjacent_name(da, f.a.sentence, x) if x.counts == "age" else None
        hb = adjacent_name(db, f.b.sentence, y) if y.counts == "age" else None
        named = ha is not None and hb is not None and fold_key(ha.text) == fold_key(hb.text)
        out.append(dataclasses.replace(f, a=figure_side(da, f.a.sentence, x, named),
                                       b=figure_side(db, f.b.sentence, y, named)))
    return out
