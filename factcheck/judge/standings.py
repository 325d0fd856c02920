"""One standing only one can hold, given to two bodies or people: "IBM, the leader in the global
services and outsourcing business" / "EDS is the world leader in outsourced IT services"
(:func:`standing_findings`).

A standing is read right after a name: an apposition (", the …") or a present copula ("is the
…"; "was the leader" may be another year's), up to two words, a head of ``data/names.toml``
``exclusive_heads`` ("leader", "largest", "only"), then what it holds in ("in outsourced IT
services"). Two names the alias rules keep apart, with one head and the same words before it
(but for words of ``standing_generic``, such as "world": "the Senate majority leader" is not
"the Senate minority leader", "the second largest" not "the largest"), and the one's field
within the other's (after an adjective head, the same thing: "the largest employer" is not
"the largest city"; "in industrial robots" is not "in farm robots"): ``differs``. A report
giving the standing to both names several (rule ``entity.standing-shared``). Cost: O(s_a · s_b)
over the standings of the two reports.
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
_STANDING = re.compile(r"(?:\s*,\s*|\s+(?:is|remains)\s+)the\s+((?:[\w'’\-]+\s+){0,2}?)("
                       + alternation(HEADS) + r")\b([^.;:,()\"“”]{0,60})", re.I)

# sentence, name, head, the words before the head, the thing, the field, where the standing ends
Standing = tuple[int, Entity, str, frozenset[str], tuple[str, ...], frozenset[str], int]


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
                before = frozenset(content_stems(m.group(1))) - GENERIC
                after = [w for w in content_stems(m.group(3)) if w not in STOPWORDS]
                thing = tuple(after[:1]) if head not in NOUN_HEADS else ()
                memo.append((i, e, head, before, thing, frozenset(after) - GENERIC, s.start + m.end(2)))
    return memo


def _related(x: Entity, y: Entity, aliases: Aliases) -> bool:
    """One name, or one a part of the other ("EDS" / "HP-EDS"): no two holders."""
    return fold_key(x.text) == fold_key(y.text) or aliases.relation(x.text, y.text) is not None


def _one_standing(x: Standing, y: Standing) -> bool:
    """One head, the same words before it, one thing, and the one's field within the other's.

    >>> ibm = (0, None, "leader", frozenset(), (), frozenset({"outsourc", "servic", "busi"}), 0)
    >>> eds = (0, None, "leader", frozenset(), (), frozenset({"outsourc", "servic"}), 0)
    >>> farm = (0, None, "leader", frozenset(), (), frozenset({"farm", "servic"}), 0)
    >>> _one_standing(ibm, eds), _one_standing(eds, farm)
    (True, False)
    """
    (_, _, head, before, thing, field, _), (_, _, head_y, before_y, thing_y, field_y, _) = x, y
    return head == head_y and before == before_y and thing == thing_y and bool(field) and bool(field_y) and \
        (field <= field_y or field_y <= field)


def _holds(found: list[Standing], other: Entity, standing: Standing, aliases: Aliases) -> bool:
    return any(_one_standing(f, standing) and _related(f[1], other, aliases) for f in found)


def standing_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, *, t: Thresholds, out: Out) -> None:
    """One standing, two holders: ``differs`` (a report naming both holds it back)."""
    found_a, found_b = _standings(doc_a), _standings(doc_b)
    for sa in found_a:
        for sb in found_b:
            (i, x, head, _, _, field, end_x), (j, y, _, _, _, _, end_y) = sa, sb
            if not _one_standing(sa, sb) or _related(x, y, aliases):
                continue
            sx = span_side(doc_a, i, x.start, end_x)
            sy = span_side(doc_b, j, y.start, end_y)
            if _holds(found_a, y, sa, aliases) or _holds(found_b, x, sb, aliases):
                out.skip("entity.standing-shared", "entity", sx, sy, f"{x.text} / {y.text}: {head}")
                continue
            out.find(Finding("entity", Verdict.DIFFERS, sx, sy,
                             f"{doc_a.id}: {sx.text}; {doc_b.id}: {sy.text} — one standing ('the {head}', in the "
                             "same field) given to two names: only one can hold it",
                             combine(t.standing_confidence, 0.15 * min(len(field), len(sb[5])))))
