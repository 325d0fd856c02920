"""Work of the thirty-third session, must-flag and must-not-flag: a day told with its clock time
paired with the same day told alone, two ranges with other bounds (and ranges whose first figure
borrows the second's scale: "10-12,000", "two to three thousand"), a civil-law "voluntary
homicide" read as murder, "checked in to" read as "checked in", and a sum of parts ("a combined
157 games") against one part.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.facts.numbers import extract_quantities
from factcheck.judge.dates import date_pairs
from factcheck.judge.doc import Doc
from factcheck.judge.numbers.intervals import compare_quantities
from factcheck.judge.numbers.temper import _sum_of_parts
from factcheck.facts.borrowed import borrow_names
from factcheck.model import Article, Entity, Quantity, Verdict
from factcheck.pipeline import analyse
from pairs import compare, findings_of, held, report


def _story(headline: str, *sentences: str) -> str:
    return headline + "\n\n" + "\n\n".join(sentences) + "\n"


def _doc(text: str) -> Doc:
    an = analyse(Article("a.txt", "News in brief\n\n" + text + "\n"))
    return Doc("A", an.sentences, an.facts, an.claimants, an.published)


def _quantity(text: str):
    return list(extract_quantities(text))[0]


# --- a day with its clock time and the same day alone ------------------------------------------

def test_the_day_of_a_clock_time_pairs_with_the_same_day_told_alone():
    # the date stage pairs the two sentences even when no alignment does ("7 p.m. Friday" /
    # "Friday night": one day, the evening and the night overlapping)
    doc_a = _doc("Raj Chohan was struck around 7 p.m. Friday, officers said.")
    doc_b = _doc("Relatives of Raj Chohan gathered in Queens Friday night.")
    assert date_pairs(doc_a, doc_b, set()) == [(1, 1)]


def test_a_clock_time_and_another_part_of_the_same_day_are_not_paired_so():
    # must not pair: "11 p.m. Friday" is no time of "Friday morning"
    doc_a = _doc("Raj Chohan was struck around 11 p.m. Friday, officers said.")
    doc_b = _doc("Relatives of Raj Chohan gathered in Queens Friday morning.")
    assert date_pairs(doc_a, doc_b, set()) == []


# --- two ranges with other bounds -------------------------------------------------------------

def test_two_ranges_with_other_bounds_differ():
    verdict, reason = compare_quantities(_quantity("sentences ranging from 7 to 75 years"),
                                         _quantity("sentences of between six and 75 years"))
    assert verdict is Verdict.DIFFERS and reason.startswith("two ranges with other bounds")
    rep = report("Five men have received prison sentences ranging from six to 75 years.",
                 "Five men have received prison sentences ranging from seven to 75 years.")
    assert ("differs", "from six to 75 years", "from seven to 75 years") in findings_of(rep, "number")


def test_a_range_whose_first_figure_borrows_the_second_s_scale_is_read_whole():
    assert [(_quantity(t).low, _quantity(t).high) for t in (
        "Some 10-12,000 people marched", "Between 5 and 6,000 people", "Two to three thousand people attended",
        "between two and three dozen people")] == [(9000.0, 13200.0), (5000.0, 6000.0), (2000.0, 3000.0), (24.0, 36.0)]
    # not a first figure far below the second's scale
    assert _quantity("between 1 and 12,000 people").low == 1.0
    # must not flag: the same range written two ways
    assert compare_quantities(_quantity("Two to three thousand people attended"),
                              _quantity("Between 2,000 and 3,000 people attended"))[0] is Verdict.AGREE
    assert compare_quantities(_quantity("Between 5 and 6,000 people"),
                              _quantity("Between 5,000 and 6,000 people"))[0] is Verdict.AGREE


def test_a_hedged_range_is_no_span_with_bounds_of_its_own():
    # must not flag: "about 30 to 45 seconds" tells its bounds loosely
    verdict, _ = compare_quantities(_quantity("The quake lasted 30 to 40 seconds"),
                                    _quantity("The quake lasted about 30 to 45 seconds"))
    assert verdict is Verdict.COMPATIBLE


def test_ranges_of_loose_words_a_point_within_a_range_or_the_same_bounds_are_not_two_spans():
    # must not flag: "a handful" / "several" are no ranges written out; 95 lies in 90 to 100
    loose = compare_quantities(_quantity("a handful of people"), _quantity("several people"))
    inside = compare_quantities(_quantity("90 to 100 officers"), _quantity("about 95 officers"))
    same = compare_quantities(_quantity("between 20 and 30 people"), _quantity("20 to 30 people"))
    hedged = compare_quantities(_quantity("around 90 to 100 officers"), _quantity("90 to 100 officers"))
    assert [loose[0], inside[0], same[0], hedged[0]] == \
        [Verdict.COMPATIBLE, Verdict.COMPATIBLE, Verdict.AGREE, Verdict.COMPATIBLE]


# --- a civil-law name of murder -------------------------------------------------------------------

def test_voluntary_homicide_is_murder_translated():
    # must not flag: the Greek code's intentional killing, translated two ways
    rep = report("The officer was charged with murder on Wednesday, prosecutors said.",
                 "The officer was charged with voluntary homicide on Wednesday, prosecutors said.", min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"
                and "charge" in f.message]


# --- "checked in to" is "checked in" ----------------------------------------------------------

def test_a_denial_of_checking_in_to_a_clinic_conflicts_with_checking_into_it_or_in_at_it():
    for plain in ("Lohan checked in to the Morningside Recovery clinic on Thursday, her lawyer said.",
                  "Lohan checked in at the Morningside Recovery clinic on Thursday, her lawyer said."):
        rep = report("Lohan never checked into the Morningside Recovery clinic on Thursday, her lawyer said.",
                     plain, min_confidence=0)
        assert [f for f in findings_of(rep, "negation") if f[0] in ("conflict", "differs")], plain
        assert not held(rep, "negation.particle")


def test_checking_out_is_still_no_denial_of_checking_in():
    # must not flag as a denial: the particle rule holds "never checked" / "checked" back; the
    # two ways ("into" / "out of") are two movements told one after the other (negation.sequence)
    rep = report("Lohan never checked into the Morningside Recovery clinic, her lawyer said.",
                 "Lohan checked out of the Morningside Recovery clinic, her lawyer said.", min_confidence=0)
    assert held(rep, "negation.particle") == [("never checked", "checked")]
    assert all("negation.sequence" in f.lowered for f in rep.findings if f.kind == "negation")


# --- a sum of parts against one part -----------------------------------------------------------

def test_a_combined_figure_holds_one_part_of_it():
    # must not flag: "54 games with the Angels" is part of "a combined 157 games with the Angels and Braves"
    rep = report("After the trade, Teixeira hit .358 with 13 homers and 43 RBIs in 54 games with the Angels.",
                 "Playing in a combined 157 games with the Angels and Braves, Teixeira had 33 homers.", min_confidence=0)
    assert findings_of(rep, "number") == [("compatible", "54 games", "157 games")]
    assert "sum of parts" in [f for f in rep.findings if f.kind == "number"][0].message


def test_a_combined_figure_smaller_than_a_part_still_conflicts():
    rep = report("After the trade, Teixeira hit .358 with 13 homers and 43 RBIs in 154 games with the Angels.",
                 "Playing in a combined 57 games with the Angels and Braves, Teixeira had 33 homers.", min_confidence=0)
    assert [v for v, _, _ in findings_of(rep, "number")] == ["conflict"]


def test_in_all_of_a_place_is_no_sum_of_parts():
    def whole(text: str) -> bool:
        doc = _doc(text)
        return _sum_of_parts(doc, 1, doc.of(1, Quantity)[0])
    assert whole("Israeli strikes have killed 40 people in all since Saturday, medics said.")
    assert whole("Playing in a combined 157 games with the Angels and Braves, he hit 33 homers.")
    assert not whole("Israeli strikes have killed 40 people in all of Gaza since Saturday, medics said.")


# --- a name the other report writes in full, its last word in lower case here ------------------

def test_a_name_whose_last_word_is_written_in_lower_case_is_the_other_report_s_name():
    rep = report("A robber struck at a diamond exhibition at the Carlton hotel in Cannes on Sunday.",
                 "A masked thief stole jewels from the Carlton Hotel in Cannes on Sunday.")
    assert ("agree", "Carlton hotel", "Carlton Hotel") in [(v, a.split(" in ")[0], b.split(" in ")[0])
                                                          for v, a, b in findings_of(rep, "entity")]


def test_a_capitalized_word_before_a_plural_or_another_word_keeps_its_own_name():
    # must not lend: "Carlton hotels" is not the other report's "Carlton Hotel"
    rep = report("The Carlton hotels across Europe were closed on Sunday, the owner said.",
                 "A masked thief stole jewels from the Carlton Hotel in Cannes on Sunday.", min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "entity" and "Carlton hotel" in f.a.text]


def test_a_name_the_entity_stage_ended_before_a_capital_is_kept():
    # must not lend: "Sheriff" opens the title of the person named next
    an = analyse(Article("a.txt", "News in brief\n\nLos Angeles County Sheriff Lee Baca said a thief struck the "
                                  "Carlton hotel in Cannes.\n"))
    others = [Entity(text="Los Angeles County Sheriff", start=0, end=25, key="los angeles county sheriff", label="name"),
              Entity(text="Carlton Hotel", start=0, end=13, key="carlton hotel", label="name")]
    facts = borrow_names(an.sentences, an.facts, others, an.article.text)
    assert [f.text for f in facts[1] if isinstance(f, Entity)] == ["Los Angeles County", "Lee Baca", "Carlton hotel", "Cannes"]


def test_a_short_name_the_other_report_also_writes_alone_is_kept():
    # must not lend: the other report writes "Qeshm" alone as well as "Qeshm Island"
    an = analyse(Article("a.txt", "News in brief\n\nQeshm island governor Heydar Alishbandi told AFP that 10 people died.\n"))
    others = [Entity(text="Qeshm Island", start=0, end=12, key="qeshm island", label="name"),
              Entity(text="Qeshm", start=20, end=25, key="qeshm", label="name")]
    facts = borrow_names(an.sentences, an.facts, others, an.article.text)
    assert [f.text for f in facts[1] if isinstance(f, Entity)][0] == "Qeshm"
    alone = borrow_names(an.sentences, an.facts, others[:1], an.article.text)
    assert [f.text for f in alone[1] if isinstance(f, Entity)][0] == "Qeshm island"
