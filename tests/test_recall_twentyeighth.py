"""Work of the twenty-eighth session, must-flag and must-not-flag: a people's name is a word
from a list (``data/demonyms.toml``), not any capitalized word that ends like one, so a source
named by a surname such as "Morgan", "Capaldi" or "Rahman" names someone, and two such
sources of one claim are set against each other; "Israeli officials" still only describes.

The sentences are written for these tests, in the style of wire copy.
"""
from __future__ import annotations

import pytest

from factcheck.aliases import is_named
from factcheck.lexicon import is_demonym
from pairs import compare, findings_of


@pytest.mark.parametrize("word, demonym", [
    ("Israeli", True), ("Palestinians", True), ("Sudanese", True), ("Swiss", True), ("Yemeni", True),
    ("Texan", True), ("Rican", True),
    # names that only end like a people's name
    ("Capaldi", False), ("Rahman", False), ("Morgan", False), ("Sudan", False), ("Lynch", False),
    ("Church", False), ("Genovese", False), ("israeli", False),
])
def test_a_people_is_a_listed_word(word, demonym):
    assert is_demonym(word) is demonym


@pytest.mark.parametrize("source, named", [
    ("Brian Morgan", True), ("Capaldi", True), ("Tzipi Livni", True), ("Dean Sullivan", True),
    ("the Israelis", False), ("Indian officials", False), ("Sudanese officials", False), ("the Chinese", False),
])
def test_a_surname_that_ends_like_a_people_names_someone(source, named):
    assert is_named(source) is named


_A = ("Club appeals\n\nThe club will appeal the ban handed to its striker, coach Brian Morgan said on Monday.\n")
_B = ("Club appeals\n\nThe club will appeal the ban handed to its striker, coach Dean Sullivan said on Monday.\n")


def test_one_claim_credited_to_two_people_named_so_differs():
    assert ("differs", "coach Brian Morgan", "coach Dean Sullivan") in findings_of(compare(_A, _B), "attribution")


def test_a_people_still_describes_a_source():
    b = _B.replace("coach Dean Sullivan said", "Scottish officials said")
    rep = compare(_A, b, min_confidence=0.0)
    # rule source.described: a described source never accuses; it is compatible with the named one
    assert [f.message for f in rep.findings if f.kind == "attribution"] == [
        "source: coach Brian Morgan (A) / Scottish officials (B) — one report names the source, the other describes it"]
