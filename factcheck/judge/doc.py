"""What the judge sees of one report, and the parts every kind of finding shares."""
from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from typing import Iterable, Optional

from ..facts.numbers.scores import running
from ..model import Fact, Finding, Quantity, Sentence, Side
from ..text import fold_key, stems_after, stems_before


@dataclass(frozen=True)
class Doc:
    """One analysed source, as the judge sees it."""

    id: str
    sentences: tuple[Sentence, ...]
    facts: tuple[tuple[Fact, ...], ...]          # per sentence index
    claimants: tuple[Optional[str], ...]         # per sentence: who the report says claims it
    published: Optional[datetime.date] = None     # the report's date, when known

    def of(self, index: int, kind: type) -> list:
        return [f for f in self.facts[index] if isinstance(f, kind)]

    @functools.cached_property
    def roundup(self) -> bool:
        """Does the report give the results of three or more games ("a 108-70 rout", "85-68")?
        Team records ("(14-1)") and scores during a game ("a 7-0 lead") are not results.
        Computed once per report."""
        return len({(q.low, q.high) for i in range(len(self.sentences)) for q in self.results(i)}) >= 3

    def results(self, index: int) -> list[Quantity]:
        """The game results sentence ``index`` gives: scores, not records, not scores during a
        game ("trailing 13-10")."""
        memo = self._memo.setdefault("results", {})
        if index not in memo:
            s = self.sentences[index]
            memo[index] = [q for q in self.of(index, Quantity) if q.unit == "score" and not running(s.text, q, s.start)]
        return memo[index]

    @functools.cached_property
    def _memo(self) -> dict:
        """What a judge computes once per report (``"holders"``: the people named in roles)."""
        return {}

    @functools.cached_property
    def _around(self) -> dict:
        return {}

    @functools.cached_property
    def _events(self) -> dict:
        return {}

    @functools.cached_property
    def _words(self) -> dict:
        return {}

    @functools.cached_property
    def _tokens(self) -> dict:
        return {}

    @functools.cached_property
    def _holders(self) -> dict:
        return {}

    @functools.cached_property
    def full_names(self) -> frozenset[tuple[str, ...]]:
        """The folded words of every name of two words or more the report gives a person or
        leaves unlabelled ("tara reid"). Computed once per report."""
        from ..model import Entity
        return frozenset(words for i in range(len(self.sentences)) for e in self.of(i, Entity)
                         if e.label in ("person", "name") and len(words := tuple(fold_key(e.text).split())) >= 2)


def _WORD(w: str) -> bool:
    return not w[0].isdigit()


def around(doc: Doc, index: int, fact: Fact, width: int = 6) -> frozenset[str]:
    """The content stems next to a fact in its sentence (``width`` words each side, numbers
    left out): what the fact is said about. "dragging her 10 feet as he sped away" →
    {drag, sped, away}. Remembered per fact."""
    key = (index, fact.start, fact.end, width)
    cache = doc._around
    if key not in cache:
        s = doc.sentences[index]
        left = stems_before(s.text[:fact.start - s.start], width, _WORD)
        right = stems_after(s.text[fact.end - s.start:], width, _WORD)
        cache[key] = frozenset(left) | frozenset(right)
    return cache[key]


def outside(doc: Doc, index: int, fact: Fact) -> str:
    """The folded words of a sentence with a fact's span cut out: what the sentence says
    around a time, or a claim without its source."""
    s = doc.sentences[index]
    return fold_key(s.text[:fact.start - s.start] + " " + s.text[fact.end - s.start:])


def side(doc: Doc, index: int, fact: Fact) -> Side:
    return Side(doc.id, index, fact.text, fact.start, fact.end, doc.claimants[index])


def span_side(doc: Doc, index: int, start: int, end: int) -> Side:
    """The side of a finding on the text from ``start`` to ``end`` (offsets in the article) of
    sentence ``index``, as the sentence writes it."""
    s = doc.sentences[index]
    return Side(doc.id, index, s.text[start - s.start:end - s.start], start, end, doc.claimants[index])


def who(doc: Doc, i: int) -> str:
    """The source, with whom it says the claim comes from: "A (Police inspector Dave Gaskin)"."""
    return f"{doc.id} ({doc.claimants[i]})" if doc.claimants[i] else doc.id


def dedupe(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    seen, out = set(), []
    for f in findings:
        key = (f.kind, f.a.source, f.a.sentence, f.a.start, f.b.source, f.b.sentence, f.b.start)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return tuple(out)
