"""Recall work of the fourth session, through the pipeline, must-flag and must-not-flag: the
parser's gaps named in the recall issue (a mixed number with a hyphen, a record set off after a
name, an age as a decade of life or after "turned", an abbreviation's plural), a figure changed
inside one sentence copied into both reports, records of one holder, the speaker of a quote
that goes on in the next paragraph, and two rules that lower the confidence of statements that
may be two moments of one story.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import datetime

from pairs import found, report

from factcheck.facts.quotes import extract_quotes
from factcheck.model import Article, Sentence
from factcheck.pipeline import Options, compare_articles, analyse
from factcheck.settings import Thresholds


def held(a: str, b: str, kind: str) -> list[tuple[str, str, str]]:
    return [(s.rule, s.a.text, s.b.text) for s in report(a, b, min_confidence=0.0).skipped
            if s.kind == kind and s.a and s.b]


# --- figures -----------------------------------------------------------------------------------

def test_a_mixed_number_changed_in_one_sentence_is_flagged():
    # "2 years" is not "moved" into the other sentence because "2 1/2 years" holds its words
    got = found("He was sentenced to 2 years, with 9 months to serve in the county jail.",
                "He was sentenced to 2 1/2 years, with 9 months to serve in the county jail.", "number")
    assert ("conflict", "2 years", "2 1/2 years") in got
    assert ("agree", "9 months", "9 months") in got


def test_a_mixed_number_with_a_hyphen_agrees_with_its_spaced_form():
    got = found("The former aide was sentenced to 2-1/2 years in prison on Friday.",
                "The former aide was sentenced to 2 1/2 years in prison on Friday.", "number")
    assert got == [("agree", "2-1/2 years in prison", "2 1/2 years in prison")]     # with the words both write


def test_two_records_of_one_fighter_differ():
    got = found("Challenger Dario Pelc, 31-4, lost on points to the champion in Cardiff.",
                "The defeat in Cardiff dropped Pelc's record to 30-4, his promoter said.", "number")
    assert got == [("differs", "31-4", "30-4")]


def test_records_of_two_fighters_are_held_back():
    a = "Dario Pelc, 31-4, lost on points to Tom Hale in Cardiff."
    b = "Tom Hale's record improved to 22-9 with the win in Cardiff."
    assert [g for g in found(a, b, "number", min_confidence=0.0) if g[0] in ("differs", "conflict")] == []
    assert ("number.different-owner", "31-4", "22-9") in held(a, b, "number")


def test_an_age_as_a_decade_of_life_is_compared():
    a = "A woman in her 60s was hit by the car on Main Street, police said."
    assert found(a, "A 66-year-old woman was hit by the car on Main Street, police said.", "number") == \
        [("compatible", "in her 60s", "66-year-old")]
    assert found(a, "A 45-year-old woman was hit by the car on Main Street, police said.", "number") == \
        [("differs", "in her 60s", "45-year-old")]


def test_a_decade_of_life_of_another_person_is_held_back():
    a = "A woman in her 60s was hit by the car on Main Street, police said."
    b = "A 45-year-old driver was arrested on Main Street, police said."
    assert [g for g in found(a, b, "number", min_confidence=0.0) if g[0] in ("differs", "conflict")] == []
    assert [h[0] for h in held(a, b, "number") if h[1] == "in her 60s"] == ["number.age-of-another"]


def test_small_vague_counts_are_stated_intervals():
    from factcheck.facts.numbers import extract_quantities
    got = [(q.text, q.low, q.high, q.unit) for q in extract_quantities("It took a few days and several weeks, "
                                                                        "then a couple of months.")]
    assert got == [("a few days", 2, 7, "day"), ("several weeks", 3, 12, "week"), ("a couple of months", 2, 3, "month")]
    assert list(extract_quantities("Few people came, and he has several.")) == []       # "few": not many


def test_spans_counted_from_one_event_are_compared_however_far_apart():
    # "two days after the X" / "a few weeks after the X": the same anchor, no ongoing event
    got = report("The reporter first met the source two days after the break-in, the paper said.",
                 "The reporter first met the source a few weeks after the break-in, the paper said.").findings
    assert ("conflict", "two days", "a few weeks") in [(f.verdict.value, f.a.text, f.b.text) for f in got]


def test_spans_after_different_events_are_not_one_fact():
    a = "Rescuers pulled a boy from the rubble two days after the quake, officials said."
    b = "The school reopened two weeks after the funeral of the teacher, the mayor said."
    assert [g for g in found(a, b, "number", min_confidence=0.0) if g[0] in ("differs", "conflict")] == []


def test_two_populations_of_one_place_conflict_wherever_they_stand():
    r = compare_articles(
        Article("a.txt", "Quake hits island\n\nThe quake was centred near Varna Island, home to 200,000 people.\n"
                         "Rescue teams arrived by boat on Monday.\n"),
        Article("b.txt", "Island shaken\n\nRescuers reached the coast on Monday.\n"
                         "Varna is the largest island in the gulf, with a population of 120,000.\n"))
    assert [(f.verdict.value, f.a.text, f.b.text) for f in r.findings if f.kind == "number"] == \
        [("conflict", "200,000", "120,000")]


def test_populations_of_two_places_are_held_back():
    a = "The quake was centred near Varna Island, home to 200,000 people."
    b = "Dobrich, the nearest town, has a population of 120,000."
    assert [g for g in found(a, b, "number", min_confidence=0.0) if g[0] in ("differs", "conflict")] == []


def test_one_against_a_plural_with_no_figure_differs_less_surely():
    # a candidate, shown below the default level: a plural is often said of a kind ("faces
    # charges"), so number.bare-plural lowers it (a precision read)
    r = report("The pirates fired one rocket-propelled grenade launcher at the tanker, the navy said.",
               "The pirates fired RPG launchers at the tanker, the navy said.", min_confidence=0.0)
    assert [(f.verdict.value, f.a.text, f.b.text, f.lowered) for f in r.findings if f.kind == "number"] == \
        [("differs", "one", "launchers", ("number.bare-plural",))]
    assert found("Police said one gunman opened fire in the mall on Saturday.",
                 "Police said gunmen opened fire in the mall on Saturday.", "number", min_confidence=0.0) == \
        [("differs", "one", "gunmen")]


def test_several_and_a_figure_near_it_do_not_clash():
    assert found("Officials said several houses were damaged in the town.",
                 "Officials said 10 houses were damaged in the town.", "number") == [("compatible", "several houses", "10 houses")]


def test_one_of_a_set_or_other_things_is_no_plural_against_one():
    assert found("One of the launchers was found on the deck, the navy said.",
                 "The launchers were found on the deck, the navy said.", "number", min_confidence=0.0) == []
    assert found("One bomb fell inside the camp, witnesses said.",
                 "Other bombs fell inside the camp, witnesses said.", "number", min_confidence=0.0) == []


# --- names -------------------------------------------------------------------------------------

def test_one_name_spelled_two_ways_with_one_head_word():
    got = [(f.verdict.value, f.a.text, f.b.text) for f in report(
        "Witnesses said the shells hit the al-Mansoura school in the north of the town.",
        "Witnesses said the shells hit the al-Mansura school in the north of the town.").findings if f.kind == "entity"]
    assert ("differs", "al-Mansoura school", "al-Mansura school") in got


def test_two_names_with_one_head_word_are_not_one_name_misspelled():
    got = [(f.verdict.value, f.message) for f in report(
        "The fire spread from Jefferson County on Sunday, officials said.",
        "The fire spread from Jackson County on Sunday, officials said.").findings if f.kind == "entity"]
    assert not [m for v, m in got if "spelled" in m]


def test_a_word_opening_a_sentence_is_no_part_of_the_name_after_it():
    from factcheck.facts.entities import extract_entities
    s = Sentence(0, "Despite Norwood's loss on Friday, the coach was upbeat.", 0, 55, 0)
    assert [e.text for e in extract_entities(s)] == ["Norwood"]


def _entities(a: str, b: str):
    return [(f.verdict.value, f.a.text, f.b.text, f.message) for f in report(a, b).findings if f.kind == "entity"]


def test_one_persons_first_name_in_two_forms_is_compatible():
    got = _entities("Police arrested Alexandros Varelas in the port on Monday.",
                    "Police said Alexis Varelas had been arrested in the port.")
    assert [(v, x, y) for v, x, y, m in got if "first name in two forms" in m] == \
        [("compatible", "Alexandros Varelas", "Alexis Varelas")]


def test_two_first_names_of_one_family_name_in_a_report_are_two_people():
    # the report names two people of that surname: a father and a son, not one person twice
    got = _entities("Alexandros Varelas and his father Alexis Varelas were arrested on Monday.",
                    "Police said Alexis Varelas had been arrested in the port.")
    assert [m for *_, m in got if "first name in two forms" in m] == []


# --- what a figure's finding shows ------------------------------------------------------------

def test_a_figure_is_shown_with_what_it_counts_and_an_age_with_what_makes_it_one():
    got = found("The commission said 288 candidates ran for the council seats.",
                "The commission said 288 candidates ran for the council seats this year.", "number")
    assert ("agree", "288 candidates", "288 candidates") in got
    got = found("The actress died on Thursday at the age of 85, her agent said.",
                "The actress died on Thursday at the age of 85, her family said.", "number")
    assert ("agree", "at the age of 85", "at the age of 85") in got


def test_an_age_is_shown_with_its_holder_only_when_both_name_the_holder_alike():
    same = found("Gary Morse, 35, was arrested on Monday in the town.", "Gary Morse, 35, was arrested on Monday.", "number")
    assert ("agree", "Gary Morse, 35", "Gary Morse, 35") in same
    # a name spelled two ways is a finding of its own: the age's span leaves it out
    spelled = found("Gary Morse, 35, was arrested on Monday in the town.", "Gary Moorse, 35, was arrested on Monday.",
                    "number")
    assert ("agree", "35", "35") in spelled


def test_a_measure_written_as_an_adjective_is_shown_with_what_it_measures():
    got = found("Charles broke an 86-yard touchdown run in the third quarter.",
                "Charles broke an 86-yard touchdown run in the third.", "number")
    assert got == [("agree", "86-yard touchdown run", "86-yard touchdown run")]
    got = found("Thompson has 24 KOs in his career, his promoter said.", "Thompson has 24 KOs, his promoter said.",
                "number")
    assert got == [("agree", "24 KOs", "24 KOs")]


def test_a_name_is_shown_with_its_honorific():
    got = [(f.verdict.value, f.a.text, f.b.text) for f in report(
        "Dr. Regina Holm was named to lead the agency on Monday.",
        "The president named Dr. Regina Holm to lead the agency on Monday.").findings if f.kind == "entity"]
    assert ("agree", "Dr. Regina Holm", "Dr. Regina Holm") in got


def test_a_time_is_shown_with_its_hedge():
    got = [(f.verdict.value, f.a.text, f.b.text) for f in report(
        "The car struck her on 117th Street at about 7 p.m. on Friday, police said.",
        "Police said the car struck her at about 7 p.m. on Friday on 117th Street.").findings if f.kind == "date"]
    assert ("agree", "at about 7 p.m. on Friday", "at about 7 p.m. on Friday") in got


# --- quotes ------------------------------------------------------------------------------------

def _quotes(text: str):
    sentences, start = [], 0
    for k, line in enumerate(text.split("\n")):
        sentences.append(Sentence(k, line, start, start + len(line), k))
        start += len(line) + 1
    return [(q.content, q.speaker) for q in extract_quotes(text, sentences)]


def test_a_quote_paragraph_after_a_speaker_quote_goes_on_with_that_speaker():
    text = '"We did what we could," said Mayor Ann Briggs.\n"The old mill could not be saved."'
    assert _quotes(text) == [("We did what we could,", "Mayor Ann Briggs"), ("The old mill could not be saved.", "Mayor Ann Briggs")]


def test_a_quote_after_a_paragraph_of_narration_gets_no_speaker_from_afar():
    text = ('"We did what we could," said Mayor Ann Briggs.\nThe fire began in the basement.\n'
            'Crews from three towns fought it overnight.\n"Nobody was hurt."')
    assert _quotes(text)[-1] == ("Nobody was hurt.", None)


def _pair(a_text: str, b_text: str):
    return compare_articles(Article("a.txt", a_text), Article("b.txt", b_text))


def test_he_said_after_a_quote_is_the_one_person_named_before_it():
    text = ("Coach leaves\n\nOutgoing coach Dale Morrow welcomed the appointment on Monday.\n"
            '"I wish my successor all the best, because I know he is a great fan of the club," he said.\n')
    quotes = [q for fs in analyse(Article("a.txt", text)).facts for q in fs if q.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Dale Morrow"]


def test_he_said_with_two_people_named_before_is_left_unresolved():
    text = ("Coach leaves\n\nOutgoing coach Dale Morrow met chairman Rick Salas on Monday.\n"
            '"I wish my successor all the best," he said.\n')
    quotes = [q for fs in analyse(Article("a.txt", text)).facts for q in fs if q.kind == "quote"]
    assert [q.speaker for q in quotes] == [None]


def test_he_said_is_no_body_named_before():
    text = ("Rehab\n\nShe checked into the Sunrise Treatment Centre in Malibu on Monday.\n"
            '"We ask for privacy at this time," he said.\n')
    quotes = [q for fs in analyse(Article("a.txt", text)).facts for q in fs if q.kind == "quote"]
    assert [q.speaker for q in quotes] == [None]


def test_a_quote_split_in_two_is_compared_with_both_parts():
    a = ("Coach leaves\n\nOutgoing coach Dale Morrow welcomed the appointment on Monday.\n"
         '"I wish my successor all the best and good luck, because I know he is both a great fan of the club '
         'and a really nice guy," he said.\n')
    b = ("New coach named\n\n"
         '"I just want to wish my successor all the best and good luck," Dale Morrow said in a message.\n'
         '"I know he is a great fan of the club and a really nice guy."\n')
    got = [(f.verdict.value, f.b.text, f.message) for f in _pair(a, b).findings if f.kind == "quote"]
    # each of B's two quotes is set against A's one, and the finding says why a second partner
    assert sorted((v, y[:12]) for v, y, _ in got) == [("compatible", "I know he is"), ("differs", "I just want ")]
    assert [m for *_, m in got if "quotes in one piece what the other quotes in two" in m]


def test_a_quote_of_another_speaker_is_no_second_part():
    a = ("Coach leaves\n\nOutgoing coach Dale Morrow welcomed the appointment on Monday.\n"
         '"I wish my successor all the best and good luck, because I know he is a great fan of the club," he said.\n')
    b = ("New coach named\n\n"
         '"I just want to wish my successor all the best and good luck," Dale Morrow said.\n'
         '"I know he is a great fan of the club," chairman Rick Salas said.\n')
    got = [f.message for f in _pair(a, b).findings if f.kind == "quote"]
    assert not [m for m in got if "in one piece" in m]


# --- statements that may be two moments of one story -------------------------------------------

def _negations(a: str, b: str, **options):
    r = compare_articles(Article("a.txt", "News in brief\n\n" + a + "\n"), Article("b.txt", "News in brief\n\n" + b + "\n"),
                         options=Options(thresholds=Thresholds(min_confidence=0.0), **options))
    return [(f.verdict.value, f.a.text, f.b.text, f.lowered) for f in r.findings if f.kind == "negation"]


def test_two_completed_moves_in_opposite_ways_are_less_sure():
    got = _negations("The singer checked into a clinic in Malibu last week, her publicist said.",
                     "The singer checked out of a clinic in Malibu last week, her publicist said.")
    assert got == [("conflict", "checked into", "checked out of", ("negation.sequence",))]


def test_two_moves_going_on_at_one_moment_conflict_at_full_confidence():
    got = _negations("The couple were walking into the bank on Elm Street when the gunman fired.",
                     "The couple were walking out of the bank on Elm Street when the gunman fired.")
    assert got == [("conflict", "walking into", "walking out of", ())]
    assert found("The couple were walking into the bank on Elm Street when the gunman fired.",
                 "The couple were walking out of the bank on Elm Street when the gunman fired.", "negation")


def test_no_longer_is_no_denial_of_what_was_so_before():
    a = "The outage initially affected all of the company's traffic to Europe, the operator said."
    b = "The operator said its customers are no longer affected by the outage."
    assert found(a, b, "negation", min_confidence=0.0) == []
    assert [h[0] for h in held(a, b, "negation")] == ["negation.no-longer"]


def test_done_and_not_yet_in_reports_of_one_day_are_not_lowered():
    day = datetime.date(2025, 6, 2)
    got = _negations("The county board is expected to approve the new budget for the bridge.",
                     "The county board approved the new budget for the bridge.", date_a=day, date_b=day)
    assert got == [("differs", "expected to approve the new budget", "approved the new budget", ())]


def test_parsers_run_on_these_forms_without_error():
    for text in ("Pelc, 31-4, 22 KO's, in his early forties, turned 42 and got 2-1/2 years.",):
        analysis = analyse(Article("x.txt", text))
        assert analysis.errors == []
