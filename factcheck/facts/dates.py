"""Times in news text: weekdays, dates, months, years, parts of the day, relative phrases.

Two functions:

* ``extract_times(text, offset=0, *, published=None)`` yields ``TimeFact``s in document order.
* ``find_publication_date(text)`` reads the date line near the top of an article.

Whether two times agree or conflict is the judge's call (:func:`factcheck.judge.times.relate_times`).

The span of a fact (``text``, ``start``, ``end``) covers the time expression itself and the
relative word that changes its meaning ("last September", "earlier this year", "this
morning"), but not a plain preposition: in "on Sunday night" the span is "Sunday night", in
"since 1991" it is "1991".

Rules chosen where text is ambiguous (each one is tested):

* Names must be capitalised ("Monday", "MONDAY", "May"): "officers may be ordered" and "a
  march through Athens" are not months. Lower-case text (often model-written) keeps its full
  weekdays ("tuesday morning"), months before a day or a year ("june 18"; not "may 19 times"),
  and months that are no common word after a cue ("in october"; not "in march", "in august").
* A month on its own ("in March", "last September") needs a cue word before it (in, since,
  until, by, during, from, before, after, of, early, late, mid, last, next, this …) and must
  be followed by punctuation or a small function word, so "since May took office" (a person)
  is not read as a month. A month with a day or a year ("May 19", "March 2008", "November of
  2013") needs no cue, nor one before a noun of an event (``data/calendar.toml`` month_nouns:
  "the March raid").
* A year on its own needs a cue word before it ("in 2008", "since 1991", "the summer of
  2008"), or a determiner before it and a noun of an event after it, as a month does ("the
  2012 shooting death", "a 2006 conviction"). Bare years are not extracted: in news they are
  as often names or counts ("the 1996 Police Act", "2,000ft") as times of events. A cued number followed by a plural noun or a
  unit ("in 2000 homes") is a count, not a year.
* A weekday is not a time in a title: "the Sunday Times", "Sunday Telegraph", "Good Friday",
  "Black Friday", "Super Tuesday".
* Numeric dates ``a/b/yyyy`` (also with dots): if ``a`` > 12 it is day/month (British
  "25/09/2023"); if ``b`` > 12 it is month/day (American "9/25/2023"); if ``a == b``
  ("5/5/2010") the order does not matter. When both are 12 or less and differ ("4/5/2010")
  ``extract_times`` refuses to guess and keeps only the year; ``find_publication_date``
  reads it month/day, because numeric date lines with "AM"/"PM" come from American sites.
  ``yyyy-mm-dd`` is always year-month-day.
* A time after a word that bounds a period ("since 1991", "until Monday", "between May 1,
  2005, and …") keeps that word as its ``qualifier`` (not "between Saturday's finalists"); the
  period's end after "and" is a time of its own, so a day after it is still a conflict.
* A clock time attached to a weekday gives the part of the day: "10 a.m. Monday" is Monday
  morning (5–11 a.m. morning, noon–4 p.m. afternoon, 5–8 p.m. evening, otherwise night).

Resolution against ``published`` (the publication date):

* "yesterday" / "today" / "tomorrow" (and "last night", "this morning", "tonight") → that date.
* A bare weekday → the date with that weekday in the 7 days ending on the publication day
  (news uses "on Monday" for the publication day itself too); "last Monday" → the 7 days
  before it; "next Monday" → the 7 days after it; "this Monday" → the 7 days from it.
* "last September" → the most recent September before the publication month; "next
  September" → the first after it; "this September" → the publication year.
* "last/this/next year" and "last/this/next month" → that year / month.
* Weeks and weekends ("last week") and dates without a year ("May 19") are left as they are.

A resolved fact has ``relative=None``; an unresolved one keeps ``relative`` ("last", "next",
"this", "yesterday", "today", "tomorrow", or "last week", "next year" … for whole units).
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime
import re
from typing import Iterator, Optional, Sequence

from ..lexicon import LOWER_CASE_MONTHS, MONTH_ABBREVIATIONS, MONTH_NOUNS, MONTHS, TIME_ZONES, WEEKDAY_ABBREVIATIONS, WEEKDAYS, YEAR_ARTICLES, YEAR_CUES, alternation
from ..model import TimeFact
from .numbers.lexicon import BEFORE_PHRASES

__all__ = ["extract_times", "find_publication_date"]

_MONTHS = MONTHS
_MONTH_ABBR = MONTH_ABBREVIATIONS
_WEEKDAYS = WEEKDAYS
_WEEKDAY_ABBR = WEEKDAY_ABBREVIATIONS
_WEEKDAY_NAMES = [name.capitalize() for name in _WEEKDAYS]
_MONTH_NAMES = [name.capitalize() for name in _MONTHS]
_PARTS = ("morning", "afternoon", "evening", "night")


def _names(words, lower=()) -> str:
    """A regex alternation of capitalised and upper-case forms, and the lower-case forms of
    ``lower``, longest first."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words} | set(lower)
    return "|".join(sorted(forms, key=len, reverse=True))


# lower-case names read as times too (model-written text is often lower-cased): every full
# weekday; a month before a day or a year ("june 18", "october 2011"); after a cue only a
# month that is no common word ("in october", not "in may" nor "in march")
_MONTH_FULL = _names(_MONTHS, lower=[m for m in _MONTHS if m not in LOWER_CASE_MONTHS["after_a_cue"]])
_MONTH_ANY = _names(list(_MONTHS) + list(_MONTH_ABBR), lower=[m for m in _MONTHS if m not in LOWER_CASE_MONTHS["before_a_day"]])
_WD_FULL = _names(_WEEKDAYS, lower=_WEEKDAYS)
_WD_ANY = _names(list(_WEEKDAYS) + list(_WEEKDAY_ABBR), lower=_WEEKDAYS)

_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d|21\d\d)(?![\d,.]\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_PART = r"(?P<part>morning|afternoon|evening|night)\b"
_CLOCK = r"(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s?(?P<ampm>[ap]\.m\.?(?![a-z])|[ap]m\b|[AP]M\b)"
# a zone after a clock time, written in capitals: "4:30 p.m. ET", "20:49 GMT"
# ("local time": the place's own zone, unnamed)
_ZONE = r"(?:\s*(?P<zone>" + "|".join(sorted((z.upper() for z in TIME_ZONES if len(z) > 1), key=len, reverse=True)) \
    + r"|local\s+time)\b)"
# a 24-hour clock is read only with a zone ("2045 GMT", "07:28 UTC"): a bare "2045" is a year or a count
_RE_CLOCK24 = re.compile(r"(?<![\d:.,$£€])(?P<hour>[01]?\d|2[0-3])[:.h]?(?P<minute>[0-5]\d)" + r"\s?(?P<zone>"
                         + "|".join(sorted((z.upper() for z in TIME_ZONES if len(z) > 1), key=len, reverse=True))
                         + r")\b")
_WD_PREFIX = rf"(?:(?P<wd>{_WD_ANY})\.?,?\s+)?"

# Words that may follow a bare month name ("in March, ...", "last September by a shot").
_AFTER_MONTH = (
    r"(?=\s*(?:$|[.,;:!?)\"'’”\-–—]|(?:and|or|when|as|after|before|to|the|this|last|next|but|"
    r"while|with|of|in|at|on|for|by|amid|following|until|since|a|an|that|which|because|"
    r"despite|during|from|over|into|through)\b))"
)
_MONTH_CUES = (
    r"in|since|until|till|by|during|from|before|after|of|early|late|through|throughout|"
    r"between|around|beginning|end"
)
_YEAR_CUES = alternation(YEAR_CUES)
# Words after "Sunday" that make it a title rather than a day.
_TITLE_WORDS = {
    "Times", "Telegraph", "Mirror", "Express", "Post", "Herald", "Mail", "Tribune", "Independent",
    "Star", "Sport", "People", "World", "Sun", "Observer", "Business", "Politics", "Service",
    "School", "League", "Club", "Roast", "Edition", "Magazine", "Review",
}
_TITLE_BEFORE = {
    "Good", "Black", "Bloody", "Super", "Easter", "Palm", "Ash", "Holy", "Cyber", "Shrove",
    "Maundy", "Low", "Trinity", "Whit", "Mothering", "Giving",
}
# Lowercase words ending in "s" that do not make a cued number a count ("in 2008 as ...").
_NOT_PLURAL = {
    "as", "was", "has", "is", "its", "his", "this", "thus", "plus", "unless", "whereas",
    "perhaps", "afterwards", "towards", "across", "always", "besides", "us", "yes",
}
_COUNT_NOUNS = {"people", "men", "women", "children", "police", "staff", "personnel", "feet",
                "ft", "m", "km", "kg", "per", "percent", "mph", "sq"}

_RE_ISO = re.compile(r"(?<![\d/.-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d/-])")
_RE_NUMERIC = re.compile(
    r"(?<![\d/.,-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d/]|\.\d)"
)
_RE_DMY = re.compile(
    rf"\b{_WD_PREFIX}(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<mon>{_MONTH_ANY})\b"
    rf"(?:\.?,?\s+{_YEAR})?"
)
# "25, Sep, 2023": the comma form only with a year, so "aged 24, May said" is not a date.
_RE_DMY_COMMAS = re.compile(
    rf"\b{_WD_PREFIX}{_DAY},\s*(?P<mon>{_MONTH_ANY})\b\.?,?\s+{_YEAR}"
)
_RE_MDY = re.compile(
    rf"\b{_WD_PREFIX}(?P<mon>{_MONTH_ANY})\.?\s+{_DAY}(?!\s*(?:%|[,.]\d|:))"
    rf"(?:,?\s+{_YEAR})?"
)
_RE_MONTH_YEAR = re.compile(     # "October 2011", "Oct. 2011", "November of 2013"
    rf"\b(?:(?P<rel>(?i:last|next|this))\s+)?(?P<mon>{_MONTH_ANY})\b\.?,?\s+(?:of\s+)?{_YEAR}"
)
_RE_MONTH_CUED = re.compile(
    rf"\b(?:(?:(?i:{_MONTH_CUES})\s+|(?i:mid)-?\s*)|(?P<rel>(?i:last|next|this))\s+)"
    rf"(?P<mon>{_MONTH_FULL})\b{_AFTER_MONTH}"
)
# a month that names an event's month, with no other cue: "in the March raid", "the April elections"
_RE_MONTH_NOUN = re.compile(
    rf"\b(?:(?i:the|a|an|its|their|his|her|this|last|next)\s+)(?P<mon>{_MONTH_FULL})\s+"
    rf"(?=(?:{alternation(MONTH_NOUNS)})\b)"
)
# a year between a determiner (and at most one word in lower case) and a noun of an event: "the
# 2012 shooting death", "a 2006 conviction", "the bungled 1972 break-in", "the deadly 2004
# tsunami" (not "the 1996 Police Act", a name)
_RE_YEAR_NOUN = re.compile(
    rf"\b(?:(?i:{alternation(YEAR_ARTICLES)})\s+)(?:[a-z][a-z\-]*\s+)?{_YEAR}\s+(?=(?:{alternation(MONTH_NOUNS)})\b)"
)
_RE_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>(?i:last|next|this))\s+)?(?P<wd>{_WD_FULL})\b(?:\s+{_PART})?"
)
_RE_CLOCK_WEEKDAY = re.compile(
    rf"\b{_CLOCK}\s+(?:on\s+)?(?P<wd>{_WD_FULL})\b"
)
_RE_WEEKDAY_CLOCK = re.compile(
    rf"\b(?P<wd>{_WD_FULL})\s+at\s+(?:(?:about|around)\s+)?{_CLOCK}{_ZONE}?"
)
_RE_CLOCK = re.compile(rf"(?<![\d:.]){_CLOCK}{_ZONE}?")
_RE_DAY_WORD = re.compile(
    r"\b(?P<word>(?i:yesterday|today|tomorrow|tonight))\b(?:\s+(?P<part>morning|afternoon|evening|night)\b)?"
)
_RE_THIS_PART = re.compile(r"\b(?P<rel>(?i:this|last))\s+(?P<part>morning|afternoon|evening|night)\b")
_RE_UNIT = re.compile(
    r"\b(?:(?P<pre>(?i:earlier|later))\s+)?(?P<rel>(?i:last|next|this))\s+"
    r"(?P<unit>week|weekend|month|year)\b"
)
# "the end of the month": the current one, as "the end of this month" (the portion before it
# is read by _PORTION)
_RE_THE_UNIT = re.compile(r"\b(?i:the)\s+(?P<unit>week|month|year)\b(?![\-'’])(?!\s+\d)")     # (not "the year 2008")
_RE_YEAR_CUED = re.compile(rf"\b(?:(?i:{_YEAR_CUES})|(?i:mid)-)\s*(?<=[\s-]){_YEAR}\b")
_RE_DATELINE_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
_RE_DATELINE_CUE = re.compile(r"\b(?:updated|published|posted|modified)\b", re.IGNORECASE)

_DAY_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1}
_STEP = {"last": -1, "this": 0, "next": 1}
# First offset (in days from publication) of the 7-day window a weekday is looked for in.
_WEEKDAY_WINDOW = {None: -6, "last": -7, "this": 0, "next": 1}
_DATELINE_LINES = 6
# "04/28/09 07:35 PM ET": a short numeric date, month first, read only on a date line with a clock
_RE_DATELINE_SHORT = re.compile(r"^(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d\d)\b")
# the same after a cue: "First Posted: 10/25/11 06:44 PM ET"
_RE_DATELINE_POSTED = re.compile(r"\b(?:posted|published|updated)\s*:?\s*(?P<month>\d{1,2})/(?P<day>\d{1,2})/"
                                 r"(?P<year>\d\d)\b", re.IGNORECASE)
# a place before a date that ends the line: "WASHINGTON, DC, April 28, 2009"
_RE_DATELINE_PLACE = re.compile(r"^[A-Z][A-Za-z.'\- ]{1,30}(?:,\s*[A-Z][A-Za-z.'\- ]{1,20}){0,2},\s*$")


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return _MONTHS.get(word) or _MONTH_ABBR[word]


def _weekday_number(word: Optional[str]) -> Optional[int]:
    if word is None:
        return None
    word = word.lower().rstrip(".")
    return _WEEKDAYS.get(word, _WEEKDAY_ABBR.get(word))


def _valid_day(year: Optional[int], month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(year if year else 2000, month)[1]


def _part_from_clock(hour: str, ampm: str) -> Optional[str]:
    """'10', 'a.m.' → 'morning'; None for an hour that is not on a 12-hour clock."""
    h = int(hour)
    if not 1 <= h <= 12:
        return None
    pm = ampm.lower().startswith("p")
    if not pm:
        return "night" if h == 12 or h < 5 else "morning"
    if h == 12 or h < 5:
        return "afternoon"
    return "evening" if h < 9 else "night"


def _relative_word(word: Optional[str]) -> Optional[str]:
    return word.lower() if word else None


def _is_title_weekday(text: str, start: int, end: int) -> bool:
    """Whether the weekday at text[start:end] names something ("the Sunday Times", "Good Friday")."""
    after = re.match(r"\s+([A-Z][a-z]+)", text[end:])
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 20):start])
    if after and after.group(1) in _TITLE_WORDS:
        return True
    if before and before.group(1) in _TITLE_BEFORE:
        return True
    if before and before.group(1).lower() == "the" and after and after.group(1) not in _MONTH_NAMES:
        return True
    return False


def _is_count(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is followed by a unit or a plural noun."""
    after = re.match(r"\s*([%£$€]|[a-z]+)", text[end:])
    if not after:
        return False
    word = after.group(1)
    if word in _COUNT_NOUNS or not word.isalpha():
        return True
    if text[end:end + 1].isalpha():   # glued unit: "2000ft"
        return True
    return word.endswith("s") and len(word) > 2 and word not in _NOT_PLURAL


# Each builder takes a match (and the text) and returns (start, end, fields) or None.

def _build_iso(m: re.Match, text: str):
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if not _valid_day(year, month, day):
        return None
    return m.start(), m.end(), {"year": year, "month": month, "day": day}


def _build_numeric(m: re.Match, text: str):
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if a > 12:
        day, month = a, b
    elif b > 12 or a == b:
        month, day = a, b
    else:
        if not (1 <= a <= 12 and 1 <= b <= 12):
            return None
        return m.start(), m.end(), {"year": year, "ambiguous": (a, b)}
    if not _valid_day(year, month, day):
        return None
    return m.start(), m.end(), {"year": year, "month": month, "day": day}


def _build_day_month(m: re.Match, text: str):
    year = int(m["year"]) if m["year"] else None
    month, day = _month_number(m["mon"]), int(m["day"])
    if not _valid_day(year, month, day):
        return None
    fields = {"year": year, "month": month, "day": day, "weekday": _weekday_number(m["wd"])}
    return m.start(), m.end(), fields


def _build_month_year(m: re.Match, text: str):
    fields = {"year": int(m["year"]), "month": _month_number(m["mon"])}
    return m.start(), m.end(), fields


def _build_month_cued(m: re.Match, text: str):
    start = m.start("rel") if m["rel"] else m.start("mon")
    fields = {"month": _month_number(m["mon"]), "relative": _relative_word(m["rel"])}
    return start, m.end(), fields


def _build_year_noun(m: re.Match, text: str):
    return m.start("year"), m.end("year"), {"year": int(m["year"])}


def _build_month_noun(m: re.Match, text: str):
    rel = m.group().split()[0].lower()
    relative = rel if rel in ("this", "last", "next") else None
    return m.start() if relative else m.start("mon"), m.end("mon"), {"month": _month_number(m["mon"]), "relative": relative}


def _build_weekday(m: re.Match, text: str):
    if _is_title_weekday(text, m.start("wd"), m.end("wd")):
        return None
    fields = {"weekday": _weekday_number(m["wd"]), "part": m["part"],
              "relative": _relative_word(m["rel"])}
    return m.start(), m.end(), fields


def _clock_fields(m: re.Match) -> Optional[dict]:
    """Part of the day, hour (0–23) and minute of a 12-hour clock time, or None."""
    part = _part_from_clock(m["hour"], m["ampm"])
    if part is None:
        return None
    hour = int(m["hour"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    zone = m.groupdict().get("zone")
    return {"part": part, "hour": hour, "minute": int(m["minute"]) if m["minute"] else None,
            "zone": ("local" if zone.lower().startswith("local") else zone.lower()) if zone else None}


def _build_clock24(m: re.Match, text: str):
    """A 24-hour clock time with its zone: "at about 2045 GMT", "between 07:28 and 08:06 UTC"
    (the first without a zone of its own is not read)."""
    hour, minute = int(m["hour"]), int(m["minute"])
    part = "morning" if 5 <= hour < 12 else "afternoon" if 12 <= hour < 17 else "evening" if 17 <= hour < 21 else "night"
    return m.start(), m.end(), {"part": part, "hour": hour, "minute": minute, "zone": m["zone"].lower()}


def _build_clock_weekday(m: re.Match, text: str):
    fields = _clock_fields(m)
    if fields is None:
        return None
    return m.start(), m.end(), {"weekday": _weekday_number(m["wd"]), **fields}


def _build_clock(m: re.Match, text: str):
    """A clock time alone: "just after 7 p.m.", "at 9.25 a.m."."""
    fields = _clock_fields(m)
    return None if fields is None else (m.start(), m.end(), fields)


def _build_day_word(m: re.Match, text: str):
    word = m["word"].lower()
    if word == "today" and m["word"] == "Today" and re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()]):
        return None   # BBC's "the Today programme"
    if word == "tonight":
        return m.start(), m.end(), {"relative": "today", "part": "night"}
    return m.start(), m.end(), {"relative": word, "part": m["part"]}


def _build_this_part(m: re.Match, text: str):
    rel = m["rel"].lower()
    if rel == "last" and m["part"] in ("morning", "afternoon"):
        return None   # "last morning of the trip" is not a date
    return m.start(), m.end(), {"relative": "today" if rel == "this" else "yesterday", "part": m["part"]}


def _build_the_unit(m: re.Match, text: str):
    piece = _PORTION.search(text[max(0, m.start() - 30):m.start()])
    if not (piece and piece["portion"]):
        return None   # "the week" alone names no time: "the week of violence", "cost the year's budget"
    return m.start(), m.end(), {"relative": f"this {m['unit']}"}


def _build_unit(m: re.Match, text: str):
    if re.search(r"\b(?:the|over|past)\s+$", text[max(0, m.start() - 6):m.start()], re.IGNORECASE):
        return None   # "over the last year" is a duration
    return m.start(), m.end(), {"relative": f"{m['rel'].lower()} {m['unit']}"}


def _build_year_cued(m: re.Match, text: str):
    if _is_count(text, m.end()) or re.match(r"[-–'’]\w", text[m.end():]):
        return None   # "in 2000 homes", "in 2008-09", "since 1991's"
    return m.start("year"), m.end(), {"year": int(m["year"])}


_RULES = (       # (pattern, builder, whether a match holds a digit)
    (_RE_ISO, _build_iso, True),
    (_RE_NUMERIC, _build_numeric, True),
    (_RE_DMY, _build_day_month, True),
    (_RE_DMY_COMMAS, _build_day_month, True),
    (_RE_MDY, _build_day_month, True),
    (_RE_MONTH_YEAR, _build_month_year, True),
    (_RE_MONTH_CUED, _build_month_cued, False),
    (_RE_MONTH_NOUN, _build_month_noun, False),
    (_RE_YEAR_NOUN, _build_year_noun, True),
    (_RE_CLOCK_WEEKDAY, _build_clock_weekday, True),
    (_RE_WEEKDAY_CLOCK, _build_clock_weekday, True),
    (_RE_WEEKDAY, _build_weekday, False),
    (_RE_CLOCK, _build_clock, True),
    (_RE_CLOCK24, _build_clock24, True),
    (_RE_DAY_WORD, _build_day_word, False),
    (_RE_THIS_PART, _build_this_part, False),
    (_RE_UNIT, _build_unit, False),
    (_RE_THE_UNIT, _build_the_unit, False),
    (_RE_YEAR_CUED, _build_year_cued, True),
)
_DIGIT = re.compile(r"\d")


def _scan(text: str, *, us_numeric: bool) -> list[tuple[int, int, dict]]:
    """All time expressions in ``text``, longest first where they overlap, in text order."""
    found = []
    digits = _DIGIT.search(text) is not None
    for pattern, build, needs_digit in _RULES:
        if needs_digit and not digits:
            continue        # most sentences have no digit: half the patterns need not run
        for m in pattern.finditer(text):
            got = build(m, text)
            if got is not None:
                found.append(got)
    found.sort(key=lambda item: (item[0] - item[1], item[0]))
    taken: list[tuple[int, int, dict]] = []
    used = bytearray(len(text))
    for start, end, fields in found:
        if not any(used[start:end]):
            used[start:end] = b"\x01" * (end - start)
            taken.append((start, end, fields))
    taken.sort(key=lambda item: item[0])
    for _, _, fields in taken:
        pair = fields.pop("ambiguous", None)
        if pair and us_numeric and _valid_day(fields["year"], pair[0], pair[1]):
            fields["month"], fields["day"] = pair
    return taken


def _set_date(fields: dict, day: datetime.date) -> None:
    fields.update(year=day.year, month=day.month, day=day.day, weekday=day.weekday(), relative=None)


def _resolve(fields: dict, published: datetime.date) -> dict:
    """Fill calendar fields that the publication date determines; see the module docstring."""
    original, fields = fields, dict(fields)
    rel = fields.get("relative")
    has_date = any(fields.get(k) is not None for k in ("year", "month", "day"))
    try:
        if rel in _DAY_SHIFT:
            _set_date(fields, published + datetime.timedelta(days=_DAY_SHIFT[rel]))
        elif fields.get("weekday") is not None and not has_date and rel in _WEEKDAY_WINDOW:
            first = _WEEKDAY_WINDOW[rel]
            for k in range(first, first + 7):
                day = published + datetime.timedelta(days=k)
                if day.weekday() == fields["weekday"]:
                    _set_date(fields, day)
                    break
        elif fields.get("month") is not None and fields.get("year") is None and rel in _STEP:
            month, year = fields["month"], published.year
            if rel == "last" and month >= published.month:
                year -= 1
            elif rel == "next" and month <= published.month:
                year += 1
            fields.update(year=year, relative=None)
        elif rel and rel.endswith(" year"):
            fields.update(year=published.year + _STEP[rel.split()[0]], relative=None)
        elif rel and rel.endswith(" month"):
            index = published.year * 12 + published.month - 1 + _STEP[rel.split()[0]]
            fields.update(year=index // 12, month=index % 12 + 1, relative=None)
    except (OverflowError, ValueError):
        return original   # a publication date at the ends of the calendar
    return fields


def extract_times(text: str, offset: int = 0, *,
                  published: datetime.date | None = None) -> Iterator[TimeFact]:
    """Yield the times stated in ``text`` as ``TimeFact``s, in document order.

    ``start``/``end`` are ``offset`` plus the position in ``text``; ``fact.text`` is the exact
    span. With ``published``, relative times are resolved to calendar fields (see the module
    docstring for the rules); without it they stay symbolic in ``relative``.

    >>> [t.text for t in extract_times("Rowley released a letter on Sunday night")]
    ['Sunday night']
    >>> t, = extract_times("killed last September", published=datetime.date(2023, 9, 25))
    >>> (t.year, t.month, t.relative)
    (2022, 9, None)

    Cost: O(n) in the length of ``text`` for each of a dozen regular expressions, plus
    O(k log k) to keep the longest of overlapping matches (k matches). Never raises on
    arbitrary text.
    """
    if not isinstance(text, str):
        return
    for start, end, fields in _scan(text, us_numeric=False):
        if published is not None:
            fields = _resolve(fields, published)
        portion = None
        if fields.get("day") is None and fields.get("weekday") is None:
            piece = _PORTION.search(text[max(0, start - 30):start])
            if piece:
                portion = " ".join((piece.group("portion") or piece.group("edge")).lower().split())
                start -= len(piece.group())
        bound = _BOUND.search(text[max(0, start - 30):start])
        qualifier = bound.group(1).lower() if bound else None
        if qualifier == "between" and text[end:end + 2] in ("'s", "\u2019s"):
            qualifier = None        # "the brawl between Saturday's finalists": who, not a period
        yield TimeFact(text=text[start:end], start=offset + start, end=offset + end,
                       year=fields.get("year"), month=fields.get("month"), day=fields.get("day"),
                       weekday=fields.get("weekday"), part=fields.get("part"), hour=fields.get("hour"),
                       minute=fields.get("minute"), relative=fields.get("relative"),
                       qualifier=qualifier, portion=portion,
                       zone=fields.get("zone"),
                       approximate=fields.get("hour") is not None and bool(_HEDGE.search(text[max(0, start - 20):start])))


# how many sentences before a date of a month without a year may lend it the year
YEAR_REACH = 2


def inherit_years(sentences: Sequence[list], texts: Sequence[str]) -> None:
    """A date of a month without a year ("on Nov. 17") takes the year of a date of the same
    month written with its year in one of the ``YEAR_REACH`` sentences before it, the nearest
    ("In November 1973, students barricaded themselves inside … Fearful that the revolt would
    spread, on Nov. 17 the national police moved in"): a story told in order dates its days by
    the month it has named. Not a year itself lent (no chains), nor one of a sentence about an
    anniversary ("the anniversary of the uprising of November 1973. On Nov. 17, riot police
    fired …"), nor one of the date's own sentence ("Smith, who joined the firm in November 2001,
    was arrested on Nov. 17"). In place, over each content sentence's facts in report order; a
    time counted from the publication date ("last Nov. 17") keeps its own reading. ``texts``:
    the sentences, as ``sentences`` holds their facts. O(n) over the times.

    >>> texts = ["In November 1973, students rebelled.", "On Nov. 17 the police moved in; by Dec. 1 it was over."]
    >>> found = [list(extract_times(text)) for text in texts]
    >>> inherit_years(found, texts)
    >>> [(t.text, t.year) for t in found[1]]
    [('Nov. 17', 1973), ('Dec. 1', None)]
    """
    written = [[t for t in facts if isinstance(t, TimeFact) and t.year is not None and t.month is not None]
               for facts in sentences]
    for k, facts in enumerate(sentences):
        for n, t in enumerate(facts):
            if not isinstance(t, TimeFact) or t.month is None or t.year is not None or t.relative is not None:
                continue
            lender = next((u for j in range(k - 1, max(-1, k - YEAR_REACH - 1), -1) for u in reversed(written[j])
                           if u.month == t.month and not _ANNIVERSARY.search(texts[j])), None)
            if lender is not None:
                facts[n] = dataclasses.replace(t, year=lender.year)


_ANNIVERSARY = re.compile(r"\banniversar", re.I)     # "the anniversary of the uprising of November 1973"


# a part of a year or a month: "the end of this year", "the second half of 2012", "early 2013"
_PORTION = re.compile(r"(?:\b(?:the\s+)?(?P<portion>end|beginning|start|middle|first\s+half|second\s+half|"
                      r"(?:first|second|third|fourth)\s+quarter)\s+of\s+(?:the\s+)?|\b(?P<edge>early|late|mid)[\s\-]+)$", re.I)

# a clock time given roughly: "at about 2045 GMT", "around 7 p.m." (the words that make a
# figure approximate, from the number parser's bounds.toml)
HEDGE_WORDS = "|".join(re.escape(" ".join(words)).replace(r"\ ", r"\s+") for words, kind in BEFORE_PHRASES
                       if kind in ("~", "~<") and words[0][:1].isalpha())
_HEDGE = re.compile(r"\b(?:" + HEDGE_WORDS + r")\s+(?:at\s+)?$", re.I)

# a time that bounds a period rather than dating an event: "since 1991", "until Monday"
_BOUND = re.compile(r"\b(since|until|till|before|after|by|from|between|through|as\s+of|ahead\s+of|prior\s+to)"
                    r"\s+(?:(?:the|last|this|next|early|late|mid|on|in)[\s\-]+)?$", re.I)


# a year-first date on a date line: "2012.08.08", "2012-08-08", "2012/8/8"
_RE_DATELINE_ISO = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)([-./])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?![\d.])")


def find_publication_date(text: str) -> datetime.date | None:
    """The date of the date line near the top of an article, or None.

    Looks at the first six non-blank lines for a full date (day, month and year) on a line
    that reads as a date line: it has a clock time ("1:41 PM") and a dozen words at most, a
    word such as "Updated" or "Published", or the date fills at least half of it. Numeric dates are read month/day when
    both numbers are 12 or less (see the module docstring); a two-digit year only in a
    month-first date that opens a line with a clock time ("04/28/09 07:35 PM ET").

    >>> find_publication_date("Headline\\n8:05am UK, Monday 16 September 2013\\nBody.")
    datetime.date(2013, 9, 16)
    >>> find_publication_date("Headline\\n04/28/09 07:35 PM ET\\nBody.")
    datetime.date(2009, 4, 28)
    >>> find_publication_date("Headline\\nPublished: 2012.08.08 09:01 AM\\nBody.")
    datetime.date(2012, 8, 8)
    >>> find_publication_date("Headline\\nWASHINGTON, DC, April 28, 2009\\nBody."), \\
    ...     find_publication_date("Headline\\nWEDNESDAY, APRIL 24TH, 2013 AT 10:40 AM\\nBody.")
    (datetime.date(2009, 4, 28), datetime.date(2013, 4, 24))
    >>> find_publication_date("Greece faces a May 19 due date") is None
    True

    Cost: O(n) in the length of the first lines.
    """
    found = publication_dateline(text)
    return found[0] if found else None


# a clock time makes a date line of a short line only, not of a sentence ("Zurana Horton, 34, was
# killed on Oct. 21, 2011 while walking … after 2 p.m.")
_DATELINE_WORDS = 12
_LINE = re.compile("[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")     # a line, as str.splitlines ends one


def publication_dateline(text: str) -> tuple[datetime.date, int, int] | None:
    """The date of the date line near the top of an article with the offsets of its date in
    ``text`` (as :func:`find_publication_date` reads it), or None.

    >>> publication_dateline("Headline\\nWASHINGTON, DC, April 28, 2009\\nBody.")
    (datetime.date(2009, 4, 28), 25, 39)
    """
    if not isinstance(text, str):
        return None
    lines = []
    for m in _LINE.finditer(text):
        if m.group().strip():
            lines.append((m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip()))
        if len(lines) == _DATELINE_LINES:
            break
    for at, line in lines:
        if sum(c.isupper() for c in line) > 2 * sum(c.islower() for c in line):
            # "WEDNESDAY, APRIL 24TH, 2013 AT 10:40 AM", read as "Wednesday, April 24th, 2013 …"
            line = re.sub(r"[A-Z]{2,}", lambda m: m.group().capitalize(), re.sub(
                r"(?<=\d)(?:ST|ND|RD|TH)\b", lambda m: m.group().lower(), line))
        # (a clock time makes a date line of a short line only; a cue word of any line)
        marked = bool((_RE_DATELINE_CLOCK.search(line) and len(line.split()) <= _DATELINE_WORDS) or
                      _RE_DATELINE_CUE.search(line))
        for start, end, fields in _scan(line, us_numeric=True):
            if None in (fields.get("year"), fields.get("month"), fields.get("day")):
                continue
            looks_like_dateline = (
                marked or 2 * (end - start) >= len(line)
                or (_RE_DATELINE_PLACE.match(line[:start]) and end >= len(line.rstrip(" .")))
            )
            if looks_like_dateline:
                return datetime.date(fields["year"], fields["month"], fields["day"]), at + start, at + end
        iso = _RE_DATELINE_ISO.search(line)
        if iso and (marked or 2 * len(iso.group()) >= len(line)):
            year, month, day = int(iso["year"]), int(iso["month"]), int(iso["day"])
            if _valid_day(year, month, day):
                return datetime.date(year, month, day), at + iso.start(), at + iso.end()    # "Published: 2012.08.08 09:01 AM"
        short = _RE_DATELINE_SHORT.match(line) or _RE_DATELINE_POSTED.search(line)
        if short and _RE_DATELINE_CLOCK.search(line, short.end()):
            year, month, day = 2000 + int(short["year"]), int(short["month"]), int(short["day"])
            if _valid_day(year, month, day):
                return datetime.date(year, month, day), at + short.start(), at + short.end()
    return None
