"""Numbers, ranges, bounds and measurements in news text → ``Quantity`` records.

The extractor works in three passes over one sentence or paragraph:

1. mask spans that hold digits but are not quantities (dates, clock times, phone numbers,
   URLs, identifiers such as "NX121" or "I-75");
2. tokenize and group number words and digits into *runs*, and parse each run into one or
   more numbers ("three hundred and two dozens", "2.5 million", "two-thirds", "3rd");
3. look around each number for what makes it a quantity: a currency, a unit, a percent
   sign, a range partner ("90 to 100"), a bound ("more than"), a softener ("about") and the
   noun it counts.

Everything is linear in the length of the text: each token is looked at a bounded number
of times (number runs are capped at ``_MAX_RUN`` atoms, and a run is parsed in time
quadratic in its own length).
"""
from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from factcheck.model import Quantity

__all__ = ["extract_quantities", "parse_number", "to_base"]

_MAX_RUN = 24

# --------------------------------------------------------------------------- vocabulary

_UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
# Scale abbreviations, valid only right after digits ("3bn", "10 k", "$1.2m").
_ABBREV = {
    "k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "G": 1e9, "tn": 1e12, "tln": 1e12,
    "trn": 1e12,
}
_DOZENS = {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}
_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}
_ORD_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
_ORD_SCALES = {
    "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9,
    "trillionth": 1e12,
}
_VULGAR = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
    "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
    "⅞": 0.875,
}
# Vague plurals: "hundreds of" → [100, 1000), approximate.
_VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
          "millions": 1e6, "billions": 1e9}

_CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
_CURRENCY_PREFIX = {  # words or codes written before the number
    "us$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD", "usd": "USD",
    "gbp": "GBP", "eur": "EUR", "euro": "EUR", "euros": "EUR", "rs": "INR", "inr": "INR",
    "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "chf": "CHF", "sek": "SEK", "aud": "AUD",
    "cad": "CAD",
}
_CURRENCY_WORDS = {  # words written after the number
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "usd": "USD",
    "eur": "EUR", "gbp": "GBP", "sek": "SEK", "krona": "SEK", "kronor": "SEK",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "cents": "USD-cent",
    "pence": "GBP-penny", "p": "GBP-penny",
}

# unit word → (normalized unit, dimension, factor to the base unit)
_UNIT_TABLE: dict[str, tuple[str, str, float]] = {}


def _units(names: str, unit: str, dim: str, factor: float) -> None:
    for name in names.split("|"):
        _UNIT_TABLE[name] = (unit, dim, factor)


_units("km|kms|kilometre|kilometres|kilometer|kilometers", "km", "length", 1000.0)
_units("m|metre|metres|meter|meters", "m", "length", 1.0)
_units("cm|centimetre|centimetres|centimeter|centimeters", "cm", "length", 0.01)
_units("mm|millimetre|millimetres|millimeter|millimeters", "mm", "length", 0.001)
_units("mile|miles|mi", "mile", "length", 1609.344)
_units("ft|feet|foot", "ft", "length", 0.3048)
_units("inch|inches", "inch", "length", 0.0254)
_units("yard|yards|yd|yds", "yard", "length", 0.9144)
_units("sq ft|square feet|square foot|sqft", "sq ft", "area", 0.09290304)
_units("sq m|square metres|square metre|square meters|square meter|m2|sqm|m²", "m2",
       "area", 1.0)
_units("sq km|square kilometres|square kilometre|square kilometers|square kilometer|km2|km²",
       "km2", "area", 1e6)
_units("sq miles|square miles|square mile|sq mi", "sq mile", "area", 2589988.110336)
_units("hectare|hectares|ha", "ha", "area", 1e4)
_units("acre|acres", "acre", "area", 4046.8564224)
_units("mph|miles per hour|mile per hour", "mph", "speed", 1.609344)
_units("km/h|kmh|kph|kilometres per hour|kilometers per hour|km per hour", "km/h",
       "speed", 1.0)
_units("knot|knots", "knot", "speed", 1.852)
_units("kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes", "kg", "weight", 1.0)
_units("g|gram|grams|gramme|grammes", "g", "weight", 0.001)
_units("tonne|tonnes|ton|tons|t", "tonne", "weight", 1000.0)
_units("lb|lbs|pound_weight", "lb", "weight", 0.45359237)
_units("ml|millilitre|millilitres|milliliter|milliliters", "ml", "volume", 0.001)
_units("l|litre|litres|liter|liters", "l", "volume", 1.0)
_units("gallon|gallons", "gallon", "volume", 3.785411784)
_units("second|seconds|sec|secs|s", "second", "duration", 1.0)
_units("minute|minutes|min|mins", "minute", "duration", 60.0)
_units("hour|hours|hr|hrs|h", "hour", "duration", 3600.0)
_units("day|days", "day", "duration", 86400.0)
_units("week|weeks", "week", "duration", 604800.0)
_units("month|months", "month", "duration", 2629746.0)
_units("year|years", "year", "duration", 31556952.0)
_units("°c|celsius|degrees celsius|degrees c|degrees centigrade", "°C", "temperature", 1.0)
_units("°f|fahrenheit|degrees fahrenheit|degrees f", "°F", "temperature", 1.0)
_units("%|percent|per cent|percentage|pct|percents", "%", "percent", 1.0)
_units("percentage point|percentage points", "percentage point", "percent-points", 1.0)
_units("times|fold", "times", "multiple", 1.0)

# Units that may be glued to the digits ("193km/h", "180ml", "29km", "2,000ft").
_GLUED_UNITS = {"km", "kms", "m", "cm", "mm", "mi", "ft", "kg", "kgs", "g", "t", "ml", "l",
                "mph", "kmh", "kph", "s", "h", "hr", "hrs", "min", "mins", "sec", "lb",
                "lbs", "ha", "yd", "yds", "sqm", "sqft", "m2", "km2", "m²", "km²", "pct"}
# Single letters that are units only when glued: "5 m" in text is too often something else.
_LETTER_UNITS_SPACED = {"km", "kms", "cm", "mm", "ft", "kg", "kgs", "mph", "kmh", "kph",
                        "km²", "m²",
                        "ml", "lb", "lbs", "ha", "hrs", "mins", "sqft", "sqm", "pct"}

_TIME_WORDS = {"am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "est", "edt", "pst", "pdt",
               "cet", "ist", "hrs", "o'clock", "o’clock"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr",
           "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_YEAR_CUES = {"in", "since", "by", "until", "till", "from", "of", "before", "after",
              "during", "year", "early", "late", "mid", "the", "this", "that", "summer",
              "spring", "autumn", "fall", "winter", "circa", "c", "between", "to",
              "through", "season", "election", "and", "or", "fiscal", "financial", "around",
              "about", "post", "pre"}
_IDENT_CUES = {"interstate", "highway", "route", "flight", "platform", "gate", "room",
               "suite", "apartment", "apt", "i", "us", "junction", "bus", "line", "pier",
               "terminal", "channel", "article", "section", "chapter", "page", "pages",
               "paragraph", "clause", "no", "nos", "model", "tv", "ward", "block", "exit",
               "level", "series", "boeing", "airbus", "code", "cell", "unit", "door", "track",
               "box", "lot", "precinct", "district", "seat", "gen", "generation", "covid"}
# Words before "one" that make it a pronoun ("the one that", "no one", "each one").
_ONE_PRONOUN_BEFORE = {"the", "this", "that", "which", "no", "any", "every", "each",
                       "another", "someone", "anyone", "first", "last", "next", "previous",
                       "current", "only", "little", "such", "right", "wrong", "same",
                       "other", "big", "new", "old", "a", "an", "one", "good", "bad",
                       "special", "lucky", "loved", "young", "latest", "final", "main",
                       "second", "third"}
_ONE_PRONOUN_AFTER = {"of", "another", "day", "go", "who", "whom", "whose", "thing", "way",
                      "anyone", "night", "morning", "afternoon", "evening", "point", "time",
                      "side", "hand", "must", "can", "could", "should", "would", "might",
                      "may", "will", "does", "did", "is", "was", "has", "had", "wonders",
                      "thinks", "says", "said", "knows"}

# Bound and approximation phrases, as word tuples, longest first when matched.
# kind: ">" open low, ">=" closed low, "<" open high, "<=" closed high, "=" exact,
# "~" about, "~<" nearly (approximately, below the number).
_BEFORE_PHRASES: list[tuple[tuple[str, ...], str]] = []


def _phrases(kind: str, *texts: str) -> None:
    for text in texts:
        _BEFORE_PHRASES.append((tuple(text.split()), kind))


_phrases(">", "more than", "over", "above", "in excess of", "greater than", "larger than",
         "bigger than", "higher than", "exceeding", "exceeded", "exceeds", "upwards of",
         "exceed", "surpass", "surpassed", "surpassing", "surpasses", "topped", "tops",
         "upward of", "well over", "just over", "just above", "north of", "over and above",
         "in the excess of", "more then", ">")
_phrases(">=", "at least", "no fewer than", "no less than", "not less than",
         "not fewer than", "a minimum of", "minimum of", "at a minimum", ">=", "> =",
         "≥", "greater than or equal to", "more than or equal to", "higher than or equal to",
         "larger than or equal to", "bigger than or equal to",
         "greater or equal than", "higher or equal than", "bigger or equal than",
         "larger or equal than", "more or equal than", "at least or equal to",
         "equal to or more than", "equal to or greater than", "equal or more than",
         "equal or greater than", "no less than or equal to")
_phrases("<", "fewer than", "less than", "under", "below", "lower than", "smaller than",
         "just under", "just below", "short of", "<", "less then")
_phrases("<=", "up to", "as many as", "no more than", "not more than", "at most",
         "a maximum of", "maximum of", "<=", "< =", "≤", "less than or equal to",
         "smaller than or equal to", "lower than or equal to", "fewer than or equal to",
         "less or equal than", "smaller or equal than", "lower or equal than",
         "equal to or less than", "equal to or fewer than", "equal or less than",
         "as much as", "no greater than", "not exceeding", "up to and including")
_phrases("=", "equal to", "equals to", "equals", "equaling to", "equalling to",
         "equal", "exactly", "=")
_phrases("~", "about", "around", "roughly", "approximately", "approx", "some",
         "an estimated", "estimated", "more or less", "circa", "c.", "in the region of",
         "in the order of", "of the order of", "on the order of", "or so", "round about",
         "something like", "upwards of about", "some estimated", "an approximate",
         "approximate", "~", "about some")
_phrases("~<", "nearly", "almost", "close to", "just shy of", "not quite", "getting on for",
         "approaching", "nigh on", "almost exactly")
_BEFORE_PHRASES.sort(key=lambda p: -len(p[0]))
_QUALIFIER_WORDS = {w for words, _ in _BEFORE_PHRASES for w in words}

_AFTER_PHRASES: list[tuple[tuple[str, ...], str]] = [
    (tuple(t.split()), k) for t, k in [
        ("or more", ">="), ("and more", ">="), ("or above", ">="), ("and above", ">="),
        ("or greater", ">="), ("or higher", ">="), ("and over", ">="), ("or over", ">="),
        ("or greater than", ">="), ("or more than", ">="), ("or equal to", "=+"),
        ("or less", "<="), ("or fewer", "<="), ("and less", "<="), ("or below", "<="),
        ("and under", "<="), ("or under", "<="), ("or lower", "<="), ("or smaller", "<="),
        ("or so", "~"), ("or thereabouts", "~"), ("odd", "~"), ("plus", ">="), ("+", ">="),
        ("or equal", "=+"), ("at most", "<="), ("at least", ">="), ("at the most", "<="),
        ("at the least", ">="), ("or less than", "<="), ("or fewer than", "<="),
    ]
]
_AFTER_PHRASES.sort(key=lambda p: -len(p[0]))

_STOP = set("""a an the of in on at to for from by with and or but nor so yet as than then
were was are is am be been being had have has having will would could should shall may might
must can do does did who whom whose which that this these those their his her its our my your
they he she we it i you them him us me there here said says say told according per each every
all some any no not more most less least fewer only just also even still about around over
under above below into onto out up down off across through while when where after before
since until till because if whether though although each another other such very too
""".split())
_IRREGULAR_PLURALS = {"people": "people", "police": "police", "men": "man", "women": "woman",
                      "children": "child", "staff": "staff", "personnel": "personnel",
                      "cattle": "cattle", "feet": "foot", "teeth": "tooth", "mice": "mouse",
                      "geese": "goose", "crew": "crew", "troops": "troop", "folk": "folk",
                      "sheep": "sheep", "fish": "fish", "deer": "deer", "aircraft": "aircraft",
                      "data": "data", "media": "media", "criteria": "criterion",
                      "phenomena": "phenomenon", "lives": "life", "wives": "wife",
                      "knives": "knife", "thieves": "thief", "wolves": "wolf",
                      "halves": "half", "leaves": "leaf", "shelves": "shelf"}

# --------------------------------------------------------------------------- tokens

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

_MASK_RES = [
    re.compile(r"(?i)\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:com|org|net|co\.uk)\S*"),
    # dates: 5/5/2010, 2010-05-05, 05.05.2010, 1995-01
    re.compile(r"(?<![\w/.])\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?![\w/]|\.\d)"),
    re.compile(r"(?<![\w-])(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])(?![\w-])"),
    re.compile(r"(?<![\w.,-])(?:19|20)\d\d[-–/]\d\d(?![\w-]|[.,]\d)"),   # 2019-20
    re.compile(r"(?<![\w/])\d{1,2}/\d{1,2}/\d{2,4}(?![\w/])"),
    # clock times: 1:41, 10.30am, 10 a.m., 9pm, 0900 GMT
    re.compile(r"(?i)(?<![\w:.])\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[ap]\.?m\b\.?|gmt|bst|"
               r"utc|[ecmp][sd]t|hrs))?"),
    re.compile(r"(?i)(?<![\w:.])\d{1,2}\.\d\d\s*(?:[ap]\.?m\b\.?|gmt|bst|utc|[ecmp][sd]t|"
               r"hrs)"),
    re.compile(r"(?i)(?<![\w.])\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.?|[ap]m\b|o['’]clock)"),
    re.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])"),
    # phone numbers
    re.compile(r"(?<![\w+])\+\d{1,3}(?:[ -./]\(?\d{2,5}\)?){2,}"),
    re.compile(r"(?<![\w])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?![\w])"),
    re.compile(r"(?<![\w,.])0\d{1,4}(?:[ -]\d{2,5}){1,3}(?![\w,.])"),
    # identifiers: NX121, A1, I-75, SCP-173, 4G, G7, B2B, M25, COVID-19
    re.compile(r"(?<![\w$£€])(?:[A-Z]{1,4}-?\d+[A-Za-z]*|[A-Z]+\d+[A-Z]+\w*|\d+[A-Z]{2,}\w*"
               r"[A-Z]\w*)(?![\w])"),
    re.compile(r"(?i)\b(?:covid|mh|sars-cov)-?\d+"),
    # decades ("the 1960s", "'90s", "in his 40s") and mobile generations ("4G", "5G")
    re.compile(r"(?<![\w.,])['’]?(?:\d{2}|1\d{3}|20\d{2})0?s\b(?<=0s)"),
    re.compile(r"(?<![\w.,])[2-6]G\b"),
    re.compile(r"(?<=[a-z]-)\d{1,2}s\b"),      # age groups: "the under-18s", "over-50s"
]
# Sports scores and results: "6-3", "2-0" (a range is written low to high).
SCORE_RE = re.compile(r"(?<![\w.,\-–])(\d{1,3})[-–](\d{1,3})(?![\w\-–]|[.,]\d)")
# Currency words glued to the number in wire copy ("euro110 billion", "US$5"):
# identifiers must not swallow them.
_GLUED_CURRENCY_RE = re.compile(r"(?i)(?:us\$|a\$|c\$|hk\$|euro|eur|usd|gbp|rs\.?|inr)(?=\d)")


@dataclass
class _Tok:
    kind: str        # "num", "word", "frac", "punct"
    text: str
    low: str
    start: int
    end: int
    glued: bool      # no space between this token and the previous one


_DOTTED_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w.]|\.\d)")


def _tokenize(text: str) -> list[_Tok]:
    """Tokens with their offsets; "192.168.1.2" becomes four numbers and three dots."""
    toks: list[_Tok] = []
    prev_end = -1
    pos = 0
    for d in list(_DOTTED_RE.finditer(text)) + [None]:
        stop = d.start() if d else len(text)
        for m in _TOKEN_RE.finditer(text, pos, stop):
            kind = m.lastgroup or "punct"
            t = m.group()
            toks.append(_Tok(kind, t, t.lower(), m.start(), m.end(), m.start() == prev_end))
            prev_end = m.end()
        if d is None:
            break
        for m in re.finditer(r"\d+|\.", d.group()):
            s, e = d.start() + m.start(), d.start() + m.end()
            t = m.group()
            toks.append(_Tok("num" if t != "." else "punct", t, t, s, e, s == prev_end))
            prev_end = e
        pos = d.end()
    return toks


def _masked(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in SCORE_RE.finditer(text)
             if int(m.group(1)) >= int(m.group(2))]
    for rx in _MASK_RES:
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            g = _GLUED_CURRENCY_RE.match(text, s)
            if g and rx is _MASK_RES[-2]:
                continue
            spans.append((s, e))
    return spans


# --------------------------------------------------------------------------- atoms

@dataclass
class _Atom:
    kind: str        # u z t T TU d H S D O neg and point a over sep frac
    value: float
    i: int           # first token index
    j: int           # one past the last token index
    plural: bool = False
    okind: str = ""  # for ordinals: "u", "t", "T", "TU", "H", "S", "half", "quarter", "d"
    word: str = ""


def _word_atom(low: str) -> Optional[tuple[str, float, bool, str]]:
    """(kind, value, plural, ordinal kind) for one number word, or None."""
    if low in _UNITS:
        v = _UNITS[low]
        return ("z" if v == 0 else "u" if v < 10 else "t"), v, False, ""
    if low in _TENS:
        return "T", _TENS[low], False, ""
    if low in ("hundred", "hundreds"):
        return "H", 100, low.endswith("s"), ""
    if low in _SCALES:
        return "S", _SCALES[low], False, ""
    if low.endswith("s") and low[:-1] in _SCALES:
        return "S", _SCALES[low[:-1]], True, ""
    if low in _DOZENS:
        return "D", 12, low.endswith("s"), ""
    plural = False
    base = low
    if low in ("halves",):
        return "O", 2, True, "half"
    if low == "half":
        return "O", 2, False, "half"
    if low in ("quarter", "quarters"):
        return "O", 4, low.endswith("s"), "quarter"
    if base not in _ORD_UNITS and base not in _ORD_TENS and base not in _ORD_SCALES:
        if base.endswith("s"):
            base, plural = base[:-1], True
    if base in _ORD_UNITS:
        v = _ORD_UNITS[base]
        return "O", v, plural, ("u" if v < 10 else "t")
    if base in _ORD_TENS:
        return "O", _ORD_TENS[base], plural, "T"
    if base in _ORD_SCALES:
        return "O", _ORD_SCALES[base], plural, ("H" if base == "hundredth" else "S")
    return None


def _digits_value(t: str) -> Optional[float]:
    """The value of a digit token: "1,234.5", "1.111,11", "5,00", "1e10", "2.5^-1"."""
    s = t.replace("\u202f", "").replace("\u00a0", "")
    m = re.search(r"[eE]([+-]?\d+)$|\^([+-]*)(\d+)$|x10\^([+-]?\d+)$", s)
    if m:
        base = _digits_value(s[:m.start()])
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
            return None
    try:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+", s):
            return float(s.replace(".", "").replace(",", "."))
        if re.fullmatch(r"\d+,\d{1,2}", s):
            return float(s.replace(",", "."))
        return float(s.replace(",", "").replace(" ", ""))
    except ValueError:
        return None


def _atoms(toks: list[_Tok], skip: list[bool]) -> list[Optional[_Atom]]:
    """One atom (or None) per token; hyphenated tens+units are merged later."""
    out: list[Optional[_Atom]] = []
    n = len(toks)
    for k, tok in enumerate(toks):
        a: Optional[_Atom] = None
        if skip[k]:
            out.append(None)
            continue
        if tok.kind == "num":
            v = _digits_value(tok.text)
            if v is not None:
                a = _Atom("d", v, k, k + 1, word=tok.text)
                if re.search(r"[eE^]", tok.text):
                    a.word = "power"
            elif "/" in tok.text:
                num, den = (int(x) for x in tok.text.split("/"))
                if 0 < num < den and den in (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100):
                    a = _Atom("frac", num / den, k, k + 1)
        elif tok.kind == "frac":
            a = _Atom("frac", _VULGAR[tok.text], k, k + 1)
        elif tok.kind == "word":
            w = _word_atom(tok.low)
            if w:
                a = _Atom(w[0], w[1], k, k + 1, plural=w[2], okind=w[3], word=tok.low)
            elif tok.low in ("and",):
                a = _Atom("and", 0, k, k + 1)
            elif tok.low in ("a", "an"):
                a = _Atom("a", 1, k, k + 1)
            elif tok.low == "point":
                a = _Atom("point", 0, k, k + 1)
            elif tok.low in ("negative", "minus"):
                a = _Atom("neg", 0, k, k + 1)
            elif tok.low == "over":
                a = _Atom("over", 0, k, k + 1)
            elif tok.low == "of":
                a = _Atom("of", 0, k, k + 1)
            elif k > 0 and tok.glued and toks[k - 1].kind == "num":
                if tok.text in _ABBREV or tok.low in ("bn", "mn", "mln", "bln", "tln", "trn",
                                                      "mil", "tn"):
                    key = tok.text if tok.text in _ABBREV else tok.low
                    a = _Atom("S", _ABBREV[key], k, k + 1, word="abbrev")
                elif tok.low in ("st", "nd", "rd", "th"):
                    a = _Atom("ord_suffix", 0, k, k + 1)
        elif tok.kind == "punct" and tok.text in "-–‐":
            a = _Atom("sep", 0, k, k + 1, word=tok.text)
        out.append(a)
    # scale abbreviations after a space: "2.33 k", "10 bln", "1,674.5 G"; "m" after money
    for k, tok in enumerate(toks):
        if out[k] is not None or skip[k] or k == 0 or tok.kind != "word":
            continue
        prev = out[k - 1]
        if prev is None or prev.kind != "d":
            continue
        nxt = toks[k + 1] if k + 1 < n else None
        if nxt is not None and nxt.kind == "word" and nxt.glued:
            continue
        money = _currency_before(toks, k - 1) is not None
        if tok.glued and tok.low == "m" and money:
            out[k] = _Atom("S", 1e6, k, k + 1, word="abbrev")
        elif tok.glued and tok.low in ("b", "k", "mm") and (money or tok.text in _ABBREV):
            out[k] = _Atom("S", 1e9 if tok.low == "b" else 1e6 if tok.low == "mm" else 1e3,
                           k, k + 1, word="abbrev")
        elif not tok.glued and (tok.text in ("k", "K", "G", "M", "MM", "B") or
                                tok.low in ("bn", "mn", "mln", "bln", "tln", "trn", "tn")):
            if tok.text in ("M", "G", "B") and not money and nxt is not None and \
                    nxt.kind == "word":
                continue
            key = tok.text if tok.text in _ABBREV else tok.low
            out[k] = _Atom("S", _ABBREV[key], k, k + 1, word="abbrev")
    return out


def _currency_before(toks: list[_Tok], k: int) -> Optional[tuple[str, int]]:
    """The currency written just before token ``k``, and the index of its first token."""
    if k <= 0:
        return None
    p = toks[k - 1]
    if p.text in _CURRENCY_SIGNS:
        code = _CURRENCY_SIGNS[p.text]
        if p.text == "$" and k >= 2 and toks[k - 2].low in ("us", "a", "c", "hk", "nz") and \
                p.glued:
            return {"us": "USD", "a": "AUD", "c": "CAD", "hk": "HKD",
                    "nz": "NZD"}[toks[k - 2].low], k - 2
        return code, k - 1
    if p.kind == "word" and p.low in _CURRENCY_PREFIX:
        if p.low in ("euro", "euros", "eur") and not toks[k].glued and p.low != "eur":
            return None
        return _CURRENCY_PREFIX[p.low], k - 1
    if p.text == "." and k >= 2 and toks[k - 2].low == "rs":
        return "INR", k - 2
    return None


# --------------------------------------------------------------------------- run parsing

def _cardinal(atoms: list[_Atom]) -> Optional[float]:
    """Value of a cardinal made of number atoms, 'and', 'a' and separators; None if invalid."""
    if not atoms:
        return None
    total = 0.0
    cur = 0.0
    group = 0.0          # the last simple group (for "two dozens")
    prev = ""            # kind of the previous numeric atom
    hundred = False      # "hundred" already applied in the current group
    last_scale = math.inf
    seen = False
    k = 0
    n = len(atoms)
    while k < n:
        a = atoms[k]
        kind = a.kind
        if kind in ("and", "sep"):
            if k == 0 or k == n - 1 or atoms[k - 1].kind in ("and", "sep", "a"):
                return None
            if kind == "sep" and a.word != "-" and a.word != "–":
                return None
            k += 1
            continue
        if kind == "a":
            if k + 1 >= n or atoms[k + 1].kind not in ("H", "S", "D") or prev in (
                    "u", "t", "T", "TU", "d", "a", "z"):
                return None
            if atoms[k + 1].kind == "S" and atoms[k + 1].plural:
                return None
            cur, group, prev, seen = 1.0, 1.0, "a", True
            k += 1
            continue
        if kind == "z":
            if n != 1:
                return None
            return 0.0
        if kind == "d":
            if prev in ("u", "t", "T", "TU", "d", "a"):
                return None
            if prev in ("H", "S") and a.value == 0:
                return None
            if prev == "H" and (a.value >= 100 or a.value != int(a.value)):
                return None
            if prev == "S" and (a.value >= last_scale or a.value != int(a.value)):
                return None
            if prev not in ("H", "S") and cur != 0:
                return None
            if a.word == "power" and n != 1:
                return None
            cur += a.value
            group = a.value
        elif kind == "u":
            if prev in ("u", "t", "TU", "d", "a"):
                return None
            cur += a.value
            group = a.value + (group if prev == "T" else 0)
        elif kind in ("t", "T", "TU"):
            if prev in ("u", "t", "T", "TU", "d", "a"):
                return None
            cur += a.value
            group = a.value
        elif kind == "H":
            if a.plural and prev == "":
                return None
            if hundred or prev in ("H",) or a.plural and k != n - 1:
                return None
            if prev == "S" and k > 0 and atoms[k - 1].kind != "S":
                return None
            if prev == "S":
                return None
            cur = (cur or 1.0) * 100
            group = cur
            hundred = True
        elif kind == "S":
            if a.plural and (k != n - 1 or prev == ""):
                return None
            if a.word == "abbrev" and prev != "d":
                return None
            if prev == "S" and atoms[k - 1].kind == "S":
                if a.value <= last_scale:
                    return None
                total *= a.value
                last_scale = a.value
            else:
                if a.value >= last_scale or prev == "":
                    if prev == "" and a.word != "abbrev":
                        return None
                    if prev != "":
                        return None
                total += (cur or 1.0) * a.value
                cur, group, hundred = 0.0, 0.0, False
                last_scale = a.value
        elif kind == "D":
            if a.plural and (k != n - 1 or prev == ""):
                return None
            if prev in ("S", "D", ""):
                if prev != "":
                    return None
                cur, group = 12.0, 12.0
            else:
                cur = cur - group + group * 12
                group = 0.0
        else:
            return None
        prev = kind
        seen = True
        k += 1
    if not seen or prev == "a":
        return None
    return total + cur


def _split_and(atoms: list[_Atom]) -> tuple[list[_Atom], list[_Atom]]:
    for k in range(len(atoms) - 1, -1, -1):
        if atoms[k].kind == "and":
            return atoms[:k], atoms[k + 1:]
    return [], atoms


def _valid_ord_prefix(prefix: list[_Atom], okind: str) -> bool:
    """Can ``prefix`` + an ordinal of kind ``okind`` form one compound ordinal?"""
    if not prefix or any(a.kind == "and" for a in prefix):
        return False
    if prefix[0].kind not in ("u", "t", "T", "TU", "d"):
        return False
    last = prefix[-1]
    if last.kind in ("H", "S"):
        return _cardinal(prefix) is not None
    if last.kind == "T" and okind == "u":
        return _cardinal(prefix) is not None
    return False


def _fraction(atoms: list[_Atom], k: int) -> Optional[tuple[float, bool]]:
    """Value of ``atoms`` whose first ordinal is at ``k``; (value, is_ordinal)."""
    o = atoms[k]
    rest = atoms[k + 1:]
    # what may follow a fraction: [of] [a] scale, or "a dozen"
    mult = 1.0
    if rest:
        r = [a for a in rest if a.kind not in ("of",)]
        if len(r) == 1 and r[0].kind == "S" and not r[0].plural:
            mult = r[0].value
        elif len(r) == 2 and r[0].kind == "a" and r[1].kind in ("S", "D") and \
                not r[1].plural:
            mult = r[1].value
        else:
            return None
        if any(a.kind == "of" for a in rest) and not (rest[0].kind == "of"):
            return None
        if o.okind not in ("half", "quarter") and not o.plural and k > 0:
            return None
    num = atoms[:k]
    while num and num[-1].kind == "sep":
        num = num[:-1]
    is_frac_word = o.okind in ("half", "quarter") or o.plural
    if not num:
        if o.okind in ("half", "quarter"):
            return (1.0 / o.value) * mult, False
        if o.plural or rest:
            return None
        if o.okind in ("u", "t", "T", "H", "S", "TU"):
            return float(o.value), True
        return None
    if num[0].kind == "neg":
        return None
    denom = float(o.value)
    dstart = k
    # longest compound denominator that leaves a numerator and does not follow "and"
    if o.okind in ("u", "H", "S", "T", "TU") and o.value != 2:
        for s in range(1, k):
            if num[s - 1].kind in ("and", "sep"):
                continue
            if _valid_ord_prefix(num[s:], o.okind):
                d = _ord_as_cardinal(num[s:], o)
                numerator = _cardinal(num[:s]) if not (
                    s == 1 and num[0].kind == "a") else 1.0
                if d is None or numerator is None:
                    continue
                denom = d
                dstart = s
                break
    num = atoms[:dstart] if dstart != k else num
    while num and num[-1].kind == "sep":
        num = num[:-1]
    tail = _split_and(num)[1]
    one = len(tail) == 1 and (tail[0].kind == "a" or (tail[0].kind == "u" and
                                                      tail[0].value == 1))
    if not is_frac_word and not one:
        # singular ordinal after a number: "one hundred twenty fifth" → 125th
        if rest:
            return None
        card = _ord_as_cardinal(atoms[:k], o)
        if card is None:
            return None
        return card, True
    if o.okind in ("u", "t") and o.value <= 2 and dstart == k:
        return None
    head, tail = _split_and(num)
    if head and tail:
        tv = 1.0 if len(tail) == 1 and tail[0].kind == "a" else _cardinal(tail)
        hv = _cardinal(head)
        if tv is None or hv is None:
            return None
        if tv < denom:
            frac = tv / denom
            if rest:
                if head[-1].kind == "S":
                    return hv + frac * mult, False
                return (hv + frac) * mult, False
            if head[-1].kind == "S":
                return hv + frac * head[-1].value, False
            return hv + frac, False
        whole = _cardinal(num)
        if whole is None:
            return None
        return whole / denom * mult, False
    nv = 1.0 if one else _cardinal(num)
    if nv is None:
        return None
    return nv / denom * mult, False


def _ord_as_cardinal(prefix: list[_Atom], o: _Atom) -> Optional[float]:
    """Value of "<prefix> <ordinal>" read as one ordinal number."""
    kind = {"u": "u", "t": "t", "T": "T", "TU": "TU", "H": "H", "S": "S"}.get(o.okind)
    if kind is None:
        return None
    if kind == "u" and o.value >= 10:
        kind = "t"
    fake = _Atom(kind, o.value, o.i, o.j)
    return _cardinal(list(prefix) + [fake])


def _expr(atoms: list[_Atom]) -> Optional[tuple[float, bool]]:
    """Value of a whole atom list, (value, is_ordinal), or None when it is not one number."""
    if not atoms:
        return None
    if atoms[-1].kind in ("and", "sep", "a", "neg", "point", "over", "of"):
        return None
    if atoms[0].kind in ("and", "sep", "point", "over", "of"):
        return None
    sign = 1.0
    if atoms[0].kind == "neg":
        sign = -1.0
        atoms = atoms[1:]
        if not atoms or atoms[0].kind in ("neg", "a", "and", "sep"):
            return None
    if any(a.kind == "neg" for a in atoms):
        return None
    if any(a.kind == "ord_suffix" for a in atoms):
        if len(atoms) == 2 and atoms[0].kind == "d" and atoms[1].kind == "ord_suffix":
            return sign * atoms[0].value, True
        return None
    if any(a.kind == "frac" for a in atoms):
        if len(atoms) == 1:
            return sign * atoms[0].value, False
        if len(atoms) == 2 and atoms[0].kind == "d" and atoms[1].i == atoms[0].j:
            return sign * (atoms[0].value + atoms[1].value), False
        return None
    overs = [k for k, a in enumerate(atoms) if a.kind == "over"]
    if overs:
        if len(overs) != 1:
            return None
        k = overs[0]
        a = _expr(atoms[:k])
        b = _expr(atoms[k + 1:])
        if a is None or b is None or a[1] or b[1] or b[0] == 0:
            return None
        return sign * a[0] / b[0], False
    points = [k for k, a in enumerate(atoms) if a.kind == "point"]
    if points:
        if len(points) != 1:
            return None
        k = points[0]
        ip = _cardinal(atoms[:k])
        digits = ""
        mult = 1.0
        for m, a in enumerate(atoms[k + 1:]):
            if a.kind in ("u", "z", "t", "T"):
                if a.kind == "T" and m + 1 < len(atoms) - k - 1 and \
                        atoms[k + 2 + m].kind == "u":
                    digits += str(int(a.value))[0]
                else:
                    digits += str(int(a.value))
            elif a.kind == "TU":
                digits += str(int(a.value))
            elif a.kind == "sep":
                continue
            elif a.kind == "S" and m == len(atoms) - k - 2:
                mult = a.value
            else:
                return None
        if ip is None or not digits:
            return None
        return sign * (ip + float("0." + digits)) * mult, False
    ords = [k for k, a in enumerate(atoms) if a.kind == "O"]
    if ords:
        r = _fraction(atoms, ords[0])
        if r is None or len(ords) > 1:
            return None
        return sign * r[0], r[1]
    if any(a.kind == "of" for a in atoms):
        return None
    v = _cardinal(atoms)
    if v is None:
        return None
    return sign * v, False


@dataclass
class _Num:
    value: float
    i: int           # first token
    j: int           # one past the last token
    ordinal: bool
    words: bool      # written (at least partly) in words
    scaled: bool     # has a scale word ("2.5 million")
    end: int = -1    # character end, when a power suffix extends the last token


def _runs(atoms: list[Optional[_Atom]]) -> Iterator[list[_Atom]]:
    """Maximal sequences of atoms that may belong to one number expression."""
    run: list[_Atom] = []
    numeric = ("u", "z", "t", "T", "TU", "d", "H", "S", "D", "O", "frac", "ord_suffix")
    for k, a in enumerate(atoms):
        if a is None:
            if run:
                yield run
            run = []
            continue
        if a.kind in numeric:
            if a.kind == "d" and run and run[-1].kind == "d":
                yield run
                run = []
            if a.kind in ("d", "frac") and run and run[-1].kind == "sep" and \
                    len(run) >= 2 and run[-2].kind in ("d", "S"):
                yield run[:-1]
                run = []
            run.append(a)
        else:
            if a.kind in ("neg",) and run:
                yield run
                run = []
            if a.kind == "sep" and (not run or run[-1].kind in ("d",)):
                if run:
                    yield run
                run = []
                continue
            run.append(a)
        if len(run) >= _MAX_RUN:
            yield run
            run = []
    if run:
        yield run


def _merge_hyphens(run: list[_Atom]) -> list[_Atom]:
    """Join "twenty-four" (and "fifty - two") into one TU atom, "thirty-fifths" likewise."""
    out: list[_Atom] = []
    k = 0
    while k < len(run):
        a = run[k]
        if a.kind == "T" and k + 2 < len(run) and run[k + 1].kind == "sep":
            b = run[k + 2]
            if b.kind == "u":
                out.append(_Atom("TU", a.value + b.value, a.i, b.j, word=a.word))
                k += 3
                continue
            if b.kind == "O" and b.okind == "u":
                out.append(_Atom("O", a.value + b.value, a.i, b.j, plural=b.plural,
                                 okind="TU"))
                k += 3
                continue
        if a.kind == "T" and k + 1 < len(run) and run[k + 1].kind == "O" and \
                run[k + 1].okind == "u" and not run[k + 1].plural and \
                run[k + 1].value <= 2:
            b = run[k + 1]   # "twenty first", "twenty second"
            out.append(_Atom("O", a.value + b.value, a.i, b.j, plural=b.plural, okind="TU"))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _parse_run(run: list[_Atom], toks: list[_Tok]) -> Iterator[_Num]:
    run = _merge_hyphens(run)
    n = len(run)
    i = 0
    while i < n:
        found = None
        for j in range(n, i, -1):
            if any(a.kind == "over" for a in run[i:j]):
                after = run[j - 1].j
                if after < len(toks) and toks[after].kind == "word" and \
                        not _word_atom(toks[after].low):
                    continue
            r = _expr(run[i:j])
            if r is not None:
                found = (j, r)
                break
        if found is None:
            i += 1
            continue
        j, (value, ordinal) = found
        # "3 hundred and 2 hundred": the last group belongs to the next number
        if j < n and run[j].kind in ("H", "D") and not ordinal:
            back = j - 1
            while back > i and run[back].kind in ("u", "t", "T", "TU", "d"):
                back -= 1
            if run[back].kind == "and" and back > i:
                r = _expr(run[i:back])
                if r is not None:
                    j, (value, ordinal) = back, r
        part = run[i:j]
        words = any(a.kind not in ("d", "sep") for a in part)
        scaled = any(a.kind in ("S", "H", "D") for a in part)
        end = -1
        yield _Num(value, part[0].i, part[-1].j, ordinal, words, scaled, end)
        i = j


# --------------------------------------------------------------------------- public API

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
    try:
        s = words.strip()
        if not s:
            return None
        qs = list(extract_quantities(s, tolerance=0.0))
        if len(qs) != 1 or qs[0].value is None:
            return None
        q = qs[0]
        if q.start != 0 or q.end != len(s):
            head = s[:q.start].strip().lower()
            tail = s[q.end:].strip()
            if head or tail:
                return None
        return q.value
    except Exception:   # never raise on odd input
        return None


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
    pronoun "one" are skipped. Never raises. Linear in the length of ``text``.

    >>> [(q.text, q.low, q.high, q.counts) for q in extract_quantities("about 100 officers")]
    [('about 100', 90.0, 110.0, 'officer')]
    >>> [(q.text, q.value, q.unit) for q in extract_quantities("a euro110 billion loan")]
    [('euro110 billion', 110000000000.0, 'EUR')]
    """
    try:
        result = _extract(text, float(tolerance or 0.0))
    except Exception:   # a parser bug must not stop the pipeline
        result = []
    for q in result:
        yield _shift(q, offset)


def _shift(q: Quantity, offset: int) -> Quantity:
    return dataclasses.replace(q, start=q.start + offset, end=q.end + offset) if offset else q


# --------------------------------------------------------------------------- extraction

@dataclass
class _Q:
    """A quantity under construction: token span plus the fields of ``Quantity``."""
    i: int
    j: int
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    low_inc: bool = True
    high_inc: bool = True
    approx: bool = False
    unit: Optional[str] = None
    counts: Optional[str] = None
    qualifier: Optional[str] = None
    ordinal: bool = False
    start: int = -1
    end: int = -1
    words: bool = False
    scaled: bool = False
    stated: Optional[tuple] = None   # (low, high, low_inc, high_inc) before an approximation widened it


def _extract(text: str, tolerance: float) -> list[Quantity]:
    if not text or not any(c.isdigit() or c.isalpha() or c in _VULGAR for c in text):
        return []
    toks = _tokenize(text)
    masked = bytearray(len(text))
    for s, e in _masked(text):
        masked[s:e] = b"\x01" * (e - s)
    skip = [False] * len(toks)
    for k, t in enumerate(toks):
        inside = masked[t.start:t.end]
        # a number touched by a mask is skipped; a word or sign only when wholly inside
        skip[k] = (1 in inside) if t.kind in ("num", "frac") else all(inside)
    atoms = _atoms(toks, skip)
    nums: list[_Num] = []
    for run in _runs(atoms):
        nums.extend(_parse_run(run, toks))
    nums = [_ordinal_not_fraction(n, toks) for n in nums]
    nums = [n for n in nums if _keep(n, toks)]
    qs = [_to_q(n, toks) for n in nums]
    qs = _ratios(qs, toks)
    qs = _vague(toks, skip, qs)
    qs = _ranges(qs, toks)
    for q in qs:
        _qualify(q, toks, tolerance)
    qs = _merge_bounds(qs, toks)
    out = []
    for q in qs:
        _units_and_counts(q, toks)
        start = toks[q.i].start if q.start < 0 else q.start
        end = toks[q.j - 1].end if q.end < 0 else q.end
        out.append(Quantity(text=text[start:end], start=start, end=end, value=q.value,
                            low=q.low, high=q.high, low_inclusive=q.low_inc,
                            high_inclusive=q.high_inc, approximate=q.approx, unit=q.unit,
                            counts=q.counts, qualifier=q.qualifier, ordinal=q.ordinal,
                            stated=q.stated if q.approx and tolerance else None))
    out.sort(key=lambda q: (q.start, q.end))
    return out


_NOT_NAMES = _STOP | _QUALIFIER_WORDS | _YEAR_CUES   # capitalized words that are not names


def _keep(n: _Num, toks: list[_Tok]) -> bool:
    """False for numbers that are dates, years, identifiers or the pronoun "one"."""
    first = toks[n.i]
    prev = toks[n.i - 1] if n.i > 0 else None
    nxt = toks[n.j] if n.j < len(toks) else None
    if not n.words and not n.scaled and first.kind == "num":
        # glued to letters: "NX121", "A1" (but "US$5", "euro110" are money)
        if prev is not None and first.glued and prev.kind == "word" and \
                prev.low not in _CURRENCY_PREFIX:
            return False
        if nxt is not None and nxt.glued and nxt.kind == "word" and \
                nxt.low not in _UNIT_TABLE and nxt.text not in _ABBREV and \
                nxt.low not in ("st", "nd", "rd", "th", "s", "bn", "mn", "m", "p") and \
                nxt.text not in ("C", "F"):
            if not nxt.low.endswith(tuple(_UNIT_TABLE)) or len(nxt.low) > 4:
                return False
        v = n.value
        # years
        if re.fullmatch(r"\d{4}", first.text) and 1800 <= v <= 2100:
            if prev is not None and prev.low in _YEAR_CUES | _MONTHS:
                return False
            if nxt is None or nxt.kind == "punct" and nxt.text not in "%$£€" or \
                    nxt.low in _MONTHS or nxt.low in ("and", "to", "when", "as", "was"):
                return False
            if prev is not None and prev.text in ("'", "’") or prev is not None and \
                    prev.kind == "punct" and prev.text in ",(":
                return False
        # days of a month: "May 19", "19 May"
        if v == int(v) and 1 <= v <= 31 and len(first.text) <= 2:
            if prev is not None and prev.low in _MONTHS and not (
                    prev.low == "may" and not prev.text[0].isupper()):
                return False
            if nxt is not None and nxt.text == "," and n.j + 1 < len(toks) and \
                    toks[n.j + 1].low in _MONTHS:
                return False
            if nxt is not None and nxt.low in _MONTHS and not (
                    nxt.low in ("may", "march") and not nxt.text[0].isupper()):
                return False
        # identifiers: "Interstate 75", "Flight 370", "No. 10"
        if prev is not None:
            if prev.low in _IDENT_CUES and prev.text[0].isupper() and prev.low not in ("i",):
                return False
            if prev.text == "." and n.i >= 2 and toks[n.i - 2].text in ("No", "Nos", "no"):
                return False
            if prev.text == "#":
                return False
            # a name with a number: "Formula 1", "Windows 10", "World War 2", "Apollo 11"
            if prev.kind == "word" and any(c.isupper() for c in prev.text) and \
                    prev.low not in _NOT_NAMES and \
                    prev.low not in _MONTHS and re.fullmatch(r"\d{1,3}", first.text) and \
                    (nxt is None or nxt.kind == "punct" and nxt.text not in "%-–" or
                     nxt.low in _STOP):
                return False
            if prev.text == "-" and prev.glued and first.glued and n.i >= 2 and \
                    toks[n.i - 2].kind == "word" and toks[n.i - 2].text[:1].isupper() and \
                    toks[n.i - 2].low not in _UNITS:
                return False
        # a day after an abbreviated month: "Dec. 31"
        if prev is not None and prev.text == "." and n.i >= 2 and toks[n.i - 2].low in _MONTHS and \
                re.fullmatch(r"\d{1,2}", first.text):
            return False
        # addresses by block: "the 12000 block of East 223rd Street"
        if nxt is not None and nxt.low == "block" and n.j + 1 < len(toks) and toks[n.j + 1].low == "of":
            return False
        # street numbers: "54 State St.", "10 Downing Street"
        if re.fullmatch(r"\d{1,5}", first.text) and nxt is not None and nxt.kind == "word" and \
                nxt.text[:1].isupper() and any(t.low in _STREETS for t in toks[n.j + 1:n.j + 4]):
            return False
        # model years: "a 2007 silver Ford" (a year before a word that is no plural noun)
        if re.fullmatch(r"(?:19|20)\d\d", first.text) and prev is not None and \
                prev.low in ("a", "an", "the", "his", "her", "their", "its") and nxt is not None and \
                nxt.kind == "word" and not _plural_like(nxt.text):
            return False
        # numbers to call or dial: "called 911"
        if prev is not None and prev.low in ("call", "called", "calling", "calls", "dial", "dialed",
                                             "dialled", "dialing", "dialling"):
            return False
        # versions: "USB 2.0", "Bluetooth 4.1", "HTML 5.0"
        if prev is not None and prev.kind == "word" and re.fullmatch(r"\d+\.\d", first.text) and \
                (prev.text.isupper() or prev.text[:1].isupper()) and prev.low not in _NOT_NAMES:
            return False
        # dimensions: "1440 x 900"
        if nxt is not None and nxt.low in ("x", "×") and n.j + 1 < len(toks) and toks[n.j + 1].kind == "num":
            return False
        if prev is not None and prev.low in ("x", "×") and n.i >= 2 and toks[n.i - 2].kind == "num":
            return False
        # clock times left unmasked: "10 am" split by the tokenizer
        if nxt is not None and nxt.low in _TIME_WORDS:
            return False
        if nxt is not None and nxt.low in ("a", "p") and n.j + 1 < len(toks) and \
                toks[n.j + 1].text == "." and n.j + 2 < len(toks) and \
                toks[n.j + 2].low == "m":
            return False
    if n.words and first.kind == "word" and prev is not None and prev.text == "-" and \
            first.glued and prev.glued and n.i >= 2 and toks[n.i - 2].kind == "word" and \
            _word_atom(toks[n.i - 2].low) is None:
        return False   # "split-second", "one-off" style compounds
    if n.words and n.j - n.i == 1 and first.low in ("half", "quarter", "quarters") and \
            prev is not None and (prev.low in ("the", "this", "that", "next", "last", "final",
                                               "latter", "former", "opening", "second") or
                                  _word_atom(prev.low) is not None):
        return False   # "the first half", "the third quarter": a period, not a fraction
    if n.words and n.j - n.i == 1 and first.low == "one":
        if prev is not None and prev.low in _ONE_PRONOUN_BEFORE:
            return False
        if nxt is not None and (nxt.low in _ONE_PRONOUN_AFTER or nxt.low in ("'s", "’s")):
            return False
        if nxt is not None and nxt.text in ("'", "’") and n.j + 1 < len(toks) and \
                toks[n.j + 1].low == "s":
            return False
        if nxt is not None and nxt.low in ("you", "he", "she", "they", "we", "i", "it", "do",
                                           "does"):
            return False
    if n.words and n.j - n.i == 1 and first.low in ("second", "seconds") and prev is not None \
            and prev.kind in ("num",):
        return False
    # a street's name: "East 223rd Street", "Fifth Avenue"
    if n.ordinal and nxt is not None and nxt.low in _STREETS:
        return False
    # an edition or a unit's name, not a position: "the 79th Academy Awards", "3rd Battalion"
    if n.ordinal and prev is not None and prev.low in ("the", "its", "his", "her", "their") and \
            nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and nxt.low not in _NOT_NAMES:
        return False
    return True


_STREETS = {"st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "lane", "ln", "drive",
            "dr", "way", "place", "pl", "court", "ct", "square", "sq", "terrace", "parkway", "pkwy"}


def _ordinal_not_fraction(n: _Num, toks: list[_Tok]) -> _Num:
    """"a third officer" is the third one, not 1/3 of an officer ("a third of" stays 1/3)."""
    if n.j - n.i != 2 or n.ordinal or toks[n.i].low not in ("a", "an", "one"):
        return n
    w = _word_atom(toks[n.i + 1].low)
    nxt = toks[n.j] if n.j < len(toks) else None
    if w is None or w[0] != "O" or w[2] or w[3] in ("half", "quarter") or nxt is None or \
            nxt.kind != "word" or nxt.low in _STOP or _word_atom(nxt.low) is not None:
        return n
    return _Num(float(w[1]), n.i + 1, n.j, True, True, False)


def _to_q(n: _Num, toks: list[_Tok]) -> _Q:
    q = _Q(n.i, n.j, n.value, n.value, n.value, ordinal=n.ordinal, words=n.words,
           scaled=n.scaled)
    if n.end >= 0:
        q.end = n.end
    # a negative sign glued to the digits: "-9.2", but not the dash of "90-100"
    prev = toks[n.i - 1] if n.i > 0 else None
    if prev is not None and prev.text in ("-", "−") and toks[n.i].glued and \
            toks[n.i].kind == "num" and (n.i < 2 or not prev.glued or
                                         toks[n.i - 2].kind == "punct" and
                                         toks[n.i - 2].text in "(<>="):
        if n.i < 2 or toks[n.i - 2].kind != "num":
            q.i -= 1
            q.value = -n.value
            q.low = q.high = q.value
    return q


def _words_between(toks: list[_Tok], a: int, b: int) -> list[str]:
    return [t.low for t in toks[a:b]]


def _ratios(qs: list[_Q], toks: list[_Tok]) -> list[_Q]:
    """"one in 10", "3 out of 5" → a ratio (0.1, 0.6)."""
    out: list[_Q] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        if k + 1 < len(qs) and not q.ordinal and not qs[k + 1].ordinal:
            r = qs[k + 1]
            mid = _words_between(toks, q.j, r.i)
            if mid in (["in"], ["out", "of"]) and q.value is not None and r.value and \
                    0 < q.value < r.value and q.value == int(q.value):
                nxt = toks[r.j].low if r.j < len(toks) else ""
                if nxt not in ("years", "year", "days", "months", "weeks", "hours", "minutes",
                               "seconds", "decades"):
                    v = q.value / r.value
                    out.append(_Q(q.i, r.j, v, v, v, unit="ratio", words=True))
                    k += 2
                    continue
        out.append(q)
        k += 1
    return out


def _vague(toks: list[_Tok], skip: list[bool], qs: list[_Q]) -> list[_Q]:
    """"tens of thousands", "hundreds of", "dozens" → an approximate interval."""
    taken = set()
    for q in qs:
        taken.update(range(q.i, q.j))
    extra: list[_Q] = []
    k = 0
    n = len(toks)
    while k < n:
        t = toks[k]
        if k in taken or skip[k] or t.low not in _VAGUE:
            k += 1
            continue
        base = _VAGUE[t.low]
        j = k + 1
        if t.low in ("tens", "hundreds") and j + 1 < n and toks[j].low == "of" and \
                toks[j + 1].low in ("thousands", "millions", "billions"):
            base *= _VAGUE[toks[j + 1].low]
            j += 2
        nxt = toks[j].low if j < n else ""
        prev = toks[k - 1].low if k > 0 else ""
        if t.low in ("tens", "scores") and j == k + 1 and not (
                t.low == "scores" and nxt == "of"):
            k += 1
            continue
        if nxt != "of" and t.low not in ("dozens",) and prev not in ("by", "in", "the"):
            if nxt and toks[j].kind == "word" and nxt not in _STOP:
                pass
            else:
                k += 1
                continue
        if prev in ("the",):
            k += 1
            continue
        low, high = (24.0, 144.0) if t.low == "dozens" and j == k + 1 else (base, base * 10)
        extra.append(_Q(k, j, None, float(low), float(high), True, False, approx=True,
                        words=True, qualifier=None))
        k = j
    for k, t in enumerate(toks):
        if skip[k] or k in taken and t.low not in ("hundred", "thousand", "million"):
            continue
        fold = re.fullmatch(r"(\w+?)-?fold", t.low)
        if t.low in ("twice", "thrice") or fold and fold.group(1) in _UNITS:
            v = 2.0 if t.low == "twice" else 3.0 if t.low == "thrice" else \
                float(_UNITS[fold.group(1)])
            extra.append(_Q(k, k + 1, v, v, v, unit="times", words=True))
        # "a few hundred", "several thousand" → [2×, 10×), approximate
        if t.low in ("few", "several") and k + 1 < n and toks[k + 1].low in (
                "hundred", "thousand", "million", "billion"):
            scale = 100.0 if toks[k + 1].low == "hundred" else _SCALES[toks[k + 1].low]
            i = k - 1 if t.low == "few" and k > 0 and toks[k - 1].low == "a" else k
            extra.append(_Q(i, k + 2, None, 2 * scale, 10 * scale, True, False, approx=True,
                            words=True, qualifier=" ".join(x.text for x in toks[i:k + 1])))
            qs = [q for q in qs if not (q.i <= k + 1 < q.j)]
    if not extra:
        return qs
    return sorted(qs + extra, key=lambda q: q.i)


_RANGE_MID = {("to",), ("-",), ("–",), ("—",), ("~",), ("through",), ("thru",), ("and",),
              ("or",), ("to", "the"), ("and", "the")}


def _ranges(qs: list[_Q], toks: list[_Tok]) -> list[_Q]:
    """"90 to 100", "between 90 and 100", "from 90 to 100", "90-100" → one closed range."""
    out: list[_Q] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        if k + 1 < len(qs) and q.value is not None and qs[k + 1].value is not None and \
                q.unit != "ratio" and qs[k + 1].unit != "ratio":
            r = qs[k + 1]
            mid = tuple(_words_between(toks, q.j, r.i))
            cur = _currency_before(toks, r.i)
            if cur is not None:
                mid = tuple(_words_between(toks, q.j, cur[1]))
            # a unit between the numbers: "5km to 10km", "10% to 20%"
            if len(mid) >= 2 and (mid[0] in _UNIT_TABLE or mid[0] == "%") and \
                    mid[1:] in _RANGE_MID:
                mid = mid[1:]
            qcur = _currency_before(toks, q.i)
            qi = qcur[1] if qcur else q.i
            prev = toks[qi - 1].low if qi > 0 else ""
            pprev = toks[qi - 2].low if qi > 1 else ""
            start = qi
            if prev == "the" and pprev in ("between", "from"):
                prev, start = pprev, qi - 1
            ok = False
            if mid in (("and",), ("and", "the")):
                ok = prev == "between"
            elif mid in (("or",),):
                ok = False
            elif mid in (("-",), ("–",), ("—",), ("~",)):
                ok = True
                if mid == ("-",) and (not q.words) != (not r.words):
                    ok = False
            elif mid in _RANGE_MID:
                ok = True
            if ok and q.ordinal != r.ordinal:
                ok = False
            if ok:
                lo, hi = q.value, r.value
                if r.scaled and not q.scaled and lo is not None and hi is not None and \
                        lo < hi / 100 and not q.words:
                    scale = _scale_of(toks, r)
                    if scale:
                        lo = lo * scale
                if lo is not None and hi is not None and lo > hi:
                    ok = False
            if ok:
                if prev in ("between", "from"):
                    start = start - 1
                elif prev == "the" and pprev in ("between", "from"):
                    start = qi - 2
                rq = _Q(start, r.j, None, lo, hi, words=q.words or r.words,
                        scaled=r.scaled, ordinal=q.ordinal)
                rq.end = r.end
                rq.unit = q.unit if q.unit else r.unit
                out.append(rq)
                k += 2
                continue
        out.append(q)
        k += 1
    return out


def _scale_of(toks: list[_Tok], q: _Q) -> Optional[float]:
    for t in toks[q.i:q.j]:
        if t.low in _SCALES:
            return _SCALES[t.low]
        if t.text in _ABBREV:
            return _ABBREV[t.text]
        if t.low in ("bn", "mn", "mln", "bln", "tn", "m"):
            return _ABBREV.get(t.low, 1e6)
    return None


def _match_before(toks: list[_Tok], i: int) -> Optional[tuple[int, str, str]]:
    """The bound/approximation phrase ending just before token ``i``: (start, kind, words)."""
    for words, kind in _BEFORE_PHRASES:
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
            return i - n, kind, " ".join(t.text for t in seg)
        # symbols written without spaces: ">=", "<="
        if symbols:
            if "".join(t.text for t in seg) == "".join(words) and \
                    all(t.glued for t in seg[1:]):
                return i - n, kind, "".join(t.text for t in seg)
    return None


def _match_after(toks: list[_Tok], j: int) -> Optional[tuple[int, str, str]]:
    for words, kind in _AFTER_PHRASES:
        n = len(words)
        seg = toks[j:j + n]
        if len(seg) == n and tuple(t.low for t in seg) == words:
            if words == ("+",) and not seg[0].glued:
                continue
            if j + n < len(toks) and (toks[j + n].kind == "num" or
                                      _word_atom(toks[j + n].low) is not None) and \
                    words[-1] in ("least", "most", "plus", "odd", "than", "to", "equal"):
                continue
            if j + n + 1 < len(toks) and toks[j + n].low in ("than", "to") and (
                    toks[j + n + 1].kind == "num" or _word_atom(toks[j + n + 1].low)):
                continue
            return j + n, kind, " ".join(t.text for t in seg)
    return None


def _qualify(q: _Q, toks: list[_Tok], tol: float) -> None:
    """Apply bound and approximation words around ``q`` (in place)."""
    if q.unit == "ratio" and q.value is None:
        return
    words: list[str] = []
    start = q.i
    # leading "the" of ordinals and currency signs stay outside the qualifier search
    cur = _currency_before(toks, q.i)
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
        _apply(q, kind, tol)
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


def _apply(q: _Q, kind: str, tol: float) -> None:
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
            q.low = lo - abs(lo) * tol
        if hi is not None:
            q.high = hi + abs(hi) * tol
    elif kind == "~<":
        q.approx = True
        if hi is not None:
            q.low = (lo if lo is not None else hi) - abs(lo if lo is not None else hi) * tol
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


def _merge_bounds(qs: list[_Q], toks: list[_Tok]) -> list[_Q]:
    """"more than 100 and less than 300" → (100, 300)."""
    out: list[_Q] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        if k + 1 < len(qs):
            r = qs[k + 1]
            mid = tuple(_words_between(toks, q.j, r.i))
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
                    m = _Q(q.i, r.j, None, lower.low, upper.high, lower.low_inc,
                           upper.high_inc, words=q.words or r.words)
                    m.qualifier = (q.qualifier or "") + " … " + (r.qualifier or "")
                    m.end = r.end
                    out.append(m)
                    k += 2
                    continue
        out.append(q)
        k += 1
    return out


def _seq_match(toks: list[_Tok], j: int, table: dict) -> Optional[tuple[int, str]]:
    """Longest unit name (up to 3 words, "-" joined or spaced) starting at token ``j``."""
    best = None
    words: list[str] = []
    k = j
    while k < len(toks) and len(words) < 3:
        t = toks[k]
        if t.kind not in ("word",) and t.text not in ("%", "°", "/"):
            break
        if t.text == "°":
            if k + 1 < len(toks) and toks[k + 1].glued and toks[k + 1].low in ("c", "f"):
                best = (k + 2, "°" + toks[k + 1].low)
            break
        if t.text == "/":
            if words and k + 1 < len(toks) and toks[k + 1].glued:
                key = words[-1] + "/" + toks[k + 1].low
                if key in table:
                    best = (k + 2, key)
            break
        words.append(t.low)
        key = " ".join(words)
        if key in table:
            best = (k + 1, key)
        k += 1
        if k < len(toks) and toks[k].text == "-" and toks[k].glued:
            k += 1
    return best


def _units_and_counts(q: _Q, toks: list[_Tok]) -> None:
    """Currency, unit, percent, age and the counted noun around ``q`` (in place)."""
    n = len(toks)
    cur = _currency_before(toks, _first_num_tok(q, toks))
    if cur is not None and q.unit is None:
        q.unit = cur[0]
        if cur[1] < q.i:
            q.i = cur[1]
    j = q.j
    # glued letter unit, spaced unit, "-square-foot", "per cent", "%"
    if j < n and q.unit != "ratio":
        t = toks[j]
        hy = t.text == "-" and t.glued and j + 1 < n and toks[j + 1].glued
        k = j + 1 if hy else j
        if k < n and toks[k].glued and toks[k].text in ("C", "F") and not hy:
            q.unit = "°" + toks[k].text
            q.j = k + 1
            return
        if k < n and toks[k].low in ("year", "years") and k + 2 < n and \
                toks[k + 1].text == "-" and toks[k + 2].low in ("old", "olds"):
            q.unit, q.counts = "year", "age"
            q.j = k + 3
            return
        if k < n and toks[k].low in ("year", "years") and k + 1 < n and \
                toks[k + 1].low == "old":
            q.unit, q.counts = "year", "age"
            q.j = k + 2
            return
        if q.unit is None or q.unit in ("%",):
            m = _seq_match(toks, k, _UNIT_TABLE)
            if m is not None:
                end, key = m
                first = toks[k]
                spaced_ok = first.glued or hy or key not in _GLUED_UNITS or \
                    key in _LETTER_UNITS_SPACED
                if key in ("s", "h", "t", "l", "g", "m", "p") and not first.glued:
                    spaced_ok = False
                if key == "m" and first.glued and q.scaled:
                    spaced_ok = False
                if key == "percentage" and end < n and toks[end].low in ("point", "points"):
                    key, end = "percentage point", end + 1
                if spaced_ok and not q.ordinal:
                    q.unit = _UNIT_TABLE[key][0]
                    q.j = end
            elif toks[k].low in _CURRENCY_WORDS and q.unit is None and not q.ordinal:
                w = toks[k].low
                if w in ("pound", "pounds") and hy:
                    q.unit = "lb"
                elif w != "p" or toks[k].glued:
                    q.unit = _CURRENCY_WORDS[w]
                q.j = k + 1 if q.unit else q.j
                if q.unit == "GBP" and k + 1 < n and toks[k + 1].low == "sterling":
                    q.j = k + 2
            elif toks[k].low in ("times", "fold") or (hy and toks[k].low == "fold"):
                q.unit = "times"
                q.j = k + 1
    # "twice", "thrice"
    if q.j - q.i == 1 and toks[q.i].low in ("twice", "thrice"):
        q.unit = "times"
    if q.unit is None and q.i > 0 and toks[q.i - 1].low == "magnitude":
        q.unit = "magnitude"
    # "pounds" written as a currency after a scale: "93.6 billion pound" — done above.
    # ages: "aged 24", "age 24", "Robert Buckley, 32, died"
    prev = toks[q.i - 1].low if q.i > 0 else ""
    age = q.value if q.value is not None else q.high
    if q.unit is None and age is not None and not q.ordinal and not q.words and \
            0 < age < 130 and age == int(age):
        if prev in ("aged", "age", "ages"):
            q.unit, q.counts = "year", "age"
            return
        if prev == "," and q.i >= 2 and toks[q.i - 2].kind == "word" and \
                toks[q.i - 2].text[:1].isupper() and q.j < n and toks[q.j].text in ",)" and \
                toks[q.i - 2].low not in _MONTHS and toks[q.i - 2].low not in _STOP and \
                not (q.i >= 3 and toks[q.i - 3].low in ("in", "on", "at")):
            q.unit, q.counts = "year", "age"
            return
    if q.unit is None:
        q.counts = _counted(toks, q.j)
        if q.value is not None and 0 < q.value < 1 and q.j < n and toks[q.j].low == "of":
            q.unit = "share"    # "one-fifth of the victims" is a share, not 0.2 victims


def _first_num_tok(q: _Q, toks: list[_Tok]) -> int:
    for k in range(q.i, q.j):
        if toks[k].kind == "num" or _word_atom(toks[k].low):
            return k
    return q.i


def _lemma(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return w[:-2]
    if len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _plural_like(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def _counted(toks: list[_Tok], j: int) -> Optional[str]:
    """The lemma of the noun counted by a number ending at token ``j`` ("officers" → officer)."""
    n = len(toks)
    k = j
    if k < n and toks[k].low == "of" and k + 1 < n and toks[k + 1].kind == "word":
        k += 1   # "tens of thousands of people", "dozens of officers"
        if toks[k].low == "them":
            return None
        if toks[k].low in ("the", "their", "its", "his", "her", "those", "these"):
            k += 1
    run: list[str] = []
    while k < n and len(run) < 4:
        t = toks[k]
        if t.kind != "word":
            if t.text == "-" and t.glued and run:
                k += 1
                continue
            break
        if run and _word_atom(t.low) and toks[k - 1].text == "-":
            return None     # a compound: "pick-six" counts no picks
        if t.low in ("other", "others") and not run:
            return None     # "70 others": the noun is back in the sentence
        if t.low in _STOP or _word_atom(t.low) or t.low in _MONTHS:
            break
        run.append(t.text)
        k += 1
        if k < n and toks[k].text in ("'", "’"):
            break
    if not run:
        return None
    # the last of the first block of plural-looking words: "Met firearms officers laid"
    last_plural = None
    for idx, w in enumerate(run):
        if _plural_like(w):
            last_plural = idx
        elif last_plural is not None:
            break
    if last_plural is not None:
        return _lemma(run[last_plural])
    # a participle inside the phrase modifies what follows: "rocket propelled grenade launcher"
    for k in range(1, len(run) - 1):
        if run[k].lower().endswith("ed") and not run[-1].lower().endswith(("ed", "ing", "ly")) \
                and run[-1].lower() not in _TIME_NOUNS:
            return _lemma(run[-1])
    for w in run:
        lw = w.lower()
        if lw.endswith(("ed", "ing", "ly")) or lw in ("new", "more", "extra", "further"):
            continue
        if w[:1].isupper() and len(run) > 1:
            continue
        return lw
    return None


_TIME_NOUNS = {"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week",
               "month", "year", "earlier", "later", "ago", "overnight"}


# --------------------------------------------------------------------------- comparison

_CONVERTED = {"length", "area", "speed", "weight", "volume", "duration", "temperature"}
_NORM_UNITS = {}
for _name, (_unit, _dim, _factor) in list(_UNIT_TABLE.items()):
    _NORM_UNITS.setdefault(_unit, (_dim, _factor))


def to_base(q: Quantity) -> tuple[Optional[str], Optional[float], Optional[float]]:
    """(dimension, low, high) of ``q`` in a base unit, for comparing two quantities.

    Lengths are in metres, areas in m², speeds in km/h, weights in kg, volumes in litres,
    temperatures in °C, durations in seconds; money stays in its currency
    ("money:EUR"); counts, ages, percentages, ratios and multiples keep their values.
    Constant time.

    >>> to_base(next(extract_quantities("15 miles")))
    ('length', 24140.16, 24140.16)
    """
    unit = q.unit
    lo, hi = q.low, q.high
    if q.ordinal:
        return "ordinal", lo, hi
    if q.counts == "age":
        return "age", lo, hi
    if unit is None:
        return "count", lo, hi
    if unit in ("%",):
        return "percent", lo, hi
    if unit == "ratio":
        return "ratio", lo, hi
    if unit == "times":
        return "multiple", lo, hi
    if unit == "magnitude":
        return "magnitude", lo, hi
    if unit == "USD-cent":
        return "money:USD", _mul(lo, 0.01), _mul(hi, 0.01)
    if unit == "GBP-penny":
        return "money:GBP", _mul(lo, 0.01), _mul(hi, 0.01)
    if unit in _NORM_UNITS:
        dim, factor = _NORM_UNITS[unit]
        if dim == "temperature" and unit == "°F":
            return "temperature", _f2c(lo), _f2c(hi)
        if dim in _CONVERTED:
            return dim, _mul(lo, factor), _mul(hi, factor)
        return dim, lo, hi
    if re.fullmatch(r"[A-Z]{3}", unit):
        return "money:" + unit, lo, hi
    return unit, lo, hi


def _mul(x: Optional[float], f: float) -> Optional[float]:
    return None if x is None else x * f


def _f2c(x: Optional[float]) -> Optional[float]:
    return None if x is None else (x - 32.0) * 5.0 / 9.0
