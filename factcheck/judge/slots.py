"""Two names in one slot of two sentences that tell one thing: one name put for another.

A rewrite that keeps a sentence's frame and changes who or where ("jewellery store in central
Paris on Thursday" / "jewelry shop in central Lyon on Thursday"; "checked into the Betty Ford
Center in Rancho Mirage" / "entered the Betty Ford clinic in Palm Springs") names a different
place, body or person where the source named one. :func:`slot_findings` pairs the names of
two compared sentences that none of the other side's names accounts for (no alias, no word in
common) when they stand in one slot: the same word right before both ("in central", "in",
"drummer"), or the same verb right after both ("agreed"). One pair per slot, and only when
each side has one such name there.

The slot alone says little: aligned sentences of real pairs name places at two scales
("Malibu" / "Los Angeles", "Indonesia" / "Aceh", "Switzerland" / "Swiss") far more often than
one place wrongly (a corpus read of 2,600 pairs found mostly those). So these are candidates
only: :func:`factcheck.judge.corroborate.corroborate` reports one when the two sentences agree
on the rest of what they state (a paraphrase with one value changed) and holds the others back
(rule ``entity.slot-only``). Cost: O(n_a · n_b) over the names of the two groups.
"""
from __future__ import annotations

import re
from typing import Optional

from ..aliases import Aliases
from ..lexicon import PREPOSITIONS, ROLE_NOUNS, STOPWORDS, data
from ..model import Entity, Finding, Verdict
from ..settings import Thresholds
from ..text import fold, fold_key
from .doc import Doc, side
from .rules import Out, combine, sentence_evidence

_BEFORE = re.compile(r"\b([a-z][a-z'\-]*)\s+(?:the\s+)?$")
_AFTER = re.compile(r"^(?:['’]s\b)?\s*,?\s*([a-z][a-z'\-]*)")
# a name's possessive right before a name makes a slot: whose it is ("over Germany's Monte Barrett";
# the owner a name found there, not "That's")
_POSSESSIVE = re.compile(r"\b([A-Z][\w\-]{2,}'s)\s+$")
_NOT_SLOTS = frozenset(data("words")["slot_not_words"])
# the words before a name that make a slot: a preposition ("in", "off"), a word of a place's
# part ("central", "northern"), or a role ("drummer", "coach"); not an adjective ("the new Curve")
_SLOT_WORDS = PREPOSITIONS | frozenset(data("words")["slot_words"]) | ROLE_NOUNS


def slot_of(doc: Doc, i: int, e: Entity) -> tuple[Optional[str], Optional[str]]:
    """(the word right before a name, the verb right after it), each None when there is none
    that makes a slot.

    >>> from factcheck.model import Sentence
    >>> text = "Thieves raided a shop in central Lyon on Thursday."
    >>> lyon = Entity(text="Lyon", start=text.index("Lyon"), end=text.index("Lyon") + 4)
    >>> slot_of(Doc("A", (Sentence(0, text, 0, len(text), 0),), ((lyon,),), (None,)), 0, lyon)
    ('central', None)
    """
    s = doc.sentences[i]
    lo = max(0, e.start - s.start - 30)
    left = fold(s.text[lo:e.start - s.start])
    before = _BEFORE.search(left)
    after = _AFTER.search(fold(s.text[e.end - s.start:e.end - s.start + 30]))
    word_before = before.group(1) if before and before.group(1) in _SLOT_WORDS and before.group(1) not in _NOT_SLOTS \
        else None
    if word_before is None:
        owner = _POSSESSIVE.search(left)
        end = s.start + lo + owner.end(1) - 2 if owner else None      # where the owner's name ends, before "'s"
        word_before = owner.group(1).lower() if owner and any(f.end == end for f in doc.of(i, Entity)) else None
    word_after = after.group(1) if after and after.group(1) not in STOPWORDS and after.group(1) not in _NOT_SLOTS \
        and after.group(1).endswith(("ed", "s")) else None
    return word_before, word_after


def slot_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases, *, t: Thresholds, out: Out,
                  score: float = 1.0, aligned: bool = True) -> None:
    """Names of sentences ``ia`` (of A) and ``ib`` (of B) in one slot that nothing else
    relates: ``differs`` candidates, written to ``out`` (one of their own: see the module)."""
    ea = [(i, e) for i in ia for e in doc_a.of(i, Entity)]
    eb = [(j, e) for j in ib for e in doc_b.of(j, Entity)]
    # each pair's relation asked once: a name some name of the other side accounts for is left out
    tied = [[bool(aliases.relation(x.text, y.text)) or _shares(x, y) for _, y in eb] for _, x in ea]
    left_a = [n for n, row in zip(ea, tied) if not any(row)]
    left_b = [n for k, n in enumerate(eb) if not any(row[k] for row in tied)]
    slots: dict[tuple, dict] = {}
    for side_id, names, doc in (("A", left_a, doc_a), ("B", left_b, doc_b)):
        for k, e in names:
            before, after = slot_of(doc, k, e)
            for slot in (("before", before), ("after", after)):
                if slot[1]:
                    slots.setdefault(slot, {"A": [], "B": []})[side_id].append((k, e))
    evidence = sentence_evidence(score, aligned)
    for (where, word), found in slots.items():
        if len(found["A"]) != 1 or len(found["B"]) != 1:
            continue        # several names in one slot: which goes with which?
        (i, x), (j, y) = found["A"][0], found["B"][0]
        if within_as_written(doc_a, doc_b, x.text, y.text):
            out.skip("entity.place-within", "entity", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
            continue
        out.find(Finding("entity", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                         f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — {SAME_PLACE} "
                         f"({'after' if where == 'before' else 'before'} “{word}”)", combine(evidence, t.slot_evidence)))


def within_as_written(doc_a: Doc, doc_b: Doc, x: str, y: str) -> bool:
    """Does either report write one name as lying within the other: "Indonesia's Aceh
    province", "Banda Aceh, Indonesia" (not a list: "France, Germany and Italy"), "Aceh
    province in Indonesia" (a word for a part of a place between, ``places.toml`` within)?
    Then the two are one place at two scales, not a swap."""
    fx, fy = fold(x).lower(), fold(y).lower()
    # (only the sentences that hold both names are searched: a long report is read once per pair)
    texts = [t for doc in (doc_a, doc_b) for t in _folded(doc) if fx in t and fy in t]
    if not texts:
        return False
    for small, big in ((x, y), (y, x)):
        s, b = re.escape(fold(small).lower()), re.escape(fold(big).lower())
        pattern = re.compile(rf"(?<!\w){b}(?:'s|’s)\s+{s}(?!\w)|(?<!\w){s},\s+{b}(?!\w)(?!{_LIST_GOES_ON})|"
                             rf"(?<!\w){s}(?:\s+(?:{_WITHIN}))?\s+(?:in|of)\s+(?:the\s+)?{b}(?!\w)")
        if any(pattern.search(text) for text in texts):
            return True
    return False


# a list going on after two names: " and Italy", ", Italy and Spain"
_LIST_GOES_ON = r"\s+(?:and|or)\b|,\s+[\w.\-]+(?:\s+[\w.\-]+)?\s*(?:,|\band\b|\bor\b)"
_WITHIN = "|".join(re.escape(w) for w in data("places")["within"]["words"])


def _folded(doc: Doc) -> list[str]:
    """A report's sentences, folded and lower-cased (remembered per report)."""
    memo = doc._memo
    if "slots: sentences" not in memo:
        memo["slots: sentences"] = [fold(s.text).lower() for s in doc.sentences]
    return memo["slots: sentences"]


SAME_PLACE = "another name in the same place"
_SLOT_SAID = re.compile(SAME_PLACE + r" \((after|before) “([^”]+)”\)")


def slot_word(message: str) -> Optional[tuple[str, str]]:
    """("after" or "before", the word) of a slot finding's message, or None for another finding.

    >>> slot_word("A: Lyon; B: Paris — another name in the same place (after “central”)")
    ('after', 'central')
    """
    m = _SLOT_SAID.search(message)
    return (m.group(1), m.group(2)) if m else None


def _shares(x: Entity, y: Entity) -> bool:
    """Do two names share a word ("Betty Ford Center" / "Betty Ford clinic")? Then they may
    name one thing, which the other judges weigh."""
    return bool(set(fold_key(x.text).split()) & set(fold_key(y.text).split()))
