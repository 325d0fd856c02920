"""Dates and times of aligned sentences."""
from __future__ import annotations

import calendar
import dataclasses
import re
from collections import Counter
from typing import Optional

from rapidfuzz.distance import Indel

from ..facts.dates import HEDGE_WORDS, extract_times
from ..lexicon import CLAIM_VERBS, GENERIC, PREPOSITIONS, alternation, data
from ..model import Entity, Finding, Quote, Sentence, Side, TimeFact, Verdict
from ..settings import Thresholds
from ..text import STOPWORDS, fold, fold_key, stem
from .doc import Doc, around, outside, side, span_side
from .events import background, event_evidence, event_of, events_in, one_of_several, sole_event
from .rules import Out, combine, context_evidence, lowered_all, lowered_by, sentence_evidence
from .times import DEADLINES, alike, clock_gap, known_fields, relate_times, telling



def date_findings(doc_a: Doc, ia, doc_b: Doc, ib, *, t: Thresholds, out: Out, score: float = 1.0,
                  aligned: bool = True) -> None:
    """Times of sentences ``ia`` (of A) and ``ib`` (of B), each paired with the other side's time
    it agrees with best. A conflict needs one time in each of the two sentences (rule
    ``date.several-times``) and times that can date the event (not inside a quote, not a date
    line: rule ``date.not-event-time``); in sentences not close enough to be sure of one event
    (below ``t.date_close``, rule ``date.loose-alignment``) or with a time that may date only
    the telling ("officials said Saturday", rule ``date.telling-time``) it says ``differs`` at
    a lower confidence, since news often dates two events in one sentence pair. It must also show
    in the words: a clash that only the publication dates make ("today" / "Tuesday", "this
    afternoon" / "Monday afternoon") takes the verdict of the times as written, or ``differs``;
    and two weekdays or parts of a day clash only in sentences worded nearly alike around them
    (similarity ≥ ``t.date_near``: "died on Saturday" / "died on Friday"), otherwise
    ``differs``. Calendar dates and years ("1969" / "1970") keep the conflict. A day counted
    from an unknown publication date ("yesterday") against a weekday is ``compatible``, at a
    lower confidence: the tool cannot check it; a time the words relate is preferred to it as a
    partner."""
    ta = [(i, x) for i in ia for x in doc_a.of(i, TimeFact)]
    tb = [(j, y) for j in ib for y in doc_b.of(j, TimeFact)]
    used = set()
    rels = {(id(x), id(y)): relate_times(x, y) for _, x in ta for _, y in tb}     # (each pair related once)
    restating = _restating(doc_a, ta, tb, rels)
    for i, x in ta:
        best = None
        agreeing = []
        for j, y in tb:
            if id(y) in used:
                continue
            rel = rels[id(x), id(y)]
            checked = rel is not None
            rel = rel or _unchecked(doc_a, x, doc_b, y)
            if rel is None or (rel[0].rank >= Verdict.DIFFERS.rank and
                               _restated_by_another(doc_a, i, x, doc_b, j, y, restating.get(id(y), ()))):
                continue
            if (rel[0] is Verdict.AGREE or (checked and rel[0] is Verdict.COMPATIBLE and _same_verb(doc_a, i, x, doc_b, j, y))) \
                    and all(k != j for _, _, k, _ in agreeing):
                agreeing.append((rel[0], rel[1], j, y))     # ("arrested Wednesday" / "arrested Wednesday morning")
            # a time the words relate comes before one only the publication dates could relate:
            # "3pm on Monday" meets "3pm on Tuesday", not "yesterday"
            if best is None or (not checked, rel[0].rank) < (not best[4], best[0].rank):
                best = (rel[0], rel[1], j, y, checked)
        if best is None:
            continue
        verdict, reason, j, y, _ = best
        best = best[:4]
        # a day agrees with each sentence of the other side that restates it ("announced
        # Wednesday" / "announced it on Wednesday" and "placed on injured reserve on Wednesday"),
        # or states it more precisely after the same verb ("arrested Wednesday morning")
        partners = [best] + ([p for p in agreeing if p[2] != j] if verdict is Verdict.AGREE else [])
        for n, (verdict, reason, j, y) in enumerate(partners):
            if _date_finding(doc_a, i, x, doc_b, j, y, verdict, reason, ta, tb, t=t, out=out, score=score,
                             aligned=aligned) and (n == 0 or verdict is Verdict.AGREE):
                used.add(id(y))     # (a time stated more precisely stays free for its own partner)


def _restating(doc_a: Doc, ta: list, tb: list, rels: dict) -> dict[int, list]:
    """For each time of B (by ``id``), the times of A that state it exactly, (sentence, time),
    the same fields stated (not "7 p.m." for "7 p.m. Wednesday", which agrees), not schedules ("every Thursday"); ``rels``: :func:`.times.relate_times` of each pair.
    Cost: O(t_a · t_b)."""
    out: dict[int, list] = {}
    fields = {id(x): known_fields(x) for _, x in ta + tb}
    for j, y in tb:
        for i, z in ta:
            rel = rels[id(z), id(y)]
            if rel is not None and rel[0] is Verdict.AGREE and fields[id(z)] == fields[id(y)] and \
                    not _recurring(doc_a, i, z):
                out.setdefault(id(y), []).append((i, z))
    return out


def _restated_by_another(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact, restating) -> bool:
    """Does another time of ``x``'s side state ``y`` exactly (``restating``: :func:`_restating`'s
    list for ``y``), told of ``y``'s event as much as ``x`` is? Then ``y`` is that time's
    partner, not a time to set against ``x``: in a lead restated in two sentences ("In 2002,
    she became president …" and "… elected to the board in 1995") against one ("in 1995 she
    was elected to the board"), 1995 meets 1995, and 2002 is not set against it. A time of
    another event keeps the clash ("arrested … on Friday, a day after he was questioned about
    the shooting on Thursday" / "arrested … on Thursday")."""
    ey, ex = event_of(doc_b, j, y), event_of(doc_a, i, x)
    return any(z is not x and not (ey is not None and ex == ey and event_of(doc_a, k, z) != ey)
               for k, z in restating)


def _one_of_several(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact) -> bool:
    """Is one time told of one of several events of a kind ("The first quake", "another
    blast") and the other not, or of another of them ("the second quake")? Then two times date
    two events more often than one event twice."""
    sa, sb = one_of_several(doc_a, i, x), one_of_several(doc_b, j, y)
    return (sa is not None or sb is not None) and sa != sb


def own_day(doc: Doc, i: int, x: TimeFact) -> bool:
    """Is ``x`` a full date, written out ("14 October 2011", not a weekday the publication
    date resolves), that is its report's own publication date, given for "today" ("announced
    today (14 October 2011)")? Two such dates are each report's own day, not one event's."""
    written = next(extract_times(x.text), x)
    return doc.published is not None and None not in (written.year, written.month, written.day) and \
        (written.year, written.month, written.day) == (doc.published.year, doc.published.month, doc.published.day) \
        and re.search(r"\btoday\W*$", _before(doc, i, x), re.I) is not None


def _restated(doc: Doc, i: int, x: TimeFact) -> bool:
    """Is time ``x`` of sentence ``i`` in brackets right after another time: the same moment on
    another clock or calendar ("at about 3pm on Tuesday (12am yesterday)")?"""
    s = doc.sentences[i]
    before = s.text[:x.start - s.start].rstrip()
    if not before.endswith("("):
        return False
    end = s.start + len(before[:-1].rstrip())
    return any(z.end == end for z in doc.of(i, TimeFact) if z is not x)


def _held(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact, verdict: Verdict, deadline: bool) -> str:
    """The rule that holds two times back before anything else is weighed, or "": a schedule
    dates no event ("releases patches on the second Tuesday of each month" / "the fix was
    released on Tuesday" agree on nothing); two days something was put off until that nothing
    ties (``deadline``: :func:`_deadlines_tied`) are two things' days."""
    if verdict.rank < Verdict.DIFFERS.rank and (_recurring(doc_a, i, x) or _recurring(doc_b, j, y)):
        return "date.recurring"
    if verdict is Verdict.CONFLICT and x.qualifier and x.qualifier == y.qualifier in DEADLINES and not deadline:
        return "date.other-deadlines"
    return ""


def _date_finding(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact, verdict: Verdict, reason: str,
                  ta: list, tb: list, *, t: Thresholds, out: Out, score: float, aligned: bool) -> bool:
    """One pair of times, judged: a finding (True), or the rule that holds it back (False:
    the other side's time stays free for another partner)."""
    lowered = []
    # one thing put off until two days: "put off that testimony until Wednesday" / "… until Monday"
    deadline = _deadlines_tied(doc_a, i, x, doc_b, j, y)
    held = _held(doc_a, i, x, doc_b, j, y, verdict, deadline)
    if held:
        out.skip(held, "date", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}: {_unsaid(reason, x, y)}")
        return False
    # the story's one date of an event in each report, or the one weekday each report names at
    # all, confirms an agreement; a clash between two such dates was most often two events to
    # an editor (a shooting on Friday, the charge on Saturday)
    tied = verdict.rank < Verdict.DIFFERS.rank and (one_event_time(doc_a, i, x, doc_b, j, y, t) or
                                                   story_days(doc_a, i, x, doc_b, j, y) or
                                                   one_calendar_day(doc_a, i, x, doc_b, j, y) or
                                                   one_clock_time(doc_a, i, x, doc_b, j, y, t))
    event = max(event_evidence(doc_a, i, x, doc_b, j, y), t.event_tie if tied or deadline else 0.0)
    shared = len(around(doc_a, i, x) & around(doc_b, j, y))
    same_clock = x.hour is not None and (x.hour, x.minute) == (y.hour, y.minute)
    # two clock times whose neighbouring words say what happened ("in a marked crosswalk at about
    # 9 p.m. when a car knocked" / "… about 7 p.m. when a vehicle knocked"), one past verb before
    # two days in close sentences ("released on Tuesday" / "released Wednesday"), one thing put off
    worded_alike = (x.hour is not None and y.hour is not None and shared >= t.date_words) or \
        (score >= t.date_close and _same_verb(doc_a, i, x, doc_b, j, y)) or deadline or \
        _one_action(doc_a, i, x, doc_b, j, y, t.date_words)
    if verdict is Verdict.CONFLICT:
        # several times in a sentence: which dates which event? Unless one kind of event with
        # a name in common ties the two ("fired last Thursday" / "fired … last Saturday")
        # (only times that could be the other's partner count: "in 2001 … on Monday" holds one
        # weekday; and two times of one clock, "3pm on Monday" / "3pm on Tuesday", are tied)
        # (a time in brackets after another, "3pm on Tuesday (12am yesterday)", restates it)
        rivals_a = sum(k == i and relate_times(z, y) is not None and not _restated(doc_a, k, z) for k, z in ta)
        rivals_b = sum(k == j and relate_times(x, z) is not None and not _restated(doc_b, k, z) for k, z in tb)
        several = (rivals_a > 1 or rivals_b > 1) and event < t.event_tie and not same_clock
        dated = {_dates_event(doc_a, i, x, t), _dates_event(doc_b, j, y, t)}
        rule = ("date.recurring" if _recurring(doc_a, i, x) or _recurring(doc_b, j, y) else
                "date.several-times" if several else "date.not-event-time" if False in dated else None)
        if rule:
            out.skip(rule, "date", side(doc_a, i, x), side(doc_b, j, y),
                     f"{x.text} / {y.text}: {_unsaid(reason, x, y)}")
            return False
        written = _as_written(doc_a, i, x, doc_b, j, y, reason, t.date_near)
        if written is None or (own_day(doc_a, i, x) and own_day(doc_b, j, y)):
            # (each its own report's date: "announced today (14 October 2011)" / "… today (20 October 2011)")
            out.skip("date.only-publication-dates", "date", side(doc_a, i, x), side(doc_b, j, y),
                     f"{x.text} / {y.text}: {_unsaid(reason, x, y)}")
            return False
        verdict, reason = written
        if verdict is Verdict.CONFLICT and score < t.date_close and not worded_alike:
            # rule date.loose-alignment: sentences paired loosely may date two events
            verdict, reason = Verdict.DIFFERS, reason + "; the sentences are only loosely alike"
            lowered.append("date.loose-alignment")
        elif verdict is Verdict.CONFLICT and _TELLING in dated:
            # rule date.telling-time: "said Tuesday it was overturning" dates the telling
            verdict, reason = Verdict.DIFFERS, reason + "; one dates when it was said"
            lowered.append("date.telling-time")
    if verdict.rank >= Verdict.DIFFERS.rank and _one_of_several(doc_a, i, x, doc_b, j, y):
        lowered.append("date.one-of-several")   # "The first quake … struck at 4:43 a.m." / "The quake struck … at 7:48 a.m."
    named = NAME_EVIDENCE if verdict.rank < Verdict.DIFFERS.rank and shared_names(doc_a, i, doc_b, j) else 0.0
    confidence = combine(sentence_evidence(score, aligned), _value_evidence(x, y, verdict),
                         context_evidence(shared), event, named)
    if reason.endswith(_UNCHECKED) and event < t.event_tie:
        lowered.append("date.unchecked")
    if reason.endswith(_OTHER_EVENTS) and not same_clock and not worded_alike:
        # (not for clock times worded alike: "the call came in at 3:30 a.m." / "a call came in
        # … at 3:33 a.m."; two weekdays so worded may still be a verdict and an arraignment;
        # nor for one clock time on two days: "3pm on Monday" / "3pm on Tuesday")
        lowered.append("date.other-events")     # "charged Saturday" / "shot Friday"
    elif reason.endswith(_OTHER_EVENTS):
        reason = reason[:-len(_OTHER_EVENTS)] + ("; the same clock time" if same_clock else "; worded alike")
    if reason.endswith(_OTHER_WEEK):
        lowered.append("date.other-week")       # "on Tuesday" / "on Tuesday" in reports dated a week apart
    confidence = lowered_all(confidence, lowered)
    reason = _unsaid(reason, x, y)
    out.find(Finding("date", verdict, side(doc_a, i, x), side(doc_b, j, y),
                     f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — {reason}", confidence, lowered_by(lowered), tuple(lowered)))
    return True


def dateline_findings(doc_a: Doc, line_a: Optional[tuple[int, int]], doc_b: Doc, line_b: Optional[tuple[int, int]], *,
                      t: Thresholds, out: Out) -> None:
    """Two reports dated the same day by their date lines (``line_a``, ``line_b``: where each
    states its date): an agreement an editor checks first ("Feb 29, 2012" / "February 29,
    2012"). Reports dated apart are no discrepancy (a later report), and no finding."""
    if not (line_a and line_b and doc_a.published and doc_a.published == doc_b.published):
        return
    sides = []
    for doc, (start, end) in ((doc_a, line_a), (doc_b, line_b)):
        k = next((k for k, s in enumerate(doc.sentences) if s.start <= start and end <= s.end), None)
        if k is None:
            return
        sides.append(span_side(doc, k, start, end))
    day = doc_a.published
    out.find(Finding("date", Verdict.AGREE, sides[0], sides[1],
                     f"{doc_a.id}: {sides[0].text}; {doc_b.id}: {sides[1].text} — both reports are dated "
                     f"{day.day} {calendar.month_name[day.month]} {day.year}", t.dateline_confidence))


def date_pairs(doc_a: Doc, doc_b: Doc, compared: set, *, t: Thresholds = Thresholds()) -> list[tuple[int, int]]:
    """Sentence pairs not yet compared whose times look like one fact: the same time stated
    ("on Thursday thwarted" / "on Thursday foiled") with two content words in common next to
    them, one calendar day for one kind of event ("sentencing is set for … Nov. 8" / "his
    sentencing is scheduled for November 8"), any two related times of one kind of event
    with a name in common ("Bettie Page passed away yesterday" / "Bettie Page died Thursday"),
    or one calendar day each report names once (:func:`one_calendar_day`).
    Cost: O(t_a · t_b) over the times of the two reports."""
    ta = [(i, x) for i in range(len(doc_a.sentences)) for x in doc_a.of(i, TimeFact)]
    tb = [(j, y) for j in range(len(doc_b.sentences)) for y in doc_b.of(j, TimeFact)]
    out = set()
    for i, x in ta:
        for j, y in tb:
            if (i, j) in compared or (i, j) in out:
                continue
            rel = relate_times(x, y)
            if rel and rel[0] is Verdict.COMPATIBLE:
                rel = _same_day(x, y) or rel
            if rel and rel[0] is Verdict.AGREE and (len(around(doc_a, i, x, 10) & around(doc_b, j, y, 10)) >= 2
                                                     or shared_names(doc_a, i, doc_b, j)):
                out.add((i, j))
            elif rel and rel[0] is Verdict.AGREE and None not in (x.day, x.month, y.day, y.month) and \
                    event_evidence(doc_a, i, x, doc_b, j, y) >= t.calendar_tie:
                out.add((i, j))     # one calendar day for one kind of event: "sentencing is set for 11 a.m.
                                    # Nov. 8" / "his sentencing is scheduled for November 8"
            elif (rel or _unchecked(doc_a, x, doc_b, y)) and event_evidence(doc_a, i, x, doc_b, j, y) >= t.event_tie:
                out.add((i, j))
            elif rel and rel[0].rank < Verdict.DIFFERS.rank and one_event_time(doc_a, i, x, doc_b, j, y, t):
                out.add((i, j))
            elif rel and _deadlines_tied(doc_a, i, x, doc_b, j, y):
                out.add((i, j))     # "put off that testimony until Wednesday" / "postponing … testimony until Monday"
            elif rel and rel[0] is Verdict.AGREE and one_calendar_day(doc_a, i, x, doc_b, j, y):
                out.add((i, j))     # "the scene on May 29" / "shot on the night of May 29th": the one May 29 of each
            elif rel and rel[0].rank < Verdict.DIFFERS.rank and one_clock_time(doc_a, i, x, doc_b, j, y, t):
                out.add((i, j))     # "shortly after 3 p.m." / "at about 3 p.m.": the one such moment of each
            elif rel and rel[0] is Verdict.AGREE and one_calendar_month(doc_a, i, x, doc_b, j, y):
                out.add((i, j))     # "killing a mother of 12 in Oct. 2011" / "shot and killed in October 2011"
            elif rel and rel[0] is Verdict.AGREE and one_odd_minute(doc_a, i, x, doc_b, j, y, t):
                out.add((i, j))     # "occurred at 2:09 a.m." / "shaken at 2:09 a.m. Thursday"
    # "Sunday's quake" / "shook southern Iran on Sunday": each report's one day, at its first mention
    first_a, first_b = _first_weekday(doc_a), _first_weekday(doc_b)
    if first_a and first_b and first_a[1].weekday == first_b[1].weekday and (first_a[0], first_b[0]) not in compared:
        rel = relate_times(first_a[1], first_b[1])
        if rel and rel[0] is Verdict.AGREE:
            out.add((first_a[0], first_b[0]))
    return sorted(out)


def _same_day(x: TimeFact, y: TimeFact) -> Optional[tuple[Verdict, str]]:
    """For pairing, two compatible times, a day told with its clock time and the same day told
    without one ("10 a.m. Monday" / "Monday", "around 7 p.m. Friday" / "Friday night"), are the
    same time: the relation of the two days with the clocks and parts of the day left off, when
    it is ``agree``; otherwise None. (Called for times :func:`relate_times` finds compatible:
    "11 p.m. Thursday" / "Thursday morning" clash and stay apart.)"""
    if (x.hour is None) == (y.hour is None) or (x.day is None and x.weekday is None):
        return None
    bare = {"hour": None, "minute": None, "part": None, "zone": None, "approximate": False}
    rel = relate_times(dataclasses.replace(x, **bare), dataclasses.replace(y, **bare))
    return rel if rel and rel[0] is Verdict.AGREE else None


def one_calendar_day(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact) -> bool:
    """Are ``x`` and ``y`` one calendar day (a day of a month; the year, when both give one),
    not a bound, each the only day of that month and day its report names in its content
    sentences, and not dated to two kinds of event ("arrested on Dec. 3" / "sentencing is
    scheduled for December 3")? A day written once in each of two reports of one story is most
    often the day of one thing ("the hectic scene on May 29" / "shot on the night of May 29th"),
    wherever the two sentences stand; a year on one side only does not part them. Cost: O(1)
    after one pass over each report's times (remembered per report)."""
    if None in (x.day, x.month, y.day, y.month) or (x.month, x.day) != (y.month, y.day) or x.qualifier or y.qualifier:
        return False
    if x.year is not None and y.year is not None and x.year != y.year:
        return False
    if _days_named(doc_a)[(x.month, x.day)] != 1 or _days_named(doc_b)[(y.month, y.day)] != 1:
        return False
    ea, eb = event_of(doc_a, i, x), event_of(doc_b, j, y)
    return ea is None or eb is None or ea == eb     # ("arrested on Dec. 3" / "sentencing is scheduled for December 3")


def one_clock_time(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact, t: Thresholds) -> bool:
    """Are ``x`` and ``y`` clock times that agree ("shortly after 3 p.m." / "at about 3 p.m.",
    "at about 9:30 a.m." / "approximately 9:27 a.m."), at most ``t.clock_tie`` minutes apart as
    written ("shortly after 3 p.m." / "at about 3:30 p.m." are not tied so), in one time zone
    as written, each the one moment its report gives a clock time for, in content sentences
    not about an earlier event, neither a deadline ("until 2 p.m."), a report's state at a
    time ("as of 11 p.m."), a time to come ("will hold a news conference at 11 a.m.") nor in a
    quote, and not in clauses that name two different kinds of event ("the crash happened at
    3:50 p.m." / "fire engines arrived at about 4 p.m.")? Then the two most often tell of one
    moment, wherever the two sentences stand. A report that gives two moments (the call at
    2:40 a.m., the engines' arrival at about 3 a.m.) ties neither: which is the other's is the
    other rules' to say. Cost: O(c) over the reports' clock times (listed once per report)."""
    if x.zone != y.zone or x.hour is None or y.hour is None or clock_gap(x, y) > t.clock_tie:
        return False
    # each the one clock time (:func:`_clock`) of its report: remembered per report, so the
    # tests of one time are not repeated for each time of the other report it is set against
    ca, cb = _event_clocks(doc_a, t), _event_clocks(doc_b, t)
    if len(ca) != 1 or len(cb) != 1 or ca[0][1] is not x or cb[0][1] is not y:
        return False
    ka = {kind for _, kind in events_in(_clause(doc_a.sentences[i], x))}
    kb = {kind for _, kind in events_in(_clause(doc_b.sentences[j], y))}
    return not (ka and kb and not ka & kb)


# minutes a clock time is often rounded to: "3:30 a.m." in two reports may be two moments
ROUND_MINUTES = frozenset({0, 15, 30, 45})


def one_odd_minute(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact, t: Thresholds) -> bool:
    """Are ``x`` and ``y`` one clock time to a minute no one rounds to ("occurred at 2:09 a.m." /
    "shaken at 2:09 a.m. Thursday"), in one zone as written, each a time that can date an event
    of the story (:func:`_clock`)? Two reports seldom give one such minute to two events,
    however many moments each tells of (the quake at 2:09, its aftershocks at 2:12 and 2:15),
    where "3:30 a.m." may be a rounding of two. Cost: O(1) after one pass over each report's
    times."""
    if x.hour is None or x.minute is None or x.minute in ROUND_MINUTES or x.zone != y.zone or \
            (x.hour, x.minute) != (y.hour, y.minute):
        return False
    ca, cb = _event_clocks(doc_a, t), _event_clocks(doc_b, t)
    return any(f is x for _, f in ca) and any(f is y for _, f in cb)


def _clause(s: Sentence, f: TimeFact) -> str:
    """The clause of time ``f``: from the mark before it to the mark after it ("The crash
    happened at 3:50 p.m.", "At 3:10 p.m. detectives will brief reporters")."""
    a, b = f.start - s.start, f.end - s.start
    start = max(s.text.rfind(m, 0, a) for m in ",;:") + 1
    ends = [e for e in (s.text.find(m, b) for m in ",;:") if e >= 0]
    return s.text[start:min(ends, default=len(s.text))]


# words in a clock time's clause that put it in the future: "will hold a news conference at 11
# a.m.", "At 3:10 p.m. detectives are to brief reporters" (data/calendar.toml)
_TO_COME = re.compile(r"(?:\b|(?<=\w))(?:" + alternation(data("calendar")["clock_times"]["to_come"]).replace(r"\ ", r"\s+")
                      + r")\b", re.I)


def _clock(doc: Doc, k: int, f: TimeFact, t: Thresholds) -> bool:
    """A clock time that can date an event of the story: not a deadline or a state at a time,
    not a time to come, not in a quote, in a content sentence not about an earlier event."""
    if f.hour is None or f.qualifier not in (None, "after", "before") or not doc.sentences[k].role.is_content \
            or background(doc, k) or _dates_event(doc, k, f, t) is False:
        return False
    return not _TO_COME.search(_clause(doc.sentences[k], f))


def _event_clocks(doc: Doc, t: Thresholds) -> list[tuple[int, TimeFact]]:
    """(sentence, time) of a report's clock times that can date an event (:func:`_clock`),
    remembered per report."""
    memo = doc._memo
    if "clocks" not in memo:
        memo["clocks"] = [(k, f) for k in range(len(doc.sentences)) for f in doc.of(k, TimeFact)
                          if _clock(doc, k, f, t)]
    return memo["clocks"]


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def one_calendar_month(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact) -> bool:
    """Are ``x`` and ``y`` one month of one year with no day, as written ("killing a mother of 12
    in Oct. 2011" / "shot and killed in October 2011"; not "last month"), not a bound, each the
    only such month its report names? As for one calendar day (:func:`one_calendar_day`), a
    month of a year written once in each of two reports of one story most often dates one thing;
    the two agree, so the event words need not (the caller ties only agreeing times). Cost: O(1)
    after one pass over each report's times (remembered per report)."""
    if None in (x.month, x.year) or x.day is not None or y.day is not None or (x.month, x.year) != (y.month, y.year) \
            or x.qualifier or y.qualifier or x.portion or y.portion or not (_YEAR_WRITTEN.search(x.text)
                                                                             and _YEAR_WRITTEN.search(y.text)):
        return False        # ("last month" / "earlier this month": months read from the reports' dates)
    return _months_named(doc_a)[(x.month, x.year)] == 1 and _months_named(doc_b)[(y.month, y.year)] == 1


def _months_named(doc: Doc) -> Counter:
    """How many sentences of a report name each (month, year) without a day."""
    return _named(doc, "months named", lambda f: (f.month, f.year) if f.day is None and None not in (f.month, f.year)
                  else None)


def _days_named(doc: Doc) -> Counter:
    """How many sentences of a report name each (month, day) (only content sentences hold facts)."""
    return _named(doc, "days named", lambda f: (f.month, f.day) if None not in (f.month, f.day) else None)


def _named(doc: Doc, name: str, key) -> Counter:
    """How many sentences of a report name each ``key`` of its times (None keys left out),
    remembered per report under ``name``."""
    memo = doc._memo
    if name not in memo:
        memo[name] = Counter(v for k in range(len(doc.sentences))
                             for v in {key(f) for f in doc.of(k, TimeFact)} - {None})
    return memo[name]


def story_days(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact) -> bool:
    """Are ``x`` and ``y`` each the first mention of the one weekday its report names (outside
    sentences about earlier events, not "last" or "next", not a bound)? Then the two date the
    story alike, wherever they stand; later mentions of the day (a visit, a statement) are not
    tied so."""
    first_a, first_b = _first_weekday(doc_a), _first_weekday(doc_b)
    return first_a is not None and first_b is not None and first_a == (i, x) and first_b == (j, y) and \
        x.weekday == y.weekday


def weekday_told(doc: Doc, k: int, f: TimeFact) -> bool:
    """A weekday told as the day of something in the story: not a bound ("until Sunday"), not
    "last" or "next" Sunday, not in a sentence about an earlier event or outside the content."""
    return f.weekday is not None and not f.qualifier and f.relative not in ("last", "next") and \
        doc.sentences[k].role.is_content and not background(doc, k)


def _first_weekday(doc: Doc) -> Optional[tuple[int, TimeFact]]:
    """(sentence, time) of the first mention of the one weekday a report names, when it names
    one only (:func:`weekday_told`); None when it names none or several."""
    memo = doc._memo
    if "first weekday" not in memo:
        told = [(k, f) for k in range(len(doc.sentences)) for f in doc.of(k, TimeFact) if weekday_told(doc, k, f)]
        memo["first weekday"] = told[0] if told and len({f.weekday for _, f in told}) == 1 else None
    return memo["first weekday"]


def _one_weekday(doc: Doc) -> Optional[int]:
    """The one weekday a report names (:func:`_first_weekday`), or None."""
    first = _first_weekday(doc)
    return None if first is None else first[1].weekday


def one_event_time(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact, t: Thresholds) -> bool:
    """Are two times each the one time its report gives for one kind of event ("He died … on
    Monday morning" / "Gigante … died Monday in prison"), neither in a sentence about an
    earlier event, nor the day something was said ("police said Wednesday")? Then two that
    agree date the story's one event wherever they stand (two that clash were most often two
    events to an editor, and are left to the other rules)."""
    kind = sole_event(doc_a, i, x, alike, t.lead_sentences)
    return kind is not None and kind == sole_event(doc_b, j, y, alike, t.lead_sentences) and \
        not background(doc_a, i) and not background(doc_b, j) and \
        _dates_event(doc_a, i, x, t) is True and _dates_event(doc_b, j, y, t) is True


# how much a person or body named in both sentences says that one time stated in both dates
# one event ("Pierre Thomas was placed on IR" … "on Wednesday" in both)
NAME_EVIDENCE = 0.3


def shared_names(doc_a: Doc, i: int, doc_b: Doc, j: int) -> bool:
    """Do two sentences name one person or body (a name of two words or more, as written)?
    Places and one-word names ("Microsoft", "Monday") are too common to tie two sentences."""
    na = {fold_key(e.text) for e in doc_a.of(i, Entity) if " " in e.text.strip() and e.label != "place"}
    return bool(na) and any(fold_key(e.text) in na for e in doc_b.of(j, Entity))


def _unsaid(reason: str, x: TimeFact, y: TimeFact) -> str:
    """A reason of :func:`relate_times` without its "X vs Y: " opening: the message and the
    held-back detail name both times already."""
    said = f"{x.text.strip()} vs {y.text.strip()}: "
    return reason[len(said):] if reason.startswith(said) else reason


_DAY_WORDS = ("yesterday", "today", "tomorrow")
_OTHER_EVENTS = "; may date different events"
_UNCHECKED = "without the publication date"
_OTHER_WEEK = "; the same weekday, but the reports' dates make them different days"


def _unchecked(doc_a: Doc, x: TimeFact, doc_b: Doc, y: TimeFact):
    """A day counted from a publication date the tool does not know ("yesterday") against a
    weekday or a date: both can hold, and the tool cannot check it."""
    for doc, rel, other in ((doc_a, x, y), (doc_b, y, x)):
        if rel.relative in _DAY_WORDS and doc.published is None and (other.weekday is not None or other.day is not None) \
                and not rel.qualifier and not other.qualifier:
            return Verdict.COMPATIBLE, f"{x.text} vs {y.text}: cannot be checked {_UNCHECKED}"
    return None


def _value_evidence(x: TimeFact, y: TimeFact, verdict: Verdict) -> float:
    """The same day stated on both sides says the two may be one fact: a full date more than a
    weekday, the same words more than a day one side gives more precisely ("yesterday"
    resolved to 10 November / "10th Nov"). One time with the day on one side only ("7 p.m." /
    "7 p.m. Wednesday", :func:`~.times.relate_times`) agrees, and says as much as it would
    if it were only compatible."""
    if verdict.rank >= Verdict.DIFFERS.rank:
        return 0.0
    same_day = x.day is not None and x.day == y.day and x.month == y.month
    fitting = 0.35 if same_day or (x.hour is not None and y.hour is not None) else \
        0.2 if x.weekday is not None and x.weekday == y.weekday else 0.0
    if verdict is not Verdict.AGREE:
        return fitting     # the same day, or one clock time bounded, hedged or zoned differently
    if same_day:
        return 0.5
    if x.day is None and y.day is None and x.year is not None and x.month is not None and \
            (x.year, x.month) == (y.year, y.month):
        return 0.45     # "October 2011" in both: a month of a year, seldom met by chance
    # (told alike, as the sparser of the two tells it: the same evidence whichever report is A)
    fx, fy = known_fields(x), known_fields(y)
    base = x if fx <= fy else y
    if base.weekday is not None:
        agreed = 0.45 if base.part else 0.35      # "Wednesday night" in both: most likely one night
    elif base.hour is not None and base.minute is not None and base.minute % 15:
        agreed = 0.55     # "3:33 a.m." in both: a clock time to the odd minute seldom meets another by chance
    else:
        agreed = 0.25
    return agreed if fx == fy else max(agreed, fitting)


def _as_written(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact, reason: str,
                near: float) -> Optional[tuple[Verdict, str]]:
    """The verdict for two times that conflict once resolved, judged on what their words state
    (the date parser run on the spans alone, without publication dates)."""
    wx, wy = next(extract_times(x.text), x), next(extract_times(y.text), y)
    written = relate_times(wx, wy)
    if written is None or written[0] is not Verdict.CONFLICT:
        if written is None:
            return None         # "2011" / "Wednesday": a clash the publication dates alone make
        if written[0] is Verdict.AGREE and wx.weekday is not None and wx.relative is None:
            if Indel.normalized_similarity(outside(doc_a, i, x), outside(doc_b, j, y)) >= near:
                # one sentence copied into both reports dates one event, whatever their dates say
                return Verdict.COMPATIBLE, "the same weekday in the same words; the reports' dates differ"
            # "on Tuesday" in reports a week apart: two different Tuesdays
            return Verdict.DIFFERS, reason + _OTHER_WEEK
        # a reprint or an update stamp moves the date "today" is counted from, or a year the
        # report names before ("In November 1973 … on Nov. 17") dates one side
        return written[0], written[1] + " as written; the dates they are read against differ"
    calendar = all(w.year is not None or w.month is not None for w in (wx, wy))
    if not calendar and Indel.normalized_similarity(outside(doc_a, i, x), outside(doc_b, j, y)) < near:
        # a weekday dates whatever its clause tells, often another event of the story
        return Verdict.DIFFERS, reason + _OTHER_EVENTS
    return Verdict.CONFLICT, reason


_TELLING = "telling"


# the word right before "until": what is put off ("put off that testimony until Wednesday"); a
# day something came at last is no such date ("it took until 2003", "it wasn't until 1997")
_PUT_OFF = re.compile(r"([a-z][\w'’\-]*)\s+(?:until|till)\s+$", re.I)
_AT_LAST = re.compile(r"\b(?:(?:not|n't|never)|(?:took|take|takes|taking|wait|waited|waiting)(?:\s+\w+)?)\s+(?:until|till)\s+$",
                      re.I)


def _deadlines_tied(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact) -> bool:
    """Two days one thing is put off until ("put off that testimony until Wednesday" / "postponing
    the man's testimony until Monday"): one qualifier, the same noun right before it (not a verb:
    "schools will stay closed until Monday" / "the highway will stay closed until Wednesday"), and
    neither a day something came at last."""
    if not (x.qualifier and x.qualifier == y.qualifier in DEADLINES):
        return False
    put_off = []
    for doc, k, z in ((doc_a, i, x), (doc_b, j, y)):
        before = _before(doc, k, z)
        m = _PUT_OFF.search(before)
        if _AT_LAST.search(before) or not m or m.group(1).lower() in STOPWORDS or \
                m.group(1).lower().endswith(("ed", "ing")):
            return False
        put_off.append(stem(m.group(1).lower()))
    return put_off[0] == put_off[1]


# a verb of the past right before a time ("released on Tuesday"), a place between allowed
# ("landed in Germany on Wednesday"; not a word of the time: "released in early …")
_ACTION_BEFORE = re.compile(r"([a-z]{3,}ed)\s+(?:(?:" + alternation(sorted(PREPOSITIONS)) + r")\s+(?:the\s+)?"
                            r"(?!(?:late|early|last|this|the)\b)([a-z'\-]+)\s+)?"
                            r"(?:(?:on|in|at|late|early|last|this|the|of)\s+)*$")


def _action(doc: Doc, i: int, t: TimeFact) -> Optional[re.Match]:
    """The verb of the past (and the place) right before a time, read once per time."""
    memo = doc._memo.setdefault("action before", {})
    if (i, t.start) not in memo:
        memo[(i, t.start)] = _ACTION_BEFORE.search(_before(doc, i, t, 60).lower())
    return memo[(i, t.start)]


def _same_verb(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact) -> bool:
    """Do the two times follow one verb in the past ("released on Tuesday" / "released
    Wednesday")? Then they date one action, not two events of the story."""
    va, vb = _action(doc_a, i, x), _action(doc_b, j, y)
    return bool(va and vb and not va.group(2) and not vb.group(2) and stem(va.group(1)) == stem(vb.group(1)))


def _one_action(doc_a: Doc, i: int, x: TimeFact, doc_b: Doc, j: int, y: TimeFact, least: int) -> bool:
    """Do the two times date one action, however unlike their sentences: one verb of the past
    before each, the same verb or one kind of event (``data/events.toml``), a place between
    allowed when it is the same on both sides ("landed in Germany on Wednesday" / "arrived in
    Germany on Monday"; not "landed in Berlin" / "arrived in Paris"), and the
    sentences sharing a name or ``least`` content words near the times besides the verb and
    words of telling ("The fix was released on Tuesday morning, and security experts told Web users to install
    it" / "experts say that Web surfers should … install a new bug-fix …, released Wednesday
    morning")? A verb alone ("announced Monday" / "announced Friday") dates two deeds as often
    as one."""
    va, vb = _action(doc_a, i, x), _action(doc_b, j, y)
    if not (va and vb):
        return False
    if va.group(2) and vb.group(2) and va.group(2) != vb.group(2):
        return False        # two places: "landed in Berlin on Wednesday" / "arrived in Paris on Monday", two stops
    sa, sb = stem(va.group(1)), stem(vb.group(1))
    if sa != sb:
        ka, kb = events_in(va.group()), events_in(vb.group())
        if not (ka and kb and ka[0][1] == kb[0][1]):
            return False
    # (the verb and the words of telling left out: "officials said" ties nothing)
    near = (around(doc_a, i, x, 12) & around(doc_b, j, y, 12)) - {sa, sb} - _TELLING_STEMS
    return len(near) >= least or shared_names(doc_a, i, doc_b, j)


# words of telling and of sources ("officials said", "a police spokesman"): they tie no two actions
_TELLING_STEMS = frozenset(stem(w) for w in CLAIM_VERBS + tuple(GENERIC))


def _before(doc: Doc, i: int, t: TimeFact, reach: int = 40) -> str:
    """The folded text of up to ``reach`` characters before a time in its sentence."""
    s = doc.sentences[i]
    return fold(s.text[max(0, t.start - s.start - reach):t.start - s.start])


# a weekday or a day that comes back ("every Sunday", "the second Tuesday of every month"):
# a schedule, not the day of an event
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+(?:other\s+|(?:first|second|third|fourth|last)\s+)?$", re.I)
_EVERY_AFTER = re.compile(r"^\s+(?:of\s+)?(?:every|each)\s+(?:month|week|year)\b", re.I)


def _recurring(doc: Doc, i: int, t: TimeFact) -> bool:
    """Is this time a schedule ("every Sunday", "the second Tuesday of every month")?

    >>> from factcheck.model import Sentence
    >>> text = "Microsoft ships fixes on the second Tuesday of every month."
    >>> d = Doc("A", (Sentence(0, text, 0, len(text), 0),), ((),), (None,))
    >>> t, = extract_times(text)
    >>> _recurring(d, 0, t)
    True
    """
    s = doc.sentences[i]
    before, after = s.text[:t.start - s.start], s.text[t.end - s.start:]
    return bool(_EVERY_BEFORE.search(before[-30:]) or _EVERY_AFTER.search(after[:30]))


def _dates_event(doc: Doc, i: int, t: TimeFact, th: Thresholds):
    """Can this time date the event? Not inside a quote ("how many kids will you kill today"),
    not a date line standing alone ("Friday, June 7, 2013"): False. The day something was said
    ("officials said Saturday") may date the event or only the telling: ``_TELLING``."""
    s = doc.sentences[i]
    if any(q.start <= t.start and t.end <= q.end for q in doc.of(i, Quote)):
        return False
    if len(t.text) >= th.date_line * len(s.text.strip()):
        return False
    if telling(doc, i, t):
        return _TELLING
    return True


# a hedge before a clock time, with its preposition: "at about 7 p.m." (the hedges of bounds.toml,
# which make the time approximate)
_PLACED = re.compile(r"(?:\b(?:at|on|in|by|since|until|from)\s+)?\b(?:" + HEDGE_WORDS + r")\s+$", re.I)


def time_side(doc: Doc, at: Side) -> Side:
    """An approximate clock time's span with the hedge before it and its preposition ("at
    about 7 p.m."): the words that make it approximate, as a reader quotes it."""
    s = doc.sentences[at.sentence]
    if not any(t.approximate and (t.start, t.end) == (at.start, at.end) for t in doc.of(at.sentence, TimeFact)):
        return at
    m = _PLACED.search(s.text[:at.start - s.start])
    if not m:
        return at
    return dataclasses.replace(at, text=s.text[m.start():at.end - s.start], start=s.start + m.start())
