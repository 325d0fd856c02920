"""Work of the twenty-eighth session, must-flag and must-not-flag: a people's name is a word
from a list (``data/demonyms.toml``), not any capitalized word that ends like one, so a source
named by a surname such as "Morgan", "Capaldi" or "Rahman" names someone, and two such
sources of one claim are set against each other; "Israeli officials" still only describes.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.aliases import is_named
from factcheck.judge.doc import Doc
from factcheck.judge.measured import story_measures
from factcheck.load import Article
from factcheck.model import Quantity
from factcheck.pipeline import analyse
from factcheck.lexicon import is_demonym
from pairs import compare, findings_of, held


@pytest.mark.parametrize("word, demonym", [
    ("Israeli", True), ("Palestinians", True), ("Sudanese", True), ("Swiss", True), ("Yemeni", True),
    ("Texan", True), ("Houthis", True), ("Frenchmen", True), ("African-Americans", True),
    # the last word of a people's name of two words is no people alone; a club is no people
    ("Lankan", False), ("Yankees", False), ("Celtics", False),
    # a stance is no people
    ("pro-Russian", False), ("anti-Israeli", False),
    # names that only end like a people's name
    ("Capaldi", False), ("Rahman", False), ("Morgan", False), ("Sudan", False), ("Lynch", False),
    ("Church", False), ("Genovese", False), ("israeli", False),
])
def test_a_people_is_a_listed_word(word, demonym):
    assert is_demonym(word) is demonym


@pytest.mark.parametrize("source, named", [
    ("Brian Morgan", True), ("Capaldi", True), ("Tzipi Livni", True), ("Dean Sullivan", True),
    ("the Israelis", False), ("Indian officials", False), ("Sudanese officials", False), ("the Chinese", False),
    # a people's word as a surname: after a title, or alone with no article
    ("Mr. Welsh", True), ("Gen. Finn", True), ("Welsh", True), ("the Welsh", False), ("Israelis", False),
    # a people's name of two words
    ("Sri Lankan officials", False), ("South African police", False),
])
def test_a_surname_that_ends_like_a_people_names_someone(source, named):
    assert is_named(source) is named


_A = ("Club appeals\n\nThe club will appeal the ban handed to its striker, coach Brian Morgan said on Monday.\n")
_B = ("Club appeals\n\nThe club will appeal the ban handed to its striker, coach Dean Sullivan said on Monday.\n")


def test_a_toll_of_a_people_counts_people():
    a = "Strikes kill rebels\n\nAir strikes on Monday killed more than 40 Houthis, officials said.\n"
    b = "Strikes kill rebels\n\nThe air strikes on Monday had claimed more than 60 lives, the health ministry said.\n"
    assert [f for f in findings_of(compare(a, b), "number", "differs", "conflict")
            if f[1] == "more than 40 Houthis"], findings_of(compare(a, b, min_confidence=0.0), "number")


def test_one_claim_credited_to_two_people_named_so_differs():
    assert ("differs", "coach Brian Morgan", "coach Dean Sullivan") in findings_of(compare(_A, _B), "attribution")


def test_a_people_still_describes_a_source():
    b = _B.replace("coach Dean Sullivan said", "Scottish officials said")
    rep = compare(_A, b, min_confidence=0.0)
    # rule source.described: a described source never accuses; it is compatible with the named one
    assert [f.message for f in rep.findings if f.kind == "attribution"] == [
        "source: coach Brian Morgan (A) / Scottish officials (B) — one report names the source, the other describes it"]


# --------------------------------------------------------------------------- the story's quake, wherever told

_QUAKE_A = ("Quake rattles valley\n\n"
            "A 4.4 quake rattled the valley towns before dawn on Thursday, waking hundreds of residents.\n\n"
            "Firefighters checked several old buildings in the town centre for cracks.\n\n"
            "Residents said the 4.4 quake was the strongest they had felt in years.\n")
_QUAKE_B = ("Earthquake recorded near the valley\n\n"
            "Hundreds of residents were woken before dawn on Thursday as the ground shook.\n\n"
            "The U.S. Geological Survey put the magnitude at 4.6, with the epicentre near the old mine.\n")


def test_each_reports_magnitude_of_its_quake_is_one_fact_wherever_told():
    rep = compare(_QUAKE_A, _QUAKE_B)
    assert [f for f in findings_of(rep, "number", "conflict", "differs") if f[1].startswith("4.4")
            and f[2].startswith("4.6")], findings_of(rep, "number")


def test_a_series_of_quakes_does_not_tie_two_first_magnitudes():
    a = ("Strong quake shakes island\n\nA strong earthquake shook the island on Friday, days after a powerful "
         "quake flattened homes.\n\nThe 5.8-magnitude quake was the latest of dozens of tremors to hit the area "
         "since 7.1 and 6.9 magnitude quakes struck off the port on Monday.\n")
    b = ("Quakes kill three on island\n\nA series of powerful earthquakes shook the port on Monday, killing three "
         "people and damaging scores of buildings.\n\nOne 6.7-magnitude tremor was felt hundreds of kilometres away "
         "and sent small waves along the coast, the agency reported.\n\nThe first quake, magnitude 7.1, struck at "
         "3:15 a.m. local time about 90 kilometres from the port.\n")
    rep = compare(a, b)
    assert not [f for f in findings_of(rep, "number", "conflict", "differs") if f[1].startswith("5.8")]
    # both reports give 7.1 too: each one's first magnitude may be another quake of the series, so
    # the two are not tied across unaligned sentences (number.unaligned, number.not-tied lower them)
    held_back = [s for s in rep.skipped if s.rule == "below-min-confidence" and s.a.text.startswith("5.8")]
    assert held_back and "number.unaligned" in held_back[0].detail, held_back


# --------------------------------------------------------------------------- one statement's figures, in order

_PARALLEL_A = ("Pirates caught\n\nAfter a brief chase, two of them managed to flee the area but three boats were "
               "seized by the frigate, the navy said.\n")
_PARALLEL_B = ("Pirates caught\n\nWhile two of them managed to escape, the frigate intercepted the remaining three "
               "and searched them.\n")


def test_the_same_figures_in_the_same_order_agree_with_their_nouns_left_out():
    numbers = findings_of(compare(_PARALLEL_A, _PARALLEL_B), "number", "agree")
    assert ("agree", "three boats", "three") in numbers, numbers
    assert ("agree", "two of them", "two of them") in numbers, numbers


def test_figures_in_another_order_are_not_paired_by_place():
    b = _PARALLEL_B.replace("two of them managed", "three of them managed").replace("remaining three", "remaining two")
    rep = compare(_PARALLEL_A, b, min_confidence=0.0)
    # the order differs: no figure is read as the other's by its place (number.different-things)
    assert not findings_of(rep, "number"), findings_of(rep, "number")
    assert ("three", "three") in held(rep, "number.different-things"), held(rep, "number.different-things")


def _magnitude_held(a: str, b: str, first: str) -> list:
    """The detail of the held-back discrepancy whose A side begins with ``first``, checking none is reported."""
    rep = compare(a, b)
    assert not [f for f in findings_of(rep, "number", "conflict", "differs") if f[1].startswith(first)]
    return [s.detail for s in rep.skipped if s.rule == "below-min-confidence" and s.a.text.startswith(first)]


_MAIN_QUAKE = ("Quake toll tops 7,000\n\nRescue teams pulled more bodies from the rubble on Sunday.\n\n"
               "The 7.8 magnitude earthquake flattened villages across the mountains.\n")


@pytest.mark.parametrize("a, held_as", [
    # an aftershock named before its figure: the report has no quake of its own, nothing to compare
    ("Tremor rattles capital\n\nAn aftershock measuring 6.7 rattled the capital on Sunday.\n\nPanicked residents ran "
     "into the streets.\n", None),
    # one aftershock told of in the headline or the next sentence: the figures are not tied
    ("Strong aftershock rattles capital\n\nA 6.7 quake rattled the capital on Sunday.\n\nPanicked residents ran into "
     "the streets.\n", "number.not-tied"),
    ("Tremor rattles capital\n\nA 6.7 quake rattled the capital on Sunday.\n\nIt was the strongest aftershock so far, "
     "and panicked residents ran into the streets.\n", "number.not-tied"),
])
def test_an_aftershock_story_is_not_tied_to_the_main_quake(a, held_as):
    held_back = _magnitude_held(a, _MAIN_QUAKE, "6.7")
    assert (held_back and held_as in held_back[0]) if held_as else not held_back, held_back


def test_quakes_told_on_different_days_are_not_tied():
    a = ("Quake damages homes\n\nA magnitude 6.4 quake struck near the desert town on Thursday morning, damaging "
         "homes.\n\nResidents were clearing up debris.\n")
    b = ("Strongest quake in decades\n\nResidents of the desert town ran into the streets on Friday night as the "
         "ground shook.\n\nThe magnitude 7.1 quake was felt as far away as the coast, the survey said.\n")
    held_back = _magnitude_held(a, b, "6.4")
    assert held_back and "number.unaligned" in held_back[0], held_back


def _quake_doc(doc_id: str, text: str) -> Doc:
    an = analyse(Article(f"{doc_id}.txt", text))
    return Doc(doc_id, an.sentences, an.facts, an.claimants, an.published)


def _magnitudes(doc: Doc) -> list:
    return [q for k in range(len(doc.sentences)) for q in doc.of(k, Quantity) if q.unit == "magnitude"]


def test_a_report_that_gives_the_others_magnitude_too_is_not_tied():
    a = _quake_doc("A", "Quake damages homes\n\nA magnitude 6.4 quake struck near the desert town, damaging homes.\n")
    b_text = ("Strongest quake in decades\n\nThe magnitude 7.1 quake was felt as far away as the coast, the survey "
              "said.\n\nResidents had been clearing up after a 6.4 tremor shook the same area.\n")
    b, b_alone = _quake_doc("B", b_text), _quake_doc("B", b_text.split("\n\nResidents")[0] + "\n")
    x = _magnitudes(a)[0]
    # B's 7.1 is its story's quake either way; B giving A's 6.4 too makes it a series
    assert story_measures(a, x, b_alone, _magnitudes(b_alone)[0])
    assert not story_measures(a, x, b, _magnitudes(b)[0])


def test_a_report_whose_other_magnitude_is_nearer_is_not_tied():
    a = _quake_doc("A", "Another quake\n\nA 6.1 quake rattled the province on Wednesday.\n\nThe region is still "
                        "recovering from a 7.6 quake that flattened homes on Sunday.\n")
    b = _quake_doc("B", "Quake kills four\n\nThe 7.7 magnitude quake damaged 42 government buildings.\n")
    assert not story_measures(a, _magnitudes(a)[0], b, _magnitudes(b)[0])     # A's 7.6 is B's quake


def test_a_record_magnitude_is_no_value_of_the_story():
    text = ("Quake at the field\n\nA 4.4 quake shook the geothermal field before dawn.\n\n"
            "The largest quake ever to be recorded there measured magnitude 4.5.\n")
    a, b = _quake_doc("A", text), _quake_doc("B", "Quake recorded\n\nThe survey put the magnitude at 4.6.\n")
    assert story_measures(a, _magnitudes(a)[0], b, _magnitudes(b)[0])


def test_a_titled_person_after_a_place_is_the_same_source_as_his_surname():
    a = ("Quake toll\n\nFarhad Mokri, governor of the island, said six villages were hit.\n\n"
         "Mr Mokri told the news agency he was not expecting the death toll to rise.\n")
    b = ("Quake toll\n\nKish island governor Farhad Mokri told the agency that the death toll was not expected "
         "to rise further.\n")
    rep = compare(a, b, min_confidence=0.0)
    assert not findings_of(rep, "attribution", "differs", "conflict"), findings_of(rep, "attribution")


def test_two_stated_nouns_are_not_read_as_one_by_their_place():
    a = "Rescue\n\nRescuers pulled 5 survivors from 2 buildings overnight, officials said.\n"
    b = "Rescue\n\nRescuers found 5 bodies in 2 buildings overnight, officials said.\n"
    numbers = findings_of(compare(a, b, min_confidence=0.0), "number", "agree")
    assert not [f for f in numbers if f[1].startswith("5")], numbers


_QEQ = "Quake on the island\n\nA magnitude 6.1 earthquake struck the island on Sunday, flattening homes.\n"


@pytest.mark.parametrize("b", [
    # aftershocks that followed the quake: the 5.9 is the story's quake, not a shock's
    "Quake on the island\n\nA 4.4 aftershock followed the 5.9 magnitude earthquake that struck the island on "
    "Sunday.\n",
    # a day something was said is not the day the quake struck
    "Quake on the island\n\nIranian officials said on Monday that three people died.\n\nThe survey said the "
    "magnitude 5.9 quake was shallow.\n",
    # an aftershock with its own figure near the top does not make the story's quake unsure
    "Quake on the island\n\nThree people died on the island.\n\nA magnitude 4.5 aftershock followed an hour "
    "later.\n\nThe survey said the magnitude 5.9 quake was shallow.\n",
    # the story's quake may be the record
    "Quake on the island\n\nThe 5.9 magnitude earthquake that struck the island on Sunday was the strongest "
    "ever recorded there.\n",
])
def test_the_stories_quakes_stay_tied(b):
    assert [f for f in findings_of(compare(_QEQ, b), "number", "conflict", "differs")
            if f[1].startswith("6.1") and f[2].startswith("5.9")], findings_of(compare(_QEQ, b, min_confidence=0.0), "number")
