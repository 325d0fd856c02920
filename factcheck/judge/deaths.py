"""One person's death given two days in one report ("Mark Felt … died on Friday" in the headline,
"He died at 12:45 p.m. on Thursday" below): a person dies once, so a report that dates the death
twice, apart, contradicts itself. Linear in the report's times, then O(d²) over the few days
it gives a death.
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon import alternation, data
from ..model import Entity, Finding, TimeFact, Verdict
from ..settings import Thresholds
from ..text import fold_key
from .doc import Doc, side
from .entities import mentions
from .rules import Out
from .times import relate_times

# a verb of death, then at most a clock time or a few words, then the day: "died on Friday",
# "died at 12:45 p.m. on Thursday", "was killed early Sunday"
_DIED = re.compile(r"\b(" + alternation(data("events")["death_verbs"]) + r")\b[^.;:!?]{0,30}$", re.I)
_PRONOUN = re.compile(r"\b(?:he|she)\s+$", re.I)


def death_day_findings(doc: Doc, *, t: Thresholds, out: Out) -> None:
    """Two days one report gives for the death of one person: each right after a verb of
    death, the subject the same name (a word in common) or a pronoun for the report's most
    named person (``t.story_person_least`` mentions of that name at least), the days in conflict
    (``differs``: the report gives both, at ``t.self_day_confidence``)."""
    deaths = []
    for k, s in enumerate(doc.sentences):
        for x in doc.of(k, TimeFact):
            if x.weekday is None and (x.day is None or x.month is None):
                continue            # a weekday or a calendar day, not "recently" nor "in 2005"
            m = _DIED.search(s.text[:x.start - s.start])
            if m:
                who = _subject(doc, k, s.start + m.start(), t)
                if who:
                    deaths.append((k, x, who))
    for n, (k, x, who) in enumerate(deaths):
        for l, y, other in deaths[n + 1:]:
            if l == k or not (who & other):
                continue
            rel = relate_times(x, y)
            if rel and rel[0] is Verdict.CONFLICT:
                out.find(Finding("date", Verdict.DIFFERS, side(doc, k, x), side(doc, l, y),
                                 f"{doc.id}: {x.text}; {doc.id}: {y.text} — the report gives two days for one "
                                 f"death", t.self_day_confidence))
                return      # one such pair says it


def _subject(doc: Doc, k: int, at: int, t: Thresholds) -> Optional[frozenset[str]]:
    """Whose death the verb at offset ``at`` of sentence ``k`` tells: the words of the names
    before it, or, for "he" or "she", the report's most named person."""
    s = doc.sentences[k]
    if _PRONOUN.search(s.text[:at - s.start]):
        return _story_person(doc, t)
    # (every name before the verb: "Mark Felt, who was known as 'Deep Throat', died on Friday")
    words = frozenset(fold_key(w) for e in doc.of(k, Entity) if e.end <= at and e.label in ("person", "name")
                      for w in e.text.split() if w[:1].isupper())
    return words or None


def _story_person(doc: Doc, t: Thresholds) -> Optional[frozenset[str]]:
    """The last word of names the report writes most often, when at least
    ``t.story_person_least`` names end in it: whom "he" most likely stands for in a report of a
    death ("Mark Felt", "Felt", "Joan Felt")."""
    memo = doc._memo.get("story person", "unset")
    if memo == "unset":
        counts: dict[str, int] = {}
        for key, found in mentions(doc).items():       # the report's names, indexed once for every judge
            people = sum(e.label in ("person", "name") for _, e in found)
            if people and key.split():
                counts[key.split()[-1]] = counts.get(key.split()[-1], 0) + people
        best = max(counts.items(), key=lambda kv: (kv[1], kv[0]), default=None)
        memo = doc._memo["story person"] = frozenset({best[0]}) if best and best[1] >= t.story_person_least else None
    return memo
