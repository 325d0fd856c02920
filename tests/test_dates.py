"""Tests for factcheck.facts.dates: extraction, publication dates, resolution, relating times."""
import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.facts.dates import extract_times, find_publication_date
from factcheck.judge.times import relate_times
from factcheck.model import TimeFact

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
PUBLISHED = datetime.date(2023, 9, 25)   # a Monday


def fields(t):
    return (t.text, t.year, t.month, t.day, t.weekday, t.part, t.relative)


def times(text, **kwargs):
    return [fields(t) for t in extract_times(text, **kwargs)]


def one(text, **kwargs):
    found = list(extract_times(text, **kwargs))
    assert len(found) == 1, found
    return found[0]


# --- extraction from real news sentences -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("the charging on Wednesday of an officer for the murder of 24-year-old Chris Kaba, "
     "an unarmed man killed last September",
     [("Wednesday", None, None, None, WED, None, None),
      ("last September", None, 9, None, None, None, "last")]),
    ("around 90 to 100 Met firearms officers laid down their arms by Saturday evening",
     [("Saturday evening", None, None, None, SAT, "evening", None)]),
    ("police from neighbouring forces were called in to help patrol London on Saturday night.",
     [("Saturday night", None, None, None, SAT, "night", None)]),
    ("Rowley released a letter on Sunday night arguing that the rules needed reform.",
     [("Sunday night", None, None, None, SUN, "night", None)]),
    ("He was granted conditional bail and is expected to stand trial next year.",
     [("next year", None, None, None, None, None, "next year")]),
    ("The trial of the officer is not scheduled until next year.",
     [("next year", None, None, None, None, None, "next year")]),
    ("His body was recovered by a team of rescuers on Sunday afternoon after attempts on "
     "Saturday were unsuccessful.",
     [("Sunday afternoon", None, None, None, SUN, "afternoon", None),
      ("Saturday", None, None, None, SAT, None, None)]),
    ("Greece faces a May 19 due date for repaying its debts.",
     [("May 19", None, 5, 19, None, None, None)]),
    ("They were the first deaths during a protest in Greece since 1991.",
     [("1991", 1991, None, None, None, None, None)]),
    ("It was the worst violence to hit Greece since riots in 2008.",
     [("2008", 2008, None, None, None, None, None)]),
    ("The fire broke out around 10 a.m. Monday, officials said.",
     [("10 a.m. Monday", None, None, None, MON, "morning", None)]),
    ("Ordering the review of armed policing on Sunday, Braverman said",
     [("Sunday", None, None, None, SUN, None, None)]),
    ("Protesters gathered in Syntagma Square this morning.",
     [("this morning", None, None, None, None, "morning", "today")]),
    ("The minister announced the cuts yesterday and unions met today.",
     [("yesterday", None, None, None, None, None, "yesterday"),
      ("today", None, None, None, None, None, "today")]),
    ("The review was first promised last week.",
     [("last week", None, None, None, None, None, "last week")]),
    ("Parliament approved the plan earlier this year.",
     [("earlier this year", None, None, None, None, None, "this year")]),
    ("The strike began in March, and talks resume in May.",
     [("March", None, 3, None, None, None, None), ("May", None, 5, None, None, None, None)]),
    ("Police said shots were fired on Monday morning.",
     [("Monday morning", None, None, None, MON, "morning", None)]),
])
def test_news_sentences(sentence, expected):
    assert times(sentence) == expected


@pytest.mark.parametrize("text, expected", [
    ("25 Sep 2023", (2023, 9, 25)),
    ("Sept. 25", (None, 9, 25)),
    ("September 25, 2023", (2023, 9, 25)),
    ("25/09/2023", (2023, 9, 25)),          # first number > 12: day/month
    ("9/25/2023", (2023, 9, 25)),           # second number > 12: month/day
    ("5/5/2010", (2010, 5, 5)),             # the same either way
    ("2023-09-25", (2023, 9, 25)),
    ("25.09.2023", (2023, 9, 25)),
    ("the 25th of September", (None, 9, 25)),
    ("September 2023", (2023, 9, None)),
    ("in mid-2008", (2008, None, None)),
])
def test_date_forms(text, expected):
    t = one(text)
    assert (t.year, t.month, t.day) == expected


def test_ambiguous_numeric_date_keeps_only_the_year():
    t = one("on 4/5/2010 the bank")
    assert (t.text, t.year, t.month, t.day) == ("4/5/2010", 2010, None, None)


def test_weekday_before_a_date_is_kept():
    t = one("Monday, September 25")
    assert (t.weekday, t.month, t.day) == (MON, 9, 25)


def test_offsets_and_spans():
    text = "Rowley released a letter on Sunday night"
    t = one(text, offset=100)
    assert (t.start, t.end) == (100 + text.index("Sunday"), 100 + len(text))
    assert text[t.start - 100:t.end - 100] == t.text == "Sunday night"


@pytest.mark.parametrize("sentence", [
    "Spreading disaffection in the ranks is an offence under the 1996 Police Act.",
    "The helicopter hovered at 2,000ft above the crowd.",
    "Officers attended more than 4,000 armed incidents.",
    "Met officers may be ordered to hand in their weapons.",
    "Thousands joined a march through Athens.",
    "March through Athens ends in clashes",
    "The Sunday Times reported the claims.",
    "Sunday Times journalists were told",
    "The shops were full on Black Friday.",
    "Donations reached 2000 homes.",
    "Fire crews were called to 2008 incidents in 2000 homes.",
    "A policy introduced since May took office.",
    "Over the last year numbers have fallen.",
    "The officer, 24, May said, would be protected.",
    "Crowds marked May Day in Athens.",
])
def test_not_times(sentence):
    assert times(sentence) == []


def test_sunday_times_does_not_hide_a_real_sunday():
    assert times("Rowley told the Sunday Times on Sunday") == [
        ("Sunday", None, None, None, SUN, None, None)]


# --- resolution against a publication date -----------------------------------------------

def test_resolve_weekday_to_the_week_before_publication():
    wed, last_sept = extract_times(
        "the charging on Wednesday of an officer for the murder of Chris Kaba, killed last "
        "September", published=PUBLISHED)
    assert (wed.year, wed.month, wed.day, wed.weekday, wed.relative) == (2023, 9, 20, WED, None)
    assert (last_sept.year, last_sept.month, last_sept.relative) == (2022, 9, None)


def test_resolve_weekday_on_the_publication_day():
    t = one("Braverman said on Monday", published=PUBLISHED)
    assert (t.year, t.month, t.day) == (2023, 9, 25)


def test_resolve_relative_weekdays():
    last, nxt = extract_times("last Monday and next Monday", published=PUBLISHED)
    assert (last.month, last.day) == (9, 18)
    assert (nxt.month, nxt.day) == (10, 2)


def test_resolve_relative_days_years_and_months():
    got = times("yesterday, last night, next year, last month, this morning",
                published=PUBLISHED)
    assert got == [
        ("yesterday", 2023, 9, 24, SUN, None, None),
        ("last night", 2023, 9, 24, SUN, "night", None),
        ("next year", 2024, None, None, None, None, None),
        ("last month", 2023, 8, None, None, None, None),
        ("this morning", 2023, 9, 25, MON, "morning", None),
    ]


def test_last_month_name_after_that_month_in_the_same_year():
    t = one("killed last March", published=PUBLISHED)
    assert (t.year, t.month) == (2023, 3)
    t = one("due next March", published=PUBLISHED)
    assert (t.year, t.month) == (2024, 3)


def test_unresolvable_stays_symbolic():
    week, may = extract_times("last week, on May 19", published=PUBLISHED)
    assert (week.relative, week.year) == ("last week", None)
    assert (may.year, may.month, may.day) == (None, 5, 19)


def test_resolution_at_the_end_of_the_calendar_does_not_raise():
    assert times("yesterday", published=datetime.date.min) == [
        ("yesterday", None, None, None, None, None, "yesterday")]
    assert times("next Sunday", published=datetime.date.max)[0][4] == SUN


# --- publication dates -------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("Updated 5/5/2010 1:41 PM", (2010, 5, 5)),
    ("8:05am UK, Monday 16 September 2013", (2013, 9, 16)),
    ("16 September 2013 Last updated at 12:42 GMT", (2013, 9, 16)),
    ("Wed May 5, 2010 7:12pm BST", (2010, 5, 5)),
    ("April 10, 2007-7:07AM", (2007, 4, 10)),
    ("25, Sep, 2023 @6:24 PM", (2023, 9, 25)),
    ("Updated 4/5/2010 1:41 PM", (2010, 4, 5)),     # ambiguous: read month/day
])
def test_publication_date_lines(line, expected):
    article = f"Greek protests turn deadly\nBy Staff Reporter\n{line}\nATHENS - Three people died."
    assert find_publication_date(article) == datetime.date(*expected)


def test_no_publication_date():
    assert find_publication_date("Greece faces a May 19 due date\n\nIt has until then.") is None
    assert find_publication_date("") is None


def test_publication_date_only_near_the_top():
    body = "\n".join(f"Paragraph {i}." for i in range(10))
    assert find_publication_date(body + "\n25, Sep, 2023 @6:24 PM") is None


def test_a_date_in_a_headline_is_not_a_date_line():
    text = "Riots that began on 6 December 2008 recalled as anniversary nears\nBody text."
    assert find_publication_date(text) is None


# --- relating two times ------------------------------------------------------------------

def rel(a, b, **kwargs):
    (ta,), (tb,) = list(extract_times(a, **kwargs)), list(extract_times(b, **kwargs))
    return relate_times(ta, tb)


@pytest.mark.parametrize("a, b, verdict", [
    ("on Saturday", "on Saturday", "agree"),
    ("next year", "until next year", "compatible"),
    ("since 1991", "in 1991", "compatible"),
    ("since 1991", "since 1991", "agree"),
    ("since 1991", "since 2008", None),          # ECB+ greek: two different records, no conflict
    ("until Monday", "on Tuesday", None),
    ("Monday 25 Sep 2023", "25 Sep 2023", "agree"),
    ("on Saturday", "by Saturday evening", "compatible"),
    ("in September", "25 September", "compatible"),
    ("25 Sep 2023", "on Monday", "agree"),         # one day: the date names its weekday too
    ("by Saturday evening", "on Saturday night", "compatible"),
    ("last September", "September 2022", "compatible"),
    ("last Monday", "on Monday", "compatible"),
    ("on Wednesday", "on Thursday", "conflict"),
    ("Saturday evening", "Saturday morning", "conflict"),
    ("riots in 2008", "riots in 2009", "conflict"),
    ("25 Sep 2023", "on Tuesday", "conflict"),
    ("May 19", "May 20", "conflict"),
    ("on Monday", "in 2008", None),
    ("yesterday", "today", None),
    ("next year", "in 2024", None),
])
def test_relate(a, b, verdict):
    got = rel(a, b)
    assert (got[0] if got else None) == verdict
    back = rel(b, a)
    assert (back[0] if back else None) == verdict


def test_relate_reasons():
    assert rel("on Wednesday", "on Thursday") == ("conflict", "Wednesday vs Thursday: different days")
    assert rel("25 Sep 2023", "on Tuesday") == (
        "conflict", "25 Sep 2023 vs Tuesday: 25 Sep 2023 is a Monday")
    assert rel("on Saturday", "by Saturday evening") == (
        "compatible", "Saturday vs Saturday evening: Saturday evening is more precise; "
                      "'by Saturday evening' bounds a period")
    assert rel("since 1991", "in 1991") == ("compatible", "1991 vs 1991: 'since 1991' bounds a period")


def test_relate_after_resolution():
    # "yesterday" and "on Sunday" cannot be compared symbolically, but can once resolved.
    assert rel("yesterday", "on Sunday") is None
    assert rel("yesterday", "on Sunday", published=PUBLISHED)[0] == "agree"
    assert rel("yesterday", "on Saturday", published=PUBLISHED)[0] == "conflict"


# --- properties --------------------------------------------------------------------------

NEWSY = st.lists(
    st.sampled_from(list("0123456789/.-,: ")
                    + ["Monday", "Sunday", "May", "March", "September", "Sept.", "last ", "next ",
                       "this ", "in ", "since ", "the ", "Times", "night", "morning", "a.m.",
                       "pm", "yesterday", "year", "week", "\n"]),
    max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=80), NEWSY),
       published=st.one_of(st.none(), st.dates()),
       offset=st.integers(min_value=0, max_value=10_000))
def test_extract_never_raises_and_spans_are_exact(text, published, offset):
    last_end = offset
    for t in extract_times(text, offset, published=published):
        assert text[t.start - offset:t.end - offset] == t.text
        assert t.start >= last_end
        last_end = t.end
    find_publication_date(text)


def maybe(strategy):
    return st.one_of(st.none(), strategy)


TIME_FACTS = st.builds(
    TimeFact, text=st.sampled_from(["", "x"]), start=st.just(0), end=st.just(0),
    year=maybe(st.integers(2007, 2009)), month=maybe(st.integers(1, 12)),
    day=maybe(st.integers(1, 31)), weekday=maybe(st.integers(0, 6)),
    part=maybe(st.sampled_from(["morning", "afternoon", "evening", "night"])),
    relative=maybe(st.sampled_from(["last", "next", "yesterday", "today", "next year"])))


@settings(max_examples=300, deadline=None)
@given(a=st.one_of(TIME_FACTS, NEWSY.flatmap(lambda s: st.just(list(extract_times(s))))),
       b=TIME_FACTS)
def test_relate_is_symmetric_in_verdict(a, b):
    for fact in (a if isinstance(a, list) else [a]):
        ab, ba = relate_times(fact, b), relate_times(b, fact)
        assert (ab and ab[0]) == (ba and ba[0])
        if ab:
            assert ab[0] in {"agree", "compatible", "conflict"} and ab[1]
