"""Recall work of the fourteenth session, through the pipeline and the stage that changed,
must-flag and must-not-flag: a parent's count of children ("a mother of 12") across and
within reports, roles written as compounds ("half-brother", "co-founder"), "about" before a
figure with decimals, a team's record before its name ("the 0-14 Lions"), and an ordinal that
leaves its noun to the one before it ("the sixth round … early in the seventh").

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.facts.numbers import extract_quantities
from factcheck.facts.numbers.scores import scores
from factcheck.judge.doc import Doc
from factcheck.judge.frames import frame
from factcheck.model import Article, Entity, Quantity
from factcheck.pipeline import analyse
from pairs import compare as _compare, findings_of as _found, held as _held, report


def _parsed(text: str):
    return [(q.text, q.counts) for q in extract_quantities(text)]


def _names(text: str) -> list[str]:
    an = analyse(Article("a.txt", "Briefing\n\n" + text + "\n"))
    return [f.text for fs in an.facts for f in fs if isinstance(f, Entity)]


# --------------------------------------------------------------------------- a parent's children

def test_a_parents_figure_counts_children_though_a_name_follows():
    assert _parsed("Video of Queens mother of 9 Dana Reyes shot and killed was shown.")[0] == ("9", "child")
    assert _parsed("He is a father of two sons.")[0] == ("two", "son")     # a plural names them


def test_two_counts_of_one_mothers_children_conflict_whatever_year_is_named():
    # the year ("in 2011") made the sentence background; a person's children are no event's
    rep = report("Video of Queens mother of 9 Dana Reyes shot and killed was shown on Thursday.",
                 "Dana Reyes, 41, a mother of eight, was fatally shot in 2011 while collecting her son.")
    assert ("conflict", "9", "eight") in _found(rep, "number")


def test_a_report_giving_a_mothers_children_two_ways_is_flagged():
    a = ("Trial opens\n\nDana Reyes, 41, a mother of eight, was shot in 2011.\n\n"
         "The gunman said he was aiming at rivals when a stray bullet hit the mother of nine.\n")
    b = "Trial opens\n\nThe trial of two men began on Thursday in Queens.\n"
    rep = _compare(a, b)
    got = [(f.verdict.value, f.a.text, f.b.text, f.a.source, f.b.source) for f in rep.findings if f.kind == "number"]
    assert ("differs", "eight", "nine", "A", "A") in got


def _parts(text: str) -> list[tuple[str, bool]]:
    an = analyse(Article("a.txt", "Briefing\n\n" + text + "\n"))
    doc = Doc("A", an.sentences, an.facts, an.claimants, an.published)
    return [(q.text, frame(doc, i, q).part) for i in range(len(doc.sentences)) for q in doc.of(i, Quantity)]


def test_a_figure_after_of_is_a_part_only_of_the_figure_right_before():
    # "Reyes, 41, a mother of eight": the age before is no whole the eight are part of
    assert ("eight", False) in _parts("Dana Reyes, 41, a mother of eight, was shot.")
    assert ("two", True) in _parts("Police said two of the three victims died.")
    assert ("8", True) in _parts("He made 8 of 14 shots.")


def test_the_same_count_of_children_agrees_and_three_parents_are_not_one():
    rep = report("Dana Reyes, a mother of eight, was shot.", "Dana Reyes, a mother of eight, died.")
    assert ("agree", "eight", "eight") in _found(rep, "number")
    a = ("Flood victims\n\nA mother of two drowned.\n\nA mother of three was rescued.\n\n"
         "A mother of five is missing.\n")
    rep = _compare(a, "Flood victims\n\nThe river rose overnight.\n")
    assert not [f for f in rep.findings if f.kind == "number" and f.a.source == f.b.source == "A"]


def test_two_of_the_three_is_still_a_part():
    rep = report("Two of the three victims died on Friday.", "Three victims died on Friday.")
    assert not [f for f in rep.findings if f.kind == "number" and f.verdict.value == "conflict"]


# --------------------------------------------------------------------------- compound roles

def test_a_compound_role_opening_a_sentence_is_no_part_of_the_name():
    assert "Jonathan Reyes" in _names("Half-brother Jonathan Reyes is suspected of giving the orders.")
    assert "Steve Rowan" in _names("Co-founder Steve Rowan left the firm.")
    assert "Mother Teresa" in _names("Mother Teresa visited the city.")      # one word before: kept


def test_half_brother_is_no_half():
    assert _parsed("Also arrested was his half-brother, 17-year-old Kris.") == [("17-year-old", "age")]


def test_a_half_brother_and_a_brother_are_set_side_by_side():
    rep = report("Half-brother Jonathan Reyes is suspected of giving the orders.",
                 "Prosecutors say his brother Jonathan Reyes, 24, gave the orders.")
    assert ("compatible", "Half-brother Jonathan Reyes", "brother Jonathan Reyes") in _found(rep, "entity")


def test_a_model_generation_is_no_role():
    rep = report("The laptop has a 3rd-gen Core processor.", "The laptop has a Core processor.")
    assert ("agree", "Core", "Core") in _found(rep, "entity")       # no role "rd-gen" given to the name


# --------------------------------------------------------------------------- "about" and decimals

def test_about_before_decimals_reaches_only_its_last_place():
    [q] = extract_quantities("Some 88.41 percent of voters cast ballots.")
    assert (q.low, q.high) == (88.4, 88.42)
    [q] = extract_quantities("About 4.6 percent of voters stayed home.")
    assert (q.low, q.high) == (4.5, 4.7)
    [q] = extract_quantities("About 300 people came.")
    assert (q.low, q.high) == (270, 330)         # a whole figure keeps the usual reach


def test_a_decimal_about_figure_against_another_differs_but_not_against_its_neighbour():
    rep = report("About 5.5 percent of the vote went to the party, officials said.",
                 "Just 6 percent of the vote went to the party, officials said.")
    assert [v for v, *_ in _found(rep, "number")] == ["differs"]
    rep = report("About 5.5 percent of the vote went to the party, officials said.",
                 "Some 6 percent of the vote went to the party, officials said.")
    assert [v for v, *_ in _found(rep, "number")] == ["compatible"]     # both "about": they overlap
    rep = report("About 5.5 percent of the vote went to the party, officials said.",
                 "Some 5.6 percent of the vote went to the party, officials said.")
    assert [v for v, *_ in _found(rep, "number")] == ["compatible"]


# --------------------------------------------------------------------------- records and ordinals

def test_a_pair_before_a_teams_name_is_its_record():
    assert [(q.text, q.unit) for q in scores("The Saints take on the 0-14 Lions on Sunday.")] == [("0-14", "record")]
    assert [(q.text, q.unit) for q in scores("It was the 24-7 Lions win.")] == [("24-7", "score")]
    rep = report("The Saints take on the 0-14 Lions on Sunday.", "The Saints (7-7) visit the Detroit Lions (0-14) on Sunday.")
    assert ("agree", "0-14", "0-14") in _found(rep, "number")


def test_an_ordinal_takes_the_noun_of_the_ordinal_before_it():
    assert _parsed("He went down in the sixth round and was stopped early in the seventh.") == \
        [("sixth", "round"), ("seventh", "round")]
    rep = report("He went down in the sixth round and was stopped early in the seventh by referee Tony Weeks.",
                 "Referee Tony Weeks stopped the fight 44 seconds into the seventh round.")
    assert ("agree", "seventh", "seventh round") in _found(rep, "number")


def test_an_ordinal_with_no_ordinal_before_stays_unclear():
    rep = report("He was stopped early in the seventh by referee Tony Weeks.",
                 "Referee Tony Weeks stopped the fight in the eighth round.")
    assert not _found(rep, "number", "differs", "conflict")
    assert _held(rep, "number.ordinal-unclear")
