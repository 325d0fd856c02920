"""What the recall work added, through the pipeline, on real sentences: names in their roles,
results and records, durations, clock times, sources that agree or are compatible, names in
lower-cased text, facts matched outside aligned sentences; and the rules that hold candidates
back, each asserted by name (``--explain``).

Sentences are from ECB+ articles (``corpus/ecbplus``, CC BY 3.0, Cybulska & Vossen 2014; see
``tests/gold/README.md``), shortened where the rest does not matter.
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pairs import found, report

from factcheck.cli import main
from factcheck.facts.numbers import extract_quantities
from factcheck.judge.rules import RULES
from factcheck.model import Article
from factcheck.pipeline import Options, compare_articles
from factcheck.settings import Thresholds


def held(a: str, b: str, kind: str) -> list[tuple[str, str, str]]:
    return [(s.rule, s.a.text, s.b.text) for s in report(a, b).skipped if s.kind == kind and s.a and s.b]


# --------------------------------------------------------------------------- names in roles

def test_a_name_in_its_role_agrees_and_the_span_holds_the_role():
    # ECB+ 5: the coach both reports name
    got = found("Stephen A. Smith has reported that the Philadelphia 76ers have parted ways with coach Maurice Cheeks.",
                "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, dpa reported.", "entity")
    assert ("agree", "coach Maurice Cheeks", "coach Maurice Cheeks") in got


def test_an_office_before_a_name_is_its_role():
    # ECB+ 9: one office written two ways
    got = found("The rule was announced by Secretary of the Interior Dirk Kempthorne on Thursday.",
                "The rule was announced by Interior Secretary Dirk Kempthorne on Thursday.", "entity")
    assert ("compatible", "Secretary of the Interior Dirk Kempthorne", "Interior Secretary Dirk Kempthorne") in got


def test_two_roles_of_one_person_are_compatible_not_a_discrepancy():
    # a precision read: "co-founder" / "chief executive" of one man was a false alarm
    got = found("SeaMicro co-founder Andrew Feldman will run the new division at AMD.",
                "SeaMicro chief executive Andrew Feldman will run the new division at AMD.", "entity")
    assert [g[0] for g in got if "Feldman" in g[1]] == ["compatible"]


def test_a_name_with_an_initial_is_the_same_person():
    got = found("The passing of W. Mark Felt marks the end of an era.", "Mark Felt died on Thursday at 95.", "entity")
    assert ("agree", "W. Mark Felt", "Mark Felt") in got


def test_a_name_written_in_lower_case_is_found_from_the_other_report():
    got = found("The Indian Navy warship INS Sukanya foiled a pirate attack in the Gulf of Aden.",
                "the indian navy warship ins sukanya foiled a pirate attack in the gulf of aden.", "entity")
    assert ("agree", "INS Sukanya", "ins sukanya") in got and ("agree", "Gulf of Aden", "gulf of aden") in got


def test_swapped_words_of_a_name_are_not_one_name():
    # ECB+ 44: a product name with two words swapped
    got = found("HP will sell its Dynamic Smart Cooling technology to data centers.",
                "HP will sell its Smart Dynamic Cooling technology to data centers.", "entity")
    assert not [g for g in got if g[0] == "agree" and "Cooling" in g[1]]


# --------------------------------------------------------------------------- figures

@pytest.mark.parametrize("a, b, verdict", [
    # ECB+ 5: a team's record written the same way
    ("The 76ers have a record of 9-14 and had been expected to make the playoffs.",
     "The 76ers have opened 9-14 with eight losses in their last 10 games.", "agree"),
    # ECB+ 12: the same figure for pirates and for crewmen
    ("The navy apprehended 26 Somali pirates on Thursday.", "The navy detained 26 crewmen on Thursday.", "compatible"),
    # ECB+ 44: the same figure, one side saying "more than" it: a round figure told loosely
    ("EYP Mission, which has 350 employees, helps plan data centers.",
     "Headquartered in New York, with a technical staff of more than 350, it helps plan data centers.", "compatible"),
])
def test_figures_of_one_fact(a, b, verdict):
    """The verdict, whatever the confidence ("members" of what? lowers the last one)."""
    assert [g[0] for g in found(a, b, "number", min_confidence=0.0)][:1] == [verdict]


def test_a_bound_that_allows_the_other_figure_is_compatible():
    # a precision read: "at least four bombs" / "five bombs" was a false alarm
    got = found("At least four bombs were dropped on the camp on Thursday, officials said.",
                "Five bombs were dropped on the camp on Thursday, officials said.", "number")
    assert [g[0] for g in got] == ["compatible"]


def test_a_figure_of_an_earlier_event_is_held_back():
    # a precision read (ECB+ 20): the 2003 Bam quake's toll set against this quake's
    a = "Iranians are still haunted by the world's worst disaster in December 2003, in which 31,000 people were killed."
    b = "State television quoted the disaster center as saying 10 people were killed."
    assert not [g for g in found(a, b, "number") if g[0] in ("differs", "conflict")]
    assert {r for r, *_ in held(a, b, "number")} & {"number.background", "number.order-apart"}


def test_two_records_with_no_owner_on_both_sides_do_not_accuse():
    # ECB+ 5 must_not: this season's record and the coach's career record
    a = "The 76ers have a record of 9-14 this season."
    b = "Cheeks had a record of 122-147 over three-plus seasons in Philadelphia."
    assert not [g for g in found(a, b, "number") if g[0] in ("differs", "conflict")]
    assert {r for r, *_ in held(a, b, "number")} & {"number.another-game", "number.running-total"}


@pytest.mark.parametrize("text, value, unit, counts", [
    ("A week of violence in Greece", 1, "week", "violence"),
    ("sparked five days of rioting", 5, "day", "rioting"),
    ("in less than a month", 1, "month", None),
    ("a $2.6-million grant", 2.6e6, "USD", None),
    ("a 6.1-magnitude quake struck", 6.1, "magnitude", None),
    ("a technical staff of more than 350", 350, None, "staff"),
    ("26 crewmen", 26, None, "crewman"),
])
def test_parser_reads(text, value, unit, counts):
    q = next(q for q in extract_quantities(text) if q.value is not None)
    assert (q.value, q.unit, q.counts) == (value, unit, counts)


@pytest.mark.parametrize("text", ["once a week", "a year ago", "a day after the attack"])
def test_one_unit_is_no_duration_here(text):
    assert list(extract_quantities(text)) == []


# --------------------------------------------------------------------------- dates and times

def test_clock_times_agree():
    got = found("At 9.25 a.m., navy personnel aboard INS Sukanya spotted five boats.",
                "At 9.25 am, navy personnel aboard INS Sukanya spotted five boats.", "date")
    assert ("agree", "9.25 a.m.", "9.25 am") in got


def test_a_day_counted_from_an_unknown_date_is_compatible_and_says_why():
    r = report("The passing yesterday of W. Mark Felt, the Watergate source, marks the end of an era.",
               "W. Mark Felt, the Watergate source, died Thursday at the age of 95.", min_confidence=0.0)
    dates = [f for f in r.findings if f.kind == "date"]
    assert [(f.verdict.value, f.a.text, f.b.text) for f in dates] == [("compatible", "yesterday", "Thursday")]
    assert "cannot be checked without the publication date" in dates[0].message


# --------------------------------------------------------------------------- sources

def test_one_news_relayed_from_two_outlets_is_compatible():
    # ECB+ 5: the same news credited to Stephen A. Smith and to dpa; each outlet credits its own
    # source, which an editor wants to see but a precision read found no contradiction
    got = found("The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, Stephen A. Smith reported.",
                "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, dpa reported.", "attribution")
    assert ("compatible", "Stephen A. Smith reported", "dpa reported") in got


def test_two_sources_of_claims_with_different_figures_are_two_claims():
    # a precision read: Schiller (8 hours, January 2009) / Jobs (5 hours, October 2008)
    a = "The new MacBook Pro battery lasts eight hours on a charge, Phil Schiller said."
    b = "The new MacBook Pro battery lasts five hours on a charge, Steve Jobs said."
    assert not [g for g in found(a, b, "attribution") if g[0] == "differs"]
    assert "source.different-claims" in {r for r, *_ in held(a, b, "attribution")}


def test_a_named_source_and_its_description_are_compatible():
    got = found("The man was released on bail on Monday, said Sgt. Marty Earley.",
                "The man was released on bail on Monday, police said.", "attribution")
    assert [g[0] for g in got] == ["compatible"]


# --------------------------------------------------------------------------- confidence and explain

def test_a_fact_that_agrees_is_not_also_accused():
    a = "Police said 12 people were injured in the blast on Wednesday."
    b = "Police said 12 people were injured in the blast on Wednesday. Later, officials said 18 people were injured."
    r = report(a, b)
    across = [(f.verdict.value, f.b.text) for f in r.findings if f.kind == "number" and f.a.source == "A"]
    assert across == [("agree", "12 people")]


def test_min_confidence_moves_what_is_reported():
    a, b = "Fixit is a tool from Microsoft.", "A Fix-It tool is out."
    low = report(a, b, min_confidence=0.0)
    high = report(a, b, min_confidence=0.99)
    assert len(high.findings) < len(low.findings)
    assert {s.rule for s in high.skipped} >= {"below-min-confidence"}


def test_explain_lists_skips_in_json_and_table(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("News\n\nThe 76ers have a record of 9-14 this season.\n", encoding="utf-8")
    b.write_text("News\n\nCheeks had a record of 122-147 over three-plus seasons in Philadelphia.\n", encoding="utf-8")
    runner = CliRunner()
    plain = json.loads(runner.invoke(main, ["compare", str(a), str(b), "--format", "json"]).stdout)
    assert "skipped" not in plain and plain["format_version"] == 2
    data = json.loads(runner.invoke(main, ["compare", str(a), str(b), "--format", "json", "--explain"]).stdout)
    assert {s["rule"] for s in data["skipped"]} & {"number.another-game", "number.running-total"}
    assert all(set(s) == {"rule", "kind", "a", "b", "detail"} for s in data["skipped"])
    table = runner.invoke(main, ["compare", str(a), str(b), "--explain"]).stdout
    assert "Not compared or not reported" in table


def test_rules_command_explains_a_rule_and_refuses_an_unknown_one():
    runner = CliRunner()
    out = runner.invoke(main, ["rules", "number.background"])
    assert out.exit_code == 0 and out.stdout.startswith("number.background")
    bad = runner.invoke(main, ["rules", "no.such-rule"])
    assert bad.exit_code == 2 and "no such rule" in bad.stderr


def test_every_rule_named_in_the_code_is_registered():
    """A skip with a name that ``factcheck rules`` does not know would be unexplained."""
    names = set()
    for path in (Path(__file__).parent.parent / "factcheck" / "judge").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    re.fullmatch(r"(?:number|date|entity|source|negation)\.[a-z\-]+", node.value):
                names.add(node.value)
    assert names and names <= set(RULES), sorted(names - set(RULES))


def test_every_rule_that_lowers_a_confidence_has_one_factor_in_settings():
    """FACTORS (settings.py) holds how much each lowering rule lowers; a rule that says it
    lowers the confidence and has no factor there, or a factor of no rule, is a bug."""
    from factcheck.settings import FACTORS
    lowering = {name for name, text in RULES.items() if "lowers the confidence" in text}
    assert set(FACTORS) == lowering
    assert all(0 < f < 1 for f in FACTORS.values())


# --------------------------------------------------------------------------- opposite ways, a report against itself

def test_the_same_verb_with_opposite_ways_conflicts():
    # ECB+ 21: one report has her walking into the store, the other out of it
    got = found("LuAnn Marie Johnson, 66, of Burnsville, was walking into the store at 200 W. American Blvd.",
                "Johnson and her husband were walking out of the store about 7 p.m.", "negation")
    assert got == [("conflict", "walking into", "walking out of")]


def test_opposite_ways_of_different_subjects_do_not():
    a, b = "Prices went up sharply on Monday.", "Shares went down sharply on Monday."
    assert found(a, b, "negation") == []
    assert [r for r, *_ in held(a, b, "negation")] == ["negation.different-subject"]


def test_a_report_that_gives_two_durations_of_one_event_differs_with_itself():
    # ECB+ 19: "five days of rioting" in the lead, "four days of riots" later in the same report
    r = report("Police fired teargas at youths outside parliament.",
               "The boy's killing by police sparked five days of rioting across Greece. Police fired teargas at youths "
               "outside parliament. The youths smashed windows newly replaced after four days of the worst riots.",
               min_confidence=0.0)
    assert [(f.verdict.value, f.a.text, f.b.text) for f in r.findings if f.a.source == f.b.source == "B"] == [
        ("differs", "five days of rioting", "four days of the worst riots")]


# --------------------------------------------------------------------------- precision read 2

def test_figures_of_a_supposition_are_held_back():
    # two examples of one article: "if an application needs two servers … 10 servers"
    a = "If a data center runs two servers for each customer, the SeaMicro box saves power, the company said."
    b = "If a data center runs 10 servers for each customer, the SeaMicro box saves power, the company said."
    assert not [g for g in found(a, b, "number", min_confidence=0.0) if g[0] in ("differs", "conflict")]
    assert "number.hypothetical" in {r for r, *_ in held(a, b, "number")}


def test_the_same_figure_hedged_is_compatible():
    # "almost 400" / "400" stories: the same round figure
    got = found("Woodward and Bernstein wrote almost 400 stories about Watergate.",
                "Woodward and Bernstein wrote 400 stories about Watergate.", "number", min_confidence=0.0)
    assert [g[0] for g in got] == ["compatible"]


def test_a_year_and_a_weekday_clash_only_through_publication_dates():
    # "2011" (the killing) / "Wednesday" (the trial's first day) in reports dated a year apart
    a = Article("a.txt", "Trial opens\nMarch 14, 2012\n\nThe teenager was shot dead outside the Albany school gates "
                         "in 2011 after a fight over a bicycle, police said.\n")
    b = Article("b.txt", "Trial opens\nMarch 14, 2012\n\nThe teenager was shot dead outside the Albany school gates "
                         "on Wednesday after a fight over a bicycle, police said.\n")
    r = compare_articles(a, b, options=Options(thresholds=Thresholds(min_confidence=0.0)))
    assert not [f for f in r.findings if f.kind == "date" and f.verdict.value in ("differs", "conflict")]
    assert "date.only-publication-dates" in {s.rule for s in r.skipped}


def test_a_misspelled_name_is_flagged_once():
    a = "Teixiera hit 13 home runs for the Angels."
    b = "Teixeira hit 13 home runs for the Angels. Teixeira will be a free agent. Teixeira declined to comment."
    got = [g for g in found(a, b, "entity") if g[0] == "differs"]
    assert len(got) == 1
