"""Work of the twenty-second session, through the pipeline, must-flag and must-not-flag: a
source whose role comes first and its name set off after it ("Her agent, Mark Roesler, said")
is the name, and the verb's object is no second source ("said Page died"); a clause after
"according to X and" ends the source; a source set off inside a sentence, after an opening
phrase, with a time after its verb; a tally is no claim; a person's possessive before a generic
word ("Sarah Palin's church") names the person; a suffix keeps its full stop.

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
    ("Her agent, Mark Roesler, said Page died yesterday at a Los Angeles hospital.", "Mark Roesler"),
    ("The team's spokesman, Tim Mead, said the offer still stood.", "Tim Mead"),
    ("His lawyer, Richard Fowler, told reporters the plea was entered on Monday.", "Richard Fowler"),
    ("Her spokesman, Sgt. John Smith, said Page died.", "Sgt. John Smith"),                 # an abbreviation in the name
    ("Her agent, Roesler, said Page died.", "Roesler"),                                     # one word
    ("Police spokeswoman, Mary Smith, said Page died.", "Mary Smith"),                      # no article
    ('The fire "was set at the entrance" according to the Associated Press and was battled by crews for hours.',
     "the Associated Press"),                                                              # a clause after "and"
    ("Page died on Thursday, her publicist, Ann Lee, said.", "Ann Lee"),                    # at the sentence's end
    ("Page died, her publicist, Ann Lee, said Friday.", "Ann Lee"),                         # a day after the verb
    ("Page died, her publicist, Ann Lee, said in a statement.", "Ann Lee"),
    ("'Reid has checked into the clinic, 'her rep says in a statement.", "her rep"),         # a quote mark before it
    ("\u201cWe are devastated,\u201d her agent, Mark Roesler, said.", "Mark Roesler"),        # after a quote
    ("The streak will stand, said Cal Ripken Jr.", "Cal Ripken Jr."),                      # a suffix's full stop
])
def test_a_role_then_a_name_is_one_source(sentence, source):
    assert sources(sentence) == [source]


@pytest.mark.parametrize("sentence, source", [
    ("The flight was diverted at the request of the FBI, said Tom Lee.", ["the FBI", "Tom Lee"]),   # a request's source
    ("The review was ordered by Gov. Sarah Palin, said spokesman Bill McAllister.",
     ["Gov. Sarah Palin", "spokesman Bill McAllister"]),
])
def test_a_source_after_another_source_of_another_kind_is_kept(sentence, source):
    assert sources(sentence) == source


def test_the_verb_of_a_set_off_source_is_kept():
    # "reported" relays; read through the comma after the name
    got = [(a.cue, a.source) for a in extract_attributions(Sentence(0, _PAPER, 0, len(_PAPER), 0))]
    assert got == [("reported", "Anchorage Daily News")]


_PAPER = "The local paper, Anchorage Daily News, reported the fire caused $1 million in damage."


@pytest.mark.parametrize("sentence", [
    "The nation's leading scorer, Stephen Curry, posted a game-high 29 points.",             # a tally
    "The team's center, Dwight Howard, added 20 points.",
    "Lawson, a senior guard, added 16 points and eight rebounds.",
    "The next day, Tim Mead, told reporters the offer stood.",                              # a time, no role
    "The following morning, Ann Lee, said that the cable was fixed.",
    "The cable was cut, the next day, Ann Lee, said.",
    "The mayor, however, said the plan failed.",                                            # the verb's object
    '"I just told him to go," she said.',                                                   # the quote stage's
    "Rob Jones, Felt's grandson, said his grandfather died on Thursday.",
])
def test_no_set_off_source(sentence):
    assert sources(sentence) == []


@pytest.mark.parametrize("pad", [" " * 4000, " " * 4000 + "x"])
def test_a_run_of_spaces_after_a_comma_is_no_source(pad):
    # (read one way only: a source opens on a word; this input once took seconds)
    assert sources("Aa," + pad + "said") == []


_AGENT = "Her agent, Mark Roesler, said Page died Thursday at a Los Angeles hospital after a heart attack."


@pytest.mark.parametrize("b, found", [
    # one named, one described: compatible, worth a look (before, the verb's object read as a
    # second source, "Page died", left the sentence with two sources and no comparison)
    ("Page died Thursday at a hospital in Los Angeles after a heart attack, according to her official site.",
     ("compatible", "Mark Roesler", "her official site")),
    # "…, her publicist, Ann Lee, said." at the sentence's end is one source too: two named sources
    ("Page died Thursday at a hospital in Los Angeles after a heart attack, her publicist, Ann Lee, said.",
     ("differs", "Mark Roesler", "Ann Lee")),
])
def test_the_sources_of_one_claim_are_set_side_by_side(b, found):
    rep = report(_AGENT, b, min_confidence=0)
    assert [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "attribution"] == [found]
    assert held(rep, "source.described") == []


# --------------------------------------------------------------------------- a person's body of work

@pytest.mark.parametrize("sentence, names", [
    ("The fire damaged Alaska Gov. Sarah Palin's church in Wasilla.", ["Sarah Palin", "Wasilla"]),
    ("Investigators visited Palin's church on Monday.", ["Palin"]),
    ("Officers from Met police arrived at the scene.", ["Met police"]),          # a body's name
    ("Israel's army said it had returned fire.", ["Israel's army"]),             # a body a place has
    ("The City Attorney's office said it would appeal.", ["City Attorney's office"]),    # a body a role has
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


# --------------------------------------------------------------------------- more places a source stands

@pytest.mark.parametrize("sentence, source", [
    ("Two climbers have fallen to their deaths in New Zealand, police confirmed today.", "police"),   # a time after the verb
    ("A corridor will open into Gaza, premier Ehud Olmert's office said last night.", "premier Ehud Olmert's office"),
    ("Police said two plainclothes officers had been on patrol.", "Police"),                  # a figure after "said"
    ("The ministry says three Internet cables were cut off Sicily.", "The ministry"),
    ("Speaking to The Guardian, Buchan said his old co-star would make an excellent Doctor.", "Buchan"),
    ("Outside court, Fowler said Kirkpatrick is not doing very well.", "Fowler"),
    ("But, the witness says, she returned minutes later with a gun.", "the witness"),         # set off inside
    ("The bomb did not explode, Boyette said, citing aid workers at the camp.", "Boyette"),
    ("King, 39, a records clerk at Kings County Hospital, said she gave an interview.", "King"),   # an age between
    ("King, 39, a records clerk, said the police lied.", "King"),                             # the object no source
    ("King, 39, a records clerk, said police shot the boy.", "King"),
    ("Another provincial official, Ghasem Karami, told The Associated Press that few died.", "Ghasem Karami"),
    ("Ellen DeGeneres just announced that she will host the Oscars.", "Ellen DeGeneres"),     # an adverb trimmed
    ("More grain is needed, and the UN said the crossing should be reopened.", "the UN"),      # a second clause's
    ("The Saints won, and coach Sean Payton said the team was ready.", "coach Sean Payton"),
])
def test_more_places_a_source_stands(sentence, source):
    assert sources(sentence) == [source]


@pytest.mark.parametrize("sentence", [
    "Lawson added 16 points and eight rebounds.",                                              # a game's tally
    "After the break, Smith posted 20 points.",
    "Smith added another 12 points in the second half.",
    "The Lakers won, and Kobe Bryant added 30 points.",
])
def test_a_tally_is_no_claim(sentence):
    assert sources(sentence) == []


# --------------------------------------------------------------------------- a figure tied only by being counted once

_RECOVERED = "The navy recovered seven assault rifles, three speedboats, grenades and other ammunition on Tuesday."


def test_figures_tied_only_by_being_counted_once_are_held_below_the_default():
    rep = report(_RECOVERED, "Two speedboats suspected to be carrying more pirates were approaching the ship.")
    assert [f for f in rep.findings if f.kind == "number"] == []
    held = [s for s in rep.skipped if s.rule == "below-min-confidence" and s.kind == "number"]
    assert [(s.a.text, s.b.text) for s in held] == [("three", "Two")]
    assert "number.sole-only" in held[0].detail


def test_figures_of_closely_alike_sentences_are_still_flagged():
    rep = report("The navy said three speedboats attacked the merchant ship on Tuesday.",
                 "The navy said two speedboats attacked the merchant ship on Tuesday.")
    got = [(f.verdict.value, f.a.text, f.b.text, f.lowered) for f in rep.findings if f.kind == "number"]
    assert got == [("conflict", "three speedboats", "two speedboats", ())]
