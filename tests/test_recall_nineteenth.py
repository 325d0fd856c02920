"""Recall work of the nineteenth session, through the pipeline, must-flag and must-not-flag:
a name spelled two ways that sound alike ("Betty" / "Bettie Page"); one person's home given
as two towns ("LaSalle, 36, of Bloomington" / "of Minneapolis"); two shares of what one noun stands at ("turnout reached 93.87 percent"
/ "turnout was almost 90%").

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.judge.entities import name_variant, sound_alike
from factcheck.judge.homes import homes
from factcheck.model import Verdict
from factcheck.settings import Thresholds
from pairs import compare, findings_of, held, report


# --------------------------------------------------------------------------- names that sound alike

@pytest.mark.parametrize("a, b, same", [
    ("bettie", "betty", True),
    ("khaled", "khalid", True),
    ("orioles", "oriels", True),
    ("austria", "australia", False),     # another sound
    ("nvda", "nvidia", False),           # a ticker: letters dropped, not a spelling
    ("program", "programme", False),     # one word inside the other: a house spelling
    ("maria", "mark", False),            # not alike enough
    ("dan", "don", False),               # too short for its sound to tell it: two names
    ("a380", "a350", False),             # no letters to sound
])
def test_names_that_sound_alike(a, b, same):
    assert sound_alike(a, b) is same


def test_a_first_name_spelled_two_ways_that_sound_alike_is_flagged():
    rep = report("Famous pin-up star Betty Page has died in Los Angeles, aged 85, her agent said.",
                 "Pin-up icon Bettie Page died in Los Angeles at 85, her agent said.")
    assert findings_of(rep, "entity", "differs") == [("differs", "Betty Page", "Bettie Page")]


def test_a_surname_spelled_two_ways_that_sound_alike_is_one_name_misspelled():
    # (through the pipeline other judges flag the pair too: the role shared, the source named two ways)
    found = name_variant("lorin pearce", "lorin pierce", Thresholds())
    assert found is not None and found[0] is Verdict.DIFFERS
    assert name_variant("lorin pearce", "lorin pierce", Thresholds(sound_spelling=1.0)) is None


def test_a_ticker_and_the_company_name_are_no_spelling():
    rep = report("Nvidia shares fell 3 percent on Monday, traders said.",
                 "NVDA shares fell 3 percent on Monday, traders said.")
    assert findings_of(rep, "entity", "differs", "conflict") == []


# --------------------------------------------------------------------------- one person's home

LASALLE_A = ("Crash\n\nPolice said a woman was killed in a parking lot on Wednesday night.\n\n"
             "Anthony Phillip LaSalle, 36, of Bloomington, was pulled over a few blocks away, police said.\n")
LASALLE_B = ("Crash\n\nAccording to police, Anthony LaSalle, 36, of {home}, hit and killed a 66-year-old "
             "woman in the parking lot of a store on Wednesday night.\n")


def test_one_person_living_in_two_towns_is_flagged():
    rep = compare(LASALLE_A, LASALLE_B.format(home="Minneapolis"))
    got = [f for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"]
    assert [(f.a.text, f.b.text) for f in got] == [("Bloomington", "Minneapolis")]
    assert "where one person lives" in got[0].message and "LaSalle" in got[0].message


def test_one_person_living_in_one_town_agrees():
    rep = compare(LASALLE_A, LASALLE_B.format(home="Bloomington"))
    got = [f for f in rep.findings if f.kind == "entity" and f.a.text == "Bloomington"]
    assert [f.verdict.value for f in got] == ["agree"] and "the same home" in got[0].message
    assert findings_of(rep, "entity", "differs", "conflict") == []


@pytest.mark.parametrize("text, found", [
    ("Anthony LaSalle, 36, of Bloomington, was arrested.", [("Anthony LaSalle", "Bloomington")]),
    ("Raj Chohan, 59, of Queens, was hit by a car.", [("Raj Chohan", "Queens")]),
    ("Raj Chohan, of Queens, was hit by a car.", []),                     # no age: a town or an employer?
    ("Anne Lee, of Goldman Sachs, said the deal was done.", []),         # no age, no known place: where she works
    ("Anthony LaSalle, 36, from Bloomington, was arrested.", [("Anthony LaSalle", "Bloomington")]),
    ("Anne Lee, of NBC, asked the first question.", []),                  # where one works
    ("Anne Lee, 36, of the Red Cross, helped.", []),                       # a body, after "the"
    ("Anne Lee of Bloomington was arrested.", []),                         # no comma: "Bank of America"
])
def test_what_reads_as_a_home(text, found):
    from factcheck.judge import Doc
    from factcheck.model import Article
    from factcheck.pipeline import analyse
    an = analyse(Article("a.txt", "News\n\n" + text + "\n"))
    doc = Doc("A", an.sentences, an.facts, an.claimants, an.published)
    assert [(p.text, h.text) for _, p, h in homes(doc)] == found


def test_two_people_with_two_homes_are_not_set_against_each_other():
    rep = compare("Crash\n\nAnne Lee, 36, of Bloomington, was pulled over a few blocks away, police said.\n",
                  "Crash\n\nPolice said Tom Ray, 36, of Minneapolis, was pulled over a few blocks away.\n")
    assert not [f for f in rep.findings if "where one person lives" in f.message]


# --------------------------------------------------------------------------- what one noun stands at

def _vote(a_rate: str, b_rate: str, **thresholds):
    return compare(f"Vote\n\nAuthorities said {a_rate} in the election for 288 candidates.\n",
                   f"Vote\n\nPolls closed in the evening.\n\nThe central election commission said that {b_rate}.\n",
                   **thresholds)


def test_two_shares_one_noun_stands_at_are_one_thing_measured():
    # what "turnout" stands at ties the shares as a counted noun would (no number.loose-match);
    # the sentences unaligned still lower it (number.unaligned), as they would two counts
    rep = _vote("turnout reached 93.87 percent", "turnout was almost 90%", min_confidence=0.5)
    got = [f for f in rep.findings if f.kind == "number" and f.verdict.value in ("differs", "conflict")]
    assert [(f.a.text, f.b.text) for f in got] == [("93.87 percent", "almost 90%")]
    assert got[0].lowered == ("number.unaligned",)


@pytest.mark.parametrize("a_rate, b_rate", [
    ("the jobless rate was 9.4 percent", "the inflation rate was 3 percent"),     # two rates
    ("Ohio's jobless rate was 9.4 percent", "the jobless rate was 3 percent"),   # one owner's
])
def test_two_rates_of_two_things_stay_loosely_matched(a_rate, b_rate):
    rep = _vote(a_rate, b_rate)
    assert findings_of(rep, "number", "differs", "conflict") == []
    held_back = [s.detail for s in rep.skipped if s.rule == "below-min-confidence" and s.kind == "number"]
    assert held_back and "number.loose-match" in held_back[0]


# --------------------------------------------------------------------------- what a report says is not there

def _absences(a: str, b: str, *verdicts: str, **thresholds):
    rep = compare(f"News\n\n{a}\n", f"News\n\n{b}\n", **thresholds)
    return rep, [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings
                 if f.kind == "negation" and (not verdicts or f.verdict.value in verdicts)]


@pytest.mark.parametrize("a, b, spans", [
    ('"No one was hurt," he said of the fire.', "Firefighters said nobody was injured in the blaze.",
     ("No one was hurt", "nobody was injured")),
    ("There were no immediate reports of any casualties at the camp.", "There appeared to be no casualties.",
     ("no immediate reports of any casualties", "no casualties")),
    ("The cause of the break is as yet unknown.", "It's still unclear how the cables were damaged.",
     ("cause of the break is as yet unknown", "unclear how")),
    ("Financial terms of the transaction were not disclosed.", "HP will buy EYP for an undisclosed sum.",
     ("Financial terms of the transaction were not disclosed", "undisclosed sum")),
    ("Ketsoyan did not say what Reid is being treated for.", "No specific reason was given for her treatment.",
     ("did not say what", "No specific reason was given")),
    ("No one died in the crash, police said.", "Nobody was killed in the crash.", ("No one died", "Nobody was killed")),
])
def test_two_reports_that_say_the_same_thing_is_not_there_agree(a, b, spans):
    _, got = _absences(a, b, "agree")
    assert got == [("agree", *spans)]


@pytest.mark.parametrize("a, b", [
    ("No one claimed responsibility for the attack that killed two soldiers.", "No one has been charged in the deaths."),
    ("None of the victims have been identified, police said.", "Nobody was injured in the second blast."),
    ("Michigan has no death penalty, prosecutors noted.", "No one was killed in the crash."),
    ("It is unclear whether Smith will seek re-election next year.", "The cause of the fire is unknown."),
    ("The driver was unhurt, police said.", "A passenger escaped uninjured, witnesses said."),
    ("No one was seriously injured in the crash.", "Nobody was injured in the crash."),     # grave harm only
    ("Police did not know whether the suspect was armed.", "Police said the cause of the fire is unknown."),
    ("On Monday officials said it was unclear whether Smith will run.", "On Monday officials said they did not know "
     "if the bridge would reopen."),
])
def test_what_is_no_shared_absence(a, b):
    _, got = _absences(a, b, "agree", min_confidence=0.0)
    assert not [g for g in got if g[0] == "agree" and "News" not in g[1]]


@pytest.mark.parametrize("named", [
    "Police Chief Bob Jones said the driver was taken to hospital.",
    "The victims were identified by Sheriff Tom Brown as neighbours of the family.",
])
def test_a_name_beside_another_word_is_not_the_withheld_identity(named):
    _, got = _absences(named, "The identities of the victims and the driver have not been released.", min_confidence=0.0)
    assert [g for g in got if g[0] == "differs"] == []


@pytest.mark.parametrize("a, b", [
    ("No one was killed in the quake, officials said.", "Twenty people were injured in the quake, officials said."),
    ("It is unclear how many millions were spent propping up the dairy.", "The cause of the fire has not been determined."),
    ("HP, with revenue totaling $100.5 billion, is among the largest IT companies.",
     "HP announced on Monday that it will acquire EYP for an undisclosed sum."),
    ("One man is dead after an ex-employee opened fire at a party on Friday night.", "Police said no one else was injured."),
])
def test_what_is_not_set_against_a_statement_that_it_is_not_there(a, b):
    _, got = _absences(a, b, min_confidence=0.0)
    assert [g for g in got if g[0] != "agree"] == [] and not [g for g in got if "unclear how" in g[1]]


@pytest.mark.parametrize("named, name", [
    ("Katherine Gomes, 61, and Robyn Mendes, 48, are the victims, police said.", "Katherine Gomes"),
    ("The victims have been identified as Gomes' mother, Katherine, 61, and his former girlfriend, Robyn Mendes, 48.",
     "Robyn Mendes"),
])
def test_the_victims_named_against_their_names_not_released_differs(named, name):
    _, got = _absences(named, "The identities of the victims have not yet been released.", "differs")
    assert got == [("differs", name, "identities of the victims have not yet been released")]


def test_a_price_given_against_nothing_said_about_pricing_is_held_below_the_default_level():
    # (precision read 34: three such sums judged false, estimates the other report calls unconfirmed)
    a, b = ("Pricing for business customers begins at $119.99 with qualifying plans.",
            "They will carry the device, though they said nothing about availability and pricing.")
    rep, got = _absences(a, b)
    assert got == []
    held_back = [s.detail for s in rep.skipped if s.rule == "below-min-confidence" and s.kind == "negation"]
    assert held_back and "gives a sum" in held_back[0]
    assert _absences(a, b, "differs", min_confidence=0.4)[1] == [("differs", "$119.99", "said nothing about availability and pricing")]


def test_casualties_against_no_casualties_are_held_below_the_default_level():
    rep, got = _absences("Local official Miabek Lang said at least 12 people had been killed and 20 wounded.",
                         "There were no immediate reports of any casualties.")
    assert got == []
    held_back = [s.detail for s in rep.skipped if s.rule == "below-min-confidence" and s.kind == "negation"]
    assert held_back and "says no one was hurt" in held_back[0]


def test_two_spellings_in_one_sentence_are_explained_not_misspelt():
    rep = compare("Obituary\n\nBettie Page, the pin-up model, died on Thursday in Los Angeles.\n\n"
                  'While her birth certificate spelled her name "Betty," she changed the spelling later to "Bettie."\n',
                  "Obituary\n\nThe pin-up model Bettie Page died on Thursday in Los Angeles.\n")
    assert not [f for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"
                and {f.a.text, f.b.text} == {"Betty", "Bettie"}]
    assert {"Betty", "Bettie"} in [set(pair) for pair in held(rep, "entity.both-in-one-sentence")]


# --------------------------------------------------------------------------- ages written in other ways

@pytest.mark.parametrize("sentence, age", [
    ("Nichols died yesterday in federal prison at 77.", 77),
    ("LaRue was 75 when he died.", 75),
    ("The actor, who was 80, died on Sunday.", 80),
    ("He died in the crash, which happened at 60.", None),     # another clause's figure
    ("The temperature was 75 when he died.", None),            # a temperature, not a person
    ("Officials said the victim, who was 19, died at the scene.", 19),
    ("The storm hit the coast at 60 miles an hour.", None),
    ("Gigante, dead at 77, was buried on Monday.", 77),        # "dead at", read before the session too
])
def test_ages_written_without_year(sentence, age):
    from factcheck.facts.numbers import scan_quantities
    found, _ = scan_quantities(sentence, 0)
    ages = [q.value for q in found if q.counts == "age"]
    assert ages == ([age] if age is not None else [])


# --------------------------------------------------------------------------- one place within the other, as written

QUAKE_A = ("Quake\n\nA 6.1 magnitude earthquake hit {where} on Tuesday.\n\nIn 2004, a magnitude-9.1 earthquake off "
           "Aceh triggered a tsunami that killed 230,000 people in 14 countries.\n")
QUAKE_B = ("Quake\n\nRescue teams searched for survivors on Wednesday.\n\nIn 2004, a magnitude 9.1 quake off Indonesia "
           "triggered a tsunami that killed some 230,000 people around the Indian Ocean.\n")


def test_two_places_in_one_slot_of_corroborated_sentences_differ():
    rep = compare(QUAKE_A.format(where="a remote mountain district"), QUAKE_B)
    assert findings_of(rep, "entity", "differs") == [("differs", "Aceh", "Indonesia")]


def test_a_place_a_report_writes_within_the_other_is_one_place_at_two_scales():
    rep = compare(QUAKE_A.format(where="Indonesia's Aceh province"), QUAKE_B)
    assert findings_of(rep, "entity", "differs") == []
    assert held(rep, "entity.place-within") == [("Aceh", "Indonesia")]



def test_a_name_slipped_in_one_sentence_stays_flagged():
    rep = compare("Boxing\n\nKlitschko won the fight in Berlin, and Kiltschko said he would fight again in March.\n",
                  "Boxing\n\nWladimir Klitschko won in Berlin on Saturday.\n")
    assert not held(rep, "entity.both-in-one-sentence")


@pytest.mark.parametrize("text, within", [
    ("Ministers from France, Germany and Italy met on Monday.", False),        # a list
    ("The quake struck Aceh province in Indonesia on Tuesday.", True),
    ("The quake struck Banda Aceh, Indonesia, on Tuesday.", True),
])
def test_what_reads_as_one_place_within_another(text, within):
    from factcheck.judge import Doc
    from factcheck.judge.slots import within_as_written
    from factcheck.model import Article
    from factcheck.pipeline import analyse
    an = analyse(Article("a.txt", "News\n\n" + text + "\n"))
    doc = Doc("A", an.sentences, an.facts, an.claimants, an.published)
    small, big = ("Germany", "France") if "France" in text else ("Aceh", "Indonesia")
    assert within_as_written(doc, doc, small, big) is within


# --------------------------------------------------------------------------- one record written alike

def test_one_record_written_alike_in_unaligned_sentences_agrees():
    rep = compare("Colts win\n\nPeyton Manning led Indianapolis (10-5) on a late drive to beat Jacksonville on "
                  "Thursday night.\n\nThe crowd was quiet.\n",
                  "Colts win\n\nThe Jaguars were beaten at home on a cold night.\n\nCoach Tony Dungy said the Colts "
                  "(10-5) would rest starters in the last two games.\n")
    assert findings_of(rep, "number") == [("agree", "10-5", "10-5")]
