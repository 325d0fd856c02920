"""Figures read with the words around them: ratios ("one in 10"), vague amounts ("tens of
thousands", "a few hundred"), ranges ("90 to 100", "between 90 and 100"), bounds ("more than
100", "100 or more") and approximations ("about 100", "nearly 100").

Each pass takes the list of quantities under construction and returns it (or changes them
in place); together they are linear in the number of tokens.
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import DETERMINERS, OBJECT_PRONOUNS, PHRASE_ENDERS, PREPOSITIONS
from .atoms import currency_before, word_atom
from .nounforms import plural_like
from .draft import Q, words_between
from .lexicon import (ABBREV, AFTER_PHRASES, BEFORE_PHRASES, CARDINALS, CHANGE_PAST_FORMS, CHANGE_VERB_CUES,
                      CHANGE_VERBS, OVER_PARTICLE_VERBS, RANGE_OF_AGES, SCALES, UNIT_TABLE, VAGUE, VAGUE_SMALL)
from .tokens import Tok


def ratios(qs: list[Q], toks: list[Tok]) -> list[Q]:
    """"one in 10", "3 out of 5" → a ratio (0.1, 0.6)."""
    out: list[Q] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        if k + 1 < len(qs) and not q.ordinal and not qs[k + 1].ordinal:
            r = qs[k + 1]
            mid = words_between(toks, q.j, r.i)
            if mid in (["in"], ["out", "of"]) and q.value is not None and r.value and \
                    0 < q.value < r.value and q.value == int(q.value):
                nxt = toks[r.j].low if r.j < len(toks) else ""
                if nxt not in ("years", "year", "days", "months", "weeks", "hours", "minutes",
                               "seconds", "decades"):
                    v = q.value / r.value
                    out.append(Q(q.i, r.j, v, v, v, unit="ratio", words=True))
                    k += 2
                    continue
        out.append(q)
        k += 1
    return out


def vague(toks: list[Tok], skip: list[bool], qs: list[Q]) -> list[Q]:
    """"tens of thousands", "hundreds of", "dozens", "a few hundred", "several dozen" → an
    approximate interval; "twice", "threefold" → a multiple. Returns all quantities in token order."""
    taken = {k for q in qs for k in range(q.i, q.j)}
    extra = _plurals(toks, skip, taken) + _small(toks, skip, taken)
    for k, t in enumerate(toks):
        if skip[k] or k in taken and t.low not in ("hundred", "thousand", "million"):
            continue
        fold = re.fullmatch(r"(\w+?)-?fold", t.low)
        if t.low in ("twice", "thrice") or fold and fold.group(1) in CARDINALS:
            v = 2.0 if t.low == "twice" else 3.0 if t.low == "thrice" else float(CARDINALS[fold.group(1)])
            extra.append(Q(k, k + 1, v, v, v, unit="times", words=True))
        # "a few hundred", "several thousand" → [2×, 10×), approximate
        if t.low in ("few", "several") and k + 1 < len(toks) and toks[k + 1].low in (
                "hundred", "thousand", "million", "billion", "dozen"):
            scale = {"hundred": 100.0, "dozen": 12.0}.get(toks[k + 1].low) or SCALES[toks[k + 1].low]
            i = k - 1 if t.low == "few" and k > 0 and toks[k - 1].low == "a" else k
            extra.append(Q(i, k + 2, None, 2 * scale, 10 * scale, True, False, approx=True,
                           words=True, qualifier=" ".join(x.text for x in toks[i:k + 1])))
            qs = [q for q in qs if not (q.i <= k + 1 < q.j)]
    if not extra:
        return qs
    return sorted(qs + extra, key=lambda q: q.i)


_ONE_UNIT = frozenset(name for name, (unit, dim, _) in UNIT_TABLE.items() if dim == "duration" and name == unit)
_BEFORE_ONE_UNIT = frozenset({"for", "in", "within", "than", "nearly", "almost", "about", "around", "over", "under",
                              "after", "just", "only", "past", "whole", "entire", "full", "up", "to", "least", "most"})


def one_unit(toks: list[Tok], skip: list[bool], qs: list[Q]) -> list[Q]:
    """"a week", "an hour", "a month" as a duration of one unit, where it measures a time:
    after "for", "in", "within", "over", "than", "nearly" … ("for a week", "in less than a
    month", "just over a month") or before "of" ("a week of violence"); not "once a week" (a
    rate), "a year ago" (a date), "a day after" (an order of events)."""
    taken = {k for q in qs for k in range(q.i, q.j)}
    extra = []
    for k in range(len(toks) - 1):
        unit = toks[k + 1].low
        if toks[k].low not in ("a", "an") or unit not in _ONE_UNIT or skip[k] or k in taken or k + 1 in taken:
            continue
        after = toks[k + 2].low if k + 2 < len(toks) else ""
        if after in ("ago", "later", "earlier", "after", "before", "-"):
            continue
        if (k > 0 and toks[k - 1].low in _BEFORE_ONE_UNIT) or after == "of":
            extra.append(Q(k, k + 1, 1.0, 1.0, 1.0, words=True))
    return sorted(qs + extra, key=lambda q: q.i) if extra else qs


def _plurals(toks: list[Tok], skip: list[bool], taken: set[int]) -> list[Q]:
    """Vague plurals not inside a figure: "tens of thousands of people", "hundreds of",
    "dozens"; not "the hundreds", nor "tens" or "scores" alone."""
    extra: list[Q] = []
    k, n = 0, len(toks)
    while k < n:
        t = toks[k]
        if k in taken or skip[k] or t.low not in VAGUE:
            k += 1
            continue
        base = VAGUE[t.low]
        j = k + 1
        if t.low in ("tens", "hundreds") and j + 1 < n and toks[j].low == "of" and \
                toks[j + 1].low in ("thousands", "millions", "billions"):
            base *= VAGUE[toks[j + 1].low]
            j += 2
        nxt = toks[j].low if j < n else ""
        prev = toks[k - 1].low if k > 0 else ""
        alone = t.low in ("tens", "scores") and j == k + 1 and not (t.low == "scores" and nxt == "of")
        counts = nxt == "of" or t.low == "dozens" or prev in ("by", "in", "the") or \
            (nxt and toks[j].kind == "word" and nxt not in PHRASE_ENDERS)
        if alone or not counts or prev == "the":
            k += 1
            continue
        low, high = (24.0, 144.0) if t.low == "dozens" and j == k + 1 else (base, base * 10)
        extra.append(Q(k, j, None, float(low), float(high), True, False, approx=True, words=True, qualifier=None))
        k = j
    return extra


_SMALL_FIRST = frozenset(words[0] for words, _, _ in VAGUE_SMALL)     # ("a", "several", …): most tokens are none


def _small(toks: list[Tok], skip: list[bool], taken: set[int]) -> list[Q]:
    """Small vague counts before a plural noun: "a few days" → [2, 7], "several people" →
    [3, 12], "a couple of weeks" → [2, 3] (``data/numbers.toml``, vague_small). Stated
    intervals, not approximations: "a few weeks" and "two days" differ. Not "few people"
    without "a" (not many), nor one before a scale word ("a few hundred", read above)."""
    extra: list[Q] = []
    n = len(toks)
    for k in range(n):
        if k in taken or skip[k] or toks[k].low not in _SMALL_FIRST:
            continue
        for words, low, high in VAGUE_SMALL:
            j = k + len(words)
            if j >= n or tuple(t.low for t in toks[k:j]) != words or any(skip[k:j]):
                continue
            nxt = toks[j]
            if nxt.kind != "word" or not nxt.text.islower() or nxt.low in SCALES or nxt.low in VAGUE \
                    or not plural_like(nxt.text) or nxt.low in PHRASE_ENDERS:
                continue
            extra.append(Q(k, j, None, low, high, words=True, qualifier=" ".join(words)))
            break
    return extra


_RANGE_MID = {("to",), ("-",), ("–",), ("—",), ("~",), ("through",), ("thru",), ("and",),
              ("or",), ("to", "the"), ("and", "the"),
              ("-", "to")}      # a suspended hyphen: "an 8- to 12-week-old fetus"


def ranges(qs: list[Q], toks: list[Tok]) -> list[Q]:
    """"90 to 100", "between 90 and 100", "from 90 to 100", "90-100" → one closed range."""
    out: list[Q] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        rq = _range(q, qs[k + 1], toks) if k + 1 < len(qs) else None
        if rq is not None and _changed_from(toks, rq.i):
            # "raise the number of seats from 65 to 125": the old figure and the new, not a range;
            # the old one at the new one's scale ("from $1.2 to $1.5 billion")
            r = qs[k + 1]
            if rq.low != q.value:
                q.value = q.low = q.high = rq.low
            out += [q, r]
            k += 2
            continue
        if rq is not None:
            out.append(rq)
            k += 2
            continue
        out.append(q)
        k += 1
    return out


def _range(q: Q, r: Q, toks: list[Tok]) -> Optional[Q]:
    """``q`` and the next quantity ``r`` as one range, or None when the words between them
    (and before ``q``) do not make one."""
    if q.value is None or r.value is None or q.unit == "ratio" or r.unit == "ratio" or q.ordinal != r.ordinal:
        return None
    cur = currency_before(toks, r.i)
    mid = tuple(words_between(toks, q.j, cur[1] if cur is not None else r.i))
    # a unit between the numbers: "5km to 10km", "10% to 20%"
    if len(mid) >= 2 and (mid[0] in UNIT_TABLE or mid[0] == "%") and mid[1:] in _RANGE_MID:
        mid = mid[1:]
    qcur = currency_before(toks, q.i)
    start = qcur[1] if qcur else q.i
    prev = toks[start - 1].low if start > 0 else ""
    if prev == "the" and start > 1 and toks[start - 2].low in ("between", "from"):
        prev, start = toks[start - 2].low, start - 1
    if mid in (("and",), ("and", "the")):
        ok = prev == "between"
    elif mid == ("-",):
        ok = (not q.words) == (not r.words)
    else:
        # (not a change of a sum and the new sum: "has dropped $100 to $1199"; "raised $2 to $3
        # million" and "will cut 1,000 to 1,500 jobs" are ranges)
        ok = mid in _RANGE_MID and mid != ("or",) and not (
            mid == ("to",) and prev in CHANGE_VERBS and qcur is not None and not (r.scaled and not q.scaled))
    if not ok:
        return None
    lo, hi = q.value, r.value
    if r.scaled and not q.scaled and lo < hi / 10 and (not q.words or r.words):
        scale = _scale_of(toks, r)
        if scale and lo * scale <= hi:
            lo = lo * scale          # "2 to 3 million", "two to three thousand", "two and three dozen"
    elif not q.scaled and not q.words and lo < hi / 100:
        scale = _thousands(toks, q, r)
        if scale:
            lo = lo * scale          # "10-12,000 people", "between 5 and 6,000": 10,000 and 5,000
    if lo == q.value and not q.scaled and lo * 12 <= hi and any(t.low == "dozen" for t in toks[r.i:r.j]) and \
            not any(t.low == "dozen" for t in toks[q.i:q.j]):
        lo = lo * 12                 # "between two and three dozen": 24 to 36
    if lo > hi:
        return None
    if prev in ("between", "from"):
        start -= 1
    rq = Q(start, r.j, None, lo, hi, words=q.words or r.words, scaled=r.scaled, ordinal=q.ordinal)
    rq.end = r.end
    rq.unit = q.unit if q.unit else r.unit
    return rq


# how far before "from" a verb of change may stand: "raised the number of troops in Afghanistan from …"
CHANGE_REACH = 10


def _changed_from(toks: list[Tok], k: int) -> bool:
    """Does the range starting at token ``k`` ("from 65 to 125") follow a verb of change at most
    ``CHANGE_REACH`` words before its "from", in its clause? Then it gives an old figure and a
    new one ("the toll rose from 12 to 20", "will raise the number of seats from 65 to 125"),
    not a range of one ("prices ranged from $5 to $10", "from 90 to 100 officers", "pay
    increases from 3 to 5 percent", "those aged from 16 to 24"). A form of the verb that may be
    a noun's ("increases", "cuts", "rise") counts only after a word that makes it a verb
    ("will", "to", "and")."""
    if toks[k].low != "from" or (k > 0 and toks[k - 1].low in RANGE_OF_AGES):
        return False
    for n in range(k - 1, max(-1, k - CHANGE_REACH - 1), -1):
        t = toks[n]
        if t.kind == "punct" and t.low != ".":     # (the stops of "U.S." end no clause)
            return False
        if t.kind == "word" and t.low in CHANGE_VERBS:
            return _past(t.low) or (n > 0 and toks[n - 1].low in CHANGE_VERB_CUES)
    return False


def _past(word: str) -> bool:
    """A form of a verb of change that no noun shares: "raised", "rose", "fallen" (not "cuts",
    "increases", "cut")."""
    return word.endswith("ed") or word in CHANGE_PAST_FORMS


def _thousands(toks: list[Tok], q: Q, r: Q) -> Optional[float]:
    """The thousands a range's second figure, written in digits with its groups of ",000",
    lends the first written without them ("10-12,000", "between 5 and 6,000"), when the first
    so scaled is of the second's order (not "between 1 and 12,000"); None otherwise."""
    first = "".join(t.text for t in toks[q.i:q.j] if t.kind == "num")
    second = "".join(t.text for t in toks[r.i:r.j] if t.kind == "num")
    m = re.fullmatch(r"\d{1,3}((?:,000)+)", second)
    if not m or not re.fullmatch(r"\d{1,3}", first):
        return None
    scale = 1000.0 ** (len(m.group(1)) // 4)
    lo, hi = q.value * scale, r.value
    return scale if lo <= hi < 10 * lo else None


def _scale_of(toks: list[Tok], q: Q) -> Optional[float]:
    for t in toks[q.i:q.j]:
        if t.low in SCALES:
            return SCALES[t.low]
        if t.text in ABBREV:
            return ABBREV[t.text]
        if t.low in ("bn", "mn", "mln", "bln", "tn", "m"):
            return ABBREV.get(t.low, 1e6)
    return None


# the phrases by their last word, in their order of preference: only those can end before a figure
_BEFORE_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _kind in BEFORE_PHRASES:
    _BEFORE_BY_LAST.setdefault(_words[-1], []).append((_words, _kind))


def _particle(toks: list[Tok], k: int) -> bool:
    """Is the "over" at token ``k`` a verb's particle: right after the verb ("pulled over"), or
    after its object, a pronoun, a name or a noun phrase with a determiner ("pulled him over",
    "pulled LaSalle over", "pulled the 36-year-old driver over")? Not after other words ("took
    control of over 200 towns", "handed out over $1 million")."""
    for back in range(1, 11):
        if k - back < 0:
            return False
        if toks[k - back].low in OVER_PARTICLE_VERBS:
            obj = toks[k - back + 1:k]
            return not obj or (len(obj) == 1 and obj[0].low in OBJECT_PRONOUNS) or \
                all(t.text[:1].isupper() for t in obj) or \
                (obj[0].low in DETERMINERS and all((t.text.isalnum() or t.text == "-") and t.low not in PREPOSITIONS
                                                    for t in obj))
    return False


def _match_before(toks: list[Tok], i: int) -> Optional[tuple[int, str, str]]:
    """The bound/approximation phrase ending just before token ``i``: (start, kind, words)."""
    if i == 0:
        return None
    for words, kind in _BEFORE_BY_LAST.get(toks[i - 1].low, ()):
        n = len(words)
        if i - n < 0:
            continue
        seg = toks[i - n:i]
        before = toks[i - n - 1] if i - n > 0 else None
        symbols = all(len(w) == 1 and not w.isalnum() for w in words)
        if symbols and before is not None and seg[0].glued and before.text in "<>=≤≥":
            continue
        if tuple(t.low for t in seg) == words:
            if words == ("about",) and before is not None and before.low in ("how", "what"):
                continue
            if words == ("over",) and _particle(toks, i - n):
                continue        # "pulled (LaSalle) over a few blocks away": a verb's particle, no bound
            return i - n, kind, " ".join(t.text for t in seg)
        # symbols written without spaces: ">=", "<="
        if symbols:
            if "".join(t.text for t in seg) == "".join(words) and \
                    all(t.glued for t in seg[1:]):
                return i - n, kind, "".join(t.text for t in seg)
    return None


def _match_after(toks: list[Tok], j: int) -> Optional[tuple[int, str, str]]:
    for words, kind in AFTER_PHRASES:
        n = len(words)
        seg = toks[j:j + n]
        if len(seg) == n and tuple(t.low for t in seg) == words:
            if words == ("+",) and not seg[0].glued:
                continue
            if j + n < len(toks) and (toks[j + n].kind == "num" or
                                      word_atom(toks[j + n].low) is not None) and \
                    words[-1] in ("least", "most", "plus", "odd", "than", "to", "equal"):
                continue
            if j + n + 1 < len(toks) and toks[j + n].low in ("than", "to") and (
                    toks[j + n + 1].kind == "num" or word_atom(toks[j + n + 1].low)):
                continue
            return j + n, kind, " ".join(t.text for t in seg)
    return None


def qualify(q: Q, toks: list[Tok], tol: float) -> None:
    """Apply bound and approximation words around ``q`` (in place)."""
    if q.unit == "ratio" and q.value is None:
        return
    words: list[str] = []
    start = q.i
    # leading "the" of ordinals and currency signs stay outside the qualifier search
    cur = currency_before(toks, q.i)
    look = cur[1] if cur else q.i
    if q.ordinal and look > 0 and toks[look - 1].low == "the":
        look -= 1
    for _ in range(2):
        m = _match_before(toks, look)
        if m is None:
            break
        mstart, kind, w = m
        if kind == "~" and w.lower() == "some" and q.words and q.value is not None and \
                q.value < 2:
            break
        _apply(q, kind, _within_decimals(q, toks, tol) if kind in ("~", "~<") else tol)
        words.insert(0, w)
        start = mstart
        look = mstart
    m2 = _match_after(toks, q.j)
    if m2 is not None:
        j2, kind, w = m2
        if kind == "=+":
            # "less than 5000 or equal", "more than 5000 or equal to"
            if not q.high_inc and q.low is None:
                q.high_inc = True
            elif not q.low_inc and q.high is None:
                q.low_inc = True
            else:
                j2 = q.j
            if j2 != q.j:
                q.j = j2
                q.end = -1
                words.append(w)
                if j2 < len(toks) and toks[j2].low == "to" and (
                        j2 + 1 >= len(toks) or toks[j2 + 1].kind != "num"):
                    q.j = j2 + 1
        else:
            if not (kind in (">=", "<=") and (q.low is None or q.high is None)):
                _apply(q, kind, tol)
                words.append(w)
                q.j = j2
                q.end = -1
    if words:
        q.i = start
        q.qualifier = " ".join(words)


def _within_decimals(q: Q, toks: list[Tok], tol: float) -> float:
    """The tolerance of "about" before a figure written with decimals: no wider than its last
    written place ("some 88.41 percent" is 88.40 to 88.42, not 80 to 97; "about 2.44 million"
    is 2.43 to 2.45 million), or half the place above for a last 5; ``tol`` for a figure with none."""
    num = next((t for t in toks[q.i:q.j] if t.kind == "num" and "." in t.text), None)
    if num is None or not q.value:
        return tol
    digits = num.text.replace(",", "")
    try:
        written = float(digits)
    except ValueError:
        return tol
    if not written:
        return tol
    decimals = digits.split(".")[1]
    # a last 5 may be a half of the place above ("about 3.5 hours" may mean three and a half): the
    # cap is then half that place, and the usual reach, 3.15 to 3.85 hours, is the narrower
    place = (5.0 if decimals.endswith("5") else 1.0) * 10.0 ** -len(decimals) * abs(q.value / written)
    return min(tol, place / abs(q.value))


def _exact(x: float, toward: float) -> float:
    """A bound without binary noise: 4.6 + 0.1 is 4.7, not 4.699999999999999; never past the
    figure ``toward`` it was taken from (a figure of 15 digits or more stays as it is)."""
    rounded = float(f"{x:.15g}")
    return min(rounded, toward) if x <= toward else max(rounded, toward)


def _apply(q: Q, kind: str, tol: float) -> None:
    v = q.value
    lo = q.low if q.low is not None else v
    hi = q.high if q.high is not None else v
    if kind in ("~", "~<") and q.stated is None:
        q.stated = (lo, hi, q.low_inc, q.high_inc)
    elif kind in (">", ">=", "<", "<="):
        q.stated = None   # a bound restates the interval from the figure itself
    if kind == "~":
        q.approx = True
        if lo is not None:
            q.low = _exact(lo - abs(lo) * tol, lo)
        if hi is not None:
            q.high = _exact(hi + abs(hi) * tol, hi)
    elif kind == "~<":
        q.approx = True
        if hi is not None:
            base = lo if lo is not None else hi
            q.low = _exact(base - abs(base) * tol, base)
            q.high = hi
            q.high_inc = tol <= 0   # "below N"; with no tolerance it is just N as stated
    elif kind in (">", ">="):
        if v is None and lo is None:
            return
        q.low = lo if q.value is None else v
        q.high = None
        q.low_inc = kind == ">="
        q.high_inc = False
    elif kind in ("<", "<="):
        if v is None and hi is None:
            return
        q.high = hi if q.value is None else v
        q.low = None
        q.high_inc = kind == "<="
        q.low_inc = False
    elif kind == "=":
        pass


def merge_bounds(qs: list[Q], toks: list[Tok]) -> list[Q]:
    """"more than 100 and less than 300" → (100, 300)."""
    out: list[Q] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        if k + 1 < len(qs):
            r = qs[k + 1]
            mid = tuple(words_between(toks, q.j, r.i))
            if mid in (("and",), ("but",), (",",), (",", "and"), (",", "but")) and \
                    q.qualifier and r.qualifier and q.value is not None and \
                    r.value is not None:
                lower = q if q.high is None and q.low is not None else \
                    r if r.high is None and r.low is not None else None
                upper = q if q.low is None and q.high is not None else \
                    r if r.low is None and r.high is not None else None
                if lower is not None and upper is not None and lower is not upper and \
                        (lower.low < upper.high or lower.low == upper.high and
                         lower.low_inc and upper.high_inc):
                    m = Q(q.i, r.j, None, lower.low, upper.high, lower.low_inc,
                           upper.high_inc, words=q.words or r.words)
                    m.qualifier = (q.qualifier or "") + " … " + (r.qualifier or "")
                    m.end = r.end
                    out.append(m)
                    k += 2
                    continue
        out.append(q)
        k += 1
    return out
