"""Recall work of the eighteenth session, through the pipeline, must-flag and must-not-flag:
a figure read as one place's is no part of the other when the other sentence names that place
too; two sums of one currency with nothing counted are tied by two sentences that agree on the
rest; two words for one doer ("gunman" / "shooter") tie two ages; a name's possessive before a
name ("Germany's Monte Barrett") is a slot; a sentence trimmed (an apposition, a "that"
dropped) with a value replaced is one sentence edited; an exact figure against another stands
when only a loose reading ("hundreds") holds it; and ``check`` calls a statement whose name,
figure or day no source states "not in the sources", though a source states the rest.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import dataclasses

from factcheck import check_articles
from factcheck.judge.edits import _tokens, edited
from factcheck.judge.numbers.nouns import same_noun
from factcheck.model import Article, Support
from factcheck.settings import Thresholds
from factcheck.text import stem
from pairs import compare, held, report


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


# --------------------------------------------------------------------------- a trimmed copy

def test_edited_reads_a_trimmed_copy_with_one_value_replaced():
    t = Thresholds()
    long = _tokens("Fire chief Tom Reyes, a 20-year veteran of the county department, said that crews pulled "
                   "12 people from the burning building on Main Street.")
    short = _tokens("Fire chief Tom Reyes said crews pulled 21 people from the burning building on Main Street.")
    ops = edited(long, short, t)
    assert ops is not None and sum(op[0] == "replace" for op in ops) == 1
    assert edited(long, short, dataclasses.replace(t, edit_trims=0)) is None


def test_edited_leaves_a_sentence_sharing_too_little_of_the_longer_one():
    long = _tokens("Fire chief Tom Reyes, a 20-year veteran of the county department who led crews through "
                   "three floods and the 2009 wildfires, said that crews pulled 12 people from the building.")
    short = _tokens("Reyes said crews pulled 21 people from the building.")
    assert edited(long, short, Thresholds()) is None


def test_a_trimmed_copy_with_a_figure_changed_is_pinned_through_the_pipeline():
    rep = compare("Blaze on Main Street\n\nFire chief Tom Reyes, a 20-year veteran of the county department, said "
                  "that crews pulled 12 people from the burning building on Main Street.\n",
                  "Summary\n\nFire chief Tom Reyes said crews pulled 21 people from the burning building on Main "
                  "Street.\n")
    assert _numbers(rep) == [("12 people", "21 people")]


# --------------------------------------------------------------------------- a loose reading holds no exact figure

def test_an_exact_figure_against_another_stands_when_only_a_loose_reading_holds_it():
    rep = compare("Shelter hit\n\nHundreds of people were sheltering at the school, officials said.\n\nGing said "
                  "shells landed at the perimeter of the school where 350 people were taking shelter.\n",
                  "Shelter hit\n\nGing said shells landed at the school where 550 people were taking shelter, a "
                  "building where hundreds of people had fled.\n", edit_trims=0)
    assert ("350 people", "550 people") in _numbers(rep)


# --------------------------------------------------------------------------- check: a fact no source states

SOURCE = """Shelter hit

Two Israeli tank shells struck the UN school in Jabaliya on Tuesday, medics said, a little way from the main square.
John Ging, director of operations in Gaza for UNRWA, called for an independent investigation of the strikes.
"""


def _verdict(report: str, needle: str):
    result = check_articles(Article("report.txt", "Summary\n\n" + report + "\n"), [Article("s1.txt", SOURCE)])
    text = {s.index: s.text for s in result.report.sentences}
    return next(s for s in result.statements if needle in text[s.sentence])


def test_a_supported_statement_with_a_name_no_source_has_is_not_in_the_sources():
    s = _verdict("John Ging, director of operations in Gaza for UNRWA, called for an independent investigation of "
                 "the strikes, joined by Chris Gunness.", "Gunness")
    assert s.verdict is Support.UNSUPPORTED and "“Chris Gunness” is in no source" in s.reason
    assert "Chris Gunness" in {f.text for f in s.facts}


def test_a_supported_statement_with_a_day_no_source_gives_is_not_in_the_sources():
    s = _verdict("Two Israeli tank shells struck the UN school in Jabaliya on Monday, medics said.", "Monday")
    assert s.verdict in (Support.UNSUPPORTED, Support.CONTRADICTED)


def test_a_statement_naming_what_the_source_names_in_other_forms_stays_supported():
    # "Ging" states "John Ging"; "Israel" is written "Israeli" in the source
    s = _verdict("Ging, of UNRWA, called for an independent investigation of the strikes by Israel.", "Ging")
    assert s.verdict is Support.SUPPORTED


def test_a_name_the_source_writes_by_its_initials_is_stated():
    s = _verdict("Israeli shells struck the United Nations school in Jabaliya on Tuesday, medics said.", "United")
    assert s.verdict is Support.SUPPORTED, s.reason


def test_a_name_of_words_the_source_writes_only_in_lower_case_is_not_stated():
    # the source has "little" and "main" as plain words, never as a name
    s = _verdict("Two Israeli tank shells struck the UN school in Jabaliya on Tuesday near Little Main Square, "
                 "medics said.", "Little")
    assert s.verdict is Support.UNSUPPORTED and "Little Main Square" in s.reason


def test_a_one_word_name_the_source_writes_in_lower_case_is_stated():
    s = _verdict("Two Israeli tank shells struck the UN school in Jabaliya on Tuesday, medics said, a little way "
                 "from the Main square.", "Main square")
    assert s.verdict is Support.SUPPORTED, s.reason


def test_a_figure_the_source_gives_as_a_bound_or_in_digits_is_stated():
    s = _verdict("Medics said that around 1 to 2 Israeli tank shells struck the UN school in Jabaliya on Tuesday.",
                 "around 1 to 2")
    assert s.verdict is Support.SUPPORTED, s.reason


def test_a_figure_no_source_gives_is_not_in_the_sources():
    s = _verdict("Two Israeli tank shells struck the UN school in Jabaliya on Tuesday, wounding 35 people, medics "
                 "said.", "35 people")
    assert s.verdict is Support.UNSUPPORTED and "“35” is in no source" in s.reason
