"""The span a finding shows for a figure: the figure with the thing it counts, an age with its
words or the name next to it, as the sentence writes them.

:func:`figure_side` (the span), :func:`as_written` (the text of a finding's message),
:func:`adjacent_name` (the name right next to a figure). Constant time per figure: a few words
either side, and the names of its sentence.
"""
from __future__ import annotations

import re
from typing import Optional

from ...model import Entity, Quantity, Side
from ...text import fold
from ..doc import Doc, span_side


def _describe(q: Quantity) -> str:
    return q.text + (f" {q.counts}" if q.counts and q.counts != "age" and q.counts not in q.text else "")


_WORD = re.compile(r"[\w'’-]+")


# up to two lower-case words after a measure written as an adjective, up to a word that ends the phrase
_MEASURED_NOUN = re.compile(r"(?:\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|as|that|which)\b)[a-z][a-z\-]+){1,2}")
# words before an age that belong to it: "at the age of 85", "aged 85", "He was 75", "Mark Felt was 95"
_AGE_BEFORE = re.compile(r"(?:\bat\s+the\s+age\s+of|\baged?|\b(?:[Hh]e|[Ss]he|[A-Z][\w'’\-]+)\s+(?:was|is))\s+$")


def _names_of(doc: Doc, i: int, q: Quantity) -> list[Entity]:
    """The names in a figure's sentence that may hold it: not the owner of someone else's age
    ("Warren Jeffs's 16-year-old daughter")."""
    s = doc.sentences[i]
    return [e for e in doc.of(i, Entity) if e.label in ("person", "name")
            and not (e.end <= q.start and "'" in fold(s.text[e.end - s.start:q.start - s.start]))]


def adjacent_name(doc: Doc, i: int, q: Quantity) -> Optional[Entity]:
    """The name nearest a figure, six characters away at most: "Gary Gomes, 35", "16-year-old
    Kimani Gray", "Klitschko (52-3"."""
    near = [(min(abs(e.start - q.end), abs(q.start - e.end)), e.start, e) for e in _names_of(doc, i, q)]
    near = [n for n in near if n[0] <= 6]
    return min(near, key=lambda n: n[:2])[2] if near else None


def figure_side(doc: Doc, i: int, q: Quantity, named: bool = True) -> Side:
    """The span a finding shows for a figure: the figure with the thing it counts as the
    sentence writes it ("288 candidates", "51 knockouts"), an age with the words that make it
    one ("at the age of 85", "He was 75") or (``named``) the person named next to it ("Gary
    Gomes, 35", "16-year-old Kimani Gray"): what an editor reads as the fact, not the digits
    alone."""
    s = doc.sentences[i]
    start, end = q.start, q.end
    if q.counts == "age":
        m = _AGE_BEFORE.search(s.text[:q.start - s.start])
        holder = adjacent_name(doc, i, q) if named and not m else None
        if m:
            start = s.start + m.start()
        elif holder is not None:
            start, end = min(start, holder.start), max(end, holder.end)
    elif q.counts:
        end = _counted_end(doc, i, q) or end    # "288 candidates"
    elif q.unit and re.search(r"-[a-z]+$", q.text):
        # a measure written as an adjective and the thing it measures: "86-yard touchdown run"
        m = _MEASURED_NOUN.match(s.text, q.end - s.start)
        if m:
            end = s.start + m.end()
    return span_side(doc, i, start, end)


_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|or|but|as|while|when)\b")


def _counted_end(doc: Doc, i: int, q: Quantity) -> Optional[int]:
    """Where the noun a figure counts ends, when the sentence writes it within four words after
    the figure and in its clause ("around 90 to 100 officers"; not "a mother of 13, was
    collecting her children", "in the fifth and the round ended"); None otherwise."""
    if not q.counts or q.counts == "age" or q.counts in fold(q.text):
        return None
    s = doc.sentences[i]
    stem = q.counts[:max(3, len(q.counts) - 1)].lower()
    at = q.end - s.start
    brk = _CLAUSE_BREAK.search(s.text, at, at + 60)
    stop = brk.start() - at if brk else 60
    for k, m in enumerate(_WORD.finditer(s.text[at:at + 60])):
        if k == 4 or m.start() > stop:
            break       # (nor past a conjunction: "in the fifth and the round ended")
        if fold(m.group()).lower().startswith(stem):
            return s.start + at + m.end()
    return None


def as_written(doc: Doc, i: int, q: Quantity) -> str:
    """The figure and the thing it counts as the sentence writes them ("around 90 to 100
    officers", not the stem "officer"); the figure alone when it counts nothing or its own text
    says what, and with the stem (or a unit the sentence leaves unsaid) in brackets when the
    noun is not within four words."""
    end = _counted_end(doc, i, q)
    if end is not None:
        s = doc.sentences[i]
        return s.text[q.start - s.start:end - s.start]
    if q.unit and q.unit not in ("score", "record", "phone") and not any(c.isalpha() or c in "$£€¥%" for c in q.text):
        return f"{q.text} ({q.unit})"   # a unit the sentence leaves unsaid: "… while Hillis added 101 (yard)"
    return q.text if not q.counts or q.counts == "age" or q.counts in fold(q.text) else f"{q.text} ({q.counts})"
