"""Work of the thirty-third session, must-flag and must-not-flag: a clock time and its day read as
one moment ("around 1:30 a.m. Feb. 1"), two ranges with other bounds, the noun a figure counts
after coordinated words ("government and private buildings"), a civil-law "voluntary homicide"
read as murder, and "checked in to" read as "checked into".

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.facts.dates import extract_times
from factcheck.facts.numbers import extract_quantities
from factcheck.judge.dates import date_pairs
from factcheck.judge.doc import Doc
from factcheck.judge.numbers.intervals import compare_quantities
from factcheck.judge.times import relate_times
from factcheck.model import Article, Verdict
from factcheck.pipeline import analyse
from pairs import compare, findings_of, held, report


def _story(headline: str, *sentences: str) -> str:
    return headline + "\n\n" + "\n\n".join(sentences) + "\n"


def _time(text: str):
    found = list(extract_times(text))
    assert len(found) == 1, found
    return found[0]


def _doc(text: str) -> Doc:
    an = analyse(Article("a.txt", "News in brief\n\n" + text + "\n"))
    return Doc("A", an.sentences, an.facts, an.claimants, an.published)


def _quantity(text: str):
    return list(extract_quantities(text))[0]


# --- a clock time and its day, one moment -------------------------------------------------------

def test_a_clock_time_and_the_day_after_or_before_it_are_one_time():
    t = _time("He was arrested around 1:30 a.m. Feb. 1 on state Route 94.")
    assert (t.text, t.month, t.day, t.hour, t.minute, t.approximate) == ("1:30 a.m. Feb. 1", 2, 1, 1, 30, True)
    t = _time("Sentencing is set for Nov. 8 at about 11 a.m. in Poteau.")
    assert (t.month, t.day, t.hour, t.approximate) == (11, 8, 11, True)
    t = _time("The hearing began at 3 p.m. on Dec. 5, 2008.")
    assert (t.year, t.month, t.day, t.hour) == (2008, 12, 5, 15)


def test_two_clock_times_of_one_day_conflict():
    verdict, _ = relate_times(_time("stopped at about 1:00 a.m. Feb. 1"), _time("arrested around 1:30 a.m. Feb. 1"))
    assert verdict is Verdict.CONFLICT


def test_the_day_without_its_clock_time_is_the_same_day_paired_across_sentences():
    # must not flag: one side gives the hour too; the two sentences, far apart and little alike,
    # are paired as one day's
    rep = compare(_story("Spiro man guilty of murder",
                         "A Le Flore County jury found Kenneth Simpson guilty of murder on Thursday.",
                         "Jurors deliberated for about three hours before returning the verdict.",
                         "Formal sentencing is set for 11 a.m. Nov. 8 before District Judge Ann Ross."),
                  _story("Jury convicts Simpson in deputy's death",
                         "Kenneth Simpson was convicted Thursday in the shooting death of a reserve deputy.",
                         "He will be sentenced November 8, the district attorney said."))
    assert ("compatible", "11 a.m. Nov. 8", "November 8") in findings_of(rep, "date")
    # the date stage pairs the two sentences even when no alignment does
    doc_a = _doc("Ann Ross set formal sentencing for 11 a.m. Nov. 8 in Poteau.")
    doc_b = _doc("Kenneth Simpson, 27, will learn his punishment on November 8 from Ross.")
    assert date_pairs(doc_a, doc_b, set()) == [(1, 1)]


def test_a_clock_time_and_a_day_of_another_clause_stay_apart():
    found = [t.text for t in extract_times("The fire began at 3 p.m., and on Dec. 5 the inquiry opened.")]
    assert found == ["3 p.m.", "Dec. 5"]


# --- two ranges with other bounds -------------------------------------------------------------

def test_two_ranges_with_other_bounds_differ():
    verdict, reason = compare_quantities(_quantity("sentences ranging from 7 to 75 years"),
                                         _quantity("sentences of between six and 75 years"))
    assert verdict is Verdict.DIFFERS and reason.startswith("two ranges with other bounds")
    rep = report("Five men have received prison sentences ranging from six to 75 years.",
                 "Five men have received prison sentences ranging from seven to 75 years.")
    assert ("differs", "from six to 75 years", "from seven to 75 years") in findings_of(rep, "number")


def test_ranges_of_loose_words_a_point_within_a_range_or_the_same_bounds_are_not_two_spans():
    # must not flag: "a handful" / "several" are no ranges written out; 95 lies in 90 to 100
    loose = compare_quantities(_quantity("a handful of people"), _quantity("several people"))
    inside = compare_quantities(_quantity("90 to 100 officers"), _quantity("about 95 officers"))
    same = compare_quantities(_quantity("between 20 and 30 people"), _quantity("20 to 30 people"))
    hedged = compare_quantities(_quantity("around 90 to 100 officers"), _quantity("90 to 100 officers"))
    assert [loose[0], inside[0], same[0], hedged[0]] == \
        [Verdict.COMPATIBLE, Verdict.COMPATIBLE, Verdict.AGREE, Verdict.COMPATIBLE]


# --- the noun a figure counts after coordinated words --------------------------------------------

def test_words_joined_before_a_plural_modify_the_noun_the_figure_counts():
    assert _quantity("Hundreds of government and private buildings have been damaged.").counts == "building"
    assert _quantity("Dozens of wooden or brick houses collapsed.").counts == "house"
    assert _quantity("Hundreds of government and other buildings were damaged.").counts == "building"


def test_two_counted_things_or_one_thing_among_others_keep_their_own_nouns():
    assert [q.counts for q in extract_quantities("Israel lost seven soldiers and four civilians.")] == \
        ["soldier", "civilian"]
    assert _quantity("About 135 homes and other buildings were badly damaged.").counts == "home"
    assert _quantity("Two men and women were hurt.").counts == "man"
    # a name before "and", a verb after it: "takes" is no counted noun
    assert _quantity("Capaldi will be the Twelfth Doctor and takes over from Matt Smith.").counts == "doctor"


def test_hundreds_of_buildings_agree_across_coordinated_words():
    rep = report("Hundreds of government and private buildings have been damaged by the quakes.",
                 "The quakes damaged hundreds of buildings in the province.")
    assert ("agree", "Hundreds", "hundreds of buildings") in findings_of(rep, "number")


# --- a civil-law name of murder -------------------------------------------------------------------

def test_voluntary_homicide_is_murder_translated():
    # must not flag: the Greek code's intentional killing, translated two ways
    rep = report("The officer was charged with murder on Wednesday, prosecutors said.",
                 "The officer was charged with voluntary homicide on Wednesday, prosecutors said.", min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"
                and "charge" in f.message]


# --- "checked in to" is "checked into" ----------------------------------------------------------

def test_a_denial_of_checking_in_to_a_clinic_conflicts_with_checking_into_it():
    rep = report("Lohan never checked into the Morningside Recovery clinic on Thursday, her lawyer said.",
                 "Lohan checked in to the Morningside Recovery clinic on Thursday, her lawyer said.", min_confidence=0)
    assert [f for f in findings_of(rep, "negation") if f[0] in ("conflict", "differs")]
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
