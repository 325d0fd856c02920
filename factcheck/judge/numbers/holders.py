"""Whose figure it is: the person named next to an age, the holder of a win-loss record, the
person a sentence opens with, a parent's count of children.

The person next to a figure and the person a sentence opens with are remembered on the
report's :class:`~..doc.Doc`; each look-up reads the names of one sentence.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ...facts.numbers.lexicon import GRANDPARENT_HEADS, KIN_NOUNS, PARENT_HEADS, RECORD_VERBS
from ...lexicon import STOPWORDS, alternation
from ...model import Entity, Quantity, TimeFact
from ...text import fold, fold_key, stem
from ..doc import Doc, around
from .nouns import same_noun
from .spans import _WORD, _names_of, adjacent_name


# the parent word before a count of children: "a mother of 12", "father of two"
_PARENT_OF = re.compile(r"\b(" + alternation(sorted(PARENT_HEADS | GRANDPARENT_HEADS)) + r")\s+of\s+$", re.I)


def parent_of(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """The parent word of a count of children ("a mother of 12": "mother"), or None."""
    if q.counts not in ("child", "grandchild"):
        return None
    s = doc.sentences[i]
    m = _PARENT_OF.search(s.text[:q.start - s.start])
    return m.group(1).lower() if m else None


def _attribute(doc: Doc, i: int, q: Quantity) -> bool:
    """A person's own figure, which no day of the story changes: an age, or a parent's count of
    children ("a mother of 12"). (A count of children is also kept against an earlier event's
    sentence, :mod:`.temper`; an age is not: "30 … in 2001" / "41 … on Thursday".)"""
    return q.counts == "age" or parent_of(doc, i, q) is not None


# an age said of the sentence's subject: "Esther Williams dies at 91", "died … aged 97", "at the age of 95"
_SUBJECT_AGE = re.compile(r"\b(?:at|aged?|age\s+of)\s+$", re.I)


def _person_near(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """The name closest to an age ("24-year-old Chris Kaba", "Anthony LaCalamita, 38,"); for
    an age said of the sentence's subject ("dies at 91", "aged 97"), the one person the
    sentence names. Remembered per fact: the number judge asks for each pair of ages."""
    key = (i, q.start, q.end)
    if key not in doc._holders:
        doc._holders[key] = _find_person_near(doc, i, q)
    return doc._holders[key]


_HOLDER_NAMED = re.compile(r"\s+[a-z][\w'’-]*\s*,\s*")


def _find_person_near(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    s = doc.sentences[i]
    names = _names_of(doc, i, q)
    adjacent = adjacent_name(doc, i, q)
    if adjacent is not None:
        return adjacent.text
    # the holder noun and its name set off by a comma: "a 15-year-old girl, Cheanne McKnight",
    # "his 92-year-old mother, Alice McMeekin"
    after = _HOLDER_NAMED.match(s.text, q.end - s.start)
    if after:
        named = next((e for e in names if e.start - s.start == after.end()), None)
        if named is not None:
            return named.text
    people = {e.key for e in names if e.label == "person" or len(e.text.split()) >= 2}
    if len(people) == 1 and _SUBJECT_AGE.search(s.text[max(0, q.start - s.start - 20):q.start - s.start]):
        return next(e.text for e in names if e.key in people)
    return None


_RECORD_OF = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,2}?record\s+(?:(?:is|was|stands|now|has|had|went|"
                        + "|".join(RECORD_VERBS) + r")\s+)?(?:of|to|at)?\s*$", re.I)


def record_holder(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """The surname (folded) of whom a win-loss record is: the name right next to it
    ("Dario Pelc, 31-4,") or the name whose record it is said to be ("Pelc's record to 32-4")."""
    if q.unit != "record":
        return None
    name = _person_near(doc, i, q)
    if name is None:
        s = doc.sentences[i]
        owners = [e for e in doc.of(i, Entity) if e.end <= q.start and
                  _RECORD_OF.match(s.text[e.end - s.start:q.start - s.start])]
        name = owners[-1].text if owners else None
    return fold_key(name).split()[-1] if name and fold_key(name) else None


def _same_holder(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Two win-loss records of one named holder."""
    ha = record_holder(doc_a, i, x)
    return ha is not None and ha == record_holder(doc_b, j, y)


def _subject(doc: Doc, i: int) -> Optional[str]:
    """The surname (folded) of the person a sentence opens with ("Hansbrough now has …"),
    remembered per report (a pair of running totals asks up to three times)."""
    memo = doc._memo.setdefault("subject", {})
    if i not in memo:
        memo[i] = _find_subject(doc, i)
    return memo[i]


def _find_subject(doc: Doc, i: int) -> Optional[str]:
    s = doc.sentences[i]
    first = next((e for e in doc.of(i, Entity) if e.label in ("person", "name")), None)
    if first is None or s.text[:first.start - s.start].strip(" \"'“‘"):
        return None
    return (fold_key(first.text).split() or [None])[-1]


def _own_kin(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """One person's kin counted in two sentences that open with that person ("Blackmore,
    alleged to have 19 wives" / "Blackmore, who has had 26 wives"): the person's own figure,
    which another day of the story does not change (an earlier event's sentence still holds it
    back: "who had two wives in 1995")."""
    return x.counts == y.counts and x.counts in KIN_NOUNS and _same_subject(doc_a, i, doc_b, j)


def _same_subject(doc_a: Doc, i: int, doc_b: Doc, j: int) -> bool:
    """Do two sentences open with one person ("Hansbrough now has 2,301 career points" /
    "Hansbrough finished with 20 points and now has 2,302 for his career")?"""
    sa = _subject(doc_a, i)
    return sa is not None and sa == _subject(doc_b, j)


def _same_person(doc_a, i, x, doc_b, j, y, aliases) -> bool:
    """Are two ages one person's? The same name next to both ("Chris Kaba, 24" / "24-year-old
    Chris Kaba"); or, with no name, the same word for the person after both ("a 12-year-old
    girl" / "a 19-year-old girl"), or two words for one doer (``nouns.toml`` [[same]]: "the
    24-year-old gunman" / "the 42-year-old shooter"), and two more words in common around them
    ("sexual assault")."""
    pa, pb = _person_near(doc_a, i, x), _person_near(doc_b, j, y)
    if pa and pb:
        return aliases is None or aliases.relation(pa, pb) == "same" or _first_and_last(doc_a, doc_b, pa, pb)
    ha, hb = _holder(doc_a, i, x), _holder(doc_b, j, y)
    return bool(ha and hb and (ha == hb or same_noun(ha, hb)) and not (pa or pb) and
                len((around(doc_a, i, x) & around(doc_b, j, y)) - {ha, hb}) >= 2)


def left_alone(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Are two ages the ones left over when two sentences list the same number of ages (two or
    more) and all the others agree ("61-year-old Kathryn Gomes and 48-year-old Robin Mendes" /
    "two women -- 68 and 48-years-old": the 61 and the 68 are one woman's)? Linear in the
    sentences' figures."""
    def ages(doc: Doc, k: int) -> Counter:
        return Counter(q.magnitude or 0 for q in doc.of(k, Quantity) if q.counts == "age")
    if _person_near(doc_a, i, x) and _person_near(doc_b, j, y):
        return False        # two named people's ages: their names say whose they are ("Kafoury, 63" / "Steinberg, 48")
    la, lb = ages(doc_a, i), ages(doc_b, j)
    if la.total() < 2 or la.total() != lb.total():
        return False
    return list((la - lb).elements()) == [x.magnitude or 0] and list((lb - la).elements()) == [y.magnitude or 0]


def _years_told(doc_a: Doc, i: int, doc_b: Doc, j: int) -> Optional[int]:
    """The fewest years between the years two sentences state, when they state only different
    years ("in 2006" / "in 2005"); None when either states none or they share one."""
    ya = {t.year for t in doc_a.of(i, TimeFact) if t.year is not None}
    yb = {t.year for t in doc_b.of(j, TimeFact) if t.year is not None}
    if not ya or not yb or ya & yb:
        return None
    return min(abs(p - q) for p in ya for q in yb)


def _first_and_last(doc_a: Doc, doc_b: Doc, pa: str, pb: str) -> bool:
    """A first name and a surname of one person a report names in full ("Tara, 46" / "the
    33-year-old Reid", with "Tara Reid" in either report), and of no other person there."""
    ka, kb = fold_key(pa), fold_key(pb)
    if " " in ka or " " in kb or ka == kb:
        return False
    fulls = doc_a.full_names | doc_b.full_names
    for first, last in ((ka, kb), (kb, ka)):
        bearers = [f for f in fulls if f[-1] == last]       # no other person of that surname
        if len(bearers) == 1 and bearers[0][0] == first:
            return True
    return False


def _named_ages(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Two ages, each with a person named next to it."""
    return x.counts == "age" and bool(_person_near(doc_a, i, x)) and bool(_person_near(doc_b, j, y))


# the word for a person before an age that follows it: "a woman in her 60s", "the girl, who
# turned 15", "a man aged 40"
_HOLDER_BEFORE = re.compile(r"\b([a-z]+)(?:,?\s+who\s+(?:turned|turns|was|is))?\s+(?:aged\s+)?$")
# an age set off after its holder: "her son, 4,", "The girl, aged 15,", "A woman, in her 60s,"
_HOLDER_SET_OFF = re.compile(r"\b([a-z]+),\s+(aged\s+)?$")


def _holder(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """The word for the person an age is of: right after it ("a 15-year-old boy" → "boy"), or
    right before an age that follows its holder ("a woman in her 60s", "the girl, who turned
    15", "a man aged 40", "her son, 4," → "woman", "girl", "man", "son")."""
    s = doc.sentences[i]
    left = fold(s.text[:q.start - s.start])
    # (a comma before an age stands for an apposition only when the age is no "N-year-old" word
    # before its holder: "her son, 4,", "The girl, aged 15," — not "After the crash, 12-year-old twins")
    set_off = _HOLDER_SET_OFF.search(left)
    if set_off and not (set_off.group(2) or q.text.isdigit() or q.text.startswith("in ")):
        set_off = None
    before = set_off or _HOLDER_BEFORE.search(left)
    if before and before.group(1) not in STOPWORDS and q.counts == "age" and \
            (q.text.startswith("in ") or before.group(0).strip() != before.group(1)):
        return stem(before.group(1))
    m = _WORD.match(s.text, q.end - s.start + 1) if s.text[q.end - s.start:q.end - s.start + 1] == " " else None
    return stem(fold(m.group()).lower()) if m and m.group().isalpha() and m.group().islower() else None
