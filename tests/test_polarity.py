"""Negation and opposite words: the polarity stage on its own, then the judge through the pipeline.

Sentences are real: from ECB+ articles (``corpus/ecbplus``, CC BY 3.0, Cybulska & Vossen 2014;
see ``tests/gold/README.md``) unless marked otherwise. Each pipeline case is a pair of two-line
reports (a headline and the sentence), so the two sentences are aligned as in a real comparison.
"""
from __future__ import annotations

import pytest

from factcheck.aliases import Aliases, Knowledge, person_core
from factcheck.facts.attribution import extract_attributions
from factcheck.facts.polarity import affirmed, extract_polarities
from factcheck.model import Article, Sentence
from factcheck.pipeline import compare_articles


def marks(text: str) -> list[tuple[str, str, bool]]:
    return [(p.text, p.word, p.positive) for p in extract_polarities(Sentence(0, text, 0, len(text), 0))]


@pytest.mark.parametrize("text, expected", [
    ("Police inspector Dave Gaskin said Mr Buckley was well equipped at the time but was an inexperienced climber.",
     [("well equipped", "equipped", True), ("inexperienced", "experienced", False)]),
    ("It appears as if the party were insufficiently equipped and inexperienced for the climb they had undertaken.",
     [("insufficiently equipped", "equipped", False), ("inexperienced", "experienced", False)]),
    ("One bomb hit a 200-student schoolhouse but did not explode.", [("not explode", "explode", False)]),
    ("The officer has not been charged with any offence.", [("not been charged", "charged", False)]),
    ("Police said that Mr Buckley's group appeared to be \"insufficiently\" equipped and inexperienced for the climb.",
     [('insufficiently" equipped', "equipped", False), ("inexperienced", "experienced", False)]),
    ("Police said it appeared the group was insufficiently equipped and experienced for the climb.",
     [("insufficiently equipped", "equipped", False), ("experienced", "experienced", False)]),
    ("An Oklahoma man has pleaded not guilty to two first-degree murder charges.", [("not guilty", "guilty", False)]),
    ("Police said the 24-year-old was unarmed.", [("unarmed", "armed", False)]),           # seed-style, own words
    ("The injuries were described as non-life-threatening.", [("non-life-threatening", "life-threatening", False)]),
    ("Sudan had not bombed anywhere in South Sudan's territory.", [("not bombed", "bombed", False)]),
])
def test_marked_statements(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text", [
    # reporting and mental verbs: no claim about the story
    "Police did not say how many officers were involved.",
    "King said he didn't want to make a snap decision when the season ended.",
    # a delay, not a denial
    "David Tennant will not leave the BBC show until the end of 2009.",
    "France Telecom expects communications will not be fully restored before 31 December.",
    "A ship has been sent to fix the cables but normal service may not be restored till 31 December.",
    # a supposition, a degree, an adverb or a pronoun after the negator
    "It's as if Apple didn't learn its lesson with the MacBook Air.",
    "Echenique hadn't scored much in two games against Drake earlier this season.",
    "Twelve- and 15-year-old girls are not old enough to consent.",
    "Teenagers who were not apparently a part of any organized group threw bottles.",
    '"Going pro wasn\'t something I had even considered at all," Ford says.',
    # a name after the negator; "not only"
    "This wasn't Sam Mitchell (Toronto).",
    "The company has not only cut jobs but closed plants.",
    # words that look prefixed but negate nothing
    "Jeffs is charged with raping two under-aged girls.",
    "The union discharged its duty and informed the police, who uncovered the plot.",
    "The injured were taken to hospital in the United States.",
    # "non-" before a noun names another class (ECB+ 9)
    "Nor does it preclude any federal agency from taking advantage of expertise that may be available from "
    "state and local agencies, universities, nongovernment organizations, or other sources.",
    "Non-members of the union were allowed to vote.",
])
def test_not_marked(text):
    assert marks(text) == []


def test_affirmed_leaves_out_denials_and_the_clause_of_a_denied_thought():
    text = "He did not think he was right for the part, but the timing was right later."
    plain = affirmed(Sentence(0, text, 0, len(text), 0))
    assert [w for *_, w in plain["right"]] == ["right"]        # only the one after "but"
    assert plain["right"][0][0] == text.rindex("right")
    text = "The hospital would not release any details."
    assert "releas" not in affirmed(Sentence(0, text, 0, len(text), 0))
    text = "No gun has been recovered."         # a "no" subject denies its predicate
    assert "recov" not in affirmed(Sentence(0, text, 0, len(text), 0))


def compare_pair(a: str, b: str, **kw):
    ra = Article("a.txt", "Climbers in trouble\n\n" + a + "\n")
    rb = Article("b.txt", "Climbers in trouble\n\n" + b + "\n")
    return [f for f in compare_articles(ra, rb, **kw).findings if f.kind == "negation"]


@pytest.mark.parametrize("a, b, span_a, span_b", [
    # ECB+ 23: the same inspector, opposite words about the equipment
    ("Police inspector Dave Gaskin said Mr Buckley was well equipped at the time but was an inexperienced climber.",
     'Mr Gaskin said: "It appears as if the party were insufficiently equipped and inexperienced for the climb."',
     "well equipped", "insufficiently equipped"),
    # constructed from the seed story's facts, own words
    ("The 24-year-old man who was shot by police was armed, officers said.",
     "The 24-year-old man who was shot by police was unarmed, officers said.", "armed", "unarmed"),
    ("The council agreed to pay for the repairs to the bridge.",
     "The council refused to pay for the repairs to the bridge.", "agreed", "refused"),
    ("The gunman, Robert Smith, pleaded guilty to two counts of murder.",
     "The gunman, Robert Smith, pleaded not guilty to two counts of murder.", "guilty", "not guilty"),
    ("The officer fired two shots at the car, the report said.",
     "The officer did not fire at the car, the report said.", "fired", "not fire"),
])
def test_opposite_statements_conflict(a, b, span_a, span_b):
    found = compare_pair(a, b)
    assert [(f.verdict.value, f.a.text, f.b.text) for f in found] == [("conflict", span_a, span_b)]
    assert found[0].a.start == found[0].a.start and "—" in found[0].message


def test_no_subject_found_is_no_contradiction():
    # ECB+ 23: "the man" and "He" may be two different climbers (they were, in these reports)
    assert compare_pair("Mr Campbell said police told him the man was well-equipped but was not wearing crampons.",
                        "He was wearing crampons but was inexperienced, local police inspector Dave Gaskin said.") == []


def test_a_report_that_states_both_sides_is_not_accused():
    # ECB+ 43 (AMD): each report carries the denial and the claim
    a = Article("a.txt", "AMD buys SeaMicro\n\nAMD will be competing with its own customers, analysts said.\n\n"
                         'Lisa Su said AMD is not competing with its customers.\n')
    b = Article("b.txt", "AMD buys SeaMicro\n\nLisa Su said AMD is competing with its customers now.\n\n"
                         "Analysts said AMD is not competing with its own customers.\n")
    assert [f for f in compare_articles(a, b).findings if f.kind == "negation" and f.verdict.rank >= 2] == []


def test_different_named_sources_make_it_differs():
    # ECB+ 41 (own headline): each report attributes the claim to someone else
    found = compare_pair("Sudan bombed the refugee camp in Yida on Thursday, the aid group said.",
                         "Sudan had not bombed the refugee camp in Yida on Thursday, army spokesman Khalid said.")
    assert [(f.verdict.value, f.a.text, f.b.text) for f in found] == [("differs", "bombed", "not bombed")]
    assert "different sources" in found[0].message


@pytest.mark.parametrize("a, b", [
    # different subjects (ECB+ 24 and 13)
    ("Meanwhile, the film's main stars, including Jennifer Lawrence and Liam Hemsworth, are all signed on.",
     "Unlike stars Jennifer Lawrence and Liam Hemsworth, Ross is not signed for a sequel."),
    ("DiLeo played and coached for 10 seasons in West Germany.",
     "The team's stars have not played up to past standards in West Germany."),
    # the same words in another sense: "a perfect fit" / "didn't fit"
    ("When King hired O'Brien, he had called him a perfect fit for the job.",
     "A system that didn't fit his players cost O'Brien his job."),
    # the negation moved, the meaning did not
    ('"I feel on the floor we weren\'t executing the philosophy that we want to have."',
     '"I didn\'t feel on the floor we were executing the philosophy we wanted to have."'),
    # opposite words about different things
    ("Attorney General Wally Oppal confirmed that Winston Blackmore and James Oler were arrested Wednesday.",
     "Oppal denied that the prosecution was political, despite several special prosecutors declining to "
     "pursue charges."),
    # a plea and a verdict are different steps, not a contradiction
    ("A jury found Christopher Simpson guilty of two counts of first-degree murder.",
     "Christopher Simpson has pleaded not guilty to two first-degree murder charges."),
    # a delay: both can hold
    ("France Telecom said normal service would be restored by December 31.",
     "France Telecom expects communications will not be fully restored before 31 December."),
    # both deny: a "no" subject (ECB+ 33)
    ("No gun has been recovered from the scene.", "The gun has not been recovered from the scene."),
    # different people, opposite words (ECB+ 23)
    ("A colleague has paid tribute to a Perth doctor feared dead after a fall from a mountain.",
     "A climber who watched his brother fall from a ridge is lucky to be alive after two nights on the mountain."),
    # "never came close" / "points came in a run": different subjects and senses (ECB+ 31)
    ("The Bulldogs never came close enough to make Creighton sweat, either.",
     "Five of his points came in a 7-0 run that Creighton never relinquished."),
    # an armed officer and an unarmed man are different people (own words, after the seed story)
    ("Chris Kaba, who was unarmed, was shot dead by a police officer in south London.",
     "Chris Kaba was shot dead by an armed police officer in south London."),
])
def test_must_not_flag(a, b):
    assert compare_pair(a, b) == []


def test_knowledge_file_adds_opposites(tmp_path):
    extra = tmp_path / "mine.toml"
    extra.write_text('[[opposite]]\nwords = ["rose"]\nversus = ["fell"]\n', encoding="utf-8")
    a = "Shares in the company rose sharply on Monday after the report."
    b = "Shares in the company fell sharply on Monday after the report."
    assert compare_pair(a, b) == []
    from factcheck.pipeline import Options
    found = compare_pair(a, b, options=Options(aliases=str(extra)))
    assert [(f.a.text, f.b.text) for f in found] == [("rose", "fell")]


def test_bad_opposite_entry_is_an_input_error(tmp_path):
    from factcheck.errors import InputError
    bad = tmp_path / "bad.toml"
    bad.write_text('[[opposite]]\nwords = ["rose sharply"]\nversus = ["fell"]\n', encoding="utf-8")
    with pytest.raises(InputError, match="opposite"):
        Knowledge.load(str(bad))


@pytest.mark.parametrize("name, core", [
    ("Police inspector Dave Gaskin", "Dave Gaskin"),
    ("local police inspector Dave Gaskin", "Dave Gaskin"),
    ("Home Secretary Suella Braverman", "Suella Braverman"),
    ("Met commissioner Sir Mark Rowley", "Mark Rowley"),
    ("the Met police", "the Met police"),
    ("Mr Gaskin", "Gaskin"),
])
def test_person_core(name, core):
    assert person_core(name) == core


def test_a_person_under_titles_is_one_person():
    names = ["Police inspector Dave Gaskin", "local police inspector Dave Gaskin", "Inspector Gaskin", "Mr Gaskin"]
    al = Aliases(names, Knowledge())
    assert all(al.same(x, y) for x in names for y in names)
    assert not Aliases(names + ["Dave Smith"], Knowledge()).same("Mr Gaskin", "Dave Smith")


def test_a_clause_after_said_is_no_source():
    text = "Al-Sawarmi Khalid, spokesman for Sudan's armed forces, said Sudan had not bombed anywhere."
    sources = [a.source for a in extract_attributions(Sentence(0, text, 0, len(text), 0))]
    assert not any("bombed" in s for s in sources)
