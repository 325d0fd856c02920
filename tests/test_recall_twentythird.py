"""Work of the twenty-third session, through the parser and the pipeline, must-flag and
must-not-flag: a bare figure joined by "and"/"or" to an age is an age too ("two women -- 68 and
48-years-old", "the 2- and 3-year-old children"); a suspended hyphen makes a range ("an 8- to
12-week-old fetus"); an age set off by commas after a word for a person is an age ("her son, 4,
was unhurt") and that word is whose age it is; a held-back confidence is never written as the
level it fell short of.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.facts.numbers import extract_quantities
from factcheck.judge.resolve import below
from factcheck.model import Finding, Side, Verdict
from pairs import compare, findings_of, held, report


def ages(sentence: str) -> list[str]:
    return [q.text for q in extract_quantities(sentence) if q.counts == "age"]


@pytest.mark.parametrize("sentence, expected", [
    ("Police found the bodies of two women -- 68 and 48-years-old -- in the flat.", ["68", "48-years-old"]),
    ("Two boys, 12 and 14 years old, were hurt.", ["12", "14 years old"]),
    ("The 2- and 3-year-old children were unhurt.", ["2", "3-year-old"]),
    ("Two girls aged 12 and 14-year-old were found.", ["12", "14-year-old"]),
    ("The boys 12 or 13-year-old were questioned.", ["12", "13-year-old"]),
    ("Her son, 4, was taken to hospital.", ["4"]),
    ("A woman, 35, and her daughter, 6, died.", ["35", "6"]),
    ("The victim, 25, died at the scene.", ["25"]),
    ("The officer, 32, was suspended.", ["32"]),
    ("His grandchildren 5 and 7 years old were unhurt.", ["5", "7 years old"]),
    ("Two cousins 8 and 10 years old drowned.", ["8", "10 years old"]),
])
def test_ages_written_apart_from_their_year(sentence, expected):
    assert ages(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("He scored 5 and 12-year-old Tom Lee scored 3.", ["12-year-old"]),     # a verb's count, not an age
    ("The victims, 12, included four children.", []),                       # after a plural: a count
    ("The suspects, 3, have been charged.", []),
    ("The men, 3, 4 and 5 feet tall, stood in line.", []),                 # a list of figures after the comma
    ("In 2008 and 15-year-old Ann Lee was hurt.", ["15-year-old"]),         # a year
    ("The game, 21, was the last.", []),                                    # no word for a person before it
])
def test_figures_beside_an_age_that_are_no_ages(sentence, expected):
    assert ages(sentence) == expected


@pytest.mark.parametrize("sentence, low, high, unit", [
    ("the death of her 8- to 12-week-old fetus", 8, 12, "week"),
    ("the death of her 8-to 12-week-old fetus", 8, 12, "week"),
])
def test_a_suspended_hyphen_makes_one_range(sentence, low, high, unit):
    [q] = extract_quantities(sentence)
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_two_ages_joined_by_and_are_not_a_range():
    assert [(q.low, q.high) for q in extract_quantities("The 2- and 3-year-old children were unhurt.")] == \
        [(2, 2), (3, 3)]


@pytest.mark.parametrize("a, b, expected", [
    ("Her son, 4, was taken to hospital with burns after the fire.",
     "Her 6-year-old son was taken to hospital with burns after the fire.", ("differs", "4", "6-year-old")),
    # "After the crash, 12-year-old twins": the twins are the holder, not the crash
    ("After the crash, 12-year-old twins were taken to hospital in Leeds with burns.",
     "The 14-year-old twins were taken to hospital in Leeds with burns after the crash.",
     ("differs", "12-year-old", "14-year-old")),
    ("The girl, aged 15, was taken to hospital with burns after the fire in Leeds.",
     "A 16-year-old girl was taken to hospital with burns after the fire in Leeds.", ("differs", "aged 15", "16-year-old")),
    ("The man, aged about 30, was taken to hospital with burns after the fire in Leeds.",
     "A 45-year-old man was taken to hospital with burns after the fire in Leeds.",
     ("differs", "aged about 30", "45-year-old")),
    # the age left over when two lists of ages agree otherwise is one person's
    ("Police found 61-year-old Kathryn Gomes and 48-year-old Robin Mendes dead in the flat on Monday.",
     "Police found the bodies of two women -- 68 and 48-years-old -- in the flat on Monday.", ("differs", "61-year-old", "68")),
])
def test_an_age_is_set_against_the_same_persons_age_in_the_other_report(a, b, expected):
    assert expected in findings_of(report(a, b), "number")


def test_the_age_listed_with_a_second_one_meets_the_other_reports_age():
    rep = report("Police found two women, 61 and 48 years old, dead in the flat on Monday.",
                 "Police found Ann Lee, 61, and Mary Cole, 48, dead in the flat on Monday.")
    agreed = {(a, b) for v, a, b in findings_of(rep, "number", "agree")}
    assert ("61", "61") in agreed


def _finding(confidence: float) -> Finding:
    return Finding("number", Verdict.DIFFERS, Side("A", 0, "a life sentence", 0, 15), Side("B", 0, "three", 0, 5),
                   "one vs three", confidence)


@pytest.mark.parametrize("confidence, shown", [
    (0.546, "0.546"),           # two decimals would say 0.55, the level itself
    (0.5499999, "0.549"),       # never rounded up to the level
    (0.5, "0.50"),              # well below: two decimals, as everywhere
    (0.544, "0.54"),
])
def test_a_held_back_confidence_is_written_below_the_level(confidence, shown):
    assert below(_finding(confidence), 0.55).startswith(f"differs at confidence {shown} (< 0.55)")


@pytest.mark.parametrize("confidence, level, written", [
    (0.553, 0.5549, "0.55 (< 0.5549)"),        # the level as given, not rounded to 0.55
    (0.5449999, 0.545, "0.54 (< 0.545)"),
])
def test_a_level_with_more_decimals_is_written_as_given(confidence, level, written):
    assert f"confidence {written}:" in below(_finding(confidence), level)


def test_the_cli_flags_an_age_set_off_by_commas(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Fire kills woman in Leeds\n\nA woman died in a house fire in Leeds on Tuesday, police said.\n\n"
                 "Her son, 4, was taken to hospital with burns.\n", encoding="utf-8")
    b.write_text("Woman dies in Leeds house fire\n\nA woman was killed in a fire at her home in Leeds on Tuesday, "
                 "police said.\n\nHer 6-year-old son was taken to hospital with burns.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["compare", str(a), str(b), "--fail-on", "differs"])
    assert result.exit_code == 1
    assert "A: 4 (year); B: 6-year-old" in result.output


_JAILED = "Girl's killer jailed\n\n{lead}A man was jailed for life on Friday for killing a 10-year-old girl with a " \
          "stray bullet in Albany.\n\nKathina Thomas was shot on the night of May 29 while she played outside her home.\n"
_SENTENCED = "Albany gunman gets life\n\nA judge sentenced the gunman to life in prison on Friday for the death of a " \
             "girl in Albany.\n\nHer mother described for the jury the hectic scene on May 29 as she lay on the sidewalk.\n"


def test_one_calendar_day_named_once_in_each_report_agrees_wherever_it_stands():
    rep = compare(_JAILED.format(lead=""), _SENTENCED)
    assert ("agree", "May 29", "May 29") in findings_of(rep, "date")
    # (the two sentences are not aligned: the day is matched as a fact, not through its sentence)
    assert not any(2 in p.a and 2 in p.b for p in rep.alignments)


def test_a_calendar_day_one_report_names_twice_is_not_matched_so():
    # which of A's two May 29s is the other's? Neither is tied by the day alone
    rep = compare(_JAILED.format(lead="The trial opened on May 29 a year later.\n\n"), _SENTENCED)
    assert ("agree", "May 29", "May 29") not in findings_of(rep, "date")


@pytest.mark.parametrize("sentence, figure, unit", [
    ("The Colts gave up 507 total yards, 352 of them on the ground.", "352", "yard"),
    ("They drove 300 miles, 40 of them at night.", "40", "mile"),
    ("Turnout was 45 percent of the roll, 30 of them in the north.", "30", None),   # not a share's part
    ("The team gained 120 yards, 40 of the yards in the first half.", "40", None),   # only "of them"
    ("The quake killed 300 people within 50 km of the epicentre, 40 of them children.", "40", None),  # a noun after
    ("A 7.1-magnitude quake hurt many people, 12 of them children.", "12", None),  # an adjective's figure before
    ("Divers searched 200 metres and found 12, 5 of them alive.", "5", None),      # not the figure right before
    ("The bus had travelled 40 km when 30 of them got off.", "30", None),          # a verb after
    ("After a 10-hour siege, 3 of them in custody, police left.", "3", None),       # a hyphenated adjective before
    ("Smith threw 3 touchdowns and passed for 307 yards, 150 of them in the first half.", "150", "yard"),
    ("The plane flew 300 miles, 40 of them over water.", "40", "mile"),
    ("The Colts allowed 507 yards, 352 of them rushing.", "352", "yard"),
])
def test_a_part_of_them_measures_what_the_figure_before_measured(sentence, figure, unit):
    [q] = [q for q in extract_quantities(sentence) if q.text == figure]
    assert q.unit == unit


def test_a_part_of_them_after_a_count_of_people_counts_people():
    [q] = [q for q in extract_quantities("The quake killed 300 people within 50 km of the epicentre, 40 of them "
                                         "in the town.") if q.text == "40"]
    assert (q.unit, q.counts) == (None, "people")


def test_a_part_of_them_meets_the_other_reports_measure():
    rep = report("The Colts gave up 507 total yards, 352 of them on the ground, in the loss on Sunday.",
                 "The Chiefs had 352 yards rushing in the loss to the Colts on Sunday.")
    assert ("agree", "352", "352 yards") in findings_of(rep, "number")


@pytest.mark.parametrize("sentence, counts", [
    ("The blast killed 12 and wounded 40.", ["people", "people"]),
    ("The quake injured dozens and damaged several houses.", ["people", "house"]),
    ("Police arrested 50 after the riot.", ["people"]),
    ("The quake destroyed 300 houses and injured dozens.", ["house", "people"]),   # no houses injured
    ("The storm killed 2 dogs and injured 3.", ["dog", "dog"]),                   # what the verb before harmed
    ("The shelter rescued 40 dogs last year and evacuated 12 during the fire.", ["dog", "dog"]),
    ("The storm killed 12 of them.", [None]),                                   # a part of what came before
])
def test_a_figure_after_a_verb_of_harm_counts_people(sentence, counts):
    assert [q.counts for q in extract_quantities(sentence)] == counts


@pytest.mark.parametrize("a, b, expected", [
    ("The blast killed 12, police said.", "Twelve people were killed in the blast, police said.",
     ("agree", "12", "Twelve people")),
    ("Riot police arrested 50 after the march, officials said.", "Some 60 people were arrested after the march, officials said.",
     ("differs", "50", "Some 60 people")),
])
def test_people_counted_by_a_verb_meet_the_other_reports_count(a, b, expected):
    assert expected in findings_of(report(a, b), "number")


@pytest.mark.parametrize("a, b, spans, rule", [
    # the same figure set off after two different words for people: whose age is not one person's
    ("Her son, 4, was taken to hospital with burns after the fire.",
     "A 6-year-old neighbour was taken to hospital with burns after the fire.", ("4", "6-year-old"),
     "number.age-of-another"),
    # one play told against a player's line of tallies
    ("After Echenique blocked a shot on Drake's end, he turned a rebound into a three-point play.",
     "Echenique scored 11 points, grabbed 11 rebounds and blocked six shots against Drake.", ("a shot", "six"),
     "number.article-untied"),
])
def test_figures_of_two_things_are_held_back_by_their_rule(a, b, spans, rule):
    rep = report(a, b)
    assert not findings_of(rep, "number", "differs", "conflict")
    assert spans in held(rep, rule)


@pytest.mark.parametrize("a, b", [
    ("Police said the officer fired a shot at the car before it sped off on Tuesday.",
     "Police said the officer fired three shots at the car before it sped off on Tuesday."),
    ("She won a gold medal in the relay at the games.", "She won two gold medals in the relay at the games."),
    # and a thing that is no tally at all
    ("Comeaux is serving a life sentence for several charges.", "Comeaux is serving three life sentences for several charges."),
])
def test_one_against_a_count_outside_a_players_line_is_still_counted(a, b):
    assert any(v == "differs" for v, _, _ in findings_of(report(a, b), "number"))


def test_two_named_peoples_ages_left_over_are_not_tied():
    # whose age each is, the names say: Kafoury's 63 is not Lee's 51, though the other ages agree
    rep = report("He is charged in the death of Kafoury, 63, and the shootings of Riva, 47, and Steinberg, 48.",
                 "He is charged in the shootings of Riva, 47, of Sterling Heights, and Steinberg, 48, and Lee, 51.")
    assert not findings_of(rep, "number", "differs", "conflict")
    assert any(a == "63" for a, _ in held(rep, "number.age-of-another"))


@pytest.mark.parametrize("sentence, records", [
    ("Rahman (45-7-2, 36 KOs) fell into the title shot.", ["45-7-2"]),
    ("Rahman dropped to 45-7-2 after the loss.", ["45-7-2"]),
    ("The Colts (10-5-1) clinched a playoff berth.", ["10-5-1"]),
    ("Call 9-1-1 now if you see him.", []),                     # no word makes it a record
    ("The fire broke out on 12-25-08 at dawn.", []),            # a date
])
def test_a_record_of_three_figures_is_read(sentence, records):
    assert [q.text for q in extract_quantities(sentence) if q.unit == "record"] == records


@pytest.mark.parametrize("a, b, expected", [
    ("Rahman, who dropped to 45-7-2, lost in the seventh round on Saturday.",
     "Rahman, who fell to 45-7-1, lost in the seventh round on Saturday.", ("differs", "45-7-2", "45-7-1")),
    ("Rahman (45-7-2, 36 KOs) lost in the seventh round on Saturday.",
     "Rahman (45-7, 36 KOs) lost in the seventh round on Saturday.", ("compatible", "45-7-2", "45-7")),
    ("Rahman (45-7-2, 36 KOs) lost in the seventh round on Saturday.",
     "Rahman (45-7-2, 36 KOs) was stopped in the seventh round on Saturday.", ("agree", "45-7-2", "45-7-2")),
])
def test_records_of_three_figures_are_compared_with_their_draws(a, b, expected):
    assert expected in findings_of(report(a, b), "number")
