"""Work of the twenty-sixth session, through the pipeline, must-flag and must-not-flag: a time
is not set against a partner that another time of its side states exactly ("In 2002, she became
president …" and "… elected to the board in 1995" against "in 1995 she was elected to the
board"), unless that time is a schedule or of another event; a time told of one of several
events of a kind ("The first quake … struck at 4:43 a.m.") against the story's event's time is
held below the default confidence; a place is shown with the region both reports write after
it ("Bountiful, British Columbia", "Fort Smith, Ark."), never a person, a title or a list.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.model import Verdict
from factcheck.settings import Thresholds
from pairs import compare, findings_of, found


# --------------------------------------------------------------------------- agreements pair first

DOCTOR_B = ("Doctor honoured\n\n"
            "In 1995 she was elected to the national medical association's board of trustees, making her the "
            "first black woman on the board.\n")


def test_a_time_agreeing_with_a_restatement_is_not_set_against_another_time():
    a = ("Doctor honoured\n\n"
         "In 2002, she became president of the state medical association, making her the first black woman "
         "on the board.\n\n"
         "She was elected to the national medical association's board of trustees in 1995, making her the "
         "first black woman on the board.\n")
    rep = compare(a, DOCTOR_B, min_confidence=0.0)
    dates = findings_of(rep, "date")
    assert ("agree", "1995", "1995") in dates
    assert not [d for d in dates if d[0] in ("differs", "conflict")]


@pytest.mark.parametrize("a, b, pair", [
    # a vaguer time of another event that fits the partner does not take it from the clash
    ("Police arrested Jeffrey Lee in Denver on Friday, a day after he was questioned about the shooting "
     "on Thursday night.", "Police arrested Jeffrey Lee in Denver on Thursday.", ("Friday", "Thursday")),
    ("Lee was fired by the company on March 6, 2012, after he joined it in 2012.",
     "Lee was fired by the company on March 5, 2012.", ("March 6, 2012", "March 5, 2012")),
    # nor an exact time of another event, nor a schedule
    ("Police arrested Jeffrey Lee in Denver on Friday, a day after he was questioned about the shooting "
     "on Thursday.", "Police arrested Jeffrey Lee in Denver on Thursday.", ("Friday", "Thursday")),
    ("Lee, who attends meetings every Thursday, was arrested on Friday.", "Lee was arrested on Thursday.",
     ("Friday", "Thursday")),
])
def test_a_time_only_fitting_the_partner_does_not_hide_a_clash(a, b, pair):
    rep = compare("Arrest\n\n" + a + "\n", "Arrest\n\n" + b + "\n", min_confidence=0.0)
    assert [(d[1], d[2]) for d in findings_of(rep, "date", "differs", "conflict")] == [pair]


# --------------------------------------------------------------------------- one of several events

QUAKE_A = ("Quake hits Papua\n\n"
           "A magnitude 6.1 earthquake struck off the coast of Papua at 7:48 a.m. local time, the U.S. "
           "Geological Survey said.\n")


@pytest.mark.parametrize("b", [
    "The first quake, magnitude 7.6, struck off the coast of Papua at 4:43 a.m. local time, the U.S. "
    "Geological Survey said.",
    "Another strong quake struck off the coast of Papua at 4:43 a.m. local time, the U.S. Geological Survey said.",
    "The first 7.6-magnitude quake struck off the coast of Papua at 4:43 a.m. local time, the U.S. "
    "Geological Survey said.",
    # the event noun right before its verb ("The first bombing killed")
    "The first bombing killed 12 people off the coast of Papua at 4:43 a.m. local time, the U.S. "
    "Geological Survey said.",
])
def test_a_time_of_one_of_several_quakes_is_held_below_the_default(b):
    rep = compare(QUAKE_A, "Quakes rock Papua\n\n" + b + "\n", min_confidence=0.0)
    got = [f for f in rep.findings if f.kind == "date" and f.verdict.rank >= Verdict.DIFFERS.rank]
    assert [(f.a.text, f.b.text) for f in got] == [("7:48 a.m. local time", "4:43 a.m. local time")]
    assert "date.one-of-several" in got[0].lowered
    assert got[0].confidence < Thresholds().min_confidence


@pytest.mark.parametrize("a, b", [
    # an adverb, a first person in a role, a sequence word across a comma: no event of several
    ("Lee was taken to hospital, where she later died on Friday.", "Lee was taken to hospital and died there on Thursday."),
    ("Smith, who was the first woman appointed to the court, was sworn in on Monday.", "Smith was sworn in on Tuesday."),
    ("Hours after the first blast, police arrested Jeffrey Lee in Denver on Friday.",
     "Police arrested Jeffrey Lee in Denver on Thursday."),
    # an irregular verb is a deed too: "the first person shot"
    ("Police said the first person shot on Monday was a guard at the plant.",
     "Officers said a guard at the plant was shot on Tuesday."),
    # a sequence word with no determiner is an adverb: "first shot" is what he did first
    ("The guard said the man first shot at him at 9:15 p.m. on Thursday.",
     "According to police, the gunman opened fire on the guard at 9:45 p.m. on Thursday."),
])
def test_a_sequence_word_that_names_no_event_of_several_lowers_nothing(a, b):
    rep = compare("News\n\n" + a + "\n", "News\n\n" + b + "\n", min_confidence=0.0)
    got = [f for f in rep.findings if f.kind == "date" and f.verdict.rank >= Verdict.DIFFERS.rank]
    assert len(got) == 1 and "date.one-of-several" not in got[0].lowered


def test_two_times_of_the_same_one_of_several_quakes_are_not_lowered():
    # (worded apart, so that no one-value edit of one sentence ties them instead)
    a = ("Quakes rock Papua\n\n"
         "The first quake struck off the coast of Papua at 4:48 a.m. local time, the U.S. Geological "
         "Survey said.\n")
    b = ("Quakes rock Papua\n\n"
         "The first quake, measured by the U.S. Geological Survey, hit the Papua coast at 4:43 a.m. local time.\n")
    got = [f for f in compare(a, b).findings if f.kind == "date" and f.verdict.rank >= Verdict.DIFFERS.rank]
    assert [(f.a.text, f.b.text) for f in got] == [("4:48 a.m. local time", "4:43 a.m. local time")]
    assert "date.one-of-several" not in got[0].lowered


def test_a_run_of_event_words_names_one_event():
    # "The first quake, a magnitude 7.6 tremor, struck": the run goes back to "quake"
    b = ("Quakes rock Papua\n\n"
         "The first quake, a magnitude 7.6 tremor, struck off the coast of Papua at 4:43 a.m. local time, "
         "the U.S. Geological Survey said.\n")
    got = [f for f in compare(QUAKE_A, b, min_confidence=0.0).findings
           if f.kind == "date" and f.verdict.rank >= Verdict.DIFFERS.rank]
    assert [f.lowered for f in got] == [("date.one-of-several",)]


# --------------------------------------------------------------------------- a place with its region

@pytest.mark.parametrize("a, b, expected", [
    # a name written twice in one sentence is shown where both reports write the region after it
    ("Police raided the religious community in Bountiful, British Columbia.",
     "Winston Blackmore, the Bishop of Bountiful, runs a sect of about 400 in Bountiful, British Columbia.",
     ("agree", "Bountiful, British Columbia", "Bountiful, British Columbia")),
    # a region's abbreviation keeps its stop
    ("A jury convicted Christopher Simpson, 27, of Fort Smith, Ark. on Thursday.",
     "Christopher Simpson, 27, of Fort Smith, Ark. was convicted on Thursday.",
     ("agree", "Fort Smith, Ark.", "Fort Smith, Ark.")),
    # and a place before a region's abbreviation is a place, whatever stands before it
    ("His body was found by a maid in his hotel room in Biloxi, Miss.",
     "LaRue was found dead in his room at a Biloxi, Miss., motel, it was reported.",
     ("agree", "Biloxi, Miss.", "Biloxi, Miss.")),
])
def test_a_place_is_shown_with_the_region_both_reports_write_after_it(a, b, expected):
    assert expected in found(a, b, "entity")


@pytest.mark.parametrize("a, b, expected", [
    # a name after a comma that goes on with a verb is a person, not a region
    ("Protesters gathered in Paris, Hilton said on Monday.", "Protesters gathered in Paris, Hilton said on Tuesday.",
     ("agree", "Paris", "Paris")),
    # a country named inside a longer name is not another mention of it
    ("Refugees fled Sudan for camps in South Sudan, aid workers said.",
     "Thousands fled Sudan this year for camps in South Sudan.",
     ("agree", "Sudan", "Sudan")),
    # nor one where the reports go on differently after it, a title, a person in apposition
    ("Troops arrived in Washington, Obama announced on Monday.", "Troops arrived in Washington, Obama said on Tuesday.",
     ("agree", "Washington", "Washington")),
    ("In California, Gov. Arnold Schwarzenegger declared an emergency on Monday.",
     "In California, Gov. Arnold Schwarzenegger declared an emergency late Monday.",
     ("agree", "California", "California")),
    ("The chief executive of Apple, Tim Cook, said the phone sold well.",
     "The chief executive of Apple, Tim Cook, said sales rose.", ("agree", "Apple", "Apple")),
])
def test_what_a_place_is_not_widened_over(a, b, expected):
    got = found(a, b, "entity")
    assert expected in got
    assert not [g for g in got if g[1] in ("Paris, Hilton", "Washington, Obama", "California, Gov.", "Apple, Tim Cook")]


def test_two_findings_of_one_place_written_twice_are_not_shown_at_one_mention():
    a = "The mayor of Springfield, Joe Quimby, said the plant in Springfield, Ill., would close."
    b = "The plant in Springfield, Ill., would close, the mayor of Springfield, Joe Quimby, said."
    got = [g for g in found(a, b, "entity") if g[1].startswith("Springfield")]
    assert ("agree", "Springfield, Ill.", "Springfield, Ill.") in got
    assert len(got) == len(set(got))


# --------------------------------------------------------------------------- the helpers, on one sentence

def _doc(text: str):
    from factcheck.facts.dates import extract_times
    from factcheck.judge.doc import Doc
    from factcheck.model import Sentence
    return Doc("A", (Sentence(0, text, 0, len(text), 0),), (tuple(extract_times(text)),), (None,))


@pytest.mark.parametrize("text, word", [
    ("The earlier gunfire was heard at 9:15 p.m. near the plant.", "earlier"),
    ("Witnesses said earlier gunfire was heard at 9:15 p.m. near the plant.", None),     # no determiner
    ("The first quake, magnitude 7.6, struck at 4:43 a.m. local time.", "first"),
])
def test_one_of_several_needs_a_determiner_before_the_sequence_word(text, word):
    from factcheck.judge.events import one_of_several
    from factcheck.model import TimeFact
    doc = _doc(text)
    (time,) = doc.of(0, TimeFact)
    assert one_of_several(doc, 0, time) == word


def test_a_place_inside_a_longer_name_is_no_other_mention():
    from factcheck.judge.shared_words import _mentions
    from factcheck.judge.doc import span_side
    text = "Aid workers in Sudan said refugees reached South Sudan and Sudan in July."
    doc = _doc(text)
    first = span_side(doc, 0, text.index("Sudan"), text.index("Sudan") + 5)
    assert [m.start for m in _mentions(doc, first, doc.sentences[0])] == [text.index("Sudan"), text.rindex("Sudan")]


def test_a_quote_restated_pairs_once_by_its_rule():
    a = '"We will rebuild the school before winter," the mayor said. "We will rebuild the school," she added.'
    b = '"We will rebuild the school before winter," the mayor said.'
    rep = compare("News\n\n" + a + "\n", "News\n\n" + b + "\n", min_confidence=0.0)
    assert [(f.verdict.value, f.a.text) for f in rep.findings if f.kind == "quote"] == \
        [("agree", "We will rebuild the school before winter,")]
    assert [s for s in rep.skipped if s.rule == "quote.restated"]
