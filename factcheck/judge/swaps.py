"""Two people swapped between two alike sentences: "Andrew Lopez fired on the orders of his
brother Jon Carrasquillo" / "Jon Carrasquillo fired on the orders of his brother, Andrew Lopez"
(:func:`swap_findings`).

Each person's place in a sentence is read from the word right after the name (its verb:
"fired", "beat"; an apposition such as ", 20," skipped) and the word right before it ("brother",
"beat"), lower-case content words only; the people are named with two words or more. When the
two reports give the same two people, each in the place the other report gives the other one,
in two places at least (the doer and the one done to), the reports say opposite things of who
did what. A verb of ``data/names.toml`` ``symmetric_verbs`` ("met", "married"), or one done
with the other ("fled with his brother"), says the same of both (rule
``entity.symmetric-verb``); a report that itself gives the two people in both orders, or two
sentences of other dates or results (:func:`.frames.other_times`), tell two events (rule
``entity.both-orders``). Cost: O(p_a · p_b) over the sentences naming two people or more, and
for each swap found a pass over those of each report.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..aliases import Aliases
from ..facts.entities import person_like
from ..lexicon import STOPWORDS, data
from ..model import Entity, Finding, Verdict
from ..settings import Thresholds
from ..text import alternation, fold_key, stem
from .doc import Doc, span_side
from .frames import other_times
from .rules import Out, combine

_TOGETHER_MARK = "(together)"
SYMMETRIC = frozenset(stem(w) for w in data("names")["symmetric_verbs"]) | {_TOGETHER_MARK}
# an apposition after a name: ", 20,", ", 24, ", "(34)"
_APPOSITION = re.compile(r"\s*(?:,\s*\d{1,3}\s*,|\(\d{1,3}\))")
_WORD_AFTER = re.compile(r"\s*([a-z][a-z'’\-]*)")
_WORD_BEFORE = re.compile(r"([a-z][a-z'’\-]*)[\s,]*$")
# a deed done together: "fled with his brother", "died alongside his cousin", "fled along with
# brother Jim" (not "opened with a birdie", "with his driver": things, no one of the doer's)
_TOGETHER = re.compile(r"\s+(?:(?:along|together)\s+with|with|alongside|beside)\s+(?:(?:his|her|their)\s+)?(?:"
                       + alternation(data("names")["together_partners"]) + r")s?\b")


Slot = Optional[tuple[str, int, int]]     # a content word's stem, and where it stands in the article


def _slots(doc: Doc, i: int, e: Entity) -> tuple[Slot, Slot]:
    """(the content word right after the name, the content word right before it): each its stem
    and its place in the article, or None when it is no lower-case content word. Remembered per
    report."""
    memo = doc._memo.setdefault("swap slots", {})
    if (i, e.start, e.end) not in memo:
        memo[(i, e.start, e.end)] = _read_slots(doc, i, e)
    return memo[(i, e.start, e.end)]


def _read_slots(doc: Doc, i: int, e: Entity) -> tuple[Slot, Slot]:
    s = doc.sentences[i]
    at = e.end - s.start
    m = _APPOSITION.match(s.text, at)
    wa = _WORD_AFTER.match(s.text, m.end() if m else at)
    wb = _WORD_BEFORE.search(s.text, 0, e.start - s.start)
    keep = lambda m: None if m is None or m.group(1) in STOPWORDS else (stem(m.group(1)), s.start + m.start(1),
                                                                         s.start + m.end(1))
    verb = keep(wa)
    if verb is not None and _TOGETHER.match(s.text, verb[2] - s.start):
        verb = (_TOGETHER_MARK, verb[1], verb[2])       # done with the other: says the same of both
    return verb, keep(wb)


def _people(doc: Doc, i: int) -> list[Entity]:
    memo = doc._memo.setdefault("swap people", {})
    if i not in memo:
        seen, found = set(), []
        for e in doc.of(i, Entity):
            if person_like(e) and " " in e.text.strip() and fold_key(e.text) not in seen:
                seen.add(fold_key(e.text))
                found.append(e)
        memo[i] = found
    return memo[i]


def swap_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, sim: Callable[[int, int], float], *,
                  t: Thresholds, out: Out) -> None:
    """Two people each in the other's place in two sentences at least ``t.swap_alike`` alike:
    ``conflict``."""
    rows_a = [i for i in range(len(doc_a.sentences)) if len(_people(doc_a, i)) >= 2]
    rows_b = [j for j in range(len(doc_b.sentences)) if len(_people(doc_b, j)) >= 2]
    for i in rows_a:
        for j in rows_b:
            if sim(i, j) < t.swap_alike:
                continue
            # the people both sentences name, each with its partner
            both = [(x, y) for x in _people(doc_a, i) for y in _people(doc_b, j) if aliases.same(x.text, y.text)]
            for n, (p, p2) in enumerate(both):
                for q, q2 in both[n + 1:]:
                    if p is q or p2 is q2 or aliases.same(p.text, q.text):
                        continue
                    traded = _traded((p, _slots(doc_a, i, p)), (q, _slots(doc_a, i, q)),
                                     (p2, _slots(doc_b, j, p2)), (q2, _slots(doc_b, j, q2)))
                    if len(traded) < 2:
                        continue
                    k, (x, wx), (y, wy) = traded[0]     # the place both give: "Lopez … fired" / "Carrasquillo fired"
                    sx = span_side(doc_a, i, min(x.start, wx[1]), max(x.end, wx[2]))
                    sy = span_side(doc_b, j, min(y.start, wy[1]), max(y.end, wy[2]))
                    if sum(w[0] not in SYMMETRIC for _, (_, w), _ in traded) < 2:
                        # rule entity.symmetric-verb: "Dowd met Ellis" / "Ellis met Dowd" say one thing
                        out.skip("entity.symmetric-verb", "entity", sx, sy, f"{p.text} / {q.text}: {wx[0]}")
                        continue
                    # A's doer of the word, and the one B makes its doer (the other of the two)
                    (a_doer, a_other), (b_doer, b_other) = ((p, q), (q2, p2)) if x is p else ((q, p), (p2, q2))
                    if other_times(doc_a, i, doc_b, j) or _reversed(doc_a, a_other, a_doer, k, wx[0], aliases) or \
                            _reversed(doc_b, b_other, b_doer, k, wy[0], aliases):
                        # rule entity.both-orders: "beat Ellis on Sunday" / "Ellis beat Dowd last year"
                        out.skip("entity.both-orders", "entity", sx, sy, f"{p.text} / {q.text}: {wx[0]}")
                        continue
                    out.find(Finding("entity", Verdict.CONFLICT, sx, sy,
                                     f"{doc_a.id}: {sx.text}; {doc_b.id}: {sy.text} — the two reports give "
                                     f"{p.text} and {q.text} each the other's place: who did what is swapped",
                                     combine(t.swap_confidence, 0.3 * min(1.0, sim(i, j)))))


def _reversed(doc: Doc, doer: Entity, other: Entity, k: int, word: str, aliases: Aliases) -> bool:
    """Does a report itself put ``doer`` in the place ``word`` (slot ``k``: after, before) in a
    sentence that names ``other`` too: both orders of the two told? Linear in the report's
    sentences that name two people or more."""
    return any(aliases.same(e.text, doer.text) and (_slots(doc, n, e)[k] or ("",))[0] == word
               and any(aliases.same(f.text, other.text) for f in _people(doc, n) if f is not e)
               for n in range(len(doc.sentences)) if len(_people(doc, n)) >= 2 for e in _people(doc, n))


def _traded(pa, qa, pb, qb) -> list:
    """The places P and Q trade between A and B (after, before): A gives one of them a word that
    B gives the other, and neither report gives it to both. Each as (the slot, (A's person,
    A's word), (B's person, B's word)), symmetric verbs included.

    >>> beat, brother = ("beat", 0, 4), ("brother", 0, 7)
    >>> [k for k, _, _ in _traded(("P", (beat, None)), ("Q", (None, beat)), ("P", (None, beat)), ("Q", (beat, None)))]
    [0, 1]
    >>> _traded(("P", (beat, None)), ("Q", (None, None)), ("P", (beat, None)), ("Q", (None, None)))
    []
    """
    traded = []
    for k in (0, 1):
        for (one_a, sa), (_, other_a), (one_b, sb), (_, other_b) in ((pa, qa, qb, pb), (qa, pa, pb, qb)):
            w = sa[k]
            if w and sb[k] and sb[k][0] == w[0] and \
                    (other_a[k] or ("",))[0] != w[0] and (other_b[k] or ("",))[0] != w[0]:
                traded.append((k, (one_a, w), (one_b, sb[k])))
    return traded
