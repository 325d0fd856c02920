"""An agreement shown with the words around it that both reports write alike.

"A jury … convicted a Spiro man of two counts of first-degree murder" agrees with the same
words in the other report on "two counts"; the editor reads the fact as "two counts of
first-degree murder", and the words both reports share next to the figure say so. An
agreement's two spans are widened over the words right before and right after them that the
two sentences write alike (case aside), up to ``Thresholds.shared_after`` words after and,
for a name, ``Thresholds.shared_before`` before (names, figures and brackets only: the fact
stays at the front of what is shown, and before a figure or a time stand other facts),
neither past a sentence's stop or a quotation mark nor leaving a bracket open, and trimmed
of function words and punctuation at the ends ("Vishwanand Subryan, 23, of Schenectady",
"512MHz processor", "Betty Ford Center in Rancho Mirage").

Only agreements (``agree`` and ``compatible``): the two spans of a discrepancy stay the two
values that differ. Like :func:`.numbers.figure_side`, done once the findings are settled;
it changes what a finding shows, never which findings there are. Cost: O(w) per finding.
"""
from __future__ import annotations

import dataclasses
import re

from ..lexicon import CLAIM_VERBS, SPAN_EDGES
from ..model import Finding, Side, Verdict
from .doc import Doc, span_side

_TOKEN = re.compile(r"\w[\w'’.\-]*\w|\w|[^\w\s]")
_STOPS = frozenset('.!?"“”')
_BRACKETS = {"(": ")", "[": "]"}
_SAYING = frozenset(CLAIM_VERBS)
_LINKS = frozenset({"of", "in"})      # the one function word a span may be widened over, after it


def widened(f: Finding, docs: dict[str, Doc], *, before: int, after: int) -> Finding:
    """``f`` with both spans widened over the words around them that both sentences write
    alike; ``f`` itself for a discrepancy, or when nothing around the spans is shared."""
    if f.verdict not in (Verdict.AGREE, Verdict.COMPATIBLE):
        return f
    da, db = docs[f.a.source], docs[f.b.source]
    ta, tb = da.sentences[f.a.sentence], db.sentences[f.b.sentence]
    a0, a1, b0, b1 = f.a.start - ta.start, f.a.end - ta.start, f.b.start - tb.start, f.b.end - tb.start
    if ta.text[a0:a1] != f.a.text or tb.text[b0:b1] != f.b.text:
        return f            # (a side that is not a plain slice of its sentence is left as it is)
    before_a, before_b = _TOKEN.findall(ta.text[:a0])[::-1], _TOKEN.findall(tb.text[:b0])[::-1]
    after_a, after_b = _TOKEN.findall(ta.text[a1:]), _TOKEN.findall(tb.text[b1:])
    name = f.kind in ("entity", "attribution")
    # (before a figure or a time, the words are another fact's: "died Thursday at the age of 85")
    left = _trim(_common(before_a, before_b, before if name else 0, after=False, name=name))[::-1]
    right = _trim(_common(after_a, after_b, after, after=True, name=name))
    if right and f.kind == "number" and _counted(f.a.text) and right[0].lower() not in _LINKS:
        right = []      # "288 candidates" already says what it counts ("ran" is no part of it; "of ammunition" is)
    left, right = _balanced(left, right)
    if not left and not right:
        return f
    # (the two sentences write the shared words alike but for case: each side is widened over its own)
    n, m = len(left), len(right)
    return dataclasses.replace(f, a=_widen(da, f.a, ta.text, before_a[:n][::-1], after_a[:m]),
                               b=_widen(db, f.b, tb.text, before_b[:n][::-1], after_b[:m]))


def _common(xs: list[str], ys: list[str], words: int, *, after: bool, name: bool) -> list[str]:
    """The tokens both lists start with (case aside, nearest first), up to ``words`` words,
    within one phrase, never past a stop or a quotation mark.

    After the span: not past a function word (``data/words.toml`` ``span_edges``) but for one
    "of" or "in" ("two counts of first-degree murder", "Betty Ford Center in Rancho Mirage"),
    nor a verb's "-ed" form, nor into another name but one after "of", "in" or a comma. After a
    name (``name``), a comma before a figure, a name, "of" or "in" ("Vishwanand Subryan, 23, of
    Schenectady"), and no word in lower case but a verb of saying ("Coroner Gary Hargrove
    said"; not "Simpson shot") or the words after "of", "in" or a comma.

    Before the span: names, figures and brackets only ("gray 2013 Toyota Camry" shows "2013
    Toyota Camry"; not "Police said 12 people")."""
    out, counted, linked, placed = [], 0, False, False
    for k, (x, y) in enumerate(zip(xs, ys)):
        low = x.lower()
        if counted == words or low != y.lower() or x in _STOPS:
            break
        if not after:
            if not (x[:1].isupper() or x[:1].isdigit() or x in _BRACKETS or x in _BRACKETS.values()):
                break
        elif low in SPAN_EDGES:
            if low not in _LINKS or linked:
                break
            linked = True
        elif x == ",":
            if not (name and k + 1 < len(xs) and (xs[k + 1][:1].isdigit() or xs[k + 1][:1].isupper()
                                                  or xs[k + 1].lower() in _LINKS)):
                break
        elif len(low) > 4 and low.endswith("ed") and low not in _SAYING:
            break
        if after and name and x[:1].islower() and low not in _LINKS and low not in _SAYING and \
                not (out and (out[-1].lower() in _LINKS or out[-1] == ",")):
            break       # a word in lower case after a name is most often what the person did ("Simpson shot")
        if after and x[:1].isupper():
            # a name right after the span is another name ("British Columbia Attorney General …");
            # one after "of", "in" or a comma is where the thing is ("Betty Ford Center in Rancho Mirage")
            prev = out[-1] if out else ""
            if not (prev.lower() in _LINKS or prev == "," or (prev[:1].isupper() and placed)):
                break
            placed = True
        out.append(x)
        counted += x[0].isalnum()
    return out


def _counted(span: str) -> bool:
    """Does a figure's span end with the word it counts ("288 candidates"; not "16GB")?"""
    words = _TOKEN.findall(span)
    return len(words) > 1 and words[-1].isalpha() and words[-1].islower()


def _trim(tokens: list[str]) -> list[str]:
    """Tokens (nearest first) without the function words and punctuation at the far end."""
    while tokens and (tokens[-1].lower() in SPAN_EDGES or not tokens[-1][0].isalnum()):
        tokens = tokens[:-1]
    return tokens


def _balanced(left: list[str], right: list[str]) -> tuple[list[str], list[str]]:
    """``left`` (in reading order) and ``right`` cut so that no bracket is left open or closed
    alone: "(25-7)" stays whole, "3.7GHz), carry up to 8GB" loses "3.7GHz),"."""
    for k in range(len(left)):
        part = left[k:] + right
        opened = [t for t in part if t in _BRACKETS]
        closed = [t for t in part if t in _BRACKETS.values()]
        if len(opened) == len(closed):
            left = left[k:]
            break
    else:
        left = []
    while right and sum(t in _BRACKETS for t in left + right) != sum(t in _BRACKETS.values() for t in left + right):
        right = _trim(right[:-1])
    return left, right


def _widen(doc: Doc, side: Side, text: str, left: list[str], right: list[str]) -> Side:
    """``side`` widened over ``left`` tokens before it and ``right`` tokens after it."""
    s = doc.sentences[side.sentence]
    start, end = side.start - s.start, side.end - s.start
    for token in reversed(left):
        start = text.rindex(token, 0, start)
    for token in right:
        end = text.index(token, end) + len(token)
    return span_side(doc, side.sentence, s.start + start, s.start + end)
