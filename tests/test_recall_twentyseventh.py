"""Work of the twenty-seventh session, must-flag and must-not-flag: one time told with the day
(or the year) on one side only agrees ("around 7 p.m." / "around 7 p.m. Wednesday"), as sure
whichever report is A, while a time told more precisely stays compatible ("March 2005" /
"March 11, 2005"); such an agreement does not state the other time exactly, so it hides no
clash of days.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.facts.dates import extract_times
from factcheck.judge.times import relate_times
from pairs import compare, findings_of, held


def _relate(a: str, b: str):
    (ta,), (tb,) = list(extract_times(a)), list(extract_times(b))
    return relate_times(ta, tb)


# --------------------------------------------------------------------------- one time, the day on one side

@pytest.mark.parametrize("a, b, verdict", [
    ("around 7 p.m.", "around 7 p.m. Wednesday", "agree"),      # the clock time both; the day one side
    ("at 8.49pm", "at 8.49pm on Friday", "agree"),
    ("in June", "in June 2005", "agree"),                        # the month both; the year one side
    ("on Sunday", "on Sunday, Aug. 4, 2013", "agree"),           # the day both; the date one side
    # told more precisely: a field finer than any the other states
    ("in March 2005", "on March 11, 2005", "compatible"),
    ("in 2005", "in June 2005", "compatible"),
    ("on Wednesday", "on Wednesday night", "compatible"),
    ("on Wednesday", "at 7 p.m. Wednesday", "compatible"),
    # two anchors: "last night" is not Thursday night without the report's date
    ("last night", "on Thursday night", "compatible"),
])
def test_a_time_told_with_its_day_on_one_side_agrees(a, b, verdict):
    for x, y in ((a, b), (b, a)):
        got = _relate(x, y)
        assert got is not None and got[0].value == verdict, (x, y, got)


def test_the_reason_names_what_one_side_adds():
    assert _relate("around 7 p.m.", "around 7 p.m. Wednesday")[1].endswith("one side giving the weekday too")
    assert _relate("in June", "in June 2005")[1].endswith("one side giving the year too")


def test_one_time_with_the_day_on_one_side_is_reported_as_an_agreement():
    a = "Woman killed\n\nA woman was struck by a car around 7 p.m. and died at the scene, police said.\n"
    b = "Woman killed\n\nA woman was struck by a car around 7 p.m. Wednesday and died at the scene, police said.\n"
    assert ("agree", "around 7 p.m.", "around 7 p.m. Wednesday") in findings_of(compare(a, b), "date")


def test_a_time_told_more_precisely_stays_compatible_in_a_report():
    a = "Gunman jailed\n\nThe gunman was convicted of the March 2005 rampage at the courthouse.\n"
    b = "Gunman jailed\n\nThe gunman was convicted of the rampage at the courthouse on March 11, 2005.\n"
    dates = findings_of(compare(a, b, min_confidence=0.0), "date")
    assert ("compatible", "March 2005", "March 11, 2005") in dates
    assert not [d for d in dates if d[0] == "agree"]


# --------------------------------------------------------------------------- what the agreement does not hide

def test_a_time_agreeing_without_its_day_does_not_hide_a_clash_of_days():
    # "7 p.m." agrees with "7 p.m. Wednesday" but does not state it exactly: A's "Tuesday night"
    # is still set against B's Wednesday
    a = ("Woman killed\n\nA woman was struck by a car Tuesday night. She was hit at 7 p.m. near the school, "
         "police said.\n")
    b = "Woman killed\n\nA woman was struck by a car at 7 p.m. Wednesday near the school, police said.\n"
    assert ("differs", "Tuesday night", "7 p.m. Wednesday") in findings_of(compare(a, b, min_confidence=0.0), "date")


def test_a_clash_beside_such_an_agreement_is_held_by_its_rule():
    a = "Woman killed\n\nA woman was struck by a car on Tuesday around 7 p.m., police said.\n"
    b = "Woman killed\n\nA woman was struck by a car around 7 p.m. Wednesday, police said.\n"
    assert ("Tuesday", "7 p.m. Wednesday") in held(compare(a, b, min_confidence=0.0), "date.several-times")


@pytest.mark.parametrize("a, b", [
    ("A woman was struck around 7:33 p.m. near the school.", "A woman was struck around 7:33 p.m. Wednesday near the school."),
    ("A woman was struck around 7 p.m. near the school.", "A woman was struck around 7 p.m. Wednesday near the school."),
    ("The vote was held on Sept. 25 in the capital.", "The vote was held on Sept. 25, 2023 in the capital."),
])
def test_such_an_agreement_is_as_sure_whichever_report_is_a(a, b):
    def sure(x, y):
        rep = compare(f"Vote\n\n{x}\n", f"Vote\n\n{y}\n", min_confidence=0.0)
        return sorted(round(f.confidence, 3) for f in rep.findings if f.kind == "date")
    assert sure(a, b) == sure(b, a) != []


def test_the_reason_names_the_field_as_written():
    # (the weekday a full date implies is not named: only the year was added)
    assert _relate("on Sept. 25", "on Sept. 25, 2023")[1].endswith("one side giving the year too")


def test_such_an_agreement_keeps_the_evidence_it_had_as_compatible():
    # one clock time both sides state, bounded or zoned alike: as much evidence as "compatible" gave (0.35)
    from factcheck.judge.dates import _value_evidence
    (x,), (y,) = list(extract_times("around 7 p.m.")), list(extract_times("around 7 p.m. Wednesday"))
    verdict = relate_times(x, y)[0]
    assert verdict.value == "agree" and _value_evidence(x, y, verdict) == _value_evidence(y, x, verdict) == 0.35


def test_a_finding_lowered_once_made_names_each_rule_once():
    # (a statement's detail may be nothing but the rules that lowered it: "lowered by …")
    from factcheck.judge.rules import lowered_by, lowered_finding
    from factcheck.model import Finding, Side, Verdict
    side = Side("A", 0, "shot him in the head", 0, 20)
    f = Finding("entity", Verdict.AGREE, side, side, "the same words", 0.8,
                lowered_by(["claim.other-words"]), ("claim.other-words",))
    g = lowered_finding(f, "claim.restated-elsewhere")
    assert g.lowered == ("claim.other-words", "claim.restated-elsewhere")
    assert g.detail == lowered_by(g.lowered) and g.detail.count("lowered by") == 1
    assert g.confidence == round(0.8 * 0.6 * 1.0, 3)
