"""The report as plain data (dicts and lists), built once for every format.

This is also the JSON contract (see the README, "JSON report"): ``format_version`` changes
when a field is removed or changes meaning; new fields may be added at any time.
"""
from __future__ import annotations

import dataclasses
from collections import Counter

from ..model import Dropped, Fact, Finding, Report, Side

FORMAT_VERSION = 1
VERDICT_ORDER = ("conflict", "differs", "compatible", "agree")


def _side(side: Side) -> dict:
    return {"source": side.source, "sentence": side.sentence, "text": side.text, "start": side.start,
            "end": side.end, "claimant": side.claimant}


def finding_data(f: Finding) -> dict:
    return {"kind": f.kind, "verdict": f.verdict.value, "a": _side(f.a), "b": _side(f.b), "message": f.message}


def fact_data(fact: Fact) -> dict:
    """A fact as a dict; numbers carry ``interval`` = [low, high, low_inclusive, high_inclusive]."""
    d = {k: v for k, v in dataclasses.asdict(fact).items()}
    if fact.kind == "number":
        d["interval"] = [d.pop("low"), d.pop("high"), d.pop("low_inclusive"), d.pop("high_inclusive")]
    return {k: d[k] for k in sorted(d, key=lambda k: (k not in ("kind", "text", "start", "end"), k))}


def dropped_data(d: Dropped) -> dict:
    """What an extractor left out: ``{kind, rule, text, start, end}`` (and ``detail`` for a
    ``parser-error``)."""
    out = {"kind": d.kind, "rule": d.rule, "text": d.text, "start": d.start, "end": d.end}
    if d.detail:
        out["detail"] = d.detail
    return out


def report_data(report: Report) -> dict:
    counts = Counter(f.verdict.value for f in report.findings)
    return {
        "format": "factcheck-report",
        "format_version": FORMAT_VERSION,
        "sources": [{"id": s.id, "path": s.path,
                     "sentences": [{"index": x.index, "text": x.text, "start": x.start, "end": x.end,
                                    "paragraph": x.paragraph, "role": x.role.value} for x in s.sentences]}
                    for s in report.sources],
        "alignments": [{"a": list(p.a), "b": list(p.b), "score": p.score} for p in report.alignments],
        "findings": [finding_data(f) for f in report.findings],
        "unmatched": [{"source": u.source, "sentence": u.sentence} for u in report.unmatched],
        "summary": {**{v: counts.get(v, 0) for v in VERDICT_ORDER},
                    "unmatched_a": sum(u.source == "A" for u in report.unmatched),
                    "unmatched_b": sum(u.source == "B" for u in report.unmatched)},
    }
