"""Work of the twenty-fifth session, through the pipeline, must-flag and must-not-flag: each
report's price of one deal when one writes it before the deal's noun ("the $13 billion
acquisition of EDS" / "will buy … for $13.9 billion"); two spans of time counted from a moment
and told of one kind of deed ("married two weeks before the shooting" / "married the deputy
three weeks before he was murdered"), which reports dated apart do not excuse as a count still
going on; one person given two ranks of one role in one report ("District Attorney Dave Rossi"
… "Assistant District Attorney Dave Rossi"); and an agreement shown with the words both reports
write around it ("two counts of first-degree murder", "Betty Ford Center in Rancho Mirage").

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import datetime

import pytest

from factcheck.model import Article, Verdict
from factcheck.pipeline import Options, compare_articles
from factcheck.settings import Thresholds
from pairs import compare, findings_of, found, held, report


# --------------------------------------------------------------------------- a deal's price before its noun

DEAL_A = ("HP to buy EDS\n\n"
          "Hewlett-Packard announced Tuesday that it will buy the outsourcing company for $13.9 billion.\n\n"
          "The deal is expected to close in the second half of the year.\n")


def test_a_price_written_before_the_deals_noun_is_the_deals_price():
    b = ("HP bets on services\n\n"
         "Chief executive Mark Hurd believes the $13 billion acquisition of Electronic Data Systems will "
         "help build out the company's services arm.\n\n"
         "Shares of both companies rose on Wednesday.\n")
    rep = compare(DEAL_A, b)
    assert [(v, a, b) for v, a, b in findings_of(rep, "number", "conflict", "differs") if "13" in a] == \
        [("conflict", "$13.9 billion", "$13 billion")]


@pytest.mark.parametrize("b", [
    # a sum before another noun is no price of the deal
    "Chief executive Mark Hurd said the $13 billion revenue of Electronic Data Systems will help the services arm.",
    # nor one before the deal's noun inside a clause about another deal
    "HP, which made a $19 billion acquisition of Compaq in 2002, is now buying a services company.",
])
def test_a_sum_before_another_noun_or_in_another_deals_clause_is_no_price(b):
    rep = compare(DEAL_A, "HP bets on services\n\n" + b + "\n\nShares rose on Wednesday.\n")
    assert not [f for f in findings_of(rep, "number", "conflict", "differs") if "13.9" in f[1]]


# --------------------------------------------------------------------------- spans of time from a moment

def _dated(a: str, b: str, days_apart: int):
    """Every candidate of two reports dated ``days_apart`` days apart (their sentences apart
    too: the confidence is the calibrated one of unaligned sentences)."""
    day = datetime.date(2008, 9, 10)
    return compare_articles(Article("a.txt", a), Article("b.txt", b),
                            options=Options(date_a=day, date_b=day + datetime.timedelta(days=days_apart),
                                            thresholds=Thresholds(min_confidence=0.0)))


MARRIED_A = ("Deputy mourned\n\n"
             "Hundreds gathered on Monday for the funeral of the deputy, who was shot outside his home.\n\n"
             "He had married two weeks before the shooting, his colleagues said.\n")
MARRIED_B = ("Trial opens\n\n"
             "The trial of the man accused of killing the deputy opened on Tuesday in Los Angeles.\n\n"
             "Chela Ortiz, who married the deputy three weeks before he was murdered, spoke to the court.\n")


def test_two_spans_from_a_moment_of_one_deed_are_compared_wherever_they_stand():
    rep = _dated(MARRIED_A, MARRIED_B, 0)
    got = [f for f in rep.findings if f.kind == "number" and "weeks" in f.a.text]
    assert [(f.verdict, f.a.text, f.b.text) for f in got] == [(Verdict.CONFLICT, "two weeks", "three weeks")]
    assert "number.unaligned" not in got[0].lowered     # one deed's time, tied wherever it stands


def test_a_span_from_a_moment_is_no_count_still_going_on():
    # reports dated 28 days apart excuse "eight days of riots" / "five days of riots", not a span
    # of time counted back from a moment
    rep = _dated(MARRIED_A, MARRIED_B, 28)
    got = [f for f in rep.findings if f.kind == "number" and "weeks" in f.a.text]
    assert [(f.verdict, f.a.text, f.b.text) for f in got] == [(Verdict.CONFLICT, "two weeks", "three weeks")]
    assert "days apart" not in got[0].message


def test_an_ongoing_count_is_still_excused_by_the_reports_dates():
    a = "Greece riots\n\nThe fatal shooting of a teenager by police sparked eight days of riots across Greece.\n"
    b = "Greek unrest\n\nAthens has endured five days of riots since the police killed a boy, officials said.\n"
    got = [f for f in _dated(a, b, 3).findings if f.kind == "number"]
    assert [(f.verdict, f.a.text, f.b.text) for f in got] == \
        [(Verdict.COMPATIBLE, "eight days of riots", "five days of riots")]
    assert got[0].message.endswith("the reports are 3 days apart")


# --------------------------------------------------------------------------- one person's two ranks in one report

COURT = ("Court hears case\n\n"
         "Timmons remained at the courthouse with defense attorney Peter Lynch and Albany County District "
         "Attorney Dave Rossi.\n\n"
         "In an unusual move, Albany County Assistant District Attorney Dave Rossi asked the media to keep "
         "the witnesses' names quiet.\n")
WEATHER = "Weather\n\nIt rained in Albany on Monday.\n"


def test_one_person_at_two_ranks_of_one_role_in_one_report_is_flagged():
    rep = compare(COURT, WEATHER)
    got = [f for f in rep.findings if f.a.source == f.b.source == "A" and "Rossi" in f.a.text]
    assert [(f.verdict, f.a.text, f.b.text) for f in got] == [
        (Verdict.DIFFERS, "Albany County District Attorney Dave Rossi", "Albany County Assistant District Attorney Dave Rossi")]
    assert "another rank (assistant)" in got[0].message and got[0].confidence >= 0.55


@pytest.mark.parametrize("text", [
    # two people of one surname: a full name each, two first names
    "Court hears case\n\nDistrict Attorney Dave Rossi spoke first.\n\nAssistant District Attorney Anna Rossi spoke next.\n",
    # a surname alone is not taken for the full name's holder
    "Court hears case\n\nDistrict Attorney Dave Rossi spoke first.\n\nAssistant District Attorney Rossi spoke next.\n",
    # one role at one rank, written twice
    "Court hears case\n\nDistrict Attorney Dave Rossi spoke first.\n\nDistrict Attorney Dave Rossi spoke again.\n",
])
def test_two_people_a_surname_alone_or_one_rank_are_not_flagged(text):
    rep = compare(text, WEATHER)
    assert not [f for f in rep.findings if f.a.source == f.b.source and f.verdict.rank >= Verdict.DIFFERS.rank]


# --------------------------------------------------------------------------- an agreement with its shared words

@pytest.mark.parametrize("a, b, kind, expected", [
    ("A jury convicted a Spiro man of two counts of first-degree murder on Friday.",
     "A jury has convicted a Spiro man of two counts of first-degree murder in Oklahoma.",
     "number", ("agree", "two counts of first-degree murder", "two counts of first-degree murder")),
    ("Lohan checked into the Betty Ford Center in Rancho Mirage on Monday.",
     "The actress entered the Betty Ford Center in Rancho Mirage late on Sunday.",
     "entity", ("agree", "Betty Ford Center in Rancho Mirage", "Betty Ford Center in Rancho Mirage")),
    ("Police arrested Vishwanand Subryan, 23, of Schenectady on Saturday.",
     "Vishwanand Subryan, 23, of Schenectady was charged on Saturday.",
     "entity", ("agree", "Vishwanand Subryan, 23, of Schenectady", "Vishwanand Subryan, 23, of Schenectady")),
    ("The new model comes with a 512MHz processor and a camera.",
     "The phone runs on a 512MHz processor, RIM said.",
     "number", ("agree", "512MHz processor", "512MHz processor")),
])
def test_an_agreement_is_shown_with_the_words_both_reports_write_around_it(a, b, kind, expected):
    assert expected in found(a, b, kind)


@pytest.mark.parametrize("a, b, kind, expected", [
    # a discrepancy shows the two values, not the words around them
    ("A jury convicted a Spiro man of two counts of first-degree murder on Friday.",
     "A jury convicted a Spiro man of three counts of first-degree murder on Friday.",
     "number", ("conflict", "two counts", "three counts")),
    # not into another name, nor over the words before a figure
    ("British Columbia Attorney General Wally Oppal announced the charges.",
     "British Columbia attorney general Wally Oppal announced the charges.",
     "entity", ("agree", "British Columbia", "British Columbia")),
    ("The commission said 288 candidates ran for the seats.",
     "The commission said 288 candidates ran for the council seats.",
     "number", ("agree", "288 candidates", "288 candidates")),
    ("The actress died on Thursday at the age of 85, her agent said.",
     "The actress died on Thursday at the age of 85, her family said.",
     "number", ("agree", "at the age of 85", "at the age of 85")),
    # nor over what a person did
    ("Prosecutors say Simpson shot Flynn twice in the head at her home.",
     "Prosecutors allege that Simpson shot Flynn twice in the head.",
     "entity", ("agree", "Simpson", "Simpson")),
    # a verb of saying ends what is shown
    ("Coroner Gary Hargrove said police found the man.", "Coroner Gary Hargrove said police found the body.",
     "entity", ("agree", "Coroner Gary Hargrove said", "Coroner Gary Hargrove said")),
])
def test_what_an_agreement_is_not_widened_over(a, b, kind, expected):
    assert expected in found(a, b, kind)


def test_check_and_the_consensus_read_each_facts_own_span(monkeypatch):
    # check and the consensus tell a name from a statement by its span's words
    # (statement_words): the shared words around a name would make it a statement there
    from factcheck import pipeline
    a = Article("s.txt", "News\n\nPolice arrested Vishwanand Subryan, 23, of Schenectady on Saturday.\n")
    b = Article("r.txt", "News\n\nVishwanand Subryan, 23, of Schenectady was charged on Saturday.\n")
    an_a, an_b = pipeline.analyse(a), pipeline.analyse(b)
    own = {f.a.text for f in pipeline.compare_analyses(an_a, an_b, shared_words=False).findings if f.kind == "entity"}
    assert "Vishwanand Subryan" in own and not [t for t in own if "Schenectady" in t and "Subryan" in t]
    seen = []
    real = pipeline.compare_analyses
    monkeypatch.setattr(pipeline, "compare_analyses", lambda *args, **kw: seen.append(kw.get("shared_words")) or real(*args, **kw))
    pipeline.check_articles(b, [a])
    pipeline.compare_many_articles([a, b, a])
    assert seen and set(seen) == {False}


@pytest.mark.parametrize("moment", ["ago", "before her death"])
def test_a_span_from_a_moment_against_a_duration_is_still_excused_by_the_reports_dates(moment):
    # "in a coma for a week" / "a heart attack suffered almost three weeks ago": one side only
    # counts from a moment, and the other side's duration may be one still going on
    a = "Pin-up icon dies\n\nBettie Page died after lingering in a coma for a week following a heart attack.\n"
    b = f"Bettie Page dead\n\nBettie Page succumbed to complications from a heart attack suffered almost three weeks {moment}.\n"
    got = [f for f in _dated(a, b, 30).findings if f.kind == "number" and "week" in f.a.text]
    assert all(f.verdict.rank < Verdict.DIFFERS.rank for f in got)
    assert got or moment != "ago"


# --------------------------------------------------------------------------- an edition's number

@pytest.mark.parametrize("b, shown", [
    ("Jackman was named host of the 81st Oscars ceremony on Friday.", "81st Oscars"),
    ("Jackman will host the 81st annual Oscars on Feb. 22.", "81st annual Oscars"),
])
def test_one_large_ordinal_in_both_reports_is_one_things_number(b, shown):
    assert found("Hugh Jackman will host the 81st Academy Awards in February.", b, "number") == \
        [("agree", "81st Academy Awards", shown)]


def test_a_small_ordinal_before_two_nouns_is_two_things():
    rep = report("He won the fourth game of the series on Monday.",
                 "It was his fourth title of the year, won on Monday.", min_confidence=0.0)
    assert not [f for f in rep.findings if f.kind == "number"]
    assert held(rep, "number.different-things") == [("fourth", "fourth")]


# --------------------------------------------------------------------------- a year before an event's noun

@pytest.mark.parametrize("text, years", [
    ("A jury convicted a Spiro man of murder in the 2012 shooting death of his girlfriend.", [2012]),
    ("He was released in late 2008 after serving time on a 2006 conviction.", [2008, 2006]),
    ("Felt was the source of the stories on the 1972 break-in at the Watergate.", [1972]),
    # a name, not a time; a year with no noun of an event after it
    ("Officers were charged under the 1996 Police Act.", []),
    ("She hosted the 2005 show at the Kodak Theatre.", []),
])
def test_a_year_between_a_determiner_and_an_events_noun_is_a_time(text, years):
    from factcheck.facts.dates import extract_times
    assert [t.year for t in extract_times(text)] == years


def test_two_years_of_one_event_written_alike_agree():
    assert ("agree", "2012 shooting death", "2012 shooting death") in found(
        "A jury convicted a Spiro man in the 2012 shooting death of his girlfriend on Friday.",
        "The man was found guilty in the 2012 shooting death of his girlfriend, the paper said.", "date")


# --------------------------------------------------------------------------- the review's cases

@pytest.mark.parametrize("a, b", [
    # an arrest may be another one; "ago" counts from each report's own date
    ("Robbery\n\nPolice said the suspect robbed a store on Main Street on Friday.\n\n"
     "Court records show he was arrested two years ago for shoplifting.\n",
     "Robbery suspect held\n\nA man was charged with robbing a store on Friday.\n\n"
     "The man was arrested five years ago after a bar fight, according to police.\n"),
    # spans before a moment, of a deed that recurs
    ("Robbery\n\nPolice said the suspect robbed a store on Main Street on Friday.\n\n"
     "He was arrested two years before he robbed the store, for shoplifting.\n",
     "Robbery suspect held\n\nA man was charged with robbing a store on Friday.\n\n"
     "The man had been arrested five years before the robbery after a bar fight.\n"),
])
def test_two_past_deeds_of_a_kind_that_recurs_are_not_tied(a, b):
    rep = compare(a, b)
    assert not [f for f in rep.findings if f.kind == "number" and f.verdict.rank >= Verdict.DIFFERS.rank]


@pytest.mark.parametrize("text", [
    "News\n\nPresident Joe Biden returned to Scranton on Tuesday.\n\n"
    "In 2016, former Vice President Joe Biden campaigned in the city.\n",
    "News\n\nDistrict Attorney David Soares spoke on Monday.\n\n"
    "Then-Assistant District Attorney David Soares had filed the case in 2001.\n",
])
def test_a_role_held_at_another_moment_is_a_career_not_a_slip(text):
    rep = compare(text, WEATHER)
    assert not [f for f in rep.findings if f.a.source == f.b.source and f.verdict.rank >= Verdict.DIFFERS.rank]


def test_one_person_at_two_ranks_is_flagged_once():
    text = ("Court hears case\n\nDistrict Attorney Dave Rossi spoke first.\n\nAssistant District Attorney Dave "
            "Rossi spoke next.\n\nDistrict Attorney Dave Rossi spoke again.\n\nAssistant District Attorney Dave "
            "Rossi left.\n")
    rep = compare(text, WEATHER)
    assert len([f for f in rep.findings if f.a.source == f.b.source == "A" and "Rossi" in f.a.text]) == 1




def test_spans_ago_are_counted_from_each_reports_date():
    a = "Deputy mourned\n\nThe deputy was married two weeks ago to his second wife, his family said.\n"
    b = "Deputy buried\n\nThe deputy, who was wed about three weeks ago, is survived by his wife.\n"
    got = [f for f in _dated(a, b, 7).findings if f.kind == "number" and "weeks" in f.a.text]
    assert [(f.verdict, f.a.text, f.b.text) for f in got] == [(Verdict.COMPATIBLE, "two weeks ago", "about three weeks ago")]
    assert got[0].message.endswith("the reports are 7 days apart")


def test_a_deals_noun_names_a_price_only_with_what_it_buys():
    from factcheck.judge.measured import _names_deal
    assert _names_deal(" acquisition of Electronic Data Systems will help")
    assert not _names_deal(" purchase that set the record for the sector")
    assert not _names_deal(" revenue of Electronic Data Systems")


def test_a_large_ordinal_before_two_nouns_in_lower_case_is_two_things():
    assert not found("He scored in the 12th minute of the game on Sunday.",
                     "It was his 12th goal of the season, on Sunday.", "number")


def test_a_sum_before_a_deal_noun_that_names_no_company_is_no_price():
    b = ("HP bets on services\n\nHewlett-Packard will acquire EDS, the companies said.\n\n"
         "The price is more than double the $6.5 billion purchase that set the record for the sector.\n")
    rep = compare(DEAL_A, b, min_confidence=0.0)
    assert not [f for f in rep.findings if f.kind == "number" and "6.5" in f.b.text]


@pytest.mark.parametrize("a, b, kind, expected", [
    # a quotation mark ends it
    ("The minister said \u2018we will rebuild the city\u2019 in Baghdad on Monday.",
     "The minister said \u2018we will rebuild the city\u2019 in Baghdad on Monday.",
     "quote", ("agree", "we will rebuild the city", "we will rebuild the city")),
    # a bracket is not left open, nor a figure taken after a name or a figure
    ("Federer beat Nadal 6-7 (5-7) 7-6 (7-3) 6-4 on Sunday.",
     "Federer beat Nadal 6-7 (5-7) 7-6 (7-3) 6-4 in the final.", "number", ("agree", "5-7", "5-7")),
    ("About 139,000 people in 60 countries signed.", "About 139,000 people in 60 countries signed it.",
     "number", ("agree", "About 139,000 people", "About 139,000 people")),
    # a list's next name; a semicolon
    ("Obama met Merkel, Sarkozy and Brown on Friday.", "Obama met Merkel, Sarkozy and Berlusconi on Friday.",
     "entity", ("agree", "Merkel", "Merkel")),
    ("Bombs killed five people in Baghdad; in Basra, two died.",
     "Bombs killed seven people in Baghdad; in Basra, two died.", "entity", ("agree", "Baghdad", "Baghdad")),
    # a verb of saying ends a name's span; a bare figure takes no verb after it
    ("Police said 12 people died in the blast.", "Officials said 12 people died in the blast.",
     "attribution", ("compatible", "Police said", "Officials said")),
    ("Police said 12 died in the blast.", "Police said 12 people died in the blast.", "number", ("agree", "12", "12 people")),
    # a time takes no place, no name and no verb after it
    ("He arrived on Tuesday Eastern time, officials said.", "He arrived on Tuesday Eastern time, police said.",
     "date", ("agree", "Tuesday", "Tuesday")),
    ("The 2012 shooting killed two people, police said.", "The 2012 shooting killed two people in the town.",
     "date", ("agree", "2012 shooting", "2012 shooting")),
    # a statement is not widened over the figure before it
    ("Officials said 12 people died in Baghdad on Monday.", "Police said 12 people died in Baghdad, officials said.",
     "entity", ("agree", "people died in Baghdad", "people died in Baghdad")),
    # a time takes no place after it
    ("Crews rushed to High Street in Banstead on Tuesday in Washington.",
     "Officers rushed to High Street in Banstead on Tuesday in Washington.", "date", ("agree", "Tuesday", "Tuesday")),
])
def test_what_a_review_found_widened_too_far(a, b, kind, expected):
    assert expected in found(a, b, kind)


def test_a_capital_written_two_ways_is_not_shared_words():
    got = found("The company was founded in LaSalle in 1990.", "The company was founded in Lasalle in 1990.", "entity")
    assert ("compatible", "LaSalle", "Lasalle") in got
    assert not [x for x in got if "LaSalle" in x[1] and x[1] != "LaSalle"]
