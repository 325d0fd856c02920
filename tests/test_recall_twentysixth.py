"""Work of the twenty-sixth session, through the pipeline, must-flag and must-not-flag: a time
that agrees with a restatement on the other side takes its partner before another time is set
against it ("In 2002, she became president …" and "… elected to the board in 1995" against "in
1995 she was elected to the board"); a time told of one of several events of a kind ("The first
quake … struck at 4:43 a.m.") against the story's event's time is held below the default
confidence; and a headline's figure against its own lead's, each the one of its kind ("Thieves
take $3.1 million" … "a 2.5-million-euro ($3.4-million) haul").

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.model import Verdict
from factcheck.settings import Thresholds
from pairs import compare, findings_of, held


# --------------------------------------------------------------------------- agreements pair first

DOCTOR_B = ("Doctor honoured\n\n"
            "In 1995 she was elected to the national medical association's board of trustees, making her the "
            "first black woman on the board.\n")


def test_a_time_agreeing_with_a_restatement_is_not_set_against_another_time():
    a = ("Doctor honoured\n\n"
         "In 2002, she became president of the state medical association, making her the first black woman "
         "on the board.\n\n"
         "She was elected to the national medical association's board of trustees in 1995, making her the "
         "first black woman on the board.\n")
    rep = compare(a, DOCTOR_B, min_confidence=0.0)
    dates = findings_of(rep, "date")
    assert ("agree", "1995", "1995") in dates
    assert not [d for d in dates if d[0] in ("differs", "conflict")]


def test_a_time_a_restatement_fits_takes_its_partner_in_the_order_they_stand():
    # "died Thursday night" fits "died on Thursday" as well as "told … on Thursday" agrees with it
    a = ("Pin-up icon dies\n\n"
         "Bettie Page, whose pin-up photos made her a cult favourite, died Thursday night at a Los Angeles "
         "hospital, her agent said.\n\n"
         "Hugh Hefner told reporters on Thursday that Bettie Page was a remarkable pin-up queen who will be "
         "remembered for her influence on fashion.\n")
    b = ("Pin-up icon dies\n\n"
         "Bettie Page, the pin-up queen who died on Thursday, will be remembered for her influence on "
         "fashion.\n")
    assert findings_of(compare(a, b), "date") == [("compatible", "Thursday night", "Thursday")]


def test_a_time_with_no_agreeing_partner_is_still_set_against_the_other():
    # one sentence each, worded alike: 2002 against 1995 stays a discrepancy
    a = ("Doctor honoured\n\n"
         "In 2002 she was elected to the national medical association's board of trustees, making her the "
         "first black woman on the board.\n")
    assert [d for d in findings_of(compare(a, DOCTOR_B), "date") if d[0] in ("differs", "conflict")] == \
        [("conflict", "2002", "1995")]


# --------------------------------------------------------------------------- one of several events

QUAKE_A = ("Quake hits Papua\n\n"
           "A magnitude 6.1 earthquake struck off the coast of Papua at 7:48 a.m. local time, the U.S. "
           "Geological Survey said.\n")


@pytest.mark.parametrize("b", [
    "The first quake, magnitude 7.6, struck off the coast of Papua at 4:43 a.m. local time, the U.S. "
    "Geological Survey said.",
    "Another strong quake struck off the coast of Papua at 4:43 a.m. local time, the U.S. Geological Survey said.",
])
def test_a_time_of_one_of_several_quakes_is_held_below_the_default(b):
    rep = compare(QUAKE_A, "Quakes rock Papua\n\n" + b + "\n", min_confidence=0.0)
    got = [f for f in rep.findings if f.kind == "date" and f.verdict.rank >= Verdict.DIFFERS.rank]
    assert [(f.a.text, f.b.text) for f in got] == [("7:48 a.m. local time", "4:43 a.m. local time")]
    assert "date.one-of-several" in got[0].lowered
    assert got[0].confidence < Thresholds().min_confidence


def test_two_times_of_the_same_one_of_several_quakes_are_not_lowered():
    # (worded apart, so that no one-value edit of one sentence ties them instead)
    a = ("Quakes rock Papua\n\n"
         "The first quake struck off the coast of Papua at 4:48 a.m. local time, the U.S. Geological "
         "Survey said.\n")
    b = ("Quakes rock Papua\n\n"
         "The first quake, measured by the U.S. Geological Survey, hit the Papua coast at 4:43 a.m. local time.\n")
    got = [f for f in compare(a, b).findings if f.kind == "date" and f.verdict.rank >= Verdict.DIFFERS.rank]
    assert [(f.a.text, f.b.text) for f in got] == [("4:48 a.m. local time", "4:43 a.m. local time")]
    assert "date.one-of-several" not in got[0].lowered


def test_a_run_of_event_words_names_one_event():
    # "The first quake, a magnitude 7.6 tremor, struck": the run goes back to "quake"
    b = ("Quakes rock Papua\n\n"
         "The first quake, a magnitude 7.6 tremor, struck off the coast of Papua at 4:43 a.m. local time, "
         "the U.S. Geological Survey said.\n")
    got = [f for f in compare(QUAKE_A, b, min_confidence=0.0).findings
           if f.kind == "date" and f.verdict.rank >= Verdict.DIFFERS.rank]
    assert [f.lowered for f in got] == [("date.one-of-several",)]


# --------------------------------------------------------------------------- a headline against its lead

OTHER = ("Jewellery store raided\n\n"
         "Four men rammed a car into a jewellery store in central Paris on Monday, police said.\n")


def _self(rep, side: str = "B"):
    return [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings
            if f.kind == "number" and f.a.source == f.b.source == side]


def test_a_headline_figure_against_its_own_lead_is_flagged():
    b = ("Thieves take $3.1 million in gems\n\n"
         "Four men rammed a car into a jewellery store in central Paris on Monday, making off with a "
         "2.5-million-euro ($3.4-million) haul, police said.\n")
    rep = compare(OTHER, b)
    assert _self(rep) == [("differs", "$3.1 million", "$3.4-million")]
    assert "headline" in next(f for f in rep.findings if f.a.source == f.b.source == "B").message


@pytest.mark.parametrize("b", [
    # the headline agrees with the lead
    "Thieves take $3.4 million in gems\n\nFour men made off with a 2.5-million-euro ($3.4-million) haul, "
    "police said.\n",
    # a first line that ends with a stop is the lead itself, not a headline
    "Thieves took $3.1 million in gems on Monday, police said.\n\nFour men made off with a 2.5-million-euro "
    "($3.4-million) haul in central Paris.\n",
    # two sums in the headline, or two in the lead: which one is restated is unclear
    "Thieves take $3.1 million in gems, $0.2 million in cash\n\nFour men made off with a 2.5-million-euro "
    "($3.4-million) haul, police said.\n",
    "Thieves take $3.1 million in gems\n\nFour men made off with $3.4 million in jewellery and $0.5 million "
    "in watches, police said.\n",
])
def test_no_headline_finding_without_one_figure_of_its_kind_on_each_side(b):
    assert _self(compare(OTHER, b, min_confidence=0.0)) == []


@pytest.mark.parametrize("b, pair", [
    # a deal's price and a price per share
    ("Chip maker sold for $5.4 billion\n\nThe buyer will pay $21 for each share of the company, its "
     "board said on Monday.\n", ("$5.4 billion", "$21")),
    # games missed and games won
    ("Bush out for two games\n\nThe running back, who helped the team to four wins, hurt his knee on "
     "Sunday.\n", ("two", "four")),
])
def test_a_headline_figure_of_another_thing_is_held_by_its_rule(b, pair):
    rep = compare(OTHER, b, min_confidence=0.0)
    assert _self(rep) == []
    assert held(rep, "number.headline-apart") == [pair]
