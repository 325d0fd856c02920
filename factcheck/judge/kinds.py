"""One thing of two kinds in two aligned sentences: "Deputy Ortiz had gone to an apartment
complex in the city of Hawaiian Gardens" / "he went to a house in Hawaiian Gardens"; "his hotel
room in Biloxi" / "his room at a Biloxi, Miss., motel". The kinds are the statement judge's
(``data/claims.toml`` ``[[kind]]``), those whose members exclude each other for one thing
(``exclusive_kinds``: "house" / "apartment", "hotel" / "motel"), read here wherever they stand in the two
sentences rather than after one shared word.

Two aligned sentences differ when each names exactly one thing of a kind, the two differ, neither
is inside the other ("apartment" / "apartment complex") nor are they one thing named two ways
(``same_thing``: "apartment complex" / "apartment building"),
neither side of the aligned group names the other's, and a word of a name stands within
``KIND_CONTEXT`` content words of both ("in Hawaiian Gardens", "room in Biloxi"): one place of
one event, told two ways. Sentences the aligner did not pair are not read (a story names many
houses). Cost: one pass over the words of each aligned sentence.
"""
from __future__ import annotations

import re
from typing import Sequence

from ..facts.numbers.nounforms import lemma
from ..lexicon import data
from ..model import Entity, Finding, Side, Verdict
from ..settings import Thresholds
from ..text import stem
from .claims import EXCLUSIVE_KINDS, KINDS, SAME_THING
from .doc import Doc, around, span_side
from .rules import Out, combine, context_evidence, sentence_evidence

KIND_EVIDENCE = 0.25        # two kinds of one class in aligned sentences (the words shared around them add theirs)
KIND_CONTEXT = 2            # content words each side of a kind read for what they share
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
# the exclusive kinds' entries as written (lower case, singular) → their stems, the statement judge's key
ENTRIES = {tuple(entry.split()): tuple(stem(w) for w in entry.split())
           for group in data("claims")["kind"] if group["name"] in EXCLUSIVE_KINDS for entry in group["words"]}
_LONGEST = max(len(k) for k in ENTRIES)
# words that may follow a kind's noun and end its phrase ("a house in", "a motel,", "hotel room");
# any other word in lower case makes it a modifier ("house arrest"): data/words.toml
# after_single_noun and data/claims.toml kind_parts
AFTER_NOUN = frozenset(data("words")["after_single_noun"]) | frozenset(data("claims")["kind_parts"])


def kind_findings(doc_a: Doc, ia: Sequence[int], doc_b: Doc, ib: Sequence[int], *, t: Thresholds, out: Out,
                  score: float = 1.0, aligned: bool = True) -> None:
    """One thing of a kind on each side of an aligned group, of two kinds, with a name around
    both shared (``differs``); held back as ``entity.kind-elsewhere`` when none is."""
    if not aligned:
        return
    evidence = sentence_evidence(score, aligned)
    found_a = [(i, e, x) for i in ia for e, x in _kinds(doc_a, i)]
    found_b = [(j, e, y) for j in ib for e, y in _kinds(doc_b, j)]
    for name in {KINDS[e] for _, e, _ in found_a} & {KINDS[e] for _, e, _ in found_b}:
        of_a = [(i, e, x) for i, e, x in found_a if KINDS[e] == name]
        of_b = [(j, e, y) for j, e, y in found_b if KINDS[e] == name]
        if len(of_a) != 1 or len(of_b) != 1:
            continue        # several of one kind in a group: which is which?
        (i, ex, x), (j, ey, y) = of_a[0], of_b[0]
        if set(ex) <= set(ey) or set(ey) <= set(ex) or any(ex in g and ey in g for g in SAME_THING):
            # "apartment" / "apartment complex"; "apartment complex" / "apartment building" (same_thing)
            out.skip("entity.kind-one-thing", "entity", x, y, f"{x.text} / {y.text}")
            continue
        shared = _names_around(doc_a, i, x) & _names_around(doc_b, j, y)
        if not shared:
            out.skip("entity.kind-elsewhere", "entity", x, y, f"{x.text} / {y.text}: no name around both")
            continue
        out.find(Finding("entity", Verdict.DIFFERS, x, y,
                         f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — one {name} of two kinds (around both: "
                         f"{', '.join(sorted(shared))})", combine(evidence, KIND_EVIDENCE, context_evidence(len(shared)))))


def _names_around(doc: Doc, i: int, side: Side) -> frozenset[str]:
    """The content words next to a kind (``KIND_CONTEXT`` each side) that are part of a name in
    the sentence ("in Hawaiian Gardens", "a Biloxi, Miss., motel"): a place or a person ties two
    kinds; "near", "police", "said" do not."""
    names = {stem(w) for e in doc.of(i, Entity) for w in _WORD.findall(e.text)}
    return around(doc, i, side, KIND_CONTEXT) & names


def _kinds(doc: Doc, i: int) -> list[tuple[tuple[str, ...], Side]]:
    """The things of an exclusive kind sentence ``i`` names: (the entry, its side), the longest
    entry at each place, its words in lower case and singular ("housing" is no house), the
    entry ending its phrase ("house arrest" is no house)."""
    memo = doc._memo.setdefault("kinds", {})
    if i in memo:
        return memo[i]
    s = doc.sentences[i]
    words = list(_WORD.finditer(s.text))
    lemmas = [lemma(m.group()) if m.group().islower() else None for m in words]
    found = []
    k = 0
    while k < len(words):
        for n in range(min(_LONGEST, len(words) - k), 0, -1):
            entry = tuple(lemmas[k:k + n])
            if entry not in ENTRIES:
                continue
            after = lemmas[k + n] if k + n < len(words) and s.text[words[k + n - 1].end():words[k + n].start()].strip() == "" \
                else None
            if after is None or after in AFTER_NOUN:
                start, end = words[k].start(), words[k + n - 1].end()
                found.append((ENTRIES[entry], span_side(doc, i, s.start + start, s.start + end)))
            k += n - 1
            break
        k += 1
    memo[i] = found
    return found
