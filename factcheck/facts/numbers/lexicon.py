"""The number parser's vocabulary, read once from ``factcheck/data/`` (numbers, units, bounds).

Number words, scales and ordinals come from ``numbers.toml``; units, their conversions and
currencies from ``units.toml``; the phrases that bound or soften a figure from
``bounds.toml``. Shared words (months, year cues, stopwords, plurals) come from
:mod:`factcheck.lexicon`. Everything here is built once, at import, from those files.

>>> UNIT_TABLE["miles"], CURRENCY_SIGNS["£"], dict(BEFORE_PHRASES)[("about",)]
(('mile', 'length', 1609.344), 'GBP', '~')
"""
from __future__ import annotations

from ...lexicon import data

_numbers = data("numbers")
CARDINALS: dict[str, int] = dict(_numbers["cardinals"])
TENS: dict[str, int] = dict(_numbers["tens"])
SCALES: dict[str, float] = {k: float(v) for k, v in _numbers["scales"].items()}
# scale abbreviations, valid only right after digits ("3bn", "10 k", "$1.2m")
ABBREV: dict[str, float] = {k: float(v) for k, v in _numbers["scale_abbreviations"].items()}
DOZENS = frozenset(_numbers["dozens"]["words"])
ORD_UNITS: dict[str, int] = dict(_numbers["ordinals"])
ORD_TENS: dict[str, int] = dict(_numbers["ordinal_tens"])
ORD_SCALES: dict[str, float] = {k: float(v) if v >= 1000 else v for k, v in _numbers["ordinal_scales"].items()}
VULGAR: dict[str, float] = dict(_numbers["vulgar_fractions"])
# vague plurals: "hundreds of" → [100, 1000), approximate
VAGUE: dict[str, float] = {k: float(v) if v >= 1000 else v for k, v in _numbers["vague_plurals"].items()}
# "a few", "several": (words, low, high) before a plural noun, longest first
VAGUE_SMALL = tuple(sorted(((tuple(k.split()), float(lo), float(hi)) for k, (lo, hi) in _numbers["vague_small"].items()),
                           key=lambda e: -len(e[0])))

_units = data("units")
# unit word → (normalized unit, dimension, factor to the dimension's base unit)
UNIT_TABLE: dict[str, tuple[str, str, float]] = {
    name: (u["unit"], u["dimension"], float(u["factor"])) for u in _units["unit"] for name in u["names"]}
# normalized unit → (dimension, factor)
NORM_UNITS: dict[str, tuple[str, float]] = {u["unit"]: (u["dimension"], float(u["factor"])) for u in _units["unit"]}
GLUED_UNITS = frozenset(_units["glued"]["units"])                  # may be glued to the digits: "29km"
LETTER_UNITS_SPACED = frozenset(_units["glued"]["letters_spaced"])  # also units after a space: "5 km"
CURRENCY_SIGNS: dict[str, str] = dict(_units["currency_signs"])
CURRENCY_PREFIX: dict[str, str] = dict(_units["currency_before"])
CURRENCY_WORDS: dict[str, str] = dict(_units["currency_after"])

# bound kinds: ">" open low, ">=" closed low, "<" open high, "<=" closed high, "=" exact,
# "~" about, "~<" nearly (approximately, below the number), "=+" closes an open bound
_KINDS = {"more_than": ">", "at_least": ">=", "less_than": "<", "at_most": "<=", "exactly": "=",
          "about": "~", "nearly": "~<", "or_equal": "=+"}
_bounds = data("bounds")
BEFORE_PHRASES: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(text.split()), _KINDS[name]) for name, texts in _bounds["before"].items() for text in texts),
    key=lambda p: -len(p[0]))
AFTER_PHRASES: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(text.split()), _KINDS[name]) for name, texts in _bounds["after"].items() for text in texts),
    key=lambda p: -len(p[0]))
QUALIFIER_WORDS = frozenset(w for words, _ in BEFORE_PHRASES for w in words)
NEAR_BOUNDS = frozenset(_bounds["near"]["phrases"])     # "just over 10 seconds": a bound close to its figure

_context = _numbers["context"]
# words before a number that make it an identifier: "Interstate 75", "Flight 370"
IDENT_CUES = frozenset(_context["identifier_cues"])
IDIOMS = frozenset(_context["idioms"])
CONTEST_WORDS = frozenset(_context["contest_words"])   # "the 1-0 World Cup qualifier": no team's record
PART_AFTER = frozenset(_context["part_after"])         # "352 of them on the ground": still yards
AGES_AFTER = frozenset(_context["ages_after"])         # "aged 12 and 14-year-old …": the 12 an age too
ELLIPSIS_AFTER = frozenset(_context["ellipsis_after"])     # "early in the seventh for referee …": the seventh round
SEQUENCE_NOUNS = frozenset(_context["sequence_nouns"])    # "the seventh round … in the sixth": an article's rounds
ORDINAL_PART_PREPOSITIONS = tuple(_context["ordinal_part_prepositions"])    # "in the sixth"
TALLY_FOR = frozenset(_context["tally_for"])          # "scored 13 for the Bulldogs"
MONEY_VERBS = frozenset(_context["money_verbs"])     # "the Nationals have offered … $160 million": who pays
OFFER_NOUNS = frozenset(_context["offer_nouns"])     # "a $160 million offer": made by its payer
MADE_VERBS = frozenset(_context["made_verbs"])
PERIOD_NOUNS = frozenset(_context["period_nouns"])   # "in 54 games": the span a player's figures cover
AGE_NOUNS = frozenset(_context["age_nouns"])         # "a 15-year girl": an age with "-old" left out
# "her son, 4, was unhurt", "The officer, 32, was suspended": an age (one person: no plural)
AGE_APPOSED = frozenset(_context["age_apposed"]) | frozenset(data("nouns")["persons"])
# words before / after "one" that make it a pronoun: "the one that", "no one", "one of"
ONE_PRONOUN_BEFORE = frozenset(_context["one_pronoun_before"])
ONE_PRONOUN_AFTER = frozenset(_context["one_pronoun_after"])
TIME_WORDS = frozenset(_context["clock_words"])       # "10 am", "0900 GMT": clock times
STREETS = frozenset(_context["street_words"])         # "54 State St.": street numbers
TIME_NOUNS = frozenset(_context["time_nouns"])        # "three people yesterday": no counted noun
OF_HEADS = frozenset(_context["of_heads"])            # "a total of 14": the noun before "of" is no counted thing
VERSION_WORDS = frozenset(_context["version_words"])  # "Internet Explorer 8 Beta 2": a version, not a count
PARENT_HEADS = frozenset(_context["parent_heads"])    # "a mother of 12": 12 children
GRANDPARENT_HEADS = frozenset(_context["grandparent_heads"])   # "a grandmother of 12": 12 grandchildren
KIN_PLURALS = frozenset(_context["kin_plurals"])   # "a father of two sons": the sons are counted
# before a bare figure joined to an age: "aged 12 and 14", "boys 12 and 14", "grandchildren 5 and 7"
AGES_LISTED_AFTER = AGES_AFTER | AGE_NOUNS | KIN_PLURALS
KIN_NOUNS = frozenset(_context["kin_nouns"])       # "19 wives": one person's own kin
MARRY_VERBS = frozenset(_context["marry_verbs"])   # "marrying 20 women": 20 wives
SPOUSES: dict[str, str] = dict(_context["spouses"])
PEOPLE_PARTICIPLES = frozenset(_context["people_participles"])   # "50 were injured": 50 people
PEOPLE_VERBS = frozenset(_context["people_verbs"])    # "the blast killed 12": 12 people
BEFORE_PARTICIPLES = frozenset(_context["before_participles"])   # "50 were later confirmed dead"
PEOPLE_ALONE = frozenset(_context["people_alone"])               # "12 dead", "20 injured"
SPANS_OF_YEARS = dict(_context["spans_of_years"])   # "three decades": a span of 30 years
CHANGE_VERBS = frozenset(_context["change_verbs"])   # "dropped $100 to $1199": a change and a new value
CHANGE_PAST_FORMS = frozenset(_context["change_past_forms"])     # "rose": a verb, never a noun
CHANGE_VERB_CUES = frozenset(_context["change_verb_cues"])       # "will raise": "raise" is a verb
RANGE_OF_AGES = frozenset(_context["range_of_ages"])             # "aged from 16 to 24": a range
NUMBER_OF_ENDS = frozenset(_context["number_of_ends"])           # "the number of cases rose from …"
TALLY_VERBS = frozenset(_context["tally_verbs"])     # "… while Peyton Hillis added 101": 101 of the same
RECORD_VERBS = tuple(_context["record_verbs"])       # "improved to 9-5"
EDITION_WORDS = frozenset(_context["edition_words"])  # "the 81st annual Oscars"
STREAK_NOUNS = frozenset(_context["streak_nouns"])   # "eighth straight" / "eighth straight win": one streak
SERIES_WORDS = frozenset(_context["series_words"])   # "the seventh straight day" counts days
KIND_COMPOUNDS = frozenset(_context["kind_compounds"])     # "a 64-bit version": a kind, no count
EVENT_DAYS = frozenset(_context["event_days"])       # "the eighth day of protests": an ongoing event's day
DIMENSION_NOUNS = tuple(_context["dimension_nouns"])  # "2,880 by 1,800 pixels": one size
MEASURED_DIMENSIONS = frozenset(_context["measured_dimensions"])    # "75 percent of traffic"
APART_ONLY_DIMENSIONS = frozenset(_context["apart_only_dimensions"])  # "16GB of RAM" / "a 256GB SSD"
GUN_KINDS = {w: group[0] for group in _context["gun_kinds"] for w in group}    # "pistols" → "pistol"
LEAD_UNITS = frozenset(_context["lead_units"])                      # a report's first magnitude: the story's quake
NOT_LEAD_AFTER = frozenset(_context["not_lead_after"])              # "a 5.2-magnitude aftershock"
NOT_MEASURED_THINGS = frozenset(_context["not_measured_things"])    # "$5 million each": no thing measured
STANDS_AT = tuple(_context["stands_at"])    # "turnout reached 93.87 percent": the thing, then the figure
RUNNING_SCORE = frozenset(_context["running_score_words"])  # "a 7-0 lead", "trailing 13-10"
RUNNING_BEFORE = frozenset(_context["running_score_before"])  # "putting Indy up 7-0"
RESULT_WORDS = frozenset(_context["result_words"])  # "beat the Chiefs 20-13": a result, whatever follows
DEATH_TOLLS = tuple(tuple(t.split()) for t in _context["death_tolls"])   # "the death toll rose to 25"
TOLL_LINKS = frozenset(_context["toll_links"])
OVER_PARTICLE_VERBS = frozenset(_context["over_particle_verbs"])   # "pulled over", "took over": no bound
CROWDS_AT = frozenset(_context["crowds_at"])           # "estimated the crowd at 70"
MAGNITUDE_VERBS = frozenset(_context["magnitude_verbs"])   # "a quake measuring 7.6"
QUAKE_NOUNS = frozenset(_context["quake_nouns"])
LIST_JOINS = frozenset(_context["list_joins"])       # "measuring 7.6 and 7.4"
POPULATION_OF = frozenset(_context["population_of"])   # "a city of 160,000 people": a population
POPULATION_NOUNS = frozenset(_context["population_nouns"])   # "home to 200,000 residents"
UNIT_MODIFIERS = frozenset(_context["unit_modifiers"])  # "352 net yards"
# nouns for people (data/nouns.toml, the people kind): a participle after one is its verb
# ("one gunman opened fire"), not part of a compound noun ("rocket propelled grenade")
PEOPLE_NOUNS = frozenset(next(k["names"] for k in data("nouns")["kind"] if "people" in k["names"]))
# people counted by what they belong to ("users", "residents", "voters"): people too
MEMBER_NOUNS = frozenset(data("nouns")["relational"])
