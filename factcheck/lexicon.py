"""The vocabulary the stages share, read once from the documented files in ``factcheck/data/``.

Each word list is defined in one data file and read here once per process; the stages import
the names below and hold only the logic that reads them. The number parser's own tables
(number words, units, bound phrases) are read by :mod:`factcheck.facts.numbers.lexicon` with
:func:`data`.

>>> MONTHS["may"], WEEKDAYS["friday"], "said" in CLAIM_VERBS, "shouted" in QUOTE_CUES
(5, 4, True, True)
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Iterable


@lru_cache(maxsize=None)
def data(name: str) -> dict:
    """The parsed data file ``factcheck/data/<name>.toml`` (read once per process)."""
    text = resources.files("factcheck").joinpath(f"data/{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of ``words`` as written, in their order.

    >>> alternation(["said", "according to"])
    'said|according\\\\ to'
    """
    return "|".join(re.escape(w) for w in words)


_calendar = data("calendar")
MONTHS: dict[str, int] = dict(_calendar["months"])
MONTH_ABBREVIATIONS: dict[str, int] = dict(_calendar["month_abbreviations"])
WEEKDAYS: dict[str, int] = dict(_calendar["weekdays"])
WEEKDAY_ABBREVIATIONS: dict[str, int] = dict(_calendar["weekday_abbreviations"])
# a clock time's zone → its possible offsets from UTC, in hours ("et" → -5 or -4)
TIME_ZONES: dict[str, tuple[float, ...]] = {k: tuple(v) for k, v in _calendar["time_zones"].items()}
MONTH_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREVIATIONS)
YEAR_CUES: tuple[str, ...] = tuple(_calendar["years"]["cues"])
MONTH_NOUNS: tuple[str, ...] = tuple(_calendar["month_nouns"]["nouns"])   # "the March raid"
# months that are common words, not read in lower case where they say so ("may be", "in march")
LOWER_CASE_MONTHS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _calendar["lower_case_months"].items()}
# words before a four-digit figure that make it a year rather than a count
YEAR_CONTEXT = frozenset(YEAR_CUES) | frozenset(_calendar["years"]["also_before_a_year"])

_words = data("words")
STOPWORDS = frozenset(_words["stopwords"])
# words that end the noun phrase after a figure: "100 across the city" counts nothing
PHRASE_ENDERS = (STOPWORDS | frozenset(_words["phrase_enders"])) - frozenset(_words["counted_modifiers"])
PRONOUNS = frozenset(_words["pronouns"])
DETERMINERS = frozenset(_words["determiners"])
YEAR_ARTICLES: tuple[str, ...] = tuple(_words["year_articles"])     # "the 1972 break-in", "a 2007 silver Ford"
OBJECT_PRONOUNS = frozenset(_words["object_pronouns"])
ARTICLES = frozenset(_words["articles"])
NEWS_ABBREVIATIONS = frozenset(_words["news_abbreviations"])     # written with a stop: "Gov.", "Inc."
PREPOSITIONS = frozenset(_words["prepositions"])
PLACE_BEFORE = frozenset(_words["place_before"])   # "in Bountiful, British Columbia": a place
REGIONS = frozenset(data("places")["after_comma"]["names"])     # "Bountiful, British Columbia": a region after a town
# a people, as a word ("Yemeni", "British", "Chinese"), and the names of a people in two words or
# more ("Sri Lankan", "South African"), each as a tuple of words
_PEOPLES = data("demonyms")["words"]
DEMONYMS = frozenset(w for w in _PEOPLES if " " not in w)
DEMONYM_PHRASES = frozenset(tuple(w.split()) for w in _PEOPLES if " " in w)
_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(DEMONYM_PHRASES):
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def is_demonym(word: str) -> bool:
    """Is ``word``, as written, a people's name or its plural ("Israeli", "Palestinians",
    "Sudanese", "Frenchmen", "African-Americans": the last part of a hyphened word)? Not a name
    that only ends like one ("Capaldi", "Rahman", "Sudan", "Lynch").

    >>> [is_demonym(w) for w in ("Israelis", "Sudanese", "Swiss", "Capaldi", "Rahman", "israeli")]
    [True, True, True, False, False, False]
    >>> [is_demonym(w) for w in ("Frenchmen", "African-Americans", "Lankan", "Yankees", "pro-Russian")]
    [True, True, False, False, False]
    """
    if "-" in word:
        first, word = word.split("-", 1)[0], word.rsplit("-", 1)[1]
        if not first[:1].isupper():
            return False        # a stance, not a people: "pro-Russian", "anti-Israeli"
        word = word[:1].upper() + word[1:]
    if word in DEMONYMS or (word.endswith("s") and word[:-1] in DEMONYMS):
        return True
    return word.endswith("men") and word[:-3] + "man" in DEMONYMS      # "Frenchmen", "Englishmen"


def demonym_words(words: list[str]) -> set[int]:
    """The positions in ``words`` that belong to a people's name: a word of its own
    (:func:`is_demonym`) or a run of words of one of two words or more, its last word perhaps
    plural ("Sri Lankan officials" → {0, 1}, "South Africans" → {0, 1}).

    >>> sorted(demonym_words(["Sri", "Lankan", "officials"])), sorted(demonym_words(["South", "Africans"]))
    ([0, 1], [0, 1])
    >>> sorted(demonym_words(["South", "Korea"])), sorted(demonym_words(["Indian", "police"]))
    ([], [0])
    """
    out = {k for k, w in enumerate(words) if is_demonym(w)}
    for k, w in enumerate(words):
        for phrase in _PHRASES_BY_FIRST.get(w, ()):
            n = len(phrase)
            run = words[k:k + n]
            if len(run) == n and tuple(run[:-1]) == phrase[:-1] and run[-1] in (phrase[-1], phrase[-1] + "s"):
                out.update(range(k, k + n))
    return out


SPAN_EDGES = frozenset(_words["span_edges"])       # no shown span of an agreement ends on these
IRREGULAR_PLURALS: dict[str, str] = dict(_words["irregular_plurals"])
COMPOUND_PLURAL_TAILS: frozenset[str] = frozenset(_words["compound_plurals"]["tails"])
if not COMPOUND_PLURAL_TAILS <= IRREGULAR_PLURALS.keys():     # each tail's singular is read from irregular_plurals
    raise ValueError(f"words.toml: compound_plurals tails not in irregular_plurals: "
                     f"{sorted(COMPOUND_PLURAL_TAILS - IRREGULAR_PLURALS.keys())}")

_names = data("names")
HONORIFICS = frozenset(_names["honorifics"])
TITLES = frozenset(_names["titles"])
STORMS = frozenset(_names["storms"])       # "Hurricane Georges": a storm named like a person
SINGLE_HOLDER_ROLES = frozenset(tuple(r.split()) for r in _names["single_holder_roles"])  # "general manager"
SHARED_ROLES = frozenset(tuple(r.split()) for r in _names["shared_roles"])  # "attorney": a client may have several
SERVING_ROLES = frozenset(_names["serving_roles"])     # "spokesman for Mayor X": the title after is X's
# a role's last words → the first of its group of synonyms ("lawyer" → "attorney")
ROLE_SYNONYMS: dict[tuple[str, ...], tuple[str, ...]] = {tuple(r.split()): tuple(group[0].split())
                                                         for group in _names["role_synonyms"] for r in group}
if len(ROLE_SYNONYMS) != sum(len(group) for group in _names["role_synonyms"]):
    raise ValueError("names.toml: a role is listed in two role_synonyms groups, or twice in one")
ROLE_TIMES = frozenset(_names["role_times"])   # "former coach": another moment's holder
ROLE_BODIES = frozenset(_names["role_bodies"])  # "team general manager": whose role, not which
ORG_WORDS = frozenset(_names["organisation_words"])
POSSESSED_PLACES = frozenset(_names["possessed_places"])     # "Sarah Palin's church": her church, no body's name
PLACE_OF_KINDS = frozenset(_names["place_of_kinds"])   # "the Island of Qeshm": a kind before "of" and the name
# words that make a name a place or a body, not a person ("East Fifth Avenue", "Indian navy")
PLACE_KINDS = frozenset(_names["place_kinds"])     # "Sea", "province": a kind a place's name may leave off
NOT_PEOPLE = frozenset(_names["place_words"]) | ORG_WORDS
CONNECTORS = frozenset(_names["connectors"])
NOT_NAMES = frozenset(_names["not_names"]) | frozenset(MONTHS) | frozenset(WEEKDAYS) | \
    frozenset(z for z in TIME_ZONES if len(z) >= 3)      # "GMT", "PST"; not "ET", "CT" (Connecticut)
GENERATIONAL = frozenset(_names["generational_suffixes"])   # "Jr", "Sr"
SUFFIXES_WITH_STOP = frozenset(_names["suffixes_with_stop"])  # "Jr.", "Co.": the full stop is the name's
# a full first name → its short forms ("james" → {"jim", "jimmy"})
SHORT_FORMS: dict[str, frozenset[str]] = {row[0]: frozenset(row[1:]) for row in _names["short_forms"]}
OF_NAMES = frozenset(_names["of_names"])     # "United States of America": one name
WEEKDAY_NAMES = frozenset(_names["weekday_names"])     # "Patch Tuesday": a weekday inside a name
GENERIC = frozenset(_names["generic"])
ROLE_NOUNS = frozenset(_names["role_nouns"]) | TITLES
_COMPOUND = re.compile(r"[a-z]+(?:-[a-z]+)+")
_ROLE_WORDS = frozenset(_names["role_nouns"])       # (not the titles' abbreviations: "3rd-gen")
_COMPOUND_PREFIXES = frozenset(_names["compound_role_prefixes"])


def compound_role(word: str) -> bool:
    """A hyphenated word of letters ending in a role noun, opened by a listed prefix or another
    role noun: "half-brother", "co-founder", "writer-director"; not "3rd-gen", "high-end"."""
    low = word.lower()
    if _COMPOUND.fullmatch(low) is None:
        return False
    first, last = low.split("-", 1)[0], low.rsplit("-", 1)[1]
    return last in _ROLE_WORDS and (first in _COMPOUND_PREFIXES or first in _ROLE_WORDS)


ROLE_MODIFIERS = frozenset(_names["role_modifiers"])
ROLE_RANKS = frozenset(_names["role_ranks"])    # "senior vice president" / "vice president": two ranks
FORCE_RANKS = frozenset(_names["force_ranks"])      # "Deputy Sgt.": a deputy at the rank of sergeant
HONORIFIC_SEX: dict[str, str] = dict(_names["honorific_sex"])     # "mr" → "m": "Mr Jenkin" / "Miss Jenkin" are two
TITLE_AFTER_MISS = frozenset(_names["title_after_miss"])          # "Miss America": a title's name
SPEAKER_OPENERS = frozenset(_names["apposition_speaker_openers"])   # "…, her rep says": a speaker, no role
ROLE_RANKS_BELOW = frozenset(_names["role_ranks_below"])   # "deputy director" called "director": promoted


_ROLE_VOCABULARY = ROLE_NOUNS | ROLE_MODIFIERS | ROLE_RANKS | ROLE_RANKS_BELOW | FORCE_RANKS


def in_role_vocabulary(word: str) -> bool:
    """A word of a role itself ("Deputy", "Senior", "Director"), not of its owner's name."""
    return word.lower().rstrip(".") in _ROLE_VOCABULARY


EXCLUSIVE_ROLES = tuple(frozenset(group) for group in _names["exclusive_roles"])   # "clerk" / "prosecutor"
# a job title's head noun → its group's first ("chairwoman" → "chairman"): two groups are two posts
DISTINCT_TITLES: dict[str, str] = {t: group[0] for group in _names["distinct_titles"] for t in group}
if len(DISTINCT_TITLES) != sum(len(group) for group in _names["distinct_titles"]):
    raise ValueError("names.toml: a title is listed in two distinct_titles groups, or twice in one")
ROLE_ABBREVIATIONS: dict[str, str] = dict(_names["role_abbreviations"])    # "VP" → "vice president"
FUNCTION = frozenset(_names["function"])
ABBREVIATIONS: dict[str, str] = dict(_names["abbreviations"])

_verbs: dict[str, list[str]] = data("speech")["verbs"]
CLAIM_VERBS: tuple[str, ...] = tuple(v for v, uses in _verbs.items() if "claim" in uses)
QUOTE_CUES: tuple[str, ...] = tuple(v for v, uses in _verbs.items() if "quote" in uses)
SPEAKER_NOT_OPENERS = frozenset(data("speech")["speaker_not"]["openers"])   # "On Monday, Dana Whitfield said"
BEFORE_SUBJECT_VERBS: tuple[str, ...] = tuple(v for v, uses in _verbs.items() if "before" in uses)
SOURCE_DOCUMENTS = data("speech")["documents"]     # "according to (preliminary) data from X": nouns, before, links
SOURCE_WORDS = data("speech")["sources"]            # "Her agent, Mark Roesler, said": role openers, time nouns, …
