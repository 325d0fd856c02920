"""One standing only one can hold, given to two bodies or people: "IBM, the leader in the global
services and outsourcing business" / "EDS is the world leader in outsourced IT services"
(:func:`standing_findings`).

A standing is read right after a name: an apposition (", the …") or a copula ("is the …"), up to
two words, a head of ``data/names.toml`` ``exclusive_heads`` ("leader", "largest", "only"), then
what it holds in ("in outsourced IT services"). Two names the alias rules keep apart, with one
head and a content word in common in what they hold (not a word of ``standing_generic``, such
as "world"), and after an adjective head the same thing ("the largest employer" is not "the
largest city"): ``differs``. A report giving the standing to both names several (rule
``entity.standing-shared``). Cost: O(s_a · s_b) over the standings of the two reports.
"""
from __future__ import annotations

import re
from typing import Optional

from ..aliases import Aliases
from ..lexicon import STOPWORDS, data
from ..model import Entity, Finding, Verdict
from ..settings import Thresholds
from ..text import alternation, content_stems, fold_key, stem
from .doc import Doc, span_side
from .rules import Out, combine

_NAMES = data("names")
HEADS = frozenset(_NAMES["exclusive_heads"])
NOUN_HEADS = frozenset(_NAMES["exclusive_noun_heads"])     # heads that name the standing ("leader")
GENERIC = frozenset(stem(w) for w in _NAMES["standing_generic"])
_STANDING = re.compile(r"(?:\s*,\s*|\s+(?:is|was|remains|became|has\s+become)\s+)the\s+((?:[\w'’\-]+\s+){0,2}?)("
                       + alternation(HEADS) + r")\b([^.;:,()\"“”]{0,60})", re.I)

Standing = tuple[int, Entity, str, tuple[str, ...], frozenset[str], int]   # sentence, name, head, thing, scope, end


def _standings(doc: Doc) -> list[Standing]:
    """Every standing a report gives a name, once per report."""
    memo = doc._memo.get("standings")
    if memo is None:
        memo = doc._memo["standings"] = []
        for i, s in enumerate(doc.sentences):
            for e in doc.of(i, Entity):
                m = _STANDING.match(s.text, e.end - s.start)
                if m is None:
                    continue
                head = m.group(2).lower()
                after = [w for w in content_stems(m.group(3)) if w not in STOPWORDS]
                thing = tuple(after[:1]) if head not in NOUN_HEADS else ()
                scope = frozenset(content_stems(m.group(1)) + after) - GENERIC
                memo.append((i, e, head, thing, scope, s.start + m.end(2)))
    return memo


def _same(x: Entity, y: Entity, aliases: Aliases) -> bool:
    return fold_key(x.text) == fold_key(y.text) or aliases.relation(x.text, y.text) is not None


def _holds(found: list[Standing], other: Entity, head: str, thing: tuple, aliases: Aliases) -> bool:
    return any(h == head and th == thing and _same(e, other, aliases) for _, e, h, th, _, _ in found)


def standing_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, *, t: Thresholds, out: Out) -> None:
    """One standing, two holders: ``differs`` (a report naming both holds it back)."""
    found_a, found_b = _standings(doc_a), _standings(doc_b)
    for i, x, head, thing, scope_x, end_x in found_a:
        for j, y, head_y, thing_y, scope_y, end_y in found_b:
            shared = scope_x & scope_y
            if head != head_y or thing != thing_y or len(shared) < t.standing_shared or _same(x, y, aliases):
                continue
            sx = span_side(doc_a, i, x.start, end_x)
            sy = span_side(doc_b, j, y.start, end_y)
            if _holds(found_a, y, head, thing, aliases) or _holds(found_b, x, head, thing, aliases):
                out.skip("entity.standing-shared", "entity", sx, sy, f"{x.text} / {y.text}: {head}")
                continue
            out.find(Finding("entity", Verdict.DIFFERS, sx, sy,
                             f"{doc_a.id}: {sx.text}; {doc_b.id}: {sy.text} — one standing ('the {head}', in the "
                             "same field) given to two names: only one can hold it", combine(0.5, 0.15 * len(shared))))
