"""Which numbers are no figures: years, days of a month, identifiers, street numbers, model
years, dialled numbers, versions, dimensions, clock times, the pronoun "one" …

Each rule has a name; :func:`dropped_by` returns the name of the first rule that drops a
number (or ``None`` to keep it), so the extractor can record what it left out and why
(``factcheck facts --explain``). The rules read a few tokens around the number: constant
time each.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Optional

from ...lexicon import MONTH_WORDS, PHRASE_ENDERS, YEAR_ARTICLES, YEAR_CONTEXT
from .atoms import Kind, word_atom
from .nounforms import model_code, plural_like
from .lexicon import (VERSION_WORDS, ABBREV, CARDINALS, CURRENCY_PREFIX, IDENT_CUES, IDIOMS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE,
                      QUALIFIER_WORDS, STREETS, TIME_WORDS, UNIT_TABLE)
from .parse import Num
from .tokens import Tok

NOT_NAMES = PHRASE_ENDERS | QUALIFIER_WORDS | YEAR_CONTEXT   # capitalized words that are not names


@dataclass(frozen=True)
class At:
    """A number with the tokens around it."""

    n: Num
    toks: list[Tok]

    @property
    def first(self) -> Tok:
        return self.toks[self.n.i]

    @property
    def prev(self) -> Optional[Tok]:
        return self.toks[self.n.i - 1] if self.n.i > 0 else None

    @property
    def nxt(self) -> Optional[Tok]:
        return self.toks[self.n.j] if self.n.j < len(self.toks) else None

    def tok(self, k: int) -> Optional[Tok]:
        return self.toks[k] if 0 <= k < len(self.toks) else None

    def low(self, k: int) -> str:
        t = self.tok(k)
        return t.low if t is not None else ""

    @property
    def one_word(self) -> bool:
        return self.n.words and self.n.j - self.n.i == 1


# --------------------------------------------------------------------------- digits only

def _glued_to_letters(at: At) -> bool:
    """"NX121", "A1", "121st"-like codes glued to letters (but "US$5", "euro110", "29km" are
    money and measurements)."""
    prev, nxt, first = at.prev, at.nxt, at.first
    if prev is not None and first.glued and prev.kind == "word" and prev.low not in CURRENCY_PREFIX:
        return True
    if nxt is not None and nxt.glued and nxt.kind == "word" and nxt.low not in UNIT_TABLE and \
            nxt.text not in ABBREV and nxt.low not in ("st", "nd", "rd", "th", "s", "bn", "mn", "m", "p") and \
            nxt.text not in ("C", "F"):
        return nxt.low.rstrip("s") not in UNIT_TABLE      # "76ers", "4x4s"; not "29kms"
    return False


def _year(at: At) -> bool:
    """A year: "in 2008", "2008,", "May 2008", "'2008", "(2008" (four digits, 1800–2100), or
    two digits after an apostrophe that opens a word, after a name or a year's cue ("iLife '09
    ships", "the class of ’98"; not a quotation opening: "'30 people were hurt," he said)."""
    prev, nxt, first = at.prev, at.nxt, at.first
    if re.fullmatch(r"\d{2}", first.text) and first.glued and prev is not None and prev.text in ("'", "’") and \
            not prev.glued and not (nxt is not None and nxt.glued) and not _quote_closed(at):
        before = at.tok(at.n.i - 2)
        return before is not None and before.kind == "word" and \
            (any(c.isupper() for c in before.text) or before.low in YEAR_CONTEXT or before.low == "of")
    if not (re.fullmatch(r"\d{4}", first.text) and 1800 <= at.n.value <= 2100):
        return False
    if prev is not None and (prev.low in YEAR_CONTEXT or prev.low in MONTH_WORDS):
        return True
    if nxt is None or (nxt.kind == "punct" and nxt.text not in "%$£€") or nxt.low in MONTH_WORDS or \
            nxt.low in ("and", "to", "when", "as", "was"):
        return True
    return prev is not None and (prev.text in ("'", "’") or (prev.kind == "punct" and prev.text in ",("))


def _quote_closed(at: At) -> bool:
    """Does a single quote close after the figure ("He said '12 people died'"), so that the
    apostrophe before it opened a quotation? (A contraction's apostrophe has a letter glued on
    each side: "didn't".)"""
    toks = at.toks
    for k in range(at.n.j, len(toks)):
        if toks[k].text in ("'", "’") and toks[k].glued and not (k + 1 < len(toks) and toks[k + 1].glued and
                                                                   toks[k + 1].kind == "word"):
            return True
    return False


def _day_of_month(at: At) -> bool:
    """A day of a month: "May 19", "19 May", "19, May", "Dec. 31" ("may" and "march" in lower
    case are verbs)."""
    prev, nxt, first, v = at.prev, at.nxt, at.first, at.n.value
    if prev is not None and prev.text == "." and at.low(at.n.i - 2) in MONTH_WORDS and \
            re.fullmatch(r"\d{1,2}", first.text):
        return True
    if not (v == int(v) and 1 <= v <= 31 and len(first.text) <= 2):
        return False
    if prev is not None and prev.low in MONTH_WORDS and not (prev.low == "may" and not prev.text[0].isupper()):
        return True
    if nxt is not None and nxt.text == "," and at.low(at.n.j + 1) in MONTH_WORDS:
        return True
    return nxt is not None and nxt.low in MONTH_WORDS and not (
        nxt.low in ("may", "march") and not nxt.text[0].isupper())


def _identifier(at: At) -> bool:
    """A number that names a road, a flight, a page …: "Interstate 75", "Flight 370", "No. 10",
    "#5"."""
    prev = at.prev
    if prev is None:
        return False
    if prev.low in IDENT_CUES and prev.text[0].isupper() and prev.low != "i":
        return True
    return (prev.text == "." and at.tok(at.n.i - 2) is not None and at.toks[at.n.i - 2].text in ("No", "Nos", "no")) \
        or prev.text == "#"


def _name_with_number(at: At) -> bool:
    """Part of a name: "Formula 1", "Windows 10", "World War 2", "Apollo 11", "F-16"."""
    prev, nxt, first = at.prev, at.nxt, at.first
    if prev is None:
        return False
    before = at.tok(at.n.i - 2)
    if model_code(prev.text) and prev.low not in NOT_NAMES and re.fullmatch(r"\d{1,3}", first.text) and \
            before is not None and (before.kind == "num" or before.low in CARDINALS) and \
            nxt is not None and nxt.kind == "word" and (nxt.text.islower() or plural_like(nxt.text)):
        return True     # a model's name before what it names: "six AK 47 rifles"
    named = prev.kind == "word" and any(c.isupper() for c in prev.text) and prev.low not in NOT_NAMES and \
        prev.low not in MONTH_WORDS
    if named and re.fullmatch(r"\d{1,3}", first.text) and \
            (nxt is None or (nxt.kind == "punct" and nxt.text not in "%-–") or nxt.low in PHRASE_ENDERS or
             (nxt.kind == "word" and nxt.low in VERSION_WORDS and not _title_case(at))):
        return True     # "Windows 10", "Internet Explorer 8 Beta 2"
    if named and re.fullmatch(r"0\d|\d+\.\d{2,}", first.text):
        return True     # a version: "iLife 09 ships", "Internet Explorer 5.01"
    return prev.text == "-" and prev.glued and first.glued and before is not None and before.kind == "word" and \
        before.text[:1].isupper() and before.low not in CARDINALS


def _title_case(at: At) -> bool:
    """A headline capitalizing its words ("Quake Kills 3 People"): a capital names nothing there."""
    words = [t.text for t in at.toks if t.kind == "word"]
    return sum(w[:1].isupper() for w in words) > 0.6 * len(words)


def _street_number(at: At) -> bool:
    """An address: "54 State St.", "10 Downing Street", "the 12000 block of East 223rd Street"."""
    nxt, first = at.nxt, at.first
    if nxt is not None and nxt.low == "block" and at.low(at.n.j + 1) == "of":
        return True
    return bool(re.fullmatch(r"\d{1,5}", first.text)) and nxt is not None and nxt.kind == "word" and \
        nxt.text[:1].isupper() and not _unit_written(nxt) and any(t.low in STREETS for t in at.toks[at.n.j + 1:at.n.j + 4])


def _unit_written(tok) -> bool:
    """A unit after the digits, glued or in capitals ("500GB Drive", "500 GB drive"): a size,
    not a street's name ("8 Mile Road")."""
    return tok.low in UNIT_TABLE and (tok.glued or tok.text.isupper())


def _model_year(at: At) -> bool:
    """A model year or an event's year: "a 2007 silver Ford", "the bungled 1972 break-in" (a
    year after an article, or after an article and one word in lower case, before a word that
    is no plural noun: "the remaining 2000 troops" are troops)."""
    prev, nxt = at.prev, at.nxt
    if prev is not None and prev.kind == "word" and prev.text.islower() and prev.low not in YEAR_ARTICLES:
        before = at.tok(at.n.i - 2)
        prev = before if before is not None and before.low in YEAR_ARTICLES else None
    return bool(re.fullmatch(r"(?:19|20)\d\d", at.first.text)) and prev is not None and \
        prev.low in YEAR_ARTICLES and nxt is not None and nxt.kind == "word" and not plural_like(nxt.text)


_DIAL = frozenset({"call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing", "dialling"})


def _dialled_number(at: At) -> bool:
    """A number to call or dial: "called 911"."""
    return at.prev is not None and at.prev.low in _DIAL


def _version(at: At) -> bool:
    """A version: "USB 2.0", "Bluetooth 4.1", "HTML 5.0"."""
    prev = at.prev
    return prev is not None and prev.kind == "word" and bool(re.fullmatch(r"\d+\.\d", at.first.text)) and \
        (prev.text.isupper() or prev.text[:1].isupper()) and prev.low not in NOT_NAMES


def _dimension(at: At) -> bool:
    """A dimension: "1440 x 900"."""
    nxt, prev = at.nxt, at.prev
    if nxt is not None and nxt.low in ("x", "×") and at.tok(at.n.j + 1) is not None and \
            at.toks[at.n.j + 1].kind == "num":
        return True
    return prev is not None and prev.low in ("x", "×") and at.tok(at.n.i - 2) is not None and \
        at.toks[at.n.i - 2].kind == "num"


def _clock_time(at: At) -> bool:
    """A clock time the masks left: "10 am", "10 a.m." split by the tokenizer."""
    nxt = at.nxt
    if nxt is not None and nxt.low in TIME_WORDS:
        return True
    return nxt is not None and nxt.low in ("a", "p") and at.tok(at.n.j + 1) is not None and \
        at.toks[at.n.j + 1].text == "." and at.low(at.n.j + 2) == "m"


# --------------------------------------------------------------------------- words and ordinals

def _compound(at: At) -> bool:
    """A number word inside a compound: "split-second", "one-off"."""
    prev, first, before = at.prev, at.first, at.tok(at.n.i - 2)
    return at.n.words and first.kind == "word" and prev is not None and prev.text == "-" and first.glued and \
        prev.glued and before is not None and before.kind == "word" and word_atom(before.low) is None


def _idiom(at: At) -> bool:
    """A number word in a fixed phrase that counts nothing: "zero-day", "one-off", "two-way"."""
    if not at.one_word:
        return False
    k = at.n.j + (at.low(at.n.j) == "-")
    after = re.sub(r"['’]s?$", "", at.low(k))      # ("his half-brother's car")
    return f"{at.first.low} {after}" in IDIOMS


_PERIOD_BEFORE = frozenset({"the", "this", "that", "next", "last", "final", "latter", "former", "opening", "second"})


def _period(at: At) -> bool:
    """A period, not a fraction: "the first half", "the third quarter"."""
    prev = at.prev
    return at.one_word and at.first.low in ("half", "quarter", "quarters") and prev is not None and \
        (prev.low in _PERIOD_BEFORE or word_atom(prev.low) is not None)


_PRONOUN_AFTER_ONE = frozenset({"you", "he", "she", "they", "we", "i", "it", "do", "does"})


def _pronoun_one(at: At) -> bool:
    """"one" as a pronoun: "the one that", "no one", "one of", "one's", "one does"."""
    if not (at.one_word and at.first.low == "one"):
        return False
    prev, nxt = at.prev, at.nxt
    if prev is not None and prev.low in ONE_PRONOUN_BEFORE:
        return True
    if nxt is None:
        return False
    if nxt.low in ONE_PRONOUN_AFTER or nxt.low in ("'s", "’s") or nxt.low in _PRONOUN_AFTER_ONE:
        return True
    return nxt.text in ("'", "’") and at.low(at.n.j + 1) == "s"


def _seconds_unit(at: At) -> bool:
    """"5 seconds": the unit of time after a figure, not the ordinal "second"."""
    return at.one_word and at.first.low in ("second", "seconds") and at.prev is not None and at.prev.kind == "num"


def _street_name(at: At) -> bool:
    """An ordinal in a street's name: "East 223rd Street", "Fifth Avenue"."""
    return at.n.ordinal and at.nxt is not None and at.nxt.low in STREETS


@dataclass(frozen=True)
class Rule:
    name: str
    test: Callable[[At], bool]
    digits_only: bool      # only for a plain figure in digits (no words, no scale)


# In the order they are tried; the first that holds names the drop.
RULES: tuple[Rule, ...] = (
    Rule("glued-to-letters", _glued_to_letters, True),
    Rule("year", _year, True),
    Rule("day-of-month", _day_of_month, True),
    Rule("identifier", _identifier, True),
    Rule("name-with-number", _name_with_number, True),
    Rule("street-number", _street_number, True),
    Rule("model-year", _model_year, True),
    Rule("dialled-number", _dialled_number, True),
    Rule("version", _version, True),
    Rule("dimension", _dimension, True),
    Rule("clock-time", _clock_time, True),
    Rule("compound-word", _compound, False),
    Rule("idiom", _idiom, False),
    Rule("period-of-play", _period, False),
    Rule("pronoun-one", _pronoun_one, False),
    Rule("seconds-unit", _seconds_unit, False),
    Rule("street-name", _street_name, False),
)


def dropped_by(n: Num, toks: list[Tok]) -> Optional[str]:
    """The name of the first rule that says ``n`` is no figure, or None to keep it."""
    at = At(n, toks)
    digits = not n.words and not n.scaled and at.first.kind == "num"
    for rule in RULES:
        if (digits or not rule.digits_only) and rule.test(at):
            return rule.name
    return None


def ordinal_not_fraction(n: Num, toks: list[Tok]) -> Num:
    """"a third officer" is the third one, not 1/3 of an officer ("a third of" stays 1/3)."""
    if n.j - n.i != 2 or n.ordinal or toks[n.i].low not in ("a", "an", "one"):
        return n
    w = word_atom(toks[n.i + 1].low)
    nxt = toks[n.j] if n.j < len(toks) else None
    if w is None or w[0] is not Kind.ORDINAL or w[2] or w[3] in (Kind.HALF, Kind.QUARTER) or nxt is None or \
            nxt.kind != "word" or nxt.low in PHRASE_ENDERS or word_atom(nxt.low) is not None:
        return n
    return Num(float(w[1]), n.i + 1, n.j, True, True, False)
