"""Recall work of the seventeenth session, through the pipeline and the stage that changed,
must-flag and must-not-flag: two days after one action (the same verb, or one kind of event,
a place between allowed) in sentences that share words or a name date one action; a month
before a noun of an event ("the March raid") is a time; two measures right after one verb are
one deed measured twice; a bound that stays near its figure ("just over") is a discrepancy
when the other figure is far beyond it; and one sentence setting two sources' figures against
each other ("X said 5.9, but Y said 6.1").

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.facts.dates import extract_times
from factcheck.facts.numbers import extract_quantities
from factcheck.judge import Doc, Out, dispute_findings
from factcheck.model import Article, Entity
from factcheck.pipeline import analyse
from factcheck.settings import Thresholds
from pairs import compare, findings_of, held, report


def _dates(rep, verdicts=("differs", "conflict")):
    return [f for f in rep.findings if f.kind == "date" and f.verdict.value in verdicts]


def _unraised(days) -> bool:
    """Are there dates, each still lowered by date.other-events and named by no agreement?"""
    return bool(days) and all("agree on" not in f.message and "date.other-events" in f.lowered for f in days)


# --------------------------------------------------------------------------- one action, two days

def test_two_days_after_one_verb_in_sentences_sharing_words_date_one_action():
    rep = compare("Browser fix\n\nThe fix was released on Tuesday morning, and security experts told Web users to "
                  "install it without delay.\n\nThe company said more attacks were expected.\n",
                  "Update out\n\nAnalysts said the firm's shares rose.\n\nSecurity experts say that Web surfers should "
                  "immediately install a new bug-fix for the company's browser, released Wednesday morning.\n")
    got = _dates(rep)
    assert [(f.a.text, f.b.text) for f in got] == [("Tuesday morning", "Wednesday morning")]
    assert "date.other-events" not in got[0].lowered


def test_two_verbs_of_one_kind_with_two_places_between_are_two_stops():
    rep = report("President Obama landed in Berlin on Wednesday for talks with Chancellor Merkel.",
                 "Obama arrived in Paris on Monday to meet President Sarkozy.", min_confidence=0)
    got = _dates(rep)
    assert got and all("date.other-events" in f.lowered for f in got)


def test_two_verbs_of_one_kind_with_a_place_between_and_a_name_in_common_date_one_action():
    rep = compare("Title bout\n\nRahim Khan, who had landed in Germany on Wednesday, said he was in top condition.\n",
                  "Fight night\n\nKhan, who won the belt in 2005, arrived in Germany on Monday and declared he was "
                  "in top shape.\n")
    got = _dates(rep)
    assert [(f.a.text, f.b.text) for f in got] == [("Wednesday", "Monday")]
    assert "date.other-events" not in got[0].lowered


def test_one_verb_before_two_days_with_only_words_of_telling_shared_stays_two_deeds():
    # "officials said" ties nothing: the two reopenings may be two deeds (rule date.other-events)
    rep = report("The city museum reopened on Monday after a long flood, officials said.",
                 "The city stadium reopened on Friday after roof repairs, officials said.", min_confidence=0)
    got = _dates(rep)
    assert got and all("date.other-events" in f.lowered for f in got)
    assert all(f.confidence < Thresholds().min_confidence for f in got)


# --------------------------------------------------------------------------- a month before an event noun

def test_a_month_before_a_noun_of_an_event_is_a_time():
    assert [(t.text, t.month) for t in extract_times("evidence gathered in the March raid on the ranch")] == [("March", 3)]
    assert [(t.text, t.month) for t in extract_times("since the April elections")] == [("April", 4)]


def test_a_month_name_before_other_words_stays_no_time():
    assert list(extract_times("The March organizers asked for calm")) == []
    assert list(extract_times("since May took office")) == []


def test_the_month_of_one_raid_stated_two_ways_is_flagged():
    rep = report("The grand jury heard evidence gathered in the March raid on the Eldorado ranch.",
                 "The grand jury heard evidence collected during the April raid on the Eldorado ranch.")
    assert ("conflict", "March", "April") in [(v, a, b) for v, a, b in findings_of(rep, "date")] or \
        ("differs", "March", "April") in findings_of(rep, "date")


# --------------------------------------------------------------------------- one deed measured after one verb

def test_two_measures_after_one_verb_in_unaligned_sentences_are_compared():
    # (compared, and still lowered for unaligned sentences: one verb alone is a thin tie)
    rep = compare("Quake hits island\n\nThe quake struck the island on Sunday.\n\nThe initial tremor lasted just "
                  "over 10 seconds, she says.\n",
                  "Iran earthquake\n\nRescue teams reached seven villages.\n\n\"It lasted around 30 seconds or so,\" "
                  "said Bina Mathews, a resident.\n", min_confidence=0)
    got = [f for f in rep.findings if f.kind == "number" and (f.a.text, f.b.text) == ("just over 10 seconds",
                                                                                       "around 30 seconds")]
    assert got and got[0].verdict.value == "differs" and got[0].lowered == ("number.unaligned",)


def test_two_measures_after_one_verb_by_two_doers_are_no_one_deed():
    rep = report("The boy weighed 3 kilograms.", "The girl weighed 2 kilograms, the hospital said.", min_confidence=0)
    got = [f for f in rep.findings if f.kind == "number"]
    assert got and all("number.loose-match" in f.lowered for f in got)

def test_two_measures_after_different_verbs_in_unaligned_sentences_are_not_paired():
    rep = compare("Quake hits island\n\nThe quake struck the island on Sunday.\n\nThe initial tremor lasted just "
                  "over 10 seconds, she says.\n",
                  "Iran earthquake\n\nRescue teams reached seven villages.\n\nThe convoy waited around 30 seconds "
                  "at each checkpoint, said a driver.\n", min_confidence=0)
    assert findings_of(rep, "number", "differs", "conflict") == []

def test_a_count_of_more_times_is_no_total_measured_after_the_same_verb():
    rep = compare("Obituary\n\nPage was married three times but had no children.\n",
                  "A life\n\nShe married two more times yet both unions failed.\n")
    assert ("conflict", "three times", "two more times") not in findings_of(rep, "number")


def test_a_near_bound_far_from_the_other_figure_is_a_discrepancy():
    rep = report("The main shock lasted just over 10 seconds, a witness in the capital said.",
                 "Residents of the island said it lasted around 30 seconds.", min_confidence=0)
    assert ("differs", "just over 10 seconds", "around 30 seconds") in findings_of(rep, "number")


def test_a_near_bound_against_an_open_bound_is_no_discrepancy():
    rep = report("The main shock lasted just over 10 seconds, a witness in the capital said.",
                 "Residents of the island said it lasted up to 40 seconds.", min_confidence=0)
    assert findings_of(rep, "number", "differs", "conflict") == []
    assert ("just over 10 seconds", "up to 40 seconds") in held(rep, "number.far-through-bound")

def test_an_open_bound_far_from_the_other_figure_is_held_back():
    rep = report("The main shock lasted more than 10 seconds, a witness in the capital said.",
                 "Residents of the island said it lasted around 30 seconds.", min_confidence=0)
    assert findings_of(rep, "number", "differs", "conflict") == []
    assert ("more than 10 seconds", "around 30 seconds") in held(rep, "number.far-through-bound")

def test_near_bounds_are_parsed_as_bounds():
    q = next(extract_quantities("a little over 10 seconds"))
    assert (q.low, q.high, q.qualifier) == (10.0, None, "a little over")


# --------------------------------------------------------------------------- two sources in one sentence

def _doc(text: str) -> Doc:
    an = analyse(Article("a.txt", "Quake\n\n" + text + "\n"))
    return Doc("A", an.sentences, an.facts, an.claimants, an.published)


def test_two_sources_figures_of_one_measure_in_one_sentence_are_flagged():
    out = Out()
    dispute_findings(_doc("Tehran's seismologic center said the quake measured magnitude-5.9, but the U.S. "
                          "Geological Survey said it was a magnitude-6.1 temblor."),
                     t=Thresholds(), tolerance=0.1, out=out)
    assert [(f.verdict.value, f.a.text, f.b.text) for f in out.findings] == [("differs", "5.9", "6.1")]


def test_one_source_giving_two_figures_in_one_sentence_is_no_dispute():
    out = Out()
    dispute_findings(_doc("Police said 5 people died in the blast, while 12 others were hurt."), t=Thresholds(),
                     tolerance=0.1, out=out)
    assert out.findings == []


def test_two_shares_of_two_things_across_a_turn_are_no_dispute():
    out = Out()
    dispute_findings(_doc("The central bank said inflation rose to 5 percent in May, but the IMF said growth would "
                          "slow to 2 percent."), t=Thresholds(), tolerance=0.1, out=out)
    assert out.findings == []


def test_a_second_figure_of_another_event_across_a_turn_is_no_dispute():
    out = Out()
    dispute_findings(_doc("Officials said the first quake measured 5.9, while the USGS said an aftershock on Monday "
                          "measured 6.1."), t=Thresholds(), tolerance=0.1, out=out)
    assert out.findings == []

def test_two_figures_of_two_things_across_a_turn_are_no_dispute():
    out = Out()
    dispute_findings(_doc("Officials said 40 houses were destroyed, while the Red Cross said 300 people were "
                          "homeless."), t=Thresholds(), tolerance=0.1, out=out)
    assert out.findings == []


def test_a_dispute_in_one_sentence_reaches_the_report():
    rep = compare("Quake\n\nTehran's seismologic center put the quake's magnitude at 5.9, but the U.S. Geological "
                  "Survey said it was 6.1.\n", "Quake\n\nThe quake struck on Sunday.\n")
    got = [f for f in rep.findings if f.kind == "number" and f.a.source == f.b.source == "A"]
    assert [(f.verdict.value, f.a.text, f.b.text) for f in got] == [("differs", "5.9", "6.1")]
    assert "another source in the same sentence" in got[0].message


# --------------------------------------------------------------------------- two facts agreed tie a third

def test_a_day_in_a_paraphrase_that_agrees_on_the_sum_and_the_place_is_flagged():
    rep = report("Armed robbers stormed a jewellery store in central Paris on Thursday and escaped with gems worth "
                 "85 million euros.",
                 "Thieves raided a jewelry shop in central Paris on Friday, fleeing with gems worth 85 million euros.")
    got = [f for f in rep.findings if f.kind == "date" and f.verdict.value == "differs"]
    assert [(f.a.text, f.b.text) for f in got] == [("Thursday", "Friday")]
    assert "date.other-events" not in got[0].lowered and "agree on 85 million euros and Paris" in got[0].message


def test_a_day_in_sentences_that_agree_on_names_alone_stays_unsure():
    # the story's people tie no one event: the game on Sunday, the arrest on Tuesday (rule date.other-events)
    rep = report("Vincent Jackson of the San Diego Chargers caught two passes in the loss to the Colts on Sunday.",
                 "Police said Vincent Jackson of the San Diego Chargers was arrested in a car on Tuesday.", min_confidence=0)
    got = [f for f in rep.findings if f.kind == "date" and f.verdict.value in ("differs", "conflict")]
    assert got and all("date.other-events" in f.lowered and "agree on" not in f.message for f in got)
    assert all(f.confidence < Thresholds().min_confidence for f in got)


def test_small_counts_agreed_do_not_tie_two_sentences():
    rep = report("Three men robbed the bank on Thursday and two of them fled in a van, police said.",
                 "On Friday three robbers hit the bank, and two escaped by van, police said.", min_confidence=0)
    assert _unraised(_dates(rep))


def test_a_name_the_report_gives_in_most_sentences_does_not_tie_two_sentences():
    # the story's protagonist, named everywhere, and one sum: one rare fact only (Thresholds.corroboration_rare)
    a = ("Jeffs caught\n\nWarren Jeffs was arrested on Monday with $54,000 in cash.\n\n"
         "Jeffs faces two counts of sexual assault.\n\nJeffs led the church from 2002.\n")
    b = ("Jeffs held\n\nPolice caught Warren Jeffs on Tuesday, carrying $54,000 in cash.\n\n"
         "Jeffs was on the FBI's most wanted list.\n\nJeffs said little.\n")
    rep = compare(a, b, min_confidence=0)
    assert _unraised([f for f in _dates(rep) if (f.a.text, f.b.text) == ("Monday", "Tuesday")])


def test_two_sentences_that_each_say_more_tell_two_events_however_much_they_agree():
    # (precision read 32: "the 61-year-old … opening fire" Friday / "… charged" Saturday; Thresholds.corroboration_left)
    rep = report("Police said the 61-year-old gunman, Ivan Petrov, began opening fire at the Vancouver office party "
                 "on Friday, wounding Ann Lee and Tom Ross.",
                 "The 61-year-old was charged on Saturday in Surrey with two counts of attempted murder after "
                 "opening fire at the Vancouver office party, prosecutor Mia Chan said.", min_confidence=0)
    assert _unraised(_dates(rep))


# --------------------------------------------------------------------------- lower-cased times

def test_lower_case_weekdays_and_dated_months_are_times():
    got = [(t.text, t.weekday, t.month, t.day) for t in extract_times("the fix was released on tuesday morning")]
    assert got == [("tuesday morning", 1, None, None)]
    assert [(t.month, t.day) for t in extract_times("it ships june 18, 2012")] == [(6, 18)]
    assert [t.month for t in extract_times("in october the firm said")] == [10]


def test_lower_case_month_words_that_are_common_words_stay_words():
    assert list(extract_times("officers may be ordered to march in may")) == []
    assert list(extract_times("he may 19 times have tried")) == []
    assert list(extract_times("in march the crowd walked")) == []


# --------------------------------------------------------------------------- one name put for another, in a paraphrase

def test_a_place_changed_in_a_paraphrase_that_agrees_on_the_rest_is_flagged():
    rep = report("Armed robbers stormed a jewellery store in central Paris on Thursday and escaped with gems worth "
                 "85 million euros.",
                 "Thieves raided a jewelry shop in central Lyon on Thursday, fleeing with gems worth 85 million euros.")
    got = [f for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"]
    assert [(f.a.text, f.b.text) for f in got] == [("Paris", "Lyon")]
    assert "another name in the same place" in got[0].message and "agree on" in got[0].message


def test_places_at_two_scales_in_sentences_that_agree_on_names_only_are_held_back():
    rep = report("Lindsay Lohan checked into the Promises Treatment Center in Malibu, her publicist said.",
                 "Lindsay Lohan is at the Promises Treatment Center in Los Angeles, her publicist confirmed.")
    assert not [f for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"]
    assert ("Malibu", "Los Angeles") in held(rep, "entity.slot-only")


def test_an_adjective_before_two_names_makes_no_slot():
    from factcheck.judge.slots import slot_of
    an = analyse(Article("a.txt", "Phones\n\nThe new Curve also comes with support for memory cards.\n"))
    doc = Doc("A", an.sentences, an.facts, an.claimants, an.published)
    curve = next((i, e) for i in range(len(doc.sentences)) for e in doc.of(i, Entity) if e.text == "Curve")
    assert slot_of(doc, *curve)[0] is None


# --------------------------------------------------------------------------- a mixed number whose space was lost

def test_a_mixed_number_whose_space_a_page_lost_is_read():
    q = next(extract_quantities("He served 41/2 months in federal prison."))
    assert (q.text, q.value, q.unit) == ("41/2 months", 4.5, "month")
    assert next(extract_quantities("a 23/4-mile walk")).value == 2.75


def test_a_glued_mixed_number_against_its_figure_written_otherwise_agrees_and_against_another_conflicts():
    same = report("LaRue served a 4-1/2-month prison term for obstructing justice.",
                  "LaRue served 41/2 months in federal prison for obstructing justice.")
    assert ("agree", "4-1/2-month prison term", "41/2 months") in findings_of(same, "number")
    other = report("LaRue served 412 months in federal prison for conspiracy to obstruct justice.",
                   "LaRue served 41/2 months in federal prison for conspiracy to obstruct justice.")
    assert ("conflict", "412 months", "41/2 months") in findings_of(other, "number")


def test_an_improper_fraction_of_other_parts_is_no_mixed_number():
    assert [q.value for q in extract_quantities("about 15/4 of the lots")] != [5.25]
