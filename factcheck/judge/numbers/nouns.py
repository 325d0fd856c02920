"""What figures count: the counted-noun lists of ``data/nouns.toml`` and whether two figures count
the same kind of thing.

:func:`counts_match` (``strong``, ``related``, ``weak`` or not comparable); one model
("AK-47" / "AK 47"), a share of one place, one group of people, nouns joined to the counted
one; the plain counts the group judge (:mod:`..groups`) reads (:func:`estimate`,
:func:`group_size`). Constant time per pair of figures, or linear in the figures of their
sentences.
"""
from __future__ import annotations

import re
from typing import Optional

from ...aliases import Aliases
from ...facts.numbers import to_base
from ...facts.numbers.lexicon import SERIES_WORDS, STREAK_NOUNS
from ...lexicon import data, demonym_words
from ...model import Entity, Quantity
from ...text import fold, stem
from ..doc import Doc
from ..frames import DURATIONS, frame
from .context import _OTHER_WORDS, _said_alike
from .spans import _counted_end


_nouns = data("nouns")
GENERIC_COUNTS = frozenset(_nouns["generic"])
THINGS = frozenset(_nouns["things"])     # never a generic count's people (as written: "villager" is no "village")
THING_LETTERS = 4       # a compound ends in a thing of this many letters or more ("warehouse"; not "vicar")
RELATIONAL = frozenset(stem(w) for w in _nouns["relational"])
COARSE = frozenset(_nouns["coarse"])                      # round by nature
TALLIES = frozenset(stem(w) for w in _nouns["tallies"])  # a player's, a game's or a season's own count
SUBSET_WORDS = frozenset(_nouns["subset_words"])
PERSONS = frozenset(stem(w) for w in _nouns["persons"])
_SAME = {stem(w): k for k, group in enumerate(_nouns["same"]) for w in group["names"]}
_KIND = {stem(w): k for k, group in enumerate(_nouns["kind"]) for w in group["names"]}
_PEOPLE = _KIND[stem("people")]
# nouns that name an event's count ("600 lives", "24 deaths") → the kind of event
TOLL_NOUNS = {stem(w): event for event, words in _nouns["toll_nouns"].items() for w in words}


# units that say what kind of thing they measure (an earthquake's magnitude)
SELF_EXPLAINING = frozenset({"magnitude", "caliber", "dimensions"})


def same_noun(sa: str, sb: str) -> bool:
    """Are two stems one thing under two nouns (``nouns.toml`` [[same]])?

    >>> same_noun(stem("gunman"), stem("shooter")), same_noun(stem("gunman"), stem("victim"))
    (True, False)
    """
    return sa in _SAME and _SAME[sa] == _SAME.get(sb)


def counts_match(qa: Quantity, qb: Quantity) -> Optional[str]:
    """Do two quantities count the same kind of thing?

    ``"strong"``: the same noun, or one thing under two nouns ("boats" / "skiffs", from
    ``data/nouns.toml``), or both ages; ``"related"``: nouns of one broad kind ("pirates" /
    "crewmen"); ``"weak"``: a generic noun ("people") against another, two unit-bearing
    figures with nothing counted. (One side leaving the counted thing unsaid after the same
    words as the other is the ``"slot"`` match of :func:`_judge_pair`.)
    ``None``: not comparable (rule ``number.different-things``).
    """
    ca, cb = qa.counts, qb.counts
    if qa.unit == "phone" or qb.unit == "phone":
        return "strong" if qa.unit == qb.unit else None     # a number to call is one thing however spaced
    if ca == "age" or cb == "age":
        return "strong" if ca == cb else None
    if ca and cb:
        sa, sb = stem(ca), stem(cb)
        if (ca in SERIES_WORDS or cb in SERIES_WORDS) and qa.ordinal and qb.ordinal:
            # one streak: "their eighth straight" / "eighth straight win"; not "the eighth round"
            other = cb if ca in SERIES_WORDS else ca
            return "strong" if other in SERIES_WORDS or other in STREAK_NOUNS else None
        if sa == sb or (sa in _SAME and _SAME[sa] == _SAME.get(sb)):
            return "strong"
        if ca in GENERIC_COUNTS or cb in GENERIC_COUNTS:
            return "weak"
        if _compound_of(ca, cb) or _compound_of(cb, ca):
            return "related"        # "schoolchildren" / "school children" (not "checkpoints" / "points")
        return "related" if sa in _KIND and _KIND[sa] == _KIND.get(sb) else None
    da, _, _ = to_base(qa)
    if da in SELF_EXPLAINING:
        # a unit that measures one kind of thing only: the same magnitude ties two figures;
        # two magnitudes may be two quakes (this one and last year's), as two bare counts may
        return "strong" if qa.value is not None and qa.value == qb.value else "weak"
    if da not in (None, "count"):
        return "weak"       # two measures with at most one side saying what is measured
    return None


def things_apart(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """A generic count of people against a count of things ("About 100 people" / "Hundreds of
    stores", ``data/nouns.toml`` ``things`` or a compound ending in one: "warehouses"): the thing's
    noun written right after its figure, not carried over from a figure before ("destroyed 300
    houses, and 12 were killed" counts people) nor standing before it ("a church of 200")."""
    if x.counts in GENERIC_COUNTS:
        return _thing_after(doc_b, j, y)
    return y.counts in GENERIC_COUNTS and _thing_after(doc_a, i, x)


def _thing_after(doc: Doc, i: int, q: Quantity) -> bool:
    noun = q.counts or ""
    if not (noun in THINGS or any(noun.endswith(w) and len(w) >= THING_LETTERS for w in THINGS)):
        return False
    s = doc.sentences[i]
    after = s.text[q.end - s.start:q.end - s.start + 40].lower()
    written = noun[:max(3, len(noun) - 2)]     # the noun's stem as any of its forms begins ("hous" of "houses")
    return written in q.text.lower() or re.match(r"(?:\s+(?:of|[a-z\-]+)){0,3}?\s+" + re.escape(written), after) is not None


def _compound_of(whole: str, head: str) -> bool:
    """Is ``whole`` a compound of a known counted noun (a noun for people, or one of
    ``data/nouns.toml``) after another word: "schoolchild" of "child", "speedboat" of "boat"
    (not "checkpoint" of "point": no known noun; the compound must not be known itself)?"""
    known = _person_noun(head) or stem(head) in _KIND or stem(head) in _SAME
    return whole != head and whole.endswith(head) and known and stem(whole) not in _KIND and \
        stem(whole) not in _SAME and len(whole) - len(head) >= 3


_MODEL_AFTER = re.compile(r"\s+([A-Z]{1,3})[-\s]?(\d{1,3})\b")


def _model(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """The model's code right after a figure ("seven AK-47 assault rifles", "12 AK 47 guns" →
    "ak47"), or None."""
    s = doc.sentences[i]
    m = _MODEL_AFTER.match(s.text, q.end - s.start)
    return (m.group(1) + m.group(2)).lower() if m else None


def _one_model(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Do two figures count one model ("AK-47" / "AK 47")?"""
    model = _model(doc_a, i, x)
    return model is not None and model == _model(doc_b, j, y)


def _place_after(doc: Doc, i: int, q: Quantity) -> Optional[Entity]:
    """The place a share is of, named right after it in its clause ("Sixty-five per cent of
    traffic to India", "60 per cent in India")."""
    s = doc.sentences[i]
    for e in doc.of(i, Entity):
        between = s.text[q.end - s.start:e.start - s.start]
        if 0 <= e.start - q.end <= PLACE_REACH and not re.search(r"[,;:()]|\band\b", between) and \
                re.search(r"\b(?:in|to|of|across|for|from)\s+(?:the\s+)?$", between):
            return e
    return None


def _share_of_one_place(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity,
                        aliases: Optional[Aliases]) -> bool:
    """Two percentages of one place ("Sixty-five per cent of traffic to India was down" / "60 per
    cent in India were disrupted"): the place ties them as a counted noun would."""
    if x.unit != "%" or y.unit != "%":
        return False
    pa, pb = _place_after(doc_a, i, x), _place_after(doc_b, j, y)
    return bool(pa and pb and (pa.key == pb.key or (aliases is not None and aliases.same(pa.text, pb.text))))


def _named_apart(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Two nouns of one thing ("rifles" / "guns") where a sentence counts both apart ("7 AK-47
    rifles … and 3 machine guns"): the figure of the other's very noun is its partner."""
    sx, sy = stem(x.counts or ""), stem(y.counts or "")
    if not sx or sx == sy:
        return False
    # the other figure stands in only for what happened to it too ("killed five soldiers" / "killed
    # three troops and wounded two soldiers": the troops are the partner)
    ex, ey = frame(doc_a, i, x).event, frame(doc_b, j, y).event
    return any(stem(q.counts or "") == sx and frame(doc_b, j, q).event == ex for q in doc_b.of(j, Quantity) if q is not y) or \
        any(stem(q.counts or "") == sy and frame(doc_a, i, q).event == ey for q in doc_a.of(i, Quantity) if q is not x)


def _person_noun(counts: Optional[str]) -> bool:
    s = stem(counts or "")
    return _KIND.get(s) == _PEOPLE or s in PERSONS


def _one_group(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """One figure of people under two nouns ("four men" / "four robbers", ``data/nouns.toml``
    people kind and ``persons``) with a word in common next to both ("rammed"): one group
    counted alike (asked of closely aligned sentences only). Two different figures of them
    stay apart (two groups of a story are most often two); so do "two gunmen opened fire" /
    "two policemen were hurt"."""
    return x.value is not None and x.value == y.value and not x.ordinal and not y.ordinal \
        and _person_noun(x.counts) and _person_noun(y.counts) and _said_alike(doc_a, i, x, doc_b, j, y, least=1, width=2)


PLACE_REACH = 40       # characters after a share within which the place it is of is named


_AND_NOUN = re.compile(r"\s+(?:and|or)\s+([a-z][a-z\-]+)")


def _coordinated(doc: Doc, i: int, q: Quantity) -> frozenset[str]:
    """The stems of nouns joined to the counted one ("1,500 houses and buildings" → building):
    the figure counts them too."""
    end = _counted_end(doc, i, q)
    if end is None:
        return frozenset()
    s = doc.sentences[i]
    m = _AND_NOUN.match(s.text, end - s.start)
    return frozenset({stem(m.group(1))}) if m else frozenset()


def _people(doc: Doc, i: int, q: Quantity) -> bool:
    """Does a figure count people ("300 people", "12 soldiers", "640 Palestinians")?"""
    if q.counts in GENERIC_COUNTS or _person_noun(q.counts):
        return True
    end = _counted_end(doc, i, q)
    if end is None:
        return False
    s = doc.sentences[i]
    written = s.text[q.end - s.start:end - s.start].split()
    return bool(written) and len(written) - 1 in demonym_words(written)     # as written: "Palestinians", "Sri Lankans"


def _thing(counts: str):
    """What a counted noun names: its group of one thing under several nouns ("rifles",
    "guns"), or its stem."""
    s = stem(counts)
    return ("same", _SAME[s]) if s in _SAME else s


def _companion(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity, least: float) -> bool:
    """Do the two sentences also give another figure, the same on both sides, of the same
    counted thing, and at least ``least`` (small counts such as "two touchdowns" match by
    chance)? Then they describe one thing, and the figures beside it are its figures."""
    return any(p is not x and q is not y and p.value is not None and p.value == q.value and p.value >= least
               and p.counts and q.counts and counts_match(p, q) == "strong"
               for p in doc_a.of(i, Quantity) for q in doc_b.of(j, Quantity))


def _lasted(x: Quantity, y: Quantity) -> bool:
    """Two spans of one event or one kind of event: "five days of rioting" / "four days of
    riots" / "a week of violence" (the counted nouns of one kind in ``data/nouns.toml``)."""
    return x.unit in DURATIONS and y.unit in DURATIONS and bool(x.counts and y.counts) and \
        counts_match(x, y) in ("strong", "related")


ANOTHER = re.compile(r"\b(?:" + _OTHER_WORDS + r")\s+(?:\w+\s+)?$", re.I)


def _count_figure(q: Quantity) -> bool:
    """A plain count: not an age, an ordinal or a measurement."""
    return q.counts != "age" and not q.ordinal and not q.unit and q.magnitude is not None


def estimate(q: Quantity) -> bool:
    """A large count, as for a crowd or a toll."""
    return _count_figure(q) and q.magnitude >= 20


def group_size(doc: Doc, i: int, q: Quantity) -> bool:
    """A figure for a group of a named kind ("about 100 officers"), not "another 20,000 people":
    large, hedged ("about", "more than") or a range."""
    if not _count_figure(q) or not q.counts or q.counts in GENERIC_COUNTS:
        return False
    s = doc.sentences[i]
    if ANOTHER.search(fold(s.text[max(0, q.start - s.start - 30):q.start - s.start])):
        return False
    return abs(q.magnitude) >= 20 or q.approximate or bool(q.qualifier) or q.value is None
