"""Recall work of the eighteenth session, through the pipeline, must-flag and must-not-flag:
a figure read as one place's is no part of the other when the other sentence names that place
too; two sums of one currency with nothing counted are tied by two sentences that agree on the
rest; two words for one doer ("gunman" / "shooter") tie two ages; a name's possessive before a
name ("Germany's Monte Barrett") is a slot.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.judge.numbers.nouns import same_noun
from factcheck.text import stem
from pairs import held, report


def _numbers(rep, verdicts=("differs", "conflict")):
    return [(f.a.text, f.b.text) for f in rep.findings if f.kind == "number" and f.verdict.value in verdicts]


# --------------------------------------------------------------------------- one place, named on both sides

def test_two_tolls_of_one_named_place_are_compared():
    rep = report("Israeli shells hit a UN school in Jabaliya, killing at least 40 people, medics said.",
                 "Medics said at least 14 people died when Israeli shells struck a UN-run school in Jabaliya.")
    assert _numbers(rep) == [("at least 40 people", "at least 14 people")]


def test_a_toll_of_one_place_against_a_toll_of_no_place_stays_a_part():
    rep = report("Israeli strikes killed at least 40 people on Tuesday, medics said.",
                 "At least 14 people died in Jabaliya on Tuesday, medics said.")
    got = [f for f in rep.findings if f.kind == "number"]
    assert [(f.verdict.value, f.a.text) for f in got] == [("compatible", "at least 40 people")]
    assert "one place (Jabaliya)" in got[0].message


# --------------------------------------------------------------------------- sums tied by the rest

def test_two_sums_in_sentences_agreeing_on_a_day_and_two_names_are_one_deal():
    rep = report("Hewlett-Packard agreed on Tuesday to buy Electronic Data Systems for $13.9 billion.",
                 "On Tuesday, HP agreed to acquire EDS in a deal worth $19.3 billion.")
    got = [f for f in rep.findings if f.kind == "number" and f.verdict.value == "conflict"]
    assert [(f.a.text, f.b.text) for f in got] == [("$13.9 billion", "$19.3 billion")]
    assert got[0].lowered == () and "agree on" in got[0].message


def test_a_generic_count_against_another_noun_stays_a_loose_match_however_tied():
    rep = report("Hewlett-Packard agreed on Tuesday to buy Electronic Data Systems, which employs 140,000 people.",
                 "On Tuesday, HP agreed to acquire EDS, a firm with 41,000 engineers.", min_confidence=0)
    got = [f for f in rep.findings if f.kind == "number" and f.verdict.value == "conflict"]
    assert got and "number.loose-match" in got[0].lowered and got[0].confidence < 0.55


# --------------------------------------------------------------------------- one doer, two words

def test_same_noun_reads_the_nouns_table():
    assert same_noun(stem("gunman"), stem("shooter"))
    assert not same_noun(stem("gunman"), stem("victim"))


def test_ages_of_the_gunman_and_the_shooter_are_one_persons():
    rep = report("Police said the 24-year-old gunman opened fire on customers at the Rite Aid store.",
                 "According to police, the 42-year-old shooter fired at shoppers in the Rite Aid.")
    assert _numbers(rep) == [("24-year-old", "42-year-old")]


def test_ages_of_the_gunman_and_a_victim_are_two_peoples():
    rep = report("Police said the 24-year-old gunman opened fire on customers at the Rite Aid store.",
                 "According to police, the 42-year-old victim was shot at the Rite Aid.")
    assert _numbers(rep) == []
    assert held(rep, "number.age-of-another") == [("24-year-old", "42-year-old")]


# --------------------------------------------------------------------------- a possessive slot

def test_two_names_after_one_possessive_in_corroborated_sentences_differ():
    rep = report("Bowe outpointed Germany's Monte Barrett in Hamburg on Saturday before 12,000 fans.",
                 "On Saturday, before 12,000 fans, Bowe beat Germany's Gene Pukall on points.")
    got = [(f.a.text, f.b.text) for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"]
    assert got == [("Monte Barrett", "Gene Pukall")]


def test_two_names_after_one_possessive_alone_are_held_as_a_slot():
    rep = report("Bowe outpointed Germany's Monte Barrett in Hamburg.",
                 "Bowe won a decision over Germany's Gene Pukall in a bout he called his comeback.")
    assert not [f for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"]
    assert held(rep, "entity.slot-only") == [("Monte Barrett", "Gene Pukall")]
