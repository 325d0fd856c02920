"""Phone numbers as facts: the number a report gives readers to call ("call police on 0845
125 2222") is a figure an editor checks digit by digit, not a count. Each becomes a
:class:`~factcheck.model.Quantity` of unit ``phone`` whose value is its digits, so that "0800
555 111" and "0800 555111" agree and a digit changed conflicts."""
from __future__ import annotations

import re

from ...model import Quantity
from .tokens import MASKS

_PHONES = [rx for rule, rx in MASKS if rule == "phone-number"]


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
        digits = float(re.sub(r"\D", "", text[s:e]))
        out.append(Quantity(text=text[s:e], start=s, end=e, value=digits, low=digits, high=digits, unit="phone"))
        end = e
    return out
