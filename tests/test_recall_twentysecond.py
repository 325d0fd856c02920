"""Work of the twenty-second session, through the pipeline, must-flag and must-not-flag: a
source whose role comes first and its name set off after it ("Her agent, Mark Roesler, said")
is read as one source, not as two (the verb is no source's after it: "said Page died"); a clause
after "according to X and" ends the source ("according to the Associated Press and was battled
by firefighters").

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.facts.attribution import extract_attributions
from factcheck.model import Sentence
from pairs import held, report


def sources(sentence: str) -> list[str]:
    return [a.source for a in extract_attributions(Sentence(0, sentence, 0, len(sentence), 0))]


@pytest.mark.parametrize("sentence, source", [
    ("Her agent, Mark Roesler, said Page died yesterday at a Los Angeles hospital.", "Her agent, Mark Roesler"),
    ("The team's spokesman, Tim Mead, said the offer still stood.", "The team's spokesman, Tim Mead"),
    ("His lawyer, Richard Fowler, told reporters the plea was entered on Monday.", "His lawyer, Richard Fowler"),
    ('The fire "was set at the entrance" according to the Associated Press and was battled by crews for hours.',
     "the Associated Press"),                                                                  # a clause after "and"
    ("The shop was closed on Sunday, said Mark Roesler.", "Mark Roesler"),                    # a source after the verb
    ("Page died on Thursday, her publicist, Ann Lee, said.", "her publicist, Ann Lee"),      # at the sentence's end
    ("According to police and fire officials, the blaze began at noon.", "police and fire officials"),
])
def test_a_role_then_a_name_is_one_source(sentence, source):
    assert sources(sentence) == [source]


@pytest.mark.parametrize("sentence", [
    "The next day, Tim Mead said the offer stood.",
    "The next day, Tim Mead, said the offer stood.",
    "The next day, Tim Mead said that the offer stood.",
    "The following morning, Seacom Ltd said the cable was fixed.",
    "The cable was cut, the next day, Ann Lee, said.",
])
def test_a_time_before_a_name_is_no_role(sentence):
    assert not any("next day" in s or "morning" in s for s in sources(sentence))


def test_a_named_source_against_a_described_one_is_shown():
    # the sources of one claim, one named ("Her agent, Mark Roesler"), one described ("her
    # official site"): compatible, worth a look; before, the verb's object read as a second
    # source ("Page died") left the sentence with two sources and no comparison
    rep = report("Her agent, Mark Roesler, said Page died Thursday at a Los Angeles hospital after a heart attack.",
                 "Page died Thursday at a hospital in Los Angeles after a heart attack, according to her official site.",
                 min_confidence=0)
    got = [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "attribution"]
    assert got == [("compatible", "Her agent, Mark Roesler", "her official site")]


def test_two_named_sources_of_one_claim_are_set_side_by_side():
    # "…, her publicist, Ann Lee, said." at the sentence's end is one source too
    rep = report("Her agent, Mark Roesler, said Page died Thursday at a Los Angeles hospital after a heart attack.",
                 "Page died Thursday at a hospital in Los Angeles after a heart attack, her publicist, Ann Lee, said.",
                 min_confidence=0)
    got = [(f.a.text, f.b.text) for f in rep.findings if f.kind == "attribution"]
    assert got == [("Her agent, Mark Roesler", "her publicist, Ann Lee")]
    assert held(rep, "source.described") == []


# --------------------------------------------------------------------------- a person's body of work

@pytest.mark.parametrize("sentence, names", [
    ("The fire damaged Alaska Gov. Sarah Palin's church in Wasilla.", ["Sarah Palin", "Wasilla"]),
    ("Investigators visited Palin's church on Monday.", ["Palin"]),
    ("Officers from Met police arrived at the scene.", ["Met police"]),          # a body's name
    ("Israel's army said it had returned fire.", ["Israel's army"]),             # a body a place has
    ("Worshippers left the Wasilla church at noon.", ["Wasilla church"]),
])
def test_a_possessive_before_a_generic_word_is_no_body(sentence, names):
    from factcheck.facts.entities import extract_entities
    got = [e.text for e in extract_entities(Sentence(0, sentence, 0, len(sentence), 0))]
    assert [g for g in got if g not in ("Officers", "Investigators", "Worshippers")] == names


def test_one_person_in_one_role_is_confirmed_beside_a_possessive():
    rep = report("Governor Palin stopped by the church this morning to apologize to an assistant pastor.",
                 "A fire caused more than $1 million in damage to Alaska Gov. Sarah Palin's church in Wasilla.",
                 min_confidence=0)
    got = [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "entity" and "Palin" in f.a.text]
    assert got == [("compatible", "Governor Palin", "Alaska Gov. Sarah Palin")]


@pytest.mark.parametrize("sentence, name", [
    ("Arcade Joseph Comeaux Jr. escaped on Monday.", "Arcade Joseph Comeaux Jr."),
    ("He works for Hewlett-Packard Co. in Ohio.", "Hewlett-Packard Co."),
    ("He met Smith Jr on Monday.", "Smith Jr"),                                  # no full stop to take
])
def test_a_suffix_keeps_its_full_stop(sentence, name):
    from factcheck.facts.entities import extract_entities
    assert name in [e.text for e in extract_entities(Sentence(0, sentence, 0, len(sentence), 0))]
