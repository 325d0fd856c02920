"""One thing of two kinds in two aligned sentences: "Deputy Ortiz had gone to an apartment
complex in the city of Hawaiian Gardens" / "he went to a house in Hawaiian Gardens"; "his hotel
room in Biloxi" / "his room at a Biloxi, Miss., motel". The kinds are the statement judge's
(``data/claims.toml`` ``[[kind]]``), those whose members exclude each other for one thing
(``exclusive_kinds``: dwellings, lodgings, weapons), read here wherever they stand in the two
sentences rather than after one shared word.

Two aligned sentences differ when each names exactly one thing of a kind, the two differ, neither
is inside the other ("rifle" / "assault rifle") nor one thing named two ways (``same_thing``),
neither sentence names the other's, and the two share a content word within ``KIND_CONTEXT``
content words of each ("in Hawaiian Gardens", "room in Biloxi"): one place or weapon of one
event, told two ways. Sentences the aligner did not pair are not read (a story names many
houses and weapons). Cost: one pass over the words of each aligned sentence.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..model import Finding, Side, Verdict
from ..settings import Thresholds
from ..text import stem
from .claims import EXCLUSIVE_KINDS, KINDS, SAME_THING
from .doc import Doc, around
from .rules import Out, combine, context_evidence, sentence_evidence

KIND_EVIDENCE = 0.25        # two kinds of one class in aligned sentences (the words shared around them add theirs)
KIND_CONTEXT = 2            # content words each side of a kind read for what they share
_LONGEST = max(len(k) for k in KINDS)
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")


def kind_findings(doc_a: Doc, ia: Sequence[int], doc_b: Doc, ib: Sequence[int], *, t: Thresholds, out: Out,
                  score: float = 1.0, aligned: bool = True) -> None:
    """One thing of a kind on each side of an aligned group, of two kinds, with words around
    them shared (``differs``); held back as ``entity.kind-elsewhere`` when nothing is shared."""
    if not aligned:
        return
    evidence = sentence_evidence(score, aligned)
    for i in ia:
        ka = _kinds(doc_a, i)
        for j in ib:
            kb = _kinds(doc_b, j)
            for name in ka.keys() & kb.keys():
                if len(ka[name]) != 1 or len(kb[name]) != 1:
                    continue        # several of one kind in a sentence: which is which?
                (ex, x), (ey, y) = ka[name][0], kb[name][0]
                if set(ex) <= set(ey) or set(ey) <= set(ex) or any(ex in g and ey in g for g in SAME_THING):
                    continue        # "rifle" / "assault rifle"; "gun" / "firearm"
                shared = around(doc_a, i, x, KIND_CONTEXT) & around(doc_b, j, y, KIND_CONTEXT)
                if not shared:
                    out.skip("entity.kind-elsewhere", "entity", x, y, f"{x.text} / {y.text}: nothing shared around them")
                    continue
                out.find(Finding("entity", Verdict.DIFFERS, x, y,
                                 f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — one {name} of two kinds (around both: "
                                 f"{', '.join(sorted(shared))})", combine(evidence, KIND_EVIDENCE, context_evidence(len(shared)))))


def _kinds(doc: Doc, i: int) -> dict[str, list[tuple[tuple[str, ...], Side]]]:
    """The things of a kind sentence ``i`` names, by kind: (the entry's stems, its side), the
    longest entry at each place; words in lower case or short capitals only ("SUV"; "Van Nuys"
    is no van). Only the kinds whose members exclude each other (``exclusive_kinds``)."""
    memo = doc._memo.setdefault("kinds", {})
    if i in memo:
        return memo[i]
    s = doc.sentences[i]
    words = [m for m in _WORD.finditer(s.text)]
    stems = [stem(m.group().lower()) if m.group().islower() or (m.group().isupper() and len(m.group()) <= 4) else None
             for m in words]
    found: dict[str, list[tuple[tuple[str, ...], Side]]] = {}
    k = 0
    while k < len(words):
        for n in range(min(_LONGEST, len(words) - k), 0, -1):
            entry = tuple(stems[k:k + n])
            if None not in entry and entry in KINDS and KINDS[entry] in EXCLUSIVE_KINDS:
                start, end = words[k].start(), words[k + n - 1].end()
                found.setdefault(KINDS[entry], []).append(
                    (entry, Side(doc.id, i, s.text[start:end], s.start + start, s.start + end, doc.claimants[i])))
                k += n - 1
                break
        k += 1
    memo[i] = found
    return found
