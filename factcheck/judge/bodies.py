"""One body's name written with other words by two reports: words added ("Westwood Cemetery" /
"Westwood Memorial Cemetery"), another last word ("Summit Entertainment" / "Summit Studios"), or
only the small words changed; and the words that make another body instead ("Indiana (State)
University"). Word lists in ``data/names.toml``. Constant time per pair of names.
"""
from __future__ import annotations

import re
from typing import Optional

from ..lexicon import ORG_WORDS, ROLE_RANKS, TITLES, data
from ..model import Entity
from ..text import fold_key

BODY_QUALIFIERS = frozenset(data("names")["body_qualifiers"])
BODY_HEADS = frozenset(data("names")["body_heads"]) | ORG_WORDS
COMPANY_WORDS = frozenset(data("names")["company_words"])
_SMALL_WORDS = frozenset(data("names")["function"])
MOST_ADDED = 3      # words one report may add inside a body's name and still name that body


def body_reworded(x: Entity, y: Entity) -> Optional[str]:
    """How one body's name is written with other words by the two reports: ``"added"`` (the
    one the other's with one to three words inside it, the first and last words the same:
    "Westwood Cemetery" / "Westwood Memorial Cemetery", "Fundamentalist Church of the Latter Day
    Saints" / "Fundamentalist Church of Jesus Christ of Latter Day Saints"), ``"small words"``
    (only "of", "the" … differ), ``"other head"`` (all words alike but the last, both words of
    a company's line of business, ``company_words``: "Summit Entertainment" / "Summit Studios";
    not "Kraft Foods" / "Kraft Plant", a company and its site, nor "Boston College" / "Boston
    University" or "Clinton Foundation" / "Clinton Library", sibling bodies), ``"another"`` (a word added that makes another body:
    ``body_qualifiers``, "Indiana (State) University"), or None. A body's name: an
    organisation's, or one ending in a word of a body or a building (``body_heads``), every word
    capitalized, never a person's ("Jeb Stuart Magruder" / "Jeb Magruder" is a middle name).

    >>> e = lambda text: Entity(kind="entity", text=text, key=fold_key(text), label="name", start=0, end=0)
    >>> body_reworded(e("Westwood Cemetery"), e("Westwood Memorial Cemetery"))
    'added'
    >>> body_reworded(e("Indiana University"), e("Indiana State University"))
    'another'
    >>> body_reworded(e("Kraft plant"), e("Kraft Foods plant")) is None
    True
    """
    ka, kb = x.key.split(), y.key.split()
    if not ka or not kb or "person" in (x.label, y.label) or not ({x.label, y.label} & {"org", "acronym"} or ka[-1] in BODY_HEADS):
        return None
    if not (_proper(x.text) and _proper(y.text)) or ("and" in ka) != ("and" in kb) or \
            {ka[-1], kb[-1]} & (TITLES | ROLE_RANKS):
        return None     # "Kraft plant" / "Kraft Foods plant", "Twizel and Fairlie police", "U.S. Navy Vice (Adm.)"
    ca, cb = [w for w in ka if w not in _SMALL_WORDS], [w for w in kb if w not in _SMALL_WORDS]
    if ca == cb:
        return "small words" if len(ca) >= 2 and ka != kb else None
    short, long = sorted((ca, cb), key=len)
    if len(ca) == len(cb) >= 2 and ca[:-1] == cb[:-1] and ca[-1] != cb[-1] and {ca[-1], cb[-1]} <= COMPANY_WORDS:
        return "other head"     # "Summit Entertainment" / "Summit Studios"
    if len(short) < 2 or short[0] != long[0] or short[-1] != long[-1] or not 1 <= len(long) - len(short) <= MOST_ADDED:
        return None
    added, k = [], 0
    for w in long:
        if k < len(short) and w == short[k]:
            k += 1
        else:
            added.append(w)
    if k < len(short) or (TITLES | ROLE_RANKS) & set(added):
        return None     # ("Albany County Assistant District (Attorney)": a title cut off a name)
    return "another" if BODY_QUALIFIERS & set(added) else "added"


def _proper(name: str) -> bool:
    """Is every word of a name but "of", "the" … capitalized: a proper name written in full, not
    a company's name before a common noun ("Kraft plant", "Israeli forces")?"""
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in re.findall(r"[^\s\-]+", name))
