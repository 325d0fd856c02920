"""Recall and precision work of the eleventh session, through the pipeline and the stage that
changed, must-flag and must-not-flag: two people sharing one surname ("Imad and Hassan Abu
Askar"), a time given by the hour alone against one given to the minute, a time in brackets
restating another, each report's own date, a place's population, month abbreviations that are
no names, and one person's role at two ranks.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

from factcheck.facts.dates import extract_times
from factcheck.facts.entities import extract_entities
from factcheck.facts.numbers import extract_quantities
from factcheck.judge.names import _roles_relate
from factcheck.judge.times import relate_times
from factcheck.model import Sentence
from pairs import compare as _compare, findings_of as _found, held as _held


def _names(text: str) -> list[str]:
    return [e.text for e in extract_entities(Sentence(0, text, 0, len(text), 0))]


def _time(text: str):
    return next(extract_times(text))


def _parsed(text: str):
    return [(q.text, q.counts) for q in extract_quantities(text)]


# --------------------------------------------------------------------------- one surname, two people

def test_a_first_name_and_a_full_name_joined_by_and_are_two_people():
    assert _names("The militants Imad and Hassan Abu Askar fired on troops.") == ["Imad", "Hassan Abu Askar"]


def test_one_word_names_joined_by_and_stay_one_name():
    assert _names("The shares of Procter and Gamble rose on Monday.") == ["Procter and Gamble"]
    assert "Bill and Melinda Gates Foundation" in _names("The Bill and Melinda Gates Foundation gave $5 million.")


def test_a_surname_spelled_two_ways_is_found_when_one_report_names_two_brothers():
    a = ("Brothers killed\n\n"
         "\"Imad Abu Askhar and Hassan Abu Askhar were among the gunmen killed,\" the army spokesman said.\n")
    b = "Army names dead\n\nThe dead included the gunmen Imad and Hassan Abu Askar, army officials said.\n"
    rep = _compare(a, b)
    assert [f for f in _found(rep, "entity", "differs") if "Askhar" in f[1] and "Askar" in f[2]]


# --------------------------------------------------------------------------- clock times

def test_a_time_by_the_hour_alone_conflicts_with_one_most_of_an_hour_later():
    verdict, reason = relate_times(_time("at about 3pm on Tuesday"), _time("at 3.45pm on Tuesday"))
    assert verdict.value == "conflict"


def test_a_time_by_the_hour_alone_holds_a_time_a_few_minutes_after_it():
    verdict, reason = relate_times(_time("at 3 p.m."), _time("at 3:05 p.m."))
    assert verdict.value == "compatible" and "hour alone" in reason


def test_a_bound_on_the_hour_holds_a_time_within_that_hour():
    verdict, reason = relate_times(_time("shortly after 2 a.m."), _time("at 2.30am"))
    assert verdict.value == "compatible" and "bounds a period" in reason
    assert relate_times(_time("shortly after 2 a.m."), _time("shortly after 4 a.m."))[0].value == "conflict"


CLOCK_A = ("School shelled\n\n"
           "The shells hit the girls' school in the Jabalia camp at 3.45pm on Tuesday, a UN official said.\n")
CLOCK_B = ("School hit\n\n"
           "The shells hit the girls' school in the Jabalia camp at about 3pm on Tuesday (1pm GMT), "
           "a UN official said.\n")


def test_a_time_by_the_hour_alone_is_set_against_a_time_to_the_minute():
    rep = _compare(CLOCK_A, CLOCK_B)
    assert [f for f in _found(rep, "date", "conflict", "differs") if "3.45pm" in f[1] and "3pm" in f[2]]


def _doc(text: str):
    from factcheck.judge.doc import Doc
    from factcheck.model import Article
    from factcheck.pipeline import analyse
    an = analyse(Article("a.txt", text))
    return Doc("A", an.sentences, an.facts, an.claimants, an.published)


def test_a_time_in_brackets_restating_another_is_no_rival_time():
    from factcheck.judge.dates import _restated
    from factcheck.model import TimeFact
    doc = _doc(CLOCK_B)
    i = next(k for k, s in enumerate(doc.sentences) if "shells" in s.text)
    times = doc.of(i, TimeFact)
    assert [_restated(doc, i, x) for x in times] == [False, True]
    doc = _doc(CLOCK_B.replace("(1pm GMT)", "and again at 5pm"))
    assert not any(_restated(doc, i, x) for x in doc.of(i, TimeFact))


def test_each_reports_own_date_written_out_is_no_conflict():
    a = ("October 14, 2011\n\nThe cable operator announced on Twitter today (14 October 2011) that it had restored "
         "service to business customers.\n")
    b = ("October 20, 2011\n\nThe cable operator announced on Twitter today (20 October 2011) that it had restored "
         "service to all customers.\n")
    rep = _compare(a, b, min_confidence=0)
    assert not _found(rep, "date", "conflict", "differs")
    assert ("14 October 2011", "20 October 2011") in _held(rep, "date.only-publication-dates")


# --------------------------------------------------------------------------- populations

def test_a_settlement_of_so_many_people_is_its_population():
    assert _parsed("Manokwari, a city of 160,000 people, was hit") == [("160,000", "population")]
    assert _parsed("the island, home to about 200,000 residents") == [("about 200,000", "population")]
    assert _parsed("a group of 50 people marched") == [("50", "people")]


def test_two_populations_of_one_city_in_unaligned_sentences_conflict():
    a = ("Quake hits coast\n\nTwo hotels collapsed in Manokwari, a city of 160,000 people, after the quake.\n\n"
         "Rescue teams were sent from Jakarta on Monday.\n")
    b = ("Coast shaken\n\nAid workers arrived on Tuesday with tents and water.\n\n"
         "Residents of Manokwari, home to 167,000 people, slept outdoors for fear of aftershocks.\n")
    rep = _compare(a, b)
    assert [f for f in _found(rep, "number", "conflict") if f[1] == "160,000" and f[2] == "167,000"]


def test_two_populations_of_other_places_are_held_back():
    a = "Quake hits coast\n\nTwo hotels collapsed in Manokwari, a city of 160,000 people, after the quake.\n"
    b = "Coast shaken\n\nBuildings also fell in Sorong, a city of 190,000 people, after the quake.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not _found(rep, "number", "conflict", "differs")


# --------------------------------------------------------------------------- month abbreviations

def test_a_month_abbreviation_alone_is_no_name():
    assert "Jan" not in _names("The hotels collapsed in the Jan. 4 quakes, officials said.")
    assert "Jan Smith" in _names("The hotels were owned by Jan Smith, officials said.")


# --------------------------------------------------------------------------- ranks of a role

def test_a_role_at_another_rank_differs():
    assert _roles_relate("director of operations", "deputy director of operations")[0].value == "differs"
    assert _roles_relate("president", "vice president")[0].value == "differs"
    assert _roles_relate("senior adviser", "junior adviser")[0].value == "differs"


def test_a_seniority_one_side_leaves_out_is_loose_wording():
    assert _roles_relate("vice president of marketing", "senior vice president of product marketing")[0].value \
        == "compatible"
    assert _roles_relate("chief economist", "economist")[0].value == "compatible"
    assert _roles_relate("associate professor of history", "history professor")[0].value == "compatible"


def test_a_role_worded_differently_at_one_rank_is_compatible():
    assert _roles_relate("senior vice president and general manager", "senior VP and general manager")[0].value == "compatible"
    assert _roles_relate("assistant general manager", "assistant general manager and senior vice president")[0].value \
        == "compatible"
    assert _roles_relate("coach", "head coach")[0].value == "compatible"
    # a role read short ("manager" before the name) is not set against the rank of a longer one
    assert _roles_relate("manager", "deputy campaign manager")[0].value == "compatible"


def test_one_persons_two_first_names_with_roles_at_two_ranks_are_flagged():
    a = ("Keynote given\n\n"
         "The keynote was given by Apple's vice president of worldwide marketing Phil Schiller on Tuesday.\n")
    b = ("Apple shows laptop\n\n"
         "Apple's deputy vice president of Worldwide Product Marketing, Philip Schiller, gave the address.\n")
    rep = _compare(a, b)
    assert [f for f in _found(rep, "entity", "differs") if "vice president" in f[1] and "deputy vice president" in f[2]]


def test_one_persons_two_first_names_with_one_role_are_not_flagged_for_rank():
    a = "Keynote given\n\nThe keynote was given by Apple's vice president of marketing Phil Schiller on Tuesday.\n"
    b = "Apple shows laptop\n\nApple's vice president of marketing, Philip Schiller, gave the address.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not [f for f in rep.findings if "another rank" in f.message]
    assert [f for f in rep.findings if "first name in two forms" in f.message]      # the pair was read


# --------------------------------------------------------------------------- quake magnitudes

def test_figures_after_measuring_in_a_quake_sentence_are_magnitudes():
    assert _parsed("after two quakes, measuring 7.6 and 7.4, struck the coast") == \
        [("two", "quake"), ("7.6", None), ("7.4", None)]
    assert [q.unit for q in extract_quantities("after two quakes, measuring 7.6 and 7.4, struck")] == \
        [None, "magnitude", "magnitude"]
    assert [q.unit for q in extract_quantities("the 2004 quake, a 9.1 temblor, struck")][-1] == "magnitude"


def test_a_figure_after_measuring_elsewhere_is_no_magnitude():
    assert [q.unit for q in extract_quantities("the crack, measuring 10 feet, was sealed")] == ["ft"]
    assert [q.unit for q in extract_quantities("a pool measuring 25 and a garden")] == [None]


def test_a_magnitude_listed_with_another_agrees_with_the_same_magnitude():
    a = "Quakes hit coast\n\nTwo quakes, measuring 7.6 and 7.4, struck west of the city on Sunday.\n"
    b = "Coast shaken\n\nThe first earthquake, measuring 7.6 magnitude, struck on Sunday west of the city.\n"
    rep = _compare(a, b)
    assert [f for f in _found(rep, "number", "agree") if f[1] == "7.6"]


# --------------------------------------------------------------------------- one day, told more precisely

def test_a_day_agrees_with_the_same_verb_and_day_told_more_precisely():
    a = ("Leaders arrested\n\nThe attorney general confirmed that the two leaders were arrested Wednesday.\n\n"
         "The two men were arrested this morning and taken to the police station, a spokesman said.\n")
    b = ("Leaders charged\n\nThe attorney general announced Wednesday that police arrested the two leaders.\n\n"
         "A spokesman said both men were arrested Wednesday morning without incident.\n")
    rep = _compare(a, b)
    dates = _found(rep, "date")
    assert ("compatible", "Wednesday", "Wednesday morning") in dates
    assert ("agree", "Wednesday", "Wednesday") in dates


def test_a_rank_word_as_the_head_is_no_rank_of_another_role():
    assert _roles_relate("county sheriff's deputy", "deputy sheriff")[0].value == "compatible"


# --------------------------------------------------------------------------- a slip among many

PAGE = ("Model dies\n\n" + "".join(f"Page posed for magazine number {n} that year.\n\n" for n in range(1, 6)) +
        "Saucy photos of Paige in skimpy clothing helped lead the way.\n")


def test_a_short_name_written_once_among_many_of_another_form_is_a_slip():
    rep = _compare(PAGE, "Model remembered\n\nFans gathered on Sunday.\n")
    assert [f for f in _found(rep, "entity", "differs") if {f[1], f[2]} == {"Page", "Paige"}]


def test_two_short_names_each_written_often_are_two_people():
    text = PAGE.replace("Saucy photos of Paige", "Saucy photos of Paige and Paige posed and Paige")
    text = text.replace("Page posed for magazine number 4", "Paige posed for magazine number 4")
    rep = _compare(text, "Model remembered\n\nFans gathered on Sunday.\n", min_confidence=0)
    assert not [f for f in _found(rep, "entity", "differs") if {f[1], f[2]} == {"Page", "Paige"}]


# --------------------------------------------------------------------------- counted nouns

def test_a_death_toll_right_before_a_bounded_figure_counts_people():
    assert _parsed("pushing the death toll above 680 since the war began") == [("above 680", "people")]


def test_a_quarter_century_counts_centuries():
    assert _parsed("after a quarter-century of public life") == [("a quarter", "century")]
    assert ("half", "time") not in _parsed("the half-time score")


# --------------------------------------------------------------------------- phone numbers

def test_a_phone_number_is_a_figure_of_its_digits():
    assert [(q.text, q.unit) for q in extract_quantities("call police on 0845 125 2222 or on 0800 555 111.")] == \
        [("0845 125 2222", "phone"), ("0800 555 111", "phone")]


def test_one_phone_number_spaced_two_ways_agrees_and_a_changed_digit_conflicts():
    a = "Fire at store\n\nAnyone with information is asked to call Crimestoppers on 0800 555 111.\n"
    b = "Store fire\n\nAnyone with any information is asked to contact Crimestoppers on 0800 555111.\n"
    assert ("agree", "0800 555 111", "0800 555111") in _found(_compare(a, b), "number")
    assert [f for f in _found(_compare(a, b.replace("555111", "555112")), "number", "conflict", "differs")
            if f[1] == "0800 555 111"]


def test_an_acronyms_plural_without_an_apostrophe_counts_the_acronym():
    assert _parsed("hit .308 with 121 RBIs") == [(".308", None), ("121", "rbi")]


# --------------------------------------------------------------------------- after precision read 23

def test_a_producer_called_so_loosely_is_no_other_rank():
    assert _roles_relate("lead writer and executive producer", "producer")[0].value == "compatible"


def test_figures_listed_after_an_averaged_one_are_averages_not_totals():
    a = ("Slugger signs\n\nThe first baseman has averaged more than 30 home runs and 100 RBIs in his six seasons.\n")
    b = "Slugger's numbers\n\nThe first baseman has 203 home runs and 676 RBIs in his career.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not [f for f in _found(rep, "number", "conflict", "differs") if "100" in f[1]]
    assert ("100", "676") in _held(rep, "number.rate-vs-count")


def test_a_round_clock_time_holds_one_a_few_minutes_off():
    assert relate_times(_time("at 3:30 a.m."), _time("at 3:33 a.m."))[0].value == "compatible"
    assert relate_times(_time("at 3:30 a.m."), _time("at 3:40 a.m."))[0].value == "conflict"
    assert relate_times(_time("at 3:32 a.m."), _time("at 3:33 a.m."))[0].value == "conflict"


def test_a_name_and_its_abstract_noun_are_no_misspelling():
    from factcheck.judge.entities import name_variant
    from factcheck.settings import Thresholds
    assert name_variant("christianity", "christian", Thresholds()) is None


# --------------------------------------------------------------------------- roles in lower-case reports

def test_a_role_owned_by_a_name_written_in_lower_case_is_read_with_its_owner():
    from factcheck.model import Article
    from factcheck.pipeline import check_articles
    source = Article("s1.txt", "Store death\n\nMeantime, Salvation Army bell ringer Michael Gallagher ran to help the "
                     "woman and her husband, police said.\n\nPolice Sgt. Marty Earley said the driver fled.\n")
    report = Article("r.txt", "store death\n\nsalvation army bell ringer marty earley hurried over to give the woman "
                     "first aid and to comfort her distraught husband.\n")
    rep = check_articles(report, [source])
    assert [st for st in rep.statements if st.verdict.value == "contradicted"]


def test_a_role_in_lower_case_without_an_owner_name_is_not_set_against_another():
    from factcheck.model import Article
    from factcheck.pipeline import check_articles
    source = Article("s1.txt", "Store death\n\nMeantime, Salvation Army bell ringer Michael Gallagher ran to help the "
                     "woman and her husband, police said.\n")
    report = Article("r.txt", "store death\n\na shopper named marty earley also helped the woman, police said.\n")
    rep = check_articles(report, [source])
    assert not [st for st in rep.statements if st.verdict.value == "contradicted"]


# --------------------------------------------------------------------------- date lines

def test_two_reports_dated_the_same_day_agree_on_it():
    a = "Chip maker buys start-up\n\nFeb 29, 2012\n\nAMD said it would buy SeaMicro for $334 million.\n"
    b = "AMD to buy SeaMicro\n\nWednesday, February 29, 2012\n\nAMD will pay $334 million for SeaMicro, it said.\n"
    rep = _compare(a, b)
    assert ("agree", "Feb 29, 2012", "Wednesday, February 29, 2012") in _found(rep, "date")


def test_two_reports_dated_apart_are_no_discrepancy():
    a = "Chip maker buys start-up\n\nFeb 29, 2012\n\nAMD said it would buy SeaMicro for $334 million.\n"
    b = "AMD to buy SeaMicro\n\nThursday, March 1, 2012\n\nAMD will pay $334 million for SeaMicro, it said.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not [f for f in _found(rep, "date") if "2012" in f[1] and "2012" in f[2]]
    assert not [s for s in rep.skipped if "Feb 29, 2012" in s.detail]      # no candidate: no rule to name


def test_the_date_line_is_found_with_its_place_in_the_text():
    from factcheck.facts.dates import publication_dateline
    text = "Headline\n  WEDNESDAY, APRIL 24TH, 2013 AT 10:40 AM\nBody."
    day, start, end = publication_dateline(text)
    assert (str(day), text[start:end]) == ("2013-04-24", "WEDNESDAY, APRIL 24TH, 2013")


# --------------------------------------------------------------------------- after the review

def test_one_word_and_a_full_name_with_a_title_stay_one_body():
    assert _names("said Procter and Gamble Chief Executive Bob McDonald.")[0] == "Procter and Gamble"
    assert _names("shares of Simon and Schuster Inc rose.") == ["Simon and Schuster Inc"]


def test_a_bound_on_the_hour_does_not_swallow_the_minutes_of_another_bound():
    assert relate_times(_time("shortly after 2 a.m."), _time("shortly after 2:45 a.m."))[0].value == "conflict"
    assert relate_times(_time("until 2 p.m."), _time("until 2:30 p.m."))[0].value == "conflict"
    assert relate_times(_time("at 3pm"), _time("at 3:00pm")) == (relate_times(_time("at 3pm"), _time("at 3:00pm"))[0],
                                                                 "3pm vs 3:00pm: the same time")


def test_a_magnitude_is_a_small_figure_and_may_be_whole():
    assert [q.unit for q in extract_quantities("the quake registered 6.1 and 300 died")] == ["magnitude", None]
    assert [q.unit for q in extract_quantities("a 7.0 earthquake hit the coast")] == ["magnitude"]


def test_a_phone_number_with_its_country_code_is_the_same_number():
    from factcheck.judge.numbers import compare_quantities
    (a,), (b,) = extract_quantities("call +44 800 555 111 now"), extract_quantities("call 0800 555 111 now")
    assert compare_quantities(a, b)[0].value == "compatible"
    assert list(extract_quantities("a curfew from 0600-1800 was set")) == []


def test_a_figure_one_side_says_less_than_still_differs():
    from factcheck.judge.numbers import compare_quantities
    (a,), (b,) = extract_quantities("a boy under 16"), extract_quantities("16 boys")
    assert compare_quantities(a, b)[0].value == "differs"


def test_a_month_abbreviation_not_before_a_day_may_be_a_name():
    assert _names("police identified her as Jan, who fled.") == ["Jan"]


def test_a_figure_after_an_average_noun_is_no_average():
    from factcheck.judge.frames import _AVERAGED
    assert not _AVERAGED.search("The average age was 40 and ")
    assert _AVERAGED.search("has averaged more than 30 home runs and ")


def test_two_teams_offers_made_and_offered_are_two_offers():
    a = "Slugger weighs offers\n\nLast week the Washington Nationals made Teixeira an eight-year, $160 million offer.\n"
    b = "Red Sox bid\n\nThe Red Sox offered Teixeira an eight-year deal worth $184 million, a columnist reported.\n"
    rep = _compare(a, b, min_confidence=0)
    assert not [f for f in _found(rep, "number", "conflict", "differs") if "160" in f[1]]
    assert ("$160 million", "$184 million") in _held(rep, "number.different-owner")


def test_a_payer_with_an_aside_before_the_verb_is_still_the_payer():
    a = "Slugger weighs offers\n\nThe Orioles, according to reports, have offered Teixeira a deal worth $150 million.\n"
    b = "Red Sox bid\n\nThe Red Sox offered Teixeira an eight-year deal worth $184 million, a columnist reported.\n"
    rep = _compare(a, b, min_confidence=0)
    assert ("$150 million", "$184 million") in _held(rep, "number.different-owner")
