"""Phone numbers as facts: the number a report gives readers to call ("call police on 0845
125 2222") is a figure an editor checks digit by digit, not a count. Each becomes a
:class:`~factcheck.model.Quantity` of unit ``phone`` whose value is its digits, so that "0800
555 111" and "0800 555111" agree, "+44 800 555 111" is the same number with its country code,
and a digit changed conflicts (:func:`same_number`)."""
from __future__ import annotations

import re

from ...model import Quantity
from .tokens import MASKS

_PHONES = [rx for rule, rx in MASKS if rule == "phone-number"]
_SPAN = re.compile(r"0\d{1,4}(?:-\d+)+")       # "a curfew from 0600-1800": masked, but no number to call


def phone_numbers(text: str) -> list[Quantity]:
    """Every phone number of ``text`` (offsets into it), the longest where two patterns overlap.

    >>> [(q.text, q.value) for q in phone_numbers("call 0845 125 2222 or 0800 555111.")]
    [('0845 125 2222', 8451252222.0), ('0800 555111', 800555111.0)]
    """
    found = sorted({(m.start(), m.end()) for rx in _PHONES for m in rx.finditer(text)}, key=lambda p: (p[0], -p[1]))
    out, end = [], -1
    for s, e in found:
        if s < end:
            continue
        digits = re.sub(r"\D", "", text[s:e])
        if len(digits) > 15 or _SPAN.fullmatch(text[s:e]):
            continue        # no phone number (a float keeps 15 digits), or a span of hours ("0600-1800")
        value = float(digits)
        out.append(Quantity(text=text[s:e], start=s, end=e, value=value, low=value, high=value, unit="phone"))
        end = e
    return out


def same_number(a: float, b: float) -> bool:
    """Are two phone numbers' digits one number, one of them with a country code before it
    ("+44 800 555 111" / "0800 555 111": the trunk 0 is dropped from the value)?

    >>> same_number(44800555111.0, 800555111.0), same_number(800555111.0, 800555112.0)
    (True, False)
    """
    long, short = sorted((f"{a:.0f}", f"{b:.0f}"), key=len, reverse=True)
    return long.endswith(short) and len(long) - len(short) <= 3 and len(short) >= 7
