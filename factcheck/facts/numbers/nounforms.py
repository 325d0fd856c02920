"""The forms of a counted noun: its lemma ("officers" → officer, "crewmen" → crewman), whether a
word looks plural, capitals a number completes into a model's name ("AK-47"), capitals that
are no pronoun ("3 US soldiers"). Constant time per word; read by the number parser's modules
(:mod:`.context`, :mod:`.filters`, :mod:`.ellipsis`, :mod:`.phrases`) and by the judges that
compare counted nouns.
"""
from __future__ import annotations

from ...lexicon import COMPOUND_PLURAL_TAILS, IRREGULAR_PLURALS
from .tokens import Tok


def lemma(word: str) -> str:
    w = word.lower()
    if len(w) > 3 and w.endswith(("'s", "’s")) and word[:-2].isupper():
        return w[:-2]               # an abbreviation's plural: "47 KO's", "RBI's"
    if _acronym_plural(word):
        return w[:-1]               # and without the apostrophe: "121 RBIs", "3 TDs"
    if w in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[w]
    if tail := _compound_plural(w):
        return w[:-len(tail)] + IRREGULAR_PLURALS[tail]     # "schoolchildren", "townspeople"
    if len(w) > 4 and w.endswith("men"):
        return w[:-3] + "man"       # "crewmen", "policemen", "gunmen"
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return w[:-2]
    if len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def capitals_before_noun(toks: list[Tok], k: int) -> bool:
    """"US" and "IT" in capitals before a noun in lower case are no pronouns: "3 US soldiers"."""
    return len(toks[k].text) > 1 and toks[k].text.isupper() and k + 1 < len(toks) and toks[k + 1].kind == "word" \
        and toks[k + 1].text.islower()


def model_code(word: str, least: int = 2) -> bool:
    """Capitals a number completes into a model's name: "AK" of "AK-47", "AK 47" (one letter
    only with a hyphen: "F-16")."""
    return word.isupper() and word.isalpha() and least <= len(word) <= 3


def _acronym_plural(word: str) -> bool:
    """An abbreviation in capitals with a plural "s" ("RBIs", "TDs"; not "GPS")."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper()


def _compound_plural(w: str) -> str:
    """The irregular plural (words.toml compound_plurals) a compound ends in: "schoolchildren" →
    "children", "townspeople" → "people"; "" when none."""
    return next((tail for tail in _LONG_IRREGULAR if w.endswith(tail) and len(w) > len(tail)), "")


_LONG_IRREGULAR = tuple(sorted(COMPOUND_PLURAL_TAILS, key=len, reverse=True))


def plural_like(word: str) -> bool:
    w = word.lower()
    if w in IRREGULAR_PLURALS or (len(w) > 4 and w.endswith("men")) or _compound_plural(w):
        return True
    if len(w) > 3 and w.endswith(("'s", "’s")) and word[:-2].isupper():
        return True                 # "KO's", "RBI's"
    if _acronym_plural(word):
        return True                 # "RBIs", "TDs"
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
