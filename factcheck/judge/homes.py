"""Where a person named in both reports lives, as news writes it right after the name:
"Anthony Phillip LaSalle, 36, of Bloomington" / "Anthony LaSalle, 36, of Minneapolis" (two
towns for one man), "Raj Chohan, 59, of Queens" / "Raj K. Chohan, 59, of College Point" (a
borough and a neighbourhood: one may lie within the other, which an editor checks).

A home is a name right after a person's name, a comma, an age, and "of" or "from": "NAME,
AGE, of PLACE". Without the age ("Raj Chohan, of Queens") it is not read: "Anne Lee, of
Goldman Sachs" is where she works, and names carry no mark of a town. Not "of the …" nor an
acronym or a body ("John Smith, 40, of NBC"). The same person in both reports (or twice in one) with two
homes is a ``differs`` finding at ``Thresholds.home_confidence``, one home named alike an
agreement (``Thresholds.home_agree_confidence``); homes the knowledge file nests ("Brooklyn"
in "New York") are ``compatible``. Cost: linear in the names, then
O(h_a · h_b) over the few people with a home.
"""
from __future__ import annotations

import re
from typing import Optional

from ..aliases import Aliases
from ..facts.entities import person_like
from ..model import Entity, Finding, Verdict
from ..settings import Thresholds
from ..text import fold_key
from .doc import Doc, side
from .rules import Out

# what stands between a person's name and the home: ", 36, of ", ", of ", ", 59, from "
# (the age is required: "Anne Lee, of Goldman Sachs" is where she works; without an age the tool
# cannot tell a town from an employer)
_BETWEEN = re.compile(r",\s+(?:aged\s+)?\d{1,3},\s+(?:of|from)\s+")


def homes(doc: Doc) -> list[tuple[int, Entity, Entity]]:
    """(sentence, person, home) for each person a report places in a town as "NAME, AGE, of PLACE";
    remembered per report (the pair and the report against itself both ask)."""
    if "homes" in doc._memo:
        return doc._memo["homes"]
    out = doc._memo["homes"] = []
    for i, s in enumerate(doc.sentences):
        if not s.role.is_content:
            continue
        names = doc.of(i, Entity)
        for k, e in enumerate(names):
            if not person_like(e) or len(e.text.split()) < 2:
                continue
            place = next((p for p in names[k + 1:] if p.start >= e.end), None)
            if place is None or place.label in ("org", "acronym") or person_like(place) and len(place.text.split()) >= 3:
                continue
            between = _BETWEEN.fullmatch(s.text[e.end - s.start:place.start - s.start])
            after = s.text[place.end - s.start:place.end - s.start + 1]
            if between and after in ("", ",", ".", ";", ")"):
                out.append((i, e, place))
    return out


def home_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, *, t: Thresholds, out: Out) -> None:
    """One person's home in the two reports (or twice in one, ``doc_a is doc_b``): the same
    place (agree), a place within the other (compatible), or two places (differs)."""
    ha = homes(doc_a)
    hb = ha if doc_a is doc_b else homes(doc_b)
    for i, person_a, place_a in ha:
        for j, person_b, place_b in hb:
            if doc_a is doc_b and (j, person_b.start) <= (i, person_a.start):
                continue
            if not _one_person(person_a, person_b, aliases):
                continue
            found = _relate(place_a, place_b, aliases)
            if found is None or (doc_a is doc_b and found[0] is not Verdict.DIFFERS):
                continue
            verdict, reason = found
            confidence = t.home_confidence if verdict is Verdict.DIFFERS else t.home_agree_confidence
            out.find(Finding("entity", verdict, side(doc_a, i, place_a), side(doc_b, j, place_b),
                             f"{doc_a.id}: {person_a.text}, of {place_a.text}; {doc_b.id}: {person_b.text}, of "
                             f"{place_b.text} — {reason}", confidence))


def _one_person(x: Entity, y: Entity, aliases: Aliases) -> bool:
    """One person under two names: aliases of one another, or the same first name and surname
    with a middle name or initial on one side ("Anthony Phillip LaSalle" / "Anthony LaSalle")."""
    if aliases.same(x.text, y.text):
        return True
    wx, wy = fold_key(x.text).split(), fold_key(y.text).split()
    return bool(wx and wy) and (wx[0], wx[-1]) == (wy[0], wy[-1])


def _relate(x: Entity, y: Entity, aliases: Aliases) -> Optional[tuple[Verdict, str]]:
    rel = aliases.relation(x.text, y.text)
    if rel == "same":
        return Verdict.AGREE, "the same home"
    if rel in ("part", "whole"):
        return Verdict.COMPATIBLE, "one home within the other"
    return Verdict.DIFFERS, "where one person lives, named two ways (one place may lie within the other)"
