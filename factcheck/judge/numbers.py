"""Numbers: figures read in their clause and compared when they count the same thing."""
from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from ..aliases import DEMONYM, Aliases
from ..facts.numbers import to_base
from ..model import Entity, Finding, Quantity, TimeFact, Verdict
from ..text import SCORE_RE, fold, fold_key, stem
from .doc import Doc, side, who
from .times import relate_times


# nouns that count people by what they belong to: compared only when both figures name it
RELATIONAL = frozenset(stem(w) for w in ("member", "resident", "employee", "staff", "student", "worker", "citizen",
                                          "inhabitant", "supporter", "follower", "subscriber", "user", "customer",
                                          "voter", "fan"))
COARSE = frozenset({"decade", "century", "generation", "millennium", "dozen"})   # round by nature
GENERIC_COUNTS = frozenset({"people", "person", "persons", "individual", "individuals", "victim", "victims"})


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
_RATE = re.compile(r"^\s*(?:[\w\-]+\s+){0,4}?(?:a|an|per|each|every)\s+"
                   r"(?:of\s+(?:the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?)?"      # "each of the past five seasons"
                   r"(?:game|outing|night|match|season|year|day|week|month|hour|minute|head|capita|person)s?\b", re.I)
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
    if rels and all(r is Verdict.CONFLICT for r in rels):
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


def frames_meet(fa: Frame, fb: Frame, aliases: Optional[Aliases]) -> bool:
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
            if (require_counts and match != "strong") or not frames_meet(fx, fy, aliases):
                continue
            result = compare_quantities(x, y, tolerance=tolerance)
            if result is None or (match == "weak" and result[0].rank >= Verdict.DIFFERS.rank):
                continue
            if x.counts == "age" and result[0].rank >= Verdict.DIFFERS.rank:
                if not _same_person(doc_a, i, x, doc_b, j, y, aliases):
                    continue
                years = _years_apart(doc_a, doc_b)
                if years is not None and 0 < abs((x.magnitude or 0) - (y.magnitude or 0)) <= years + 1:
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
        findings.append(number_finding(doc_a, i, x, doc_b, j, y, verdict, reason))
    return findings


def _temper(result: tuple[Verdict, str], doc_a: Doc, i: int, x: Quantity, fx: Frame,
            doc_b: Doc, j: int, y: Quantity, fy: Frame, close: bool) -> Optional[tuple[Verdict, str]]:
    """A discrepancy, or what is left of it once the clauses are read; None to drop it."""
    verdict, reason = result
    if verdict.rank < Verdict.DIFFERS.rank:
        return result
    mx, my = x.magnitude, y.magnitude
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
    if any(q.loose for q in (x, y)):
        return None         # "thousands" / "about 10,000", "tens of millions" / "millions": loose words
    same_kind = lambda q, other: q.counts and other.counts and stem(q.counts) == stem(other.counts)
    def gives(doc: Doc, figure: Quantity, fig_frame: Frame) -> bool:
        """Does ``doc`` state ``figure`` somewhere else, about the same thing?"""
        for k, fs in enumerate(doc.facts):
            for q in fs:
                if isinstance(q, Quantity) and q is not x and q is not y and \
                        q.magnitude == figure.magnitude and same_kind(q, figure):
                    fq = frame(doc, k, q)
                    if frames_meet(fq, fig_frame, None) and (fq.owner or "") == (fig_frame.owner or ""):
                        return True
        return False

    if gives(doc_a, y, fy) or gives(doc_b, x, fx):
        return None         # each report also gives the other's figure: two facts, not one
    if not (close or (fx.owner and fy.owner) or (fx.event and fx.event == fy.event)
            or (x.hedged and y.hedged and same_kind(x, y))):
        return None         # loosely aligned sentences with nothing to tie the two figures
    return verdict, reason


def number_finding(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity,
                    verdict: Verdict, reason: str) -> Finding:
    """A number finding whose message names who claims each figure."""
    msg = f"{who(doc_a, i)}: {_describe(x)}; {who(doc_b, j)}: {_describe(y)} — {reason}"
    return Finding("number", verdict, side(doc_a, i, x), side(doc_b, j, y), msg)


ANOTHER = re.compile(r"\b(?:another|other|further|additional|more|extra)\s+(?:\w+\s+)?$", re.I)


def _count_figure(q: Quantity) -> bool:
    """A plain count: not an age, an ordinal or a measurement."""
    return q.counts != "age" and not q.ordinal and not q.unit and q.magnitude is not None


def estimate(q: Quantity) -> bool:
    """A large count, as for a crowd or a toll."""
    return _count_figure(q) and q.magnitude >= 20


def group_size(doc: Doc, i: int, q: Quantity) -> bool:
    """A figure for a group of a named kind ("about 100 officers"), not "another 20,000 people":
    large, hedged ("about", "more than") or a range."""
    if not _count_figure(q) or not q.counts or q.counts in GENERIC_COUNTS:
        return False
    s = doc.sentences[i]
    if ANOTHER.search(fold(s.text[max(0, q.start - s.start - 30):q.start - s.start])):
        return False
    return abs(q.magnitude) >= 20 or q.approximate or bool(q.qualifier) or q.value is None
