"""Work of the thirty-second session, must-flag and must-not-flag: what a person is charged with
(judge/charges.py), one post called by two titles ("director" / "manager of security research
at …"), one clock time to an odd minute in two reports, a gun's caliber as the story's one
measure, and expulsions as one kind of event ("ejected in 2003" / "ousted in 2002").

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.judge.charges import charge_statements
from factcheck.judge.doc import Doc
from factcheck.model import Article
from factcheck.pipeline import analyse
from pairs import compare, findings_of, held, report


def _story(headline: str, *sentences: str) -> str:
    return headline + "\n\n" + "\n\n".join(sentences) + "\n"


def _statements(text: str):
    an = analyse(Article("a.txt", "News in brief\n\n" + text + "\n"))
    doc = Doc("A", an.sentences, an.facts, an.claimants, an.published)
    return [(s.stage, [c.written for c in s.crimes], s.held, s.partial) for s in charge_statements(doc)]


# --- charges: read ---------------------------------------------------------------------------

def test_a_statement_of_charges_reads_every_crime_of_its_clause():
    got = _statements("The driver was charged with DWI, leaving the scene of an accident resulting in death, "
                      "criminally negligent homicide and vehicular manslaughter.")
    assert got == [("charged", ["dwi", "leaving the scene", "homicide", "manslaughter"], None, False)]


def test_the_act_named_after_the_charges_is_no_further_charge():
    got = _statements("Gomes pleaded not guilty on Wednesday to murder and kidnapping in the deaths of two women.")
    assert got == [("charged", ["murder", "kidnapping"], None, False)]


def test_a_statement_needs_its_first_crime_right_after_its_words():
    # "accused of lying … about the murder": no charge of murder
    assert _statements("He was accused of lying to investigators about the murder, the paper said.") == []


def test_the_words_between_charged_and_with_may_name_who_is_charged():
    assert _statements("Prosecutors charged the driver with vehicular homicide on Wednesday.") == \
        [("charged", ["homicide"], None, False)]


def test_a_crime_before_the_word_charges_is_a_charge():
    assert _statements("Gomes faces arraignment on Wednesday on two murder charges.")[0][:2] == ("charged", ["murder"])


def test_a_charge_to_come_is_held_back():
    assert _statements("He could face charges of manslaughter, the prosecutor said.")[0][2] == "charge.not-stated"


def test_a_charge_of_an_earlier_case_is_held_back():
    assert _statements("In 2005, he was charged with assault and battery on his girlfriend.")[0][2] == \
        "charge.earlier-case"
    assert _statements("Court records indicate a previous arrest in which he was accused of assault.")[0][2] == \
        "charge.earlier-case"


def test_a_word_of_a_role_is_no_earlier_case():
    # "a former employee" is who is charged, not an earlier case
    assert _statements("A former employee who opened fire at a party has been charged with first-degree murder.")[0][2] \
        is None


# --- charges: compared -----------------------------------------------------------------------

def test_one_killing_charged_as_two_crimes_differs():
    rep = compare(_story("Driver held after fatal crash",
                         "A 34-year-old driver was charged with manslaughter after a crash that killed a cyclist.",
                         "Police said the driver was behind the wheel of a sedan."),
                  _story("Cyclist killed on Main Street", "Prosecutors charged the driver with vehicular homicide on Wednesday.",
                         "The driver fled on foot but was caught minutes later, police said."))
    assert ("differs", "charged with manslaughter", "charged the driver with vehicular homicide") in \
        findings_of(rep, "entity", "differs")


def test_one_crime_of_two_degrees_differs():
    rep = report("A jury convicted Mark Hill of first-degree murder on Tuesday.",
                 "Mark Hill was found guilty of second-degree murder on Tuesday.", min_confidence=0)
    assert [f for f in rep.findings if f.kind == "entity" and "another degree" in f.message]


def test_the_same_charges_agree_and_a_charge_named_two_ways_is_compatible():
    same = report("Police said Gomes was charged with murder and kidnapping.",
                  "Gomes, 35, pleaded not guilty on Wednesday to murder and kidnapping in the deaths of two women.")
    assert [f for f in same.findings if f.kind == "entity" and f.message.endswith("the same charges")]
    two_ways = report("He faces rape charges in the case.", "He was charged with sexual assault in the case.",
                      min_confidence=0)
    assert not findings_of(two_ways, "entity", "differs")
    assert [f for f in two_ways.findings if "naming them otherwise" in f.message]


def test_a_suspicion_is_not_set_against_a_charge():
    # arrested on suspicion of drunk driving, later charged with manslaughter: two stages
    rep = report("He was arrested on suspicion of drunk driving.", "He was charged with manslaughter on Monday.",
                 min_confidence=0)
    assert not [f for f in rep.findings if "charge" in f.message and f.verdict.value == "differs"]


def test_charges_of_an_earlier_case_are_not_set_against_the_story_s():
    rep = report("In 2005, Gomes was charged with assault and battery.", "Gomes was charged with murder on Tuesday.",
                 min_confidence=0)
    assert not [f for f in rep.findings if "charge" in f.message and f.verdict.value == "differs"]
    assert held(rep, "charge.earlier-case")


def test_a_further_charge_is_not_taken_for_the_whole():
    rep = report("Hiller is also charged with attempted murder for shooting a third co-worker.",
                 "Hiller was charged with two counts of murder on Friday.", min_confidence=0)
    assert not [f for f in rep.findings if "charge" in f.message and f.verdict.value == "differs"]
    assert held(rep, "charge.partial")


def test_two_people_s_convictions_are_not_set_against_each_other():
    rep = report("Mr. LaRue pleaded guilty to obstruction of justice.",
                 "McCord and Liddy refused to plead guilty, but both were found guilty of burglary.", min_confidence=0)
    assert not [f for f in rep.findings if "charge" in f.message and f.verdict.value == "differs"]
    assert held(rep, "charge.other-person")


def _charge_findings(a: str, b: str, verdict: str = "differs") -> list[str]:
    rep = report(a, b, min_confidence=0)
    return [f.message for f in rep.findings if f.kind == "entity" and f.verdict.value == verdict
            and " — " in f.message and any(w in f.message for w in ("charge", "convicted", "acquitted", "suspected"))]


def test_an_acquittal_against_a_conviction_of_one_crime_differs():
    assert any("acquitted in the other" in m for m in _charge_findings(
        "Smith was found not guilty of murder on Tuesday.", "Smith was convicted of murder on Tuesday."))


def test_a_guilty_plea_against_a_plea_of_not_guilty_differs_less_surely():
    rep = report("Smith pleaded not guilty to murder on Monday.", "Smith pleaded guilty to murder on Monday.",
                 min_confidence=0)
    assert [(f.verdict.value, f.confidence) for f in rep.findings if "a plea of guilty" in f.message] == \
        [("differs", 0.6)]      # Thresholds.plea_confidence
    assert not _charge_findings("Smith pleaded not guilty to murder on Monday.", "Smith was charged with murder.")


def test_found_not_guilty_is_no_conviction():
    assert _statements("Smith was found not guilty of murder on Tuesday.")[0][0] == "acquitted"
    assert _statements("A convicted felon accused of murder was arrested on Tuesday.")[0][0] == "charged"


def test_crimes_after_a_plea_deal_or_a_negation_are_not_read_on():
    assert _statements("He pleaded guilty to manslaughter in exchange for prosecutors dropping the murder charge.") == \
        [("convicted", ["manslaughter"], None, False), ("charged", ["murder"], "charge.not-stated", False)]
    assert _statements("Smith was charged with murder and Jones with robbery.") == [("charged", ["murder"], None, False)]


def test_in_charge_of_is_no_charge():
    assert _statements("The officer in charge of the robbery investigation said the suspect was caught.") == []


def test_a_charge_with_words_inside_its_crime_or_after_it_is_read_whole():
    assert _statements("Smith was charged with driving while intoxicated.") == [("charged", ["driving while intoxicated"], None, False)]
    assert _statements("He was convicted of murder in the first degree.")[0][1] == ["murder"]


def test_a_dropped_or_unbrought_charge_is_held_back():
    rep = report("No one has been charged with murder in the case.", "Smith was charged with manslaughter on Friday.",
                 min_confidence=0)
    assert not _charge_findings("No one has been charged with murder in the case.",
                                "Smith was charged with manslaughter on Friday.")
    assert held(rep, "charge.not-stated")
    assert _statements("The murder charges against Smith were dropped on Friday.")[0][2] == "charge.not-stated"


def test_a_name_or_a_month_is_no_modal_and_earlier_today_is_no_earlier_case():
    assert _statements("Will Jones was charged with murder on Friday.")[0][2] is None
    assert _statements("Smith was arrested in May and charged with murder.")[0][2] is None
    assert _statements("Earlier Tuesday, Smith pleaded not guilty to murder.")[0][2] is None
    assert _statements("Madoff, who founded his firm in 1960, pleaded guilty to fraud.")[0][2] is None


def test_one_act_charged_two_ways_differs_whatever_else_both_name():
    assert any("one act charged as two crimes" in m for m in _charge_findings(
        "The driver was charged with vehicular homicide and leaving the scene of a crash.",
        "The driver was charged with manslaughter and leaving the scene, police said."))


def test_a_degree_written_after_the_crime_counts_and_capital_murder_is_first_degree():
    assert any("another degree (first-degree / second-degree)" in m for m in _charge_findings(
        "He was convicted of murder in the first degree on Monday.", "He was found guilty of second-degree murder."))
    assert not _charge_findings("He was convicted of capital murder on Monday.",
                                "He was found guilty of first-degree murder.")
    assert any("another degree" in m for m in _charge_findings(
        "He was convicted of capital murder on Monday.", "He was found guilty of second-degree murder."))


def test_homicide_alone_names_the_act():
    assert not _charge_findings("Smith was charged with criminal homicide in the death of his wife.",
                                "Smith was charged with murder in the death of his wife.")


def test_two_crimes_of_no_act_in_common_are_held_below_the_default_level():
    rep = report("Smith was charged with first-degree murder.", "Smith faces charges of armed robbery and kidnapping.")
    assert not [f for f in rep.findings if "no charge in common" in f.message]
    assert [s for s in rep.skipped if s.rule == "below-min-confidence" and "no charge in common" in s.detail]


def test_a_crime_word_the_pattern_folds_is_read_without_failing():
    rep = report("He was charged with a\u017f\u017fault.", "He was charged with murder.", min_confidence=0)
    assert rep is not None


# --- titles ------------------------------------------------------------------------------------

def test_one_post_called_by_two_titles_differs():
    rep = report("John Smith, director of security research at Acme Labs, said the flaw was serious.",
                 "John Smith, manager of security research at Acme Labs, said the flaw was dangerous.")
    assert [f.confidence for f in rep.findings if f.kind == "entity" and f.verdict.value == "differs"
            and "another title (director / manager)" in f.message] == [0.6]       # Thresholds.title_confidence


def test_two_titles_alone_or_a_title_among_two_are_not_set_apart():
    alone = report("The company's director, John Smith, spoke on Friday.",
                   "The company's manager, John Smith, spoke on Friday.", min_confidence=0)
    assert not [f for f in alone.findings if "another title" in f.message]
    both = report("Rory Read, president and CEO of AMD, said the deal was done.",
                  "Rory Read, CEO of AMD, said the deal was done.", min_confidence=0)
    assert not [f for f in both.findings if "another title" in f.message]


def test_titles_one_person_often_holds_together_or_two_names_of_one_post_are_not_set_apart():
    for a, b in (("president", "CEO"), ("manager", "coach"), ("chairman", "president")):
        rep = report(f"Rory Read, {a} of AMD, said the deal was done.", f"Rory Read, {b} of AMD, said the deal was done.",
                     min_confidence=0)
        assert not [f for f in rep.findings if "another title" in f.message], (a, b)


def test_a_woman_s_and_a_man_s_form_of_one_title_are_one_title():
    rep = report("Ann Lee, chairwoman of the school board, spoke on Friday.",
                 "Ann Lee, chairman of the school board, spoke on Friday.", min_confidence=0)
    assert not [f for f in rep.findings if "another title" in f.message]


# --- clock times -------------------------------------------------------------------------------

QUAKE_A = _story("Quake shakes wine country",
                 "The quake occurred at 2:09 a.m. about 14 miles north of Healdsburg.",
                 "It was followed by a 2.9 aftershock at 2:12 a.m. and a 2.2 at 2:15 a.m.",
                 "No damage was reported.")
QUAKE_B = _story("Napa Valley jolted",
                 "Residents said dishes fell from shelves in several homes.",
                 "The valley was shaken at 2:09 a.m. Thursday by a magnitude 4.6 earthquake, the survey reported.")


def test_one_clock_time_to_an_odd_minute_ties_two_reports_however_many_times_they_give():
    rep = compare(QUAKE_A, QUAKE_B)
    assert ("agree", "2:09 a.m.", "2:09 a.m. Thursday") in findings_of(rep, "date")


def test_a_round_minute_does_not_tie_two_reports_so():
    rep = compare(QUAKE_A.replace("2:09", "2:30"), QUAKE_B.replace("2:09", "2:30"))
    assert ("agree", "2:30 a.m.", "2:30 a.m. Thursday") not in findings_of(rep, "date")


# --- calibers ----------------------------------------------------------------------------------

GUN_A = _story("Man convicted in shooting of girl",
               "A jury on Thursday convicted John Miller in the death of a 10-year-old girl.",
               "Police said the weapon was a .32-caliber handgun that was never found.")
GUN_B = _story("Jury finds Miller guilty",
               "John Miller was found guilty Thursday of killing a 10-year-old girl who was walking home.",
               "Witnesses testified that Miller fired a .45-caliber pistol at a man across the street.")


def test_each_report_s_one_caliber_is_one_fact_wherever_it_stands():
    assert ("conflict", ".32-caliber handgun", ".45-caliber pistol") in findings_of(compare(GUN_A, GUN_B), "number")


def test_two_kinds_of_gun_are_two_guns():
    a = GUN_A.replace("a .32-caliber handgun that", "the officer's .40-caliber service pistol, which")
    b = GUN_B.replace(".45-caliber pistol", ".38-caliber revolver")
    assert not findings_of(compare(a, b), "number", "conflict", "differs")


def test_a_report_giving_both_calibers_is_no_conflict():
    both = GUN_A.replace("a .32-caliber handgun that", "a .32-caliber handgun and a .45-caliber pistol that")
    assert not findings_of(compare(both, GUN_B), "number", "conflict", "differs")


# --- events ------------------------------------------------------------------------------------

def test_an_expulsion_named_two_ways_dates_one_event():
    rep = compare(_story("Polygamy charges laid",
                         "He ran the Canadian arm of the church, but was ejected in 2003 by its leader, Warren Jeffs."),
                  _story("Two charged with polygamy",
                         "He is the former bishop who was ousted in 2002 after a power struggle with Warren Jeffs."))
    assert ("conflict", "2003", "2002") in findings_of(rep, "date")


# --- a cause not known against a cause stated ---------------------------------------------------

def _negations(a: str, b: str) -> list[tuple[str, str, str]]:
    return findings_of(report(a, b, min_confidence=0), "negation", "differs")


def test_a_fire_s_cause_not_known_against_one_stated_differs():
    assert _negations("The cause of the fire has not been determined.",
                      "The fire was intentionally set, investigators said.") == \
        [("differs", "cause of the fire has not been determined", "intentionally set")]


def test_a_death_s_cause_not_told_against_one_stated_differs():
    assert _negations("The exact cause of his death at home on Thursday was not released.",
                      "Felt died of heart failure on Thursday at his home, a family friend said.") == \
        [("differs", "cause of his death at home on Thursday was not released", "died of")]


def test_a_guessed_cause_an_earlier_fire_s_or_another_subject_s_is_no_cause_stated():
    assert not _negations("The cause of the fire is under investigation.",
                          "Fire officials said the blaze may have been intentionally set.")
    assert not _negations("The cause of the fire is under investigation.",
                          "In 2005 a fire at the same church was caused by faulty wiring.")
    assert not _negations("The cause of the fire is under investigation.", "Her husband died of cancer last year.")


# --- a result as two sides' names and points ----------------------------------------------------

def test_a_result_written_as_names_and_points_is_a_score():
    from factcheck.facts.numbers.scores import scores
    assert [(q.text, q.low, q.high) for q in scores("Arch Madness: Creighton 65, Drake 53")] == \
        [("65, Drake 53", 65.0, 53.0)]
    assert scores("On Route 66, Exit 12 is closed.") == []
    assert scores("Route 66, Exit 12 closed for repairs") == []


def test_a_result_line_is_set_against_the_same_game_s_score_when_both_sides_are_named():
    rep = report("Arch Madness: Creighton 65, Drake 5",
                 "Creighton's top-seeded Bluejays defeated Drake 65-53 on Friday.", min_confidence=0)
    assert [f for f in rep.findings if f.kind == "number" and f.a.text == "65, Drake 5" and f.b.text == "65-53"
            and f.verdict.value in ("differs", "conflict")]
    assert not held(rep, "number.another-game")


def test_one_month_of_one_year_each_report_names_once_ties_two_sentences():
    a = _story("Trial update", "Prosecutors released new video in the trial of two men accused of killing a mother of "
               "12 in Oct. 2011.", "The trial continues.")
    b = _story("Verdict", "The jury deliberated for two days.",
               "Horton was shot and killed in October 2011 when gunfire erupted outside a school.")
    assert ("agree", "Oct. 2011", "October 2011") in findings_of(compare(a, b), "date")
    # a report naming the month twice (two events of that month) ties nothing so
    twice = a.replace("The trial continues.", "The trial began in October 2011 too.")
    assert ("agree", "Oct. 2011", "October 2011") not in findings_of(compare(twice, b), "date")


def test_a_month_read_from_the_reports_dates_ties_nothing_so():
    import datetime

    from factcheck.pipeline import Options, compare_articles
    from factcheck.settings import Thresholds
    a = _story("Deals", "In July it acquired Fulcrum, and last month it purchased InfiniBand assets from Qlogic.")
    b = _story("AMD", "AMD chief Rory Read spoke at the analyst day earlier this month.")
    # A dated in October, B in September: "last month" and "this month" are one September
    rep = compare_articles(Article("a.txt", a), Article("b.txt", b),
                           options=Options(date_a=datetime.date(2011, 10, 20), date_b=datetime.date(2011, 9, 20),
                                           thresholds=Thresholds(min_confidence=0)))
    assert not findings_of(rep, "date", "agree")


def test_two_spans_of_one_deed_a_person_does_once_are_flagged_wherever_they_stand():
    a = _story("Deputy killed in shootout", "The deputy was shot twice during the standoff on Friday night.",
               "The Diamond Bar resident was married two weeks ago to his second wife, Chela.")
    b = _story("Slain deputy remembered", "Hundreds of officers gathered for the funeral on Monday.",
               "The deputy, who was wed about three weeks ago, is survived by his wife and two sons, Waldie said.")
    assert [f for f in compare(a, b).findings if f.kind == "number" and f.a.text == "two weeks"
            and f.b.text == "about three weeks" and f.verdict.value == "differs"]
