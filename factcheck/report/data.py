"""The report as plain data (dicts and lists), built once for every format.

This is also the JSON contract (see the README, "JSON report"): ``format_version`` changes
when a field is removed or changes meaning; new fields may be added at any time.
"""
from __future__ import annotations

import dataclasses
from collections import Counter

from ..model import Dropped, Fact, Finding, Report, Side, Skip

# 2: findings carry ``confidence`` and are only those at or above ``min_confidence``; with
#    --explain, ``skipped`` lists the candidates held back, each with its rule.
#    Added since, meaning of nothing changed: ``line`` (1-based line in the file) on sentences,
#    sides and unmatched statements; ``detail`` on findings; ``cited`` on unmatched statements. The JSON Schema is ``factcheck/data/report.schema.json``.
FORMAT_VERSION = 2
FACTS_FORMAT_VERSION = 1    # ``factcheck facts``; --explain adds ``dropped`` (a field added, not changed)
VERDICT_ORDER = ("conflict", "differs", "compatible", "agree")


def _side(side: Side, lines: dict) -> dict:
    return {"source": side.source, "sentence": side.sentence, "line": lines[side.source](side.start),
            "text": side.text, "start": side.start, "end": side.end, "claimant": side.claimant}


def finding_data(f: Finding, lines: dict) -> dict:
    return {"kind": f.kind, "verdict": f.verdict.value, "confidence": f.confidence, "a": _side(f.a, lines),
            "b": _side(f.b, lines), "message": f.message, "detail": f.detail}


def skip_data(s: Skip, lines: dict) -> dict:
    """A candidate held back: ``{rule, kind, a, b, detail}`` (``a`` or ``b`` may be null)."""
    return {"rule": s.rule, "kind": s.kind, "a": _side(s.a, lines) if s.a else None,
            "b": _side(s.b, lines) if s.b else None, "detail": s.detail}


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


def report_data(report: Report, *, explain: bool = False) -> dict:
    """The report as plain data; ``explain`` adds ``skipped``, the candidates held back.
    Parser errors (rule ``parser-error``, a bug) are always listed."""
    counts = Counter(f.verdict.value for f in report.findings)
    skipped = [s for s in report.skipped if explain or s.rule == "parser-error"]
    lines = {s.id: s.line for s in report.sources}
    starts = {(s.id, x.index): x.start for s in report.sources for x in s.sentences}
    cited = cited_sentences(report)
    return {
        "format": "factcheck-report",
        "format_version": FORMAT_VERSION,
        "sources": [{"id": s.id, "path": s.path,
                     "sentences": [{"index": x.index, "line": s.line(x.start), "text": x.text, "start": x.start,
                                    "end": x.end, "paragraph": x.paragraph, "role": x.role.value}
                                   for x in s.sentences]}
                    for s in report.sources],
        "alignments": [{"a": list(p.a), "b": list(p.b), "score": p.score} for p in report.alignments],
        "min_confidence": report.min_confidence,
        "findings": [finding_data(f, lines) for f in report.findings],
        **({"skipped": [skip_data(x, lines) for x in skipped]} if skipped or explain else {}),
        "unmatched": [{"source": u.source, "sentence": u.sentence, "line": lines[u.source](starts.get((u.source, u.sentence), 0)),
                       "cited": (u.source, u.sentence) in cited}
                      for u in report.unmatched],
        "summary": {**{v: counts.get(v, 0) for v in VERDICT_ORDER},
                    "unmatched_a": sum(u.source == "A" for u in report.unmatched),
                    "unmatched_b": sum(u.source == "B" for u in report.unmatched),
                    "skipped": len(report.skipped)},
    }


def cited_sentences(report: Report) -> set:
    """(source, sentence) of every sentence a reported finding cites. An unaligned sentence
    that a finding cites is still listed in ``unmatched`` (its statement as a whole has no
    partner) with ``cited`` true; the reports for reading leave it out of "only in"."""
    return {(side.source, side.sentence) for f in report.findings for side in (f.a, f.b)}
