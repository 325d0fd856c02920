"""Dates and times of aligned sentences."""
from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from ..facts.dates import relate_times
from ..model import Finding, Quote, TimeFact, Verdict
from ..text import fold, fold_key
from .doc import Doc, side

# a time that dates the telling, not the event: "officials said Saturday", "told AP on Friday"
_TOLD = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|announced|added|stated|confirmed)"
                   r"(?:\s+\w+){0,2}?\s+(?:on\s+|late\s+|early\s+)?$", re.I)


def date_findings(doc_a: Doc, ia, doc_b: Doc, ib, *, score: float = 1.0, min_score: float = 0.5,
                  near: float = 0.8) -> list[Finding]:
    """Times of aligned sentences; a conflict needs one time a side and a close alignment
    (``score`` ≥ ``min_score``), since news often dates two events in one sentence pair; times
    that date the event (not inside a quote, not the day something was said, not a date line),
    worded differently; and, unless both are calendar dates or years, two sentences worded
    nearly alike around the times (similarity ≥ ``near``): otherwise ``differs``."""
    ta = [(i, t) for i in ia for t in doc_a.of(i, TimeFact)]
    tb = [(j, t) for j in ib for t in doc_b.of(j, TimeFact)]
    out, used = [], set()
    for i, x in ta:
        best = None
        for j, y in tb:
            if id(y) in used:
                continue
            rel = relate_times(x, y)
            if rel is None:
                continue
            verdict = Verdict(rel[0])
            if best is None or verdict.rank < best[0].rank:
                best = (verdict, rel[1], j, y)
        if best is None:
            continue
        verdict, reason, j, y = best
        if verdict is Verdict.CONFLICT and (len(ta) > 1 or len(tb) > 1 or score < min_score
                                            or fold_key(x.text) == fold_key(y.text)
                                            or not _dates_event(doc_a, i, x) or not _dates_event(doc_b, j, y)):
            # several times on a side: we cannot tell which describe the same event; the same
            # words ("today" / "today") read on two publication days say nothing different
            continue
        used.add(id(y))
        if verdict is Verdict.CONFLICT and (_RELATIVE.search(x.text) or _RELATIVE.search(y.text) or (
                not (_on_calendar(x) and _on_calendar(y)) and _likeness(doc_a, i, x, doc_b, j, y) < near)):
            # a weekday or "this morning" dates whatever its clause tells, often another event of
            # the story than the other report's: worth a look, not a contradiction to act on,
            # unless the two sentences are nearly one ("died on Saturday" / "died on Friday"); a
            # relative word ("today", "this afternoon") is read against a publication date that a
            # reprint or an update stamp may have moved
            verdict, reason = Verdict.DIFFERS, reason + "; may date different events"
        out.append(Finding("date", verdict, side(doc_a, i, x), side(doc_b, j, y),
                           f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — {reason}"))
    return out


_CALENDAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d",
                       re.I)


def _likeness(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact) -> float:
    """How alike two sentences are in words, their times left out (0–1, rapidfuzz Indel)."""
    def rest(doc: Doc, k: int, t: TimeFact) -> str:
        s = doc.sentences[k]
        return fold_key(s.text[:t.start - s.start] + " " + s.text[t.end - s.start:])
    return Indel.normalized_similarity(rest(doc_a, i, x), rest(doc_b, j, y))


_RELATIVE = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening|week)|last\s+night)\b",
                       re.I)


def _on_calendar(t: TimeFact) -> bool:
    """Written as a calendar date or year ("2002", "April 27, 2009"), not a weekday or a
    relative word ("Friday", "this morning")."""
    return bool(_CALENDAR.search(t.text))


def _dates_event(doc: Doc, i: int, t: TimeFact) -> bool:
    """Can this time date the event? Not inside a quote ("how many kids will you kill today"),
    not the day something was said ("officials said Saturday"), not a date line standing alone
    ("Friday, June 7, 2013")."""
    s = doc.sentences[i]
    if any(q.start <= t.start and t.end <= q.end for q in doc.of(i, Quote)):
        return False
    if _TOLD.search(fold(s.text[:t.start - s.start])):
        return False
    return len(t.text) < 0.6 * len(s.text.strip())
