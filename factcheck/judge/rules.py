"""The named rules that hold a candidate back or lower its confidence, and the collector the
judges write findings and skips to.

Every rule that drops a candidate pair of facts, or makes the tool less sure of it, has a
name here with one line on what it does; ``factcheck rules`` prints this table,
``--explain`` shows each candidate a rule held back, and ``tools/rule_costs.py`` counts what
each rule blocks on the gold files and what it protects. A name not in :data:`RULES` is a
bug (:meth:`Out.skip` refuses it).

Like ruff's rule codes: one registry, one name per rule, named the same in code, in the
report and in the tests.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ..model import Finding, Side, Skip
from ..settings import FACTORS

# rule name → what it does (a drop, unless it says it lowers the confidence)
RULES: dict[str, str] = {
    "below-min-confidence": "a finding the tool is less sure of than --min-confidence (lower it to see these)",
    "fact-matched-elsewhere": "the fact already has a surer partner of its kind in the other report",
    "entity.slot-only": "two names in one slot of two compared sentences (\"in central Paris\" / \"in central Lyon\"), held back unless the sentences agree on the rest of what they state (judge/corroborate.py): real pairs name places at two scales far more often (\"Malibu\" / \"Los Angeles\")",
    "edit.place-or-body": "lowers the confidence: a place or a body named otherwise in one sentence copied into both reports (\"Sudan\" / \"Khartoum\"), often the same one",
    "statement-contradicted": "an agreement on a statement inside which a reported discrepancy lies (\"up to 8 hours on one charge\" / \"up to 9 hours …\")",
    "direction.other-distance": "two distances from one place too far apart to locate one thing (\"55 km south of Bireun\" / \"10 km west of Bireun\")",
    "direction.several-parts": "a report giving one place two compass points speaks of several parts of it (\"northern\" and \"southern Israel\"): its directions are not compared",
    # numbers
    "number.different-things": "the two figures count different things (\"officers\" / \"vehicles\")",
    "number.bare-small": "a figure under Thresholds.bare_least with its noun left out on one side, in sentences aligned but not closely alike (\"destroyed 9 homes\" / \"had destroyed 9\"): small figures stand everywhere",
    "number.named-apart": "two nouns of one thing (\"rifles\" / \"guns\") where one sentence counts both apart (\"7 rifles … and 3 machine guns\"): the figure of the very noun is the partner",
    "number.conversion": "a figure in brackets right after another of its dimension is its conversion (\"US$1 million (A$1.52 million)\")",
    "number.other-measure": "two measures of one unit that say they measure different things (\"a depth of 10 km\" / \"55 km from the town\", \"16GB of RAM\" / \"a 256GB SSD\")",
    "number.ordinal-unclear": "an ordinal (\"fifth\") with nothing said of what it ranks",
    "number.still-needed": "a figure still to reach (\"three wins away from\") against a count, on one side only",
    "number.rate-vs-count": "one figure is a rate (\"a game\", \"per day\"), the other a count",
    "number.different-sort": "figures of two sorts of one thing, each named by a word before the noun (\"rushing yards\" / \"receiving yards\")",
    "number.different-subset": "a people's name narrows one count (\"11 Yemeni pirates\", \"three Catholic churches\")",
    "number.different-event": "the figures count different events (killed / injured, arrested / rescued)",
    "number.different-actions": "two counts of times for different actions (\"shot Flynn twice\" / \"called Flynn several times\")",
    "number.one-side-running": "lowers the confidence: one subject's count of one thing, said to be a tally so far on one side only (\"has so far counted four versions\" / \"has now seen six variants\")",
    "number.different-scope": "figures of sentences that total over different named spans (\"since Week 11\" / \"this season\", \"last season\" / \"career\")",
    "number.span-in-role": "a span of time in one role against a span in no role or another (\"four seasons as director of player personnel\" / \"19 seasons with the 76ers\")",
    "number.different-periods": "figures of sentences that count over different numbers of games or seasons (\"13 homers … in 54 games\" / \"33 homers in a combined 157 games\")",
    "number.other-ones": "a figure of \"other\" things (besides some named before) on one side only (\"two other rifles\" / \"3 machine guns\", \"another four people\" / \"24 people\")",
    "number.different-owner": "the figures belong to different people or bodies (\"Carter's 14\" / \"Smith's 20\")",
    "number.different-place": "the figures hold for different places (\"in Takengon\" / \"in Central Aceh\")",
    "number.loose-match": "lowers the confidence: nothing ties what the figures count (a generic noun, or one unsaid)",
    "number.related-nouns": "lowers the confidence: the figures count related things named by different words (\"troops\" / \"soldiers\")",
    "number.one-side-frame": "lowers the confidence: the same figure of one thing, with a place, an owner or a nationality read on one side only",
    "number.age-other-year": "one person's ages in sentences that state different years, as far apart as the years (\"Felt, 92, … in 2006\" / \"in 2005, at the age of 91\")",
    "number.age-of-another": "two ages that are not of one person named next to both, in closely aligned sentences",
    "number.generic-count": "lowers the confidence: \"people\" on both sides, with no shared event",
    "number.members-of-what": "lowers the confidence: \"members\", \"residents\" … with no named group",
    "entity.two-honorifics": "one name after a man's honorific and a woman's (\"Mr Jenkin\" / \"Miss Jenkin\"), no role in common: two people",
    "number.two-parents": "one report counts children of two parents, or gives three counts: not one parent's two accounts",
    "number.headline-lead-unclear": "a headline's figure with several figures of its kind in the report's lead: which one the headline restates is unclear",
    "number.headline-scope": "a headline's figure and the lead's of another place, owner or part (\"recalls 2 million cars\" / \"1.1 million cars in Europe\")",
    "number.headline-far": "a headline's figure far from the lead's (more than Thresholds.headline_close apart): another fact, not a slip (\"$8 billion profit\" / \"revenue of $12 billion\")",
    "number.headline-rounded": "a headline's figure that is the lead's rounded (\"adds 200,000 jobs\" / \"added 216,000 jobs\")",
    "number.headline-sources": "a headline's figure and the lead's, each credited to its own source (\"state television says 5.2\" / \"the USGS put it at 5.4\"): the report sets two accounts side by side",
    "number.part-larger": "a part (\"alone\", \"first\", \"of\") larger than the other figure: another scope",
    "number.one-place": "one count is for one place, the other larger and for everywhere",
    "number.positions": "ordinals in different series (\"second victory\" / \"58th victory\")",
    "number.running-total": "a running total (\"so far\", \"career\") against a single count",
    "number.far-through-bound": "figures that meet only through an open bound, one far beyond the other (\"at least three\" / \"tens of thousands\"): nothing ties them",
    "number.order-apart": "figures an order of magnitude apart, not in closely aligned sentences, or two orders apart anywhere: another scope",
    "number.unaligned": "lowers the confidence: a discrepancy between sentences the aligner did not pair",
    "number.hypothetical": "a figure in a supposition (\"if an application needs two servers\"): an example, not a fact",
    "number.another-quake": "two magnitudes of different values, one of them not its report's first (outside background): an aftershock or an earlier quake (\"a 3.8 aftershock\" / \"the 6.1 quake\")",
    "number.event-day": "lowers the confidence: ordinal days of one ongoing event (\"the eighth day of protests\" / \"the seventh straight day\") in close sentences, perhaps counted on different days",
    "number.ongoing": "makes a conflict differs and lowers the confidence: two spans of an ongoing event (\"eight days of riots\" / \"five days\") may be counted on different days",
    "number.background": "one figure's sentence is about an earlier event (a year, \"weeks after\", \"the worst since\")",
    "number.loose-words": "a loose plural (\"thousands\") against a figure: no stated figure to set against it",
    "number.each-gives-both": "each report also gives the other's figure for the same thing: two facts",
    "number.not-tied": "lowers the confidence: loosely aligned sentences with nothing else tying the figures",
    "number.sole-only": "lowers the confidence: loosely aligned sentences whose figures are tied only by each report counting the thing once (\"three speedboats\" / \"Two speedboats\")",
    "number.another-game": "two results or records with no owner named on both sides: another game, another season",
    "number.article-untied": "a count of two or more against the thing in the singular after \"a\", but no one word governs both (\"returned it for a touchdown\" / \"threw for 364 yards and three touchdowns\"), or the plural is one of a player's line of tallies (\"blocked a shot\" / \"scored 11 points, grabbed 11 rebounds and blocked six shots\"): one instance against a tally",
    "number.article-one": "lowers the confidence: a count of two or more against the thing in the singular after \"a\" (\"three life sentences\" / \"a life sentence\"): \"a\" is sometimes said of a kind, not counted",
    "number.bare-plural": "lowers the confidence: one thing against a plural with no figure (\"one charge\" / \"faces charges\"): a plural is often said of a kind, not counted",
    "number.different-dates": "the sentences date different events (times or game results disagree)",
    # charges
    "charge.not-stated": "a charge to come or not brought (\"could face charges of\", \"expected to be charged with\", \"was not charged with\", \"dropped the murder charges\"): no charge to set against the other report's",
    "charge.earlier-case": "a charge of an earlier or another case (\"a previous arrest in which he was accused of assault\", \"had been convicted of burglary\")",
    "charge.other-person": "two reports' charges of two people: the names right before the two statements share no word (\"Smith was convicted of first-degree murder\" / \"Jones was convicted of second-degree murder\"); for crimes of no act in common, also one named person against one unnamed (\"Mr. LaRue pleaded guilty to obstruction\" / \"he pleaded guilty to conspiracy\")",
    "charge.act-only": "one report names only the act (\"charged with killing his wife\", \"criminal homicide\") against crimes of no family of it (\"fraud\"): nothing to set them against",
    "charge.partial": "no charge in common, but a report gives some as further charges (\"is also charged with attempted murder\"): its others may be worded out of reach",
    # names
    "entity.which-role": "two bodies in one place, but other names are left unmatched too: which fills the role?",
    "entity.is-a-source": "a body that is the source of the claim, not a doer in it (the source judge compares those)",
    "entity.different-roles": "two bodies with too few words around them in common to fill one role",
    "entity.both-forms-written": "one report writes each of two forms of a name several times (\"Charlie Kafoury\" twice, \"Charlene\" three times; Thresholds.two_names_least): two names, no misspelling; or the other report names the person without the middle name too (\"Mario Alberto Garcia\" / \"Mario Garcia\", \"Maria Garcia\")",
    "entity.both-in-one-sentence": "in one report, two forms of a name in one sentence that says why (\"spelled\", \"born\", \"known as\", \"or\"): the sentence explains them (\"her birth certificate spelled her name 'Betty,' she changed the spelling … to 'Bettie'\")",
    "entity.place-within": "two names in one slot, one of which a report writes as lying within the other (\"Indonesia's Aceh province\", \"Banda Aceh, Indonesia\"): one place at two scales, not a swap",
    "entity.kind-one-thing": "two things of one kind that are one thing named two ways (\"an apartment\" / \"an apartment complex\", \"an apartment complex\" / \"an apartment building\")",
    "entity.kind-elsewhere": "two things of one kind in aligned sentences (\"a house\" / \"an apartment\"), but no name stands around both: perhaps two places of the story",
    "entity.web-address": "one name written apart and together, but one is part of a web or mail address (\"BettiePage.com\"), which writes every name together",
    "entity.birth-name": "in one report, a full name with a middle name and a shorter one that only sound alike (\"Betty Mae Page\" / \"Bettie Page\"): a birth name and the name used, no misspelling",
    "entity.another-bearer": "a name written alone, alike to the last word of a fuller name, that a report gives someone else too (\"Eric Olsen\") or whose spelling as a surname it also writes alone: two people, or both forms in use",
    "entity.lone-place": "a name written alone, alike to a person's surname, that its report writes as a place (\"in Houston\", \"Houston, Texas\"): a place, not the surname misspelled",
    "entity.another-body": "two bodies' names alike but for a word that often makes another body (\"University of California\" / \"University of Southern California\", \"Indiana University\" / \"Indiana State University\"): two bodies, not one renamed",
    "entity.name-origin": "a name given as where another comes from (\"short for Vincenzo\", \"a diminutive of Vincente\") is no spelling of the person's own (\"Vincent\")",
    "entity.two-first-names": "one surname with two first names, neither a short form of the other: most often two people of one family",
    "entity.surname-shared": "one surname with first names that may be one person's, but a report names another person of that surname, or the surname is too short to tell",
    # sources
    "source.loose-alignment": "two sources of sentences not similar enough to make one claim",
    "source.described": "a source described, not named (\"police\", \"a UN official\"): it never accuses",
    "source.kinds-differ": "a person and a body (\"Schiller\" / \"Apple\"): the spokesman may speak for it",
    "source.relayed": "an outlet that relays (\"the CBC reported\") is no rival of the source it quotes",
    "source.one-inside-other": "one source inside the other (\"Police\" / \"Police inspector Dave Gaskin\")",
    "source.same-unnamed": "one source credited in two aligned sentences, named by neither (\"police\" / \"police\"): no agreement worth showing",
    "source.different-claims": "the two sentences make different claims once their sources are left out",
    # negation
    "negation.different-subject": "a denial and a statement about plainly different subjects (\"Ross\" / \"DiLeo\")",
    "negation.particle": "the same verb with different particles (\"checked out of\" / \"checked into\")",
    "negation.unclear-subject": "a denial or statement whose subject is a pronoun or unclear: of whom?",
    "negation.both-ways": "each report both states and denies the word somewhere: no stance to set apart",
    "negation.loose-alignment": "loosely aligned sentences sharing too few words around the two statements",
    "negation.no-longer": "a denial with \"no longer\" (\"are no longer affected\" / \"affected\"): it says the state held before, so the two are moments of one story",
    "claim.quoted-whole": "a run of the statement judge inside quotation marks where the quote judge sets the whole quotes side by side (speakers, split quotes): the quote judge's finding says it better",
    "quote.restated": "a quote whose words another, surer agreement already confirms: quotes pair one to one (\"We will rebuild the school\" within \"We will rebuild the school before winter\")",
    "claim.restated": "a shared statement one of whose sides is the very span a surer agreement already confirms (the report would show one statement twice)",
    "claim.restated-elsewhere": "lowers the confidence: a shared statement one of whose sides overlaps, with other bounds, a span a surer agreement already confirms: the statement met again elsewhere in the other report (a lead restated further down)",
    "claim.other-figures": "one wording with other figures inside it (\"a quake measuring 3.8\" / \"… 6.4\"): no agreement; the figures are the number judge's",
    "claim.other-words": "lowers the confidence: done and not yet said of two actions (\"was appointed interim coach\" / \"expected to remain coach\"), the plan naming another verb than the deed: editors found most of these no contradiction",
    "entity.standing-shared": "a standing only one can hold (\"the leader in …\"), given to both names by one report: it names several",
    "entity.symmetric-verb": "two people in each other's place around a verb that says the same of both (\"met\", \"married\", \"fled with\"): no swap",
    "entity.both-orders": "two people in each other's place, where a report gives both orders or the sentences date other times: two events, no swap",
    "entity.role-shared": "one role given to two people, where one report gives it to both: two holders, not a swap",
    "entity.one-role-apart": "one role given to two people in sentences not alike, with neither put in another role elsewhere: holders at other times (\"coach Dean Smith\" in 1977 / \"coach Roy Williams\")",
    "quote.shared-run": "lowers the confidence: two quotes of one speaker that share one run of words and go on differently may be two remarks reusing a phrase (precision reads 23-25: none of 8 such findings at 0.55 or more was one remark)",
    "quote.two-remarks": "lowers the confidence: the same words reworded inside two quotes that share too little of their words to be one remark quoted two ways (the quote judge's share) are more likely a phrase two remarks use (precision reads of seeds 2424-2929 and 3333: the three such 'the same quote, words differ' findings, at 0.79-0.93, were judged false every time they were drawn)",
    "quote.speaker-elsewhere": "lowers the confidence: the same words credited to two speakers, one of them not named beside the quote (read from \"he said\" or the paragraph before), may be a wrong guess of the speaker",
    "negation.sequence": "lowers the confidence: the same verb with opposite ways, both completed (\"checked into\" / \"checked out of\"), may be two moments of one story, one after the other",
    # statements
    "claim.other-verb": "one thing done on one side, not yet on the other, but by another verb and a cue that does not stand for the action",
    "claim.later-report": "one thing not yet done in the earlier report and done in one dated a week or more later (Thresholds.later_report_days): what was expected then happened, no contradiction",
    "claim.kind-of-many": "lowers the confidence: two things of a kind a story often names several of (courts, prizes, charges, causes) in one place (\"the Utah Supreme Court ruled\" / \"a Texas appeal court ruled\")",
    "claim.undated": "lowers the confidence: one thing done on one side, not yet on the other, in reports whose dates are not both known: the one that says \"expected to\" may be the earlier",
    "claim.background": "the sentences date different events (one about an earlier event, or their times disagree): not one thing done or not",
    # dates
    "date.other-deadlines": "two days something was put off until, with no one thing put off on both sides (or a day something came at last: \"it wasn't until 1997\"): other events",
    "date.recurring": "a date conflict or agreement where a time is a schedule (\"every Sunday\", \"the second Tuesday of every month\"), not the day of an event",
    "date.several-times": "a date conflict in sentences with several times: which dates which event?",
    "date.loose-alignment": "lowers the confidence (by half): a date conflict in sentences not close enough to be sure of one event is differs",
    "date.other-events": "lowers the confidence: two weekdays in sentences worded differently may date different events",
    "date.only-publication-dates": "a clash that only the publication dates make, with nothing shared as written (\"2011\" / \"Wednesday\"), or two dates that are each its own report's date",
    "date.not-event-time": "a date conflict where a time is in a quote or is a date line",
    "date.unchecked": "lowers the confidence: two times only the publication dates could relate, unknown, in sentences no event ties",
    "date.telling-time": "lowers the confidence: a date conflict where one time may date only the telling (\"said Saturday\") is differs",
    "date.one-of-several": "lowers the confidence: two times that differ, one told of one of several events of a kind (\"The first quake … struck at 4:43 a.m.\", \"another blast\") and the other not, or of another of them",
    "date.other-week": "lowers the confidence: the same weekday as written, made two days only by the reports' publication dates (often wrong or far from the event)",
}


@dataclass
class Out:
    """What the judges produce: findings, and the candidates they held back (with the rule)."""

    findings: list[Finding] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)
    pinned: list[Finding] = field(default_factory=list)   # reported whatever other partners a fact has

    def find(self, finding: Finding) -> None:
        self.findings.append(finding)

    def pin(self, finding: Finding) -> None:
        """A finding no other partner of its facts can outrank: one sentence with a value
        changed (:mod:`factcheck.judge.edits`)."""
        self.pinned.append(finding)

    def skip(self, rule: str, kind: str, a: Optional[Side], b: Optional[Side], detail: str = "") -> None:
        if rule not in RULES:
            raise KeyError(f"unregistered rule {rule!r}: add it to factcheck.judge.rules.RULES")
        self.skips.append(Skip(rule, kind, a, b, detail))


def lower(confidence: float, factor: float) -> float:
    """A confidence lowered by a rule's factor, rounded for stable output."""
    return round(confidence * factor, 3)


def lowered_all(confidence: float, rules: Sequence[str]) -> float:
    """A confidence lowered by the factor of each rule (:data:`factcheck.settings.FACTORS`)."""
    for rule in rules:
        confidence = lower(confidence, FACTORS[rule])
    return confidence


def lowered_by(rules: Sequence[str]) -> str:
    """The words of a finding's detail that name the rules that lowered its confidence, with
    their factors (:data:`factcheck.settings.FACTORS`); "" when none did.

    >>> lowered_by(["number.unaligned", "number.not-tied"])
    'lowered by number.unaligned ×0.6, number.not-tied ×0.5'
    """
    return "lowered by " + ", ".join(f"{r} ×{FACTORS[r]:g}" for r in rules) if rules else ""


def unlowered_detail(detail: str) -> str:
    """A finding's detail without the words :func:`lowered_by` added to it."""
    return detail.partition("lowered by ")[0].rstrip("; ")


def lowered_finding(f: Finding, rule: str) -> Finding:
    """``f`` lowered by one more rule, once the finding is made: its confidence, its rules and
    the words of its detail that name them."""
    lowered = f.lowered + (rule,)
    return dataclasses.replace(f, confidence=lower(f.confidence, FACTORS[rule]), lowered=lowered,
                               detail="; ".join(filter(None, (unlowered_detail(f.detail), lowered_by(lowered)))))


def sentence_evidence(score: float, aligned: bool) -> float:
    """How much the two sentences alone say that two facts in them are one fact: their
    similarity, more when the aligner paired them (0.7 at most).

    >>> sentence_evidence(0.5, True), sentence_evidence(0.2, False)
    (0.7, 0.24)
    """
    return round(min(0.7, score * (1.4 if aligned else 1.2)), 3)


def context_evidence(shared: int) -> float:
    """Content words shared next to two facts ("remaining in office" / "left in office") say
    they are about the same thing: 0.15 a word, 0.45 at most."""
    return min(0.45, 0.15 * shared)


def combine(*evidence: float) -> float:
    """Independent pieces of evidence that two facts are one (each 0–1), combined: the chance
    that not all of them are wrong (a noisy OR).

    >>> combine(0.5, 0.5), combine(0.7, 0.0)
    (0.75, 0.7)
    """
    miss = 1.0
    for e in evidence:
        miss *= 1.0 - max(0.0, min(1.0, e))
    return round(1.0 - miss, 3)
