"""Interval logic: two quantities of one thing compared as intervals in base units.

:func:`compare_quantities` gives a verdict and a reason (open bounds, approximations, round
spans, figures converted between units); :func:`interval_text` writes an interval for a
finding's detail. Constant time per pair.
"""
from __future__ import annotations

import dataclasses
import math
import re
from typing import Optional

from ...facts.numbers import to_base
from ...facts.numbers.convert import PAIRED_UNITS
from ...facts.numbers.lexicon import CARDINALS, TENS
from ...facts.numbers.phones import same_number
from ...facts.numbers.scores import record_parts
from ...model import Quantity, Verdict
from ...settings import Thresholds
from .nouns import COARSE


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


THROUGH_BOUND = "apart; they meet only through an open bound"


def _above(q: Quantity) -> bool:
    """A figure bounded from below only ("more than 40", "over 2.5 million")."""
    return q.low is not None and q.high is None


def _round_span_holds(qa: Quantity, ia: tuple, qb: Quantity, ib: tuple) -> bool:
    """Does a count of a round span ("two decades", of ``COARSE``) against a span in other
    units hold it within half of its own unit ("two decades" is 15 to 25 years: "21 years")?"""
    for c, ic, o, io in ((qa, ia, qb, ib), (qb, ib, qa, ia)):
        if (c.counts or "") in COARSE and c.unit is None and (o.counts or "") not in COARSE and c.value:
            half = 0.5 * (ic[0] if ic[0] is not None else ic[1]) / c.value
            lo = None if ic[0] is None else ic[0] - half
            hi = None if ic[1] is None else ic[1] + half
            return _overlap((lo, hi, True, True), io)
    return False


def compare_quantities(qa: Quantity, qb: Quantity, *, tolerance: float = 0.1,
                       t: Thresholds = Thresholds()) -> Optional[tuple[Verdict, str]]:
    """Verdict and reason for two quantities of the same thing, or None if not comparable.

    Symmetric: ``compare_quantities(a, b)`` and ``compare_quantities(b, a)`` give the same verdict.
    """
    da, alo, ahi = to_base(qa)
    db, blo, bhi = to_base(qb)
    if da is None or da != db:
        return None
    if da == "record" and (len(record_parts(qa)) == 3 or len(record_parts(qb)) == 3):
        # a record with its draws: "45-7-2" / "45-7-2"; "45-7" / "45-7-2" leaves the draws out
        pa, pb = record_parts(qa), record_parts(qb)
        if pa == pb:
            return Verdict.AGREE, "the same record"
        if len(pa) != len(pb) and pa[:2] == pb[:2]:
            return Verdict.COMPATIBLE, "the same record, its draws given on one side only"
        return Verdict.DIFFERS, f"another record: {qa.text} / {qb.text}"
    if da in PAIRED_UNITS:
        # two figures as written, not an interval: "9-14" / "9-14"; "20-13" / "13-20"
        if (alo, ahi) == (blo, bhi):
            return Verdict.AGREE, f"the same {da}"
        if (alo, ahi) == (bhi, blo):
            return Verdict.COMPATIBLE, f"the same {da}, written the other way round"
        return Verdict.DIFFERS, f"another {da}: {qa.text} / {qb.text}"
    if da == "phone":
        if alo == blo:
            return Verdict.AGREE, "the same number"
        if same_number(alo, blo):
            return Verdict.COMPATIBLE, "the same number, one with its country code"
        return Verdict.CONFLICT, f"another number: {qa.text} / {qb.text}"
    ia = (alo, ahi, qa.low_inclusive, qa.high_inclusive)
    ib = (blo, bhi, qb.low_inclusive, qb.high_inclusive)
    if alo == blo and ahi == bhi and ia[2:] == ib[2:] and qa.approximate == qb.approximate \
            and _hedge(qa) == _hedge(qb):
        if qa.unit == qb.unit:
            return Verdict.AGREE, "the same figure"
        return Verdict.COMPATIBLE, "the same figure in other units"
    exact_a = alo is not None and alo == ahi
    exact_b = blo is not None and bhi == blo
    if qa.unit != qb.unit and exact_a and exact_b and abs(alo - blo) <= 0.02 * max(abs(alo), abs(blo)):
        return Verdict.COMPATIBLE, f"the same figure in other units ({_fmt(alo)} ≈ {_fmt(blo)} {da})"
    if qa.unit != qb.unit and _overlap(*_widen(ia, ib, 0.02)):
        return Verdict.COMPATIBLE, "the same figure in other units, rounded"
    same_figure = qa.value is not None and qb.value is not None and \
        to_base(dataclasses.replace(qa, low=qa.value, high=qa.value))[1] == \
        to_base(dataclasses.replace(qb, low=qb.value, high=qb.value))[1]
    if da == "duration" and not _overlap(ia, ib) and not same_figure and _round_span_holds(qa, ia, qb, ib):
        return Verdict.COMPATIBLE, "a round span of years holds the other (\"two decades\" / \"21 years\")"
    if not _overlap(ia, ib):
        if same_figure and (qa.counts or "") in COARSE:
            return Verdict.COMPATIBLE, "the same round figure, one side bounded (\"more than three decades\" / \"three decades\")"
        if same_figure and (qa.approximate or qb.approximate):
            return Verdict.COMPATIBLE, "the same figure, one side hedged (\"almost 400\" / \"400\")"
        if same_figure and (_above(qa) or _above(qb)):
            # "more than 40 people" / "40 people": a round figure told loosely, as editors read
            # it (blind reads mark it agree or compatible; precision reads judged it no discrepancy)
            return Verdict.COMPATIBLE, "the same figure, one side says more than it: a round figure told loosely"
        if same_figure:
            return Verdict.DIFFERS, "the same figure, but one side says less than it"      # "under 16" / "16-year-old"
        if (qa.approximate or qb.approximate) and _overlap(*_widen(ia, ib, tolerance / 2)):
            return Verdict.DIFFERS, "close, but they miss each other even allowing for the approximation"
        return Verdict.CONFLICT, "the figures cannot both be right"
    if qa.qualifier and _hedge(qa) == _hedge(qb) and qa.value is not None and qb.value is not None and \
            not same_figure and abs(qa.value - qb.value) > tolerance * max(abs(qa.value), abs(qb.value)):
        # one bound, two figures: "up to 8 hours" / "up to 9 hours", "more than 100" / "more than 200"
        return Verdict.DIFFERS, f"the same bound ('{qa.qualifier}') with another figure"
    open_a = alo is None or ahi is None or not (qa.low_inclusive and qa.high_inclusive)
    open_b = blo is None or bhi is None or not (qb.low_inclusive and qb.high_inclusive)
    if same_figure:
        return Verdict.COMPATIBLE, "the same figure, hedged differently"
    if qa.loose != qb.loose and _stated((qb if qa.loose else qa)):
        # "dozens" is a range (24 to 144), not a bound: "Sixty residents" lies within it
        return Verdict.COMPATIBLE, f"within the range '{(qa if qa.loose else qb).text}' allows"
    if (open_a or open_b) and (qa.approximate or qb.approximate):
        if _just_under(qa, qb) or _just_under(qb, qa):
            return Verdict.COMPATIBLE, "just under the figure, as 'nearly' says"     # "nearly $14 billion" / "$13.9 billion"
        if not _overlap(_as_stated(qa), _as_stated(qb)):
            return Verdict.DIFFERS, "the two ranges only touch at the edge of the estimate"
    if open_a or open_b:
        # the figures as stated: "at least 5" / "40", "more than 2,000" / "more than 3,500",
        # "at least 70" / "about 100" differ; "at least four" / "five" is what the bound allows
        # (small counts need twice the other: "at least two" / "three" trucks can both be right)
        va, vb = _stated_point(qa), _stated_point(qb)
        if va is not None and vb is not None and abs(va - vb) > tolerance * max(abs(va), abs(vb)) and \
                max(abs(va), abs(vb)) >= (t.open_bound if min(abs(va), abs(vb)) >= t.small_count
                                          else t.open_bound_small) * min(abs(va), abs(vb)):
            return Verdict.DIFFERS, THROUGH_BOUND
    for approx, exact in ((qa, qb), (qb, qa)):
        told = _told_as(approx, exact)
        if told is not None:
            return Verdict.DIFFERS, f"close, but {exact.text} would be told as “{told}”, not “{approx.text}”"
    if _span(qa) and _span(qb) and _bounds(qa) != _bounds(qb):
        # two ranges written out, their bounds not the same: "sentences ranging from 7 to 75
        # years" / "between six and 75 years" state two spans, though they overlap
        return Verdict.DIFFERS, f"two ranges with other bounds: {qa.text} / {qb.text}"
    return Verdict.COMPATIBLE, "the ranges overlap: both can be right"


def _span(q: Quantity) -> bool:
    """A range written with its two bounds ("from 7 to 75 years", "90 to 100"), not a loose
    word ("dozens"), not hedged ("about 30 to 45 seconds": bounds told loosely)."""
    low, high = _bounds(q)
    return low is not None and high is not None and low < high and q.value is None and not q.approximate and \
        len(_FIGURES.findall(q.text.lower())) >= 2


# a figure written out, in digits or in words: a range is a span only with two of them
# ("from 7 to 75", "between six and 75"; not "a handful", "several", "dozens")
_FIGURES = re.compile(r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(sorted(set(CARDINALS) | set(TENS), key=len, reverse=True)) + r")\b")


def _bounds(q: Quantity) -> tuple:
    """The two bounds of a range as written ("around 90 to 100": 90 and 100, not the hedge's)."""
    return tuple(q.stated[:2]) if q.stated else (q.low, q.high)


# an approximation written as digits before a scale word ("about $13 billion", "roughly 8.3
# million"): its digits say how finely it is rounded
_DIGITS = re.compile(r"(\d[\d,]*(?:\.\d+)?)")
_SCALED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*-?\s*(thousand|million|billion|trillion|bn|m)\b", re.I)


def _just_under(near: Quantity, exact: Quantity) -> bool:
    """Is ``exact`` a figure below ``near``'s that rounds to it, where ``near`` says "nearly" or
    "almost" (its interval stops short of its figure)?"""
    if not (near.value and near.high == near.value and not near.high_inclusive and near.low is not None and
            exact.value is not None and exact.low == exact.high == exact.value and not exact.approximate and
            near.low <= exact.value < near.value):
        return False
    # and rounds to it, as the figure's digits say ("$13.9 billion" is nearly $14 billion, "$13.2
    # billion" is about $13 billion)
    rounded = _in_its_digits(near, _DIGITS.search(near.text), exact.value)
    return rounded is None or _same_step(*rounded)


def _in_its_digits(q: Quantity, m: Optional[re.Match], value: float) -> Optional[tuple[float, float, float]]:
    """``value`` rounded as ``q`` is written (``m``: its digits, group 1, "13" of "about $13
    billion"): (``value`` so rounded, ``q``'s figure, the step), both in ``q``'s own scale; None
    when ``q`` has no digits."""
    mantissa = float(m.group(1).replace(",", "")) if m else 0.0
    if not mantissa:
        return None
    step = _step(m.group(1))
    return _rounded(value * mantissa / q.value, step), mantissa, step


def _same_step(a: float, b: float, step: float) -> bool:
    return abs(a - b) < step / 2


def _rounded(value: float, step: float) -> float:
    """``value`` rounded to a multiple of ``step``, a half up, float slips aside ("2.35" → 2.4)."""
    return math.floor(round(value / step, 6) + 0.5) * step


def _step(digits: str) -> float:
    """How finely a figure written as ``digits`` is rounded, in the figure's own scale: the place
    of its last digit that is not 0 ("13": 1; "8.3": 0.1; "300": 100), five of them when a whole
    figure's last such digit is 5 ("25": 5; "2.5": 0.1)."""
    digits = digits.replace(",", "")
    whole, _, fraction = digits.partition(".")
    if fraction.rstrip("0"):
        return 10.0 ** -len(fraction.rstrip("0"))      # "2.5" is told to the tenth, not the half
    n, place = int(whole or 0), 1
    while n and n % 10 == 0:
        n, place = n // 10, place * 10
    return place * 5 if n % 10 == 5 else place


def _told_as(approx: Quantity, exact: Quantity) -> Optional[str]:
    """An approximation written with a scale word ("about $13 billion", "roughly $22 million")
    against an exact figure of the same unit that rounds to another one ("$13.9 billion" is
    about $14 billion): the approximation as the exact figure would make it, or None when it
    makes this one. The tolerance widens "about 13" by a tenth; the digits before "billion"
    say it is rounded to the nearest billion. Small counts ("about 12 people", "a dozen") are
    left to the tolerance: their digits say little of how they were rounded."""
    if not approx.approximate or approx.value is None or approx.stated is None or approx.unit != exact.unit \
            or approx.loose or exact.approximate or exact.qualifier or exact.value is None \
            or exact.low != exact.high or exact.value == approx.value or approx.high == approx.value:
        return None         # (not "nearly": an open top the intervals judge already)
    m = _SCALED.search(approx.text)
    rounded = _in_its_digits(approx, m, exact.value)
    if rounded is None or _same_step(*rounded):
        return None
    near, _, step = rounded
    shown = f"{near:,.{max(0, -math.floor(math.log10(step)))}f}" if step < 1 else f"{near:,.0f}"
    return approx.text[:m.start(1)] + shown + approx.text[m.end(1):]


def _hedge(q: Quantity) -> str:
    """The words that bound or hedge a figure, as one key: "More than" is "more than"."""
    return " ".join((q.qualifier or "").lower().split())


def _stated(q: Quantity) -> bool:
    """A figure stated as one value, perhaps hedged: a closed interval ("Sixty", "about 10,000";
    not "more than 100", "up to 30")."""
    return q.value is not None and q.low is not None and q.high is not None and q.low_inclusive and q.high_inclusive


def _far_through_bound(x: Quantity, y: Quantity, t: Thresholds) -> bool:
    """Figures that meet only because one is an open bound ("at least three", "more than 100")
    while the other is far beyond it: nothing says they count one thing."""
    (_, xlo, xhi), (_, ylo, yhi) = to_base(x), to_base(y)      # in one unit: "a month" / "four weeks"
    open_x, open_y = xlo is None or xhi is None, ylo is None or yhi is None
    if not (open_x or open_y):
        return False
    mx = xlo if xhi is None else xhi if xlo is None else (xlo + xhi) / 2
    my = ylo if yhi is None else yhi if ylo is None else (ylo + yhi) / 2
    if mx is None or my is None or min(abs(mx), abs(my)) == 0:
        return False
    return max(abs(mx), abs(my)) >= t.bound_far * min(abs(mx), abs(my))


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


def _stated_point(q: Quantity) -> Optional[float]:
    """The figure as written, in base units: the middle of a range, the bound of an open one."""
    lo, hi, _, _ = _as_stated(q)
    return _point(lo, hi)


def _point(lo, hi) -> Optional[float]:
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return lo if lo is not None else hi


def _interval(q: Quantity) -> str:
    dim, low, high = to_base(q)
    return interval_text(low, high, q.low_inclusive, q.high_inclusive) + (f" {dim}" if dim and dim != "count" else "")
