"""Small text helpers shared by the stages: folding for matching, words, stems.

The text itself is never changed (offsets must stay true); these return folded copies
of the same length where a stage needs to match characters by position.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nltk.stem.snowball import SnowballStemmer

from .lexicon import PRONOUNS, STOPWORDS  # noqa: F401 (shared with the stages through this module)
from .lexicon import alternation as lexicon_alternation

# One character in, one character out, so folded offsets equal original offsets.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\ufeff": " ",
})


FOLD_REMEMBERED = 2000      # characters: texts up to this long (sentences) are folded once and remembered


def fold(text: str) -> str:
    """Curly quotes, dashes and odd spaces → ASCII, keeping the length. A sentence is
    remembered (the judges fold the same sentences many times); a whole article is not kept.

    >>> fold("\u201cHe\u2019s here\u201d \u2013 now")
    '"He\\'s here" - now'
    """
    return _fold_sentence(text) if len(text) <= FOLD_REMEMBERED else text.translate(_FOLD)


@lru_cache(maxsize=65536)
def _fold_sentence(text: str) -> str:
    return text.translate(_FOLD)


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """A matching key: folded, accents stripped, lower case, single spaces, no edge punctuation.
    Remembered: the judges ask for the same names' keys many times."""
    text = unicodedata.normalize("NFKD", fold(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['\u2019]s\b", "", text.lower())
    return " ".join(re.findall(r"[a-z0-9]+", text))


WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?|\d+(?:[.,]\d+)*")


# a web or mail address: its digits are no figures (facts/numbers/tokens.py), and a name written
# together inside it is no spelling of the name (judge/entities.py: "BettiePage.com")
URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:com|org|net|gov|edu|info|biz|tv|co\.uk)\S*")

# Sports scores and results: "6-3", "2-0" (a range is written low to high; "2-1/2" is a mixed
# fraction, not a score). The number parser
# masks them; the judge reads them to tell which game a sentence is about.
SCORE_RE = re.compile(r"(?<![\w.,\-–/])(\d{1,3})[-–](\d{1,3})(?![\w\-–/]|[.,]\d)")

_stemmer = SnowballStemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem of a lower-cased word. ``stem("officers") == "offic"``."""
    return _stemmer.stem(word.lower())


def words(text: str) -> list[str]:
    """The words and numbers of ``text``, folded, in order."""
    return WORD_RE.findall(fold(text))


def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text`` (stopwords dropped), in order.

    >>> content_stems("The officers were charged with murder")
    ['offic', 'charg', 'murder']
    """
    out = []
    for w in words(text):
        lw = w.lower()
        if lw in STOPWORDS or (len(lw) < 2 and not lw.isdigit()):
            continue
        out.append(stem(lw) if not lw[0].isdigit() else lw.replace(",", ""))
    return out


_HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def title_cased(headline: str) -> bool:
    """Is a headline written in title case, its words of four letters or more capitalized but
    the words of grammar and at most one other ("Esther Williams Dead At 91", "Teixeira Signs
    With Yankees for $180 million", "Markets Tumble amid Fears")? One written as a sentence, two
    or more such words in lower case ("Lindsay Lohan checks into rehab at Betty Ford Center"),
    is read as a sentence: its capitals mark names. A headline of short words only counts as
    title case.

    >>> title_cased("Esther Williams Dead At 91"), title_cased("Angels general manager Tony Reagins confirmed it")
    (True, False)
    """
    lower = [w for w in _HEADLINE_WORD.findall(headline)[1:] if len(w) >= 4 and w.lower() not in STOPWORDS
             and not w[0].isupper()]
    return len(lower) <= 1


NEAR_CHARS = 1024      # how far from a fact its neighbouring words are looked for (a news sentence is shorter)


def stems_before(text: str, width: int, keep=lambda w: True) -> list[str]:
    """The last ``width`` content stems of ``text`` that ``keep`` accepts: the same as
    ``[w for w in content_stems(text) if keep(w)][-width:]``, reading only as far back as
    needed and never more than ``NEAR_CHARS``, so that a fact in a sentence of thousands of
    words costs what its neighbourhood costs, not the sentence (a file of digits and dashes
    stays linear).

    >>> stems_before("The officers were charged with murder", 2)
    ['charg', 'murder']
    """
    size = 256
    while True:
        start = max(0, len(text) - size)
        found = [w for w in content_stems(text[start:]) if keep(w)]
        if start == 0 or len(found) > width or size >= NEAR_CHARS:   # the first word may be cut:
            return found[-width:] if width else []                      # never among the last width
        size *= 4


def stems_after(text: str, width: int, keep=lambda w: True) -> list[str]:
    """The first ``width`` content stems of ``text`` that ``keep`` accepts, reading only as
    far as needed (see :func:`stems_before`).

    >>> stems_after("The officers were charged with murder", 2)
    ['offic', 'charg']
    """
    size = 256
    while True:
        found = [w for w in content_stems(text[:size]) if keep(w)]
        if size >= len(text) or len(found) > width or size >= NEAR_CHARS:
            return found[:width]        # the last word may be cut: never among the first width
        size *= 4


def quote_words(text: str) -> list[str]:
    """Lower-case words of a quotation, punctuation and quote style folded away.

    >>> quote_words("They mustn\u2019t fear ending up in the dock,")
    ['they', "mustn't", 'fear', 'ending', 'up', 'in', 'the', 'dock']
    """
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", fold(text).lower())


def alternation(words) -> str:
    """Words as one regex alternation, escaped, longest first (so "vice president" is tried
    before "president").

    >>> alternation(["chief", "chief executive", "aide"]).split("|")[1:]
    ['chief', 'aide']
    """
    return lexicon_alternation(sorted(words, key=lambda w: len(re.escape(w)), reverse=True))
