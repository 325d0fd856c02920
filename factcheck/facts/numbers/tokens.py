"""Tokens of a sentence for the number parser, and the spans that hold digits but no quantity.

:func:`tokenize` splits text into numbers, words, vulgar fractions and punctuation with their
offsets; :func:`masked` gives the spans of dates, clock times, phone numbers, URLs,
identifiers ("NX121", "I-75"), decades and scores, whose digits are not figures. Both are
linear in the length of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...text import SCORE_RE, URL_RE

_NUM_RE = (
    r"(?<![\w.,/])\d{1,3}/\d{1,3}(?![\w/])"                # 3/4
    r"|(?<![\w.,])(?:"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!,?\d)"            # 1,234,567.89
    r"|\d{1,3}(?:\.\d{3})+,\d+(?![\d.,]\d)"             # 1.111,11
    r"|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:\.\d+)?(?![\d,]|\.\d)"  # 1 234 567
    r"|\d+,\d{1,2}(?![\d,])"                           # 5,00 (decimal comma)
    r"|\d*\.\d+|\d+"
    r")(?:[eE][+-]?\d+(?![\w.])|\^[+-]*\d+(?![\w.])|x10\^[+-]?\d+(?![\w.]))?"
    r"|(?<=[\w.,])(?:\d*\.\d+|\d+)"
)
_TOKEN_RE = re.compile(
    r"(?P<num>" + _NUM_RE + r")"
    r"|(?P<frac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"|(?P<punct>[^\s])"
)

# Spans whose digits are no figures, each with the name of the rule that masks it (what
# ``factcheck facts --explain`` shows). Applied to the whole text before the numbers are read.
MASKS: tuple[tuple[str, re.Pattern], ...] = (
    ("url", URL_RE),
    # dates: 5/5/2010, 2010-05-05, 05.05.2010, 1995-01, 2019-20
    ("date", re.compile(r"(?<![\w/.])\d{1,4}([/.-])\d{1,2}\1\d{1,4}(?![\w/]|\.\d)")),   # one separator: not "2-1/2"
    ("date", re.compile(r"(?<![\w-])(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])(?![\w-])")),
    ("date", re.compile(r"(?<![\w.,-])(?:19|20)\d\d[-–/]\d\d(?![\w-]|[.,]\d)")),
    ("date", re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}/\d{2,4}(?![\w/])")),
    # clock times: 1:41, 10.30am, 10 a.m., 9pm, 0900 GMT
    ("clock-time", re.compile(r"(?i)(?<![\w:.])\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[ap]\.?m\b\.?|gmt|bst|"
                              r"utc|[ecmp][sd]t|hrs))?")),
    ("clock-time", re.compile(r"(?i)(?<![\w:.])\d{1,2}\.\d\d\s*(?:[ap]\.?m\b\.?|gmt|bst|utc|[ecmp][sd]t|"
                              r"hrs)")),
    ("clock-time", re.compile(r"(?i)(?<![\w.])\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.?|[ap]m\b|o['’]clock)")),
    ("clock-time", re.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])")),
    ("phone-number", re.compile(r"(?<![\w+])\+\d{1,3}(?:[ -./]\(?\d{2,5}\)?){2,}")),
    ("phone-number", re.compile(r"(?<![\w])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w])")),
    ("phone-number", re.compile(r"(?<![\w,.])(?<!\d )0\d{1,4}(?:[ -]\d{2,5}| \d{6,7}){1,3}(?!\w|[,.]\d)")),
    # identifiers: NX121, A1, I-75, SCP-173, G7, B2B, M25, COVID-19
    ("identifier", re.compile(r"(?<![\w$£€])(?:[A-Z]{1,4}-?\d+[A-Za-z]*|[A-Z]+\d+[A-Z]+\w*|\d+[A-Z]{2,}\w*"
                              r"[A-Z]\w*)(?![\w])")),
    ("identifier", re.compile(r"(?i)\b(?:covid|mh|sars-cov)-?\d+")),
    # decades ("the 1960s", "'90s", "in his 40s") and mobile generations ("4G", "5G")
    ("decade", re.compile(r"(?<![\w.,])['’]?(?:\d{2}|1\d{3}|20\d{2})0?s\b(?<=0s)")),
    ("mobile-generation", re.compile(r"(?<![\w.,])[2-6]G\b")),
    ("age-group", re.compile(r"(?<=[a-z]-)\d{1,2}s\b")),      # "the under-18s", "over-50s"
)
# Currency words glued to the number in wire copy ("euro110 billion", "US$5"):
# identifiers must not swallow them.
_GLUED_CURRENCY_RE = re.compile(r"(?i)(?:us\$|a\$|c\$|hk\$|euro|eur|usd|gbp|rs\.?|inr)(?=\d)")


@dataclass(slots=True)
class Tok:
    kind: str        # "num", "word", "frac", "punct"
    text: str
    low: str
    start: int
    end: int
    glued: bool      # no space between this token and the previous one


_DIGIT = re.compile(r"\d")
_DOTTED_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w.]|\.\d)")


def tokenize(text: str) -> list[Tok]:
    """Tokens with their offsets; "192.168.1.2" becomes four numbers and three dots."""
    toks: list[Tok] = []
    prev_end = -1
    pos = 0
    for d in list(_DOTTED_RE.finditer(text)) + [None]:
        stop = d.start() if d else len(text)
        for m in _TOKEN_RE.finditer(text, pos, stop):
            kind = m.lastgroup or "punct"
            t = m.group()
            toks.append(Tok(kind, t, t.lower(), m.start(), m.end(), m.start() == prev_end))
            prev_end = m.end()
        if d is None:
            break
        for m in re.finditer(r"\d+|\.", d.group()):
            s, e = d.start() + m.start(), d.start() + m.end()
            t = m.group()
            toks.append(Tok("num" if t != "." else "punct", t, t, s, e, s == prev_end))
            prev_end = e
        pos = d.end()
    return toks


def masked(text: str, taken: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, rule) of every span whose digits are no figures for the parser: ``taken``
    spans read otherwise (results and records: :mod:`.scores`), a pair written high to low that
    is not one ("6-3"; a range is written low to high), and each of :data:`MASKS`."""
    spans = [(s, e, "score") for s, e in taken]
    digits = _DIGIT.search(text) is not None
    if digits:
        spans += [(m.start(), m.end(), "score") for m in SCORE_RE.finditer(text)
                  if int(m.group(1)) >= int(m.group(2)) and not any(s <= m.start() < e for s, e in taken)]
    for rule, rx in MASKS:
        if not digits and rule != "url":
            continue        # every other mask covers digits
        for m in rx.finditer(text):
            if rule == "identifier" and _GLUED_CURRENCY_RE.match(text, m.start()):
                continue
            spans.append((m.start(), m.end(), rule))
    return spans
