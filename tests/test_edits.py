"""One sentence in both reports with a value changed (factcheck/judge/edits.py), through the
pipeline: must-flag, the errors a rewrite or a generated report plants (tools/planted.py
measures them on corpus articles), and must-not-flag with the rule or the reason that holds
each back. Sentences from ECB+ (corpus/ecbplus, CC BY 3.0, Cybulska & Vossen 2014)."""
from __future__ import annotations

import datetime

import pytest

from factcheck.judge.edits import _tokens, edited
from factcheck.model import Article
from factcheck.pipeline import Options, compare_articles
from factcheck.settings import Thresholds


def report(a: str, b: str, **options):
    return compare_articles(Article("a.txt", "News in brief\n\n" + a + "\n"),
                            Article("b.txt", "News in brief\n\n" + b + "\n"), options=Options(**options))


def flags(a: str, b: str, **options) -> list[tuple[str, str, str, str]]:
    return [(f.kind, f.verdict.value, f.a.text, f.b.text) for f in report(a, b, **options).findings
            if f.verdict.rank >= 2]


@pytest.mark.parametrize("a, b, want", [
    # an age: the other judges would hold it back as another person's (number.age-of-another)
    ("Reid, 33, earned a reputation as a drunken partier after a night out in Hollywood.",
     "Reid, 42, earned a reputation as a drunken partier after a night out in Hollywood.",
     ("number", "conflict", "Reid, 33", "Reid, 42")),
    # a time of saying: the other judges only lower it (one dates when it was said)
    ("Team spokesman Tim Mead confirmed Sunday the Angels have withdrawn their offer to Teixeira.",
     "Team spokesman Tim Mead confirmed Wednesday the Angels have withdrawn their offer to Teixeira.",
     ("date", "conflict", "Sunday", "Wednesday")),
    # a name swapped for another
    ("Rescuers led by Dave Gaskin found the two climbers near the hut early on Sunday morning.",
     "Rescuers led by Dave Kaplan found the two climbers near the hut early on Sunday morning.",
     ("entity", "differs", "Dave Gaskin", "Dave Kaplan")),
    # a denial added
    ("She was admitted to hospital last month suffering from pneumonia, her agent said.",
     "She was not admitted to hospital last month suffering from pneumonia, her agent said.",
     ("negation", "conflict", "admitted", "not admitted")),
    # a year no parser reads as a date ("the 2005 show": no noun of an event after it)
    ("She previously served as emcee during the 2005 show at the Kodak Theatre in Hollywood.",
     "She previously served as emcee during the 2007 show at the Kodak Theatre in Hollywood.",
     ("date", "differs", "2005", "2007")),
])
def test_a_value_changed_in_one_sentence_is_flagged(a, b, want):
    assert want in flags(a, b)


def test_it_is_found_wherever_the_sentences_stand_and_against_a_surer_partner():
    # the changed figure agrees with nothing, the original agrees elsewhere: still flagged
    a = Article("a.txt", "AMD buys SeaMicro for $334 million\n\nAMD said it will buy SeaMicro, a maker of "
                         "microservers, for $334 million.\n\nThe deal closes this quarter, AMD said.\n")
    b = Article("b.txt", "AMD to buy SeaMicro for $334 million\n\nThe deal closes this quarter, AMD said.\n\n"
                         "AMD said it will buy SeaMicro, a maker of microservers, for $501 million.\n")
    got = [(f.kind, f.a.text, f.b.text) for f in compare_articles(a, b).findings if f.verdict.rank >= 2]
    assert ("number", "$334 million", "$501 million") in got


@pytest.mark.parametrize("a, b", [
    # a value moved, not changed
    ("Somali pirates seized the ship off the coast on Tuesday.",
     "Pirates from Somalia seized the ship off the coast on Tuesday."),
    # one figure written two ways
    ("More than 1,000 people marched through the centre of the capital on Saturday.",
     "More than 1000 people marched through the centre of the capital on Saturday."),
    # things that are no one value: an ordinal and a year
    ("Ellen DeGeneres will host the 86th Oscars in Los Angeles next year.",
     "Ellen DeGeneres will host the 2014 Oscars in Los Angeles next year."),
    # a derived form of one name
    ("The Indian Navy captured the pirate ship in the Gulf of Aden.",
     "The Indian Naval ship captured the pirate vessel in the Gulf of Aden."),
])
def test_a_sentence_rewritten_without_a_changed_value_is_not_flagged(a, b):
    assert flags(a, b) == []


def test_a_reprint_dated_a_day_later_is_not_a_changed_time():
    # ECB+ 18: "Monday afternoon" in one copy, "this afternoon" in the reprint of the next day
    got = flags("Calls to Gordon Advisors were not answered Monday afternoon, and a recording said the offices "
                "were closed.",
                "Calls to Gordon Advisers were not answered this afternoon, and a recording said the offices "
                "were closed.",
                date_a=datetime.date(2007, 4, 9), date_b=datetime.date(2007, 4, 10))
    assert [g for g in got if g[0] == "date"] == []


def test_a_supposition_is_held_back_by_its_rule():
    r = report("If a data center runs two servers for each customer, the SeaMicro box saves power, the company said.",
               "If a data center runs 10 servers for each customer, the SeaMicro box saves power, the company said.",
               thresholds=Thresholds(min_confidence=0.0))
    assert [f for f in r.findings if f.kind == "number" and f.verdict.rank >= 2] == []
    assert "number.hypothetical" in {s.rule for s in r.skipped}


def test_a_change_inside_a_quote_is_left_to_the_quote_judge():
    r = report('"We are competing with our customers," Lisa Su said on Wednesday in a call.',
               '"We are not competing with our customers," Lisa Su said on Wednesday in a call.')
    assert "quote" in [f.kind for f in r.findings if f.verdict.rank >= 2]
    assert not [f for f in r.findings if "the same sentence in both reports" in f.message]


def test_edited_needs_mostly_the_same_words_in_few_places():
    t = Thresholds()
    a = _tokens("The quake struck at 4:30 a.m. local time about 40 km from the town, officials said.")
    assert edited(a, _tokens("The quake struck at 5:30 a.m. local time about 40 km from the town, officials said."), t)
    assert edited(a, _tokens("Officials said a quake hit the town early on Monday, killing two people."), t) is None
    many = _tokens("The storm struck at 6:30 p.m. local time about 90 km from the city, police said.")
    assert edited(a, many, t) is None          # more than two places differ: another sentence


def test_a_place_named_otherwise_in_a_copied_sentence_is_less_sure():
    # precision read 7 (seed 1212, ECB+ 18): one place named two ways (rule edit.place-or-body)
    a = "Police said they were called to Tallgrass Distributors Ltd., at 40 East Fifth Avenue, where a man opened fire."
    b = "Police said they were called to Tallgrass Distributors Ltd., in the central Mount Pleasant, where a man opened fire."
    assert [g for g in flags(a, b) if g[0] == "entity"] == []
    low = [f for f in report(a, b, thresholds=Thresholds(min_confidence=0.0)).findings
           if "the same sentence in both reports" in f.message]
    assert low and all(f.confidence < Thresholds().min_confidence for f in low)


def test_a_denial_at_the_very_end_of_a_sentence_is_read():
    # the review: a headline with no full stop, "not" as its last word
    a = "The minister said on Tuesday that he would resign from the cabinet, but he did not"
    b = "The minister said on Tuesday that he would resign from the cabinet, but he did"
    assert report(a, b) is not None and report(b, a) is not None


def test_a_value_inside_another_word_has_not_moved():
    # "ten" is inside "often": the change from "ten" to "eleven" is still a change
    got = flags("Reid, who was ten when the family moved, often earned a reputation as a partier, friends said.",
                "Reid, who was eleven when the family moved, often earned a reputation as a partier, friends said.")
    assert any(g[0] == "number" and g[2:] == ("ten", "eleven") for g in got), got
