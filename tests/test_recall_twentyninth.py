"""Work of the twenty-ninth session, must-flag and must-not-flag: a clock time each report gives
once for its story ("shortly after 3 p.m." / "at about 3 p.m.") is one moment wherever the two
sentences stand, and "shortly before 9pm" holds "8.49pm".

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.facts.dates import extract_times
from factcheck.judge.times import relate_times
from pairs import compare, findings_of

_A = ("Fire at depot\n\nA fire destroyed a timber depot in Leeds on Friday, leaving dozens of workers without jobs.\n\n"
      "Neighbours said they first saw smoke {a} and ran to warn the night staff.\n")
_B = ("Depot blaze\n\nFirefighters spent the night at a timber yard in Leeds after a blaze on Friday.\n\n"
      "The alarm was raised {b}, a fire service spokesman said, and six engines were sent.\n")


def _clock_pairs(a: str, b: str, **thresholds) -> list[tuple[str, str, str]]:
    rep = compare(_A.format(a=a), _B.format(b=b), **thresholds)
    return [f for f in findings_of(rep, "date") if "p.m." in f[1] or "pm" in f[1]]


@pytest.mark.parametrize("a, b", [
    ("shortly after 3 p.m.", "at about 3 p.m."),
    ("shortly after 3 p.m.", "at about 3:10 p.m."),
    ("at about 9:30 p.m.", "at approximately 9:27 p.m."),
    ("shortly before 9pm", "at 8.49pm"),
])
def test_one_clock_time_in_each_report_is_one_moment(a, b):
    pairs = _clock_pairs(a, b)
    assert pairs and pairs[0][0] in ("agree", "compatible"), _clock_pairs(a, b, min_confidence=0.0)


@pytest.mark.parametrize("a, b", [
    # half an hour apart as written: two moments of a story as often as one
    ("shortly after 3 p.m.", "at about 3:30 p.m."),
    ("shortly before 2 p.m.", "at 1:35 p.m."),
    # a deadline is no moment of the story
    ("until 3 p.m.", "at about 3 p.m."),
])
def test_clock_times_apart_or_bounding_are_not_tied(a, b):
    assert not _clock_pairs(a, b)


def _tied(a: str, b: str) -> bool:
    """Are the two reports' clock times tied as one moment (``dates.one_clock_time``)?"""
    from factcheck.judge.dates import one_clock_time
    from factcheck.judge.doc import Doc
    from factcheck.load import Article
    from factcheck.model import TimeFact
    from factcheck.pipeline import analyse
    from factcheck.settings import Thresholds
    docs = []
    for name, text in (("A", a), ("B", b)):
        an = analyse(Article(f"{name}.txt", text))
        docs.append(Doc(name, an.sentences, an.facts, an.claimants, an.published))
    clocks = [[(k, f) for k in range(len(d.sentences)) for f in d.of(k, TimeFact) if f.hour is not None] for d in docs]
    return any(one_clock_time(docs[0], i, x, docs[1], j, y, Thresholds()) for i, x in clocks[0] for j, y in clocks[1])


@pytest.mark.parametrize("a, b", [
    # each report's only moment, but A's clause is about a crash and B's about engines arriving
    ("The crash happened at 3:50 p.m. on the motorway.", "Fire engines arrived at about 4 p.m., witnesses said."),
    # a time to come
    ("Detectives will brief reporters at 11 a.m. on their inquiry into the cause of the blaze.",
     "The alarm was raised shortly after 11 a.m., a spokesman for the county's fire service said."),
    # a time to come, said after the time
    ("At 11:05 a.m. detectives will brief reporters on their inquiry into the cause of the blaze.",
     "The alarm was raised shortly after 11 a.m., a spokesman for the county's fire service said."),
    # two time zones as written
    ("The blast happened at 2 p.m. GMT near the market.", "Witnesses said the blast came at about 2:10 p.m."),
])
def test_clock_times_of_two_moments_are_not_tied(a, b):
    head = "Blaze at the depot\n\nA fire destroyed a timber depot in Leeds on Friday.\n\n"
    assert not _tied(head + a + "\n", head + b + "\n")


def test_a_report_that_gives_two_moments_ties_neither():
    a = _A.format(a="at 2:40 p.m.") + "\nThe first engines arrived at about 3 p.m., the owner said.\n"
    assert not _tied(a, _B.format(b="at 2:55 p.m."))


def test_a_clock_time_two_of_a_report_agree_with_is_not_tied():
    a = _A.format(a="shortly after 3 p.m.") + "\nThe first engine arrived at 3:05 p.m., the owner said.\n"
    assert not [f for f in findings_of(compare(a, _B.format(b="at about 3 p.m.")), "date") if "p.m." in f[1]]


@pytest.mark.parametrize("text, verdict", [
    ("shortly before 9pm on Friday and at 8.49pm on Friday", "compatible"),
    ("shortly before 1 a.m. and at 12:40 a.m.", "compatible"),
    ("shortly before 5 p.m. and at 4:45 p.m.", "compatible"),
    ("shortly before 9pm and at about 9.05pm", "compatible"),
    ("by 9pm and at 8.49pm", "compatible"),
    ("by 9pm and at 9.45pm", None),
    # past the bound, or more than half an hour before it
    ("shortly before 9pm and at 9.10pm", None),
    ("shortly before 9pm and at 8.10pm", None),
])
def test_a_time_before_a_bound_is_within_it(text, verdict):
    x, y = list(extract_times(text))[:2]
    for u, v in ((x, y), (y, x)):
        rel = relate_times(u, v)
        assert (rel[0].value if rel else None) == verdict


# --------------------------------------------------------------------------- a quote over lines

def _speakers(text: str) -> dict[str, str]:
    from factcheck.load import Article
    from factcheck.model import Quote
    from factcheck.pipeline import analyse
    an = analyse(Article("a.txt", text))
    return {q.content[:20]: q.speaker for fs in an.facts for q in fs if isinstance(q, Quote)}


_LINES = ("Coach names new captain\n\nCoach Ann Lee named the new captain on Monday.\n"
          "Lee added: \"We talked about it for a long time.\n"
          "I knew she was ready.\n"
          "{mark}She will lead this team for years to come.\"\n")


def test_a_quote_no_mark_closed_goes_on_with_its_speaker_past_its_lines():
    assert _speakers(_LINES.format(mark='"'))["She will lead this t"] == "Lee"


def test_a_closed_quote_lends_no_speaker_past_a_line_of_narrative():
    text = _LINES.replace("a long time.\n", "a long time.\"\n")
    text = text.replace("I knew she was ready.", "The club said nothing.")
    assert _speakers(text.format(mark='"')).get("She will lead this t") is None


def test_a_line_with_quote_marks_ends_the_open_quote():
    text = _LINES.replace("I knew she was ready.", "A sign on the door read \"Closed\".")
    assert _speakers(text.format(mark='"')).get("She will lead this t") is None


def test_a_line_of_narrative_ends_the_open_quote():
    text = _LINES.replace("I knew she was ready.", "The club closed its training ground for the day.")
    assert _speakers(text.format(mark='"')).get("She will lead this t") is None


def test_a_quote_closed_by_a_single_mark_lends_no_speaker():
    text = ("Library to close\n\nCouncil leader John Smith said the decision was \u2018a disgrace\u2019 and we agree.\n"
            "We were told the council voted 30-12 on Tuesday to close it.\n"
            "\u201cIt is the heart of our village.\u201d That was how one resident described the library.\n")
    assert _speakers(text).get("It is the heart of o") is None


def test_an_open_quote_runs_over_a_few_lines_only():
    text = _LINES.replace("I knew she was ready.", "I knew she was ready.\nWe all did.\nMy staff said so too.")
    assert _speakers(text.format(mark='"')).get("She will lead this t") is None


# --------------------------------------------------------------------------- positions of a series
# (two positions told in close sentences with a word in common were set against each other this
# session and withdrawn after review: knockdowns in two rounds, a second and a third gold medal)

def test_two_positions_of_a_series_stay_apart():
    from pairs import held, report
    a = "The challenger went down in the fifth round after a big right hand from the champion."
    b = "The champion finally stopped the challenger in the sixth round in front of 25,000 fans."
    rep = report(a, b, min_confidence=0.0)
    assert not [f for f in rep.findings if f.kind == "number" and "round" in f.a.text]
    assert ("fifth", "sixth") in held(rep, "number.positions")


@pytest.mark.parametrize("a, b", [
    ("Jones was knocked down in the fifth round by a left hook from Smith.",
     "Smith knocked Jones down again in the sixth round with a left hook."),
    ("Phelps won his second gold medal of the Games in the 200m freestyle.",
     "Phelps took his third gold medal of the Games in the 200m butterfly on Tuesday."),
])
def test_two_positions_of_a_series_told_alike_stay_apart(a, b):
    from pairs import report
    rep = report(a, b)
    assert not [f for f in rep.findings if f.kind == "number" and f.verdict.value in ("differs", "conflict")]


def test_two_positions_with_nothing_in_common_next_to_them_stay_apart():
    from pairs import held, report
    a = "Last season, Philadelphia rallied from an 18-30 start and lost in the first round to Detroit."
    b = ("Last season Philadelphia rallied from an 18-30 start to the playoffs, "
         "then won in the second round against Boston.")
    rep = report(a, b, min_confidence=0.0)
    assert not [f for f in rep.findings if f.kind == "number" and f.a.text == "first round"]
    assert ("first", "second") in held(rep, "number.positions")


def test_a_line_naming_the_us_is_no_line_of_speech():
    text = _LINES.replace("I knew she was ready.", "The US team had asked about her.")
    assert _speakers(text.format(mark='"')).get("She will lead this t") is None


def test_the_model_classes_load_on_first_use_and_stay_listed():
    import typing

    import factcheck
    assert {"Report", "Finding", "Verdict"} <= set(dir(factcheck))
    assert factcheck.Report is __import__("factcheck.model", fromlist=["Report"]).Report
    assert typing.get_type_hints(factcheck.render)["report"] is factcheck.Report
