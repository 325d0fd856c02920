"""Lists of names: the same list, one report naming more members ("his IBF, IBO and WBO
heavyweight titles" / "his WBO and IBF heavyweight titles"), in sentences alike.

A list is two or more names in one sentence joined only by commas, "and", "or" or "&", with
the word after the last one (its head: "heavyweight", "titles") written in lower case, not a
function word, a preposition or a verb's "-ed" form. Two lists are one list when
their heads are the same word, they share ``t.list_shared`` members and their sentences are
at least ``t.pair_floor`` alike. A list with members
the other leaves out is ``compatible``: one report is shorter, worth a look, not another value
(a precision read found such omissions no discrepancy). Lists with members on each side the
other lacks ("Sicily and Egypt" / "Italy and Egypt") are the statement judge's
(:func:`factcheck.judge.claims`, places filled differently) and are left to it here. Members
are matched as names are (:class:`~factcheck.aliases.Aliases`).
Cost: linear in each report's names, then O(l_a · l_b) over the lists, which are few.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..aliases import Aliases
from ..model import Entity, Finding, Verdict
from ..settings import Thresholds
from ..lexicon import PREPOSITIONS
from ..text import STOPWORDS
from .doc import Doc, span_side
from .rules import Out, combine

_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s)\s*")
_AND = re.compile(r"\s+(?:and|or|&)\s+")
_HEAD = re.compile(r"\s+([a-z][a-z\-]+)")


@dataclass(frozen=True)
class NameList:
    """One list of names in sentence ``index``: its members, its head word and its span."""

    index: int
    members: tuple[str, ...]
    head: str
    start: int
    end: int


def name_lists(doc: Doc) -> list[NameList]:
    """The lists of names of one report, remembered per report."""
    memo = doc._memo.get("name_lists")
    if memo is not None:
        return memo
    memo = doc._memo["name_lists"] = []
    for i, s in enumerate(doc.sentences):
        if not s.role.is_content:
            continue
        names = sorted(doc.of(i, Entity), key=lambda e: e.start)
        k = 0
        while k < len(names):
            run = [names[k]]
            while k + 1 < len(names) and _JOIN.fullmatch(s.text[run[-1].end - s.start:names[k + 1].start - s.start]):
                k += 1
                run.append(names[k])
            k += 1
            members = tuple(m for e in run for m in _members(e.text, len(run) > 1))
            head = _HEAD.match(s.text, run[-1].end - s.start)
            if len(members) < 2 or head is None or not _head_word(head.group(1)):
                continue
            memo.append(NameList(i, members, head.group(1), run[0].start, run[-1].end + len(head.group())))
    return memo


def _members(text: str, listed: bool) -> list[str]:
    """The members a name holds: acronyms it joins ("IBO and WBO"), or, at the end of a list
    with commas, one-word names it joins ("Chelsea, Fulham and Arsenal"); else the name
    ("Bosnia and Herzegovina")."""
    parts = _AND.split(text)
    if len(parts) > 1 and all(" " not in p for p in parts) and (listed or all(p.isupper() for p in parts)):
        return parts
    return [text]


def _head_word(word: str) -> bool:
    """A word that may say what a list lists ("heavyweight", "titles", "training grounds"): not
    a function word, a preposition or a verb's past form ("agreed", "amid")."""
    return word not in STOPWORDS and word not in PREPOSITIONS and not word.endswith("ed")


def list_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, similarity: Callable[[int, int], float], *,
                  t: Thresholds, out: Out) -> None:
    """Lists of one head in both reports that share members, one naming more."""
    for x in name_lists(doc_a):
        for y in name_lists(doc_b):
            if x.head != y.head:
                continue
            only_a = [m for m in x.members if not any(aliases.same(m, n) for n in y.members)]
            only_b = [n for n in y.members if not any(aliases.same(m, n) for m in x.members)]
            shared = len(x.members) - len(only_a)
            alike = similarity(x.index, y.index)
            if not (only_a or only_b) or (only_a and only_b) or shared < t.list_shared or alike < t.pair_floor:
                continue
            sx = span_side(doc_a, x.index, x.start, x.end)
            sy = span_side(doc_b, y.index, y.start, y.end)
            more, extra = (doc_a.id, only_a) if only_a else (doc_b.id, only_b)
            message = f"{doc_a.id}: {sx.text}; {doc_b.id}: {sy.text} — the same list ({x.head}), {more} names more: {', '.join(extra)}"
            # the members both give, and sentences alike (as all here are), say it is one list
            confidence = combine(0.5, 0.15 * min(shared, 3), 0.3)
            out.find(Finding("entity", Verdict.COMPATIBLE, sx, sy, message, round(confidence, 3)))
