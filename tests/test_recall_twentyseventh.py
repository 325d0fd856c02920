"""Work of the twenty-seventh session, must-flag and must-not-flag: one time told with the day
(or the year) on one side only agrees ("around 7 p.m." / "around 7 p.m. Wednesday"), while a
time told more precisely stays compatible ("March 2005" / "March 11, 2005"); a figure whose
noun one report leaves out agrees in a group of aligned sentences when the words around the two
figures say one thing ("Some 2 million people died in the … civil war" / "some 2 million died
in the latest war"), and the word after a figure is read past its noun; "starting February"
dates a launch.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.facts.dates import extract_times
from factcheck.judge.times import relate_times
from pairs import compare, findings_of, held


def _relate(a: str, b: str):
    (ta,), (tb,) = list(extract_times(a)), list(extract_times(b))
    return relate_times(ta, tb)


# --------------------------------------------------------------------------- one time, the day on one side

@pytest.mark.parametrize("a, b, verdict", [
    ("around 7 p.m.", "around 7 p.m. Wednesday", "agree"),      # the clock time both; the day one side
    ("at 8.49pm", "at 8.49pm on Friday", "agree"),
    ("in June", "in June 2005", "agree"),                        # the month both; the year one side
    ("on Sunday", "on Sunday, Aug. 4, 2013", "agree"),           # the day both; the date one side
    # told more precisely: a field finer than any the other states
    ("in March 2005", "on March 11, 2005", "compatible"),
    ("in 2005", "in June 2005", "compatible"),
    ("on Wednesday", "on Wednesday night", "compatible"),
    ("on Wednesday", "at 7 p.m. Wednesday", "compatible"),
    # two anchors: "last night" is not Thursday night without the report's date
    ("last night", "on Thursday night", "compatible"),
])
def test_a_time_told_with_its_day_on_one_side_agrees(a, b, verdict):
    for x, y in ((a, b), (b, a)):
        got = _relate(x, y)
        assert got is not None and got[0].value == verdict, (x, y, got)


def test_the_reason_names_what_one_side_adds():
    assert _relate("around 7 p.m.", "around 7 p.m. Wednesday")[1].endswith("one side giving the weekday too")
    assert _relate("in June", "in June 2005")[1].endswith("one side giving the year too")


def test_one_time_with_the_day_on_one_side_is_reported_as_an_agreement():
    a = "Woman killed\n\nA woman was struck by a car around 7 p.m. and died at the scene, police said.\n"
    b = "Woman killed\n\nA woman was struck by a car around 7 p.m. Wednesday and died at the scene, police said.\n"
    assert ("agree", "around 7 p.m.", "around 7 p.m. Wednesday") in findings_of(compare(a, b), "date")


def test_a_time_told_more_precisely_stays_compatible_in_a_report():
    a = "Gunman jailed\n\nThe gunman was convicted of the March 2005 rampage at the courthouse.\n"
    b = "Gunman jailed\n\nThe gunman was convicted of the rampage at the courthouse on March 11, 2005.\n"
    dates = findings_of(compare(a, b, min_confidence=0.0), "date")
    assert ("compatible", "March 2005", "March 11, 2005") in dates
    assert not [d for d in dates if d[0] == "agree"]


# --------------------------------------------------------------------------- a figure's noun left out, in a group

WAR_B = ("War toll recalled\n\nThe north and the south battled two civil wars over five decades, and some 2 million "
         "died in the latest war, which ended with a peace deal in 2005.\n")


def test_a_figure_without_its_noun_agrees_in_a_group_that_tells_one_thing():
    a = ("War toll recalled\n\nThe two countries signed a peace deal in 2005 after decades of fighting.\n\n"
         "Some 2 million people died in the north-south civil war, waged for all but a few years since 1955.\n\n"
         "The deal ended the latest war between the north and the south.\n")
    rep = compare(a, WAR_B, min_confidence=0.0)
    assert any(len(p.a) > 1 for p in rep.alignments)            # (the figure stands in a group of sentences)
    assert ("agree", "Some 2 million people", "some 2 million") in findings_of(rep, "number")


def test_a_figure_without_its_noun_does_not_agree_with_another_toll_of_the_group():
    # "died" stands next to both, but nothing else around them is alike: floods, not the war
    a = ("War toll recalled\n\nThe two countries signed a peace deal in 2005 after decades of fighting.\n\n"
         "Some 2 million people died when floods swept the region in 1988.\n\n"
         "The deal ended the latest war between the north and the south.\n")
    rep = compare(a, WAR_B, min_confidence=0.0)
    assert any(len(p.a) > 1 for p in rep.alignments)
    assert not findings_of(rep, "number", "agree")
    assert ("Some 2 million", "some 2 million") in held(rep, "number.different-things")


def test_the_word_after_a_figure_is_read_past_its_noun_only():
    # "12 homes on Sunday" / "on Sunday, and 12 more were damaged": Sunday stands after the noun
    # on one side and before the figure on the other; the figures count two things
    a = "Fire\n\nThe fire destroyed 40 homes on Sunday, and 12 more were damaged, officials said.\n"
    b = "Fire\n\nThe fire destroyed 12 homes on Sunday and damaged 40, officials said.\n"
    agreed = findings_of(compare(a, b, min_confidence=0.0), "number", "agree")
    assert not [f for f in agreed if f[1] == "12"]


# --------------------------------------------------------------------------- "starting February"

@pytest.mark.parametrize("text, month", [
    ("The phone will be commercially available starting February, although no price was given.", 2),
    ("Starting January, fares rise by 5 percent.", 1),
])
def test_starting_before_a_month_dates_it(text, month):
    assert [t.month for t in extract_times(text)] == [month]
