"""Tests for factcheck.facts.numbers: spec conformance, news sentences, properties."""
from __future__ import annotations

import importlib.util
import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.facts.numbers import extract_quantities, parse_number, to_base
from factcheck.model import Quantity

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("conformance", ROOT / "tools" / "conformance.py")
conformance = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(conformance)

DIVERGENCES = set(re.findall(r"`(Specs/Number/English/[^`#]+#\d+)`",
                             (ROOT / "tests" / "conformance" / "DIVERGENCES.md")
                             .read_text(encoding="utf-8")))


def _conformance_params():
    for model in conformance.FILES:
        for case in conformance.load(model):
            marks = ()
            if case["source"] in DIVERGENCES:
                marks = pytest.mark.xfail(strict=True, reason="listed in DIVERGENCES.md")
            yield pytest.param(model, case, id=case["source"].split("/")[-1], marks=marks)


@pytest.mark.parametrize("model, case", list(_conformance_params()))
def test_conformance(model, case):
    ok, ours = conformance.evaluate_case(model, case)
    assert ok, [(q.text, q.value, q.low, q.high) for q in ours]


def test_conformance_goals():
    results = conformance.run()
    passed, total, _ = results["NumberModel"]
    assert passed / total >= 0.95
    passed, total, _ = results["NumberRangeModelExperimentalMode"]
    assert passed / total >= 0.90


# --------------------------------------------------------------------------- news usage

def only(text: str, **kw) -> Quantity:
    qs = list(extract_quantities(text, **kw))
    assert len(qs) == 1, [(q.text, q.value) for q in qs]
    return qs[0]


def check(q: Quantity, **fields) -> None:
    for name, want in fields.items():
        got = getattr(q, name)
        if isinstance(want, float) and got is not None:
            assert math.isclose(got, want, rel_tol=1e-9), (name, got, want)
        else:
            assert got == want, (name, got, want)


def test_approximate_range_of_officers():
    s = ("According to reports, around 90 to 100 Met firearms officers laid down their arms "
         "by Saturday evening")
    q = only(s)
    check(q, text="around 90 to 100", value=None, low=81.0, high=110.0, approximate=True,
          counts="officer", qualifier="around")
    assert s[q.start:q.end] == q.text


def test_more_than():
    q = only("The BBC said more than 100 officers had turned in their firearm permits")
    check(q, text="more than 100", value=100.0, low=100.0, high=None, low_inclusive=False,
          counts="officer", qualifier="more than")


def test_about():
    q = only("a growing rebellion of about 100 officers")
    check(q, value=100.0, low=90.0, high=110.0, approximate=True, counts="officer")


def test_tolerance_is_a_keyword():
    q = only("about 100 officers", tolerance=0.2)
    check(q, low=80.0, high=120.0)


def test_age_hyphenated():
    q = only("the murder of 24-year-old Chris Kaba")
    check(q, text="24-year-old", value=24.0, counts="age", unit="year")


def test_age_after_name_and_aged():
    check(only("Robert Buckley, 32, died"), value=32.0, counts="age", unit="year")
    check(only("Anthony LaCalamita, 38, was shot"), value=38.0, counts="age")
    check(only("a man aged 24 was arrested"), value=24.0, counts="age")


def test_ratio():
    q = only("Only about one in 10 of London's police officers carry firearms")
    check(q, value=0.1, unit="ratio", approximate=True)
    check(only("3 out of 5 doctors agree"), value=0.6, unit="ratio")


def test_incidents_and_twice():
    qs = list(extract_quantities("He said of 4,000 armed incident a year on average, Met "
                                 "officers opened fire only twice on average"))
    assert [(q.text, q.value, q.counts, q.unit) for q in qs] == [
        ("4,000", 4000.0, "incident", None), ("twice", 2.0, None, "times")]


def test_wire_copy_euro_and_dollars():
    qs = list(extract_quantities("a euro110 billion ($141 billion) loan package"))
    assert [(q.text, q.value, q.unit) for q in qs] == [
        ("euro110 billion", 110e9, "EUR"), ("$141 billion", 141e9, "USD")]


def test_currency_words_after():
    qs = list(extract_quantities("a 110 billion euro (93.6 billion pound) aid package"))
    assert [(q.value, q.unit) for q in qs] == [(110e9, "EUR"), (93.6e9, "GBP")]
    check(only("Greece will get 30 billion euros"), value=30e9, unit="EUR")


def test_money_abbreviations():
    qs = list(extract_quantities("It cost £48,000, then $1.2m and finally 3bn"))
    assert [(q.value, q.unit) for q in qs] == [(48000.0, "GBP"), (1.2e6, "USD"), (3e9, None)]


def test_vague_plural():
    q = only("Tens of thousands of people took to the streets")
    check(q, value=None, low=10000.0, high=100000.0, high_inclusive=False, approximate=True,
          counts="people")
    q = only("hundreds of protesters gathered")
    check(q, low=100.0, high=1000.0, counts="protester")


def test_crowd_estimates():
    check(only("Police put the march at roughly 30,000 people"), value=30000.0,
          low=27000.0, high=33000.0, counts="people")
    check(only("But witnesses said there were more than 50,000."), value=50000.0,
          low=50000.0, counts=None)
    check(only("another 20,000 people marched"), value=20000.0, counts="people")
    check(only("12 people were injured"), counts="people")
    check(only("three bank workers were killed"), value=3.0, counts="worker")


def test_nearly_is_below():
    check(only("nearly 100 people"), low=90.0, high=100.0, high_inclusive=False,
          approximate=True, value=100.0)


def test_speeds():
    q = only("at speeds of more than 100 mph")
    check(q, unit="mph", low=100.0)
    assert to_base(q)[0] == "speed" and math.isclose(to_base(q)[1], 160.9344)
    q = only("at speeds up to 193km/h")
    check(q, unit="km/h", high=193.0, high_inclusive=True, low=None, qualifier="up to")


def test_areas():
    a = only("The 170,000-square-foot building")
    b = only("The 15,800-square-metre building")
    check(a, text="170,000-square-foot", unit="sq ft")
    check(b, text="15,800-square-metre", unit="m2")
    assert to_base(a)[0] == to_base(b)[0] == "area"
    assert abs(to_base(a)[1] - 15800) / 15800 < 0.01


def test_lengths():
    a = only("about 15 miles north of Detroit", tolerance=0.0)
    b = only("about 24km north of Detroit", tolerance=0.0)
    assert to_base(a)[0] == to_base(b)[0] == "length"
    assert abs(to_base(a)[1] - 24000) < 200
    check(only("falling around 2,000ft"), unit="ft", value=2000.0, approximate=True)
    check(only("fell around 200ft"), unit="ft", value=200.0)


def test_other_units():
    qs = list(extract_quantities("a magnitude 7.4 quake, 35°C, 20 kg, 3 tonnes, "
                                 "45 minutes and 3 days"))
    assert [(q.value, q.unit) for q in qs] == [
        (7.4, "magnitude"), (35.0, "°C"), (20.0, "kg"), (3.0, "tonne"), (45.0, "minute"),
        (3.0, "day")]
    assert to_base(qs[5]) == ("duration", 259200.0, 259200.0)


def test_more_news_forms():
    check(only("A record 45.6C was recorded."), value=45.6, unit="°C")
    check(only("Between 5 and 10 million people could be affected."), low=5e6, high=1e7,
          counts="people")
    check(only("An estimated 2,500 people attended."), value=2500.0, approximate=True,
          counts="people", qualifier="An estimated")
    check(only("more than a million people"), value=1e6, low=1e6, counts="people")
    check(only("One person died"), value=1.0, counts="person")
    check(only("Some 300 people attended"), value=300.0, approximate=True)
    qs = list(extract_quantities("The vote was 52% to 48%"))
    assert [(q.value, q.unit) for q in qs] == [(52.0, "%"), (48.0, "%")]


def test_money_ranges_vague_words_and_folds():
    check(only("between $5m and $10m was spent"), low=5e6, high=1e7, unit="USD")
    check(only("£5m to £10m"), low=5e6, high=1e7, unit="GBP")
    check(only("10-15% of voters"), low=10.0, high=15.0, unit="%")
    check(only("people aged 18 to 24"), low=18.0, high=24.0, counts="age")
    check(only("some 40 to 50 people"), low=36.0, high=55.0, approximate=True)
    check(only("a few hundred people"), low=200.0, high=1000.0, approximate=True,
          counts="people")
    check(only("several thousand protesters"), low=2000.0, high=10000.0,
          counts="protester")
    check(only("a threefold increase"), value=3.0, unit="times")
    check(only("a quarter of a million"), value=250000.0)
    qs = list(extract_quantities("In the first half of 2010, 1.5 million people"))
    assert [(q.text, q.value, q.ordinal) for q in qs] == [
        ("first", 1.0, True), ("1.5 million", 1.5e6, False)]


def test_percentages():
    qs = list(extract_quantities("unemployment rose to 7.5 per cent, up 2%"))
    assert [(q.value, q.unit) for q in qs] == [(7.5, "%"), (2.0, "%")]
    assert to_base(qs[0])[0] == "percent"


def test_ranges_are_closed():
    for s in ("between 90 and 100 officers", "from 90 to 100 officers", "90-100 officers",
              "90–100 officers", "90 to 100 officers"):
        q = only(s)
        check(q, value=None, low=90.0, high=100.0, low_inclusive=True, high_inclusive=True,
              counts="officer")


def test_bounds():
    cases = [
        ("at least 20 people", 20.0, None, True, False),
        ("no fewer than 5 people", 5.0, None, True, False),
        ("in excess of 5 people", 5.0, None, False, False),
        ("fewer than 10 people", None, 10.0, False, False),
        ("under 18 people", None, 18.0, False, False),
        ("up to 700 contract workers", None, 700.0, False, True),
        ("as many as 50 people", None, 50.0, False, True),
        ("no more than 12 people", None, 12.0, False, True),
    ]
    for s, low, high, li, hi in cases:
        q = only(s)
        check(q, low=low, high=high)
        if low is not None:
            assert q.low_inclusive is li, s
        if high is not None:
            assert q.high_inclusive is hi, s


def test_words_fractions_multiples_ordinals():
    check(only("a dozen officers"), value=12.0, counts="officer")
    check(only("twenty-four officers"), value=24.0, counts="officer")
    check(only("two-thirds of voters"), value=2 / 3, counts="voter")
    check(only("half of the officers"), value=0.5, counts="officer")
    check(only("three times as many"), value=3.0, unit="times")
    check(only("He was the second person"), value=2.0, ordinal=True)
    check(only("she came 3rd"), value=3.0, ordinal=True)
    check(only("a third officer was hurt"), text="third", value=3.0, ordinal=True,
          counts="officer")
    check(only("a third of officers"), text="a third", value=1 / 3, ordinal=False)


@pytest.mark.parametrize("text", [
    "It happened in 2008 and since 1991",
    "on May 19 and 19 May",
    "Updated 5/5/2010 1:41 PM",
    "at 10 a.m. and 9pm",
    "on Interstate 75 near I-75 and the A1, flight NX121",
    "one of them said no one would know the one that left, one day",
    "see http://example.com/page?id=30%20",
    "they have to make split-second decisions",
    "In the 1960s and the '90s, in the 40s",
    "a 4G network on a 5G phone",
    "09, Jan, 2017 @6:00 AM",
    "He lives at No. 10 during the Covid-19 pandemic, a Boeing 737",
    "Formula 1 on BBC Radio 4 after World War 2, on Windows 10",
    "In 2019-20, open 24/7 since 9/11",
    "hackers exploit a zero-day flaw, a one-off on a two-way street",      # ECB+ 27: fixed phrases
])
def test_not_quantities(text):
    assert list(extract_quantities(text)) == []


@pytest.mark.parametrize("text, unit, low, high", [
    ("She won 6-3 in the final set", "score", 6, 3),
    ("after a 2-0 win over Leeds", "score", 2, 0),
    ("Colts beat the Chiefs 20-13 on Sunday", "score", 20, 13),
    ("The 76ers have a record of 9-14 and", "record", 9, 14),      # ECB+ 5: low to high, but a record
    ("the 76ers have opened 9-14 with eight losses", "record", 9, 14),
    ("Klitschko (52-3, 46 KOs) kept his titles", "record", 52, 3),
    ("Challenger Dario Pelc, 31-4, 22 KOs, lost on points", "record", 31, 4),      # set off after a name
    ("The Hawks, 7-2, lost to the Jets, 24-17, on Sunday", "record", 7, 2),
    ("The Hawks lost to the Jets, 24-17, on Sunday", "score", 24, 17),           # a result verb before the name
    ("By beating the Jets, the Hawks' record rose to 9-5 on the season", "record", 9, 5),
])
def test_results_and_records_are_figures_as_written(text, unit, low, high):
    q = next(q for q in extract_quantities(text) if q.unit in ("score", "record"))
    assert (q.unit, q.low, q.high, q.value) == (unit, low, high, None)


@pytest.mark.parametrize("text, low, high", [
    ("a man in his 40s was arrested", 40, 49),
    ("a woman in her early thirties", 30, 33),
    ("both were in their mid-20s", 23, 26),
    ("he was in his late sixties", 66, 69),
])
def test_a_decade_of_life_is_an_age(text, low, high):
    q = next(extract_quantities(text))
    assert (q.counts, q.unit, q.low, q.high, q.value) == ("age", "year", low, high, None)


@pytest.mark.parametrize("text, value, unit", [
    ("He was sentenced to 2-1/2 years in prison", 2.5, "year"),    # a mixed number with a hyphen
    ("after 3-1/2 months of talks", 3.5, "month"),
    ("He got 2 1/2 years", 2.5, "year"),
])
def test_mixed_numbers(text, value, unit):
    q = next(extract_quantities(text))
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, value", [
    ("The girl, who turned 15 last month, was hurt", 15), ("He turns 40 on Friday.", 40), ("She turned 21.", 21)])
def test_turned_n_is_an_age(text, value):
    q = next(extract_quantities(text))
    assert (q.value, q.counts) == (value, "age")


def test_turned_with_a_unit_is_no_age():
    q = next(extract_quantities("Shares turned 15 percent higher"))
    assert q.counts != "age"


def test_an_abbreviation_plural_counts_its_singular():
    assert next(extract_quantities("with 22 KO's in his career")).counts == "ko"


@pytest.mark.parametrize("text", ["90-100 officers were deployed", "for 5-10 years", "between 20-30 people"])
def test_a_pair_written_low_to_high_is_a_range(text):
    q = next(extract_quantities(text))
    assert q.unit not in ("score", "record") and q.low < q.high


def test_offsets_and_text():
    s = "Police said about 100 officers came."
    q = only(s)
    q2 = next(extract_quantities(s, 1000))
    assert q2.start == q.start + 1000 and q2.end == q.end + 1000
    assert s[q.start:q.end] == q.text == q2.text


def test_parse_number():
    assert parse_number("twenty-four") == 24
    assert parse_number("2.5 million") == 2.5e6
    assert parse_number("a dozen") == 12
    assert parse_number("3bn") == 3e9
    assert parse_number("a hundred") == 100
    assert parse_number("1,250,000") == 1250000
    assert parse_number("officers") is None
    assert parse_number("") is None
    assert parse_number("three four") is None


def test_to_base_money_and_counts():
    assert to_base(only("£48,000")) == ("money:GBP", 48000.0, 48000.0)
    assert to_base(only("about 100 officers"))[0] == "count"
    assert to_base(only("a 24-year-old man"))[0] == "age"


# --------------------------------------------------------------------------- properties

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
           "ninety"]


def _words_below_1000(n: int, british: bool) -> str:
    parts = []
    if n >= 100:
        parts.append(_ONES[n // 100] + " hundred")
        n %= 100
        if n and british:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS_W[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def to_words(n: int, british: bool = False) -> str:
    """A naive English number writer, for the property test."""
    if n == 0:
        return "zero"
    parts = []
    for scale, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= scale:
            parts.append(_words_below_1000(n // scale, False) + " " + name)
            n %= scale
    if n:
        if parts and n < 100 and british:
            parts.append("and")
        parts.append(_words_below_1000(n, british))
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999_999), st.booleans())
def test_words_and_digits_agree(n, british):
    assert parse_number(f"{n:,}") == n
    assert parse_number(to_words(n, british)) == n


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises(text):
    for q in extract_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["about", "more", "than", "100", "one", "in", "10", "-", "and",
                                 "a", "half", "million", "$", "%", "twenty", "first", "of",
                                 "tens", "thousands", "between", "to", "year", "old", ",",
                                 "km", "per", "cent", "nearly", "3/4", "1.5", "²", "½"]),
                max_size=12))
def test_never_raises_on_number_soup(words):
    text = " ".join(words)
    for q in extract_quantities(text):
        assert text[q.start:q.end] == q.text
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


def test_an_approximation_keeps_its_stated_interval():
    # the judge needs "around 90 to 100" as stated ([90, 100]) to tell that it meets
    # "more than 100" only through the tolerance; exact figures carry no separate interval
    [q] = extract_quantities("around 90 to 100 Met firearms officers")
    assert (q.low, q.high) == (81.0, 110.0)
    assert q.stated == (90.0, 100.0, True, True)
    [exact] = extract_quantities("more than 100 officers")
    assert exact.stated is None
    [tight] = extract_quantities("about 100 officers", tolerance=0)
    assert tight.stated is None and (tight.low, tight.high) == (100.0, 100.0)
