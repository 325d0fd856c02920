"""A report's headline against its own lead: a figure the headline gives that the body never
states, told otherwise in the lead ("Paris thieves nab $2.5 million worth of jewellery" …
"making off with a two-million-euro ($2.6-million) booty"). A headline restates the lead; a
figure it alone gives, against the lead's one figure of that kind, is a slip an editor wants
shown. (Not yet: a score a headline writes as two names with figures, "Creighton 65, Drake 5".) Cost: O(h · q) for the headline's
figures h against the report's figures q.
"""
from __future__ import annotations

from ..model import Quantity, Role, Verdict
from ..settings import Thresholds
from ..text import fold_key
from .doc import Doc, side
from .numbers import compare_quantities, number_finding
from .rules import Out

GENERIC_COUNTS = frozenset({"people", "person"})


def headline_findings(doc: Doc, *, t: Thresholds, tolerance: float, out: Out) -> None:
    """Each figure of the headline that no figure of the body agrees with, against the one
    figure of its kind in the lead (the first ``t.lead_sentences`` body sentences), when the two
    differ and lie within ``t.headline_ratio`` of each other: ``differs``, the report gives
    both. A lead with two figures of the kind, or none, says nothing (which would it be?)."""
    roles = [s.role for s in doc.sentences]
    body = [j for j, role in enumerate(roles) if role is Role.BODY]
    lead = set(body[:t.lead_sentences])
    for i, role in enumerate(roles):
        if role is not Role.HEADLINE or not _written_as_headline(doc.sentences[i].text, t):
            continue
        for x in doc.of(i, Quantity):
            if not _checkable(x):
                continue
            alike = [(j, y) for j in body for y in doc.of(j, Quantity) if _alike(doc, i, x, j, y)]
            results = [(j, y, compare_quantities(x, y, tolerance=tolerance, t=t)) for j, y in alike]
            if any(r is not None and r[0].rank < Verdict.DIFFERS.rank for _, _, r in results):
                continue        # the body states the headline's figure
            in_lead = [(j, y, r) for j, y, r in results if j in lead and r is not None]
            if len(in_lead) != 1:
                continue
            j, y, (verdict, reason) = in_lead[0]
            if doc.claimants[i] and doc.claimants[j] and doc.claimants[i] != doc.claimants[j]:
                # each figure from its own source ("state television says 5.2" / "the USGS put it at 5.4")
                out.skip("number.headline-sources", "number", side(doc, i, x), side(doc, j, y),
                         f"{doc.claimants[i]} / {doc.claimants[j]}")
                continue
            mx, my = x.magnitude, y.magnitude
            if not mx or not my or max(mx, my) > t.headline_ratio * min(mx, my):
                continue
            out.find(number_finding(doc, i, x, doc, j, y, Verdict.DIFFERS,
                                    reason + "; the headline and the lead of one report", t.self_confidence))


def _written_as_headline(text: str, t: Thresholds) -> bool:
    """A headline as headlines are written: no closing stop, at most ``t.headline_words``
    words (a first line that is the lead's sentence is read as the lead)."""
    text = text.strip()
    return bool(text) and text[-1] not in ".!?\"”" and len(text.split()) <= t.headline_words


def _checkable(x: Quantity) -> bool:
    """A figure a headline states of the story: a sum of money or a measure, a game's score,
    or a count of two or more things; not a position ("third"), not a year."""
    if x.ordinal or x.value is None:
        return False
    if x.unit:
        return x.unit not in ("record", "year", "phone")
    return bool(x.counts) and x.value >= 2 and x.counts != "age"


def _alike(doc: Doc, i: int, x: Quantity, j: int, y: Quantity) -> bool:
    """Two figures of one kind: the same unit, or the same thing counted."""
    if y.ordinal or y.value is None:
        return False
    if x.unit or y.unit:
        return x.unit == y.unit and (x.counts == y.counts or not (x.counts and y.counts))
    # the same thing counted, not people at large ("1 dead, 2 hurt" / "shooting three people"),
    # nor two sorts of it ("Three Pirate Vessels" / "five merchant vessels")
    if x.counts != y.counts or x.counts in GENERIC_COUNTS:
        return False
    sx, sy = _sorts(doc, i, x), _sorts(doc, j, y)
    return not (sx and sy and not sx & sy)


def _sorts(doc: Doc, i: int, q: Quantity) -> set[str]:
    """The words between a figure and what it counts ("Three Pirate Vessels" → {"pirate"}):
    up to four words after the figure, before the first that begins as the counted noun."""
    s = doc.sentences[i]
    out = set()
    for w in fold_key(s.text[q.end - s.start:]).split()[:5]:
        if w.startswith(q.counts[:4]):
            return out
        out.add(w)
    return set()
