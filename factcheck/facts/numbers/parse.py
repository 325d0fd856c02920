"""Atoms → numbers: cardinals ("three hundred and two"), fractions ("two-thirds", "a third of a
million"), decimals in words ("two point five"), ordinals ("twenty-first", "3rd").

:func:`runs` groups atoms into maximal runs that may hold numbers; :func:`parse_run` reads each
run left to right, taking the longest prefix that is one number. A run has at most
``MAX_RUN`` atoms and is read in time cubic in its own length, so the whole is linear in the
text.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator, Optional

from .atoms import NUMERIC, SMALL, Atom, Kind, word_atom
from .tokens import Tok

MAX_RUN = 24

_GROUP_BEFORE_DIGITS = SMALL | {Kind.DIGITS, Kind.A}     # no digits right after these: "twenty 4"
_FAMILIES = {Kind.UNIT, Kind.TEEN, Kind.TENS, Kind.TENS_UNIT, Kind.HUNDRED, Kind.SCALE}


@dataclass
class _Cardinal:
    """The running state of a cardinal read atom by atom (see :func:`cardinal`)."""

    n: int
    total: float = 0.0          # what the scales so far add up to
    cur: float = 0.0            # the group being read ("three hundred and two")
    group: float = 0.0          # the last simple group (for "two dozens")
    prev: Optional[Kind] = None  # the kind of the previous number atom
    hundred: bool = False       # "hundred" already applied in the current group
    last_scale: float = math.inf

    def digits(self, a: Atom) -> bool:
        prev = self.prev
        if prev in _GROUP_BEFORE_DIGITS or (prev in (Kind.HUNDRED, Kind.SCALE) and a.value == 0):
            return False
        if prev is Kind.HUNDRED and (a.value >= 100 or a.value != int(a.value)):
            return False
        if prev is Kind.SCALE and (a.value >= self.last_scale or a.value != int(a.value)):
            return False
        if prev not in (Kind.HUNDRED, Kind.SCALE) and self.cur != 0:
            return False
        if a.word == "power" and self.n != 1:
            return False
        self.cur += a.value
        self.group = a.value
        return True

    def unit(self, a: Atom) -> bool:
        if self.prev in (Kind.UNIT, Kind.TEEN, Kind.TENS_UNIT, Kind.DIGITS, Kind.A):
            return False
        self.cur += a.value
        self.group = a.value + (self.group if self.prev is Kind.TENS else 0)
        return True

    def small(self, a: Atom) -> bool:
        if self.prev in _GROUP_BEFORE_DIGITS:
            return False
        self.cur += a.value
        self.group = a.value
        return True

    def hundreds(self, a: Atom, last: bool) -> bool:
        if (a.plural and (self.prev is None or not last)) or self.hundred or \
                self.prev in (Kind.HUNDRED, Kind.SCALE):
            return False
        self.cur = (self.cur or 1.0) * 100
        self.group = self.cur
        self.hundred = True
        return True

    def scale(self, a: Atom, last: bool, after_scale: bool) -> bool:
        if (a.plural and (not last or self.prev is None)) or (a.word == "abbrev" and self.prev is not Kind.DIGITS):
            return False
        if after_scale:                    # "a thousand million"
            if a.value <= self.last_scale:
                return False
            self.total *= a.value
        else:
            if self.prev is None or a.value >= self.last_scale:
                return False
            self.total += (self.cur or 1.0) * a.value
            self.cur, self.group, self.hundred = 0.0, 0.0, False
        self.last_scale = a.value
        return True

    def dozens(self, a: Atom, last: bool) -> bool:
        if a.plural and (not last or self.prev is None):
            return False
        if self.prev in (Kind.SCALE, Kind.DOZEN):
            return False
        if self.prev is None:
            self.cur, self.group = 12.0, 12.0
        else:
            self.cur = self.cur - self.group + self.group * 12
            self.group = 0.0
        return True


def cardinal(atoms: list[Atom]) -> Optional[float]:
    """Value of a cardinal made of number atoms, "and", "a" and separators; None if invalid.

    >>> from .tokens import tokenize
    >>> from .atoms import atoms as atoms_of
    >>> toks = tokenize("three hundred and two")
    >>> cardinal([a for a in atoms_of(toks, [False] * len(toks)) if a])
    302.0
    """
    n = len(atoms)
    if not n:
        return None
    if any(a.kind is Kind.ZERO for a in atoms):
        return 0.0 if n == 1 else None
    state = _Cardinal(n)
    for k, a in enumerate(atoms):
        kind = a.kind
        if kind in (Kind.AND, Kind.SEPARATOR):
            if k == 0 or k == n - 1 or atoms[k - 1].kind in (Kind.AND, Kind.SEPARATOR, Kind.A):
                return None
            if kind is Kind.SEPARATOR and a.word not in ("-", "–"):
                return None
            continue
        if kind is Kind.A:
            if k + 1 >= n or atoms[k + 1].kind not in (Kind.HUNDRED, Kind.SCALE, Kind.DOZEN) or \
                    state.prev in _GROUP_BEFORE_DIGITS or (atoms[k + 1].kind is Kind.SCALE and atoms[k + 1].plural):
                return None
            state.cur, state.group, state.prev = 1.0, 1.0, Kind.A
            continue
        last = k == n - 1
        if kind is Kind.DIGITS:
            ok = state.digits(a)
        elif kind is Kind.UNIT:
            ok = state.unit(a)
        elif kind in (Kind.TEEN, Kind.TENS, Kind.TENS_UNIT):
            ok = state.small(a)
        elif kind is Kind.HUNDRED:
            ok = state.hundreds(a, last)
        elif kind is Kind.SCALE:
            ok = state.scale(a, last, state.prev is Kind.SCALE and atoms[k - 1].kind is Kind.SCALE)
        elif kind is Kind.DOZEN:
            ok = state.dozens(a, last)
        else:
            ok = False
        if not ok:
            return None
        state.prev = kind
    if state.prev is None or state.prev is Kind.A:
        return None
    return state.total + state.cur


def _split_and(atoms: list[Atom]) -> tuple[list[Atom], list[Atom]]:
    """The atoms before and after the last "and" ("two and a half" → "two", "a")."""
    for k in range(len(atoms) - 1, -1, -1):
        if atoms[k].kind is Kind.AND:
            return atoms[:k], atoms[k + 1:]
    return [], atoms


def _valid_ord_prefix(prefix: list[Atom], okind: str) -> bool:
    """Can ``prefix`` + an ordinal of family ``okind`` form one compound ordinal?"""
    if not prefix or any(a.kind is Kind.AND for a in prefix):
        return False
    if prefix[0].kind not in SMALL | {Kind.DIGITS}:
        return False
    last = prefix[-1]
    if last.kind in (Kind.HUNDRED, Kind.SCALE) or (last.kind is Kind.TENS and okind == Kind.UNIT):
        return cardinal(prefix) is not None
    return False


def _ord_as_cardinal(prefix: list[Atom], o: Atom) -> Optional[float]:
    """Value of "<prefix> <ordinal>" read as one ordinal number ("one hundred twenty fifth")."""
    if o.okind not in _FAMILIES:
        return None
    kind = Kind(o.okind)
    if kind is Kind.UNIT and o.value >= 10:
        kind = Kind.TEEN
    return cardinal(list(prefix) + [Atom(kind, o.value, o.i, o.j)])


def _multiplier(o: Atom, k: int, rest: list[Atom]) -> Optional[float]:
    """What may follow a fraction: [of] [a] scale ("two-thirds of a million"), or "a dozen";
    1 when nothing follows, None when what follows is not a multiplier."""
    if not rest:
        return 1.0
    r = [a for a in rest if a.kind is not Kind.OF]
    if len(r) == 1 and r[0].kind is Kind.SCALE and not r[0].plural:
        mult = r[0].value
    elif len(r) == 2 and r[0].kind is Kind.A and r[1].kind in (Kind.SCALE, Kind.DOZEN) and not r[1].plural:
        mult = r[1].value
    else:
        return None
    if any(a.kind is Kind.OF for a in rest) and rest[0].kind is not Kind.OF:
        return None
    if o.okind not in (Kind.HALF, Kind.QUARTER) and not o.plural and k > 0:
        return None
    return mult


def _denominator(num: list[Atom], o: Atom, k: int) -> tuple[float, int]:
    """The longest compound denominator that leaves a numerator and does not follow "and"
    ("one two hundredth"), as (value, index where it starts); the ordinal alone otherwise."""
    if o.okind in (Kind.UNIT, Kind.HUNDRED, Kind.SCALE, Kind.TENS, Kind.TENS_UNIT) and o.value != 2:
        for s in range(1, len(num)):
            if num[s - 1].kind in (Kind.AND, Kind.SEPARATOR) or not _valid_ord_prefix(num[s:], o.okind):
                continue
            d = _ord_as_cardinal(num[s:], o)
            numerator = 1.0 if s == 1 and num[0].kind is Kind.A else cardinal(num[:s])
            if d is not None and numerator is not None:
                return d, s
    return float(o.value), k


def _drop_separators(atoms: list[Atom]) -> list[Atom]:
    while atoms and atoms[-1].kind is Kind.SEPARATOR:
        atoms = atoms[:-1]
    return atoms


def _mixed(head: list[Atom], tail: list[Atom], num: list[Atom], denom: float, mult: float,
           rest: list[Atom]) -> Optional[float]:
    """"two and a half", "three and two-thirds million": a whole and a fraction."""
    tv = 1.0 if len(tail) == 1 and tail[0].kind is Kind.A else cardinal(tail)
    hv = cardinal(head)
    if tv is None or hv is None:
        return None
    if tv < denom:
        frac = tv / denom
        if rest:
            return hv + frac * mult if head[-1].kind is Kind.SCALE else (hv + frac) * mult
        return hv + frac * head[-1].value if head[-1].kind is Kind.SCALE else hv + frac
    whole = cardinal(num)
    return None if whole is None else whole / denom * mult


def fraction(atoms: list[Atom], k: int) -> Optional[tuple[float, bool]]:
    """Value of ``atoms`` whose first ordinal is at ``k``, as (value, is_ordinal): a fraction
    ("two-thirds", "a quarter of a million"), a mixed number ("two and a half") or an ordinal
    ("twenty-fifth", "one hundred twenty fifth")."""
    o = atoms[k]
    rest = atoms[k + 1:]
    mult = _multiplier(o, k, rest)
    if mult is None:
        return None
    num = _drop_separators(atoms[:k])
    is_frac_word = o.okind in (Kind.HALF, Kind.QUARTER) or o.plural
    if not num:
        if o.okind in (Kind.HALF, Kind.QUARTER):
            return (1.0 / o.value) * mult, False
        if o.plural or rest or o.okind not in _FAMILIES:
            return None
        return float(o.value), True
    if num[0].kind is Kind.NEGATIVE:
        return None
    denom, dstart = _denominator(num, o, k)
    num = _drop_separators(atoms[:dstart] if dstart != k else num)
    tail = _split_and(num)[1]
    one = len(tail) == 1 and (tail[0].kind is Kind.A or (tail[0].kind is Kind.UNIT and tail[0].value == 1))
    if not is_frac_word and not one:
        # singular ordinal after a number: "one hundred twenty fifth" → 125th
        card = None if rest else _ord_as_cardinal(atoms[:k], o)
        return None if card is None else (card, True)
    if o.okind in (Kind.UNIT, Kind.TEEN) and o.value <= 2 and dstart == k:
        return None
    head, tail = _split_and(num)
    if head and tail:
        v = _mixed(head, tail, num, denom, mult, rest)
        return None if v is None else (v, False)
    nv = 1.0 if one else cardinal(num)
    return None if nv is None else (nv / denom * mult, False)


def _over(atoms: list[Atom], k: int) -> Optional[float]:
    """"three over four": one number divided by another."""
    a, b = expr(atoms[:k]), expr(atoms[k + 1:])
    if a is None or b is None or a[1] or b[1] or b[0] == 0:
        return None
    return a[0] / b[0]


def _point(atoms: list[Atom], k: int) -> Optional[float]:
    """"two point five", "one point two million": a decimal in words."""
    ip = cardinal(atoms[:k])
    digits = ""
    mult = 1.0
    after = atoms[k + 1:]
    for m, a in enumerate(after):
        if a.kind in (Kind.UNIT, Kind.ZERO, Kind.TEEN, Kind.TENS):
            if a.kind is Kind.TENS and m + 1 < len(after) and after[m + 1].kind is Kind.UNIT:
                digits += str(int(a.value))[0]
            else:
                digits += str(int(a.value))
        elif a.kind is Kind.TENS_UNIT:
            digits += str(int(a.value))
        elif a.kind is Kind.SEPARATOR:
            continue
        elif a.kind is Kind.SCALE and m == len(after) - 1:
            mult = a.value
        else:
            return None
    if ip is None or not digits:
        return None
    return (ip + float("0." + digits)) * mult


_NOT_LAST = (Kind.AND, Kind.SEPARATOR, Kind.A, Kind.NEGATIVE, Kind.POINT, Kind.OVER, Kind.OF)
_NOT_FIRST = (Kind.AND, Kind.SEPARATOR, Kind.POINT, Kind.OVER, Kind.OF)


def expr(atoms: list[Atom]) -> Optional[tuple[float, bool]]:
    """Value of a whole atom list, (value, is_ordinal), or None when it is not one number."""
    if not atoms or atoms[-1].kind in _NOT_LAST or atoms[0].kind in _NOT_FIRST:
        return None
    sign = 1.0
    if atoms[0].kind is Kind.NEGATIVE:
        sign = -1.0
        atoms = atoms[1:]
        if not atoms or atoms[0].kind in (Kind.NEGATIVE, Kind.A, Kind.AND, Kind.SEPARATOR):
            return None
    kinds = [a.kind for a in atoms]
    if Kind.NEGATIVE in kinds:
        return None
    if Kind.ORDINAL_SUFFIX in kinds:
        if kinds == [Kind.DIGITS, Kind.ORDINAL_SUFFIX]:
            return sign * atoms[0].value, True
        return None
    if Kind.FRACTION in kinds:
        if len(atoms) == 1:
            return sign * atoms[0].value, False
        if kinds[0] is Kind.DIGITS and len(atoms) == 2 and atoms[1].i - atoms[0].j <= 1:
            return sign * (atoms[0].value + atoms[1].value), False     # "2½", "2 1/2", "2-1/2" (the hyphen left out)
        return None
    for glue, read in ((Kind.OVER, _over), (Kind.POINT, _point)):
        if glue in kinds:
            v = read(atoms, kinds.index(glue)) if kinds.count(glue) == 1 else None
            return None if v is None else (sign * v, False)
    if Kind.ORDINAL in kinds:
        r = fraction(atoms, kinds.index(Kind.ORDINAL)) if kinds.count(Kind.ORDINAL) == 1 else None
        return None if r is None else (sign * r[0], r[1])
    if Kind.OF in kinds:
        return None
    v = cardinal(atoms)
    return None if v is None else (sign * v, False)


@dataclass
class Num:
    """A number read from a run of tokens."""

    value: float
    i: int           # first token
    j: int           # one past the last token
    ordinal: bool
    words: bool      # written (at least partly) in words
    scaled: bool     # has a scale word ("2.5 million")
    end: int = -1    # character end, when a power suffix extends the last token


def runs(atoms: list[Optional[Atom]]) -> Iterator[list[Atom]]:
    """Maximal sequences of atoms that may belong to one number expression."""
    run: list[Atom] = []
    for k, a in enumerate(atoms):
        if a is None:
            if run:
                yield run
            run = []
            continue
        if a.kind in NUMERIC:
            if a.kind is Kind.DIGITS and run and run[-1].kind is Kind.DIGITS:
                yield run
                run = []
            if a.kind is Kind.DIGITS and len(run) >= 2 and run[-1].kind is Kind.AND and \
                    (run[-2].kind is Kind.DIGITS or (run[-2].kind is Kind.SCALE and run[-2].word == "abbrev")):
                yield run[:-1]      # "the 9400M and 9600M": two figures in digits, not one summed
                                    # ("4 thousand 3 hundred and 21" is one)
                run = []
            if a.kind in (Kind.DIGITS, Kind.FRACTION) and run and run[-1].kind is Kind.SEPARATOR and \
                    len(run) >= 2 and run[-2].kind in (Kind.DIGITS, Kind.SCALE):
                yield run[:-1]       # "90-100": two numbers
                run = []
            run.append(a)
        else:
            if a.kind is Kind.NEGATIVE and run:
                yield run
                run = []
            scale_next = k + 1 < len(atoms) and atoms[k + 1] is not None and atoms[k + 1].kind is Kind.SCALE and \
                not atoms[k + 1].plural
            fraction_next = k + 1 < len(atoms) and atoms[k + 1] is not None and atoms[k + 1].kind is Kind.FRACTION
            if a.kind is Kind.SEPARATOR and run and run[-1].kind is Kind.DIGITS and fraction_next and \
                    all(x.kind is Kind.A for x in run[:-1]):
                continue         # "2-1/2 years", "a 4-1/2-month term": a mixed number written with a hyphen, read as "2 1/2"
            if a.kind is Kind.SEPARATOR and (not run or run[-1].kind is Kind.DIGITS) and not (run and scale_next):
                if run:          # "90-100": two numbers; but "$2.6-million" is one
                    yield run
                run = []
                continue
            run.append(a)
        if len(run) >= MAX_RUN:
            yield run
            run = []
    if run:
        yield run


def _merge_hyphens(run: list[Atom]) -> list[Atom]:
    """Join "twenty-four" (and "fifty - two") into one TENS_UNIT atom, "thirty-fifths" and
    "twenty first" into one ordinal."""
    out: list[Atom] = []
    k = 0
    while k < len(run):
        a = run[k]
        if a.kind is Kind.TENS and k + 2 < len(run) and run[k + 1].kind is Kind.SEPARATOR:
            b = run[k + 2]
            if b.kind is Kind.UNIT:
                out.append(Atom(Kind.TENS_UNIT, a.value + b.value, a.i, b.j, word=a.word))
                k += 3
                continue
            if b.kind is Kind.ORDINAL and b.okind == Kind.UNIT:
                out.append(Atom(Kind.ORDINAL, a.value + b.value, a.i, b.j, plural=b.plural, okind=Kind.TENS_UNIT))
                k += 3
                continue
        if a.kind is Kind.TENS and k + 1 < len(run) and run[k + 1].kind is Kind.ORDINAL and \
                run[k + 1].okind == Kind.UNIT and not run[k + 1].plural and run[k + 1].value <= 2:
            b = run[k + 1]   # "twenty first", "twenty second"
            out.append(Atom(Kind.ORDINAL, a.value + b.value, a.i, b.j, plural=b.plural, okind=Kind.TENS_UNIT))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _longest(run: list[Atom], i: int, toks: list[Tok]) -> Optional[tuple[int, tuple[float, bool]]]:
    """The longest prefix of ``run[i:]`` that is one number: (its end, (value, ordinal))."""
    for j in range(len(run), i, -1):
        if any(a.kind is Kind.OVER for a in run[i:j]):
            after = run[j - 1].j
            if after < len(toks) and toks[after].kind == "word" and not word_atom(toks[after].low):
                continue         # "three over the weekend": no division
        r = expr(run[i:j])
        if r is not None:
            return j, r
    return None


def parse_run(run: list[Atom], toks: list[Tok]) -> Iterator[Num]:
    """The numbers of one run, left to right, each the longest that parses."""
    run = _merge_hyphens(run)
    n = len(run)
    i = 0
    while i < n:
        found = _longest(run, i, toks)
        if found is None:
            i += 1
            continue
        j, (value, ordinal) = found
        # "3 hundred and 2 hundred": the last group belongs to the next number
        if j < n and run[j].kind in (Kind.HUNDRED, Kind.DOZEN) and not ordinal:
            back = j - 1
            while back > i and run[back].kind in SMALL | {Kind.DIGITS}:
                back -= 1
            if run[back].kind is Kind.AND and back > i:
                r = expr(run[i:back])
                if r is not None:
                    j, (value, ordinal) = back, r
        part = run[i:j]
        words = any(a.kind not in (Kind.DIGITS, Kind.SEPARATOR) for a in part)
        scaled = any(a.kind in (Kind.SCALE, Kind.HUNDRED, Kind.DOZEN) for a in part)
        yield Num(value, part[0].i, part[-1].j, ordinal, words, scaled)
        i = j
