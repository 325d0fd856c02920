"""One thing against a plural with no figure: "one launcher" / "fired RPG launchers", "a single
shot" / "shots rang out". A plural says more than one without a number, so the parser reads no
figure in it; in two aligned sentences it still contradicts a count of one.

The plural must be the same noun as the counted one (by stem), in lower case, with no figure,
no vague amount ("several", "dozens") and no word that makes it another set ("other", "more",
"of the", "such") before it; the count of one must not be a part ("one of the launchers").
Only aligned sentences are compared: a plural elsewhere is too often another group of the same
things. Cost: one pass over the words of each aligned sentence per count of one.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..facts.numbers.context import lemma
from ..lexicon import data
from ..model import Finding, Quantity, Side, Verdict
from ..settings import Thresholds
from ..text import fold, stem
from .doc import Doc, side
from .rules import Out, combine, lowered_all, lowered_by, sentence_evidence

_WORD = re.compile(r"[A-Za-z][a-z]+")
# words before a plural that make it another set than the one counted (data/words.toml)
_OTHER_SET = re.compile(r"\b(?:" + "|".join(map(re.escape, data("words")["other_set"])) + r")\s+(?:[a-z\-]+\s+){0,2}$",
                        re.I)
PLURAL_EVIDENCE = 0.2       # a plural with no figure against a count of one, beyond the sentences' likeness


def plural_findings(doc_a: Doc, ia: Sequence[int], doc_b: Doc, ib: Sequence[int], *, t: Thresholds, out: Out,
                    score: float = 1.0, aligned: bool = True) -> None:
    """A count of one on either side of an aligned group against the same noun in the plural,
    with no figure, on the other (``differs``)."""
    if not aligned:
        return
    evidence = sentence_evidence(score, aligned)
    for one_doc, one_ix, many_doc, many_ix, flip in ((doc_a, ia, doc_b, ib, False), (doc_b, ib, doc_a, ia, True)):
        for i in one_ix:
            for q in one_doc.of(i, Quantity):
                if not _one(one_doc, i, q):
                    continue
                for j in many_ix:
                    plural = _plural(many_doc, j, q.counts)
                    if plural is None:
                        continue
                    x, y = side(one_doc, i, q), plural
                    a, b = (y, x) if flip else (x, y)
                    one_side, many_side = (doc_b.id, doc_a.id) if flip else (doc_a.id, doc_b.id)
                    # a plural is often said of a kind, not counted ("faces charges", "fired shots")
                    lowered = ("number.bare-plural",)
                    confidence = lowered_all(combine(evidence, PLURAL_EVIDENCE), lowered)
                    out.find(Finding("number", Verdict.DIFFERS, a, b,
                                     f"{one_side}: {q.text}; {many_side}: {plural.text} — one against more than one",
                                     confidence, lowered_by(lowered), lowered))
                    break


def _one(doc: Doc, i: int, q: Quantity) -> bool:
    """A count of exactly one of a named thing, not a part of a set ("one of the …")."""
    if q.value != 1 or q.unit is not None or not q.counts or q.counts == "age" or q.ordinal or q.hedged:
        return False
    s = doc.sentences[i]
    return not re.match(r"\s*of\b", s.text[q.end - s.start:])


def _plural(doc: Doc, j: int, noun: str) -> Optional[Side]:
    """The first plural of ``noun`` in sentence ``j`` with no figure or set word before it."""
    s = doc.sentences[j]
    key = stem(noun)
    counted = {stem(lemma(q.counts)) for q in doc.of(j, Quantity) if q.counts}
    if key in counted:
        return None             # the sentence counts the noun itself: the number judge compares
    text = fold(s.text)
    for m in _WORD.finditer(text):
        word = m.group()
        if not word.islower() or word == noun or stem(lemma(word)) != key or lemma(word) == word:
            continue
        if _OTHER_SET.search(text[:m.start()]):
            continue
        return Side(doc.id, j, s.text[m.start():m.end()], s.start + m.start(), s.start + m.end(), doc.claimants[j])
    return None
