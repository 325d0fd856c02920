"""What a fact is about: the event word nearest to it and the names of its sentence.

Two reports word one event differently ("Bettie Page passed away yesterday" / "Bettie Page
died Thursday"); the words around the two dates then share nothing, and the sentences are
too unlike to align. A fact's *event* is the kind of event (``data/events.toml``) named by
the event word nearest to it in its clause; its *participants* are the names of its
sentence. Two facts of one event kind with a name in common are most likely one fact, and
the judges take that as evidence wherever the sentences lie in the two reports.

Like textacy's keyword-in-context helpers: a small, pure function over a sentence's words.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..lexicon import MONTHS, NEWS_ABBREVIATIONS, STOPWORDS, alternation, data
from ..model import CONTENT_ROLES, Entity, Fact, TimeFact
from ..text import fold, stem
from .doc import Doc
from .times import alike

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_CLAUSE_END = re.compile(r"[;:!?]|,\s+(?:and|but|while|after|before|as|when)\b")
# a stop before a space or the end, with the word it ends; or a decimal point ("measuring 6.4"),
# which ends the clause as it always has (a figure between a time and an event word most often
# belongs to another event: "At 9:32 p.m., it was followed by a 2.0-magnitude quake")
_STOP = re.compile(r"([\w.’']*)\.(?=\s|$|\d)")


def _ends_clause(text: str) -> bool:
    """Does ``text`` hold a clause's end: a mark of :data:`_CLAUSE_END`, or a stop that ends no
    abbreviation ("Gov.", "Inc.", "Nov.", ``data/words.toml``) nor dotted letters ("a.m.", "U.S.")?"""
    if _CLAUSE_END.search(text):
        return True
    return any(not _abbreviation(m.group(1)) for m in _STOP.finditer(text))


_DOTTED = re.compile(r"(?:[a-z]\.)*[a-z]")       # "a.m", "u.s", "j": letters with stops between


def _abbreviation(word: str) -> bool:
    low = word.lower()
    return low in NEWS_ABBREVIATIONS or _DOTTED.fullmatch(low) is not None


def _phrases() -> dict[tuple[str, ...], str]:
    table = {}
    for group in data("events")["event"]:
        for phrase in group["words"]:
            table[tuple(stem(w) for w in phrase.split())] = group["name"]
    return table


EVENTS: dict[tuple[str, ...], str] = _phrases()
# kinds of event that befall one person once in a story (data/events.toml ``once``)
ONCE_EVENTS = frozenset(group["name"] for group in data("events")["event"] if group.get("once"))
_LONGEST = max(len(k) for k in EVENTS)


def events_in(text: str) -> list[tuple[int, str]]:
    """The event words of ``text`` as (character offset, event kind), in order.

    >>> events_in("Bettie Page passed away yesterday after lingering in a coma")
    [(12, 'die'), (55, 'hospitalize')]
    """
    found, tokens = [], [(m.start(), stem(m.group().lower())) for m in _WORD.finditer(fold(text))]
    k = 0
    while k < len(tokens):
        for n in range(min(_LONGEST, len(tokens) - k), 0, -1):
            kind = EVENTS.get(tuple(t for _, t in tokens[k:k + n]))
            if kind:
                found.append((tokens[k][0], kind))
                k += n
                break
        else:
            k += 1
    return found


def event_of(doc: Doc, index: int, fact: Fact, reach: int = 60) -> Optional[str]:
    """The kind of event named nearest to ``fact`` within its clause and ``reach`` characters,
    or None. "died Thursday at age 85" → "die"."""
    s = doc.sentences[index]
    start, end = fact.start - s.start, fact.end - s.start
    best = None
    for offset, kind in _events_of(doc, index):
        gap = start - offset if offset < start else offset - end
        if gap < 0 or gap > reach:
            continue
        between = s.text[offset:start] if offset < start else s.text[end:offset]
        if _ends_clause(between):
            continue
        if best is None or gap < best[0]:
            best = (gap, kind)
    return best[1] if best else None


# words before an event word that make it one of several of its kind (data/events.toml
# ``sequence_words``), after a determiner or as "another", one word at most between and no
# mark: "The first quake", "the latest powerful tremor", "another strong quake"; not "she later
# died", nor "after the first blast, police arrested"
_SEQUENCE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|my|your|this|that)\s+|\b(?=another\b))("
                       + alternation(data("events")["sequence_words"]) + r")\s+(?:[\w.'’]+(?:\s+|-))?$", re.I)
_VERB_FORM = re.compile(r"[A-Za-z]+ed\b")     # "appointed", "arrested": an event word as a verb
_IRREGULAR_PAST = frozenset(data("claims")["irregular_past"])   # "shot", "struck": verbs too
_SUBJECT_GAP = re.compile(r"[A-Za-z][A-Za-z'\-]*\s+")          # a noun right before its verb: "bombing killed"


def one_of_several(doc: Doc, index: int, fact: Fact) -> Optional[str]:
    """The word that makes the event ``fact`` is told of one of several of its kind,
    lower-cased ("The first quake, magnitude 7.6, struck at 4:43 a.m." → "first"; "The first
    bombing killed 12 people at 9:15 a.m." → "first"), or None. The event is the event word
    nearest before the fact, back over a run of words of its kind ("quake, magnitude") and over
    the noun right before a verb of another kind ("bombing killed"); a verb form is no event of
    several ("the first woman appointed", "the first person shot"). Two times of the first
    quake and of the day's quake date two events."""
    s = doc.sentences[index]
    before = [(offset, kind) for offset, kind in _events_of(doc, index) if offset < fact.start - s.start]
    k = len(before) - 1
    while k >= 0:
        while k and before[k - 1][1] == before[k][1] and before[k][0] - before[k - 1][0] < 20:
            k -= 1          # the first of a run of its kind: "The first quake, magnitude 7.6, struck" → "quake"
        word = _WORD.match(s.text, before[k][0])
        if not (_VERB_FORM.match(s.text, before[k][0]) or (word and word.group().lower() in _IRREGULAR_PAST)):
            m = _SEQUENCE.search(s.text[:before[k][0]])
            return m.group(1).lower() if m else None
        # a verb: its subject may be the event noun right before it ("The first bombing killed")
        if not k or not _SUBJECT_GAP.fullmatch(s.text[before[k - 1][0]:before[k][0]]):
            return None
        k -= 1
    return None


def participants(doc: Doc, index: int, without: Optional[Fact] = None) -> frozenset[str]:
    """The name words of a sentence's names, lower-cased: "Bettie Page" → {bettie, page};
    ``without``: only names outside that fact's span (a claim's names, its source left out)."""
    return frozenset(w.lower() for e in doc.of(index, Entity)
                     if without is None or e.end <= without.start or e.start >= without.end
                     for w in _WORD.findall(e.text) if len(w) > 2 and w.lower() not in STOPWORDS)


def event_evidence(doc_a: Doc, i: int, x: Fact, doc_b: Doc, j: int, y: Fact) -> float:
    """How much the two facts' events say they are one fact: 0.45 for one kind of event with a
    name in common, 0.2 for one kind of event alone, else 0."""
    ea, eb = event_of(doc_a, i, x), event_of(doc_b, j, y)
    if ea is None or ea != eb:
        return 0.0
    return 0.45 if participants(doc_a, i) & participants(doc_b, j) else 0.2


def sole_event(doc: Doc, index: int, fact: Fact, same: Callable[[Fact, Fact], bool], lead: int) -> Optional[str]:
    """The kind of event ``fact`` is tied to, when it is the only such fact its report ties to
    that kind of event (every other fact of its type there is ``same`` as it): "He died … on
    Monday morning", the report's one day of the death. None otherwise. A story's one event
    dated once in each report is dated twice over, wherever the two sentences stand."""
    memo = doc._memo.setdefault(("sole event", same, lead), {})
    if (index, fact.start) not in memo:
        kind = event_of(doc, index, fact)
        if kind is not None and kind not in lead_events(doc, lead):
            kind = None     # an earlier event the story recalls ("In January, the South Sudanese voted …")
        if kind is not None and any(other is not fact and not same(fact, other)
                                    for _, other in _tied(doc, type(fact)).get(kind, ())):
            kind = None
        memo[(index, fact.start)] = kind
    return memo[(index, fact.start)]


# a sentence about another, earlier event: a year, "weeks after", "the worst since"
_BACKGROUND = re.compile(r"\b(?:in|since|of|during)\s+(?:(?:" + alternation(MONTHS) + r")\s+)?(?:19|20)\d\d\b"
                         r"|\b(?:weeks?|months?|years?|days?)\s+(?:after|before|"
                         r"earlier)\b|\b(?:earlier|previous|last)\s+(?:year|month|shooting|attack|quake|earthquake|disaster|"
                         r"incident|season)\b|\bworst\s+(?:since|in)\b|\bin\s+history\b", re.I)


def background(doc: Doc, i: int) -> bool:
    """Is a sentence about another, earlier event ("the world's worst disaster in December
    2003, in which more than 31,000 people were killed"; "weeks after a driver … shot eight
    people"; "last month's Patch Tuesday")? A year or an earlier time named in it says so."""
    memo = doc._memo.setdefault("background", {})
    if i not in memo:
        memo[i] = bool(_BACKGROUND.search(fold(doc.sentences[i].text)))
    return memo[i]


def lead_events(doc: Doc, lead: int) -> frozenset[str]:
    """The kinds of event a report's first ``lead`` content sentences (the headline and the
    lead, ``Thresholds.lead_sentences``) name: what the story is about."""
    memo = doc._memo.get(("lead events", lead))
    if memo is None:
        content = [k for k, s in enumerate(doc.sentences) if s.role in CONTENT_ROLES][:lead]
        memo = doc._memo[("lead events", lead)] = frozenset(kind for k in content for _, kind in _events_of(doc, k))
    return memo


def one_event(doc_a: Doc, i: int, x: Fact, doc_b: Doc, j: int, y: Fact, lead: int) -> bool:
    """Do two sentences, the facts ``x`` and ``y`` (their sources) left out, report the story's
    event on one day with a name in common: a kind of event both reports' leads name
    (:func:`lead_events`), named outside the two spans, a time of each that may be one
    (:func:`times.alike`), and a name word of each sentence's other names in the other ("Felt died
    Thursday in Santa Rosa …, said family friend John O'Connor" / "… Felt died of heart failure
    Thursday at his home in Santa Rosa, his grandson Rob Jones said"). A tribute ("the death of
    Vance is a loss …") dates nothing and makes no such claim."""
    if background(doc_a, i) or background(doc_b, j):
        return False
    story = lead_events(doc_a, lead) & lead_events(doc_b, lead)
    kinds = [{kind for offset, kind in _events_of(doc, k) if kind in story
              and not f.start <= doc.sentences[k].start + offset < f.end}
             for doc, k, f in ((doc_a, i, x), (doc_b, j, y))]
    return bool(kinds[0] & kinds[1]) and bool(participants(doc_a, i, x) & participants(doc_b, j, y)) and \
        any(alike(p, q) for p in doc_a.of(i, TimeFact) for q in doc_b.of(j, TimeFact))


def _tied(doc: Doc, fact_type: type) -> dict[str, list]:
    """Event kind → the (sentence, fact) pairs of ``fact_type`` tied to it, remembered per report."""
    memo = doc._memo.setdefault("tied", {})
    if fact_type not in memo:
        table: dict[str, list] = {}
        for k in range(len(doc.sentences)):
            for f in doc.of(k, fact_type):
                kind = event_of(doc, k, f)
                if kind is not None:
                    table.setdefault(kind, []).append((k, f))
        memo[fact_type] = table
    return memo[fact_type]


def _events_of(doc: Doc, index: int) -> list[tuple[int, str]]:
    cache = doc._events
    if index not in cache:
        cache[index] = events_in(doc.sentences[index].text)
    return cache[index]
