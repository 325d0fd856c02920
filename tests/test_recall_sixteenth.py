"""Recall work of the sixteenth session, through the pipeline and the stage that changed,
must-flag and must-not-flag: a middle name on one side only does not hide a misspelled first
name, a mixed number after an article ("a 4-1/2-month term"), a duration with its unit slipped
(months / years), a loose reading ("dozens of lives") does not hold a figure from a conflict of
exact figures, a period inside a sentence ends an abbreviation, not the clause ("set for 10 a.m.
Dec. 3"), and one calendar day for one kind of event pairs two sentences.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.facts.numbers import extract_quantities
from factcheck.judge.numbers.temper import _unit_slip
from pairs import compare, findings_of, held, report


def _quantity(text: str):
    return next(extract_quantities(text))


# --------------------------------------------------------------------------- middle names

def test_a_first_name_misspelled_beside_a_middle_name_on_one_side_is_flagged():
    rep = report("Officers identified the dead as Jeanette Marie Cole, 34, and Leon Price, 41.",
                 "A co-worker was holding onto Jeannette Cole when the gunwoman fired again.")
    assert ("differs", "Jeanette Marie Cole", "Jeannette Cole") in findings_of(rep, "entity")


def test_a_middle_name_on_one_side_alone_is_no_discrepancy():
    rep = report("Officers identified the dead as Maria Elena Lopez, 34.",
                 "A co-worker was holding onto Maria Lopez when the gunwoman fired again.")
    assert findings_of(rep, "entity", "differs", "conflict") == []


def test_a_father_and_son_are_not_read_as_a_middle_name():
    rep = report("The company was founded by Henry Ford Jr, the report said.",
                 "The company was founded by Henry Ford, the report said.")
    assert ("differs", "Henry Ford Jr", "Henry Ford") not in findings_of(rep, "entity")


# --------------------------------------------------------------------------- mixed numbers, unit slips

def test_a_mixed_number_after_an_article_is_one_figure():
    q = _quantity("He served a 4-1/2-month prison term.")
    assert (q.text, q.value, q.unit) == ("4-1/2-month", 4.5, "month")
    q = _quantity("She got a 2-1/2-year sentence.")
    assert (q.value, q.unit) == (2.5, "year")


def test_a_duration_with_its_unit_slipped_is_a_conflict():
    rep = report("Gordon Wells, a former aide who served a 6-1/2-month jail term for his part in the fraud, has died.",
                 "Wells went back to Ohio after serving more than six years for his part in the fraud.")
    got = [f for f in rep.findings if f.kind == "number" and f.verdict.value == "conflict"]
    assert got and got[0].confidence >= 0.55


def test_two_durations_in_far_units_are_still_an_order_apart():
    rep = report("The laptop comes with a five-year warranty on its battery.",
                 "The battery gives five hours of use on one charge.")
    assert findings_of(rep, "number", "differs", "conflict") == []
    assert ("five-year", "five hours") in held(rep, "number.order-apart")


def test_a_unit_slip_needs_neighbouring_units_of_time_and_figures_alike():
    q = _quantity
    assert _unit_slip(q("a 4-1/2-month term"), q("more than four years"))
    assert _unit_slip(q("for three days"), q("for three weeks"))
    assert not _unit_slip(q("a five-year warranty"), q("five hours"))       # not neighbours
    assert not _unit_slip(q("for 12 weeks"), q("for seven months"))         # figures apart
    assert not _unit_slip(q("320GB of storage"), q("256MB of memory"))      # no time


# --------------------------------------------------------------------------- a loose reading gives way

_CLINIC_A = ("Clinic attack kills 25\n\nNo gunmen were inside a clinic run by the agency and attacked by the army in "
             "the north, leaving 25 people dead, the agency says.\n")


def test_a_loose_reading_does_not_hold_a_figure_from_a_conflict_of_exact_figures():
    b = ("Clinics shelled\n\nThe secretary-general condemned the army's attacks on two clinics run by the agency, which "
         "claimed dozens of lives.\n\nSome 18 people were killed and 40 others injured when two shells landed at the "
         "perimeter of a clinic, according to the agency's director of operations.\n")
    rep = compare(_CLINIC_A, b)
    assert ("compatible", "25 people", "dozens") in findings_of(rep, "number")
    assert ("conflict", "25 people", "Some 18 people") in findings_of(rep, "number")


def test_an_exact_agreement_still_holds_its_fact_against_a_conflict_elsewhere():
    b = ("Clinics shelled\n\nThe secretary-general condemned the attack on the clinic, which left about 25 people dead.\n\n"
         "Some 18 people were killed when two shells landed at the clinic, according to the agency's director.\n")
    rep = compare(_CLINIC_A, b)
    assert findings_of(rep, "number", "differs", "conflict") == []
    assert ("25", "Some 18") in held(rep, "fact-matched-elsewhere")


# --------------------------------------------------------------------------- one calendar day

def test_one_calendar_day_for_one_kind_of_event_agrees_across_sentences():
    rep = report("Formal sentencing is set for 10 a.m. Dec. 3 before County Judge Ann Ross.",
                 "His sentencing is scheduled for December 3.")
    assert ("agree", "Dec. 3", "December 3") in findings_of(rep, "date")


def test_one_calendar_day_of_two_kinds_of_event_is_not_paired():
    rep = report("The plant reopened on Dec. 3 after repairs to its roof.",
                 "Her sentencing is scheduled for December 3.")
    assert findings_of(rep, "date") == []


# --------------------------------------------------------------------------- two people swapped

def test_two_people_each_in_the_others_place_are_a_conflict():
    rep = report("Dale Moss, 22, stabbed the guard on the orders of his cousin Victor Ruiz, 30, police said.",
                 "Police said Victor Ruiz stabbed the guard on the orders of his cousin, Dale Moss.")
    got = findings_of(rep, "entity", "conflict")
    assert ("conflict", "Dale Moss, 22, stabbed", "Victor Ruiz stabbed") in got


def test_a_winner_and_loser_swapped_are_a_conflict():
    rep = report("Mark Dowd beat Jim Ellis in the county final on Sunday.",
                 "Jim Ellis beat Mark Dowd in the county final on Sunday.")
    assert ("conflict", "Mark Dowd beat", "Jim Ellis beat") in findings_of(rep, "entity")


def test_two_people_around_a_symmetric_verb_are_no_swap():
    rep = report("Mark Dowd met Jim Ellis in the county final on Sunday.",
                 "Jim Ellis met Mark Dowd in the county final on Sunday.")
    assert findings_of(rep, "entity", "differs", "conflict") == []
    assert ("Mark Dowd met", "Jim Ellis met") in held(rep, "entity.symmetric-verb")


def test_two_people_listed_in_another_order_are_no_swap():
    rep = report("Mark Dowd and Jim Ellis were charged with fraud on Sunday.",
                 "Jim Ellis and Mark Dowd were charged with fraud on Sunday.")
    assert findings_of(rep, "entity", "differs", "conflict") == []
