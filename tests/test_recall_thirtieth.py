"""Work of the thirtieth session, must-flag and must-not-flag: a headline written as a sentence
is read as one (its capitals mark names), and a one-word name a report writes only where it
opens a sentence is not lent to the other report's word in lower case.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.model import Article, Entity
from factcheck.pipeline import analyse
from factcheck.text import title_cased
from pairs import compare, findings_of


def _names(text: str) -> list[list[str]]:
    """Each sentence's names, as the entity stage finds them."""
    an = analyse(Article("a.txt", text))
    return [[f.text for f in fs if isinstance(f, Entity)] for fs in an.facts]


@pytest.mark.parametrize("headline, title", [
    ("Esther Williams Dead At 91", True),
    ("Lohan Checks Into Rehab With Her Lawyer", True),
    ("Fire", True),                                       # no word to tell: as before
    ("Lindsay Lohan checks into rehab at Betty Ford Center", False),
    ("Comedian Ellen DeGeneres picked to host 2014 Oscars", False),
])
def test_a_headline_in_title_case_is_told_from_one_written_as_a_sentence(headline, title):
    assert title_cased(headline) is title


def test_a_name_a_sentence_headline_writes_is_known_where_a_sentence_opens_with_it_misspelled():
    # the headline, written as a sentence, names "Tony Reagins"; "Regains" opening the next
    # sentence is that name mistyped (a headline in title case names nothing so)
    text = ("Angels general manager Tony Reagins confirmed the offer to the Los Angeles Times\n\n"
            "Regains didn't reveal the dollar amounts, but the newspaper speculates the deal is large.\n")
    assert _names(text)[1] == ["Regains"]
    titled = ("Angels General Manager Tony Reagins Confirms The Offer\n\n"
              "Regains didn't reveal the dollar amounts, but the newspaper speculates the deal is large.\n")
    assert _names(titled)[1] == []


def test_a_misspelled_name_opening_a_sentence_is_flagged_against_the_other_report():
    a = ("Angels general manager Tony Reagins confirmed the offer to the Los Angeles Times\n\n"
         "Regains didn't reveal the dollar amounts, but the newspaper speculates the deal is large.\n")
    b = ("Angels make offer\n\nThe Angels have made an eight-year offer to Mark Teixeira, general manager "
         "Tony Reagins said on Friday.\n\nReagins would not say how much the offer was worth.\n")
    assert ("differs", "Regains", "Reagins") in findings_of(compare(a, b), "entity")


def test_a_sentence_headline_ending_in_a_name_does_not_run_into_the_next_sentence():
    # the headline ends without a stop: its last word, a name, is no word before "Thieves" in the
    # body read for names (a headline ending in a word in lower case still makes the next line's
    # first word known over the whole text, as it did before)
    text = ("Two million euro jewellery heist in central Paris\n\n"
            "Thieves pulled off a jewellery heist on Monday morning after smashing their car through a window.\n")
    assert _names(text) == [["Paris"], []]


_POLICE_A = ("Two men held over shooting\n\n"
             "Police arrested two men on Friday after a shooting outside a bar in the town centre.\n\n"
             "Both men are due in court on Monday, a spokesman said.\n")
_POLICE_B = ("Arrests after bar shooting\n\n"
             "Two men were arrested by police on Friday after a shooting outside a bar in the town centre.\n")


def test_a_word_one_report_capitalizes_only_to_open_a_sentence_is_no_name_in_the_other():
    rep = compare(_POLICE_A, _POLICE_B, min_confidence=0.0)
    assert not [f for f in findings_of(rep, "entity") if f[1].lower() == "police" or f[2].lower() == "police"]


def test_a_name_written_inside_a_sentence_is_still_lent_to_the_other_reports_lower_case():
    a = ("Patrol boat seized\n\nThe navy said the patrol boat Sukanya intercepted the pirates in the Gulf of Aden.\n")
    b = ("Pirates caught\n\nindian navy ship sukanya intercepted the pirates in the gulf of aden on friday.\n")
    spans = findings_of(compare(a, b, min_confidence=0.0), "entity", "agree")
    assert ("Sukanya", "sukanya") in [(x, y) for _, x, y in spans]


def test_a_word_of_a_longer_name_opening_a_sentence_is_still_lent():
    # "Comeaux" alone opens its sentence in A, but A also writes "Arcade Joseph Comeaux Jr.": a
    # name, lent to B's "comeaux" in lower case
    a = ("Inmate escapes\n\nOfficials said Arcade Joseph Comeaux Jr., 49, took two guards hostage.\n\n"
         "Comeaux was serving a life sentence.\n")
    b = ("manhunt under way\n\nofficials said the inmate comeaux was serving a life sentence.\n")
    names = [(x, y) for _, x, y in findings_of(compare(a, b, min_confidence=0.0), "entity", "agree")]
    assert ("Comeaux", "comeaux") in names, names


_VICTIMS = ("Bodies found\n\nThe bodies of {name} Gomes, 61, and Robyn Mendes, 48, were found on Tuesday "
            "in New Bedford.\n")


@pytest.mark.parametrize("a, b, verdict", [
    ("Katherine", "Kathryn", "differs"),      # one name spelled two ways: the two sound alike
    ("Phillip", "Philip", "differs"),
    ("Phil", "Philip", "compatible"),         # a short form
    ("Dmitry", "Dmitri", "compatible"),       # romanized two ways at its end: a house style
    ("Katie", "Kathryn", "compatible"),
    ("Dave", "David", "compatible"),
])
def test_one_persons_first_name_spelled_two_ways_differs_where_a_short_form_is_compatible(a, b, verdict):
    rep = compare(_VICTIMS.format(name=a), _VICTIMS.format(name=b), min_confidence=0.0)
    named = [v for v, x, y in findings_of(rep, "entity") if f"{a} Gomes" in x and f"{b} Gomes" in y]
    assert verdict in named, findings_of(rep, "entity")
    if verdict == "compatible":
        assert not {"differs", "conflict"} & set(named)
    else:       # shown at the default confidence too
        shown = compare(_VICTIMS.format(name=a), _VICTIMS.format(name=b))
        assert [v for v, x, y in findings_of(shown, "entity") if f"{a} Gomes" in x and f"{b} Gomes" in y] == ["differs"]


@pytest.mark.parametrize("text, figures", [
    # after a verb of change, "from X to Y" is the old figure and the new one, counting one thing
    ("It would raise the number of seats from 65 to 125.", [("65", "seat"), ("125", "seat")]),
    ("The toll climbed from 12 to 20 people.", [("12", "people"), ("20", "people")]),
    ("Its parliament will expand from 65 to 125 seats.", [("65", "seat"), ("125", "seat")]),
    ("The number of confirmed cases rose from 12 to 20 on Monday.", [("12", "case"), ("20", "case")]),
    ("Obama will increase the number of U.S. troops from 5,000 to 10,000.", [("5,000", "troop"), ("10,000", "troop")]),
    # a range stays one figure
    ("Between 90 and 100 officers were sent.", [("Between 90 and 100", "officer")]),
    ("From 90 to 100 officers were sent.", [("From 90 to 100", "officer")]),
    ("Prices ranged from 5 to 10 dollars.", [("from 5 to 10 dollars", None)]),
    ("Teachers will get pay increases from 3 to 5 percent.", [("from 3 to 5 percent", None)]),   # a noun's form
    ("The lower house has seats from 65 to 125.", [("from 65 to 125", None)]),
    ("Unemployment rose among those aged from 16 to 24.", [("from 16 to 24", "age")]),
])
def test_from_one_figure_to_another_after_a_verb_of_change_is_two_figures(text, figures):
    from factcheck.facts.numbers import extract_quantities
    assert [(q.text, q.counts) for q in extract_quantities(text)] == figures


def test_a_new_figure_after_a_change_is_set_against_the_other_reports_new_figure():
    a = ("Vote held\n\nThe poll was held under a new constitution approved in September that expands parliament's "
         "powers and raises the number of seats from 65 to 150.\n")
    b = ("Turkmen vote\n\nThe election was held under a new constitution approved in September and intended to "
         "increase parliament's powers and raise the number of seats from 65 to 125.\n")
    rep = compare(a, b)
    assert ("conflict", "150", "125") in findings_of(rep, "number")
    assert ("agree", "65", "65") in findings_of(rep, "number")


_UPRISING = ("Polytechnic\n\nThe Polytechnic has a special place in Greek history.\n\n"
             "In November 1973, students barricaded themselves inside in rebellion against the military junta.\n\n"
             "Fearful that the revolt would spread, on Nov. 17 the national police moved in with tanks.\n")


def test_a_date_of_a_month_takes_the_year_of_that_month_named_just_before():
    an = analyse(Article("a.txt", _UPRISING))
    from factcheck.model import TimeFact
    times = [(t.text, t.year) for fs in an.facts for t in fs if isinstance(t, TimeFact)]
    assert times == [("November 1973", 1973), ("Nov. 17", 1973)]
    # another month, or a month named three sentences before, lends nothing
    far = ("Riots\n\nIn November 1973, students rebelled.\n\nThe junta fell.\n\nDemocracy returned.\n\n"
           "Tanks came on Nov. 17 and again on Dec. 2.\n")
    an = analyse(Article("a.txt", far))
    times = [(t.text, t.year) for fs in an.facts for t in fs if isinstance(t, TimeFact)]
    assert times == [("November 1973", 1973), ("Nov. 17", None), ("Dec. 2", None)]


def test_a_report_dating_the_event_to_another_year_is_not_supported_by_the_sources_day():
    from factcheck import check_articles
    from factcheck.model import Support
    report = ("Greek riots\n\nStudents rebelled at the polytechnic against the military junta in November 1974, "
              "until police moved in with tanks.\n")
    result = check_articles(Article("report.txt", report), [Article("s1.txt", _UPRISING)])
    text = {s.index: s.text for s in result.report.sentences}
    statement = next(s for s in result.statements if "1974" in text[s.sentence])
    assert statement.verdict is not Support.SUPPORTED, statement.reason


def test_the_old_figure_takes_the_scale_of_the_new():
    from factcheck.facts.numbers import extract_quantities
    assert [q.value for q in extract_quantities("Revenue rose from $1.2 to $1.5 billion.")] == [1.2e9, 1.5e9]


def test_a_year_is_lent_once_from_an_earlier_sentence_not_about_an_anniversary():
    from factcheck.model import TimeFact

    def years(text):
        an = analyse(Article("a.txt", text))
        return [(t.text, t.year) for fs in an.facts for t in fs if isinstance(t, TimeFact)]
    chain = ("Riots\n\nIn November 1973, students rebelled.\n\nThe junta sent tanks.\n\nOn Nov. 17 the gates fell."
             "\n\nDemocracy returned later.\n\nOn Nov. 17 thousands marched.\n")
    assert years(chain) == [("November 1973", 1973), ("Nov. 17", 1973), ("Nov. 17", None)]
    assert years("Arrest\n\nSmith, who joined the firm in November 2001, was arrested on Nov. 17 at home.\n") == \
        [("November 2001", 2001), ("Nov. 17", None)]
    assert years("March\n\nThousands marked the anniversary of the uprising of November 1973.\n\n"
                 "On Nov. 17, riot police fired tear gas.\n") == [("November 1973", 1973), ("Nov. 17", None)]


def test_a_weekday_the_report_resolves_from_its_date_line_is_stated_by_the_sources_day():
    from factcheck import check_articles
    from factcheck.model import Support
    report = ("Revolt ends\nNov. 18, 2008\n\nRiot police ended the student occupation of the polytechnic on Monday, "
              "firing tear gas at the crowd.\n\nThe rector resigned on Monday, the ministry said.\n")
    source = ("Sit-in ends\nNov. 18, 2008\n\nRiot police fired tear gas at the crowd and ended the student occupation "
              "of the polytechnic on Monday, Nov. 17.\n\nThe rector of the polytechnic has resigned, "
              "the ministry said.\n")
    result = check_articles(Article("report.txt", report), [Article("s1.txt", source)])
    text = {s.index: s.text for s in result.report.sentences}
    statement = next(s for s in result.statements if "rector" in text[s.sentence])
    assert statement.verdict is Support.SUPPORTED, statement.reason
