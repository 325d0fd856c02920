"""Statements compared phrase by phrase (factcheck/judge/claims.py) and facts of one kind of
event (factcheck/judge/events.py), through the pipeline, must-flag and must-not-flag; each
must-not-flag asserts the rule that held the candidate back, or that nothing was a candidate.

Sentences are written in the style of the ECB+ articles (wire copy) or shortened from them
(``corpus/ecbplus``, CC BY 3.0, Cybulska & Vossen 2014).
"""
from __future__ import annotations

import datetime

import pytest

from factcheck.judge.claims import Vocabulary, _status, runs, words_of
from factcheck.judge.doc import Doc
from factcheck.judge.events import events_in
from factcheck.model import Article, Sentence
from factcheck.pipeline import Options, compare_articles
from factcheck.settings import Thresholds


def report(a: str, b: str):
    return compare_articles(Article("a.txt", "News in brief\n\n" + a + "\n"),
                            Article("b.txt", "News in brief\n\n" + b + "\n"))


def found(a: str, b: str, kind: str) -> list[tuple[str, str, str]]:
    return [(f.verdict.value, f.a.text, f.b.text) for f in report(a, b).findings if f.kind == kind]


def held(a: str, b: str, kind: str) -> list[tuple[str, str, str]]:
    return [(s.rule, s.a.text, s.b.text) for s in report(a, b).skipped if s.kind == kind and s.a and s.b]


def doc(*texts: str) -> Doc:
    sentences, start = [], 0
    for k, text in enumerate(texts):
        sentences.append(Sentence(k, text, start, start + len(text), k))
        start += len(text) + 1
    return Doc("A", tuple(sentences), tuple(() for _ in texts), tuple(None for _ in texts))


# --- one thing, another status ---------------------------------------------------------------


@pytest.mark.parametrize("a, b, span_a, span_b", [
    ("Microsoft said its engineers are working on an update to plug the hole in the browser.",
     "Microsoft has released a crucial update for the browser that users should apply.",
     "working on an update", "has released a crucial update"),
    ("The city council is expected to approve the budget for the new bridge next month.",
     "The city council approved the budget for the new bridge on Tuesday night.",
     "expected to approve the budget", "approved the budget"),
])
def test_done_against_not_yet_differs(a, b, span_a, span_b):
    r = compare_articles(Article("a.txt", "News in brief\n\n" + a + "\n"), Article("b.txt", "News in brief\n\n" + b + "\n"),
                         options=Options(thresholds=Thresholds(min_confidence=0.0)))
    assert [(f.verdict.value, f.a.text, f.b.text) for f in r.findings if f.kind == "negation"] == \
        [("differs", span_a, span_b)]


def test_done_against_not_yet_on_one_day_is_shown():
    day = datetime.date(2024, 3, 5)
    a = "Microsoft said its engineers are working on an update to plug the hole in the browser."
    b = "Microsoft has released a crucial update for the browser that users should apply."
    r = compare_articles(Article("a.txt", "News in brief\n\n" + a + "\n"), Article("b.txt", "News in brief\n\n" + b + "\n"),
                         options=Options(date_a=day, date_b=day))
    assert [(f.verdict.value, f.lowered) for f in r.findings if f.kind == "negation"] == [("differs", ())]


def test_done_against_not_yet_in_undated_reports_is_less_sure():
    # the report that says "working on" may be the earlier one: with no dates, the finding is
    # lowered by a named rule and shown with its reason
    a = "Microsoft said its engineers are working on an update to plug the hole in the browser."
    b = "Microsoft has released a crucial update for the browser that users should apply."
    r = compare_articles(Article("a.txt", "News in brief\n\n" + a + "\n"), Article("b.txt", "News in brief\n\n" + b + "\n"),
                         options=Options(thresholds=Thresholds(min_confidence=0.0)))
    f = next(f for f in r.findings if f.kind == "negation")
    assert f.lowered == ("claim.undated",) and "claim.undated" in f.detail


@pytest.mark.parametrize("a, b", [
    # "to" with no cue: a relative infinitive, not a plan (ECB+ 28)
    ("Mr. LaRue pleaded guilty to obstruction of justice in the Watergate case.",
     "LaRue, the first person to plead guilty in the Watergate scandal, died of natural causes."),
    # an attempt is neither done nor planned
    ("Police tried to negotiate with the suspect for two hours before he gave up.",
     "Police negotiated with the suspect for two hours before he gave up."),
])
def test_no_status_is_read(a, b):
    assert found(a, b, "negation") == []
    assert [h for h in held(a, b, "negation") if h[0].startswith("claim.")] == []


def test_another_verb_under_a_cue_that_does_not_stand_for_the_action_is_held_back():
    a = "Regulators will review the merger of the two airlines in the spring."
    b = "Regulators approved the merger of the two airlines on Friday."
    assert found(a, b, "negation") == []
    assert ("claim.other-verb", "will review the merger", "approved the merger") in held(a, b, "negation")


def test_a_modal_of_ability_or_of_reported_speech_is_no_plan():
    # a precision read: "can be used for" and "would place" were read as not yet done
    a = "The Saints said they would place Bush on the injured reserve list on Wednesday."
    b = "The Saints placed Bush on the injured reserve list on Wednesday."
    assert found(a, b, "negation") == []


@pytest.mark.parametrize("a, b", [
    # precision read 6 (seed 9091): a passive after "to", a bare verb after a modal, a first
    # name that looks like a modal; none of these says the thing was done or is not yet done
    ("Unions marched on parliament, where the Government was preparing for the measures to be voted on Thursday.",
     "Despite the strike, the draft bill of the new austerity measures is to be voted on Thursday."),
    ("Microsoft said its engineers are working on an update for the browser flaw.",
     "Users should stop using the browser until Microsoft can put out an update for the flaw."),
    ("McDermott scored his 11th point of the tournament opener with a free throw.",
     "Will Artino scored 14 points off the bench in the tournament opener."),
])
def test_passives_modals_and_names_say_no_status(a, b):
    assert found(a, b, "negation") == []


def test_a_thing_done_at_an_earlier_time_is_another_thing():
    a = "Microsoft said its engineers are working on an update for the browser flaw."
    b = "Microsoft included a cumulative update for the browser in its bulletins last week."
    assert found(a, b, "negation") == []
    assert [h[0] for h in held(a, b, "negation")] == ["claim.background"]


def test_status_reads_the_verb_that_governs_the_noun():
    d = doc("Engineers are working on an update to plug the hole, and users should apply it immediately.")
    ws = words_of(d, 0)
    by_word = {w.low: _status(ws, w) for w in ws}
    assert by_word["update"].label == "not yet" and by_word["update"].cue == ("working", "on")
    assert by_word["immediately"] is None         # an adverb is no thing
    assert _status(ws, next(w for w in ws if w.low == "engineers")) is None


# --- one place filled differently ------------------------------------------------------------


def test_two_kinds_of_directive_in_one_place_differ():
    a = "President Obama issued a memorandum that suspends the rule while ordering a review."
    b = "In March, President Obama issued an executive order putting the rule change on hold."
    got = [g for g in found(a, b, "entity") if g[0] == "differs"]
    assert got == [("differs", "memorandum", "executive order")]


@pytest.mark.parametrize("a, b", [
    # a general word and a specific one are one thing said two ways: neither is a kind entry
    ("Officers found a gun in the vehicle matching the description, police said.",
     "Officers found a shotgun in the vehicle matching the description, police said."),
    # one entry inside the other
    ("The attackers detonated a bomb outside the embassy gates.",
     "The attackers detonated a car bomb outside the embassy gates."),
])
def test_one_thing_said_two_ways_is_no_kind_difference(a, b):
    assert [g for g in found(a, b, "entity") if g[0] == "differs"] == []


def test_two_lists_of_names_differ_but_one_that_names_more_is_an_omission():
    a = "The three damaged cables link Sicily and Egypt across the Mediterranean Sea."
    b = "The three damaged cables link Italy and Egypt across the Mediterranean Sea."
    got = [g for g in found(a, b, "entity") if g[0] == "differs"]
    assert got == [("differs", "Sicily and Egypt", "Italy and Egypt")]
    # a precision read: naming fewer is no other value
    c = "All the servers the company sells are based on low-power Intel Atom processors."
    d = "To date, the company's servers have been using Intel's Atom and Xeon processors."
    assert [g for g in found(c, d, "entity") if g[0] == "differs"] == []


# --- shared statements -------------------------------------------------------------------------


def test_a_shared_statement_agrees_and_one_worded_differently_is_compatible():
    a = "Williams was booked into county jail and later released on bail, the patrol said."
    b = "Arrested on suspicion of drunken driving, he was booked into county jail and later released on bail."
    got = found(a, b, "entity")
    assert ("agree", "booked into county jail and later released on bail",
            "booked into county jail and later released on bail") in got
    c = "Williams was booked into county jail and later released on bail, the patrol said."
    d = "He was taken to the county jail, booked and then released on bail on Sunday."
    assert ("compatible", "county jail and later released on bail", "county jail, booked and then released on bail") \
        in found(c, d, "entity")


def test_a_statement_both_deny_is_a_negation_agreement():
    a = "Financial details of the acquisition, announced Nov. 12, were not disclosed."
    b = "The financial details of the acquisition were not disclosed by either company."
    assert ("agree", "Financial details of the acquisition", "financial details of the acquisition") not in \
        found(a, b, "negation")
    kinds = {(f.kind, f.verdict.value) for f in report(a, b).findings}
    assert ("entity", "compatible") in kinds or ("entity", "agree") in kinds


def test_one_denies_another_word_than_the_other_no_agreement():
    # a polarity must-not-flag (ECB+ 5): the two deny different words
    a = '"I feel on the floor we weren\'t executing the philosophy that we want to have," he said.'
    b = '"I didn\'t feel on the floor we were executing the philosophy we wanted to have," he said.'
    assert [f for f in report(a, b).findings if "the same statement" in f.message] == []


def test_runs_join_across_one_different_word_and_weigh_rare_words_more():
    d = doc("He was on probation for a previous DUI arrest.", "Police said the driver was on probation.",
            "Jackson was on probation for a prior DUI.")
    vocab = Vocabulary([d])
    got = runs(words_of(d, 0), words_of(d, 2), vocab)
    assert [[w.text for w in r.a] for r in got][0] == ["probation", "DUI"]
    assert vocab.idf("dui") > vocab.idf("probat")


# --- one kind of event -------------------------------------------------------------------------


def test_event_words_name_their_kind():
    assert events_in("Bettie Page passed away yesterday after lingering in a coma") == [(12, "die"), (55, "hospitalize")]
    assert [k for _, k in events_in("He was sacked on Monday and arrested on Tuesday")] == ["dismiss", "arrest"]


def test_dates_of_one_kind_of_event_with_a_name_in_common_are_compared():
    a = "Pin-up model Bettie Page passed away yesterday in Los Angeles after a week in a coma."
    b = "Bettie Page, the 1950s pin-up queen whose pictures inspired a generation, died Thursday at the age of 85."
    got = [(f.verdict.value, f.a.text, f.b.text) for f in report(a, b).findings if f.kind == "date"]
    assert got and got[0][1:] == ("yesterday", "Thursday")


# --- names written two ways, wherever they stand ---------------------------------------------


def _names(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(f.verdict.value, f.a.text, f.b.text) for f in report(a, b).findings
            if f.kind == "entity" and any(w in f.message for w in ("spelled", "order", "written apart", "first name"))]


@pytest.mark.parametrize("a, b, want", [
    # ECB+ 18: a spokeswoman's surname, in sentences the aligner does not pair
    ("Ilene Wolff, a spokeswoman for the hospital, said the families had requested privacy.",
     "The wounded men were in stable condition on Saturday, Beaumont Hospital spokeswoman Ilene Wolfe said.",
     ("differs", "Ilene Wolff", "Ilene Wolfe")),
    ("Microsoft offered its Fixit tool to customers on Thursday.",
     "Users should apply the urgent Fix-It solution from Microsoft.", ("compatible", "Fixit", "Fix-It")),
    ("HP said the deal complements its own data center technology, such as HP Dynamic Smart Cooling.",
     "HP has been playing up the green credentials of its wares, such as its Smart Dynamic Cooling offering.",
     ("differs", "HP Dynamic Smart Cooling", "Smart Dynamic Cooling")),
])
def test_a_name_written_two_ways_is_found_anywhere(a, b, want):
    assert _names(a, b) == [want]


@pytest.mark.parametrize("a, b", [
    ("Klitschko retained his IBF, IBO and WBO heavyweight titles in Mannheim.",
     "Klitschko also retained the minor WBO and IBO belts."),
    ('"We urge the Government of South Sudan to exercise restraint," the statement read.',
     "Sudan's government denies a connection to the bombing."),
    ("Austria and its neighbours closed the border on Monday.", "Australia sent a team of observers."),
])
def test_other_names_are_no_variants(a, b):
    assert _names(a, b) == []


def test_a_transliteration_may_change_the_first_letter():
    got = _names("Berdymukhamedov said the pipeline would carry gas from Gurbanguly field to China.",
                 "Berdymukhamedov said the pipeline would carry gas from Kurbanguly field to China.")
    assert [g[0] for g in got] == ["differs"]
    # precision read 6: a first letter no transliteration changes makes another name
    from factcheck.judge.entities import name_variant
    from factcheck.settings import Thresholds
    assert name_variant("gaddafi", "qaddafi", Thresholds()) is not None
    assert name_variant("macbook", "facebook", Thresholds()) is None


def test_a_report_writing_one_name_two_ways_is_flagged_against_itself():
    a = Article("a.txt", "Quake in California\n\nThe quake began twelve miles east of Clovedale.\n\n"
                         "Shaking was felt in Cloverdale for ten seconds.\n")
    b = Article("b.txt", "Quake in California\n\nA small quake shook northern California on Monday.\n")
    got = [(f.a.source, f.b.source, f.a.text, f.b.text) for f in compare_articles(a, b).findings
           if "spelled" in f.message]
    assert got == [("A", "A", "Clovedale", "Cloverdale")]


# --- spans of one kind of event ---------------------------------------------------------------


_WEEK = "A week of demonstrations over the shooting has paralysed the capital, police said."
_DAYS = "Four days of protests over the shooting have paralysed the capital, police said."


def _dated(a: str, b: str, date_a: datetime.date, date_b: datetime.date, **thresholds):
    return compare_articles(Article("a.txt", "News in brief\n\n" + a + "\n"), Article("b.txt", "News in brief\n\n" + b + "\n"),
                            options=Options(date_a=date_a, date_b=date_b, thresholds=Thresholds(**thresholds)))


def test_two_spans_of_one_kind_of_event_conflict_in_reports_of_one_day():
    r = _dated(_WEEK, _DAYS, datetime.date(2008, 12, 14), datetime.date(2008, 12, 14))
    got = [(f.verdict.value, f.a.text, f.b.text, f.lowered) for f in r.findings if f.kind == "number"]
    assert got == [("conflict", "A week of demonstrations", "Four days of protests", ())]


def test_two_spans_of_an_ongoing_event_in_reports_days_apart_are_compatible():
    r = _dated(_WEEK, _DAYS, datetime.date(2008, 12, 14), datetime.date(2008, 12, 10))
    got = [(f.verdict.value, f.a.text, f.b.text, f.message.endswith("the reports are 4 days apart"))
           for f in r.findings if f.kind == "number"]
    assert got == [("compatible", "A week of demonstrations", "Four days of protests", True)]


def test_two_spans_of_an_ongoing_event_in_undated_reports_are_held_back_by_number_ongoing():
    # editors' reads: "eight days of riots" / "four days of riots" in reports of other days
    # are rarely a discrepancy (0 of 9 accepted at the default), so the rule lowers them
    r = report(_WEEK, _DAYS)
    assert not [f for f in r.findings if f.kind == "number" and f.verdict.rank >= 2]
    held = [s for s in r.skipped if s.rule == "below-min-confidence" and s.kind == "number"]
    assert len(held) == 1 and "lowered by number.ongoing ×0.5" in held[0].detail
    r = _dated(_WEEK, _DAYS, None, None, min_confidence=0.3)
    got = [(f.verdict.value, f.a.text, f.b.text, f.lowered) for f in r.findings if f.kind == "number"]
    assert got == [("differs", "A week of demonstrations", "Four days of protests", ("number.ongoing",))]


# --- measures, companions and parts of a period ------------------------------------------------


def test_two_measures_of_one_fall_conflict_and_a_place_does_not_excuse_them():
    # ECB+ 23 (a held-back read found it missing): a distance is no count of a place
    a = "A 36-year-old man died about 11am on Friday after he slipped and fell about 200m down a steep icy gully."
    b = "A 36-year-old Australian man died on Friday after falling 150 meters from a ridge in Aoraki/Mt. Cook National Park."
    got = [(f.verdict.value, f.a.text, f.b.text) for f in report(a, b).findings if f.kind == "number"]
    assert ("conflict", "about 200m", "150 meters") in got


def test_a_figure_beside_one_both_give_is_tied_to_it():
    # ECB+ 44: "13 offices" on both sides ties "350 employees" to "technical staff of more than 350"
    a = "EYP Mission, which has 350 employees and 13 offices in the United States, helps build data centers."
    b = "Headquartered in New York with 13 offices worldwide and technical staff of more than 350, the company sells tools."
    got = [(f.verdict.value, f.a.text, f.b.text) for f in report(a, b).findings if f.kind == "number"]
    # (compatible: "more than 350" / "350" is a round figure told loosely, as most blind reads mark it)
    assert ("compatible", "350 employees", "more than 350") in got


def test_a_part_of_a_year_is_compatible_with_the_year_not_the_same_time():
    a = "By the end of this year, she said, the company will release the first servers based on its own chips."
    b = "The company plans to offer the first servers based on its own chips in the second half of 2012."
    r = compare_articles(Article("a.txt", "Chips deal\n\n" + a + "\n"), Article("b.txt", "Chips deal\n\n" + b + "\n"),
                         options=Options(date_a=datetime.date(2012, 2, 29), date_b=datetime.date(2012, 2, 29)))
    got = [(f.verdict.value, f.a.text, f.b.text) for f in r.findings if f.kind == "date"]
    assert got == [("compatible", "the end of this year", "the second half of 2012")]


def test_a_first_name_misspelled_is_flagged_but_not_a_short_form_or_a_demonym():
    a = "Malcom Tucker, the government's spin doctor, was played by Peter Capaldi."
    b = "Capaldi is best known for playing the foul-mouthed spin doctor Malcolm Tucker."
    assert _names(a, b) == [("differs", "Malcom Tucker", "Malcolm Tucker")]
    # a precision read: short forms of one first name are no misspelling (at most compatible:
    # one person's first name in two forms), and a country and its adjective are no names apart
    for x, y in (("Apple's Phil Schiller showed the new laptops.", "Philip Schiller said the laptops ship today."),
                 ("Alexandros Grigoropoulos was shot dead in Athens.", "The boy, Alexis Grigoropoulos, was 15.")):
        assert [v for v, *_ in _names(x, y)] in ([], ["compatible"])
    assert _names("India's navy foiled the attack.", "The Indian navy said the pirates fled.") == []


def test_a_name_as_the_thing_needs_the_same_verb():
    a = "AMD said on Wednesday it has signed an agreement to acquire SeaMicro for about $334 million."
    b = "AMD has acquired SeaMicro, a maker of low-power servers, for about $334 million."
    assert found(a, b, "negation") == [("differs", "agreement to acquire SeaMicro", "has acquired SeaMicro")]
    c = "AMD said it plans to partner with SeaMicro on low-power servers."
    d = "AMD acquired SeaMicro, a maker of low-power servers."
    assert found(c, d, "negation") == []


def test_a_participle_before_its_noun_is_no_status():
    # the seed pair: "would review armed policing" / "a review of armed policing"
    a = "The home secretary said she would review armed policing after the officers stepped back."
    b = "Suella Braverman has launched a review of armed policing after the officers stepped back."
    assert [f for f in found(a, b, "negation")] == []


def test_a_sentence_restated_twice_is_confirmed_surest_once():
    a = ("Officers handed in their guns in protest against a colleague's murder charge. "
         "Dozens of officers stepped back in protest against the murder charge of a colleague.")
    b = "More than 100 officers stepped back in protest at a colleague's murder charge, police said."
    rep = compare_articles(Article("a.txt", "News in brief\n\n" + a + "\n"), Article("b.txt", "News in brief\n\n" + b + "\n"),
                           options=Options(thresholds=Thresholds(min_confidence=0.0)))
    statements = [f for f in rep.findings if "the same statement" in f.message or "the same words" in f.message]
    # one confirmation of B's statement stands as it is; the other is kept, less sure, named
    got = [(f.a.sentence, f.lowered) for f in statements if f.b.sentence == 1]
    assert got == [(1, ()), (2, ("claim.restated-elsewhere",))]


def test_one_thing_named_two_ways_is_no_kind_difference_either():
    # precision read 7 (ECB+ 21): "DUI" and "DWI" name one charge (claims.toml same_thing)
    a = "State records show he has three prior DUI convictions in the county, spanning two years."
    b = "State records show he has a prior DWI conviction in the county from an earlier year."
    assert [g for g in found(a, b, "entity") if g[0] == "differs"] == []


def test_two_acronyms_a_letter_apart_are_two_bodies():
    # precision reads 5 and 8 (ECB+ 35): Iran's student agency and its official agency
    a = Article("a.txt", 'Quake\n\n"Because the Persian Gulf is not very deep, a tsunami is not expected," he told '
                         "the student news agency ISNA.\n\nThe quake struck Qeshm island on Sunday.\n")
    b = Article("b.txt", "Quake\n\nThe main hospital on Qeshm was having trouble keeping up with the number of injured, "
                         "Iran's official news agency IRNA reported.\n\nThe quake struck Qeshm island on Sunday.\n")
    assert [f for f in compare_articles(a, b).findings if "spelled" in f.message] == []
