"""Recall work of the sixth session, through the pipeline on real sentences, must-flag and
must-not-flag: a figure whose counted thing one side leaves unsaid after the same words, a
career total of one person in a roundup, "and more than N" read as a second figure, an
acronym spelled two ways, a role with a lowercase field, a distance "away from" a place, a
gun's caliber and a quake's magnitude on the Richter scale, and one wording with other figures
inside it.

Sentences are from ECB+ articles (``corpus/ecbplus``, CC BY 3.0, Cybulska & Vossen 2014; see
``tests/gold/README.md``), shortened where the rest does not matter.
"""
from __future__ import annotations

from pairs import found, report

from factcheck.facts.numbers import extract_quantities, to_base
from factcheck.model import Article, Block, Role
from factcheck.segment import segment


def _skipped(rep, rule: str) -> list[tuple[str, str]]:
    return [(s.a.text, s.b.text) for s in rep.skipped if s.rule == rule]


def test_a_figure_after_the_same_words_is_one_fact_though_one_side_leaves_its_noun_unsaid():
    got = found("Hansbrough now has 2,301 career points as a Tar Heel.",
                "Hansbrough finished with 20 points and now has 2,302 for his career.", "number")
    assert ("differs", "2,301 career points", "2,302") in got


def test_figures_after_glue_words_alone_stay_apart():
    # "at least" stands before figures of every kind: the arrested and the buildings are not
    # tied by it (a count of people never meets one of buildings: data/nouns.toml ``things``)
    rep = report("Police said at least 40 were arrested in the city.",
                 "Officials said at least 12 buildings burned in the city.")
    assert not [f for f in rep.findings if f.kind == "number" and f.verdict.value in ("differs", "conflict")]
    assert ("at least 40", "at least 12") in _skipped(rep, "number.different-things")


def test_and_more_than_a_figure_is_a_second_figure_not_a_part():
    rep = report("Blackmore, alleged to have 19 wives, is charged with practicing polygamy.",
                 "Blackmore, who has had 26 wives and more than 100 children, is outspoken.", min_confidence=0)
    assert [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "number"] == [("conflict", "19", "26")]
    # "and more" alone still marks a part: "20 points and more" says at least twenty
    rep = report("He scored 20 points and more in the first half.", "He scored 31 points in the first half.",
                 min_confidence=0)
    assert [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "number"] == \
        [("compatible", "20 points", "31 points")]


def test_an_acronym_spelled_with_its_letters_in_another_order_is_flagged():
    a = ("Jeffs led the FLDS for years.\n\nThe FLDS church split from the Mormons.\n\n"
         "Documents came from a 2008 raid on the FDLS compound near Eldorado.\n")
    rep = report(a, "Jeffs is the prophet of the FLDS.")
    got = [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "entity"]
    assert ("differs", "FDLS", "FLDS") in got or ("differs", "FLDS", "FDLS") in got


def test_a_short_word_and_an_acronym_of_its_letters_are_not_one_name():
    # "Iran" and "IRNA" (its news agency), "Dan" and "DNA": other words, not slips
    got = found("Iran said the quake killed ten, IRNA reported.",
                "IRNA quoted officials in Iran as saying ten died.", "entity", min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict")]


def test_a_role_with_a_lowercase_field_before_the_name_is_read():
    got = found("The battery was shown by Apple senior vice president of marketing Phil Schiller.",
                "The keynote was taken over by vice-president of worldwide product marketing Phil Schiller.",
                "entity")
    # (the roles are read whole; a seniority one side leaves out is loose wording)
    assert any(v == "compatible" and "Schiller" in a and "marketing" in a and "marketing" in b for v, a, b in got)


def test_blocks_away_from_a_place_are_a_distance_not_a_figure_still_needed():
    got = found("He was arrested a few blocks away from the scene.",
                "He was arrested two blocks away from the scene.", "number")
    assert ("compatible", "a few blocks", "two blocks") in got


def test_wins_away_from_a_title_are_still_needed():
    rep = report("The Colts are two wins away from the title.", "The Colts have 10 wins this season.", min_confidence=0)
    assert ("two", "10") in _skipped(rep, "number.still-needed")


def test_a_stray_stop_after_an_article_does_not_end_a_sentence():
    text = "Kelly said Gray had pointed a. 38-caliber revolver at the cops. They opened fire."
    got = [s.text for s in segment(Article("x", text), (Block(0, 0, len(text), Role.BODY),))]
    assert got == ["Kelly said Gray had pointed a. 38-caliber revolver at the cops.", "They opened fire."]


def test_a_caliber_is_compared_as_its_digits_are_said():
    bores = [to_base(q)[1:] for t in ("a .38-caliber revolver", "a 38-caliber revolver", "a .357 caliber revolver")
             for q in extract_quantities(t)]
    assert bores == [(38.0, 38.0), (38.0, 38.0), (357.0, 357.0)]


def test_a_figure_on_the_richter_scale_is_a_magnitude():
    qs = list(extract_quantities("Tehran University registered a quake measuring 3.8 on the Richter scale."))
    assert [(q.text, q.unit) for q in qs] == [("3.8", "magnitude")]


def test_one_wording_with_other_figures_inside_is_no_agreement():
    rep = report("The seismological base registered a quake measuring 3.8 on the Richter scale at 09:10.",
                 "In February, a quake measuring 6.4 on the Richter scale hit the town of Zarand.", min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "entity" and "3.8" in f.a.text and f.verdict.value in ("agree", "compatible")]
    assert _skipped(rep, "claim.other-figures")
    # the same figure hedged two ways inside one wording is still one statement
    rep = report("Two quakes flattened buildings and killed at least one person.",
                 "The quakes flattened buildings, killed one person and injured dozens.", min_confidence=0)
    assert not _skipped(rep, "claim.other-figures")


def test_a_verbs_particle_over_is_no_bound():
    # precision read 15: "was pulled over a few blocks away" is no "more than a few blocks"
    got = found("The driver was pulled over a few blocks away from the store.",
                "Police stopped the driver a few blocks away from the store.", "number")
    assert not [g for g in got if g[0] in ("differs", "conflict")]
    assert [(q.text, q.low) for q in extract_quantities("Over 300 people died.")] == [("Over 300", 300.0)]


def test_over_a_number_of_seasons_is_across_them():
    got = found("He played for the team over three seasons.", "He spent three seasons with the team.", "number")
    assert not [g for g in got if g[0] in ("differs", "conflict")]
