"""Acronyms spelled two ways: the same letters in another order ("FLDS" / "FDLS", "UNRWA" /
"Unwra"). Two acronyms of one story made of the same letters are one body's name with a slip of
the keyboard, not two bodies: ``differs``, with the rarer spelling against the usual one.

The name judges compare names by their words and need five letters or more for one word
(``Thresholds.variant_letters``); acronyms are shorter and have no words to share, so they are
read here from the text. Cost: linear in the text, then O(k²) over the distinct acronyms (a few).
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Finding, Verdict
from ..settings import Thresholds
from .doc import Doc, span_side
from .rules import Out

# a word of four to seven letters in capitals ("FLDS"), or capitalized ("Unwra"): a capitalized
# word counts only when a report also writes its letters as an acronym, and from five letters
_WORD = re.compile(r"\b[A-Z][A-Za-z]{3,6}\b")

_LETTER = re.compile(r"[^\W\d_]")
_CAPITAL = re.compile(r"[A-Z]")


def _mentions(doc: Doc) -> dict[str, list[tuple[int, int, int, str]]]:
    """Every capitalized short word of the report by its folded letters: (sentence, start, end,
    as written), remembered per report. Sentences written in capitals (a shouted headline) are
    left out: every word of them looks like an acronym."""
    memo = doc._memo.get("acronyms")
    if memo is not None:
        return memo
    out: dict[str, list[tuple[int, int, int, str]]] = {}
    for s in doc.sentences:
        found = list(_WORD.finditer(s.text))
        if not found or len(_CAPITAL.findall(s.text)) * 2 > len(_LETTER.findall(s.text)):
            continue
        for m in found:
            out.setdefault(m.group().upper(), []).append((s.index, s.start + m.start(), s.start + m.end(), m.group()))
    doc._memo["acronyms"] = out
    return out


def _acronym(word: str) -> bool:
    return word.isupper()


def acronym_findings(doc_a: Doc, doc_b: Doc, *, t: Thresholds, out: Out) -> None:
    """One acronym written with its letters in two orders, across two reports or (``doc_a is
    doc_b``) in one. Across reports, a spelling the other report also uses is no slip of its
    own (the report against itself finds it). A spelling written more than ``t.acronym_rare``
    times is no slip either; an anagram in capitals is rarely another body of the same story,
    so the finding is ``t.acronym_confidence`` sure."""
    ma, mb = _mentions(doc_a), _mentions(doc_b)
    count = Counter({k: len(v) for k, v in ma.items()})
    if doc_a is not doc_b:
        count.update({k: len(v) for k, v in mb.items()})
    by_letters: dict[str, list[str]] = {}
    for kb in mb:
        by_letters.setdefault("".join(sorted(kb)), []).append(kb)
    for ka, xs in ma.items():
        for kb in by_letters.get("".join(sorted(ka)), ()):
            ys = mb[kb]
            if ka == kb or (doc_a is doc_b and kb < ka):
                continue
            if doc_a is not doc_b and (ka in mb or kb in ma):
                continue
            if not any(_acronym(w) for *_, w in xs + ys) or len(ka) < 4:
                continue        # "Read" / "Dear": capitalized words, no acronym; "CTO" / "Oct"
            if len(ka) < 5 and not all(_acronym(w) for *_, w in xs + ys):
                continue        # "Iran" / "IRNA", "Dan" / "DNA": a short word and an acronym
            usual, rare = sorted((ka, kb), key=lambda k: (-count[k], not any(_acronym(w) for *_, w in ma.get(k, []) + mb.get(k, []))))
            if count[rare] > t.acronym_rare:
                continue        # two spellings each used often: perhaps two bodies
            (i, sa, ea, wa), (j, sb, eb, wb) = xs[0], ys[0]
            out.find(Finding("entity", Verdict.DIFFERS,
                             span_side(doc_a, i, sa, ea), span_side(doc_b, j, sb, eb),
                             f"{doc_a.id}: {wa}; {doc_b.id}: {wb} — one acronym spelled two ways "
                             f"(the same letters in another order; {usual} is the usual spelling here)",
                             t.acronym_confidence))
