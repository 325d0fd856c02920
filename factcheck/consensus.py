"""Two or more reports of one event (three to find a majority): their facts matched together → one
row per fact.

``factcheck consensus A B C …`` (or ``factcheck compare A B C …``) answers the questions of a
running story told by several outlets: where do they agree, and who stands alone? Every pair
of reports is compared by the ``compare`` pipeline (each report analysed once); this stage
reads the findings of all pairs together:

- a **fact** is the set of spans the findings link, across reports (an agreement, a difference
  or a conflict about one thing links its two spans; two spans of one sentence that overlap are
  one span);
- within a fact, spans linked by agreements (``agree``, ``compatible``) state one **value**;
- the **majority** value is the one the most reports state (none on a tie); a report whose value
  no other report gives, against a majority of two or more, **stands alone**.

Like union-find in any clustering code: linear in the findings, after the k·(k−1)/2 comparisons.
"""
from __future__ import annotations

import dataclasses
from typing import Sequence

from .checking import DERIVED
from .judge.claims import statement_like
from .model import Consensus, FactRow, Mention, Report, SourceDoc, Verdict
from .settings import Thresholds
from .text import fold_key

Node = tuple[int, int, int, int, str]      # report, sentence, start, end, kind


class _Sets:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x, y) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def fact_rows(sources: Sequence[SourceDoc], pairs: Sequence[tuple[int, int, Report]], *,
              t: Thresholds = Thresholds()) -> Consensus:
    """The fact rows of ``sources`` from the comparisons ``pairs`` (``(i, j, report)``: source i
    as A, source j as B). Only reported findings count (those at the minimum confidence)."""
    facts, values, alike = _Sets(), _Sets(), _Sets()
    text: dict[Node, str] = {}
    against: list[tuple[Node, Node]] = []       # the spans a difference or a conflict links
    for i, j, report in pairs:
        index = {"A": i, "B": j}
        for f in report.findings:
            if f.a.source == f.b.source or f.detail == DERIVED:
                continue        # a report against itself: compare's business; a rewrite's own detail, no value of a fact
            kind = _kind(f, t)
            x = (index[f.a.source], f.a.sentence, f.a.start, f.a.end, kind)
            y = (index[f.b.source], f.b.sentence, f.b.start, f.b.end, kind)
            text[x], text[y] = f.a.text, f.b.text
            facts.union(x, y)
            for sets in (values, alike):
                sets.find(x), sets.find(y)
            if f.verdict.rank < Verdict.DIFFERS.rank:
                values.union(x, y)
                if f.verdict is Verdict.AGREE:
                    alike.union(x, y)
            else:
                against.append((x, y))
    _join_overlaps(list(text), facts, values, alike)
    # "compatible" does not carry over: "about 20" is compatible with 22 and with 18, which
    # conflict; a value that holds a difference is split into the values stated alike
    torn = {values.find(x) for x, y in against if values.find(x) == values.find(y)}
    regroup = [(node, alike.find(node)) for node in text if values.find(node) in torn]
    for node, root in regroup:
        values.parent[node] = ("split", root)
        values.parent.setdefault(("split", root), ("split", root))
    clusters: dict[Node, list[Node]] = {}
    for node in text:
        clusters.setdefault(facts.find(node), []).append(node)
    rows = [_row(nodes, values, text) for nodes in clusters.values()]
    rows.sort(key=lambda r: (not r.disputed, -len({m.report for g in r.groups for m in g}),
                             min((m.report, m.sentence, m.start) for g in r.groups for m in g)))
    rows = _mark_trivial(rows)
    min_confidence = pairs[0][2].min_confidence if pairs else 0.0
    return Consensus(tuple(sources), tuple(rows), min_confidence)


def _kind(f, t: Thresholds) -> str:
    """The kind of fact a finding is about; a statement the statement judge pairs ("the entire
    roof was in flames", :func:`~factcheck.judge.claims.statement_like`) is a ``statement``,
    kept apart from the names and figures inside it, so that one statement does not tie them
    all into one fact."""
    return "statement" if f.kind == "entity" and statement_like(f, t) else f.kind


def _join_overlaps(nodes: list[Node], facts: _Sets, values: _Sets, alike: _Sets) -> None:
    """Spans of one kind in one sentence that overlap are one span: the pairs widen a span
    differently ("at least 25" against one report, "at least 25 people" against another)."""
    by_sentence: dict[tuple, list[Node]] = {}
    for node in nodes:
        by_sentence.setdefault((node[0], node[1], node[4]), []).append(node)
    for spans in by_sentence.values():
        spans.sort(key=lambda n: (n[2], n[3]))
        reach = spans[0]      # the span that reaches furthest so far: (0, 50) joins (20, 30)
        for b in spans[1:]:
            if b[2] < reach[3]:
                for sets in (facts, values, alike):
                    sets.union(reach, b)
            if b[3] > reach[3]:
                reach = b


def _row(nodes: list[Node], values: _Sets, text: dict) -> FactRow:
    groups: dict[Node, list[Node]] = {}
    for node in sorted(nodes):
        groups.setdefault(values.find(node), []).append(node)
    ordered = sorted(groups.values(), key=lambda g: (-len({n[0] for n in g}), min(g)))
    mentions = tuple(tuple(Mention(n[0], n[1], text[n], n[2], n[3]) for n in g) for g in ordered)
    counts = [len({n[0] for n in g}) for g in ordered]
    majority = 0 if len(counts) == 1 or counts[0] > counts[1] else None
    alone = ()
    if majority is not None and counts[0] >= 2:
        alone = tuple(sorted({g[0][0] for g, c in zip(ordered[1:], counts[1:])
                              if c == 1 and g[0][0] not in {n[0] for n in ordered[0]}}))
    return FactRow(nodes[0][4], mentions, majority, alone)


def _mark_trivial(rows: list[FactRow]) -> list[FactRow]:
    """Rows of no use to an editor reading for differences, marked ``trivial``: a bare name all
    reports write alike that a row above already gives ("Comeaux" again), or a scrap of three
    letters or fewer ("Nov", "AP")."""
    seen: set[str] = set()
    out = []
    for row in rows:
        names = {fold_key(m.text) for g in row.groups for m in g}
        bare = row.kind == "entity" and not row.disputed and all(
            len(m.text.split()) <= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in m.text.split())
            for g in row.groups for m in g)
        scrap = all(len(n.replace(" ", "")) <= 3 for n in names)
        out.append(dataclasses.replace(row, trivial=bare and (bool(names & seen) or scrap)))
        if bare:
            seen |= names
    return out
