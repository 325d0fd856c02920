"""Aligned facts → :class:`Finding`\\ s, each with a verdict and a one-line reason.

Pure functions: everything they need comes in as arguments, thresholds included.

* numbers: like quantities only (the same dimension after unit conversion, and the same thing
  counted). Equal stated values → ``agree``; intervals that overlap with stated figures within
  the tolerance → ``compatible``; overlap only through an open bound while the figures differ →
  ``differs``; disjoint → ``conflict`` (the message shows both intervals);
* dates: :func:`relate_times` decides (Wednesday vs Thursday → ``conflict``);
* entities: the same role filled by different names in aligned sentences → ``differs``; a name
  spelled two ways → ``differs``; part and whole → ``compatible`` ("B is more specific");
* attribution: the same kind of source or requester, named differently → ``differs``;
* negation: a statement one report denies and the other makes ("not armed" / "armed",
  "insufficiently equipped" / "well equipped"), or opposite words from the knowledge file
  ("agreed" / "refused") → ``conflict``;
* quotes: the same words → ``agree`` (also when one quote is part of the other); spelling
  variants → ``compatible``; changed words → ``differs`` with a word diff; the same words from
  different speakers → ``conflict`` on attribution;
* a report against itself: the same thing counted in two places, by different claimants,
  with figures that cannot both hold.

Cost: for each aligned group, O(f_a · f_b) over the facts of its sentences; quotes are
compared across the whole reports, O(q_a · q_b) over quote pieces.
"""
from __future__ import annotations

import dataclasses
import datetime
import functools
import math
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Callable, Iterable, Optional, Sequence

from rapidfuzz.distance import LCSseq, Levenshtein

from .aliases import DEMONYM, Aliases, derived, head_phrase, is_named, name_words, regional
from .facts.dates import relate_times
from .facts.numbers import SCORE_RE, to_base
from .facts.polarity import affirmed
from .model import Attribution, Entity, Fact, Finding, Polarity, Quantity, Quote, Sentence, Side, TimeFact, Verdict
from .text import PRONOUNS, STOPWORDS, content_stems, fold, fold_key, quote_words, stem

# nouns that count people by what they belong to: compared only when both figures name it
RELATIONAL = frozenset(stem(w) for w in ("member", "resident", "employee", "staff", "student", "worker", "citizen",
                                          "inhabitant", "supporter", "follower", "subscriber", "user", "customer",
                                          "voter", "fan"))
COARSE = frozenset({"decade", "century", "generation", "millennium", "dozen"})   # round by nature
GENERIC_COUNTS = frozenset({"people", "person", "persons", "individual", "individuals", "victim", "victims"})
VAGUE_SOURCES = frozenset({"report", "reports", "unnamed sources", "sources", "source", "officials", "witnesses",
                           "media", "local media", "media reports", "authorities", "it", "they", "we", "you",
                           "some", "others", "many", "several", "one", "someone", "people", "critics"})
REQUEST_CUES = frozenset({"request from", "asked by"})


@dataclass(frozen=True)
class Doc:
    """One analysed source, as the judge sees it."""

    id: str
    sentences: tuple[Sentence, ...]
    facts: tuple[tuple[Fact, ...], ...]          # per sentence index
    claimants: tuple[Optional[str], ...]         # per sentence: who the report says claims it
    published: Optional[datetime.date] = None     # the report's date, when known

    def of(self, index: int, kind: type) -> list:
        return [f for f in self.facts[index] if isinstance(f, kind)]

    @functools.cached_property
    def roundup(self) -> bool:
        """Does the report give the results of three or more games ("a 108-70 rout", "85-68")?
        Team records in brackets ("(14-1)") are not results. Computed once per report."""
        found = set()
        for s in self.sentences:
            for m in SCORE_RE.finditer(s.text):
                if not s.text[:m.start()].rstrip().endswith("("):
                    found.add(m.group())
        return len(found) >= 3


def side(doc: Doc, index: int, fact: Fact) -> Side:
    return Side(doc.id, index, fact.text, fact.start, fact.end, doc.claimants[index])


# ---------------------------------------------------------------- numbers

def _fmt(x: Optional[float]) -> str:
    if x is None:
        return "∞"
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.4g}"


def interval_text(low, high, low_inc, high_inc) -> str:
    lo = "(" if low is None or not low_inc else "["
    hi = ")" if high is None or not high_inc else "]"
    return f"{lo}{_fmt(low) if low is not None else '-∞'}, {_fmt(high)}{hi}"


def _overlap(a, b) -> bool:
    (alo, ahi, ali, ahi_i), (blo, bhi, bli, bhi_i) = a, b
    lo_a = -math.inf if alo is None else alo
    lo_b = -math.inf if blo is None else blo
    hi_a = math.inf if ahi is None else ahi
    hi_b = math.inf if bhi is None else bhi
    if hi_a < lo_b or hi_b < lo_a:
        return False
    if hi_a == lo_b:
        return ahi_i and bli
    if hi_b == lo_a:
        return bhi_i and ali
    return True


def compare_quantities(qa: Quantity, qb: Quantity, *, tolerance: float = 0.1) -> Optional[tuple[Verdict, str]]:
    """Verdict and reason for two quantities of the same thing, or None if not comparable.

    Symmetric: ``compare_quantities(a, b)`` and ``compare_quantities(b, a)`` give the same verdict.
    """
    da, alo, ahi = to_base(qa)
    db, blo, bhi = to_base(qb)
    if da is None or da != db:
        return None
    ia = (alo, ahi, qa.low_inclusive, qa.high_inclusive)
    ib = (blo, bhi, qb.low_inclusive, qb.high_inclusive)
    shown = f"{interval_text(*ia)} vs {interval_text(*ib)}"
    if alo == blo and ahi == bhi and ia[2:] == ib[2:] and qa.approximate == qb.approximate \
            and (qa.qualifier or "") == (qb.qualifier or ""):
        if qa.unit == qb.unit:
            return Verdict.AGREE, "the same figure"
        return Verdict.COMPATIBLE, "the same figure in other units"
    exact_a = alo is not None and alo == ahi
    exact_b = blo is not None and bhi == blo
    if qa.unit != qb.unit and exact_a and exact_b and abs(alo - blo) <= 0.02 * max(abs(alo), abs(blo)):
        return Verdict.COMPATIBLE, f"the same figure in other units ({_fmt(alo)} ≈ {_fmt(blo)})"
    if qa.unit != qb.unit and _overlap(*_widen(ia, ib, 0.02)):
        return Verdict.COMPATIBLE, f"{shown} overlap after unit conversion (rounded)"
    same_figure = qa.value is not None and qb.value is not None and \
        to_base(dataclasses.replace(qa, low=qa.value, high=qa.value))[1] == \
        to_base(dataclasses.replace(qb, low=qb.value, high=qb.value))[1]
    if not _overlap(ia, ib):
        if same_figure and (qa.counts or "") in COARSE:
            return Verdict.COMPATIBLE, f"{shown}: the same round figure (\"more than three decades\" / \"three decades\")"
        if same_figure:
            return Verdict.DIFFERS, f"{shown}: the same figure, but one side says more or less than it"
        if (qa.approximate or qb.approximate) and _overlap(*_widen(ia, ib, tolerance / 2)):
            return Verdict.DIFFERS, f"{shown} miss each other only by the width of an approximation"
        return Verdict.CONFLICT, f"{shown} do not overlap"
    open_a = alo is None or ahi is None or not (qa.low_inclusive and qa.high_inclusive)
    open_b = blo is None or bhi is None or not (qb.low_inclusive and qb.high_inclusive)
    if same_figure:
        return Verdict.COMPATIBLE, f"{shown} overlap; the same figure, hedged differently"
    if (open_a or open_b) and (qa.approximate or qb.approximate):
        if not _overlap(_as_stated(qa), _as_stated(qb)):
            return Verdict.DIFFERS, f"{shown} overlap only through an approximation and an open bound"
    if (open_a or open_b) and not (qa.approximate or qb.approximate):
        va, vb = _point(alo, ahi), _point(blo, bhi)
        if va is not None and vb is not None and abs(va - vb) > tolerance * max(abs(va), abs(vb)):
            return Verdict.DIFFERS, f"{shown} overlap only through an open bound"
    return Verdict.COMPATIBLE, f"{shown} overlap"


def _as_stated(q: Quantity) -> tuple:
    """The interval of ``q`` as stated, before the approximation tolerance, in base units."""
    if q.stated is None:
        _, lo, hi = to_base(q)
        return (lo, hi, q.low_inclusive, q.high_inclusive)
    low, high, low_inc, high_inc = q.stated
    _, lo, hi = to_base(dataclasses.replace(q, low=low, high=high))
    return (lo, hi, low_inc, high_inc)


def _widen(ia, ib, by: float):
    """Both intervals widened by a fraction, for figures rounded after a unit conversion."""
    def w(i):
        lo, hi, li, hi_i = i
        return (None if lo is None else lo - abs(lo) * by, None if hi is None else hi + abs(hi) * by, li, hi_i)
    return w(ia), w(ib)


def _point(lo, hi) -> Optional[float]:
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return lo if lo is not None else hi


def _counts_match(qa: Quantity, qb: Quantity, elliptic: bool = False) -> Optional[str]:
    """Do two quantities count the same kind of thing?

    ``"strong"``: the same noun (or both ages); ``"weak"``: a generic noun ("people") against
    another, two unit-bearing figures with nothing counted, or (``elliptic``) one that leaves the
    counted thing unsaid. A weak match may confirm a figure but never accuse: only agreements
    are reported for it. ``None``: not comparable.
    """
    ca, cb = qa.counts, qb.counts
    if ca == "age" or cb == "age":
        return "strong" if ca == cb else None
    if ca and cb:
        if stem(ca) == stem(cb):
            return "strong"
        return "weak" if ca in GENERIC_COUNTS or cb in GENERIC_COUNTS else None
    da, _, _ = to_base(qa)
    if ca is None and cb is None and da not in (None, "count"):
        return "weak"
    return "weak" if elliptic else None


def _person_near(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """The name closest to an age ("24-year-old Chris Kaba", "Anthony LaCalamita, 38,")."""
    names = [e for e in doc.of(i, Entity) if e.label in ("person", "name")]
    near = [(min(abs(e.start - q.end), abs(q.start - e.end)), e.text) for e in names]
    near = [n for n in near if n[0] <= 6]
    return min(near)[1] if near else None


def _same_person(doc_a, i, x, doc_b, j, y, aliases) -> bool:
    pa, pb = _person_near(doc_a, i, x), _person_near(doc_b, j, y)
    return bool(pa and pb and (aliases is None or aliases.relation(pa, pb) == "same"))


# What happened to the people or things counted: figures of different events are not compared
# ("killing at least three people" / "injuring at least 50 people").
EVENTS = (("death", r"kill|die[ds]?\b|dying|dead|death|fatal|perish|toll"),
          ("injury", r"injur|wound|hurt|hospitali[sz]"),
          ("shot", r"sho[ot]"),
          ("missing", r"missing|unaccounted"),
          ("arrest", r"arrest|detain|custody"),
          ("rescue", r"rescu|saved"),
          ("evacuation", r"evacu"),
          ("displacement", r"displac|homeless|fled|refugee"),
          ("absence", r"miss(?:ed|es|ing)?\b|sat\b|sit\b|sitting\b|sidelin"),
          ("play", r"play(?:ed|s|ing)?\b|start(?:ed|s)?\b|appear"),
          ("need", r"need|shy\b|short\b|away\b|requir"))   # a figure still to reach: no statement of the count
_EVENT_RES = [(name, re.compile(r"^(?:" + pattern + ")", re.I)) for name, pattern in EVENTS]
_CLAUSE_LEFT = re.compile(r".*(?:[;(:—–]|\bwhile\b|\bwhereas\b|\bbut\b|,\s+and\b)", re.S)
_CLAUSE_RIGHT = re.compile(r"[;,)(:—–]|\bwhile\b|\bwhereas\b|\bbut\b|\band\b")
_RATE = re.compile(r"^\s*(?:[\w\-]+\s+){0,4}?(?:a|an|per|each)\s+(?:game|outing|night|match|season|year|day|week|"
                   r"month|hour|minute|head|capita|person)\b", re.I)
# how a figure hangs on the name before it: "Buford's record of 2,116", "Klitschko (52-3, 46 KOs",
# "Klitschko, 53-3, 47 KO's", "Carter scored 14", "McDermott now has 2,129"
_OWNED = re.compile(r"^(?:'s?\b[^,;.()]{0,40}|\s*[,(]\s*(?:[\d\-–]+\s*,\s*)?|\s+(?:now\s+|also\s+)?(?:has|had|have|"
                    r"scored|added|posted|finished\s+with|with|grabbed|got|totall?ed|collected|recorded|made|"
                    r"blocked|hit|won|lost|took|(?!said|told|reported|announced|confirmed|claimed|stated)[a-z]+ed)"
                    r"\s+(?:\w+\s+)?)$")
_SO_FAR = re.compile(r"\b(?:so\s+far|thus\s+far|to\s+date|in\s+all|altogether)\b", re.I)
_RUNNING = re.compile(r"\b(?:now\s+has|career|so\s+far|thus\s+far|to\s+date|in\s+all|a\s+total\s+of|in\s+total|"
                      r"record|altogether)\b", re.I)


@dataclass(frozen=True)
class Frame:
    """What a figure is said about, read from its clause: whose it is (``owner``: the name
    before it, or after "from"), what happened (``event``), whether it is a rate ("a game"),
    a part ("in Sumatra alone") or a running total ("now has", "career")."""

    owner: Optional[str] = None
    event: Optional[str] = None
    rate: bool = False
    part: bool = False
    running: bool = False
    modifier: str = ""        # a nationality that narrows what is counted: "11 Yemeni pirates"
    place: Optional[str] = None  # where the figure holds: "168,000 in Indonesia", "In Bener Meriah, 300 …"
    area: Optional[str] = None   # the first place the sentence names ("… houses were damaged in Takengon")


def frame(doc: Doc, i: int, q: Quantity) -> Frame:
    s = doc.sentences[i]
    lo, hi = q.start - s.start, q.end - s.start
    left = s.text[max(0, lo - 90):lo]
    cut = _CLAUSE_LEFT.match(left)
    left = left[cut.end():] if cut else left
    right = s.text[hi:hi + 70]
    if q.counts and fold(right).lower().lstrip().startswith(q.counts[:4].lower()):
        right = re.sub(r"^\s*[\w'\-]+", "", right)           # the counted noun itself
    end = _CLAUSE_RIGHT.search(right)
    clause_right = right[:end.start()] if end else right
    names = [e for e in doc.of(i, Entity) if e.label != "place"]
    owner = None
    after = re.match(r"\s*(?:from|of)\s+(?:the\s+)?", clause_right)
    if after:
        owner = next((e.text for e in names if e.start - (q.end + after.end()) in range(0, 6 + len(right) - len(clause_right))
                      and e.start >= q.end), None)
    if owner is None:
        before = [e for e in names if e.end <= q.start and q.start - e.end <= len(left)]
        if before and _OWNED.match(fold(s.text[before[-1].end - s.start:lo])):
            owner = before[-1].text
    event = None
    for words in (re.findall(r"[A-Za-z]+", clause_right)[:4], re.findall(r"[A-Za-z]+", left)[-3:][::-1]):
        for w in words:
            event = next((name for name, rx in _EVENT_RES if rx.match(w)), None)
            if event:
                break
        if event:
            break
    whole = re.search(r"\b(?:\w+)\s+of\s+(?:the\s+|these\s+|those\s+|his\s+|her\s+|their\s+)?$", left) and any(
        f.end <= q.start and q.start - f.end < 16 for f in doc.of(i, Quantity))
    if whole:
        event = None        # "two of the three victims died": the three did not all die
    modifier = ""
    if q.counts:
        between = re.match(r"\s*((?:[A-Za-z\-]+\s+){1,2}?)" + re.escape(q.counts[:4]), s.text[hi:hi + 40], re.I)
        if between:
            # a nationality narrows the count to a subset: "11 Yemeni pirates"
            modifier = " ".join(w for w in between.group(1).split() if DEMONYM.fullmatch(w))
    rate = bool(_RATE.match(clause_right)) or bool(re.search(r"averag\w*\s+(?:\S+\s+){0,2}$", left, re.I))
    part = bool(re.search(r"\balone\b", clause_right, re.I) or re.search(r"\b(?:only|first|last|final|opening)\s+$", left, re.I)
                or re.search(r"^[^.;]{0,40}\band\s+(?:\S+\s+){0,4}more\b", right, re.I)
                or re.match(r"\s*of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|[A-Z][\w'’]*\s+)?(?:first\s+)?\w", right)
                and not q.counts or whole)     # "five of Creighton's first eight points", "8 of 14 shots"
    place = None
    for e in doc.of(i, Entity):
        before = s.text[max(0, e.start - s.start - 12):e.start - s.start]
        if not re.search(r"\b(?:in|at|across|throughout|near|outside)\s+(?:the\s+)?$", before, re.I):
            continue
        if (hi <= e.start - s.start <= hi + len(clause_right) + 20) or (e.end - s.start <= lo and e.start - s.start >= lo - len(left)):
            place = e.text
            break
    running = bool(_RUNNING.search(left[-40:] + " " + clause_right[:30])
                   or _SO_FAR.search(s.text[:lo])
                   or re.search(r"\d+[-–]\d+(?:[-–]\d+)?\s*,\s*$", s.text[max(0, lo - 20):lo]))   # "(52-3, 46 KOs)"
    area = place
    if area is None:
        for e in doc.of(i, Entity):
            if re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", s.text[max(0, e.start - s.start - 12):e.start - s.start], re.I):
                area = e.text
                break
    return Frame(owner, event, rate, part, running, modifier.lower(), place, area)




def _years_apart(doc_a: Doc, doc_b: Doc) -> Optional[int]:
    """Whole years between the two reports' dates (None when a date is unknown)."""
    if doc_a.published is None or doc_b.published is None:
        return None
    return abs(doc_a.published.year - doc_b.published.year)


def _other_times(doc_a: Doc, i: int, doc_b: Doc, j: int) -> bool:
    """Do the two sentences speak of different events: different dates ("Sunday's quake" /
    "Monday's quake") or different results ("a 108-70 rout" / "beat Evansville 91-73")?"""
    ta, tb = doc_a.of(i, TimeFact), doc_b.of(j, TimeFact)
    rels = [relate_times(x, y) for x in ta for y in tb]
    rels = [r[0] for r in rels if r]
    if rels and all(r == "conflict" for r in rels):
        return True
    ra, rb = _results(doc_a, i), _results(doc_b, j)
    if ra and rb:
        return not ra & rb
    # a roundup of several games cannot say which game a sentence without a result is about
    return doc_a.roundup or doc_b.roundup


def _results(doc: Doc, i: int) -> set:
    """Results ("108-70") given in the sentence's paragraph, which name the game it is about."""
    para = doc.sentences[i].paragraph
    return {r for s in doc.sentences if s.paragraph == para for r in SCORE_RE.findall(s.text)}


def _frames_meet(fa: Frame, fb: Frame, aliases: Optional[Aliases]) -> bool:
    """Can two figures be about the same thing, as far as their clauses tell?"""
    if "need" in (fa.event, fb.event) or fa.rate != fb.rate or fa.modifier != fb.modifier:
        return False
    if fa.event and fb.event and fa.event != fb.event:
        return False
    if fa.owner and fb.owner and aliases is not None and aliases.relation(fa.owner, fb.owner) is None:
        return False
    if fa.area and fb.area and fold_key(fa.area) != fold_key(fb.area) and (
            aliases is None or aliases.relation(fa.area, fb.area) is None):
        return False        # "1,500 houses in Central Aceh" / "10 in Takengon"
    return True


def _describe(q: Quantity) -> str:
    return q.text + (f" {q.counts}" if q.counts and q.counts != "age" and q.counts not in q.text else "")


def number_findings(doc_a: Doc, ia: Sequence[int], doc_b: Doc, ib: Sequence[int], *, tolerance: float,
                    discrepancies_only: bool = False, require_counts: bool = False,
                    elliptic: bool = False, aliases: Optional[Aliases] = None, score: float = 1.0,
                    close: float = 0.5) -> list[Finding]:
    """Pair like quantities of sentences ``ia`` (of A) and ``ib`` (of B) and judge each pair.

    Figures are paired only when their clauses allow it (:func:`frame`: the same owner, the same
    event, both rates or neither); a figure with an agreeing partner is not also accused. A
    discrepancy stands only between figures that are clearly about one thing (:func:`_temper`):
    a ``close`` alignment ``score``, or the same owner or event named on both sides; not when
    each report also gives the other's figure, not a running total ("so far", "career")
    against a single count, not loose plurals ("thousands") within a factor of ten; a part ("in
    Sumatra alone") smaller than the whole is ``compatible``.
    """
    qa = [(i, q, frame(doc_a, i, q)) for i in ia for q in doc_a.of(i, Quantity)]
    qb = [(j, q, frame(doc_b, j, q)) for j in ib for q in doc_b.of(j, Quantity)]
    candidates = []
    for i, x, fx in qa:
        for j, y, fy in qb:
            match = _counts_match(x, y, elliptic)
            if (doc_a.id, i) == (doc_b.id, j) or not match or x.ordinal != y.ordinal or (x.ordinal and match != "strong"):
                continue
            if (require_counts and match != "strong") or not _frames_meet(fx, fy, aliases):
                continue
            result = compare_quantities(x, y, tolerance=tolerance)
            if result is None or (match == "weak" and result[0].rank >= Verdict.DIFFERS.rank):
                continue
            if x.counts == "age" and result[0].rank >= Verdict.DIFFERS.rank:
                if not _same_person(doc_a, i, x, doc_b, j, y, aliases):
                    continue
                years = _years_apart(doc_a, doc_b)
                if years is not None and 0 < abs((_magnitude(x) or 0) - (_magnitude(y) or 0)) <= years + 1:
                    result = (Verdict.COMPATIBLE, result[1] + f"; the reports are {years} years apart")
                elif years is None and result[0] is Verdict.CONFLICT:
                    result = (Verdict.DIFFERS, result[1] + "; the reports' dates are unknown, and ages change")
            if result[0].rank >= Verdict.DIFFERS.rank and x.counts in GENERIC_COUNTS and \
                    not (fx.event and fx.event == fy.event):
                continue    # "300 people" and "50 people": people doing what?
            if result[0].rank >= Verdict.DIFFERS.rank and stem(x.counts or "") in RELATIONAL and \
                    not (fx.owner and fy.owner):
                continue    # "about 400 members" and "about 700 members": members of what?
            result = _temper(result, doc_a, i, x, fx, doc_b, j, y, fy, score >= close)
            if result is None or (result[0].rank >= Verdict.DIFFERS.rank and _other_times(doc_a, i, doc_b, j)):
                continue
            if doc_a is doc_b and result[0] is Verdict.CONFLICT:
                result = (Verdict.DIFFERS, result[1] + "; the report gives both")
            same_owner = bool(fx.owner and fy.owner)
            candidates.append((-(match == "strong"), -same_owner, result[0].rank, i, x.start, j, y.start, x, y, result))
    findings, used_a, used_b = [], set(), set()
    for *_, i, _, j, _, x, y, (verdict, reason) in sorted(candidates, key=lambda c: c[:7]):
        if id(x) in used_a or id(y) in used_b:
            continue
        used_a.add(id(x))
        used_b.add(id(y))
        if discrepancies_only and verdict.rank < Verdict.DIFFERS.rank:
            continue
        findings.append(_number_finding(doc_a, i, x, doc_b, j, y, verdict, reason))
    return findings


def _temper(result: tuple[Verdict, str], doc_a: Doc, i: int, x: Quantity, fx: Frame,
            doc_b: Doc, j: int, y: Quantity, fy: Frame, close: bool) -> Optional[tuple[Verdict, str]]:
    """A discrepancy, or what is left of it once the clauses are read; None to drop it."""
    verdict, reason = result
    if verdict.rank < Verdict.DIFFERS.rank:
        return result
    mx, my = _magnitude(x), _magnitude(y)
    if mx is None or my is None:
        return result
    if (fx.part and mx < my) or (fy.part and my < mx):
        return Verdict.COMPATIBLE, reason + ", but one figure is a part of the other (\"alone\", \"first\", \"of\")"
    if fx.part or fy.part:
        return None         # a part larger than the other figure: "first eight points" / "five points"
    if bool(fx.place) != bool(fy.place):
        placed, other = (mx, my) if fx.place else (my, mx)
        if placed < other:
            return Verdict.COMPATIBLE, reason + f", but one figure is for one place ({fx.place or fy.place})"
        return None
    if x.ordinal or y.ordinal:
        return None         # positions in different series: "second victory over X" / "58th victory"
    if fx.running or fy.running:
        # "now has 2,129 points" / "now has 2,029 points" are worth a look; a running total
        # against one game's or one day's count is not
        if fx.running and fy.running and fx.owner and fy.owner:
            return Verdict.DIFFERS, reason + "; running totals, perhaps counted at different moments"
        return None
    if verdict is Verdict.DIFFERS and max(mx, my) > 10 * min(mx, my):
        return None         # "more than 200 injured" / "at least five injured": an order apart, another scope
    if any(_loose(q) for q in (x, y)):
        return None         # "thousands" / "about 10,000", "tens of millions" / "millions": loose words
    same_kind = lambda q, other: q.counts and other.counts and stem(q.counts) == stem(other.counts)
    def gives(doc: Doc, figure: Quantity, fig_frame: Frame) -> bool:
        """Does ``doc`` state ``figure`` somewhere else, about the same thing?"""
        for k, fs in enumerate(doc.facts):
            for q in fs:
                if isinstance(q, Quantity) and q is not x and q is not y and \
                        _magnitude(q) == _magnitude(figure) and same_kind(q, figure):
                    fq = frame(doc, k, q)
                    if _frames_meet(fq, fig_frame, None) and (fq.owner or "") == (fig_frame.owner or ""):
                        return True
        return False

    if gives(doc_a, y, fy) or gives(doc_b, x, fx):
        return None         # each report also gives the other's figure: two facts, not one
    if not (close or (fx.owner and fy.owner) or (fx.event and fx.event == fy.event)
            or (_hedged(x) and _hedged(y) and same_kind(x, y))):
        return None         # loosely aligned sentences with nothing to tie the two figures
    return verdict, reason


def _who(doc: Doc, i: int) -> str:
    """The source, with whom it says the claim comes from: "A (Police inspector Dave Gaskin)"."""
    return f"{doc.id} ({doc.claimants[i]})" if doc.claimants[i] else doc.id


def _number_finding(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity,
                    verdict: Verdict, reason: str) -> Finding:
    """A number finding whose message names who claims each figure."""
    msg = f"{_who(doc_a, i)}: {_describe(x)}; {_who(doc_b, j)}: {_describe(y)} — {reason}"
    return Finding("number", verdict, side(doc_a, i, x), side(doc_b, j, y), msg)


# ---------------------------------------------------------------- dates

def date_findings(doc_a: Doc, ia, doc_b: Doc, ib, *, score: float = 1.0, min_score: float = 0.5) -> list[Finding]:
    """Times of aligned sentences; a conflict needs one time a side and a close alignment
    (``score`` ≥ ``min_score``), since news often dates two events in one sentence pair."""
    ta = [(i, t) for i in ia for t in doc_a.of(i, TimeFact)]
    tb = [(j, t) for j in ib for t in doc_b.of(j, TimeFact)]
    out, used = [], set()
    for i, x in ta:
        best = None
        for j, y in tb:
            if id(y) in used:
                continue
            rel = relate_times(x, y)
            if rel is None:
                continue
            verdict = Verdict(rel[0])
            if best is None or verdict.rank < best[0].rank:
                best = (verdict, rel[1], j, y)
        if best is None:
            continue
        verdict, reason, j, y = best
        if verdict is Verdict.CONFLICT and (len(ta) > 1 or len(tb) > 1 or score < min_score):
            continue  # several times on a side: we cannot tell which describe the same event
        used.add(id(y))
        out.append(Finding("date", verdict, side(doc_a, i, x), side(doc_b, j, y),
                           f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — {reason}"))
    return out


# ---------------------------------------------------------------- entities

def _context(doc: Doc, i: int, e: Fact, width: int = 40) -> set[str]:
    s = doc.sentences[i]
    lo, hi = e.start - s.start, e.end - s.start
    window = s.text[max(0, lo - width):lo] + " " + s.text[hi:hi + width]
    return {stem(w) for w in re.findall(r"[a-z]{4,}", fold(window).lower())}


def _contained(x: list[str], y: list[str]) -> bool:
    """One name is the other with words added: "Apple" / "Apple Inc", "County" / "County Jail"."""
    short, long = sorted((x, y), key=len)
    if any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1)):
        return True
    # a model number cut off: "GeForce GT" / "GeForce GT650M"
    return len(x) == len(y) and x[:-1] == y[:-1] and any(
        b.startswith(a) and any(c.isdigit() for c in b[len(a):]) for a, b in ((x[-1], y[-1]), (y[-1], x[-1])))


def entity_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases) -> list[Finding]:
    ea = [(i, e) for i in ia for e in doc_a.of(i, Entity)]
    eb = [(j, e) for j in ib for e in doc_b.of(j, Entity)]
    out = []
    left_a = [(i, e) for i, e in ea if not any(aliases.relation(e.text, f.text) for _, f in eb)]
    left_b = [(j, e) for j, e in eb if not any(aliases.relation(e.text, f.text) for _, f in ea)]
    seen = set()
    for i, x in ea:
        for j, y in eb:
            if x.key != y.key and regional(x.key) == regional(y.key) and (x.key, y.key) not in seen:
                seen.add((x.key, y.key))
                out.append(Finding("entity", Verdict.COMPATIBLE, side(doc_a, i, x), side(doc_b, j, y),
                                   f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — British and American spelling"))
            rel = aliases.relation(x.text, y.text)
            if rel in ("part", "whole") and (x.key, y.key) not in seen:
                seen.add((x.key, y.key))
                finer = doc_a.id if rel == "part" else doc_b.id
                out.append(Finding("entity", Verdict.COMPATIBLE, side(doc_a, i, x), side(doc_b, j, y),
                                   f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — {finer} is more specific"))
    sources_a = _attributed(doc_a, ia)
    sources_b = _attributed(doc_b, ib)
    for i, x in left_a:
        for j, y in left_b:
            if (x.key, y.key) in seen:
                continue
            wx, wy = x.key.split(), y.key.split()
            if wx[-1:] == wy[-1:] or len(x.key) < 3 or len(y.key) < 3 or _contained(wx, wy):
                continue
            if len(wx) == len(wy) and wx[:-1] == wy[:-1] and derived(wx[-1], wy[-1]):
                continue
            # the words that differ decide, not shared ones: "Endangered Species Coalition" / "… Act"
            if len(wx) == len(wy) and any(derived(p, q) for p, q in zip(wx, wy) if p != q):
                continue    # "India's navy" / "Indian Naval": another wording, not a misspelling
            dx = " ".join(w for w in wx if w not in wy)
            dy = " ".join(w for w in wy if w not in wx)
            spelled = bool(dx and dy) and Levenshtein.normalized_similarity(dx, dy) >= 0.75 and x.key[0] == y.key[0]
            kinds = {x.label, y.label}
            if spelled:
                seen.add((x.key, y.key))
                out.append(Finding("entity", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                                   f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — the same name spelled differently?"))
                continue
            if not kinds <= {"org", "acronym"} or len(left_a) != 1 or len(left_b) != 1:
                continue
            if any(x.start < e and s < x.end for s, e in sources_a) or any(y.start < e and s < y.end for s, e in sources_b):
                continue    # a source of the claim, not a doer in it: attribution_findings judges those
            shared_context = _context(doc_a, i, x) & _context(doc_b, j, y)
            if len(shared_context) >= 2:
                seen.add((x.key, y.key))
                role = ", ".join(sorted(shared_context)[:3])
                out.append(Finding("entity", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                                   f"{doc_a.id} names {x.text}, {doc_b.id} names {y.text} in the same place ({role})"))
    return out


def _attributed(doc: Doc, index: Iterable[int]) -> list[tuple[int, int]]:
    """Spans of the sources that sentences cite ("the CBC reported", "according to police")."""
    return [(a.start, a.end) for i in index for a in doc.of(i, Attribution) if a.cue not in REQUEST_CUES]


# ---------------------------------------------------------------- attribution

def _vague(source: str) -> bool:
    k = re.sub(r"^(?:the|a|an) ", "", fold_key(source))
    return k in VAGUE_SOURCES or k.split()[0] in PRONOUNS if k else True


RELAY_CUES = frozenset({"reported", "reports", "quoting"})


def _named_in(doc: Doc, i: int, a: Attribution) -> bool:
    """A source that names someone: a name the entity stage found inside it ("Investigators"
    opening a sentence is capitalized, not named)."""
    end = a.start + len(head_phrase(a.source))       # "Researchers at Trend Micro": the head only
    return is_named(a.source) and any(e.start < end and a.start < e.end for e in doc.of(i, Entity))


def _within(a: str, b: str) -> bool:
    """One source inside the other: "Police" / "Police inspector Dave Gaskin", "India" / "the
    Indian navy" (a word of one, or its demonym, in the other)."""
    wa, wb = name_words(a), name_words(b)
    short, long = sorted((wa, wb), key=len)
    return bool(short) and all(any(w == v or derived(w, v) for v in long) for w in short)


def attribution_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases, *,
                         sim: Callable[[int, int], float] = lambda i, j: 1.0, close: float = 0.4) -> list[Finding]:
    """The same role filled by different named sources in aligned sentences.

    "asked by" / "a request from": over the aligned group. "source" ("X said", "according to
    X"): sentence pair by sentence pair, only for pairs at least ``close`` similar (the claim
    must be the same for its source to differ), one named source a side; a description
    ("police", "the company", "a police source") never accuses, nor does an outlet that
    relays ("the CBC reported").
    """
    out = []
    pa = [(i, x) for i in ia for x in doc_a.of(i, Attribution) if x.cue in REQUEST_CUES and not _vague(x.source)]
    pb = [(j, x) for j in ib for x in doc_b.of(j, Attribution) if x.cue in REQUEST_CUES and not _vague(x.source)]
    if pa and pb and not any(aliases.relation(x.source, y.source) for _, x in pa for _, y in pb):
        (i, x), (j, y) = pa[0], pb[0]
        out.append(Finding("attribution", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                           f"asked by: {x.source} ({doc_a.id}) vs {y.source} ({doc_b.id})"))
    for i in ia:
        sa = [x for x in doc_a.of(i, Attribution) if x.cue not in REQUEST_CUES]
        for j in ib:
            sb = [y for y in doc_b.of(j, Attribution) if y.cue not in REQUEST_CUES]
            if len(sa) != 1 or len(sb) != 1 or sim(i, j) < close:
                continue
            x, y = sa[0], sb[0]
            if _vague(x.source) or _vague(y.source) or not _named_in(doc_a, i, x) or not _named_in(doc_b, j, y):
                continue
            if aliases.is_person(x.source) != aliases.is_person(y.source):
                continue    # a spokesman and the company he speaks for: "Schiller" / "Apple"
            if x.cue in RELAY_CUES or y.cue in RELAY_CUES or aliases.relation(x.source, y.source):
                continue
            if _within(x.source, y.source):
                continue    # "a California Highway Patrol officer" describes "CHP Officer Ray Scheidnes"
            out.append(Finding("attribution", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                               f"source: {x.source} ({doc_a.id}) vs {y.source} ({doc_b.id})"))
    return out


# ---------------------------------------------------------------- negation

def negation_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases, *, score: float = 1.0,
                      close: float = 0.5) -> list[Finding]:
    """Statements of sentences ``ia`` (of A) and ``ib`` (of B) with opposite polarity.

    A word counts only when each sentence takes one stance on it: "armed" in one and "not
    armed" in the other conflict, but not when either sentence says both. The plain side must
    use the word as the denial does ("not armed" / "armed", "did not fire" / "fired": not "the
    armed forces" / "firing"). Two sentences that name different people or bodies just before
    the word speak of different subjects; and below a ``close`` alignment ``score`` the words
    around the two spans must share a content word (two for a bare verb or a pair of opposite
    words, whose senses vary more). Claims that both reports attribute to
    different named sources → ``differs``; otherwise ``conflict``.
    """
    out = []
    for i in ia:
        for j in ib:
            out += _contrasts(doc_a, i, doc_b, j, aliases, loose=score < close)
    return out


@dataclass(frozen=True)
class _Stance:
    plain: dict          # stem → [(start, end, word)] stated plainly
    marked: tuple        # Polarity facts
    words: frozenset     # the plain words


def _stance(doc: Doc, i: int) -> _Stance:
    marked = tuple(doc.of(i, Polarity))
    denied = [(p.start, p.end) for p in marked if not p.positive]
    plain = {}
    for head, occ in affirmed(doc.sentences[i]).items():
        occ = [o for o in occ if not any(s <= o[0] and o[1] <= e for s, e in denied)]
        if occ:
            plain[head] = occ
    return _Stance(plain, marked, frozenset(w for occ in plain.values() for *_, w in occ))


def _polarities(st: _Stance, head: str) -> set[bool]:
    return ({True} if head in st.plain else set()) | {p.positive for p in st.marked if p.head == head}


def _evidence(doc: Doc, i: int, st: _Stance, denial: Polarity) -> Optional[tuple[int, int, str]]:
    """Where a sentence states plainly what ``denial`` denies, used as the denial uses it."""
    for p in st.marked:
        if p.positive and p.head == denial.head and p.word == denial.word:
            return (p.start, p.end, p.text)
    text, base = doc.sentences[i].text, doc.sentences[i].start
    for start, end, word in st.plain.get(denial.head, ()):
        if re.match(r"\s+as\b", text[end - base:]):
            continue            # "known as", "described as": a name or a label, not a state
        if (word != denial.word and not word.endswith("ing")) if denial.verb else word == denial.word:
            if denial.cue.endswith(" not") and not fold(text[:start - base]).lower().rstrip().endswith(
                    denial.cue.split()[0]):
                continue        # "pleaded not guilty" is denied only by "pleaded guilty"
            return (start, end, word)
    return None


def _contrasts(doc_a: Doc, i: int, doc_b: Doc, j: int, aliases: Aliases, *, loose: bool) -> list[Finding]:
    sa, sb = _stance(doc_a, i), _stance(doc_b, j)
    spans = []
    for (x, y, flip) in ((sa, sb, False), (sb, sa, True)):
        for p in x.marked:
            if p.positive or _polarities(x, p.head) != {False} or _polarities(y, p.head) != {True}:
                continue
            hit = _evidence(doc_a, i, y, p) if flip else _evidence(doc_b, j, y, p)
            if hit:
                mine = (p.start, p.end, p.text)
                spans.append(((hit, mine) if flip else (mine, hit)) + ("one denies what the other states", p.verb, p.verb, p.head))
    for x, y in aliases.knowledge.opposites:
        if x in sa.words and y in sb.words and x not in sb.words and y not in sa.words:
            hit_a = next(o for occ in sa.plain.values() for o in occ if o[2] == x)
            hit_b = next(o for occ in sb.plain.values() for o in occ if o[2] == y)
            # "agreed to pay" / "refused to pay", not "confirmed the arrests" / "denied the charge"
            if set(_around(doc_a, i, hit_a, 5, left=False)) & set(_around(doc_b, j, hit_b, 5, left=False)):
                spans.append((hit_a, hit_b, "opposite words", True, False, ""))
    ca, cb = doc_a.claimants[i], doc_b.claimants[j]
    one_source = bool(ca and cb and not _vague(ca) and (aliases.same(ca, cb) or _within(ca, cb)))
    out, seen = [], set()
    for span_a, span_b, reason, weak, verb, head in sorted(spans):
        if (span_a[0], span_b[0]) in seen:
            continue
        if not one_source and not _same_subject(doc_a, i, span_a, doc_b, j, span_b, aliases, known=verb):
            continue
        if _particle(doc_a, i, span_a) != _particle(doc_b, j, span_b):
            continue        # "checked out of" is no denial of "checked into"
        if not one_source and not (_about(doc_a, i, *span_a[:2]) and _about(doc_b, j, *span_b[:2])):
            continue        # "He was wearing crampons" / "the man was not wearing crampons": which man?
        if head and _both_ways(doc_a, head) and _both_ways(doc_b, head):
            continue        # each report states both: "we are not competing" and "competing with customers"
        if loose and len(_around(doc_a, i, span_a) & _around(doc_b, j, span_b)) < 1 + weak:
            continue
        seen.add((span_a[0], span_b[0]))
        verdict = Verdict.CONFLICT
        if ca and cb and not _vague(ca) and not _vague(cb) and not one_source:
            verdict, reason = Verdict.DIFFERS, reason + ", as different sources say"
        out.append(Finding("negation", verdict,
                           Side(doc_a.id, i, span_a[2], span_a[0], span_a[1], ca),
                           Side(doc_b.id, j, span_b[2], span_b[0], span_b[1], cb),
                           f"{_who(doc_a, i)}: “{span_a[2]}”; {_who(doc_b, j)}: “{span_b[2]}” — {reason}"))
    return out


SUBJECT_SKIP = frozenset("""
was were is are am be been being has have had did does do could would will should can may might must
not n't never no longer also all already still both each now then yet so very too
""".split())
DETERMINERS = frozenset("""
a an the his her their its our my your this that these those some any no every each another
""".split())


def _about(doc: Doc, i: int, start: int, end: int) -> Optional[str]:
    """The word that names what a statement is about. Used before a noun ("an armed police
    officer", "the unarmed man"), the word modifies that noun; otherwise it is the last word
    before it once auxiliaries, negators and adverbs are set aside ("Ross is not signed" →
    "Ross"; "Kaba, who was unarmed" → "Kaba"). ``None`` for a pronoun or anything unclear."""
    s = doc.sentences[i]
    toks = re.findall(r"[A-Za-z0-9][\w'\-]*|[,;:]", fold(s.text[:start - s.start]))
    while toks and toks[-1].lower().endswith("ly") and toks[-1].lower() not in SUBJECT_SKIP:
        toks.pop()
    if toks and (toks[-1].lower() in DETERMINERS or toks[-1][0].isdigit() or toks[-1].endswith("'s")):
        after = re.match(r"\s+([A-Za-z][\w\-]*)", fold(s.text[end - s.start:]))
        return after.group(1) if after and after.group(1).lower() not in STOPWORDS else None
    while toks and (toks[-1].lower() in SUBJECT_SKIP or toks[-1].lower().endswith("ly")):
        toks.pop()
    if len(toks) >= 2 and toks[-1].lower() in ("who", "which", "that"):
        toks = toks[:-2] if toks[-2] == "," else toks[:-1]
    if not toks:
        return None
    word = toks[-1]
    if word in ",;:" or word.lower() in STOPWORDS or word.lower() in PRONOUNS:
        word = toks[-2] if len(toks) >= 2 and toks[-1] == "," and toks[-2][:1].isupper() else ""
    return word or None


def _same_subject(doc_a: Doc, i: int, span_a: tuple, doc_b: Doc, j: int, span_b: tuple, aliases: Aliases,
                  *, known: bool = False) -> bool:
    """False when the two statements are plainly about different things ("Ross is not signed" /
    "DiLeo played"; "Kaba, who was unarmed" / "an armed police officer"). ``known``: the subject
    must be found on both sides, as for a bare verb ("Steve Jobs would not kick off the show" /
    "Phil Schiller … stood in and kicked off the show")."""
    wa, wb = _about(doc_a, i, *span_a[:2]), _about(doc_b, j, *span_b[:2])
    if wa is None or wb is None:
        return not known
    if stem(wa) == stem(wb):
        return True
    names = {e.text for e in doc_a.of(i, Entity) if wa in e.text.split()}, \
        {e.text for e in doc_b.of(j, Entity) if wb in e.text.split()}
    return any(aliases.relation(x, y) for x in names[0] for y in names[1])


def _both_ways(doc: Doc, head: str) -> bool:
    """Does the report, somewhere, both state and deny ``head``?"""
    seen: set[bool] = set()
    for k, s in enumerate(doc.sentences):
        if s.role.is_content:
            seen |= _polarities(_stance(doc, k), head)
    return seen == {True, False}


def _particle(doc: Doc, i: int, span: tuple) -> str:
    """The particle after a verb ("checked out", "checked into"), which changes its sense."""
    s = doc.sentences[i]
    m = re.match(r"\s+(out|into|in|up|off|down|over|on|away|back)\b", s.text[span[1] - s.start:], re.I)
    return m.group(1).lower() if m else ""


def _around(doc: Doc, i: int, span: tuple[int, int, str], width: int = 8, *, left: bool = True) -> set[str]:
    """Content stems within ``width`` words after a span and (``left``) before it."""
    s = doc.sentences[i]
    right = content_stems(s.text[span[1] - s.start:])[:width]
    return set(right) | (set(content_stems(s.text[:span[0] - s.start])[-width:]) if left else set())


def claimant_pairs(doc_a: Doc, doc_b: Doc, aliases: Aliases, skip: set = frozenset()) -> list[tuple[int, int]]:
    """Sentence pairs, one per report, that the reports attribute to the same named person or body."""
    out = []
    for i, ca in enumerate(doc_a.claimants):
        if not ca or _vague(ca):
            continue
        for j, cb in enumerate(doc_b.claimants):
            if cb and (i, j) not in skip and not _vague(cb) and aliases.same(ca, cb):
                out.append((i, j))
    return out


# ---------------------------------------------------------------- quotes

NUMBER_WORDS = {w: str(k) for k, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({w: f"{k}{'st' if k % 10 == 1 and k != 11 else 'nd' if k % 10 == 2 and k != 12 else 'rd' if k % 10 == 3 and k != 13 else 'th'}"
                     for k, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth "
                                           "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                                           "eighteenth nineteenth twentieth".split())})
_S_IS = frozenset("it he she that there here what who where how when why everyone nobody let".split())
NEGATORS = frozenset({"not", "no", "never", "nor", "neither", "nothing", "none", "nobody"})
CONTRACTIONS = {"n't": ["not"], "'re": ["are"], "'ve": ["have"], "'ll": ["will"], "'m": ["am"], "'d": ["would"],
                "'s": ["is"]}
IRREGULAR = {"can't": ["can", "not"], "won't": ["will", "not"], "cannot": ["can", "not"], "shan't": ["shall", "not"],
             "let's": ["let", "us"]}


def _spoken(text: str) -> list[str]:
    """Quote words with contractions spelled out ("that's" → "that is", "don't" → "do not")."""
    out = []
    text = re.sub(r"\s*[(\[][^()\[\]]{0,60}[)\]]", "", text)      # editorial insertions: "(Tara Reid)", "[sic]"
    text = re.sub(r"(\d):00\b", r"\1", text)                         # "6:00 p.m." / "6 p.m."
    text = re.sub(r"(?i)\.(?:com|org|net|co\.uk)\b", "", text)          # "MySpace.com" / "MySpace"
    for w in quote_words(text):
        w = NUMBER_WORDS.get(w, w)
        if w.endswith("'s") and w[:-2] not in _S_IS:
            w = w[:-2]                                                 # a possessive, not "is"
        if w in IRREGULAR:
            out += IRREGULAR[w]
            continue
        for tail, full in CONTRACTIONS.items():
            if w.endswith(tail) and len(w) > len(tail):
                out += [w[:-len(tail)], *full]
                break
        else:
            out.append(w)
    return out


def quote_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases) -> list[Finding]:
    """Each quote of A with the quote of B that best shares its words.

    Two quotes are paired when they share a run of at least three words (the whole of a shorter
    quote) and half of their content words; quotes of two different named speakers only when
    nearly word for word. Contractions are spelled out and words written together or apart
    ("e-mail" / "email") count as the same.
    """
    qa = [(i, q, _spoken(q.content)) for i in range(len(doc_a.sentences)) for q in doc_a.of(i, Quote)]
    qb = [(j, q, _spoken(q.content)) for j in range(len(doc_b.sentences)) for q in doc_b.of(j, Quote)]
    candidates = []
    for i, x, wx in qa:
        if len(wx) < 2:
            continue
        names_x = _name_words(x.content)
        for j, y, wy in qb:
            if len(wy) < 2:
                continue
            short, long = sorted((wx, wy), key=len)
            inside = any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1))
            lcs = LCSseq.similarity(wx, wy)
            if not inside:
                if lcs < max(2, math.ceil(0.6 * len(short))) or not (lcs >= 4 or len(short) <= 3):
                    continue
                if SequenceMatcher(a=wx, b=wy, autojunk=False).find_longest_match().size < min(3, len(short)):
                    continue
                if not _content_overlap(wx, wy, names_x | _name_words(y.content)):
                    continue
            if _rival_speakers(x, y, aliases) and lcs < 0.9 * len(long):
                continue
            candidates.append((lcs / len(long), lcs, i, j, x, y, wx, wy))
    out, used_a, used_b = [], set(), set()
    for *_, i, j, x, y, wx, wy in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2], c[3])):
        if id(x) in used_a or id(y) in used_b:
            continue        # one partner each: a quote with an exact match is not also compared elsewhere
        used_a.add(id(x))
        used_b.add(id(y))
        verdict, reason = _quote_verdict(wx, wy)
        out.append(Finding("quote", verdict, side(doc_a, i, x), side(doc_b, j, y), f"“{_short(x.content)}” — {reason}"))
        if _rival_speakers(x, y, aliases) and verdict.rank <= Verdict.COMPATIBLE.rank:
            out.append(Finding("attribution", Verdict.CONFLICT, side(doc_a, i, x), side(doc_b, j, y),
                               f"the same words, said by {x.speaker} ({doc_a.id}) vs {y.speaker} ({doc_b.id})"))
    return sorted(out, key=lambda f: (f.a.sentence, f.a.start, f.kind))


def _name_words(text: str) -> set[str]:
    """Lower-cased words a quote capitalizes inside it (names), which say little about its wording."""
    words = re.findall(r"[A-Za-z][\w'\-]*", fold(text))
    return {w.lower() for w in words[1:] if w[:1].isupper() and w != "I"}


def _rival_speakers(x: Quote, y: Quote, aliases: Aliases) -> bool:
    """Two quotes credited to two different named speakers."""
    return bool(x.speaker and y.speaker and not _vague(x.speaker) and not _vague(y.speaker)
                and is_named(x.speaker) and is_named(y.speaker) and not _one_speaker(x.speaker, y.speaker, aliases))


def _quote_verdict(wx: list[str], wy: list[str]) -> tuple[Verdict, str]:
    if wx == wy or "".join(wx) == "".join(wy):
        return Verdict.AGREE, "the same words"
    short, long = sorted((wx, wy), key=len)
    if any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1)):
        return Verdict.AGREE, "one quote is part of the other"
    ops = [op for op in SequenceMatcher(a=wx, b=wy, autojunk=False).get_opcodes() if op[0] != "equal"]
    # words added or dropped at an edge only extend a quote: judge what is left
    inner = [op for op in ops if not (op[0] in ("insert", "delete") and ((op[1] == 0 and op[3] == 0)
                                                                       or (op[2] == len(wx) and op[4] == len(wy))))]
    edges = " (and words at an edge)" if len(inner) < len(ops) else ""
    diff = _word_diff(wx, wy) if not edges else [p for _, a0, a1, b0, b1 in inner if a1 - a0 == b1 - b0
                                                   for p in zip(wx[a0:a1], wy[b0:b1])]
    if not inner:
        return Verdict.COMPATIBLE, "one quote extends the other: " + _diff_text(wx, wy)
    if diff and len(diff) == sum(a1 - a0 for _, a0, a1, b0, b1 in inner) and \
            all(Levenshtein.normalized_similarity(p, q) >= 0.7 or regional(p) == regional(q) for p, q in diff):
        return Verdict.COMPATIBLE, "spelling differs: " + ", ".join(f"{p}/{q}" for p, q in diff) + edges
    if all("".join(wx[a0:a1]) == "".join(wy[b0:b1]) for _, a0, a1, b0, b1 in inner):
        return Verdict.COMPATIBLE, "words written together or apart: " + _diff_text(wx, wy)
    if all(w in STOPWORDS and w not in NEGATORS for _, a0, a1, b0, b1 in inner for w in wx[a0:a1] + wy[b0:b1]):
        return Verdict.COMPATIBLE, "only function words differ: " + _diff_text(wx, wy)
    return Verdict.DIFFERS, "words differ: " + _diff_text(wx, wy)


def _content_overlap(wx: list[str], wy: list[str], names: set[str] = frozenset()) -> bool:
    """Do two quotes share their content words, not just "I was", "we don't have any" or a
    name? At least two, half of the shorter quote's and half of the longer quote's."""
    cx = [stem(w) for w in wx if w not in STOPWORDS and w not in names]
    cy = [stem(w) for w in wy if w not in STOPWORDS and w not in names]
    shared = LCSseq.similarity(cx, cy)
    return shared >= min(2, len(cx), len(cy)) and shared >= 0.5 * max(len(cx), len(cy))


def _one_speaker(a: str, b: str, aliases: Aliases) -> bool:
    """The same speaker, or speakers sharing a member: "Zadan and Meron jointly" / "producers
    Craig Zadan and Neil Meron"."""
    if aliases.relation(a, b):
        return True
    names = lambda s: {w.lower() for w in re.findall(r"[A-Z][\w'\-]{2,}", fold(s)) if w.lower() not in STOPWORDS}
    return bool(names(a) & names(b))


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _word_diff(wx: list[str], wy: list[str]) -> list[tuple[str, str]]:
    """Words replaced one for one, or [] when words were added or dropped."""
    pairs = []
    for op, a0, a1, b0, b1 in SequenceMatcher(a=wx, b=wy, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op != "replace" or a1 - a0 != b1 - b0:
            return []
        pairs.extend(zip(wx[a0:a1], wy[b0:b1]))
    return pairs


def _diff_text(wx: list[str], wy: list[str]) -> str:
    parts = []
    for op, a0, a1, b0, b1 in SequenceMatcher(a=wx, b=wy, autojunk=False).get_opcodes():
        if op == "replace":
            parts.append(f"'{' '.join(wx[a0:a1])}' → '{' '.join(wy[b0:b1])}'")
        elif op == "delete":
            parts.append(f"-'{' '.join(wx[a0:a1])}'")
        elif op == "insert":
            parts.append(f"+'{' '.join(wy[b0:b1])}'")
    return "; ".join(parts[:4]) + (" …" if len(parts) > 4 else "")


# ---------------------------------------------------------------- one report against itself

ANOTHER = re.compile(r"\b(?:another|other|further|additional|more|extra)\s+(?:\w+\s+)?$", re.I)


def _count_figure(q: Quantity) -> bool:
    """A plain count: not an age, an ordinal or a measurement."""
    return q.counts != "age" and not q.ordinal and not q.unit and _magnitude(q) is not None


def _estimate(q: Quantity) -> bool:
    """A large count, as for a crowd or a toll."""
    return _count_figure(q) and _magnitude(q) >= 20


def _group_size(doc: Doc, i: int, q: Quantity) -> bool:
    """A figure for a group of a named kind ("about 100 officers"), not "another 20,000 people":
    large, hedged ("about", "more than") or a range."""
    if not _count_figure(q) or not q.counts or q.counts in GENERIC_COUNTS:
        return False
    s = doc.sentences[i]
    if ANOTHER.search(fold(s.text[max(0, q.start - s.start - 30):q.start - s.start])):
        return False
    return abs(_magnitude(q)) >= 20 or q.approximate or bool(q.qualifier) or q.value is None


def _loose(q: Quantity) -> bool:
    """A loose plural: "thousands", "dozens of", "a few hundred" (no figure stated)."""
    return q.value is None and q.approximate and q.stated is None


def _hedged(q: Quantity) -> bool:
    """An estimate: "about 100", "more than 100", "90 to 100", "hundreds"."""
    return q.approximate or bool(q.qualifier) or q.value is None


def _magnitude(q: Quantity) -> Optional[float]:
    pts = [x for x in (q.value, q.low, q.high) if x is not None]
    return sum(pts) / len(pts) if pts else None


def group_findings(doc_a: Doc, doc_b: Doc, sim: Callable[[int, int], float], *, tolerance: float,
                   skip: set = frozenset(), floor: float = 0.16, aliases: Optional[Aliases] = None) -> list[Finding]:
    """The size of one group stated in two places: the same kind counted (not "people"), figures
    within a factor of two, and at least one an estimate or a large figure; two exact figures
    only in sentences at least ``floor`` similar. Within one report only figures from different claimants are
    compared, and only discrepancies are kept. Each figure is paired with the most similar
    sentence's figure."""
    same_doc = doc_a is doc_b
    out = []
    qb = [(j, y) for j in range(len(doc_b.sentences)) for y in doc_b.of(j, Quantity) if _group_size(doc_b, j, y)]
    for i in range(len(doc_a.sentences)):
        for x in doc_a.of(i, Quantity):
            if not _group_size(doc_a, i, x):
                continue
            best = None
            for j, y in qb:
                if same_doc and (j <= i or fold_key(doc_a.claimants[i] or "") == fold_key(doc_b.claimants[j] or "")):
                    continue
                if (i, j) in skip or stem(x.counts) != stem(y.counts):
                    continue
                if sim(i, j) < floor and not (_hedged(x) and _hedged(y)):
                    continue        # exact figures of a kind ("20 points") recur for many owners
                mx, my = _magnitude(x), _magnitude(y)
                if not mx or not my or max(mx, my) > 2 * min(mx, my):
                    continue
                if best is None or sim(i, j) > best[0]:
                    best = (sim(i, j), j)
            if best is not None:
                out += number_findings(doc_a, [i], doc_b, [best[1]], tolerance=tolerance, aliases=aliases,
                                       discrepancies_only=same_doc, require_counts=True, score=best[0])
    return out


def self_findings(doc: Doc, *, tolerance: float, aliases: Optional[Aliases] = None) -> list[Finding]:
    """Adjacent sentences of one report giving figures from different claimants (one at least
    named, the two not one person under two names), where exactly one leaves the counted thing
    unsaid ("Police put the march at roughly 30,000 people.
    But witnesses said there were more than 50,000")."""
    out = []
    for i in range(len(doc.sentences) - 1):
        j = i + 1
        ci, cj = doc.claimants[i], doc.claimants[j]
        if not (ci or cj) or (ci and cj and (fold_key(ci) == fold_key(cj)
                                             or (aliases is not None and aliases.relation(ci, cj)))):
            continue
        qi = [q for q in doc.of(i, Quantity) if _estimate(q)]
        qj = [q for q in doc.of(j, Quantity) if _estimate(q)]
        for x in qi:
            for y in qj:
                mx, my = _magnitude(x), _magnitude(y)
                if not mx or not my or max(mx, my) > 3 * min(mx, my) or bool(x.counts) == bool(y.counts):
                    continue
                if not _frames_meet(frame(doc, i, x), frame(doc, j, y), aliases):
                    continue
                result = compare_quantities(x, y, tolerance=tolerance)
                if result and result[0].rank >= Verdict.DIFFERS.rank:
                    # the report itself sets the two accounts side by side: worth a look, no contradiction of its own
                    out.append(_number_finding(doc, i, x, doc, j, y, Verdict.DIFFERS, result[1] + "; the report gives both"))
    return out


def dedupe(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    seen, out = set(), []
    for f in findings:
        key = (f.kind, f.a.source, f.a.sentence, f.a.start, f.b.source, f.b.sentence, f.b.start)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return tuple(out)
