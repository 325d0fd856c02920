"""Work of the twenty-first session, through the pipeline, must-flag and must-not-flag: a span
of time in one role ("four seasons as director of player personnel") is no figure of a whole
career; a lawyer is an attorney ("Carter's attorney, Jane Holt" / "Carter lawyer Mark Weller");
one named source credited in two aligned sentences is an agreement, and what a source
published ("according to data from the US Geological Survey") credits the source; two kinds
that are one thing ("an apartment complex" / "an apartment building") are held back by name.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.facts.attribution import extract_attributions
from factcheck.facts.dates import extract_times
from factcheck.facts.numbers import scan_quantities
from factcheck.model import Sentence
from pairs import findings_of, held, report


def sources(sentence: str) -> list[str]:
    return [a.source for a in extract_attributions(Sentence(0, sentence, 0, len(sentence), 0))]


# --------------------------------------------------------------------------- a span in one role

@pytest.mark.parametrize("a, b, spans", [
    ("Before that, Smith spent four seasons as the club's director of player personnel.",
     "Smith has spent 19 seasons with the club.", ("four", "19")),
    ("Smith spent four years as the company's chief financial officer.",
     "Smith has spent 19 years with the company.", ("four years", "19 years")),
    ("Smith spent four years as the United Nations' envoy to Syria.",
     "Smith has spent 19 years with the company.", ("four years", "19 years")),              # "United" is no verb
])
def test_a_span_of_time_in_one_role_is_no_whole_career(a, b, spans):
    rep = report(a, b, min_confidence=0)
    assert findings_of(rep, "number") == []
    assert held(rep, "number.span-in-role") == [spans]


@pytest.mark.parametrize("a, b", [
    ("Smith spent four seasons with the club.", "Smith has spent 19 seasons with the club."),
    ("Smith spent four seasons as well at the club.", "Smith has spent 19 seasons with the club."),    # no role
    ("Jones, who served 12 years as Dayton's mayor, died on Sunday at his home.",
     "Jones, who served as Dayton's mayor for 20 years, died on Sunday at his home."),              # the role in both
    ("The strike lasted 12 days as Boeing refused to negotiate.",
     "The strike lasted 21 days as Boeing refused to negotiate."),                                 # a clause of time
    ("Unemployment fell for three years as President Obama pushed his plan, the figures show.",
     "Unemployment fell for five years, the figures show."),
])
def test_spans_not_in_one_role_are_compared(a, b):
    rep = report(a, b, min_confidence=0)
    assert [v for v, _, _ in findings_of(rep, "number")] in (["differs"], ["conflict"])
    assert held(rep, "number.span-in-role") == []


# --------------------------------------------------------------------------- one role, two names for it

@pytest.mark.parametrize("b, spans", [
    ("Carter lawyer Mark Weller told the judge that Carter had checked into a clinic.",
     [("Carter's attorney, Jane Holt", "Carter lawyer Mark Weller")]),
    ("Carter's defense lawyer, Mark Weller, told the judge that Carter had checked into a clinic.",
     [("Carter's attorney, Jane Holt", "Carter's defense lawyer, Mark Weller")]),
    ("Lopez lawyer Mark Weller told the judge that Carter had checked into a clinic.", []),    # another client's
])
def test_a_lawyer_is_an_attorney(b, spans):
    rep = report("Carter's attorney, Jane Holt, spoke out about the move.", b, min_confidence=0)
    found = [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if "two people in one role" in f.message]
    assert found == [("compatible", a, b_) for a, b_ in spans]


def test_one_person_called_attorney_and_lawyer_holds_one_role():
    rep = report("Carter's attorney, Jane Holt, spoke out about the move.",
                 "Carter's lawyer, Jane Holt, told the judge that Carter had checked into a clinic.", min_confidence=0)
    found = [(f.verdict.value, f.message) for f in rep.findings if f.a.text == "Carter's attorney, Jane Holt"]
    assert found == [("agree", "A: Carter's attorney, Jane Holt; B: Carter's lawyer, Jane Holt — the same name and "
                               "role (Carter's attorney)")]


# --------------------------------------------------------------------------- one source credited by both

QUAKE = "According to the US Geological Survey, the quake struck at a depth of 10 kilometers in the north of the island."


@pytest.mark.parametrize("b, found", [
    ("The epicentre was 55 kilometers from the port, according to data from the US Geological Survey.",
     [("the US Geological Survey", "the US Geological Survey")]),
    ("The epicentre was 55 kilometers from the port, the US Geological Survey said.",
     [("the US Geological Survey", "the US Geological Survey")]),
    ("The epicentre was 55 kilometers from the port, the European Seismological Centre said.", []),   # another source
])
def test_one_named_source_credited_in_aligned_sentences_is_an_agreement(b, found):
    rep = report(QUAKE, b, min_confidence=0)
    agree = [(f.a.text, f.b.text) for f in rep.findings if f.kind == "attribution" and f.verdict.value == "agree"]
    assert agree == found


@pytest.mark.parametrize("source", ["a police spokesman", "a spokesman for the ministry"])
def test_a_source_named_by_no_one_is_no_agreement(source):
    rep = report(f"The quake struck at a depth of 10 kilometers in the north of the island, {source} said.",
                 f"The epicentre was 55 kilometers from the port, {source} said.", min_confidence=0)
    assert [f for f in rep.findings if f.kind == "attribution"] == []
    assert held(rep, "source.same-unnamed") == [(source, source)]


@pytest.mark.parametrize("sentence, source", [
    ("The epicentre was 55 kilometers from the port, according to data from the US Geological Survey.", "the US Geological Survey"),
    ("According to preliminary figures released by the Interior Ministry, 40 people died.", "the Interior Ministry"),
    ("According to a statement from Seacom, the cable was cut near Alexandria.", "Seacom"),
    ("Poverty fell, according to data from the Center on Budget and Policy Priorities.",
     "the Center on Budget and Policy Priorities"),                                            # "on" inside the name
    ("According to figures from the Interior Ministry (the only ones so far), 40 died.", "the Interior Ministry"),
    ("According to the report, the cable was cut near Alexandria.", "the report"),
    ("In a statement published on its website, Seacom said that a repair ship is on its way.", "Seacom"),
    ("As part of its plans, HP Monday announced it has agreed to buy the firm.", "HP"),          # the day is no name
    ("The jury recommended life in prison, the Fort Smith Courier reported (http://bit.ly/16vdn).",
     "the Fort Smith Courier"),                                                                # a bracket after the verb
    ("Deputy city attorney Terry White confirmed to The Associated Press that she checked in.",
     "Deputy city attorney Terry White"),                                                      # "confirmed to" a name
])
def test_what_a_source_published_credits_the_source(sentence, source):
    assert sources(sentence) == [source]


@pytest.mark.parametrize("sentence", [
    "Smith is said to be hiding in the hills near the border.",                                # "said to be"
    '"The roofs fell in," Bensu Elianita, a resident of the village, said shortly after the quake hit.',  # a time, no source
    "Crime fell 12 percent, according to figures from the past decade.",                       # a time, no source
    "Costs rose, according to estimates of the Pentagon budget.",                               # what was estimated
])
def test_what_names_no_source(sentence):
    assert sources(sentence) == []


# --------------------------------------------------------------------------- one thing of one kind

def test_two_kinds_that_are_one_thing_are_held_back_by_name():
    rep = report("The deputy was shot outside an apartment complex in Hawaiian Gardens.",
                 "The deputy was shot outside a Hawaiian Gardens apartment building.", min_confidence=0)
    assert [f for f in rep.findings if "of two kinds" in f.message] == []
    assert held(rep, "entity.kind-one-thing") == [("apartment complex", "apartment building")]


# --------------------------------------------------------------------------- a figure with its noun left out once

FIRE = "The fire destroyed {} homes on the edge of the town before crews brought it under control."
TOLD = "Officials said on Monday that the weekend blaze had destroyed {} and that no one was hurt."


def test_a_large_figure_with_its_noun_left_out_in_loosely_aligned_sentences_agrees():
    rep = report(FIRE.format(14), TOLD.format(14), min_confidence=0)
    assert findings_of(rep, "number") == [("agree", "14 homes", "14")]


def test_a_small_figure_with_its_noun_left_out_needs_close_sentences():
    rep = report(FIRE.format(9), TOLD.format(9), min_confidence=0)     # "two", "nine" stand everywhere
    assert findings_of(rep, "number") == []
    assert held(rep, "number.bare-small") == [("9", "9")]


def test_a_weekday_is_a_name_before_an_age():
    found, _ = scan_quantities("Rick Monday, 66, threw out the first pitch on Sunday.", 0, tolerance=0.1)
    assert [(q.text, q.counts) for q in found if q.text == "66"] == [("66", "age")]


@pytest.mark.parametrize("sentence, source", [
    ("Prices rose 5 percent, according to data from the Labor Department — the biggest jump in a decade.",
     "the Labor Department"),                                                                  # a dash ends it
    ("Ruby Tuesday said it will close 30 restaurants.", "Ruby Tuesday"),                       # a weekday in a name
    ("The fire is out, police Monday said.", "police"),
    ("Orders rose 30 percent, Just Eat said.", "Just Eat"),
])
def test_what_ends_a_source(sentence, source):
    assert sources(sentence) == [source]


def test_a_lead_defense_lawyer_is_a_lead_defense_attorney():
    rep = report("Carter's lead defense attorney, Jane Holt, spoke out about the move.",
                 "Carter's lead defense lawyer, Mark Weller, told the judge that Carter had checked into a clinic.",
                 min_confidence=0)
    assert [f.verdict.value for f in rep.findings if "two people in one role" in f.message] == ["compatible"]



# --------------------------------------------------------------------------- a month of a year

def test_a_month_of_a_year_in_both_is_a_surer_agreement_than_a_month():
    def agreement(when_a: str, when_b: str) -> float:
        rep = report(f"The mother of 12 was killed by a stray bullet in Brooklyn in {when_a}, police said.",
                     f"The woman was killed in Brooklyn in {when_b} when Lopez fired at rival gang members.",
                     min_confidence=0)
        [found] = [f for f in rep.findings if f.kind == "date"]
        assert found.verdict.value == "agree"
        return found.confidence
    assert agreement("Oct. 2011", "October 2011") > agreement("October", "October")


@pytest.mark.parametrize("text, month_year", [
    ("The film is set to hit theaters in November of 2013.", ("November of 2013", 2013, 11)),
    ("She left in October 2011 for Chicago.", ("October 2011", 2011, 10)),
])
def test_a_month_of_a_year_is_read(text, month_year):
    assert [(t.text, t.year, t.month) for t in extract_times(text, 0)] == [month_year]
