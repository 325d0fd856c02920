"""Every knob of the aligner and the judges, in one frozen, documented object.

``Options.thresholds`` carries one :class:`Thresholds` down to every stage that decides;
no judge module holds a threshold of its own. Fields are named the same wherever they are
read (``t.close`` in the number judge is ``Thresholds.close`` here). Changing one changes
what the tool reports: ``tools/rule_costs.py`` and the gold tests measure the effect.

>>> Thresholds().min_confidence
0.55
>>> Thresholds(min_confidence=0.8).close
0.5
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class Thresholds:
    """The tuning of the comparison. Similarities are the aligner's (0–1); confidences are a
    finding's (0–1): how sure the tool is that both sides state the same fact."""

    # --- which findings are reported
    min_confidence: float = 0.55     # findings below this go to the "not reported" list (--explain)

    # --- alignment (factcheck/align.py)
    align: float = 0.16              # a one-to-one link needs this similarity
    align_extra: float = 0.22        # a sentence joins a second partner (one-to-many) from this
    pair_floor: float = 0.12         # sentence pairs below this similarity are not compared, unless aligned
    name_floor: float = 0.06         # … except by the name and statement judges, down to this similarity
    lead_sentences: int = 3          # a report's first content sentences (headline, lead) name the story's event
    self_window: int = 300           # a report is compared with itself within this many sentences either side

    # --- numbers (factcheck/judge/numbers/, groups.py)
    close: float = 0.5               # an alignment this close ties two figures to one fact
    bare_least: float = 10           # a figure this large, its noun left out on one side, agrees in loosely aligned
                                     # sentences ("destroyed 14 homes" / "had destroyed 14"); smaller ones need close ones
    group_ratio: float = 2.0         # a group's size stated in unaligned places: figures within this factor
    self_ratio: float = 3.0          # a report against itself: figures within this factor
    self_confidence: float = 0.7     # ... how sure its own two accounts (adjacent, or one parent's children) are of one fact
    headline_close: float = 0.25     # a headline's figure against its lead's: at most this share apart (judge/headlines.py)
    headline_words: int = 16         # ... a headline so compared: at most this many words, no closing stop
    headline_confidence: float = 0.7  # ... how sure such a pair in one report is of one fact
    parent_reach: int = 40           # characters between a name and the parent's figure that is the person's
    unit_rounding: float = 0.02      # "15 miles" / "24km": conversions rounded by this fraction
    companion_least: float = 10      # another figure both sentences give ties their figures from this size up
    bound_far: float = 3.0           # an open bound and a figure this many times beyond it are not compared
    open_bound: float = 1.3          # figures meeting only through an open bound, this many times apart: differs
    open_bound_small: float = 2.0    # ... or this many times, when the smaller is below small_count
    small_count: float = 10          # ("at least two" / "three" trucks can both be right)
    rare_ordinal: float = 10         # one ordinal from this one up in both reports is one thing's ("81st Academy
                                     # Awards" / "81st Oscars"), whatever noun each writes after it

    # --- dates (factcheck/judge/dates.py)
    date_close: float = 0.5          # a date conflict needs an alignment this close
    date_near: float = 0.8           # two weekdays clash only in sentences this alike around them
    date_line: float = 0.6           # a time filling this share of its sentence is a date line
    event_tie: float = 0.45          # event evidence this strong (one kind of event, a name in common) ties two facts
    calendar_tie: float = 0.2        # ... and this strong (one kind of event) ties two times of one calendar day
    clock_tie: int = 15              # two clock times at most this many minutes apart, each its report's only one, tie
    date_words: int = 2              # two clock times with this many content words in common around them are worded alike
    dateline_confidence: float = 0.9  # how sure two date lines stating one day are one fact (both reports' date)

    # --- names (factcheck/judge/entities.py)
    spelling: float = 0.75           # two names this alike (Levenshtein) may be one name misspelled
    role_context: int = 2            # shared context words that make two names fill one role
    variant_letters: int = 5         # a name is compared with every name of the other report from this many letters
    variant_spelling: float = 0.8    # ... and is one name misspelled when the differing words are this alike
    sound_spelling: float = 0.6      # ... or when they sound alike (one Metaphone key) and are this alike
    sound_letters: int = 5           # ... letters a word needs for its sound to tell it ("Dan" / "Don" are two names)
    home_confidence: float = 0.6     # one person's two homes ("Ann Lee, 36, of Bloomington" / "… of Minneapolis")
    home_agree_confidence: float = 0.85   # … one home named alike (or one within the other): one person, one place
    absence_confidence: float = 0.6  # the victims named in one report, "identities not released" in the other
    absence_agree_confidence: float = 0.7   # both say nobody was hurt, the cause is unknown, terms undisclosed
    absence_name_reach: int = 60     # characters between a withheld identity's word ("victims") and a name
    absence_held_confidence: float = 0.45   # casualties or a sum against "none reported": below min_confidence
                                     # (1,300 corpus pairs: 13 of 15 casualties another place's; read 34: 3 of 3 sums false)
    misspelled: float = 0.85         # two names this alike (Indel) are one misspelled past other holds (resolver, check)
    slip_rare: int = 2               # in one report, a name written at most this many times ...
    slip_ratio: int = 4              # ... against this many times as often another form is a slip ("Paige" / "Page")
    slip_letters: int = 4            # ... from this many letters (one report's names against each other)
    title_confidence: float = 0.6   # one person called by two titles of one post (judge/names.py, distinct_titles)
    charge_confidence: float = 0.5  # two reports' charges at one stage with no crime in common, of no one act
                                    # (judge/charges.py): below min_confidence, wire copy often names only the main one
    charge_family_confidence: float = 0.7   # ... one act charged as two crimes (murder / manslaughter), or two degrees
    plea_confidence: float = 0.6    # ... a guilty plea against a plea of not guilty to one crime (a plea may change)
    charge_agree_confidence: float = 0.75   # ... the same charges, or charges in common
    self_day_confidence: float = 0.6   # how sure two days one report gives for one death are one fact (judge/deaths.py)
    story_person_least: int = 3      # ... "he" stands for the report's person whose surname ends this many names
    span_units: int = 10             # one span of time in two units ("30 years" / "three decades") from this many units
    two_names_least: int = 2         # one report writing each of two forms this many times names two ("Charlie" / "Charlene")
    role_close: float = 0.3          # one role given to two people is flagged in sentences this alike (or with a swap)
    role_alike: float = 0.45         # ... any role (not only one person's at a time) in sentences this alike
    swap_alike: float = 0.3          # two people each in the other's place are flagged in sentences this alike
    swap_confidence: float = 0.5     # how sure two people each in the other's place are one deed told two ways
    standing_confidence: float = 0.5  # how sure one standing given to two names sets them against each other
    unit_slip: float = 1.25          # two durations of one deed stated this close in neighbouring units of time are one, a unit slipped
    capitals_confidence: float = 0.6  # at most this sure of one name capitalised two ways ("LaSalle" / "Lasalle")
    acronym_confidence: float = 0.75  # how sure an acronym with its letters in two orders is one name (judge/acronyms.py)
    acronym_rare: int = 2            # ... when the rarer spelling is written at most this many times
    direction_confidence: float = 0.6  # how sure one place's two compass points are one statement (judge/directions.py)
    direction_region_confidence: float = 0.5  # ... when only a region is named ("northern Israel" / "southern Israel")

    # --- sources (factcheck/judge/sources.py)
    source_close: float = 0.4        # a source difference needs sentences this similar
    same_claim: float = 0.5          # share of the shorter claim's words the other must have

    # --- negation (factcheck/judge/negation.py)
    negation_close: float = 0.5      # below this alignment, the words around a denial must be shared

    # --- quotes (factcheck/judge/quotes.py)
    quote_share: float = 0.6         # share of the shorter quote's words in a common subsequence
    quote_rivals: float = 0.9        # quotes of two named speakers pair only when this alike
    quote_reworded_words: int = 6    # a statement both reports quote, worded differently over this many words or more: differs
    quote_run: int = 4               # quotes otherwise unpaired share a run of this many words (two content words)

    # --- one sentence edited (factcheck/judge/edits.py)
    edit_shared: float = 0.75        # two sentences share this much of the longer one's words, in order
    edit_spans: int = 2              # ... and differ in at most this many places
    edit_least_words: int = 6        # ... and have at least this many words each
    edit_trims: int = 3              # a trimmed copy: words dropped or added in this many more places,
    edit_trimmed_share: float = 0.5  # ... sharing edit_shared of the shorter one's words and this much of the longer's
    edit_replaced_most: int = 3      # ... each value it replaces of this many words at most, inside the sentence
    edit_cut_reach: int = 1          # ... and no words dropped this many tokens or fewer from it ("20 points and more")
    edit_confidence: float = 0.85    # how sure a value changed in one sentence is one fact stated two ways
    sure_anyway: float = 0.8         # a discrepancy this sure is reported though one of its facts agrees elsewhere
    # two sentences that agree on the rest tie a third fact they state differently (judge/corroborate.py)
    corroboration: int = 2           # facts agreed, a figure or a time among them
    corroboration_words: int = 4     # ... each of this many words at most (a figure, a day, a name)
    corroboration_rare: int = 2      # ... each stated in at most this many sentences of a report
    corroboration_left: int = 1      # ... each sentence stating at most this many facts besides
    corroboration_evidence: float = 0.3  # ... and how much that says the third is one fact
    slot_evidence: float = 0.2       # two names in one slot of two compared sentences (judge/slots.py)
    dispute_confidence: float = 0.7  # two sources' figures of one measure set against each other in one sentence

    # --- a report checked against its sources (factcheck/checking.py)
    support: float = 0.3             # a source sentence aligned this close states the statement
    check_slot: float = 0.6          # a name where the statement's source sentence has another (checking.py)
    check_fact_slack: int = 20       # a finding this many characters longer than its other side is of one fact
    check_fact_words: int = 6        # ... of this many words at most (not a statement around the fact)
    derived_share: float = 0.8       # a report with this share of its sentences aligned to the other's ...
    derived_size: float = 0.45       # ... and at most this many times as long reads as a rewrite of it
    derived_unstated: float = 0.5    # ... unless more than this share of its sentences tell details the other never does
    derived_least: int = 3           # ... with this many content sentences at least
    derived_confidence: float = 0.5  # a detail of such a rewrite that the other report nowhere states (below
                                     # min_confidence: on 2,600 corpus pairs 100 such details, most each outlet's own)
    omission_alike: float = 0.6      # two sources' omitted statements this alike (token-set ratio) are one
    statement_words: int = 3         # a finding whose span has this many words is a statement, not a name (check, consensus)
    shared_after: int = 4            # an agreement is shown with up to this many words after it that both reports
                                     # write alike ("two counts of first-degree murder"; judge/shared_words.py)
    shared_before: int = 2           # ... and this many before it ("gray 2013 Toyota Camry")

    # --- statements (factcheck/judge/claims.py); weights are sums of IDF over both reports
    statement_weight: float = 4.0    # a shared run this heavy is reported as an agreement
    statement_link: float = 4.5      # sentence pairs not yet compared are compared when they share a run this heavy
    statement_rare: float = 1.5      # words at least this rare (IDF) are looked for first when linking
    statement_scale: float = 8.0     # a run this heavy is strong evidence (0.75) of one statement
    statement_anchor: float = 1.0    # a shared word this rare (IDF) anchors a place or a status
    statement_max: int = 2           # shared runs reported per sentence pair
    list_shared: int = 2             # members two lists of names share to be one list (judge/lists.py)
    later_report_days: int = 7       # "expected to be charged" this many days before "was charged": no contradiction


#: How much each rule that *lowers* a confidence lowers it: the finding's confidence is
#: multiplied by the factor (``factcheck.judge.rules.lower``), and the finding's detail names
#: the rule ("lowered by number.unaligned ×0.6"). Keys are rule names of
#: ``factcheck.judge.rules.RULES``. ``tools/calibrate.py`` measures, on the editors' labelled
#: reads in ``eval/reads/``, how often findings each rule lowered were accepted, beside the
#: findings of their kind it did not touch; a factor follows that ratio, rounded.
FACTORS: Mapping[str, float] = MappingProxyType({
    # numbers (factcheck/judge/numbers/)
    "number.loose-match": 0.5,          # nothing ties what the figures count
    "number.related-nouns": 0.7,        # related counted nouns ("troops" / "soldiers"), not one word
    "number.one-side-frame": 0.7,       # the same figure; a place, owner or nationality on one side only
    "number.generic-count": 0.6,        # "people" on both sides, with no shared event
    "number.members-of-what": 0.6,      # "members", "residents" with no named group
    "number.unaligned": 0.6,            # sentences the aligner did not pair
    "number.not-tied": 0.5,             # loosely aligned, nothing else ties the figures
    "number.sole-only": 0.85,           # loosely aligned, tied only by each report counting the thing once
    "number.ongoing": 0.5,              # spans of an ongoing event, perhaps counted on other days
    "number.event-day": 0.7,            # "the eighth day" / "the seventh day" of one event, told in close sentences
    "number.bare-plural": 0.6,          # one against a plural with no figure, often said of a kind
    "number.article-one": 0.8,          # a figure against "a NOUN": "a" is sometimes said of a kind
    "number.one-side-running": 0.8,     # one subject's tally, "so far" on one side only
    # one sentence edited (factcheck/judge/edits.py)
    "edit.place-or-body": 0.6,          # a place or a body named otherwise in a sentence copied into both
    # dates (factcheck/judge/dates.py)
    "date.loose-alignment": 0.5,        # sentences not close enough to be sure of one event
    "date.telling-time": 0.5,           # one time may date only the telling ("said Saturday")
    "date.unchecked": 0.8,              # times only the (unknown) publication dates could relate
    "date.other-events": 0.6,           # weekdays in sentences worded differently
    "date.one-of-several": 0.5,         # one time of "the first quake", the other of the story's quake
    "date.other-week": 0.7,             # the same weekday as written, apart only by the reports' dates
    # statements (factcheck/judge/claims.py, negation.py)
    "claim.restated-elsewhere": 0.6,    # a statement confirmed with a surer partner, met again (agreement read 5353: 13/40 false)
    "claim.kind-of-many": 0.5,          # two courts, prizes, charges or causes in one place: a story often has several
    "claim.undated": 0.7,               # done / not yet, in reports whose dates are not both known
    "claim.other-words": 0.6,           # done / not yet of two actions: the plan names another verb
    "quote.speaker-elsewhere": 0.5,     # one speaker read from "he said" or the paragraph before
    "quote.shared-run": 0.7,            # two quotes sharing one run of words only: often two remarks reusing a phrase
    "quote.two-remarks": 0.5,           # a statement's words inside two quotes the quote judge does not pair as one remark
    "negation.sequence": 0.7,           # "checked into" / "checked out of": two completed moves, perhaps one after the other
})
