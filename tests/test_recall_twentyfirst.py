"""Work of the twenty-first session, through the pipeline, must-flag and must-not-flag: a span
of time in one role ("four seasons as Director of Player Personnel") is no figure of a whole
career.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from pairs import findings_of, held, report


# --------------------------------------------------------------------------- a span in one role

def test_a_span_of_time_in_one_role_is_no_whole_career():
    rep = report("Before that, Smith spent four seasons as the club's director of player personnel.",
                 "Smith has spent 19 seasons with the club.")
    assert findings_of(rep, "number") == []
    assert held(rep, "number.different-scope") == [("four", "19")]


@pytest.mark.parametrize("four", [
    "Smith spent four seasons with the club.",
    "Smith spent four seasons as well at the club.",          # "as well" names no role
])
def test_two_spans_of_one_career_differ(four):
    found = findings_of(report(four, "Smith has spent 19 seasons with the club."), "number")
    assert [(a, b) for _, a, b in found] == [("four seasons", "19 seasons")]
