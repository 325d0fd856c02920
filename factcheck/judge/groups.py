"""The size of one group stated in two places, and a report against itself."""
from __future__ import annotations

import dataclasses
import re
from typing import Callable, Optional

from ..aliases import Aliases
from ..model import Entity, Quantity, Verdict
from ..lexicon import CLAIM_VERBS, alternation, data
from ..text import fold_key, stem
from .doc import Doc, side
from ..settings import Thresholds
from .frames import frame, frames_meet
from ..facts.numbers import to_base
from .numbers.spans import as_written
from .numbers.nouns import SELF_EXPLAINING
from .numbers import compare_quantities, counts_match, estimate, group_size, number_finding, number_findings, parent_of
from .rules import Out

_CONTRAST = re.compile(r"\W*(?:but|however|yet|others|still|while|whereas|though|although|meanwhile)\b", re.I)


def group_findings(doc_a: Doc, doc_b: Doc, sim: Callable[[int, int], float], *, t: Thresholds, tolerance: float,
                   out: Out, skip: set = frozenset(), aliases: Optional[Aliases] = None) -> None:
    """The size of one group stated in two places: the same kind counted (not "people"), figures
    within a factor of two, and at least one an estimate or a large figure; two exact figures
    only in sentences at least ``t.align`` similar. Within one report only figures from different claimants are
    compared, and only discrepancies are kept. Each figure is paired with the most similar
    sentence's figure."""
    same_doc = doc_a is doc_b
    # the other side's group sizes by what they count (in sentence order), and each
    # sentence's claimant folded once: a long report has thousands of figures
    by_kind: dict[str, list] = {}
    for j in range(len(doc_b.sentences)):
        for y in doc_b.of(j, Quantity):
            if group_size(doc_b, j, y):
                by_kind.setdefault(stem(y.counts), []).append((j, y))
    claimed_a = [fold_key(c or "") for c in doc_a.claimants]
    claimed_b = claimed_a if same_doc else [fold_key(c or "") for c in doc_b.claimants]
    for i in range(len(doc_a.sentences)):
        for x in doc_a.of(i, Quantity):
            if not group_size(doc_a, i, x):
                continue
            best = None
            for j, y in by_kind.get(stem(x.counts), ()):
                if same_doc and (j <= i or claimed_a[i] == claimed_b[j]):
                    continue
                if (i, j) in skip:
                    continue
                if sim(i, j) < t.align and not (x.hedged and y.hedged):
                    continue        # exact figures of a kind ("20 points") recur for many owners
                mx, my = x.magnitude, y.magnitude
                if not mx or not my or max(mx, my) > t.group_ratio * min(mx, my):
                    continue
                if best is None or sim(i, j) > best[0]:
                    best = (sim(i, j), j)
            if best is not None:
                number_findings(doc_a, [i], doc_b, [best[1]], t=t, tolerance=tolerance, out=out, aliases=aliases,
                                discrepancies_only=same_doc, require_counts=True, score=best[0], aligned=False,
                                grouped=True)


def self_findings(doc: Doc, *, t: Thresholds, tolerance: float, out: Out, aliases: Optional[Aliases] = None) -> None:
    """Adjacent sentences of one report giving figures from different claimants (one at least
    named, the two not one person under two names), where exactly one leaves the counted thing
    unsaid and the second sets itself against the first ("Police put the march at roughly
    30,000 people. But witnesses said there were more than 50,000")."""
    for i in range(len(doc.sentences) - 1):
        j = i + 1
        if not _CONTRAST.match(doc.sentences[j].text):
            continue        # "But witnesses said …": the report sets the two accounts against each other
        ci, cj = doc.claimants[i], doc.claimants[j]
        if not (ci or cj) or (ci and cj and (fold_key(ci) == fold_key(cj)
                                             or (aliases is not None and aliases.relation(ci, cj)))):
            continue
        qi = [q for q in doc.of(i, Quantity) if estimate(q)]
        qj = [q for q in doc.of(j, Quantity) if estimate(q)]
        for x in qi:
            for y in qj:
                mx, my = x.magnitude, y.magnitude
                if not mx or not my or max(mx, my) > t.self_ratio * min(mx, my) or bool(x.counts) == bool(y.counts):
                    continue
                if not frames_meet(frame(doc, i, x), frame(doc, j, y), aliases):
                    continue
                result = compare_quantities(x, y, tolerance=tolerance, t=t)
                if result and result[0].rank >= Verdict.DIFFERS.rank:
                    # the report itself sets the two accounts side by side: worth a look, no contradiction of its own
                    out.find(number_finding(doc, i, x, doc, j, y, Verdict.DIFFERS, result[1] + "; the report gives both",
                                            t.self_confidence))


# two accounts set against each other in one sentence: "X said …, but Y said …", "… while Y put it at …"
# (data/words.toml [dispute]: the turns, the verbs of a figure's source, words of another event)
_DISPUTE = data("words")["dispute"]
_DISPUTE_TURN = re.compile(r"[,;]\s*(?:" + alternation(_DISPUTE["turns"]) + r")\b|;\s", re.I)
_SAYS = re.compile(r"\b(?:" + alternation(CLAIM_VERBS + tuple(_DISPUTE["says"])) + r")\b", re.I)
_NAMED = re.compile(r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
_OTHER_EVENT = re.compile(r"\b(?:" + alternation(_DISPUTE["other_events"]) + r")\b", re.I)


def dispute_findings(doc: Doc, *, t: Thresholds, tolerance: float, out: Out) -> None:
    """One sentence setting two sources' figures of one measure against each other
    ("Tehran's seismologic center said the quake measured magnitude-5.9, but the U.S.
    Geological Survey … said it was a magnitude-6.1 temblor"): each side of the turn ("but",
    "while", "whereas", a semicolon) names a source and a verb of saying, and holds one figure
    of one thing: the same counted noun ("30,000 people" / "50,000 people"), or a measure of
    one kind of thing (a magnitude); not two shares or sums ("inflation rose to 5 percent, but
    the IMF said growth would slow to 2 percent"), nor a second clause about another event
    ("an aftershock measured 6.1"). Kept as ``differs`` at ``t.dispute_confidence``, the report
    gives both. Cost: O(q²) over each sentence's figures."""
    for i, s in enumerate(doc.sentences):
        qs = doc.of(i, Quantity)
        if len(qs) < 2:
            continue
        for turn in _DISPUTE_TURN.finditer(s.text):
            before, after = s.text[:turn.start()], s.text[turn.end():]
            if not (_SAYS.search(before) and _SAYS.search(after) and _NAMED.search(after)) or _OTHER_EVENT.search(after):
                continue
            cut = s.start + turn.start()
            left = [q for q in qs if q.end <= cut]
            right = [q for q in qs if q.start >= s.start + turn.end()]
            pairs = [(x, y) for x in left for y in right if x.ordinal == y.ordinal and x.unit == y.unit
                     and to_base(x)[0] == to_base(y)[0]
                     and ((x.counts and x.counts == y.counts) or to_base(x)[0] in SELF_EXPLAINING)]
            if len(pairs) != 1:
                continue        # one figure a side: several are several things ("5 dead and 12 hurt")
            x, y = pairs[0]
            result = compare_quantities(x, y, tolerance=tolerance, t=t)
            if result and result[0].rank >= Verdict.DIFFERS.rank:
                found = number_finding(doc, i, x, doc, i, y, Verdict.DIFFERS, result[1], t.dispute_confidence)
                out.find(dataclasses.replace(found, message=f"{doc.id}: {as_written(doc, i, x)}, then {as_written(doc, i, y)} "
                                             f"from another source in the same sentence — {result[1]}; the report gives both"))
            break


def restated_findings(doc: Doc, sim: Callable[[int, int], float], *, t: Thresholds, tolerance: float, out: Out,
                      aliases: Optional[Aliases] = None) -> None:
    """One report stating the span of one named event twice with different figures ("sparked
    five days of rioting" … "reeling from four days of riots"). Only discrepancies are kept, as
    ``differs``: the report gives both. Other figures a report gives twice were measured in a
    precision read to be mostly of two things (a district's toll and the whole toll, two
    models' prices), so they are not compared here. Cost: O(d²) over the report's spans of
    time that name what lasted (a few in a news report), O(q) to find them."""
    # only spans of one named event: other figures a report gives twice are too often of two
    # things (a district's toll and the whole toll; two models' prices)
    qs = [(i, q) for i in range(len(doc.sentences)) for q in doc.of(i, Quantity)
          if q.counts and to_base(q)[0] == "duration"]
    for k, (i, x) in enumerate(qs):
        for j, y in qs[k + 1:]:
            if j == i or x.ordinal != y.ordinal:
                continue
            lasted = counts_match(x, y) == "strong"   # "five days of rioting" / "four days of riots"
            if lasted:
                number_findings(doc, [i], doc, [j], t=t, tolerance=tolerance, out=out, aliases=aliases,
                                discrepancies_only=True, score=sim(i, j), aligned=False, grouped=True)


def family_findings(doc: Doc, *, t: Thresholds, out: Out) -> None:
    """One report giving a parent's number of children two ways ("Zurana Horton, 34, a mother
    of 12" … "the mother of 13"): the same parent word with exactly two values, each value's
    first mention, kept as ``differs`` (the report gives both). Two named parents ("John Hale,
    a father of four" … "Mark Stone, a father of two") are two families (``number.two-parents``),
    and so are three values or more. Cost: O(q) over the report's figures."""
    by_parent: dict[str, list[tuple]] = {}
    for i in range(len(doc.sentences)):
        for q in doc.of(i, Quantity):
            parent = parent_of(doc, i, q)
            if parent is not None and q.value is not None:
                by_parent.setdefault(parent, []).append((i, q, _parent_named(doc, i, q, t.parent_reach)))
    for parent, mentions in by_parent.items():
        firsts: dict[float, tuple] = {}
        for m in mentions:
            firsts.setdefault(m[1].value, m)
        if len(firsts) < 2:
            continue
        (i, x, _), (j, y, _) = sorted(firsts.values(), key=lambda m: (m[0], m[1].start))[:2]
        named = {fold_key(name).split()[-1] for *_, name in mentions if name and fold_key(name)}   # by surname
        if len(firsts) > 2 or len(named) > 1:
            out.skip("number.two-parents", "number", side(doc, i, x), side(doc, j, y),
                     f"{len(firsts)} counts of a {parent}'s children"
                     + (f", {len(named)} parents named" if len(named) > 1 else ""))
            continue
        out.find(number_finding(doc, i, x, doc, j, y, Verdict.DIFFERS,
                                f"the report gives both: one {parent}'s children counted two ways", t.self_confidence))


def _parent_named(doc: Doc, i: int, q: Quantity, reach: int) -> Optional[str]:
    """The name a parent's figure belongs to: the last name before it within ``reach``
    characters ("Zurana Horton, 34, a mother of 12"), or one right after it ("mother of 13
    Zurana Horton"); None when the sentence ties it to no name ("the mother of 13")."""
    s = doc.sentences[i]
    names = [e for e in doc.of(i, Entity) if e.label in ("person", "name")]
    before = [e for e in names if e.end <= q.start and q.start - e.end <= reach]
    if before:
        return before[-1].text
    after = next((e for e in names if e.start >= q.end and not s.text[q.end - s.start:e.start - s.start].strip()), None)
    return after.text if after else None
