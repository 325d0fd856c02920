"""Number findings: the figures of aligned sentences paired, judged and written as findings.

:func:`number_findings` pairs like quantities and judges each pair (:func:`_judge_pair`, its
confidence from :func:`_confidence`); :func:`figure_pairs` finds sentence pairs whose figures
look like one fact. Cost: O(q_a · q_b) over the figures compared.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ...aliases import Aliases
from ...facts.numbers import to_base
from ...facts.numbers.convert import PAIRED_UNITS
from ...facts.numbers.lexicon import EDITION_WORDS, NEAR_BOUNDS, PERIOD_NOUNS
from ...model import Entity, Finding, Quantity, Role, Side, Verdict
from ...settings import Thresholds
from ...text import stem
from ..doc import Doc, around, side, who
from ..events import event_evidence
from ..frames import DURATIONS, Frame, days_apart, frame, frame_conflict, other_times, years_apart
from ..rules import Out, combine, context_evidence, lowered_all, lowered_by, sentence_evidence
from ..measured import (another_event, lead_measure, lead_price, one_thing_measured, same_measured, stood_alike,
                        story_measure, story_measures)
from ..scopes import scopes_apart
from .context import (_actions, _adds_up, _alone_of_value, _anchored, _converted, _currency, _dated_alike, _from_point,
                      _measures, _names, _next_word, _one_span, _other_ones, _parallel, _payer, _periods_apart, _planned,
                      _same_slot, _same_stated, _size, _spans_in_roles_apart, _spans_of_one_deed, measured)
from .holders import (_attribute, _named_ages, _own_kin, _same_holder, _same_person, _same_subject, _years_told,
                      left_alone)
from .intervals import THROUGH_BOUND, _far_through_bound, _interval, compare_quantities
from .nouns import (GENERIC_COUNTS, RELATIONAL, _companion, _coordinated, _lasted, _named_apart, _one_group,
                    _one_model, _share_of_one_place, counts_match, things_apart)
from .spans import _describe, as_written
from .temper import REVISED, _measured_alike, _temper, _unit_slip
from .tolls import _one_toll, _sole_count, _tolls_meet


def number_findings(doc_a: Doc, ia: Sequence[int], doc_b: Doc, ib: Sequence[int], *, t: Thresholds,
                    tolerance: float, out: Out, aliases: Optional[Aliases] = None, score: float = 1.0,
                    aligned: bool = True, discrepancies_only: bool = False, require_counts: bool = False,
                    grouped: bool = False) -> None:
    """Pair like quantities of sentences ``ia`` (of A) and ``ib`` (of B) and judge each pair;
    candidates held back are written to ``out`` with their rule.

    Figures are paired only when their clauses allow it (:func:`.frames.frame_conflict`: the
    same owner, the same event, both rates or neither); a figure with an agreeing partner is
    not also accused. A discrepancy is surest between figures clearly about one thing
    (:func:`_temper`): a close alignment ``score`` (``t.close``), or the same owner or event
    named on both sides; it is dropped when each report also gives the other's figure, for a
    running total ("so far", "career") against a single count, for loose plurals
    ("thousands"); a part ("in Sumatra alone") smaller than the whole is ``compatible``.
    ``grouped``: the pair was made by the size of one group (:func:`.groups.group_findings`),
    which ties the figures as an alignment would. Each finding's confidence combines the
    sentences' similarity, what the figures count, whose
    they are and whether the figure is the same (:func:`_confidence`).
    """
    qa = [(i, q, frame(doc_a, i, q)) for i in ia for q in doc_a.of(i, Quantity)]
    qb = [(j, q, frame(doc_b, j, q)) for j in ib for q in doc_b.of(j, Quantity)]
    candidates = []
    for i, x, fx in qa:
        for j, y, fy in qb:
            if (doc_a.id, i) == (doc_b.id, j) or x.ordinal != y.ordinal or to_base(x)[0] != to_base(y)[0]:
                continue            # not two statements of one kind of figure
            judged = _judge_pair(doc_a, i, x, fx, doc_b, j, y, fy, t=t, tolerance=tolerance, aliases=aliases,
                                 close=score >= t.close, require_counts=require_counts,
                                 aligned=aligned or grouped, one_to_one=len(ia) == len(ib) == 1)
            if isinstance(judged, str):
                if judged:
                    out.skip(judged, "number", side(doc_a, i, x), side(doc_b, j, y), f"{_describe(x)} / {_describe(y)}")
                continue
            match, verdict, reason, factors = judged
            shared = len((around(doc_a, i, x) & around(doc_b, j, y)) - {stem(x.counts or ""), stem(y.counts or "")})
            tied = (_named_ages(doc_a, i, x, doc_b, j, y) and _same_person(doc_a, i, x, doc_b, j, y, aliases)) or \
                (fx.running and fy.running and _same_subject(doc_a, i, doc_b, j)) or \
                _measured_alike(doc_a, i, x, doc_b, j, y)   # one person's age or career total; one deed measured twice
            confidence = _confidence(x, fx, y, fy, match, verdict, score, aligned, factors, shared, tied, t.span_units)
            if _measures(x, y):
                confidence = combine(confidence, event_evidence(doc_a, i, x, doc_b, j, y))
            if verdict.rank >= Verdict.DIFFERS.rank and _companion(doc_a, i, x, doc_b, j, y, t.companion_least):
                # "350 employees and 13 offices" / "13 offices worldwide and technical staff of more than 350"
                confidence = combine(confidence, COMPANION_EVIDENCE)
            if verdict.rank >= Verdict.DIFFERS.rank and _spans_of_one_deed(doc_a, i, x, doc_b, j, y):
                # "married two weeks ago" / "wed about three weeks ago": one deed a person does once
                confidence = combine(confidence, ONE_DEED_EVIDENCE)
            same_owner = bool(fx.owner and fy.owner)
            candidates.append((-(match == "strong"), -same_owner, verdict.rank, -confidence, i, x.start, j, y.start,
                               x, y, verdict, reason, confidence, factors))
    used_a, used_b, accused = set(), set(), set()
    # figures held so far only by an agreement with a loose reading ("350 people" within
    # "hundreds of people"): free still for an exact figure that disagrees ("550 people")
    loose_a, loose_b = set(), set()
    for *_, i, _, j, _, x, y, verdict, reason, confidence, factors in sorted(candidates, key=lambda c: c[:8]):
        # a figure restated on the other side ("$334 million" in the lead and "approximately
        # $334 million" later) agrees with each restatement; it is accused only once, never
        # when it agrees
        agreement = verdict.rank < Verdict.DIFFERS.rank
        # (in sentences this close, an age is accused by the other side's age though it agrees
        # with a restatement elsewhere: "aiming at a 13-year-old girl" / "aiming for an 11-year
        # old girl", A saying "an 11-year-old girl" elsewhere; once only. A count may be a
        # part: "Twelve people were killed … in Bener Meriah" / "24 people dead")
        again = _attribute(doc_a, i, x) and _attribute(doc_b, j, y) and (score >= t.close or x.counts != "age")
        exact = not agreement and not x.loose and not y.loose
        held_a = id(x) in used_a and not (exact and id(x) in loose_a)
        held_b = id(y) in used_b and not (exact and id(y) in loose_b)
        taken_a = held_a and not (again and id(x) not in accused)
        taken_b = held_b and not (again and id(y) not in accused)
        if reason == REVISED:
            taken_a = taken_b = False   # "4.4" agrees with the first figure the other gives, and is its old value
        if (held_a and held_b) or (not agreement and (taken_a or taken_b)):
            if not agreement:
                out.skip("fact-matched-elsewhere", "number", side(doc_a, i, x), side(doc_b, j, y),
                         f"{_describe(x)} / {_describe(y)}: {verdict.value}, but a figure has a surer partner")
            continue
        for q, other, used, loose in ((x, y, used_a, loose_a), (y, x, used_b, loose_b)):
            if agreement and other.loose and id(q) not in used:
                loose.add(id(q))
            elif not (agreement and other.loose):
                loose.discard(id(q))
            used.add(id(q))
        if not agreement:
            accused |= {id(x), id(y)}
        if discrepancies_only and verdict.rank < Verdict.DIFFERS.rank:
            continue
        out.find(number_finding(doc_a, i, x, doc_b, j, y, verdict, reason, confidence, lowered=factors))


# frame rules that the same stated figure of the same thing overrides, at a lower confidence
SOFT_FRAMES = frozenset({"number.different-place", "number.different-owner", "number.different-subset"})


def figure_pairs(doc_a: Doc, doc_b: Doc, compared: set, *, t: Thresholds = Thresholds()) -> list[tuple[int, int]]:
    """Sentence pairs not yet compared whose figures look like one fact: the same dimension and
    the same counted noun, two spans of one kind of event ("a week of violence" / "five days of
    rioting"), or two content words in common next to them ("just over a month remaining in
    office" / "39 days left in office"), or one verb right before two measures ("lasted just
    over 10 seconds" / "lasted around 30 seconds"), or one score or record written alike
    ("Indianapolis (10-5)" / "the Colts to 10-5"), or each report's first price of a deal ("will
    buy … for $13.9 billion" / "will acquire … for about $13 billion"), or two spans of time
    from a moment told of one deed that befalls a person once ("married two weeks before the
    shooting" / "married the deputy three weeks before he was murdered"). Facts are matched, not only sentences.
    Cost: O(q_a · q_b) over the figures of the two reports."""
    qa = [(i, q) for i in range(len(doc_a.sentences)) for q in doc_a.of(i, Quantity)]
    kinds: dict[tuple, list] = {}      # B's figures by (ordinal, dimension): only those of one kind meet
    for j, q in ((j, q) for j in range(len(doc_b.sentences)) for q in doc_b.of(j, Quantity)):
        kinds.setdefault((q.ordinal, to_base(q)[0]), []).append((j, q))
    out = set()
    for i, x in qa:
        lead_x, story_x = lead_measure(doc_a, i, x), story_measure(doc_a, x)    # (once a figure, not once a pair)
        for j, y in kinds.get((x.ordinal, to_base(x)[0]), ()):
            if (i, j) in compared or (i, j) in out:
                continue
            named = bool(x.counts and y.counts) and counts_match(x, y) == "strong"
            # two measures of one kind of event: "fell about 200m" / "falling 150 meters"
            measured = _measures(x, y) and event_evidence(doc_a, i, x, doc_b, j, y) >= t.event_tie
            if named or measured or one_thing_measured(doc_a, i, x, doc_b, j, y) or _lasted(x, y) or \
                    (lead_x and lead_measure(doc_b, j, y)) or \
                    (story_x and story_measures(doc_a, x, doc_b, y)) or \
                    (lead_price(doc_a, i, x) and lead_price(doc_b, j, y)) or \
                    _same_holder(doc_a, i, x, doc_b, j, y) or _one_span(x, y, t.span_units) or \
                    len(around(doc_a, i, x) & around(doc_b, j, y)) >= 2 or _tolls_meet(doc_a, i, x, doc_b, j, y) or \
                    _measured_alike(doc_a, i, x, doc_b, j, y) or _same_pair(x, y) or \
                    _spans_of_one_deed(doc_a, i, x, doc_b, j, y):
                out.add((i, j))
    return sorted(out)


def _sides_named(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Is one figure a result written as its two sides' names and points ("Creighton 65, Drake
    5": :data:`factcheck.facts.numbers.scores`) whose two names the other figure's sentence
    names too ("… Creighton's all-time scoring leader … defeated Drake 65-53")? Then both tell
    one game's result."""
    for doc, k, q, other, m in ((doc_a, i, x, doc_b, j), (doc_b, j, y, doc_a, i)):
        if q.unit != "score" or ", " not in q.text:
            continue
        s = doc.sentences[k]
        first = re.findall(r"[A-Z][\w'’\-]*", s.text[max(0, q.start - s.start - 40):q.start - s.start])
        second = re.findall(r"[A-Z][\w'’\-]*", q.text)
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", other.sentences[m].text)}
        if first and second and first[-1].lower() in words and second[-1].lower() in words:
            return True
    return False


def _names_after(doc: Doc, i: int, q: Quantity) -> bool:
    """Does a name follow the figure ("81st Academy Awards", "12th Doctor", "the 81st annual
    Oscars": ``data/numbers.toml`` ``edition_words``)?"""
    s = doc.sentences[i]
    words = s.text[q.end - s.start:q.end - s.start + 30].split()[:2]
    if words and words[0].lower() in EDITION_WORDS:
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _same_pair(x: Quantity, y: Quantity) -> bool:
    """One score, record or size written the same on both sides ("Indianapolis (10-5)" / "the
    Colts to 10-5", "deadlocked at 9-3" / "their 9-3 deadlock"): two figures at once, seldom
    alike by chance."""
    return x.unit in PAIRED_UNITS and x.unit == y.unit and (x.low, x.high) == (y.low, y.high)


def _other_parties(doc_a: Doc, i: int, doc_b: Doc, j: int, aliases: Optional[Aliases]) -> bool:
    """Do two sentences name parties, none of one side the other's by its aliases ("Dell …
    Perot Systems" / "HP … Electronic Data Systems")? A sentence that names none ("it will buy
    the outsourcing company") stands for the parties of its report's headline."""
    def parties(doc: Doc, k: int):
        head = next((h for h, s in enumerate(doc.sentences) if s.role is Role.HEADLINE), None)
        return doc.of(k, Entity) or (doc.of(head, Entity) if head is not None else [])
    ea, eb = parties(doc_a, i), parties(doc_b, j)
    return aliases is not None and bool(ea) and bool(eb) and \
        not any(aliases.relation(x.text, y.text) for x in ea for y in eb)


def _judge_pair(doc_a: Doc, i: int, x: Quantity, fx: Frame, doc_b: Doc, j: int, y: Quantity, fy: Frame, *,
                t: Thresholds, tolerance: float, aliases: Optional[Aliases], close: bool,
                require_counts: bool, aligned: bool = True, one_to_one: bool = False):
    """(match, verdict, reason, [rule that lowers the confidence]) for two figures, or the name of the rule that
    holds them back ("" for figures that are no candidates at all)."""
    match = counts_match(x, y)
    if match == "weak" and things_apart(doc_a, i, x, doc_b, j, y):
        return "number.different-things"       # "About 100 people" / "Hundreds of stores"
    if match is None and bool(x.counts) != bool(y.counts) and _same_slot(doc_a, i, x, doc_b, j, y):
        match = "slot"      # "now has 2,301 career points" / "now has 2,302 for his career"
    bare = match is None and bool(x.counts) != bool(y.counts) and (close or aligned) and one_to_one and \
        _same_stated(x, y) and _alone_of_value(doc_a, i, x) and _alone_of_value(doc_b, j, y) and \
        bool(around(doc_a, i, x, 1) & around(doc_b, j, y, 1) - {stem(x.counts or ""), stem(y.counts or "")})
    if bare and (close or (x.value or 0) >= t.bare_least):
        match = "bare"      # "drove 73 yards in 13 plays" / "a drive of 73 yards in 13": its noun left out once
    elif match is None and not (x.counts and y.counts) and (close or aligned) and one_to_one and \
            _parallel(doc_a, i, x, doc_b, j, y):
        match = "bare"      # "two of the gunmen fled … three men were arrested" / "two … got away … the remaining three"
    if match is None and x.counts and y.counts and (stem(y.counts) in _coordinated(doc_a, i, x) or
                                                    stem(x.counts) in _coordinated(doc_b, j, y)):
        match = "related"   # "about 1,500 houses and buildings" / "more than 300 buildings"
    if match is None and x.ordinal and y.ordinal and x.value == y.value and (x.value or 0) >= t.rare_ordinal \
            and _names_after(doc_a, i, x) and _names_after(doc_b, j, y):
        match = "strong"    # "the 81st Academy Awards" / "the 81st Oscars": an edition's number, seldom shared by chance
                            # (not "the 12th minute" / "his 12th goal")
    if match is None and _tolls_meet(doc_a, i, x, doc_b, j, y, fx, fy):
        match = "strong"    # "more than 640 Palestinians killed" / "taken more than 600 lives"
    if match is None and close and _one_group(doc_a, i, x, doc_b, j, y):
        match = "related"   # "four men rammed a car" / "four robbers who rammed a car": one group counted alike
    stood = match == "weak" and stood_alike(doc_a, i, x, doc_b, j, y)    # "turnout reached" / "turnout was"
    if match == "weak" and (stood or _same_holder(doc_a, i, x, doc_b, j, y)):
        match = "strong"                        # one boxer's or one team's record; one thing's share
    story = story_measures(doc_a, x, doc_b, y)      # each report's magnitude of its story's quake
    if match == "weak" and ((lead_measure(doc_a, i, x) and lead_measure(doc_b, j, y)) or story):
        match = "strong"                        # each report's first magnitude: the story's quake
    priced = _currency(x) and lead_price(doc_a, i, x) and lead_price(doc_b, j, y) and \
        not _other_parties(doc_a, i, doc_b, j, aliases)      # ("Dell is buying Perot Systems for $3.9 billion": another deal)
    if match == "weak" and priced:
        match = "strong"                        # each report's first price of the deal: the story's price
    elif another_event(doc_a, i, x, doc_b, j, y):
        return "number.another-quake"           # "a 3.8 aftershock" / "the 6.1 quake"
    # what a share or a size measures tells two things apart ("16GB of RAM" / "a 256GB SSD");
    # the same words say less ("62 percent of registered voters" turned out, "35 percent of
    # voters" named crime): they pair sentences (:func:`figure_pairs`), the match stays weak
    if match == "weak" and same_measured(doc_a, i, x, doc_b, j, y) is False and x.value != y.value and not close \
            and not _currency(x):               # (a "deal" is a "contract")
        return "number.other-measure"
    if match is None:
        # (a small figure with its noun left out once, in sentences aligned but not close: "two"
        # stands everywhere)
        return "number.bare-small" if bare else "number.different-things"
    if _one_model(doc_a, i, x, doc_b, j, y):
        match = "strong"                # "seven AK-47 assault rifles" / "12 AK 47 guns": one model
    elif match == "strong" and _named_apart(doc_a, i, x, doc_b, j, y):
        return "number.named-apart"     # "Nine assault rifles" / "7 AK-47 rifles … and 3 machine guns"
    if x.unit == y.unit == "times":
        va, vb = _actions(doc_a, i, x), _actions(doc_b, j, y)
        if va and vb and not va & vb:
            return "number.different-actions"   # "shot Flynn twice" / "called Flynn several times"
    if _currency(x) and _currency(y) and aliases is not None:
        pa, pb = _payer(doc_a, i, x), _payer(doc_b, j, y)
        if pa and pb and not aliases.relation(pa, pb) and not _names(doc_b, j, pa, aliases) and \
                not _names(doc_a, i, pb, aliases):
            return "number.different-owner"    # "the Nationals have offered … $160 million" / "the Red Sox offered … $200MM"
    if x.magnitude != y.magnitude and _periods_apart(doc_a, i, x, doc_b, j, y):
        return "number.different-periods"       # "13 homers … in 54 games" / "33 homers in a combined 157 games"
    if x.magnitude != y.magnitude and (x.counts or "").lower() not in PERIOD_NOUNS and scopes_apart(doc_a, i, doc_b, j):
        return "number.different-scope"         # "Since Week 11, … 498 rushing yards" / "548 rushing yards … this season"
    if x.magnitude != y.magnitude and _spans_in_roles_apart(doc_a, i, x, doc_b, j, y):
        return "number.span-in-role"            # "spent four seasons as Director of Player Personnel" / "19 seasons with the 76ers"
    if x.magnitude != y.magnitude and _other_ones(doc_a, i, x) != _other_ones(doc_b, j, y):
        return "number.other-ones"              # "two other rifles" / "3 machine guns"
    if x.ordinal and match != "strong" and close and one_to_one and x.value == y.value and (x.value or 0) >= 2 and \
            (after := _next_word(doc_a, i, x)) and after == _next_word(doc_b, j, y):
        match = "bare"          # "in the fourth quarter" / "early in the fourth quarter": one position, the same
                                # word after it ("fourth round" is another); not "first", which says little
                                # ("for the first time"); one sentence pair alike (``one_to_one``: not a group)
    if x.ordinal and match not in ("strong", "bare"):
        return "number.ordinal-unclear"
    if require_counts and match != "strong":
        return ""
    if _converted(doc_a, i, x) or _converted(doc_b, j, y):
        return "number.conversion"              # "US$1 million (A$1.52 million)": one figure in two currencies
    if _measures(x, y):
        mx, my = measured(doc_a, i, x), measured(doc_b, j, y)
        if mx and my and mx != my:
            return "number.other-measure"       # "a depth of 10 kilometers" / "55 kilometers from the town"
    rule = None if x.counts == "age" else frame_conflict(fx, fy, aliases)   # an age belongs to a person, not an event
    soft = []
    if rule in SOFT_FRAMES and x.value is not None and x.value == y.value and match in ("strong", "slot", "related"):
        # the same figure of the same thing: a place, an owner or a nationality read on one side
        # only makes it less sure ("13 offices in the US and the UK" / "13 offices worldwide")
        soft, rule = ["number.one-side-frame"], None
    if rule:
        return rule
    result = compare_quantities(x, y, tolerance=tolerance, t=t)
    if result is None:
        return ""
    verdict, reason = result
    if (verdict is Verdict.COMPATIBLE or reason == THROUGH_BOUND) and _far_through_bound(x, y, t):
        # (the other a figure or an estimate, not a bound of its own: "up to 40 seconds" may be 12)
        near = next((q.qualifier for q, other in ((x, y), (y, x)) if (q.qualifier or "").lower() in NEAR_BOUNDS
                     and other.low is not None and other.high is not None), None)
        if near is None:
            return "number.far-through-bound"   # "at least three" (killed) / "tens of thousands" (marched)
        # a bound that stays near its figure: "lasted just over 10 seconds" / "around 30 seconds"
        verdict, reason = Verdict.DIFFERS, f"'{near}' stays near its figure; the other is {t.bound_far:g} times or more beyond it"
    factors = list(soft)
    named = _named_ages(doc_a, i, x, doc_b, j, y)    # two ages of people named next to them are tied anywhere
    # one thing each report counts once: the figures are tied wherever they stand
    one_toll = verdict.rank >= Verdict.DIFFERS.rank and match == "strong" and _one_toll(doc_a, i, x, fx, doc_b, j, y, fy)
    sole = one_toll or (verdict.rank >= Verdict.DIFFERS.rank and match == "strong"
                        and _sole_count(doc_a, i, x, fx, doc_b, j, y, fy))
    # two durations of one deed with a unit slipped (read once, for the three rules it sets aside)
    slip = verdict.rank >= Verdict.DIFFERS.rank and _unit_slip(doc_a, i, x, doc_b, j, y, t.unit_slip)
    # two measures right after one verb: one deed measured twice ("lasted just over 10 seconds" / "lasted around 30")
    # (or two spans of time from a moment, told of one kind of deed: "married two weeks before …")
    spans = verdict.rank >= Verdict.DIFFERS.rank and _spans_of_one_deed(doc_a, i, x, doc_b, j, y)
    # each report's measure of the story's quake, wherever it stands ("A 4.4 quake is on the large
    # side" / "a preliminary magnitude of 4.6"): tied like the story's price
    led = verdict.rank >= Verdict.DIFFERS.rank and story
    alike = verdict.rank >= Verdict.DIFFERS.rank and (priced or led or spans or _measured_alike(doc_a, i, x, doc_b, j, y))
    if verdict.rank >= Verdict.DIFFERS.rank:
        if (match == "weak" and not _share_of_one_place(doc_a, i, x, doc_b, j, y, aliases)
                and not _dated_alike(doc_a, i, doc_b, j) and not slip and not alike) or \
                (match == "related" and not _lasted(x, y)):
            factors.append("number.loose-match" if match == "weak" else "number.related-nouns")
        if x.counts == "age":
            if not _same_person(doc_a, i, x, doc_b, j, y, aliases) and not left_alone(doc_a, i, x, doc_b, j, y):
                return "number.age-of-another"      # "her 12-year-old daughter" / "the 48-year-old victim"
            told = _years_told(doc_a, i, doc_b, j)
            if told is not None and abs((x.magnitude or 0) - (y.magnitude or 0)) <= told + 1:
                return "number.age-other-year"      # "Felt, 92, told CNN in 2006" / "in 2005, at the age of 91"
            years = years_apart(doc_a, doc_b)
            if years is not None and 0 < abs((x.magnitude or 0) - (y.magnitude or 0)) <= years + 1:
                verdict, reason = Verdict.COMPATIBLE, reason + f"; the reports are {years} years apart"
            elif not close and not named and len(around(doc_a, i, x) & around(doc_b, j, y)) < 3:
                return "number.age-of-another"      # one person's ages in sentences about other moments
            elif years is None and verdict is Verdict.CONFLICT:
                verdict, reason = Verdict.DIFFERS, reason + "; the reports' dates are unknown, and ages change"
    if verdict.rank >= Verdict.DIFFERS.rank and x.counts in GENERIC_COUNTS and not (fx.event and fx.event == fy.event):
        factors.append("number.generic-count")       # "300 people" and "50 people": people doing what?
    if verdict.rank >= Verdict.DIFFERS.rank and stem(x.counts or "") in RELATIONAL and not (fx.owner and fy.owner):
        factors.append("number.members-of-what")     # "about 400 members" / "about 700 members": of what?
    if verdict.rank >= Verdict.DIFFERS.rank and x.unit in ("score", "record") and not (fx.owner and fy.owner) \
            and not _same_holder(doc_a, i, x, doc_b, j, y) and not _sides_named(doc_a, i, x, doc_b, j, y):
        return "number.another-game"      # "9-14" this season / "88-72" on Friday: which game, whose record?
    if verdict.rank >= Verdict.DIFFERS.rank and not aligned and not named and not (fx.owner and fy.owner) \
            and match != "slot" and not sole and not priced and not led and not spans:   # the words before the figures tie them where the sentences do not
        factors.append("number.unaligned")   # a district's toll and the whole toll sit in other sentences
    if verdict.rank >= Verdict.DIFFERS.rank and (_adds_up(doc_a, i, x, y) or _adds_up(doc_b, j, y, x)):
        verdict, reason = Verdict.COMPATIBLE, "a breakdown of the other figure: its parts add up to it"
    tempered = _temper((verdict, reason), doc_a, i, x, fx, doc_b, j, y, fy, close, sole or alike, slip=slip,
                       counted_once=sole and not one_toll and not alike)
    if isinstance(tempered, str):
        return tempered
    verdict, reason, more = tempered
    if verdict.rank >= Verdict.DIFFERS.rank and not _attribute(doc_a, i, x) and other_times(doc_a, i, doc_b, j) \
            and not (fx.running and fy.running and _same_subject(doc_a, i, doc_b, j)) \
            and not _own_kin(doc_a, i, x, doc_b, j, y) \
            and not _sides_named(doc_a, i, x, doc_b, j, y):   # a career total is no game's, nor a person's wives;
                                                                # one game's result is the game
        return "number.different-dates"     # (one person's age does not change between two days of the story)
    if doc_a is doc_b and verdict is Verdict.CONFLICT:
        verdict, reason = Verdict.DIFFERS, reason + "; the report gives both"
    if verdict is Verdict.CONFLICT and x.unit in DURATIONS and y.unit in DURATIONS and x.counts != "age" \
            and (x.counts and y.counts or _measures(x, y)) and not _anchored(x, y) \
            and not (_planned(doc_a, i, x) or _planned(doc_b, j, y)) and not slip \
            and not (_from_point(doc_a, i, x, ago=False) and _from_point(doc_b, j, y, ago=False)):
        # "eight days of riots" / "five days of riots": an event still going on, counted on
        # different days; reports dated the same day count it alike
        days, mx, my = days_apart(doc_a, doc_b), _size(x), _size(y)
        if days and mx is not None and my is not None and abs(mx - my) / 86400 <= days + 1:
            verdict, reason = Verdict.COMPATIBLE, reason + f"; the reports are {days} days apart"
        elif days != 0:
            verdict, reason = Verdict.DIFFERS, reason + "; an ongoing event may be counted on different days"
            more = more + ["number.ongoing"]
    if match == "related" and verdict.rank < Verdict.DIFFERS.rank and verdict is Verdict.AGREE:
        verdict, reason = Verdict.COMPATIBLE, "the same figure, for things named differently"
    return match, verdict, reason, factors + more


# how much each kind of counted-noun match says that two figures are one fact ("slot": one side
# leaves the counted thing unsaid after the same two words as the other, :func:`_same_slot`;
# "bare": one side leaves it unsaid, the same figure in closely aligned sentences)
NOUN_EVIDENCE = {"strong": 0.55, "slot": 0.4, "related": 0.3, "bare": 0.2, "weak": 0.15}


COMPANION_EVIDENCE = 0.35
# how much two spans of time from a moment told of one deed a person does once (a wedding, a
# death, a resignation) say that two figures are one fact, wherever the sentences stand
ONE_DEED_EVIDENCE = 0.2


def _value_evidence(x: Quantity, y: Quantity, span_units: int = Thresholds.span_units) -> float:
    """The same stated figure on both sides says they may be one fact; more for a figure that
    is not a common small number ("26", "$334 million", "2,000ft" more than "two")."""
    if x.unit in PAIRED_UNITS:
        return 0.45 if (x.low, x.high) == (y.low, y.high) else 0.0     # "9-14" in both: one team's record
    if x.value is None or x.value != y.value:
        return 0.35 if _one_span(x, y, span_units) else 0.0     # "more than 30 years" / "more than three decades"
    return 0.35 if abs(x.value) >= 10 or x.value != int(x.value) or x.unit else 0.15


def _confidence(x: Quantity, fx: Frame, y: Quantity, fy: Frame, match: str, verdict: Verdict, score: float,
                aligned: bool, factors: list[str], shared: int = 0, tied: bool = False,
                span_units: int = Thresholds.span_units) -> float:
    """How sure the tool is that two figures state one fact: the sentences' similarity, what
    the figures count, whose they are or what happened (``tied``: two ages of one person named
    with both, one career total, one deed measured after one verb), the words next to them
    (``shared`` content words), and (for an agreement) the same figure; each factor of a rule
    that makes it less sure lowers it."""
    frame_evidence = 0.4 if (fx.owner and fy.owner) or _lasted(x, y) or _one_span(x, y, span_units) or tied else \
        0.3 if (fx.event and fx.event == fy.event) else 0.0
    value = _value_evidence(x, y, span_units) if verdict.rank < Verdict.DIFFERS.rank else 0.0
    confidence = combine(sentence_evidence(score, aligned), NOUN_EVIDENCE[match], frame_evidence, value,
                         context_evidence(shared))
    confidence = lowered_all(confidence, factors)
    return confidence


def number_finding(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity,
                   verdict: Verdict, reason: str, confidence: float = 1.0, lowered: Sequence[str] = ()) -> Finding:
    """A number finding whose message names who claims each figure; its detail gives the two
    intervals and the rules that ``lowered`` its confidence."""
    msg = f"{who(doc_a, i)}: {as_written(doc_a, i, x)}; {who(doc_b, j)}: {as_written(doc_b, j, y)} — {reason}"
    detail = "; ".join(filter(None, (f"{_describe(x)} {_interval(x)} vs {_describe(y)} {_interval(y)}",
                                     lowered_by(lowered))))
    return Finding("number", verdict, side(doc_a, i, x), side(doc_b, j, y), msg, confidence, detail, tuple(lowered))


def figure_at(doc: Doc, at: Side) -> Optional[Quantity]:
    """The figure a finding's side was made from (its own span)."""
    return next((q for q in doc.of(at.sentence, Quantity) if (q.start, q.end) == (at.start, at.end)), None)
