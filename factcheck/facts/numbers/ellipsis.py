"""The counted noun a sentence leaves unsaid, for figures with neither unit nor noun: "over
170,000 of them", "50 were injured", "the death toll rose to 25", "… while Peyton Hillis added
101". Linear in the sentence's figures (a few tokens around each).
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from ...model import Quantity
from .nounforms import lemma
from .draft import Q, words_between
from .lexicon import (AGES_LISTED_AFTER, BEFORE_PARTICIPLES, CHANGE_VERBS, CROWDS_AT, DEATH_TOLLS, ELLIPSIS_AFTER,
                      NUMBER_OF_ENDS, ORD_TENS, ORD_UNITS, ORDINAL_PART_PREPOSITIONS, PART_AFTER, PEOPLE_ALONE,
                      PEOPLE_NOUNS, PEOPLE_PARTICIPLES, PEOPLE_VERBS, QUALIFIER_WORDS, SEQUENCE_NOUNS, TALLY_FOR,
                      TALLY_VERBS, TOLL_LINKS)
from .tokens import Tok


def elliptic_counts(qs: list[Q], toks: list[Tok]) -> None:
    """The counted noun a sentence leaves unsaid, for figures with neither unit nor noun (in
    place): "more than 230,000 people, over 170,000 of them in Aceh", "70 others" and "four
    bombs were dropped - two landed" count what the figure before them counts; "50 were
    injured", "12 dead", "three have been arrested" count people (or the figure before them's
    noun); "estimated the crowd at 70" counts the crowd; "the death toll rose to 25" counts people.

    >>> from factcheck.facts.numbers import extract_quantities as ex
    >>> [(q.text, q.counts) for q in ex("It killed 230,000 people, over 170,000 of them in Aceh; 50 were hurt.")]
    [('230,000', 'people'), ('over 170,000', 'people'), ('50', 'people')]
    >>> [(q.text, q.counts) for q in ex("It left 12 dead, and police estimated the crowd at 700.")]
    [('12', 'people'), ('700', 'crowd')]
    >>> [(q.text, q.counts) for q in ex("The death toll from the quake rose to 25; a toll of 3 goals.")]
    [('25', 'people'), ('3', 'goal')]
    >>> [(q.text, q.counts) for q in ex("He was down in the sixth round and stopped early in the seventh.")]
    [('sixth', 'round'), ('seventh', 'round')]
    >>> [(q.text, q.unit) for q in ex("Tehran put the quake's magnitude at 5.9, but the USGS said it was 6.1.")]
    [('5.9', 'magnitude'), ('6.1', 'magnitude')]
    """
    before: Optional[str] = None        # the noun the last figure counted
    unit: Optional[str] = None          # the unit of the last figure with one
    said: list[Q] = []                  # the figures before with a unit or a counted noun
    harmed: Optional[str] = None        # the noun the last figure after a verb of harm counted ("killed 2 dogs")
    ranked: Optional[tuple[str, int]] = None    # the noun the last ordinal counted ("the sixth round"), where
    for k, q in enumerate(qs):
        if q.ordinal and q.unit is None and q.counts is None and ranked and q.i - ranked[1] <= ORDINAL_REACH and \
                _elliptic_ordinal(q, toks):
            q.counts = ranked[0]    # "a one-sided sixth round and then early in the seventh": the seventh round
        if q.ordinal and q.unit is None and q.counts:
            ranked = (q.counts, q.j)
        if unit is not None and q.unit is None and q.counts is None and not q.ordinal and _restated(q, toks):
            q.unit = unit           # "put the magnitude at 5.9, but the survey said it was 6.1"
        if k and q.unit is None and q.counts is None and not q.ordinal and _part_of_measure(qs[k - 1], q, toks):
            q.unit = qs[k - 1].unit     # "gave up 507 total yards, 352 of them on the ground": 352 yards
        if len(said) == 1 and q.unit is None and q.counts is None and not q.ordinal and _tallied(q, toks, said[0]) and \
                _tally(said[0]):
            q.unit, q.counts = said[0].unit, said[0].counts     # "rushed for 226 yards while Peyton Hillis added 101"
        if q.unit or q.counts:
            said.append(q)
        if q.unit is not None and q.unit not in ("score", "record"):
            unit = q.unit
        if q.unit is None and q.counts in PEOPLE_PARTICIPLES:
            q.counts = "people"         # "12 dead": the dead are people
        if q.unit is None and q.counts is None and not q.ordinal:
            q.counts = _unsaid(q, toks, before, harmed)
        if q.unit is None and q.counts and q.counts != "age":
            before = q.counts
            if q.i > 0 and toks[q.i - 1].low in PEOPLE_VERBS:
                # "killed 2 dogs and injured 3": the 3 are dogs too; after people of any kind, people
                harmed = None if lemma(q.counts) in PEOPLE_NOUNS else q.counts


def coordinated(qs: list[Q], toks: list[Tok]) -> None:
    """A bare figure joined by "and" or "or" to the next figure, which has a unit or a counted
    noun, measures or counts the same (in place): "7.6 and 7.5 magnitude quakes", "12 and 14
    people", "five or six shots"; an age too, when the bare figure is a whole number written in
    digits, its hyphen perhaps suspended ("two women, 68 and 48-years-old", "boys 12 and 14 years
    old", "the 2- and 3-year-old children"). Not an ordinal, nor a figure with its own unit or noun."""
    for q, nxt in zip(qs, qs[1:]):
        if q.unit is not None or q.counts is not None or q.ordinal or nxt.ordinal or \
                (nxt.unit is None and nxt.counts is None):
            continue
        k = q.j + (q.j < len(toks) and toks[q.j].text == "-" and nxt.counts == "age")     # "2- and 3-year-old"
        if nxt.i != k + 1 or toks[k].low not in ("and", "or"):
            continue
        if nxt.counts == "age" and not _age_like(q, toks):
            continue
        q.unit, q.counts = nxt.unit, nxt.counts


OLDEST = 120       # years: a bare figure joined to an age is an age only below this


def _age_like(q: Q, toks: list[Tok]) -> bool:
    """A figure that may be an age: one token of digits, a whole number under ``OLDEST``, after
    a mark, an age word or the people it gives the ages of (``numbers.toml`` ages_after, the age
    nouns and kin plurals: "two women -- 68 and …", "aged 12 and …", "boys 12 and …"), not after
    a verb ("scored 5 and 12-year-old Tom scored 3"). Constant time."""
    if q.j - q.i != 1 or toks[q.i].kind != "num" or not toks[q.i].text.isdigit() or not 0 < (q.value or 0) < OLDEST:
        return False
    prev = toks[q.i - 1] if q.i else None
    return prev is None or not prev.text[:1].isalnum() or prev.low in AGES_LISTED_AFTER


ORDINAL_REACH = 12      # tokens after an ordinal with a noun within which "the seventh" takes its noun


def _elliptic_ordinal(q: Q, toks: list[Tok]) -> bool:
    """"the seventh", in words, ending its clause or followed by a preposition ("early in the
    seventh for referee …"): not a day ("on the 10th"), not "the first to cross the line",
    "the first of"."""
    if toks[q.i].kind == "num" or q.i == 0 or toks[q.i - 1].low != "the":
        return False        # (a digit ordinal is a day as often: "by the 10th", "on the 5th")
    nxt = toks[q.j] if q.j < len(toks) else None
    return nxt is None or nxt.text in _CLAUSE_ENDS or nxt.low in ELLIPSIS_AFTER


def _tallied(q: Q, toks: list[Tok], before: Q) -> bool:
    """A bare figure right after a verb of adding to a tally and at the end of its clause: "…
    while Peyton Hillis added 101.", "Smith scored 22 points and Jones added 15". Before whom or
    when it was for, only after the verb of the figure before it: "Carter scored 14 points and
    VanDeest scored 13 for the Bulldogs" (not "had 5 shots and scored 2 against Chelsea": goals)."""
    if q.i < 1 or toks[q.i - 1].low not in TALLY_VERBS:
        return False
    if q.j >= len(toks) or toks[q.j].text in _CLAUSE_ENDS or toks[q.j].low in _TALLY_ENDS:
        return True
    return toks[q.j].low in TALLY_FOR and before.i >= 1 and toks[before.i - 1].low == toks[q.i - 1].low


_CLAUSE_ENDS = frozenset({".", ",", ";", ")"})
_TALLY_ENDS = frozenset({"and", "while", "as"})      # a clause goes on after a tally: "added 15 and …"


def _tally(q: Q) -> bool:
    """A figure whose unit or noun a bare figure after a tally verb takes: a count or a measure,
    not an age, a position, a sum of money, a share, a score or a record."""
    return not q.ordinal and q.counts != "age" and q.unit not in ("score", "record", "%") and \
        not (q.unit and re.fullmatch(r"[A-Z]{3}(?:-\w+)?", q.unit))


def _part_of_measure(prev: Q, q: Q, toks: list[Tok]) -> bool:
    """Is ``q`` a part of what the figure right before it measures, set off from it by a comma
    alone ("507 total yards, 352 of them on the ground", "300 miles, 40 of them over water",
    "307 yards, 150 of them rushing")? "of them" after it, then the end of the clause or a word
    of where, when or how (``numbers.toml`` part_after, or a word in -ing), not a noun or an
    adjective ("40 of them children", "5 of them alive"); the figure before with a unit and no
    counted noun, a measure or a count (not a share, a sum, a score or a record), and not a
    hyphenated adjective ("a 10-hour siege"). Constant time.

    >>> from factcheck.facts.numbers import extract_quantities as ex
    >>> [(q.text, q.unit) for q in ex("The Colts gave up 507 total yards, 352 of them on the ground.")]
    [('507 total yards', 'yard'), ('352', 'yard')]
    """
    if not _of_them(toks, q.j):
        return False
    if [t.text for t in toks[prev.j:q.i]] != [","]:
        return False        # ("300 people within 50 km of the epicentre, 40 of them": not the kilometres)
    nxt = toks[q.j + 2] if q.j + 2 < len(toks) else None
    if nxt is not None and nxt.kind == "word" and nxt.low not in PART_AFTER and not nxt.low.endswith("ing"):
        return False
    return prev.unit is not None and prev.counts is None and _tally(prev) and \
        not any(t.text == "-" for t in toks[prev.i:prev.j])


def _of_them(toks: list[Tok], j: int) -> bool:
    """Do the tokens from ``j`` read "of them" ("352 of them", "over 170,000 of them")?"""
    return j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low == "them"


def _restated(q: Q, toks: list[Tok]) -> bool:
    """A bare figure said to be what the one before measured: "… said it was 6.1", "… put
    it at 6.1" (nothing after it but the end of the clause)."""
    if q.i < 2 or q.value is None:
        return False
    prev, before = toks[q.i - 1].low, toks[q.i - 2].low
    ends = q.j >= len(toks) or toks[q.j].text in ".,;)"
    return ends and ((prev in ("was", "is", "be") and before in ("it", "that", "this")) or
                     (prev == "at" and before in ("it", "that", "this")))


def _unsaid(q: Q, toks: list[Tok], before: Optional[str], harmed: Optional[str] = None) -> Optional[str]:
    n, j = len(toks), q.j
    nxt = toks[j].low if j < n else ""
    if before and (nxt in ("others", "other") or _of_them(toks, j)):
        return before
    k = j
    while k < n and k < j + 3 and toks[k].low in BEFORE_PARTICIPLES:
        k += 1
    if k < n and toks[k].low in PEOPLE_PARTICIPLES and (k > j or toks[k].low in PEOPLE_ALONE):
        return before or "people"
    if q.i > 0 and toks[q.i - 1].low in PEOPLE_VERBS and nxt != "of":
        return harmed or "people"   # "the blast killed 12 and wounded 40", "injured dozens"; "killed 2 dogs and
                                    # injured 3": dogs (not "destroyed 300 houses and injured dozens": no houses
                                    # were injured; not "killed 12 of them")
    if before and k < n and toks[k].kind == "word" and toks[k].text.islower() and toks[k].low.endswith("ed") and \
            q.i > 0 and toks[q.i - 1].text in ("-", "—", "–", ",", ";", ":"):
        return before       # "four bombs were dropped - two landed inside the camp": two of the bombs
    if q.i >= 2 and toks[q.i - 1].low == "at" and toks[q.i - 2].low in CROWDS_AT:
        return lemma(toks[q.i - 2].text)
    if _after_toll(toks, q.i):
        return "people"
    return None


def _after_toll(toks: list[Tok], i: int) -> bool:
    """Does a toll of the dead lead up to the figure at token ``i`` ("the death toll from the
    disaster rose to 11")? At most six words between, no figure, the last a linking word; or
    the toll right before a bounded figure ("the death toll above 680")."""
    if i == 0:
        return False
    words = []
    for t in reversed(toks[max(0, i - 10):i]):
        if t.kind != "word":
            break
        words.insert(0, t.low)
    if toks[i - 1].low not in TOLL_LINKS:
        return any(tuple(words[-len(toll):]) == toll for toll in DEATH_TOLLS) and toks[i].low in QUALIFIER_WORDS
    return any(tuple(words[k:k + len(toll)]) == toll and len(words) - k - len(toll) <= 6
               for toll in DEATH_TOLLS for k in range(len(words)))


_ORDINAL_WORDS = "|".join(sorted({*ORD_UNITS, *ORD_TENS}, key=len, reverse=True))
# an ordinal before one of the sequence nouns, not a part of a period ("the first half of 2008")
_NUMBERED_PART = re.compile(r"\b(?:" + _ORDINAL_WORDS + r"|\d+(?:st|nd|rd|th))[\s-]+(" +
                            "|".join(sorted(SEQUENCE_NOUNS, key=len, reverse=True)) + r")s?\b(?!\s+of\b)", re.I)
# "… in the sixth", "early in the seventh", "after the third": a preposition, "the", the ordinal
_BARE_BEFORE = re.compile(r"\b(?:" + "|".join(ORDINAL_PART_PREPOSITIONS) + r")\s+the\s*$", re.I)
_BARE_AFTER = re.compile(r"\s*(?:[.,;:)!?\u2014]|-{1,2}\s|$|(\w+))")


def article_ordinals(sentences, facts: list[list]) -> None:
    """An ordinal in words left without its noun ("Klitschko put him on the canvas in the
    sixth") counts the part of a contest its article numbers elsewhere ("stopped him in the
    seventh round"): when the article writes an ordinal before exactly one of the
    ``sequence_nouns`` (rounds, innings, quarters …), a bare "in the sixth" (a preposition and
    "the" before it; the end of its clause or a word of ``ellipsis_after`` after it, as
    :func:`_elliptic_ordinal` reads it inside a sentence) counts that noun too. Not "the first
    in his family", "the first since 1990": no preposition before "the". ``facts[k]`` are the
    facts of ``sentences[k]``, replaced in place. Linear in the article's text."""
    if not any(isinstance(f, Quantity) and f.ordinal and f.counts is None for fs in facts for f in fs):
        return      # no ordinal left without its noun: nothing to read the article for
    nouns = {lemma(m.group(1).lower()) for s in sentences for m in _NUMBERED_PART.finditer(s.text)}
    if len(nouns) != 1:
        return
    noun = next(iter(nouns))
    for s, fs in zip(sentences, facts):
        for k, f in enumerate(fs):
            if not (isinstance(f, Quantity) and f.ordinal and f.counts is None and f.unit is None
                    and f.text.isalpha()):
                continue
            after = _BARE_AFTER.match(s.text, f.end - s.start)
            if _BARE_BEFORE.search(s.text, 0, f.start - s.start) and after and \
                    (after.group(1) is None or after.group(1).lower() in ELLIPSIS_AFTER):
                fs[k] = dataclasses.replace(f, counts=noun)


# how far before an old figure "the number of …" may stand: "the number of seats from 65 to 125"
NUMBER_OF_REACH = 12


def changes(qs: list[Q], toks: list[Tok]) -> None:
    """An old figure and a new one, "from X to Y" after a verb of change (the range stage leaves
    them apart: "the toll rose from 12 to 20 people"), count one thing: what either counts, or
    the noun of "the number of …" before them ("raise the number of seats from 65 to 125"), in
    place.

    >>> from factcheck.facts.numbers import extract_quantities as ex
    >>> [(q.text, q.counts) for q in ex("It would raise the number of seats from 65 to 125.")]
    [('65', 'seat'), ('125', 'seat')]
    >>> [(q.text, q.counts) for q in ex("The toll climbed from 12 to 20 people.")]
    [('12', 'people'), ('20', 'people')]
    """
    for q, r in zip(qs, qs[1:]):
        if q.i == 0 or toks[q.i - 1].low != "from" or tuple(words_between(toks, q.j, r.i)) != ("to",) \
                or q.ordinal or r.ordinal:
            continue
        noun = _number_of(toks, q.i - 1)
        if noun is not None and q.unit is None and r.unit is None:
            q.counts = r.counts = noun      # (not a word after the new figure: "to 100,000 last year")
            continue
        told = next((x for x in (q, r) if x.unit or x.counts), None)
        if told is None:
            continue
        for x in (q, r):
            if x.unit is None and x.counts is None:
                x.unit, x.counts = told.unit, told.counts


def _number_of(toks: list[Tok], k: int) -> Optional[str]:
    """The noun of "the number of …" in the words before token ``k``, in its clause: the last
    word of the phrase after "of", before a preposition or a verb ("raise the number of seats
    from …" → "seat", "the number of confirmed cases rose from …" → "case", "the number of U.S.
    troops in Afghanistan from …" → "troop"), or None."""
    for n in range(k - 1, max(0, k - NUMBER_OF_REACH), -1):
        if toks[n].kind == "punct" and toks[n].low != ".":
            return None
        if toks[n].low == "of" and toks[n - 1].low == "number":
            words = []
            for t in toks[n + 1:k]:
                if t.kind == "punct" and t.low == ".":
                    continue        # (the stops of "U.S.")
                if t.kind != "word" or t.low in NUMBER_OF_ENDS or t.low in CHANGE_VERBS:
                    break
                words.append(t.low)
            return lemma(words[-1]) if words else None
    return None

