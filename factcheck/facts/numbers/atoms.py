"""Atoms: what each token can contribute to a number ("twenty" → tens 20, "3bn" → digits 3 and
a scale), with kinds that are named (:class:`Kind`).

:func:`atoms` gives one atom (or ``None``) per token; the parser (:mod:`.parse`) groups them
into numbers. :func:`currency_before` reads a currency written before a number ("$", "US$",
"Rs."). Linear in the number of tokens.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Optional

from .lexicon import (ABBREV, CARDINALS, CURRENCY_PREFIX, CURRENCY_SIGNS, DOZENS, ORD_SCALES, ORD_TENS, ORD_UNITS,
                      SCALES, TENS, VULGAR)
from .tokens import Tok


class Kind(str, Enum):
    """What an atom is. Number words by their place in a cardinal; the rest are the glue
    that may sit inside a number ("one hundred and two", "two point five", "minus 3")."""

    ZERO = "z"             # "zero", "nil"
    UNIT = "u"             # one to nine
    TEEN = "t"             # ten to nineteen
    TENS = "T"             # twenty, thirty …
    TENS_UNIT = "TU"       # "twenty-four", merged from TENS, a hyphen and UNIT
    DIGITS = "d"           # "1,234.5"
    HUNDRED = "H"          # "hundred", "hundreds"
    SCALE = "S"            # "thousand", "million", "lakh", or an abbreviation after digits ("bn")
    DOZEN = "D"            # "dozen", "dozens"
    ORDINAL = "O"          # "third", "twentieth", "half", "quarters"
    FRACTION = "frac"      # "½", "3/4"
    ORDINAL_SUFFIX = "ord_suffix"   # "st", "nd", "rd", "th" glued to digits
    NEGATIVE = "neg"       # "minus", "negative"
    AND = "and"
    A = "a"                # "a", "an": "a hundred", "a third"
    POINT = "point"        # "two point five"
    OVER = "over"          # "three over four"
    OF = "of"              # "a third of a million"
    SEPARATOR = "sep"      # a hyphen or dash
    HALF = "half"          # ordinal families only (``Atom.okind``): "half", "quarter"
    QUARTER = "quarter"


# kinds of the number words that make up a cardinal's groups
SMALL = frozenset({Kind.UNIT, Kind.TEEN, Kind.TENS, Kind.TENS_UNIT})
NUMERIC = frozenset({Kind.UNIT, Kind.ZERO, Kind.TEEN, Kind.TENS, Kind.TENS_UNIT, Kind.DIGITS, Kind.HUNDRED,
                     Kind.SCALE, Kind.DOZEN, Kind.ORDINAL, Kind.FRACTION, Kind.ORDINAL_SUFFIX})


@dataclass
class Atom:
    kind: Kind
    value: float
    i: int           # first token index
    j: int           # one past the last token index
    plural: bool = False
    okind: str = ""  # for ordinals, the family of the cardinal it ranks: a Kind, HALF or QUARTER
    word: str = ""


def word_atom(low: str) -> Optional[tuple[Kind, float, bool, str]]:
    """(kind, value, plural, ordinal family) for one number word, or None.

    >>> word_atom("twenty")[:2], word_atom("thirds")
    ((<Kind.TENS: 'T'>, 20), (<Kind.ORDINAL: 'O'>, 3, True, <Kind.UNIT: 'u'>))
    """
    if low in CARDINALS:
        v = CARDINALS[low]
        return (Kind.ZERO if v == 0 else Kind.UNIT if v < 10 else Kind.TEEN), v, False, ""
    if low in TENS:
        return Kind.TENS, TENS[low], False, ""
    if low in ("hundred", "hundreds"):
        return Kind.HUNDRED, 100, low.endswith("s"), ""
    if low in SCALES:
        return Kind.SCALE, SCALES[low], False, ""
    if low.endswith("s") and low[:-1] in SCALES:
        return Kind.SCALE, SCALES[low[:-1]], True, ""
    if low in DOZENS:
        return Kind.DOZEN, 12, low.endswith("s"), ""
    if low in ("halves",):
        return Kind.ORDINAL, 2, True, Kind.HALF
    if low == "half":
        return Kind.ORDINAL, 2, False, Kind.HALF
    if low in ("quarter", "quarters"):
        return Kind.ORDINAL, 4, low.endswith("s"), Kind.QUARTER
    plural = False
    base = low
    if base not in ORD_UNITS and base not in ORD_TENS and base not in ORD_SCALES:
        if base.endswith("s"):
            base, plural = base[:-1], True
    if base in ORD_UNITS:
        v = ORD_UNITS[base]
        return Kind.ORDINAL, v, plural, (Kind.UNIT if v < 10 else Kind.TEEN)
    if base in ORD_TENS:
        return Kind.ORDINAL, ORD_TENS[base], plural, Kind.TENS
    if base in ORD_SCALES:
        return Kind.ORDINAL, ORD_SCALES[base], plural, (Kind.HUNDRED if base == "hundredth" else Kind.SCALE)
    return None


def digits_value(t: str) -> Optional[float]:
    """The value of a digit token: "1,234.5", "1.111,11", "5,00", "1e10", "2.5^-1".

    >>> digits_value("1,234.5"), digits_value("1.111,11"), digits_value("5,00")
    (1234.5, 1111.11, 5.0)
    """
    s = t.replace("\u202f", "").replace("\u00a0", "")
    m = re.search(r"[eE]([+-]?\d+)$|\^([+-]*)(\d+)$|x10\^([+-]?\d+)$", s)
    if m:
        base = digits_value(s[:m.start()])
        if base is None:
            return None
        try:
            if m.group(1) is not None:
                return base * 10.0 ** int(m.group(1))
            if m.group(3) is not None:
                sign = -1 if m.group(2).count("-") % 2 else 1
                return base ** (sign * int(m.group(3)))
            return base * 10.0 ** int(m.group(4))
        except (OverflowError, ZeroDivisionError, ValueError):
            return None     # "10^999": no number this parser can hold
    try:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", s):
            return float(s.replace(".", "").replace(",", "."))
        if re.fullmatch(r"\d+,\d{1,2}", s):
            return float(s.replace(",", "."))
        return float(s.replace(",", "").replace(" ", ""))
    except ValueError:
        return None         # digits the tokenizer grouped but no float reads ("1,2,3" cut short)


_GLUE = {"and": Kind.AND, "point": Kind.POINT, "negative": Kind.NEGATIVE, "minus": Kind.NEGATIVE,
         "over": Kind.OVER, "of": Kind.OF}
_SCALE_WORDS_AFTER_DIGITS = ("bn", "mn", "mln", "bln", "tln", "trn", "mil", "tn")
_FRACTION_DENOMINATORS = (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100)


def glued_mixed(num: int, den: int) -> Optional[float]:
    """A mixed number whose space a page lost: "41/2 months" is 4½ (a "½" turned into "1/2"),
    "23/4 miles" 2¾; read so for halves and quarters only, where the last digit is a proper
    numerator ("15/4" is no such number).

    >>> glued_mixed(41, 2), glued_mixed(121, 2), glued_mixed(23, 4), glued_mixed(15, 4)
    (4.5, 12.5, 2.75, None)
    """
    whole, part = divmod(num, 10)
    return whole + part / den if whole >= 1 and den in (2, 4) and 0 < part < den else None


def _atom_of(toks: list[Tok], k: int) -> Optional[Atom]:
    """The atom of token ``k`` read alone (scale letters after a space come later)."""
    tok = toks[k]
    if tok.kind == "num":
        v = digits_value(tok.text)
        if v is not None:
            return Atom(Kind.DIGITS, v, k, k + 1, word="power" if re.search(r"[eE^]", tok.text) else tok.text)
        if "/" in tok.text:
            num, den = (int(x) for x in tok.text.split("/"))
            if 0 < num < den and den in _FRACTION_DENOMINATORS:
                return Atom(Kind.FRACTION, num / den, k, k + 1)
            glued = glued_mixed(num, den)
            if glued is not None:
                return Atom(Kind.DIGITS, glued, k, k + 1, word=tok.text)
        return None
    if tok.kind == "frac":
        return Atom(Kind.FRACTION, VULGAR[tok.text], k, k + 1)
    if tok.kind == "punct":
        return Atom(Kind.SEPARATOR, 0, k, k + 1, word=tok.text) if tok.text in "-–‐" else None
    if tok.kind != "word":
        return None
    w = word_atom(tok.low)
    if w:
        return Atom(w[0], w[1], k, k + 1, plural=w[2], okind=w[3], word=tok.low)
    if tok.low in _GLUE:
        return Atom(_GLUE[tok.low], 0, k, k + 1)
    if tok.low in ("a", "an"):
        return Atom(Kind.A, 1, k, k + 1)
    if k > 0 and tok.glued and toks[k - 1].kind == "num":
        if tok.text in ABBREV or tok.low in _SCALE_WORDS_AFTER_DIGITS:
            key = tok.text if tok.text in ABBREV else tok.low
            return Atom(Kind.SCALE, ABBREV[key], k, k + 1, word="abbrev")
        if tok.low in ("st", "nd", "rd", "th"):
            return Atom(Kind.ORDINAL_SUFFIX, 0, k, k + 1)
    return None


def atoms(toks: list[Tok], skip: list[bool]) -> list[Optional[Atom]]:
    """One atom (or None) per token; hyphenated tens+units are merged later."""
    out: list[Optional[Atom]] = [None if skip[k] else _atom_of(toks, k) for k in range(len(toks))]
    # scale abbreviations after a space: "2.33 k", "10 bln", "1,674.5 G"; "m" after money
    for k, tok in enumerate(toks):
        if out[k] is not None or skip[k] or k == 0 or tok.kind != "word":
            continue
        prev = out[k - 1]
        if prev is None or prev.kind is not Kind.DIGITS:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.kind == "word" and nxt.glued:
            continue
        money = currency_before(toks, k - 1) is not None
        if tok.glued and tok.low == "m" and money:
            out[k] = Atom(Kind.SCALE, 1e6, k, k + 1, word="abbrev")
        elif tok.glued and tok.low in ("b", "k", "mm") and (money or tok.text in ABBREV):
            out[k] = Atom(Kind.SCALE, 1e9 if tok.low == "b" else 1e6 if tok.low == "mm" else 1e3,
                          k, k + 1, word="abbrev")
        elif not tok.glued and (tok.text in ("k", "K", "G", "M", "MM", "B") or
                                tok.low in ("bn", "mn", "mln", "bln", "tln", "trn", "tn")):
            if tok.text in ("M", "G", "B") and not money and nxt is not None and nxt.kind == "word":
                continue
            key = tok.text if tok.text in ABBREV else tok.low
            out[k] = Atom(Kind.SCALE, ABBREV[key], k, k + 1, word="abbrev")
    return out


_DOLLARS = {"us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD"}


def currency_before(toks: list[Tok], k: int) -> Optional[tuple[str, int]]:
    """The currency written just before token ``k``, and the index of its first token."""
    if k <= 0:
        return None
    p = toks[k - 1]
    if p.text in CURRENCY_SIGNS:
        if p.text == "$" and k >= 2 and toks[k - 2].low in _DOLLARS and p.glued:
            return _DOLLARS[toks[k - 2].low], k - 2
        return CURRENCY_SIGNS[p.text], k - 1
    if p.kind == "word" and p.low in CURRENCY_PREFIX:
        if p.low in ("euro", "euros", "eur") and not toks[k].glued and p.low != "eur":
            return None
        return CURRENCY_PREFIX[p.low], k - 1
    if p.text == "." and k >= 2 and toks[k - 2].low == "rs":
        return "INR", k - 2
    return None
