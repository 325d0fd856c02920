"""How two times given for one event relate: the same, compatible, or in conflict.

Calendar logic only: the judge's date and number findings decide when two times are about one
event (:mod:`.dates`, :mod:`.numbers`). Constant time per pair.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime

import re

from ..facts.attribution import SPEECH_VERBS
from ..facts.dates import extract_times  # noqa: F401 (used by the doctests)
from ..lexicon import TIME_ZONES
from ..model import TimeFact, Verdict
from ..text import fold
from .doc import Doc

CLOCK_HEDGE = 15        # minutes: "about 2045 GMT" allows 20:49 GMT
CLOCK_ROUNDED = 5       # minutes: "3:30 a.m." may be written for 3:33 a.m.
ZONE_HOURS = 3          # hours: "4:30 p.m. ET" / "3:30 p.m." may be one time told in two of a country's zones

_FIELD_ORDER = ("year", "month", "day", "weekday", "part", "hour", "minute")
_CLASH_REASON = {
    "year": "different years",
    "month": "different months",
    "day": "different days of the month",
    "weekday": "different days",
    "part": "different times of day",
    "hour": "different hours",
    "minute": "different times",
}
_OVERLAPPING_PARTS = frozenset({"evening", "night"})
# where a part of a period lies in it, as fractions: parts that do not overlap cannot hold
# together ("the first half of 2012" / "the second half of 2012"), others may
_PORTION_SPAN = {"beginning": (0, 1 / 3), "start": (0, 1 / 3), "early": (0, 1 / 3), "middle": (1 / 3, 2 / 3),
                 "mid": (1 / 3, 2 / 3), "end": (2 / 3, 1), "late": (2 / 3, 1), "first half": (0, 1 / 2),
                 "second half": (1 / 2, 1), "first quarter": (0, 1 / 4), "second quarter": (1 / 4, 1 / 2),
                 "third quarter": (1 / 2, 3 / 4), "fourth quarter": (3 / 4, 1)}


# how fine a field of a time is: a weekday names a day as a date does
_FIELD_RANK = {"year": 0, "month": 1, "day": 2, "weekday": 2, "part": 3, "hour": 4, "minute": 5}


def _adds_coarser(less: dict, more: dict) -> bool:
    """Does the time with fields ``more`` add to the one with ``less`` only fields no finer than
    the finest ``less`` states ("7 p.m." / "7 p.m. Wednesday", "June" / "June 2005"): one time, the
    other side saying too on which day or year, not a time told more precisely ("March 2005" /
    "March 11, 2005")?"""
    if not less:
        return False
    finest = max(_FIELD_RANK[k] for k in less)
    return all(_FIELD_RANK[k] <= finest for k in more.keys() - less.keys())


def _added(less: TimeFact, more: TimeFact) -> str:
    """What the fuller of two times adds, in words, as written (not the weekday a full date
    implies): "date", "weekday", "year", "month", "part of the day"."""
    extra = _stated(more).keys() - _stated(less).keys()
    if "day" in extra:
        return "date"
    if "weekday" in extra:
        return "weekday"
    return "year" if extra == {"year"} else "month" if extra <= {"month", "year"} else "part of the day"


def _disjoint(p: str, q: str) -> bool:
    (a, b), (c, d) = _PORTION_SPAN[p], _PORTION_SPAN[q]
    return b <= c or d <= a


def _stated(t: TimeFact) -> dict:
    """The calendar fields ``t`` states, as written."""
    return {k: getattr(t, k) for k in _FIELD_ORDER if getattr(t, k) is not None}


def _known(t: TimeFact) -> dict:
    """The calendar fields ``t`` fixes, with the weekday a full date implies."""
    known = _stated(t)
    if "weekday" not in known and {"year", "month", "day"} <= known.keys():
        try:
            known["weekday"] = datetime.date(t.year, t.month, t.day).weekday()
        except (ValueError, OverflowError, TypeError):
            pass
    return known


def known_fields(t: TimeFact) -> frozenset[str]:
    """The names of the calendar fields ``t`` fixes (:func:`_known`)."""
    return frozenset(_known(t))


def _label(t: TimeFact) -> str:
    """How a fact is named in a reason: its text, or its fields when it has none."""
    if t.text.strip():
        return t.text.strip()
    bits = []
    if t.relative:
        bits.append(t.relative)
    if t.weekday is not None and 0 <= t.weekday <= 6:
        bits.append(calendar.day_name[t.weekday])
    if t.part:
        bits.append(t.part)
    if t.day is not None:
        bits.append(str(t.day))
    if t.month is not None and 1 <= t.month <= 12:
        bits.append(calendar.month_name[t.month])
    if t.year is not None:
        bits.append(str(t.year))
    return " ".join(bits) or "an unstated time"


def clock_gap(a: TimeFact, b: TimeFact) -> int:
    """Minutes between two clock times as written, around the clock ("11:55 p.m." / "12:05
    a.m.": 10), their zones aside."""
    return _apart(a.hour * 60 + (a.minute or 0), b.hour * 60 + (b.minute or 0))


def _apart(x: int, y: int) -> int:
    return min(abs(x - y), 1440 - abs(x - y))


def _minutes(t: TimeFact) -> set[int]:
    """The minute of the day in UTC a zoned clock time may be (one per offset of its zone)."""
    return {round(t.hour * 60 + (t.minute or 0) - off * 60) % 1440 for off in TIME_ZONES.get(t.zone, ())}


def _zoned(a: TimeFact, b: TimeFact) -> bool:
    return bool(a.zone and b.zone and a.zone != b.zone)


def _one_zone_hours_apart(a: TimeFact, b: TimeFact) -> bool:
    """One clock time with a zone ("4:30 p.m. ET"), one without ("3:30 p.m."), the same minute
    and one to `ZONE_HOURS` hours apart."""
    zones = [t.zone for t in (a, b) if t.zone and t.zone != "local"]
    gap = abs(a.hour - b.hour)
    return len(zones) == 1 and not (a.zone and b.zone) and (a.minute or 0) == (b.minute or 0) and \
        0 < min(gap, 24 - gap) <= ZONE_HOURS


def _hedged(a: TimeFact, b: TimeFact) -> bool:
    """Two clock times to compare minute by minute: both give minutes and one is approximate
    ("about 2045 GMT" / "20:49 GMT") or round and the other not ("3:30 a.m." / "3:33 a.m."), or
    one gives the hour alone ("about 3pm" / "3.45pm"), which a report writes for a time near the
    hour, not for any time in it."""
    if a.minute is not None and b.minute is not None:
        return a.approximate or b.approximate or _rounded(a) != _rounded(b)
    return (a.minute is None) != (b.minute is None)


def _rounded(t: TimeFact) -> bool:
    """A clock time on the hour or the half hour ("3:30 a.m."), which a report may write for a
    time a few minutes off ("3:33 a.m."); a quarter ("2045 GMT") is read as exact."""
    return t.minute is None or t.minute % 30 == 0


def _clocks(a: TimeFact, b: TimeFact) -> tuple[Verdict, str] | None:
    """Two clock times in different zones, hedged ("about 2045 GMT" / "20:49 GMT"), one by the
    hour alone ("about 3pm" / "3.45pm") or one round ("3:30 a.m." / "3:33 a.m."; :func:`_hedged`):
    compared on one clock, the rest of their fields as usual. A local time against a named
    zone cannot be converted: only the rest is compared (None when there is no rest)."""
    zoned = _zoned(a, b)
    rest = relate_times(*(dataclasses.replace(t, hour=None, minute=None, part=None, zone=None, approximate=False)
                          for t in (a, b)))
    if rest is not None and rest[0] is Verdict.CONFLICT:
        return rest
    name_a, name_b = _label(a), _label(b)
    if zoned and "local" in (a.zone, b.zone):
        return None if rest is None else (Verdict.COMPATIBLE, f"{name_a} vs {name_b}: a local time, not converted")
    gap = min(_apart(x, y) for x in _minutes(a) for y in _minutes(b)) if zoned else clock_gap(a, b)
    if gap == 0:
        return (Verdict.COMPATIBLE, f"{name_a} vs {name_b}: the same time in two time zones") if zoned else \
            (Verdict.AGREE, f"{name_a} vs {name_b}: the same time")      # "3pm" / "3:00pm"
    if gap <= CLOCK_HEDGE and (a.approximate or b.approximate):
        return Verdict.COMPATIBLE, f"{name_a} vs {name_b}: {gap} minutes apart, and one is approximate"
    if gap <= CLOCK_HEDGE and None in (a.minute, b.minute):
        return Verdict.COMPATIBLE, f"{name_a} vs {name_b}: {gap} minutes apart, and one gives the hour alone"
    if gap <= CLOCK_ROUNDED and _rounded(a) != _rounded(b):
        return Verdict.COMPATIBLE, f"{name_a} vs {name_b}: {gap} minutes apart, and one is a round time"
    return Verdict.CONFLICT, f"{name_a} vs {name_b}: different times" + (", once in one time zone" if zoned else "")


# qualifiers that name a day something is put off to: two of them are two dates ("by Friday"
# is left out: "register by Friday" / "return ballots by Tuesday" are two deadlines)
DEADLINES = frozenset({"until", "till"})


# the days of a month each part of it holds ("early March", "mid-July", "the end of the month")
_MONTH_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
                "late": (21, 31), "end": (21, 31)}


# bounds a time is at or before ("shortly before 9pm", "by 9pm"): a clock time past them is outside
_BEFORE = frozenset({"before", "by", "prior to", "ahead of"})


def _within_bound(t: TimeFact, o: TimeFact) -> TimeFact:
    """Clock time ``t`` (no bound of its own) read on the hour of ``o``'s bound when it falls
    there: "shortly after 2 a.m." holds "2.30am", "shortly before 9pm" holds "8.49pm" (the
    half hour before it); otherwise ``t`` as it is."""
    if t.minute is None or t.qualifier or not o.qualifier or o.qualifier in DEADLINES or o.minute is not None \
            or o.hour is None or t.hour is None:
        return t
    if o.qualifier in _BEFORE:
        held = t.hour == (o.hour - 1) % 24 and t.minute >= 30
        return dataclasses.replace(t, hour=o.hour, minute=None, part=o.part) if held else t
    return dataclasses.replace(t, minute=None)


def relate_times(a: TimeFact, b: TimeFact) -> tuple[Verdict, str] | None:
    """How two times given for the same event relate: ``(verdict, reason)`` or None.

    ``verdict`` is ``agree`` (the same fields stated), ``compatible`` (consistent, one says more,
    or evening vs night, or the same relative phrase measured from different dates),
    ``conflict`` (a field both state differs, e.g. Wednesday vs Thursday, or a weekday that the
    other's full date does not fall on) or None when they share nothing to check (a weekday
    vs a year; "yesterday" vs "today" without publication dates). The verdict does not
    depend on the order of ``a`` and ``b``.

    >>> wed, thu = extract_times("on Wednesday and Thursday")
    >>> relate_times(wed, thu)
    (<Verdict.CONFLICT: 'conflict'>, 'Wednesday vs Thursday: different days')

    Two clock times with one qualifier ("shortly after 2 a.m." / "shortly after 4 a.m.") are
    compared as clock times. Any other time with a qualifier ("since 1991", "by Saturday evening") bounds a period rather than
    dating the event: it never conflicts; it agrees with the same words, is compatible with a
    time its fields agree with, and is not compared otherwise ("since 1991" / "since 2008").

    >>> since, in_, later = extract_times("the worst since 1991, in 1991 and since 2008")
    >>> since.qualifier, relate_times(since, in_)[0].value, relate_times(since, later)
    ('since', 'compatible', None)

    A part of a period ("the end of this year", "the second half of 2012") is compatible with
    the period and with an overlapping part, and conflicts with a part it excludes.

    >>> end, half, first = extract_times("by the end of 2012, in the second half of 2012 or the first half of 2012")
    >>> end.qualifier, end.portion, relate_times(end, half)[0].value, relate_times(half, first)[0].value
    ('by', 'end', 'compatible', 'conflict')

    Cost: O(1).
    """
    if a.qualifier or b.qualifier:
        # a bound on the hour ("shortly after 2 a.m.") holds a time within that hour ("2.30am"),
        # a time with no bound of its own; two deadlines stay two ("until 2 p.m." / "until 2:30 p.m.")
        if any(o.qualifier in _BEFORE and t.hour is not None and not t.qualifier and not t.approximate
               and t.hour == o.hour and (t.minute or 0) > (o.minute or 0) for t, o in ((a, b), (b, a))):
            return None     # "shortly before 9pm" / "9.10pm": past the bound
        a, b = (_within_bound(t, o) for t, o in ((a, b), (b, a)))
        plain = relate_times(dataclasses.replace(a, qualifier=None), dataclasses.replace(b, qualifier=None))
        if a.qualifier == b.qualifier in ("after", "before") and a.hour is not None and b.hour is not None:
            return plain       # "shortly after 2 a.m." / "shortly after 4 a.m.": one moment, told two ways
        if a.qualifier == b.qualifier in DEADLINES and plain is not None:
            return plain       # "put off until Wednesday" / "postponed until Monday": one new date, told two ways
        if plain is None or plain[0] is Verdict.CONFLICT:
            return None
        if plain[0] is Verdict.AGREE and a.qualifier == b.qualifier:
            return plain
        bound = a if a.qualifier else b
        note = f"'{bound.qualifier} {_label(bound)}' bounds a period"
        return Verdict.COMPATIBLE, (f"{plain[1]}; {note}" if plain[0] is Verdict.COMPATIBLE else f"{_label(a)} vs {_label(b)}: {note}")
    if a.portion != b.portion:
        whole = b if a.portion and not b.portion else a if b.portion and not a.portion else None
        part = a if whole is b else b
        if whole is not None and whole.day is not None and whole.month is not None and part.month == whole.month \
                and part.day is None and part.portion in _MONTH_PARTS and (part.year is None or part.year == whole.year):
            low, high = _MONTH_PARTS[part.portion]      # "July 29" / "late July": the day falls in the part
            if low <= whole.day <= high:
                return Verdict.COMPATIBLE, f"{_label(a)} vs {_label(b)}: {_label(whole)} falls in {_label(part)}"
            return Verdict.CONFLICT, f"{_label(a)} vs {_label(b)}: {_label(whole)} is not in {_label(part)}"
        if whole is not None and (whole.day is not None or whole.weekday is not None or whole.hour is not None):
            return None     # a part of a period and a day: "the end of the month" says nothing of "Thursday"
        plain = relate_times(dataclasses.replace(a, portion=None), dataclasses.replace(b, portion=None))
        if plain is None or plain[0] is Verdict.CONFLICT:
            return plain
        if a.portion and b.portion and _disjoint(a.portion, b.portion):
            return Verdict.CONFLICT, f"{_label(a)} vs {_label(b)}: different parts of the period"
        finer = _label(a) if a.portion and not b.portion else _label(b) if b.portion and not a.portion else None
        reason = f"{finer} is more precise" if finer else "parts of the period that may overlap"
        return Verdict.COMPATIBLE, f"{_label(a)} vs {_label(b)}: {reason}"
    if a.hour is not None and b.hour is not None and (_zoned(a, b) or _hedged(a, b)):
        return _clocks(a, b)
    if a.hour is not None and b.hour is not None and _one_zone_hours_apart(a, b):
        rest = relate_times(*(dataclasses.replace(t, hour=None, minute=None, part=None, zone=None) for t in (a, b)))
        if rest is not None and rest[0] is Verdict.CONFLICT:
            return rest
        return Verdict.COMPATIBLE, f"{_label(a)} vs {_label(b)}: whole hours apart, and only one gives a time " \
            "zone: perhaps one time told in two zones"
    ka, kb = _known(a), _known(b)
    shared = [k for k in _FIELD_ORDER if k in ka and k in kb]
    name_a, name_b = _label(a), _label(b)
    overlap = False
    for k in shared:
        if ka[k] == kb[k]:
            continue
        if k == "part" and {ka[k], kb[k]} == _OVERLAPPING_PARTS:
            overlap = True
            continue
        reason = _CLASH_REASON[k]
        if k == "weekday" and (a.weekday is None or b.weekday is None):
            dated, name = (a, name_a) if a.weekday is None else (b, name_b)
            reason = f"{name} is a {calendar.day_name[_known(dated)['weekday']]}"
        return Verdict.CONFLICT, f"{name_a} vs {name_b}: {reason}"
    same_anchor = a.relative == b.relative
    if not shared and not (same_anchor and a.relative is not None):
        return None
    if ka == kb and same_anchor:
        return Verdict.AGREE, f"{name_a} vs {name_b}: the same time"
    if overlap:
        reason = "evening and night overlap"
    elif a.relative and b.relative and not same_anchor:
        reason = f"'{a.relative}' and '{b.relative}' may be counted from different dates"
    elif name_a.lower() == name_b.lower():
        # the same words, no field apart, one side resolved further by its report's date ("Monday"
        # / "Monday", one report dated): the same time as far as either report can tell
        return Verdict.AGREE, f"{name_a} vs {name_b}: the same words, read against each report's own date"
    elif ka.keys() < kb.keys() or (ka == kb and b.relative and not a.relative):
        if same_anchor and _adds_coarser(ka, kb):     # (one anchor: ka's fields are fewer)
            return Verdict.AGREE, f"{name_a} vs {name_b}: the same time, one side giving the {_added(a, b)} too"
        reason = f"{name_b} is more precise"
    elif kb.keys() < ka.keys() or (ka == kb and a.relative and not b.relative):
        if same_anchor and _adds_coarser(kb, ka):
            return Verdict.AGREE, f"{name_a} vs {name_b}: the same time, one side giving the {_added(b, a)} too"
        reason = f"{name_a} is more precise"
    else:
        reason = "each adds detail; no field differs"
    return Verdict.COMPATIBLE, f"{name_a} vs {name_b}: {reason}"


def alike(a: TimeFact, b: TimeFact) -> bool:
    """Can two times be one time: the same, or one more precise than the other (agree or
    compatible under :func:`relate_times`)?"""
    rel = relate_times(a, b)
    return rel is not None and rel[0].rank < Verdict.DIFFERS.rank


# a time that dates the telling, not the event: "officials said Saturday", "told AP on Friday"
_TOLD = re.compile(r"\b(?:" + SPEECH_VERBS + r")(?:\s+\w+){0,2}?\s+(?:on\s+|late\s+|early\s+)?$", re.I)


def telling(doc: Doc, i: int, t: TimeFact) -> bool:
    """Does the time in sentence ``i`` follow a verb of saying, so it may date only the telling
    ("the department said on Tuesday")?"""
    s = doc.sentences[i]
    return bool(_TOLD.search(fold(s.text[:t.start - s.start])))
