"""Dates and times of aligned sentences."""
from __future__ import annotations

from ..facts.dates import relate_times
from ..model import Finding, TimeFact, Verdict
from .doc import Doc, side


def date_findings(doc_a: Doc, ia, doc_b: Doc, ib, *, score: float = 1.0, min_score: float = 0.5) -> list[Finding]:
    """Times of aligned sentences; a conflict needs one time a side and a close alignment
    (``score`` ≥ ``min_score``), since news often dates two events in one sentence pair."""
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
        if verdict is Verdict.CONFLICT and (len(ta) > 1 or len(tb) > 1 or score < min_score):
            continue  # several times on a side: we cannot tell which describe the same event
        used.add(id(y))
        out.append(Finding("date", verdict, side(doc_a, i, x), side(doc_b, j, y),
                           f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — {reason}"))
    return out
