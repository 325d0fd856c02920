"""What a report says is not there: nobody hurt, a cause unknown, terms not disclosed.

News states these in a few stock forms ("No one was injured", "The cause of the break is as
yet unknown", "Financial terms were not disclosed"; the words in ``data/absences.toml``).
Two reports that state one of them agree, wherever the sentences stand ("No one was hurt,"
he said / "nobody was injured"); a report that gives what the other says is missing differs
from it: casualties against "no one was hurt" ("at least 12 people had been killed" / "There
were no immediate reports of any casualties"), a price against "they said nothing about
pricing", the victims' names against "the identities of the victims have not been released".
Reports written hours apart often say both, so these are ``differs``, never ``conflict``;
agreements at ``Thresholds.absence_agree_confidence``.

What is missing has a class: a death or an injury ("no one was killed" is not "no one was
injured"); a cause or a reason; a sum, a name, a reason or a date. Two statements agree when
their classes are one (or one says none); a death contradicts "no one was hurt", an injury
does not contradict "no one was killed". Casualties stated in a sentence about an earlier
event (a year named: :func:`.events.background`) contradict nothing; a sum must stand in a
sentence about the same kind of deal ("offer", "pricing": ``deal_nouns``), the names beside a
word for the people named ("victims"). Casualties and sums are held below the default level
(``Thresholds.absence_held_confidence``: casualties are often another place's or another
blast's, a sum a reported estimate the other says is unconfirmed); the victims named against
"not released" stand (``Thresholds.absence_confidence``). Cost: a few regular expressions per
sentence, then O(s_a · s_b) over the few sentences that state an absence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..facts.entities import person_like
from ..facts.numbers import to_base
from ..lexicon import DETERMINERS, alternation, data
from ..model import Attribution, Entity, Finding, Quantity, Verdict
from ..settings import Thresholds
from ..text import content_stems, fold, stem
from .doc import Doc, span_side
from .events import background
from .claims import NEGATORS
from .rules import Out

_data = data("absences")
_H, _U, _D = _data["harm"], _data["unknown"], _data["undisclosed"]
_HARM_CLASS = {w: c for c in ("death", "injury", "either") for w in _H[c]}
_HARM = alternation(sorted(_HARM_CLASS, key=len, reverse=True))
_NOBODY = re.compile(r"\b(?:" + alternation(_H["nobody"]) + r")\s+(?:(?:" + alternation(_H["nobody_fillers"]) +
                     r")\s+){0,6}(?P<w>" + _HARM + r")\b", re.I)
_NO_HARM = re.compile(r"\bno\s+(?:(?:" + alternation(_H["no_fillers"]) + r")\s+){0,4}(?P<w>" + alternation(_H["no_nouns"]) +
                      r")\b(?!\s+(?:" + alternation(_H["not_harm_after"]) + r"))", re.I)
_ELSE = re.compile(r"\b(?:else|" + alternation(_H["degree"]) + r")\b", re.I)
_UNHARMED = re.compile(r"\b(?P<w>" + alternation(_H["unharmed"]) + r")\b", re.I)

_NOT_A_CAUSE = re.compile(r"\s+(?:" + alternation(_U["not_a_cause"]) + r")\b", re.I)
_UNKNOWN = alternation(sorted(_U["unknown"], key=len, reverse=True))
_WHAT = r"(?P<w>" + alternation(_U["what_words"]) + r")"
_UNKNOWN_FORMS = tuple(re.compile(p, re.I) for p in (
    r"\b(?P<w>" + alternation(_U["cause"] + _U["reason"]) + r")\b[^.;:!?]{0,60}?\b(?:" + _UNKNOWN + r")\b",
    r"\b(?:" + _UNKNOWN + r")\s+(?:yet\s+)?" + _WHAT + r"\b",
    r"\b(?:" + alternation(_U["not_knowing"]) + r")\s+(?:exactly\s+)?" + _WHAT + r"\b",
    r"\bfor\s+(?:an?\s+)?unknown\s+(?P<w>reasons?)\b",
    r"\bno\s+word\s+(?:yet\s+)?on\s+(?:an?\s+|the\s+)?(?:official\s+)?(?P<w>cause|reason)\b",
))

_TOLD_CLASS = {w: c for c in ("money", "identity", "reason", "date", "cause") for w in _D[c]}
_TOLD = alternation(sorted(_TOLD_CLASS, key=len, reverse=True))
_VERBS = alternation(_D["verbs"])
_UNDISCLOSED_FORMS = tuple(re.compile(p, re.I) for p in (
    (r"\b(?P<w>" + _TOLD + r")\b[^.;:!?]{0,50}?\b(?:not|n't|never|yet\s+to\s+be)\s+(?:yet\s+|immediately\s+)?(?:been\s+)?"
               r"(?:" + _VERBS + r")\b"),
    (r"\b(?:" + alternation(_D["refusing"]) + r")\s+(?:yet\s+)?(?:" + alternation(_D["telling"]) + r")\b"
               r"(?:\s+[\w'’.-]+){0,4}?\s+(?P<w>" + _TOLD + r")\b"),
    (r"\bno\s+(?:[a-z]+\s+){0,2}(?P<w>" + _TOLD + r"|details)\b[^.;:!?]{0,40}?\b(?:were|was|have\s+been|"
               r"has\s+been|had\s+been|is|are)\s+(?:" + _VERBS + r")\b"),
    (r"\b(?:" + alternation(_D["said_nothing"]) + r")\s+(?:[a-z]+\s+and\s+)?(?P<w>" + _TOLD + r")\b"),
    (r"\b(?:" + alternation(_D["undisclosed"]) + r")\s+(?P<w>" + alternation(_D["undisclosed_things"]) + r")\b"),
))
_VICTIMS = re.compile(r"\b(?:" + alternation(_D["people"]) + r")\b", re.I)
_CAUSE_AFTER_WHAT = re.compile(r"\s*(?:\w+\s+){0,3}(?:" + alternation(_U["cause_after_what"]) + r")\b")


@dataclass(frozen=True)
class Absence:
    """One statement that something is not there: its frame ("harm", "unknown",
    "undisclosed"), the class of what is missing ("" when it does not say), whether it speaks
    for all (``whole``: "no one was hurt", not "the driver was unhurt"), and where it stands
    (offsets in the report's text)."""

    frame: str
    what: str
    whole: bool
    start: int
    end: int


def absences(doc: Doc, i: int) -> list[Absence]:
    """The absences sentence ``i`` states (remembered per report)."""
    memo = doc._memo.setdefault("absences", {})
    if i not in memo:
        memo[i] = _read(doc, i) if doc.sentences[i].role.is_content else []
    return memo[i]


def _read(doc: Doc, i: int) -> list[Absence]:
    s = doc.sentences[i]
    text = fold(s.text)         # (the same length as the sentence: offsets stay true; matched case-insensitively)
    out = []
    for pattern, whole in ((_NOBODY, True), (_NO_HARM, True), (_UNHARMED, False)):
        for m in pattern.finditer(text):
            # ("no one else was injured" speaks for the others, after someone was; "no one was
            # seriously injured" for the grave harm only)
            out.append(Absence("harm", _HARM_CLASS.get(m.group("w").lower(), "injury"), whole and not _ELSE.search(m.group()),
                               s.start + m.start(), s.start + m.end()))
    for pattern in _UNKNOWN_FORMS:
        for m in pattern.finditer(text):
            if m.group("w").lower() == "how" and _NOT_A_CAUSE.match(text, m.end()):
                continue        # "unclear how many millions were spent": a figure unknown, not a cause
            out.append(Absence("unknown", _unknown_class(m.group("w").lower(), text[m.end():m.end() + 40].lower()), True,
                               s.start + m.start(), s.start + m.end()))
    for pattern in _UNDISCLOSED_FORMS:
        for m in pattern.finditer(text):
            out.append(Absence("undisclosed", _TOLD_CLASS.get(m.group("w").lower(), ""), True, s.start + m.start(), s.start + m.end()))
    return _distinct(out)


def _unknown_class(word: str, after: str) -> str:
    if word in _U["cause"] or _CAUSE_AFTER_WHAT.match(after):
        return "cause"
    return "reason" if word in _U["reason"] else ""


def _distinct(found: list[Absence]) -> list[Absence]:
    """One absence per place and frame: the longest of those that overlap."""
    out: list[Absence] = []
    for a in sorted(found, key=lambda a: (a.start, -(a.end - a.start))):
        if not any(o.frame == a.frame and o.start < a.end and a.start < o.end for o in out):
            out.append(a)
    return out


def _alike(doc_a: Doc, i: int, x: Absence, doc_b: Doc, j: int, y: Absence) -> bool:
    """Do two absences say one thing: one frame, both for all (not "the driver was unhurt" /
    "a passenger escaped uninjured": two people), one class; an absence that does not say
    what ("unclear whether …", "no details") only in sentences with a content word in common
    ("did not know whether Ms. Palin's connection … was relevant to the fire" / "We don't
    know if the fire is the result of radicals": ``ABSENCE_SHARED`` words, not words of news
    such as "police" or "Monday")."""
    if x.frame != y.frame or not (x.whole and y.whole):
        return False
    if x.frame == "harm":
        return x.what == y.what or "either" in (x.what, y.what)
    if x.what and y.what:
        return x.what == y.what
    return len(_content_words(doc_a, i) & _content_words(doc_b, j)) >= ABSENCE_SHARED


def _content_words(doc: Doc, i: int) -> set[str]:
    """The stems of a sentence's content words but for words of the stock forms and of news."""
    return set(content_stems(doc.sentences[i].text)) - _NOT_CONTENT


def absence_findings(doc_a: Doc, doc_b: Doc, *, t: Thresholds, out: Out) -> None:
    """The two reports' absences, agreeing with each other or contradicted by what the other
    report states (see the module's doc)."""
    found_a = [(i, x) for i in range(len(doc_a.sentences)) for x in absences(doc_a, i)]
    found_b = [(j, y) for j in range(len(doc_b.sentences)) for y in absences(doc_b, j)]
    used = set()
    for i, x in found_a:
        partner = next(((j, y) for j, y in found_b if (j, y.start) not in used and _alike(doc_a, i, x, doc_b, j, y)), None)
        if partner is not None:
            j, y = partner
            used.add((j, y.start))
            a, b = span_side(doc_a, i, x.start, x.end), span_side(doc_b, j, y.start, y.end)
            out.find(Finding("negation", Verdict.AGREE, a, b,
                             f"{doc_a.id}: “{a.text}”; {doc_b.id}: “{b.text}” — both say {_SAYS[x.frame]}",
                             t.absence_agree_confidence))
    for doc, found, other in ((doc_a, found_a, doc_b), (doc_b, found_b, doc_a)):
        for i, x in found:
            given = _given(doc, i, x, other, t)
            if given is None:
                continue
            k, start, end, what = given
            here, there = span_side(doc, i, x.start, x.end), span_side(other, k, start, end)
            sides = (here, there) if doc is doc_a else (there, here)
            # (casualties may be another place's or another blast's, a sum a reported estimate: held
            # below the default level; the victims named against names not released stand)
            confidence = t.absence_confidence if x.what in ("identity", "cause") else t.absence_held_confidence
            out.find(Finding("negation", Verdict.DIFFERS, *sides,
                             f"{doc.id}: “{here.text}”; {other.id}: “{there.text}” — {doc.id} says {_SAYS[x.frame]}, "
                             f"{other.id} gives {what}", confidence))


_SAYS = {"harm": "no one was hurt", "unknown": "it is not known", "undisclosed": "it was not disclosed"}


def _given(doc: Doc, i: int, x: Absence, other: Doc, t: Thresholds) -> Optional[tuple[int, int, int, str]]:
    """Where the other report gives what absence ``x`` says is missing: (sentence, start, end,
    what it gives), or None."""
    if x.what == "cause":       # not known, or not told
        return _cause_given(doc, i, x, other)
    if not x.whole or x.frame == "unknown":
        return None
    deals = _deal_nouns(doc.sentences[i].text) if x.what == "money" else set()
    said = {stem(m.group().lower()) for m in _VICTIMS.finditer(fold(doc.sentences[i].text))}     # "victims", "driver"
    for k, s in enumerate(other.sentences):
        if not s.role.is_content or background(other, k) or any(a.frame == x.frame for a in absences(other, k)):
            continue
        if x.frame == "harm":
            for q in other.of(k, Quantity):
                if _casualties(other, k, q, x.what):
                    return k, q.start, q.end, "casualties"
        elif x.what == "money" and deals & _deal_nouns(s.text):
            for q in other.of(k, Quantity):
                if (to_base(q)[0] or "").startswith("money:"):
                    return k, q.start, q.end, "a sum"
        elif x.what == "identity":
            name = _named(said, other, k, t.absence_name_reach)
            if name is not None:
                return k, name.start, name.end, "a name"
    return None


_SUBJECTS = {w: subject for subject, words in _U["cause_subjects"].items() for w in words}
_SUBJECT = re.compile(r"\b(" + alternation(sorted(_SUBJECTS, key=len, reverse=True)) + r")\b", re.I)
_CAUSE_OF = re.compile(r"\bcause\s+of\s+(?:(?:" + alternation(DETERMINERS) + r")\s+)?(\w+)", re.I)
_STATED = {subject: re.compile(r"\b(?:" + alternation(sorted(words, key=len, reverse=True)) + r")\b", re.I)
           for subject, words in _U["stated_causes"].items()}
_HEDGE = re.compile(r"\b(?:" + alternation(sorted(_U["cause_hedges"], key=len, reverse=True)) + r")\b", re.I)


def _cause_given(doc: Doc, i: int, x: Absence, other: Doc) -> Optional[tuple[int, int, int, str]]:
    """Where the other report states, as a fact, the cause a report says is not known ("The
    cause of the fire has not been determined" / "the fire was intentionally set"): the cause
    of a fire or of a death (``data/absences.toml`` ``cause_subjects``, read after "cause of"
    or in the sentence), stated in words of ``stated_causes`` with no guess before them in
    their clause ("may have been intentionally set": ``cause_hedges``), in a sentence that
    names the subject too and is not about an earlier event. None when the absence does not
    say whose cause it is."""
    subject = _cause_subject(fold(doc.sentences[i].text))
    if subject is None:
        return None
    for k, s in enumerate(other.sentences):
        if not s.role.is_content or background(other, k) or any(a.what == "cause" for a in absences(other, k)):
            continue
        text = fold(s.text)
        if _cause_subject(text) != subject:
            continue
        for m in _STATED[subject].finditer(text):
            if not _HEDGE.search(re.split(r"[,;:]", text[:m.start()])[-1]):
                return k, s.start + m.start(), s.start + m.end(), "a cause"
    return None


def _cause_subject(text: str) -> Optional[str]:
    """What a sentence's cause is the cause of: the word after "cause of", or the first word of
    a subject in the sentence ("fire", "died"); None when neither names one."""
    after = _CAUSE_OF.search(text)
    if after and after.group(1).lower() in _SUBJECTS:
        return _SUBJECTS[after.group(1).lower()]
    m = _SUBJECT.search(text)
    return _SUBJECTS[m.group(1).lower()] if m else None


def _named(said: set[str], other: Doc, k: int, reach: int) -> Optional[Entity]:
    """The person sentence ``k`` of the other report names as one of the people an absence says
    are not identified, in a sentence with the same word for them (``said``, stemmed: "victims", "driver"):
    a full name within ``reach`` characters (``Thresholds.absence_name_reach``) of that word or after "identified as", not a
    source of the sentence ("Police Chief Bob Jones said the driver …"), nor the one who names
    them ("identified by Sheriff Tom Brown as …")."""
    s = other.sentences[k]
    text = fold(s.text)
    spots = [s.start + m.start() for m in _VICTIMS.finditer(text) if stem(m.group().lower()) in said]
    if not spots:
        return None
    # ("The victims have been identified as Gomes' mother, Katherine, 61, and … Robyn Mendes, 48")
    named_from = next((s.start + m.end() for m in _IDENTIFIED.finditer(text)), None)
    sources = other.of(k, Attribution)
    for e in other.of(k, Entity):
        if not person_like(e) or len(e.text.split()) < 2 or any(a.start <= e.start and e.end <= a.end for a in sources):
            continue
        near = any(abs(e.start - at) <= reach for at in spots) or (named_from is not None and e.start >= named_from)
        if near and not _SAID_AFTER.match(text, e.end - s.start) and not _BY_BEFORE.search(text[:e.start - s.start]):
            return e
    return None


_IDENTIFIED = re.compile(r"\bidentified\s+(?:[\w.]+\s+){0,6}?as\b", re.I)
# the one who names them: "identified by Sheriff Tom Brown as …"
_BY_BEFORE = re.compile(r"\bby\s+(?:[A-Za-z.]+\s+){0,3}$")
_SAID_AFTER = re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:said|says|told)\b", re.I)


_HARM_NEAR = re.compile(r"\b(?P<w>" + _HARM + r")\b")
_DENIED = re.compile(r"\b(?:" + alternation(sorted(NEGATORS | {"without"})) + r")\b")
# the harm each absence denies: "no one was hurt" is denied by a death too, "no one was killed" by no injury
_DENIES = {"death": {"death"}, "injury": {"death", "injury"}, "either": {"death", "injury"}}


def _casualties(doc: Doc, k: int, q: Quantity, what: str) -> bool:
    """Is ``q`` a count of people killed or hurt, of the class an absence of ``what`` denies
    ("12 people had been killed", "killing at least 12", "20 wounded")?"""
    if q.ordinal or (q.low is None or q.low < 1) or to_base(q)[0] not in (None, "count"):
        return False
    s = doc.sentences[k]
    text = fold(s.text)         # (the sentence's length: the figure's offsets index it)
    lo, hi = q.start - s.start, q.end - s.start
    before, after = text[max(0, lo - 25):lo].lower(), text[hi:hi + 35].lower()
    if _DENIED.search(before):
        return False        # "no one killed", "not 12 dead"
    words = [m.group("w") for m in _HARM_NEAR.finditer(before + " " + after)]
    classes = {_HARM_CLASS[w] for w in words}
    return bool(classes & _DENIES[what])


def _deal_nouns(text: str) -> set[str]:
    """The stems of the words a sum may be the price of, in a sentence ("offer", "pricing")."""
    return {stem(w) for w in re.findall(r"[a-z]+", fold(text).lower()) if w in _DEALS}


_DEALS = frozenset(_D["deal_nouns"])
_GENERIC = frozenset(_data["generic"]["words"])
ABSENCE_SHARED = 2      # content words two absences that do not say what is missing must share
# words of the stock forms themselves, which say nothing of what two absences are about
_FRAME_WORDS = frozenset(w for group in (_D["verbs"], _D["telling"], _TOLD_CLASS, _U["cause"], _U["reason"],
                                         _U["unknown"], _U["not_knowing"], _U["what_words"]) for w in group) | \
    {"said", "says", "known", "know", "sure", "declined", "refused"}
_NOT_CONTENT = frozenset(content_stems(" ".join(_FRAME_WORDS | _GENERIC)))
