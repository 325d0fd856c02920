"""A report checked against its sources: one comparison per source → a verdict per statement.

``factcheck check REPORT S1 S2 …`` asks, for every statement of REPORT, which source says it,
whether any source says otherwise, and whether it is in no source at all. The comparisons are
the ``compare`` pipeline's (REPORT as A, each source as B); this stage reads them side by side:

- **contradicted**: a reported discrepancy ties the statement to a source sentence (the
  finding, as ``compare`` shows it), also when another source supports it;
- **supported**: a source sentence is aligned with it at ``t.support`` or closer, or a figure,
  a date, a quote or a statement (``t.statement_words`` words or more) agrees with a source's;
- **unsupported** ("not in the sources"): neither; its figures, names, dates and quotes are
  listed, since those are what an editor must verify. A quote no source has word for word is
  unsupported even when a paraphrase is there.

Omissions are the source statements with facts (figures, dates, names, quotes) that no
sentence of REPORT is aligned with at ``t.support`` or closer, nor states or contradicts (a
finding that supports a statement, or a discrepancy), grouped
across sources when they are alike
(``t.omission_alike``, rapidfuzz's token-set ratio) and ranked by how many sources state them.
Cost: the comparisons, then O(s · (f + a)) for s statements, f findings and a alignments per
source, and O(o²) over the omitted statements.
"""
from __future__ import annotations

from typing import Sequence

from rapidfuzz import fuzz

from .model import (CheckReport, Entity, Evidence, Fact, Omission, Quantity, Quote, Report, SourceDoc, Statement,
                    Support, TimeFact, Verdict)
from .judge.claims import statement_like
from .judge.entities import misspelled
from .settings import Thresholds
from .text import fold_key

# the facts an editor verifies in a statement no source makes
CHECKABLE = (Quantity, TimeFact, Entity, Quote)


def check_reports(reports: Sequence[Report], *, t: Thresholds = Thresholds()) -> CheckReport:
    """The verdicts for the report under check, from its comparison with each source
    (``reports[k]`` compares it, as A, with source ``k``, as B)."""
    report = reports[0].sources[0]
    sources = tuple(r.sources[1] for r in reports)
    texts = [" " + fold_key(s.text) + " " for s in sources]
    texts_of = [{s.index: s.text for s in source.sentences} for source in sources]
    statements = tuple(_statement(report, i, reports, texts, texts_of, t) for i in _content(report))
    return CheckReport(report, sources, statements, _omissions(reports, t), reports[0].min_confidence)


def _source_slip(e: Evidence, supports: list[Evidence]) -> bool:
    """A name one source spells otherwise ("Browsnville") where another source, in a sentence
    that states the statement, spells it as the report does: that source's slip, no
    contradiction (named in the statement's reason). Names that are two names ("Slovakia" /
    "Slovenia", "Iran" / "Iraq") are no slips (:func:`.judge.entities.misspelled`)."""
    f = e.finding
    if f is None or f.kind != "entity" or not misspelled(fold_key(f.a.text), fold_key(f.b.text)):
        return False
    said = f" {fold_key(f.a.text)} "
    return any(s.source != e.source and said in f" {fold_key(s.text)} " for s in supports)


def _content(doc: SourceDoc) -> list[int]:
    return [s.index for s in doc.sentences if s.role.is_content]


def _statement(report: SourceDoc, i: int, reports: Sequence[Report], texts: list[str], texts_of: list[dict],
               t: Thresholds) -> Statement:
    supports, contradictions = [], []
    for k, rep in enumerate(reports):
        text = texts_of[k]
        for f in rep.findings:
            if f.a.source != "A" or f.b.source != "B" or f.a.sentence != i:
                continue
            evidence = Evidence(k, f.b.sentence, text.get(f.b.sentence, f.b.text), f)
            if f.verdict.rank >= Verdict.DIFFERS.rank:
                contradictions.append(evidence)
            elif _supporting(f, t):
                supports.append(evidence)
        for p in rep.alignments:
            if i in p.a and p.score >= t.support:
                supports += [Evidence(k, j, text.get(j, "")) for j in p.b]
    supports = _distinct(supports)
    slips, kept = [], []
    for e in contradictions:
        (slips if _source_slip(e, supports) else kept).append(e)
    contradictions = kept
    facts = tuple(f for f in report.facts[i] if isinstance(f, CHECKABLE)) if report.facts else ()
    unquoted = [q for q in facts if isinstance(q, Quote) and not _verbatim(q, texts)]
    slip_note = "".join(f"; S{e.source + 1} spells “{e.finding.b.text}”, a source that states it spells it as the report does"
                        for e in slips)
    against = sorted({e.source for e in contradictions})
    behind = sorted({e.source for e in supports} - set(against))
    if contradictions:
        verdict, reason = Support.CONTRADICTED, f"{_sources(against)} {_says(against, 'states')} otherwise"
        if behind:
            reason += f"; {_sources(behind)} {_says(behind, 'supports')} it"
    elif unquoted:
        verdict, reason = Support.UNSUPPORTED, f"the quote “{unquoted[0].content}” is in no source word for word"
        if supports:
            said = sorted({e.source for e in supports})
            reason += f" ({_sources(said)} {_says(said, 'says')} it in other words)"
    elif supports:
        verdict = Support.SUPPORTED
        reason = f"stated by {_sources(behind)}"
    else:
        verdict, reason = Support.UNSUPPORTED, "no source states it or anything close"
    reason += slip_note
    return Statement(i, verdict, reason, tuple(supports), tuple(contradictions),
                     facts if verdict is not Support.SUPPORTED else ())


def _distinct(evidence: list[Evidence]) -> list[Evidence]:
    """One piece of evidence per source sentence, the one with a finding first."""
    seen, out = set(), []
    for e in sorted(evidence, key=lambda e: e.finding is None):
        if (e.source, e.sentence) not in seen:
            seen.add((e.source, e.sentence))
            out.append(e)
    return out


def _says(sources: list[int], verb: str) -> str:
    return verb if len(sources) == 1 else verb[:-1] if verb.endswith("s") else verb


def _supporting(f, t: Thresholds) -> bool:
    """An agreement that says a source states the statement: a figure, a date, a quote, or a
    statement (:func:`~factcheck.judge.claims.statement_like`; a shared name alone does not)."""
    return f.kind in ("number", "date", "quote") or statement_like(f, t)


def _verbatim(q: Quote, texts: list[str]) -> bool:
    key = fold_key(q.content)
    return not key or any(" " + key + " " in text for text in texts)


def _sources(indexes) -> str:
    return ", ".join(f"S{k + 1}" for k in indexes)


def _omissions(reports: Sequence[Report], t: Thresholds) -> tuple[Omission, ...]:
    """Source statements with facts that the report leaves out, alike ones of several sources
    grouped, the most stated first (then in the sources' order)."""
    left: list[tuple[int, int, str, tuple[Fact, ...]]] = []
    for k, rep in enumerate(reports):
        source = rep.sources[1]
        covered = {j for p in rep.alignments if p.score >= t.support for j in p.b} | \
            {f.b.sentence for f in rep.findings if f.a.source == "A" and f.b.source == "B"
             and (f.verdict.rank >= Verdict.DIFFERS.rank or _supporting(f, t))}
        for s in source.sentences:
            if not s.role.is_content or s.index in covered:
                continue
            facts = tuple(f for f in source.facts[s.index] if isinstance(f, CHECKABLE)) if source.facts else ()
            if facts:
                left.append((k, s.index, s.text, facts))
    groups: list[list[int]] = []
    for n, (k, _, sentence, _) in enumerate(left):
        for g in groups:
            first = left[g[0]]
            if first[0] != k and all(left[m][0] != k for m in g) and \
                    fuzz.token_set_ratio(first[2], sentence) >= 100 * t.omission_alike:
                g.append(n)
                break
        else:
            groups.append([n])
    omissions = [Omission(tuple((left[m][0], left[m][1]) for m in g), left[g[0]][3]) for g in groups]
    return tuple(sorted(omissions, key=lambda o: (-o.count, o.statements[0])))
