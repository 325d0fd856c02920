"""Dates and times of aligned sentences."""
from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from ..facts.attribution import SPEECH_VERBS
from ..facts.dates import extract_times
from ..model import Finding, Quote, TimeFact, Verdict
from ..text import fold
from .doc import Doc, outside, side
from .times import relate_times

# a time that dates the telling, not the event: "officials said Saturday", "told AP on Friday"
_TOLD = re.compile(r"\b(?:" + SPEECH_VERBS + r")(?:\s+\w+){0,2}?\s+(?:on\s+|late\s+|early\s+)?$", re.I)


def date_findings(doc_a: Doc, ia, doc_b: Doc, ib, *, score: float = 1.0, min_score: float = 0.5,
                  near: float = 0.8) -> list[Finding]:
    """Times of aligned sentences. A conflict needs one time a side and a close alignment
    (``score`` ≥ ``min_score``), since news often dates two events in one sentence pair, and
    times that date the event (not inside a quote, not the day something was said, not a date
    line). It must also show in the words: a clash that only the publication dates make
    ("today" / "Tuesday", "this afternoon" / "Monday afternoon") takes the verdict of the times
    as written, or ``differs``; and two weekdays or parts of a day clash only in sentences
    worded nearly alike around them (similarity ≥ ``near``: "died on Saturday" / "died on
    Friday"), otherwise ``differs``. Calendar dates and years ("1969" / "1970") keep the
    conflict."""
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
            verdict = rel[0]
            if best is None or verdict.rank < best[0].rank:
                best = (verdict, rel[1], j, y)
        if best is None:
            continue
        verdict, reason, j, y = best
        if verdict is Verdict.CONFLICT and (len(ta) > 1 or len(tb) > 1 or score < min_score
                                            or not _dates_event(doc_a, i, x) or not _dates_event(doc_b, j, y)):
            continue  # several times on a side: we cannot tell which describe the same event
        used.add(id(y))
        if verdict is Verdict.CONFLICT:
            verdict, reason = _as_written(doc_a, i, x, doc_b, j, y, reason, near)
        out.append(Finding("date", verdict, side(doc_a, i, x), side(doc_b, j, y),
                           f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — {reason}"))
    return out


def _as_written(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact, reason: str,
                near: float) -> tuple[Verdict, str]:
    """The verdict for two times that conflict once resolved, judged on what their words state
    (the date parser run on the spans alone, without publication dates)."""
    wx, wy = next(extract_times(x.text), x), next(extract_times(y.text), y)
    written = relate_times(wx, wy)
    if written is None or written[0] is not Verdict.CONFLICT:
        # a reprint or an update stamp moves the date "today" is counted from
        if written is None:
            return Verdict.DIFFERS, reason + "; only through the publication dates"
        return written[0], written[1] + " as written; the publication dates differ"
    calendar = all(w.year is not None or w.month is not None for w in (wx, wy))
    if not calendar and Indel.normalized_similarity(outside(doc_a, i, x), outside(doc_b, j, y)) < near:
        # a weekday dates whatever its clause tells, often another event of the story
        return Verdict.DIFFERS, reason + "; may date different events"
    return Verdict.CONFLICT, reason


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
