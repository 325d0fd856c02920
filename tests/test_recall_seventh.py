"""Recall work of the seventh session, through the pipeline on real sentences, must-flag and
must-not-flag: a quoted cry or question the sentence goes on after, a weekday after a name,
one name capitalised two ways, one name written apart and together in one report, one place
given two compass points, and one toll stated in sentences the aligner left apart.

Sentences are from ECB+ articles (``corpus/ecbplus``, CC BY 3.0, Cybulska & Vossen 2014; see
``tests/gold/README.md``), shortened where the rest does not matter.
"""
from __future__ import annotations

from pairs import found, report

from factcheck.facts.entities import extract_entities
from factcheck.model import Article, Block, Role, Sentence
from factcheck.segment import segment
from factcheck.settings import Thresholds
from pairs import compare as _compare


def _sentences(text: str) -> list[str]:
    return [s.text for s in segment(Article("x", text), (Block(0, 0, len(text), Role.BODY),))]


def _names(text: str) -> list[str]:
    return [e.text for e in extract_entities(Sentence(0, text, 0, len(text), 0, Role.BODY))]


def test_a_quoted_cry_the_sentence_goes_on_after_is_one_sentence():
    text = 'Her husband screamed, "No, no, no!" and tried to stop the driver. "Why?" she asked. It ended.'
    assert _sentences(text) == ['Her husband screamed, "No, no, no!" and tried to stop the driver.',
                                '"Why?" she asked.', "It ended."]


def test_a_question_before_a_capital_still_ends_the_sentence():
    assert _sentences("Is it over? Yes, it is.") == ["Is it over?", "Yes, it is."]


def test_a_weekday_after_a_name_is_when_not_part_of_the_name():
    assert _names("The office handed down charges to Anthony Phillip Lasalle Friday, police said.") == \
        ["Anthony Phillip Lasalle"]
    # a word that makes the weekday a name keeps it
    assert "Patch Tuesday" in _names("Microsoft will fix the flaw on Patch Tuesday, it said.")


def test_one_name_capitalised_two_ways_is_flagged_as_compatible():
    got = found("Anthony Phillip Lasalle, 36, was charged with murder.",
                "Anthony Phillip LaSalle, 36, was charged with murder.", "entity", min_confidence=0)
    assert ("compatible", "Anthony Phillip Lasalle, 36", "Anthony Phillip LaSalle, 36") in got
    rep = report("Anthony Phillip Lasalle, 36, was charged with murder.",
                 "Anthony Phillip LaSalle, 36, was charged with murder.", min_confidence=0)
    capitals = [f for f in rep.findings if "capitalised" in f.message]
    assert capitals and capitals[0].confidence <= Thresholds().capitals_confidence


def test_a_headline_in_capitals_is_no_spelling_difference():
    got = found("LASALLE was charged with murder on Friday.", "Lasalle was charged with murder on Friday.",
                "entity", min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict")]


def test_one_report_writing_a_name_apart_and_together_is_inconsistent():
    rep = _compare("Raid\n\nThe ranch is in tiny Eldorado, Texas.\n\nThe jail in Eldorado is ready.\n\n"
                   "San Angelo has 88,000 residents compared to El Dorado's 1,800.\n",
                   "Raid\n\nJeffs will be tried in Texas.\n")
    got = [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "entity"]
    assert ("differs", "El Dorado", "Eldorado") in got or ("differs", "Eldorado", "El Dorado") in got


def test_a_dotted_or_styled_joined_form_is_no_slip_in_one_report():
    # "U.S. Surgeon" / "US Surgeon" and a web site's "BettiePage" are styles, not misspellings
    rep = _compare("Page\n\nBettie Page died.\n\nFans wrote to BettiePage for years.\n\n"
                   "The U.S. Surgeon General spoke.\n\nThe US Surgeon General agreed.\n",
                   "Page\n\nThe pin-up model died on Thursday.\n", min_confidence=0)
    assert not [f for f in rep.findings if "apart and together in one report" in f.message]


def test_one_place_given_two_compass_points_differs():
    got = found("The quake struck Aceh, on the northern tip of Sumatra, on Tuesday.",
                "The quake struck Aceh, on the western tip of Sumatra island, on Tuesday.", "entity")
    assert ("differs", "northern tip of Sumatra", "western tip of Sumatra") in got


def test_a_distance_from_a_town_in_two_directions_differs_and_the_same_agrees():
    got = found("The epicentre was 55 kilometres south of Bireun, the USGS said.",
                "Its epicenter was 55 kilometers (34 miles) west of the town of Bireun, the USGS said.", "entity")
    assert any(v == "differs" and "south of Bireun" in a and "west of the town of Bireun" in b for v, a, b in got)
    got = found("It was 35 miles southwest of Bandar Abbas.", "It hit 57 kilometers southwest of Bandar Abbas.",
                "entity")
    assert any(v == "agree" and "southwest of Bandar" in a for v, a, b in got)


def test_neighbouring_compass_points_are_compatible():
    got = found("The suspect was caught in northeast Houston on Friday.",
                "The suspect was caught at a business in north Houston on Friday.", "entity")
    assert ("compatible", "northeast Houston", "north Houston") in got


def test_a_report_naming_several_parts_of_a_place_is_not_compared():
    rep = _compare("Gaza\n\nRockets hit southern Israel.\n\nSirens sounded in northern Israel.\n",
                   "Gaza\n\nRockets hit western Israel.\n", min_confidence=0)
    assert not [f for f in rep.findings if "compass" in f.message]
    assert [s for s in rep.skipped if s.rule == "direction.several-parts"]


def test_a_world_region_is_no_direction():
    got = found("Traffic to south Asia was cut.", "Traffic to southeast Asia was cut.", "entity", min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict")]


def test_a_distance_alone_without_figure_is_not_read():
    # "northwest of Houston" with no distance often locates another thing (a county, a prison)
    rep = report("The escape happened near Baytown, about 25 miles east of Houston.",
                 "He was serving a sentence in Brazos County, northwest of Houston.", min_confidence=0)
    assert not [f for f in rep.findings if "compass" in f.message]
    # with a distance on both sides it is read; far apart distances locate two things
    rep = report("The epicentre was 55 km south of Bireun.", "Rescuers set up a field hospital 10 km west of Bireun.",
                 min_confidence=0)
    assert not [f for f in rep.findings if "compass" in f.message]
    assert [s for s in rep.skipped if s.rule == "direction.other-distance"]


def test_a_region_named_alone_in_two_directions_is_below_the_default():
    # "northern Israel" / "southern Israel": two events may be told; shown with --min-confidence
    rep = report("Hezbollah rockets hit northern Israel.", "Hamas rockets struck southern Israel.")
    assert not [f for f in rep.findings if "compass" in f.message]
    assert [s for s in rep.skipped if s.rule == "below-min-confidence" and "compass" in s.detail]


_TOLL_A = ("Riots\n\nProtesters burned cars and shops in the capital overnight.\n\n"
           "Violence has wracked Greece every day since the death of 15-year-old Alexandros Grigoropoulos, "
           "spreading quickly from Athens to more than a dozen other cities and leaving at least 70 people injured.\n")
_TOLL_B = ("Riots\n\nStudents marched in the capital again on Thursday.\n\n"
           "About 100 people have been injured.\n")


def _tolls(a: str, b: str):
    rep = _compare(a, b)
    return [(f.verdict.value, f.a.text, f.b.text, f.lowered) for f in rep.findings if f.kind == "number"] + \
        [(s.rule, s.a.text, s.b.text, s.detail) for s in rep.skipped if s.kind == "number"]


def test_one_toll_in_sentences_left_apart_is_compared_at_full_weight():
    # "at least 70 people injured" / "About 100 people have been injured": one event, one
    # counted noun, no place or part: the story's toll, though the aligner left the two apart
    got = _tolls(_TOLL_A, _TOLL_B)
    assert ("differs", "at least 70 people", "About 100 people", ()) in got


def test_a_toll_said_to_hold_in_one_place_is_still_lowered_when_left_apart():
    got = _tolls(_TOLL_A.replace("leaving at least 70 people injured", "leaving at least 70 people injured in Patras"),
                 _TOLL_B)
    held = [g for g in got if g[1].startswith("at least 70") and g[2].startswith("About 100")]
    assert held and held[0][0] == "below-min-confidence" and "number.unaligned" in held[0][3]


def test_two_parts_named_by_other_nouns_are_two_places():
    # "the northern tip of Sumatra" (where Aceh is) / "the western coast of Sumatra" (where the
    # epicentre was): two places, from a precision read
    got = found("Aceh, on the northern tip of Sumatra, was hit.", "The quake struck near the western coast of Sumatra.",
                "entity", min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict")]


def test_over_after_a_verb_and_its_object_is_a_particle_not_a_bound():
    # "pulled LaSalle over a few blocks away" / "pulled over the driver … a few blocks away"
    got = found("Police pulled LaSalle over a few blocks away.", "Police pulled over the driver a few blocks away.",
                "number", min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict")]


def test_a_name_written_out_more_fully_in_a_copied_headline_is_no_other_name():
    # "Woman Killed in Queens Hit-Run" / "… Queens Hit-And-Run Accident" (a precision read)
    rep = report("Woman Killed in Queens Hit-Run, Driver Charged", "Woman Killed In Queens Hit-And-Run Accident, Driver Charged",
                 min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "entity" and f.verdict.value in ("differs", "conflict")]


def test_a_hyphenated_year_before_a_person_is_an_age():
    # "a 15-year girl" (the "-old" left out) is the girl's age, not a span of fifteen years;
    # "a 20-year sentence" stays a span
    from factcheck.facts.numbers import extract_quantities
    assert [(q.text, q.counts) for q in extract_quantities("after taking a 15-year girl as a wife")] == [("15-year", "age")]
    assert [(q.text, q.counts) for q in extract_quantities("he got a 20-year sentence")] == [("20-year", None)]


def test_counts_of_times_for_different_actions_are_not_compared():
    rep = report("Prosecutors allege that Simpson shot Flynn twice in the head.",
                 "Prosecutors say Simpson called Flynn several times and then shot her in the head.", min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "number" and f.verdict.value in ("differs", "conflict")]
    assert ("twice", "several times") in [(s.a.text, s.b.text) for s in rep.skipped if s.rule == "number.different-actions"]
    # the same action counted two ways is compared
    got = found("He admitted he lied twice to police.", "He admitted he lied three times to police.", "number")
    assert ("conflict", "twice", "three times") in got


def test_other_things_besides_those_named_are_not_set_against_a_plain_count():
    rep = report("The commandos seized seven AK-47 assault rifles, two other rifles and a grenade launcher.",
                 "They had seven AK-47 rifles, a grenade launcher, and 3 machine guns.", min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "number" and f.verdict.value in ("differs", "conflict")]
    assert [s for s in rep.skipped if s.rule == "number.other-ones" and s.a.text == "two"]
    # "another vehicle two blocks away": "another" counts the vehicle, not the blocks
    got = found("Officers caught the man a few blocks away from the scene.",
                "Police stopped him when he hit another vehicle two blocks away.", "number")
    assert ("compatible", "a few blocks", "two blocks") in got


def test_distances_from_two_places_are_two_measures():
    rep = report("The quake was centered about two miles from The Geysers and 13 miles east of Cloverdale.",
                 "It was followed by a quake two miles east of The Geysers and four miles southwest of Cobb.",
                 min_confidence=0)
    assert not [f for f in rep.findings if f.kind == "number" and f.verdict.value in ("differs", "conflict")]
    assert ("13 miles", "four miles") in [(s.a.text, s.b.text) for s in rep.skipped if s.rule == "number.different-owner"]


def test_two_bodies_offering_two_sums_are_two_offers():
    rep = report("ESPN is reporting that the Nationals have offered Mark Teixeira an 8-year, $160 million contract.",
                 "We have a report that the Red Sox offered Mark Teixeira an eight-year, $200MM deal.", min_confidence=0)
    assert ("$160 million", "$200MM") in [(s.a.text, s.b.text) for s in rep.skipped if s.rule == "number.different-owner"]
    got = found("The Red Sox have offered Mark Teixeira an 8-year, $160 million contract.",
                "The Red Sox offered Mark Teixeira an eight-year, $200MM deal.", "number")
    assert ("conflict", "$160 million", "$200MM") in got


def test_a_client_with_two_attorneys_named_is_worth_a_look():
    got = found("Jeffs' attorney Walter F. Bugden told the Salt Lake Tribune the ruling was fair.",
                "Jeffs' attorney, Mike Picarretta, hinted at irregularities.", "entity")
    assert any(v == "compatible" and "Bugden" in a and "Picarretta" in b for v, a, b in got)


def test_figures_over_different_numbers_of_games_are_different_spans():
    rep = report("Teixeira hit .358 with 13 homers and 43 RBIs in 54 games with the Angels.",
                 "Playing in a combined 157 games with the Angels and Braves, Teixeira had 33 homers and 121 RBIs.",
                 min_confidence=0)
    held = [(s.a.text, s.b.text) for s in rep.skipped if s.rule == "number.different-periods"]
    assert ("13", "33") in held and ("43", "121") in held
    assert not [f for f in rep.findings if f.kind == "number" and f.a.text.startswith("13")]


def test_a_quote_both_reports_give_in_other_words_differs():
    got = found('"We encourage customers to test and deploy this update as quickly as possible," Microsoft said.',
                '"Microsoft encourages all IE customers to test and deploy this update as soon as possible," it said.',
                "quote")
    assert any(v == "differs" and "test and deploy" in a and "as soon as possible" in b for v, a, b in got)


def test_a_few_quoted_words_worded_differently_are_only_worth_a_look():
    # "roll back" / "rolling back": a few words may belong to two quotes
    got = found('Salazar said he would "roll back" the rule.', 'Salazar spoke of "rolling back" the rule.', "quote",
                min_confidence=0)
    assert not [g for g in got if g[0] in ("differs", "conflict")]


def test_a_quote_against_a_paraphrase_is_a_quote_worth_a_look():
    got = found('"Within a moment or two, the entire roof was engulfed in flame," the chief said.',
                "The chief said that in the next minute or two the entire roof was in flames.", "quote")
    assert any(v == "compatible" and "entire roof" in a for v, a, b in got)


def test_a_question_before_a_lowercase_name_without_a_quote_ends_the_sentence():
    assert _sentences("Is it over? eBay declined to comment. Wow! iPhone sales rose.") == \
        ["Is it over?", "eBay declined to comment.", "Wow!", "iPhone sales rose."]


def test_a_capital_after_a_hyphen_is_style_not_spelling():
    rep = report("A woman was killed in a Hit-And-Run in Queens.", "A woman was killed in a Hit-and-Run in Queens.",
                 min_confidence=0)
    assert not [f for f in rep.findings if "capitalised" in f.message]
    rep = report("Anthony Phillip Lasalle was charged.", "Anthony Phillip LaSalle was charged.", min_confidence=0)
    assert [f for f in rep.findings if "capitalised" in f.message]


def test_a_breakdown_whose_parts_add_up_is_compatible_with_the_whole():
    got = found("The navy caught 12 Somalis and 11 Yemenis.", "The Indian navy says it has arrested 23 Somali and Yemeni pirates.",
                "number", min_confidence=0)
    assert ("compatible", "12 Somalis", "23 Somali") in got
    # parts that do not add up stay a discrepancy
    got = found("The navy caught 12 Somalis and 10 Yemenis.", "The Indian navy says it has arrested 23 Somali and Yemeni pirates.",
                "number", min_confidence=0)
    assert ("conflict", "12 Somalis", "23 Somali") in got


def test_a_surname_spelled_two_ways_beside_a_middle_initial_is_found():
    rep = _compare("Verdict\n\nOrozco is to be formally sentenced May 3 by Judge Philip H. Hickock.\n",
                   "Verdict\n\nJudge Philip Hickok told a packed courtroom that the case warrants death.\n")
    got = [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings if f.kind == "entity"]
    assert ("differs", "Philip H. Hickock", "Philip Hickok") in got


def test_a_thing_done_in_part_on_one_side_and_whole_on_the_other_differs():
    got = found("A fire has almost totally destroyed the Waitrose store in Banstead.",
                "A huge fire has destroyed the Waitrose store in Banstead.", "negation")
    assert ("differs", "almost totally destroyed", "destroyed") in got
    # "the second half opened": a noun, no degree
    rep = report("Kansas City opened up the second half in a big way.", "As the second half opened, the Chiefs looked lost.",
                 min_confidence=0)
    assert not [f for f in rep.findings if "in part" in f.message]


def test_a_figure_within_a_loose_plural_is_compatible_with_it():
    got = found("Sixty local residents had to be evacuated from their homes, initially to a nearby church and later to "
                "a local day care centre.",
                "Dozens of people were evacuated from their homes and spent the night in a nearby church and day care "
                "centre.", "number")
    assert ("compatible", "Sixty local residents", "Dozens of people") in got or \
        any(v == "compatible" and a.startswith("Sixty") and b.startswith("Dozens") for v, a, b in got)
    # outside it, the number judge sets no figure against it (number.loose-words); the copied
    # sentence with a value changed is the edit judge's
    rep = report("300 people were evacuated from their homes and spent the night in a nearby church.",
                 "Dozens of people were evacuated from their homes and spent the night in a nearby church.", min_confidence=0)
    assert [s for s in rep.skipped if s.rule == "number.loose-words"]


def test_two_tolls_joined_by_and_are_no_breakdown():
    # "3 dead and 20 missing" are two tolls; "12 years and 11 months" is not 23 years
    for a, b in (("Officials reported 3 dead and 20 missing.", "Officials reported 23 dead."),
                 ("He served 12 years and 11 months.", "He served 23 years.")):
        rep = report(a, b, min_confidence=0)
        assert not [f for f in rep.findings if "add up" in f.message]


def test_a_loose_plural_against_a_bound_or_another_loose_plural_is_no_range_match():
    for a in ("At least 20 residents fled.", "Hundreds of residents fled."):
        rep = report(a, "Dozens of residents fled.", min_confidence=0)
        assert not [f for f in rep.findings if "range" in f.message]


def test_a_degree_needs_a_verb_and_every_use_of_it():
    # "a mostly red shirt": no auxiliary, no verb; "nearly destroyed the school and destroyed
    # the church": one side uses the verb both ways
    for a, b in (("The man wore a mostly red shirt.", "The man wore a red shirt."),
                 ("The storm has nearly destroyed the school and has destroyed the church.",
                  "The storm has destroyed the church.")):
        rep = report(a, b, min_confidence=0)
        assert not [f for f in rep.findings if "only in part" in f.message]


def test_two_middle_initials_or_a_dropped_letter_are_no_spelling_slip():
    for a, b in (("Mary A. Smith spoke to reporters.", "Mary B. Smyth spoke to reporters."),
                 ("Sean O'Brien spoke to reporters.", "Sean Brian spoke to reporters."),
                 ("George H.W. Bush spoke to reporters.", "George Bush spoke to reporters.")):
        rep = report(a, b, min_confidence=0)
        assert not [f for f in rep.findings if f.kind == "entity" and f.verdict.value != "agree"
                    and ("spelled" in f.message or "apart and together" in f.message)]
