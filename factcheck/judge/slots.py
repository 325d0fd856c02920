"""One slot, two names: aligned sentences that put different names in the same words.

"Tyler Hansbrough broke Phil Ford's 30-year hold on the scoring record" / "North Carolina
broke Phil Ford's 30-year hold …": the words right after (or right before) the two names
are the same, each name is missing from the other sentence, so one report names another
doer, place or body for the same statement. A name swapped in a rewrite looks exactly so.

The words must be content words, not only "the", "of", "and" (``slot_words`` of them, in
order, right next to both names); names the other sentence also gives are matched, not
rivals. Cost: O(e_a · e_b) over the names of one aligned group.
"""
from __future__ import annotations

import re

from ..aliases import Aliases
from ..model import Entity, Finding, Verdict
from ..settings import Thresholds
from ..text import STOPWORDS, fold
from .doc import Doc, side
from .rules import Out, combine, sentence_evidence

_TOKEN = re.compile(r"[\w'’\-]+|[^\w\s]")


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(fold(text))]


def _next_to(doc: Doc, i: int, e: Entity, n: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``n`` tokens right before and right after a name in its sentence."""
    s = doc.sentences[i]
    before = _tokens(s.text[:e.start - s.start])[-n:]
    after = _tokens(s.text[e.end - s.start:])[:n]
    return tuple(before), tuple(after)


_PLACED = frozenset({"in", "at", "near", "from", "outside", "of", "to"})


def _rivals(a: str, b: str) -> bool:
    """Two names that share no word and neither shortens the other ("Mo" / "Missouri")."""
    wa, wb = set(fold(a).lower().split()), set(fold(b).lower().split())
    ka, kb = "".join(sorted(wa)), "".join(sorted(wb))
    return not (wa & wb) and min(len(ka), len(kb)) >= 3 and not (ka.startswith(kb[:2]) and len(kb) <= 3) \
        and not (kb.startswith(ka[:2]) and len(ka) <= 3)


def _content(words: tuple[str, ...]) -> int:
    return sum(w.isalpha() and w not in STOPWORDS and len(w) > 2 for w in words)


def slot_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases, *, t: Thresholds, out: Out,
                  score: float = 1.0, aligned: bool = True) -> None:
    """Names of sentences ``ia`` (of A) and ``ib`` (of B) that stand in the same words, each
    absent from the other side: ``differs``."""
    if not aligned:
        return
    ea = [(i, e) for i in ia for e in doc_a.of(i, Entity)]
    eb = [(j, e) for j in ib for e in doc_b.of(j, Entity)]
    alone_a = [(i, x) for i, x in ea if not any(aliases.relation(x.text, y.text) for _, y in eb)]
    alone_b = [(j, y) for j, y in eb if not any(aliases.relation(x.text, y.text) for _, x in ea)]
    n = t.slot_words
    for i, x in alone_a:
        bx, ax = _next_to(doc_a, i, x, n)
        for j, y in alone_b:
            if not _rivals(x.text, y.text):
                continue
            by, ay = _next_to(doc_b, j, y, n)
            same = [words for words, other in ((ax, ay), (bx, by)) if len(words) == n and words == other
                    and _content(words)]
            if bx == by and bx[-1:] and bx[-1] in _PLACED:
                continue        # "a rehab facility in Malibu" / "… in Newport Beach": a town and its region, often
            if not same:
                continue
            words = " ".join(same[0])
            confidence = combine(sentence_evidence(score, aligned), t.slot_evidence)
            out.find(Finding("entity", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                             f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — another name in the same words "
                             f"(\"{words}\")", confidence))
