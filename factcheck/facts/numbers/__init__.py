"""Numbers, ranges, bounds and measurements in news text → ``Quantity`` records.

The extractor works in passes over one sentence or paragraph, one module each:

1. :mod:`.tokens`: tokenize, and mask spans that hold digits but are not quantities (dates,
   clock times, phone numbers, URLs, identifiers such as "NX121" or "I-75");
2. :mod:`.atoms` and :mod:`.parse`: read number words and digits into *runs* and each run
   into numbers ("three hundred and two dozens", "2.5 million", "two-thirds", "3rd");
3. :mod:`.filters`: drop what is no figure (years, days of a month, street numbers, model
   years, the pronoun "one" …), each by a named rule;
4. :mod:`.scores`: results and records ("a 108-70 rout", "a record of 9-14"); :mod:`.decades`:
   ages as a decade of life ("in her early 30s");
   :mod:`.phrases`: ratios, vague amounts, ranges ("90 to 100"), bounds ("more than") and
   approximations ("about");
5. :mod:`.context`: a currency, a unit, a percent sign, an age or the noun counted.

Vocabulary lives in ``factcheck/data/`` (:mod:`.lexicon`); :mod:`.convert` puts quantities in
base units for comparison. Everything is linear in the length of the text: each token is
looked at a bounded number of times (number runs are capped at ``parse.MAX_RUN`` atoms, and
a run is parsed in time cubic in its own length).

A parser exception is a bug: nothing here catches it (the pipeline records it as a skip and
the tests, hypothesis over arbitrary text among them, fail on it).
"""
from __future__ import annotations

import dataclasses
from typing import Iterator, Optional

from ...model import Dropped, Quantity
from .atoms import atoms
from .context import quake_magnitudes, units_and_counts
from .ellipsis import article_ordinals, changes, coordinated, elliptic_counts
from .convert import to_base
from .draft import Q, from_num
from .filters import dropped_by, ordinal_not_fraction
from .lexicon import VULGAR
from .parse import Num, parse_run, runs
from .phrases import merge_bounds, one_unit, qualify, ranges, ratios, vague
from .decades import decade_ages
from .dimensions import dimensions
from .phones import phone_numbers
from .scores import scores
from .tokens import masked, tokenize

__all__ = ["article_ordinals", "extract_quantities", "parse_number", "scan_quantities", "to_base"]


def parse_number(words: str) -> Optional[float]:
    """The value of a standalone number phrase, or None if it is not one number.

    Accepts digits ("4,000", "2.5"), words ("twenty-four", "a dozen", "two-thirds"),
    mixed forms and scale words ("2.5 million", "3bn", "$1.2m"). Linear in the length.

    >>> parse_number("twenty-four")
    24.0
    >>> parse_number("2.5 million")
    2500000.0
    >>> parse_number("a dozen"), parse_number("3bn"), parse_number("officers")
    (12.0, 3000000000.0, None)
    """
    s = words.strip()
    if not s:
        return None
    qs = list(extract_quantities(s, tolerance=0.0))
    if len(qs) != 1 or qs[0].value is None:
        return None
    q = qs[0]
    if s[:q.start].strip() or s[q.end:].strip():
        return None
    return q.value


def extract_quantities(text: str, offset: int = 0, *,
                       tolerance: Optional[float] = 0.1) -> Iterator[Quantity]:
    """Yield a ``Quantity`` for every number expression in ``text``, in document order.

    ``start``/``end`` are ``offset`` plus positions in ``text``, and ``text`` is the exact
    span (qualifier, currency and unit included: "about 100", "$1.2m", "193km/h").
    ``value`` is the number as stated, ``None`` for ranges ("90 to 100" → [90, 100], closed)
    and vague plurals ("tens of thousands" → [10000, 100000)). Bounds keep ``value`` and set
    one side open ("more than 100" → (100, ∞)). Approximations widen the interval by
    ``tolerance`` ("about 100" → [90, 110]; "nearly 100" → [90, 100)); ``tolerance=None``
    or 0 keeps the stated figures. Dates, clock times, phone numbers, identifiers and the
    pronoun "one" are skipped (:func:`scan_quantities` says which and why). Linear in the
    length of ``text``.

    >>> [(q.text, q.low, q.high, q.counts) for q in extract_quantities("about 100 officers")]
    [('about 100', 90.0, 110.0, 'officer')]
    >>> [(q.text, q.value, q.unit) for q in extract_quantities("a euro110 billion loan")]
    [('euro110 billion', 110000000000.0, 'EUR')]
    """
    yield from scan_quantities(text, offset, tolerance=tolerance)[0]


def scan_quantities(text: str, offset: int = 0, *,
                    tolerance: Optional[float] = 0.1) -> tuple[list[Quantity], list[Dropped]]:
    """The quantities of ``text`` (as :func:`extract_quantities`) and the numbers it left out,
    each with the rule that left it out.

    >>> qs, dropped = scan_quantities("In 2008, 54 State St. had 3 floors")
    >>> [q.text for q in qs], [(d.text, d.rule) for d in dropped]
    (['3'], [('2008', 'year'), ('54', 'street-number')])
    """
    quantities, dropped = _scan(text, float(tolerance or 0.0))
    if offset:
        quantities = [dataclasses.replace(q, start=q.start + offset, end=q.end + offset) for q in quantities]
        dropped = [dataclasses.replace(d, start=d.start + offset, end=d.end + offset) for d in dropped]
    return quantities, dropped


def _skipped_tokens(text: str, toks, taken: list[Quantity]) -> tuple[list[bool], list[Dropped]]:
    """Which tokens the masks cover (a number touched by a mask; a word or sign only when
    wholly inside), and the masked spans that hold digits (not inside the ``taken`` results,
    records and decade ages, which are figures of their own)."""
    cover = bytearray(len(text))
    dropped = []
    spans = [(q.start, q.end) for q in taken]
    for s, e, rule in masked(text, spans):
        cover[s:e] = b"\x01" * (e - s)
        if not any(ts <= s and e <= te for ts, te in spans) and any(c.isdigit() for c in text[s:e]):
            dropped.append(Dropped("number", rule, text[s:e], s, e))
    skip = [(1 in cover[t.start:t.end]) if t.kind in ("num", "frac") else all(cover[t.start:t.end]) for t in toks]
    return skip, dropped


def _scan(text: str, tolerance: float) -> tuple[list[Quantity], list[Dropped]]:
    if not text or not any(c.isdigit() or c.isalpha() or c in VULGAR for c in text):
        return [], []
    toks = tokenize(text)
    results = sorted(scores(text) + decade_ages(text) + phone_numbers(text) + dimensions(text), key=lambda q: q.start)
    skip, dropped = _skipped_tokens(text, toks, results)
    nums: list[Num] = []
    for run in runs(atoms(toks, skip)):
        for n in parse_run(run, toks):
            n = ordinal_not_fraction(n, toks)
            rule = dropped_by(n, toks)
            if rule is None:
                nums.append(n)
            else:
                s, e = toks[n.i].start, toks[n.j - 1].end
                dropped.append(Dropped("number", rule, text[s:e], s, e))
    qs = ratios([from_num(n, toks) for n in nums], toks)
    qs = ranges(one_unit(toks, skip, vague(toks, skip, qs)), toks)
    for q in qs:
        qualify(q, toks, tolerance)
    qs = merge_bounds(qs, toks)
    for q in qs:
        units_and_counts(q, toks)
    quake_magnitudes(qs, toks)
    coordinated(qs, toks)
    elliptic_counts(qs, toks)
    changes(qs, toks)
    out = [_quantity(q, toks, text, tolerance) for q in qs] + results
    out.sort(key=lambda q: (q.start, q.end))
    dedup = {(d.start, d.end, d.rule): d for d in dropped}
    return out, sorted(dedup.values(), key=lambda d: (d.start, d.end, d.rule))


def _quantity(q: Q, toks, text: str, tolerance: float) -> Quantity:
    start = toks[q.i].start if q.start < 0 else q.start
    end = toks[q.j - 1].end if q.end < 0 else q.end
    return Quantity(text=text[start:end], start=start, end=end, value=q.value, low=q.low, high=q.high,
                    low_inclusive=q.low_inc, high_inclusive=q.high_inc, approximate=q.approx, unit=q.unit,
                    counts=q.counts, qualifier=q.qualifier, ordinal=q.ordinal,
                    stated=q.stated if q.approx and tolerance else None)
