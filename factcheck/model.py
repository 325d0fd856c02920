"""The data that flows between the stages: small frozen records, no I/O, no logic.

Every offset (``start``/``end``) is a character offset into ``Article.text``, which is the
input file decoded as UTF-8 with a leading byte-order mark removed.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Optional


_LINE_END = re.compile(r"\r\n|\r|\n")


class Verdict(str, Enum):
    """How two statements of the same fact relate (see the README's JSON contract)."""

    AGREE = "agree"            # the same fact, stated the same way
    COMPATIBLE = "compatible"  # worded or rounded differently; both can be true
    DIFFERS = "differs"        # a different value in the same slot, not shown compatible or contradictory
    CONFLICT = "conflict"      # cannot both be true

    @property
    def rank(self) -> int:
        """Severity: conflict 3, differs 2, compatible 1, agree 0."""
        return _RANK[self.value]


_RANK = {"agree": 0, "compatible": 1, "differs": 2, "conflict": 3}


class Role(str, Enum):
    """What a block of an article is. Only content roles yield findings."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BODY = "body"
    CAPTION = "caption"          # a photo caption's descriptive text (content)
    DATELINE = "dateline"        # "Updated 5/5/2010 1:41 PM"
    CREDIT = "credit"            # "Photograph: X/AP", "(With agency inputs.)"
    PLACEHOLDER = "placeholder"  # "Representational image", an image's title line
    BYLINE = "byline"
    PROMO = "promo"              # "Click here to join our channel"
    RELATED = "related"          # everything under a "Related Content" heading

    @property
    def is_content(self) -> bool:
        return self in CONTENT_ROLES


CONTENT_ROLES = frozenset({Role.HEADLINE, Role.STANDFIRST, Role.BODY, Role.CAPTION})


@dataclass(frozen=True)
class Article:
    """One input report, decoded."""

    path: str
    text: str


@dataclass(frozen=True)
class Block:
    """A paragraph (a run of text between line breaks) or part of one, with its role."""

    index: int
    start: int
    end: int
    role: Role


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with its place in the text."""

    index: int
    text: str
    start: int
    end: int
    paragraph: int
    role: Role = Role.BODY


@dataclass(frozen=True, kw_only=True)
class Fact:
    """Something a sentence states, with where it states it."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, kw_only=True)
class Quantity(Fact):
    """A number, range or bound, with what it counts.

    ``value`` is the number as stated (100 for "about 100" and for "more than 100"; ``None``
    for a range such as "90 to 100"). ``low``/``high`` bound the interval the statement allows
    (``None`` = unbounded); approximations are widened by the parser's tolerance.
    ``unit`` is a normalized unit ("km", "mile", "%", "EUR", "year" …), ``counts`` the lemma of
    the noun counted ("officer", "people") or "age" for ages.
    """

    kind: str = "number"
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    unit: Optional[str] = None
    counts: Optional[str] = None
    qualifier: Optional[str] = None   # the words that bound or soften it: "about", "more than"
    ordinal: bool = False
    # for an approximation, the interval as stated, before the tolerance widened it:
    # (low, high, low_inclusive, high_inclusive); None when nothing was widened
    stated: Optional[tuple[Optional[float], Optional[float], bool, bool]] = None

    @property
    def loose(self) -> bool:
        """A loose plural: "thousands", "dozens of", "a few hundred" (no figure stated)."""
        return self.value is None and self.approximate and self.stated is None

    @property
    def hedged(self) -> bool:
        """An estimate: "about 100", "more than 100", "90 to 100", "hundreds"."""
        return self.approximate or bool(self.qualifier) or self.value is None

    @property
    def magnitude(self) -> Optional[float]:
        """The figure's size: its value, or the middle of the bounds it states."""
        pts = [x for x in (self.value, self.low, self.high) if x is not None]
        return sum(pts) / len(pts) if pts else None


@dataclass(frozen=True, kw_only=True)
class TimeFact(Fact):
    """A weekday, date, month, year, part of day or relative time ("last September").

    Fields that the text does not state are ``None``. ``relative`` keeps the relative phrase
    ("last", "next", "this") when the expression could not be resolved to a calendar date.
    """

    kind: str = "date"
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None     # Monday = 0
    part: Optional[str] = None        # "morning", "afternoon", "evening", "night"
    hour: Optional[int] = None        # a clock time: "9.25 a.m." → 9, 25; "7 p.m." → 19
    minute: Optional[int] = None
    relative: Optional[str] = None
    qualifier: Optional[str] = None   # "since", "until", "before", "after", "by": a bound, not the time
    portion: Optional[str] = None     # a part of the year or month: "end", "second half", "early"
    zone: Optional[str] = None        # a clock time's zone as written, lower case: "gmt", "et", "pst", "local"
    approximate: bool = False         # a clock time hedged: "at about 2045 GMT", "around 7 p.m."


@dataclass(frozen=True, kw_only=True)
class Entity(Fact):
    """A named actor or place. ``key`` is the canonical name after alias resolution."""

    kind: str = "entity"
    key: str = ""
    label: str = "name"               # "name", "acronym", "person", "org", "place"


@dataclass(frozen=True, kw_only=True)
class Quote(Fact):
    """Words in quotation marks, with who said them. One quote may span sentences."""

    kind: str = "quote"
    content: str = ""
    speaker: Optional[str] = None
    cue: Optional[str] = None
    quote_id: int = 0


@dataclass(frozen=True, kw_only=True)
class Attribution(Fact):
    """Who a claim comes from, or whose request it was ("a request from X")."""

    kind: str = "attribution"
    source: str = ""
    key: str = ""
    cue: str = ""                     # "said", "according to", "understands", "request from"


@dataclass(frozen=True, kw_only=True)
class Polarity(Fact):
    """A statement the text denies or grades: "not armed", "unarmed", "well equipped".

    ``head`` is the stem of the word affirmed or denied ("arm"), ``word`` that word as written
    ("armed"), ``positive`` whether the statement affirms it, ``cue`` what marks it ("not",
    "never", "un-", "insufficiently", "well"); ``verb``: the word is a bare verb after "did",
    "will", "could" … ("did not fire"), so a plain statement of it has another form ("fired").
    """

    kind: str = "polarity"
    head: str = ""
    word: str = ""
    positive: bool = False
    cue: str = ""
    verb: bool = False


@dataclass(frozen=True)
class Dropped:
    """Something an extractor read and left out, and the named rule that left it out: a
    four-digit figure that is a year ("in 2008", rule ``year``), a street number."""

    kind: str         # the kind of fact it would have been: "number"
    rule: str
    text: str
    start: int
    end: int
    detail: str = ""  # for ``parser-error``: the exception, which is a bug to report


@dataclass(frozen=True)
class Side:
    """One side of a finding: a sentence of a source and the span it is about."""

    source: str       # "A" or "B"
    sentence: int
    text: str
    start: int
    end: int
    claimant: Optional[str] = None    # who the report says made the claim, if anyone


@dataclass(frozen=True)
class AlignedPair:
    """Sentences of A and B that state the same thing; one-to-one or one-to-many."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float


@dataclass(frozen=True)
class Finding:
    """Two statements of one fact and how they relate. ``confidence`` (0–1) is how sure the
    tool is that the two sides state the same fact (see ``factcheck.judge.confidence``)."""

    kind: str
    verdict: Verdict
    a: Side
    b: Side
    message: str
    confidence: float = 1.0
    detail: str = ""                  # the reasoning in the tool's terms (intervals …), shown with --verbose
    lowered: tuple[str, ...] = ()     # the rules that lowered the confidence (FACTORS), named in ``detail`` too


@dataclass(frozen=True)
class Skip:
    """A candidate the tool did not report, and the named rule that held it back
    (``factcheck rules`` lists them all): two figures in similar sentences that count different
    things, a finding below ``--min-confidence``. ``--explain`` shows these."""

    rule: str
    kind: str
    a: Optional[Side]
    b: Optional[Side]
    detail: str = ""


@dataclass(frozen=True)
class SourceDoc:
    """A source as the report shows it: its path, sentences and the facts found in them."""

    id: str
    path: str
    sentences: tuple[Sentence, ...]
    facts: tuple[tuple[Fact, ...], ...] = field(default=())   # per sentence
    text: str = ""                    # the article as read (``Article.text``): offsets point into it

    def line(self, offset: int) -> int:
        """The 1-based line of the file at character ``offset``, as an editor's text editor shows
        it (a line ends at "\\n", "\\r\\n" or a lone "\\r"). Binary search over the line starts.

        >>> SourceDoc("A", "a.txt", (), (), "one\\r\\ntwo\\rthree").line(9)
        3
        """
        return bisect.bisect_right(self.line_starts, offset)

    @functools.cached_property
    def line_starts(self) -> tuple[int, ...]:
        """The offsets where the file's lines start."""
        return (0,) + tuple(m.end() for m in _LINE_END.finditer(self.text))


@dataclass(frozen=True)
class Unmatched:
    source: str
    sentence: int


@dataclass(frozen=True)
class Report:
    sources: tuple[SourceDoc, SourceDoc]
    alignments: tuple[AlignedPair, ...]
    findings: tuple[Finding, ...]                # at or above the minimum confidence
    unmatched: tuple[Unmatched, ...]
    skipped: tuple[Skip, ...] = ()               # candidates held back, each with its rule
    min_confidence: float = 0.0


class Support(str, Enum):
    """What the sources make of one statement of a report under check (``factcheck check``)."""

    SUPPORTED = "supported"          # a source states it
    CONTRADICTED = "contradicted"    # a source states otherwise (another may support it)
    UNSUPPORTED = "unsupported"      # no source states it or anything close: "not in the sources"


@dataclass(frozen=True)
class Evidence:
    """One source's say on a statement: the finding that ties them (None for a sentence the
    aligner pairs with it), and the source sentence."""

    source: int                       # index into ``CheckReport.sources``
    sentence: int
    text: str                         # the source sentence
    finding: Optional[Finding] = None  # its ``a`` side is the statement, ``b`` the source's


@dataclass(frozen=True)
class Statement:
    """One sentence of the report under check, with its verdict and the evidence for it."""

    sentence: int
    verdict: Support
    reason: str
    supports: tuple[Evidence, ...] = ()
    contradictions: tuple[Evidence, ...] = ()
    facts: tuple[Fact, ...] = ()      # what an editor must verify (a statement not supported)


@dataclass(frozen=True)
class Omission:
    """A source statement the report leaves out, with the other sources that state it too."""

    statements: tuple[tuple[int, int], ...]   # (source index, sentence), the first one shown
    facts: tuple[Fact, ...] = ()

    @property
    def count(self) -> int:
        return len({s for s, _ in self.statements})


@dataclass(frozen=True)
class CheckReport:
    """A report checked against its sources: a verdict per statement and the omissions."""

    report: SourceDoc
    sources: tuple[SourceDoc, ...]
    statements: tuple[Statement, ...]
    omissions: tuple[Omission, ...]
    min_confidence: float = 0.0


@dataclass(frozen=True)
class Mention:
    """Where one report states a fact: its span (``report`` indexes ``Consensus.sources``)."""

    report: int
    sentence: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class FactRow:
    """One fact as several reports state it: groups of mentions that agree, the largest first."""

    kind: str
    groups: tuple[tuple[Mention, ...], ...]
    majority: Optional[int]            # index into ``groups``, None when no group has most reports
    alone: tuple[int, ...] = ()        # reports whose value no other report gives, against a majority
    trivial: bool = False              # a name a row above gives already, or a scrap ("Nov"), all alike

    def reports(self, group: int) -> frozenset[int]:
        return frozenset(m.report for m in self.groups[group])

    @property
    def disputed(self) -> bool:
        return len(self.groups) > 1



@dataclass(frozen=True)
class Consensus:
    """Three or more reports of one event: their facts matched together, one row per fact."""

    sources: tuple[SourceDoc, ...]
    rows: tuple[FactRow, ...]
    min_confidence: float = 0.0
