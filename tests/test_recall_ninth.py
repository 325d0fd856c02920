"""Recall work of the ninth session, through the pipeline and the stage that changed, must-flag
and must-not-flag: two sources credited with the story's event, a figure's owner set off after
a comma, one group of people counted alike under two nouns, "Smith was 95" as an age, a first
name and its short form, and computing units.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.facts.numbers import extract_quantities
from factcheck.model import Article
from factcheck.pipeline import analyse
from factcheck.settings import Thresholds
from pairs import compare as _compare, findings_of as _found


def _parsed(text: str):
    return [(q.text, q.unit, q.counts) for q in extract_quantities(text)]


# --------------------------------------------------------------------------- sources

DEATH_A = ("Retired judge dies\n\n"
           "Retired judge Alma Vance has died, aged 88.\n\n"
           "Vance died Monday in Greenfield after a long illness that kept her away from court, friends "
           "and public life, said family friend Peter Ostrow, who wrote her biography and edited her papers.\n")
DEATH_B = ("Alma Vance, first woman on the state bench, dies at 88\n\n"
           "The first woman named to the state's highest court and a fierce critic of mandatory sentences, "
           "Vance died of heart failure Monday at her home in Greenfield, her nephew Carl Ruiz said.\n")


def test_two_sources_credited_with_the_storys_event_are_set_side_by_side():
    # the sentences are too unlike for one claim by their words, but both report the story's
    # death with the same name and place: two sources for one news, which an editor checks
    rep = _compare(DEATH_A, DEATH_B)
    assert ("compatible", "family friend Peter Ostrow", "her nephew Carl Ruiz") in _found(rep, "attribution")
    msg = next(f.message for f in rep.findings if f.kind == "attribution")
    assert "credited to different sources" in msg


def test_a_source_opening_with_a_pronoun_and_naming_someone_is_named():
    from factcheck.judge.sources import vague
    assert not vague("her nephew Carl Ruiz")
    assert vague("her nephew") and vague("they")


def test_sources_of_sentences_about_another_event_stay_apart():
    # B's sentence also tells an earlier event (a year named): no claim of the story's event alone
    b = DEATH_B.replace("Vance died of heart failure Monday", "Vance, who retired in 2004, died of heart failure Monday")
    rep = _compare(DEATH_A, b, min_confidence=0)
    assert not _found(rep, "attribution")
    assert [s for s in rep.skipped if s.rule == "source.loose-alignment" and "Carl Ruiz" in s.detail]


def test_a_tribute_dates_no_event_and_makes_no_claim_of_it():
    b = "Vance tribute\n\nThe death of Vance is a loss for everyone in Greenfield, Mayor Carl Ruiz said.\n"
    rep = _compare(DEATH_A, b, min_confidence=0)
    assert not _found(rep, "attribution")
    assert [s for s in rep.skipped if s.rule == "source.loose-alignment" and "Carl Ruiz" in s.detail]


CABLE_A = ("Cable damage cuts web\n\n"
           "Phone and internet links between Europe and the Gulf were badly disrupted on Friday after "
           "three submarine cables were cut, the operator said in a statement.\n")
CABLE_B = ("Millions offline\n\n"
           "Millions of users in the Gulf region lost their web access when two submarine cables "
           "were damaged.\n")


def test_one_modified_noun_does_not_tie_figures_of_loosely_alike_sentences():
    # tried this session: "three undersea cables" / "two undersea cables" tied by their shared
    # modifier; a precision read (seed 2525) judged all 3 such findings false (two cable cuts
    # ten months apart; a season's "rushing yards" against those since week 11)
    rep = _compare(CABLE_A, CABLE_B, min_confidence=0)
    held = [f for f in rep.findings if f.kind == "number" and "cables" in f.a.text]
    assert [(f.verdict.value, f.a.text, f.b.text) for f in held] == [
        ("conflict", "three submarine cables", "two submarine cables")]
    assert "number.not-tied" in held[0].lowered and held[0].confidence < Thresholds().min_confidence


WIVES_A = ("Two leaders charged\n\n"
           "Two leaders of a remote sect were charged with polygamy on Tuesday.\n\n"
           "Harlan, accused of having four wives, is charged with one count.\n")
WIVES_B = ("Sect leaders held\n\n"
           "Police arrested two sect leaders on Tuesday.\n\n"
           "Neighbours have said that Harlan has at least six wives, most of them teenagers when they married.\n")


def test_a_figure_set_off_after_its_owners_name_is_the_owners():
    rep = _compare(WIVES_A, WIVES_B)
    got = [f for f in rep.findings if f.kind == "number" and "wife" in f.message]
    assert [(f.verdict.value, f.a.text, f.b.text) for f in got] == [("conflict", "four", "at least six")]
    assert "number.unaligned" not in got[0].lowered


def test_owners_read_after_a_comma():
    from factcheck.judge import Doc
    from factcheck.judge.frames import frame
    from factcheck.model import Quantity
    an = analyse(Article("a.txt", "Sect leaders\n\nJoe Harlan, who has had 26 wives, spoke first.\n\n"
                                  "Ray Mora, accused of having two wives, spoke next.\n\nTim Lee, 41, spoke last.\n"))
    doc = Doc("A", an.sentences, an.facts, an.claimants, an.published)
    owners = [frame(doc, i, q).owner for i in range(len(doc.sentences)) for q in doc.of(i, Quantity)
              if q.text in ("26", "two", "41")]
    assert owners == ["Joe Harlan", "Ray Mora", "Tim Lee"]


ROBBERY_A = ("Jewellers raided\n\nFour men rammed a car into a jewellery store in Lyon on Monday, "
             "a police source said.\n")
ROBBERY_B = ("Smash-and-grab in Lyon\n\nA jewellery store in Lyon was raided early Monday by four robbers who "
             "rammed a car into its window.\n")


def test_one_group_of_people_counted_alike_under_two_nouns_is_compatible():
    rep = _compare(ROBBERY_A, ROBBERY_B)
    got = [f for f in rep.findings if f.kind == "number" and f.b.text == "four robbers"]
    assert [f.verdict.value for f in got] == ["compatible"]
    assert "for things named differently" in got[0].message


def test_one_figure_of_two_groups_in_other_roles_is_not_one_group():
    # "two gunmen opened fire" / "two policemen were hurt": one figure, two groups
    rep = _compare("Shooting\n\nTwo gunmen opened fire at the bank on Monday, police said.\n",
                   "Bank attack\n\nTwo policemen were hurt when gunmen opened fire at the bank on Monday.\n",
                   min_confidence=0)
    assert not [g for g in _found(rep, "number") if "policemen" in g[2] or g[1] == "Two"]
    assert [s for s in rep.skipped if s.rule == "number.different-things" and "policeman" in s.detail]


def test_two_groups_of_people_with_two_figures_are_not_compared():
    b = ROBBERY_B.replace("by four robbers who rammed a car into its window.",
                          "by robbers who rammed a car into its window, and two guards were hurt.")
    rep = _compare(ROBBERY_A, b, min_confidence=0)
    assert not [g for g in _found(rep, "number") if "guards" in g[2]]
    assert [s for s in rep.skipped if s.rule == "number.different-things" and "guard" in s.detail]


def test_an_age_said_after_a_surname():
    assert _parsed("Mark Felt was 95.") == [("95", "year", "age")]
    assert _parsed("He was 95 and lived alone.") == [("95", "year", "age")]
    # not a name, or a record after "was": no age
    assert _parsed("It was 95.") == [("95", None, None)]
    assert _parsed("Sunday was 95.") == [("95", None, None)]
    assert _parsed("The high in Phoenix was 115.") == [("115", None, None)]
    assert _parsed("Turnout was 62.") == [("62", None, None)]
    assert [c for _, _, c in _parsed("Smith was 12 and 3 on the season.")] == [None, None]


def test_one_age_said_two_ways_agrees():
    rep = _compare("Obituary\n\nRetired judge Alma Vance died on Monday.\n\nAlma Vance was 88.\n",
                   "Judge dies\n\nAlma Vance died Monday at her home.\n\nShe was 88 and lived alone.\n")
    assert ("agree", "Vance was 88", "She was 88") in _found(rep, "number")


def test_computing_units():
    assert _parsed("a 2.93GHz processor and 8GB of memory") == [("2.93GHz", "GHz", None), ("8GB", "GB", None)]
    assert _parsed("a 512 MHz processor, a 3.2 megapixel camera and a 1400 mAh battery") == [
        ("512 MHz", "MHz", None), ("3.2 megapixel", "megapixel", None), ("1400 mAh", "mAh", None)]
    # a unit after the digits is no street: "a 500GB Drive" is a size, "10 Downing Street" an address
    assert _parsed("It ships with a 500GB drive.") == [("500GB", "GB", None)]
    assert _parsed("He lives at 10 Downing Street.") == []
    # a unit's name as a word of the street's, or a common word: no unit
    assert _parsed("He lives at 8 Mile Road.") == []
    assert _parsed("The band played 120 gigs.") == [("120", None, "gig")]
    assert _parsed("30 TB cases were reported.") == [("30", None, "case")]


def test_one_memory_size_in_two_spellings_agrees():
    rep = _compare("New laptop\n\nThe laptop supports up to 16GB of memory.\n",
                   "Laptop review\n\nThe new laptop can support up to 16 GB of memory.\n")
    assert [g for g in _found(rep, "number") if g[0] == "agree" and "16" in g[1]]


def test_a_first_name_and_its_short_form_are_one_person():
    rep = _compare("Charges laid\n\nThe attorney general said James Oler is accused of marrying two women.\n",
                   "Sect bishop held\n\nShe also said sect bishop Jim Oler was arrested on Wednesday.\n")
    assert ("compatible", "James Oler", "Jim Oler") in _found(rep, "entity")


def test_two_first_names_of_one_surname_are_two_people():
    # a family: "James Oler" and "John Oler" are most often two people, no variant
    rep = _compare("Charges laid\n\nThe attorney general said James Oler is accused of marrying two women.\n",
                   "Sect bishop held\n\nShe also said sect bishop John Oler was arrested on Wednesday.\n",
                   min_confidence=0)
    assert not [g for g in _found(rep, "entity") if "Oler" in g[1]]
    assert [s.detail for s in rep.skipped if s.rule == "entity.two-first-names"] == ["James Oler / John Oler"]


def test_a_short_form_of_a_surname_two_people_share_is_held_back():
    # B names a Jane Oler too: "Jim Oler" may be James, or another of the family
    rep = _compare("Charges laid\n\nThe attorney general said James Oler is accused of marrying two women.\n",
                   "Sect bishop held\n\nSect bishop Jim Oler was arrested on Wednesday, his wife Jane Oler said.\n",
                   min_confidence=0)
    assert not [g for g in _found(rep, "entity") if g[1] == "James Oler"]
    assert [s.detail for s in rep.skipped if s.rule == "entity.surname-shared"] == ["James Oler / Jim Oler"]
