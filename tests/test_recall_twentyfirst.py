"""Work of the twenty-first session, through the pipeline, must-flag and must-not-flag: a span
of time in one role ("four seasons as Director of Player Personnel") is no figure of a whole
career; a lawyer is an attorney ("Carter's attorney, Jane Holt" / "Carter lawyer Mark Weller").

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


# --------------------------------------------------------------------------- one role, two names for it

@pytest.mark.parametrize("b, spans", [
    ("Carter lawyer Mark Weller told the judge that Carter had checked into a clinic.",
     [("Carter's attorney, Jane Holt", "Carter lawyer Mark Weller")]),
    ("Carter's attorney, Mark Weller, told the judge that Carter had checked into a clinic.",
     [("Carter's attorney, Jane Holt", "Carter's attorney, Mark Weller")]),
    ("Carter lawyer Jane Holt told the judge that Carter had checked into a clinic.", []),     # one person
    ("Lopez lawyer Mark Weller told the judge that Carter had checked into a clinic.", []),    # another client's
])
def test_a_lawyer_is_an_attorney(b, spans):
    rep = report("Carter's attorney, Jane Holt, spoke out about the move.", b)
    assert [(f.a.text, f.b.text) for f in rep.findings if "two people in one role" in f.message] == spans


# --------------------------------------------------------------------------- one source credited by both

QUAKE = "According to the US Geological Survey, the quake struck at a depth of 10 kilometers in the north of the island."


@pytest.mark.parametrize("b, spans", [
    ("The epicentre was 55 kilometers from the port, according to data from the US Geological Survey.",
     [("the US Geological Survey", "the US Geological Survey")]),
    ("The epicentre was 55 kilometers from the port, the US Geological Survey said.",
     [("the US Geological Survey", "the US Geological Survey")]),
    ("The epicentre was 55 kilometers from the port, the European Seismological Centre said.", []),   # another source
])
def test_one_named_source_credited_in_aligned_sentences_is_an_agreement(b, spans):
    found = [(f.a.text, f.b.text) for f in report(QUAKE, b).findings if f.kind == "attribution" and f.verdict.value == "agree"]
    assert found == spans


@pytest.mark.parametrize("source", ["a police spokesman", "her publicist"])
def test_a_source_named_by_no_one_is_no_agreement(source):
    rep = report(f"The quake struck at a depth of 10 kilometers in the north of the island, {source} said.",
                 f"The epicentre was 55 kilometers from the port, {source} said.", min_confidence=0)
    assert [f for f in rep.findings if f.kind == "attribution"] == []


@pytest.mark.parametrize("sentence, source", [
    ("The epicentre was 55 kilometers from the port, according to data from the US Geological Survey.", "the US Geological Survey"),
    ("According to preliminary figures released by the Interior Ministry, 40 people died.", "the Interior Ministry"),
    ("According to a statement from Seacom, the cable was cut near Alexandria.", "Seacom"),
    ("According to the report, the cable was cut near Alexandria.", "the report"),
])
def test_what_a_source_published_credits_the_source(sentence, source):
    from factcheck.facts.attribution import extract_attributions
    from factcheck.model import Sentence
    assert [a.source for a in extract_attributions(Sentence(0, sentence, 0, len(sentence), 0))] == [source]
