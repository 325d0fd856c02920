"""What the words around a figure say of it: a span planned ahead, a supposition, who pays, what
was done, "other" ones, a breakdown, a conversion, what a measure measures.

Small tests of one figure in its sentence, or of two figures in two sentences, that the pair
judge (:mod:`.pairs`) and :mod:`.temper` read. Each looks at a bounded window of characters
or at the figures and dates of one sentence.
"""
from __future__ import annotations

import math
import re
from typing import Optional

from ...aliases import Aliases
from ...facts.numbers import to_base
from ...facts.numbers.nounforms import lemma
from ...facts.numbers.lexicon import MADE_VERBS, MONEY_VERBS, OFFER_NOUNS, PERIOD_NOUNS
from ...lexicon import CLAIM_VERBS, ROLE_NOUNS, STOPWORDS, alternation, data
from ...model import Entity, Quantity, TimeFact
from ...settings import Thresholds
from ...text import fold, stem
from ..doc import Doc, around
from ..directions import POINT
from ..events import ONCE_EVENTS, event_of
from ..frames import DURATIONS, frame


def _one_span(x: Quantity, y: Quantity, least: int = Thresholds.span_units) -> bool:
    """One long span of time stated in two units ("a secret for 30 years" / "for three decades"):
    the same length, ``least`` or more of the units of one side (``Thresholds.span_units``), in
    two ways of writing it."""
    bx, by = to_base(x), to_base(y)
    return bx[0] == by[0] == "duration" and bx[1:] == by[1:] and (x.unit, x.counts) != (y.unit, y.counts) and \
        max(x.low or 0, y.low or 0) >= least


# a span of time set ahead, not one counted so far: "expected to run for five days", "with a
# duration of three days", "will last two weeks"
_PLANNED = re.compile(r"(?:\b(?:expected|scheduled|set|due|planned|likely)\s+to\s+(?:run|last|take|continue|sit)|"
                      r"\bwill\s+(?:run|last|take|continue)|\b(?:duration|length)\s+of)\s+(?:for\s+)?(?:about\s+|around\s+)?$",
                      re.I)


def _planned(doc: Doc, i: int, q: Quantity) -> bool:
    """Is ``q`` a span of time set ahead ("expected to run for five days")? Then it is no count of
    an event still going on, which reports dated apart count differently."""
    s = doc.sentences[i]
    return bool(_PLANNED.search(s.text[max(0, q.start - s.start - 40):q.start - s.start]))


# the words right after a span of time that count it from a moment ("two weeks before the
# shooting", "three weeks before he was murdered", "two weeks ago")
_FROM_POINT = re.compile(r"^\s+(?:before|after|earlier|later|prior|ago)\b", re.I)


def _from_point(doc: Doc, i: int, q: Quantity, *, ago: bool = True) -> bool:
    """Is ``q`` a span of time counted from a moment ("married two weeks before he was
    murdered"; with ``ago``, "married two weeks ago" too)? Two such spans are no count of an
    event still going on (one such span against a duration, "in a coma for a week" / "a heart
    attack almost three weeks ago", is two facts). "Ago" counts from the report's own date,
    which moves with it: reports dated apart still excuse it (``ago=False``)."""
    s = doc.sentences[i]
    m = _FROM_POINT.match(s.text[q.end - s.start:q.end - s.start + 12])
    return m is not None and (ago or m.group().strip().lower() != "ago")


def _spans_of_one_deed(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Two spans of time each counted from a moment (:func:`_from_point`) and told of one kind
    of event that befalls a person once in a story (:func:`.events.event_of`, ``ONCE_EVENTS``):
    one deed's time, wherever the two sentences stand ("had married two weeks before the
    shooting" / "married the deputy three weeks before he was murdered"). Not an arrest, a
    shooting or a win, which may be another one ("arrested two years ago for shoplifting" /
    "arrested five years ago after a bar fight")."""
    if x.unit not in DURATIONS or y.unit not in DURATIONS or not (_from_point(doc_a, i, x) and _from_point(doc_b, j, y)):
        return False
    kind = event_of(doc_a, i, x)
    return kind in ONCE_EVENTS and kind == event_of(doc_b, j, y)


def _dated_alike(doc_a: Doc, i: int, doc_b: Doc, j: int) -> bool:
    """Do the two sentences write one calendar day (a day and a month: "October 28"; not a
    weekday, which many sentences of a story share)? Then their figures are most likely about
    one thing."""
    days_a = {(t.day, t.month) for t in doc_a.of(i, TimeFact) if t.day is not None and t.month is not None
              and t.weekday is None}
    return bool(days_a) and any((t.day, t.month) in days_a for t in doc_b.of(j, TimeFact) if t.weekday is None)


_SLOT_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
# words that stand before figures of every kind: "at least", "of the" tie no two figures
_GLUE = frozenset(data("numbers")["context"]["slot_glue_words"])


def _periods(doc: Doc, i: int) -> set:
    return {q.magnitude for q in doc.of(i, Quantity) if (q.counts or "").lower() in PERIOD_NOUNS}


def _periods_apart(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Do the two sentences count their figures over different numbers of games, seasons or
    starts ("in 54 games with the Angels" / "in a combined 157 games")? Not when the figures
    are those numbers themselves."""
    if (x.counts or "").lower() in PERIOD_NOUNS or (y.counts or "").lower() in PERIOD_NOUNS:
        return False
    pa, pb = _periods(doc_a, i), _periods(doc_b, j)
    return bool(pa and pb and not pa & pb)


_AND_BETWEEN = re.compile(r"\s*(?:[A-Za-z\-]+\s+){0,2}and\s+$")
_COMMA_BETWEEN = re.compile(r"\s*(?:[\w\-]+\s+){0,3}[\w\-]+\s*,\s*")


def _adds_up(doc: Doc, i: int, q: Quantity, whole: Quantity) -> bool:
    """Is ``q`` one part of a breakdown in its sentence whose parts add up to ``whole``: "12
    Somali and 11 Yemeni (pirates)" against "23 pirates", "seven AK-47 assault rifles, two
    other rifles" against "nine assault rifles"?"""
    if q.magnitude is None or whole.magnitude is None or q.magnitude >= whole.magnitude or \
            to_base(q)[0] != to_base(whole)[0] or frame(doc, i, q).event:
        return False        # "3 dead and 20 missing" are two tolls, not a breakdown of one
    s = doc.sentences[i]
    for r in doc.of(i, Quantity):
        if r is q or r.magnitude is None or to_base(r)[0] != to_base(q)[0] or frame(doc, i, r).event:
            continue
        sizes = _size(q), _size(r), _size(whole)
        if None in sizes or not math.isclose(sizes[0] + sizes[1], sizes[2]):
            continue        # in one unit: "12 years and 11 months" is not 23 years
        first, second = sorted((q, r), key=lambda f: f.start)
        between = s.text[first.end - s.start:second.start - s.start]
        if _AND_BETWEEN.fullmatch(between) or (_COMMA_BETWEEN.fullmatch(between) and
                                               _OTHER_AFTER.match(s.text, second.end - s.start)):
            return True         # (or a list: "seven AK-47 assault rifles, two other rifles")
    return False


def _currency(q: Quantity) -> bool:
    return (to_base(q)[0] or "").startswith("money")


def _payer(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """Who pays, offers or asks a sum: the name right before a verb of ``money_verbs`` (an
    auxiliary between) that stands before the sum in its clause ("the Nationals have offered
    Mark Teixeira an 8-year, $160 million contract" → "Nationals"), or before "made" when an
    offer follows the sum ("the Nationals made Teixeira an eight-year, $160 million offer")."""
    s = doc.sentences[i]
    lo = q.start - s.start
    left = s.text[max(0, lo - PAYER_REACH):lo]
    verb = None
    after = re.match(r"\s*([A-Za-z]+)", s.text[q.end - s.start:])
    offered = after is not None and after.group(1).lower() in OFFER_NOUNS     # "… a $160 million offer"
    for m in re.finditer(r"[A-Za-z]+", left):
        if m.group().lower() in MONEY_VERBS or (offered and m.group().lower() in MADE_VERBS):
            verb = m
    if verb is None or re.search(r"[;.]", left[verb.end():]):
        return None
    start = s.start + max(0, lo - PAYER_REACH) + verb.start()
    names = [e for e in doc.of(i, Entity) if e.end <= start and e.label != "place"]
    if not names:
        return None
    gap = s.text[names[-1].end - s.start:start - s.start]
    # (an aside between: "The Orioles, according to reports, have offered")
    return names[-1].text if re.fullmatch(r"(?:\s*,[^,;.]{1,40},)?\s+(?:(?:has|have|had|will|would|reportedly|also)\s+)*",
                                          gap) else None


def _names(doc: Doc, i: int, name: str, aliases: Aliases) -> bool:
    """Does sentence ``i`` name ``name`` (or another name of it)? Then both sentences speak of
    one deal between the same parties ("The Yankees signed Teixeira" / "Teixeira signed with
    the Yankees")."""
    return any(aliases.relation(e.text, name) for e in doc.of(i, Entity))


# characters around a figure read for what it is said of: the verb a count of times counts, the
# payer of a sum
ACTION_REACH, PAYER_REACH = 40, 80


def _actions(doc: Doc, i: int, q: Quantity) -> frozenset[str]:
    """The stems of the lower-case content words around a count of times (four before, two
    after; no speech verb): what was done that many times ("shot Flynn twice in the head" →
    shot, head; "stabbed in the chest three times" → stab, chest)."""
    s = doc.sentences[i]
    before = re.findall(r"[A-Za-z]+", s.text[max(0, q.start - s.start - ACTION_REACH):q.start - s.start])
    after = re.findall(r"[A-Za-z]+", s.text[q.end - s.start:q.end - s.start + ACTION_REACH])
    return frozenset(stem(w) for w in before[-4:] + after[:2]
                     if w.islower() and w not in STOPWORDS and w not in CLAIM_VERBS and w not in ("times", "then", "also"))


def _other_ones(doc: Doc, i: int, q: Quantity) -> bool:
    """Does the figure count "other" things, besides some named before ("two other rifles",
    "another four people", "two additional life sentences", "two more bodies")? Not "two others" alone, which names the people themselves
    ("killing two workers and wounding two others")."""
    s = doc.sentences[i]
    lo, hi = q.start - s.start, q.end - s.start
    return bool(_ANOTHER_ONES.search(fold(s.text[:lo])) or _OTHER_AFTER.match(s.text[hi:]))


_OTHER_WORDS = alternation(data("numbers")["context"]["other_words"])
REVISION_REACH = 50      # characters from a revision word to the first figure it tells ("originally had rated the quake as")
_REVISION = re.compile(r"\b(?:" + alternation(data("numbers")["context"]["revision_words"]) + r")\b", re.I)
_ANOTHER_ONES = re.compile(r"\b(?:" + _OTHER_WORDS + r")\s+$", re.I)             # "another four people"
_OTHER_AFTER = re.compile(r"\s*(?:" + _OTHER_WORDS + r")(?!\s+than\b)\s+[a-z]", re.I)   # "two other rifles", not "two more than"


def _same_stated(x: Quantity, y: Quantity) -> bool:
    """The same figure, stated alike: one value or one loose range ("dozens" / "Dozens")."""
    return to_base(x) == to_base(y) and x.low is not None and x.unit == y.unit


def _next_word(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """The stem of the word right after a figure ("fourth quarter" → quarter), or None (none,
    or a word of grammar: "finished third in the 200 metres")."""
    s = doc.sentences[i]
    m = re.match(r"[\s\-]*([A-Za-z]+)", s.text[q.end - s.start:])
    return stem(m.group(1).lower()) if m and m.group(1).lower() not in STOPWORDS else None


def _alone_of_value(doc: Doc, i: int, q: Quantity) -> bool:
    """Is ``q`` the only figure of its value in its sentence ("six" is not, in "six rebounds
    and six blocks")?"""
    return sum(to_base(p) == to_base(q) for p in doc.of(i, Quantity)) == 1


def _parallel(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Do two sentences state the same figures in the same order, two or more, ``x`` and ``y``
    at one place of that order ("two of the gunmen fled, but three men were arrested" / "while
    two of the gunmen got away, officers detained the remaining three")? One statement told
    twice: each figure is the other's, its noun left out on one side or both (two nouns stated
    and different are two things: "5 survivors from 2 buildings" / "5 bodies in 2 buildings")."""
    fa, fb = doc_a.of(i, Quantity), doc_b.of(j, Quantity)
    if len(fa) != len(fb) or len(fa) < 2:
        return False
    if [to_base(p) for p in fa] != [to_base(p) for p in fb]:
        return False
    return next(k for k, p in enumerate(fa) if p is x) == next(k for k, p in enumerate(fb) if p is y)


def _same_slot(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Do two figures of closely aligned sentences stand after the same two words ("now has
    2,301 career points" / "now has 2,302 for his career")? Then one leaves unsaid what the
    other counts: the figure fills one slot of one statement."""
    def before(doc: Doc, k: int, q: Quantity) -> list[str]:
        s = doc.sentences[k]
        return [w.lower() for w in _SLOT_WORDS.findall(s.text[max(0, q.start - s.start - 40):q.start - s.start])][-2:]
    wa, wb = before(doc_a, i, x), before(doc_b, j, y)
    return len(wa) == 2 and wa == wb and not set(wa) <= _GLUE


def _said_alike(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity, least: int = 2,
                width: int = 3) -> bool:
    """``least`` content words in common within ``width`` words of both figures, besides the
    counted nouns: "the year with 404 yards rushing" / "the year with 646 yards rushing"."""
    counted = {stem(x.counts or ""), stem(y.counts or "")}
    return len((around(doc_a, i, x, width) & around(doc_b, j, y, width)) - counted) >= least


# a span of time in one capacity: "spent four seasons as the Sixers Director of Player Personnel",
# "12 years as mayor": the words after "as" (up to SPAN_ROLE_WORDS, within SPAN_ROLE_REACH
# characters of the figure, no mark between them)
SPAN_ROLE_WORDS = 6
SPAN_ROLE_REACH = 80
_AS_WORDS = re.compile(r"^[\s\-]*(?:[A-Za-z\-]+\s+){0,2}as\s+((?:[\w'’\-]+\s+){0,%d}[\w'’\-]+)" % (SPAN_ROLE_WORDS - 1))
_PAST = re.compile(r"[a-z]{2,}ed")      # a verb in the past, written in lower case ("refused"; not "United")


def _span_role(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """The role a span of time was spent in ("four seasons as the club's director of player
    personnel" → "director", "12 years as Dayton's mayor" → "mayor"): a role noun among the
    words after "as", none of them a verb in the past ("12 days as Boeing refused", "three years
    as President Obama pushed": a clause of time, no role). None for any other figure."""
    if to_base(q)[0] != "duration" and (q.counts or "").lower() not in PERIOD_NOUNS:
        return None
    s = doc.sentences[i]
    m = _AS_WORDS.match(s.text[q.end - s.start:q.end - s.start + SPAN_ROLE_REACH])
    if not m:
        return None
    written = m.group(1).split()
    if any(_PAST.fullmatch(w) for w in written):
        return None
    return next((w for w in (re.sub(r"['’]s?$", "", w.lower()) for w in written) if w in ROLE_NOUNS), None)


def _spans_in_roles_apart(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Is one figure a span spent in a role the other sentence does not name (or in another
    role): "four seasons as director of player personnel" / "19 seasons with the 76ers"? Not
    when the other names the role too ("served 12 years as mayor" / "served as mayor for 20
    years")."""
    ra, rb = _span_role(doc_a, i, x), _span_role(doc_b, j, y)
    if ra == rb:
        return False
    return not (ra and ra in _lower_words(doc_b, j)) and not (rb and rb in _lower_words(doc_a, i))


def _lower_words(doc: Doc, i: int) -> frozenset[str]:
    return frozenset(w.lower() for w in _SLOT_WORDS.findall(doc.sentences[i].text))


_IF = re.compile(r"\b(?:if|suppose|supposing|assume|assuming|imagine|would|could)\b[^.;:]*$", re.I)


def hypothetical(doc: Doc, i: int, q: Quantity) -> bool:
    """Is the figure in a supposition ("if an application needs two servers", "assuming $50
    million")? Such figures are examples, not facts of the story."""
    s = doc.sentences[i]
    return bool(_IF.search(fold(s.text[max(0, q.start - s.start - 60):q.start - s.start])))


def revised(doc: Doc, i: int, q: Quantity, other: Quantity) -> bool:
    """Does sentence ``i``, which states ``q``, tell that the figure was changed from ``other``'s
    value ("the 4.2-magnitude earthquake … originally had rated the quake as 4.4")? Then the
    other report gives the first figure, not another one. The first figure must be a figure of
    the sentence of ``q``'s kind (its dimension, its counted noun when both name one) with a
    revision word before it in its clause ("initially said 5 people"), not any number that
    happens to share the value ("Route 3", "a 40-year-old originally from Texas")."""
    if other.value is None:
        return False
    s = doc.sentences[i]
    kind = to_base(q)[0]
    for p in doc.of(i, Quantity):
        if p is q or p.value != other.value or to_base(p)[0] != kind or p.ordinal != q.ordinal:
            continue
        if p.counts and q.counts and stem(lemma(p.counts)) != stem(lemma(q.counts)):
            continue
        if frame(doc, i, p).event != frame(doc, i, q).event:
            continue        # "5 people were killed …, and initially 3 people were taken to hospital"
        before = s.text[max(0, p.start - s.start - REVISION_REACH):p.start - s.start]
        last = list(_REVISION.finditer(before))[-1:]      # the revision word nearest the figure
        if last and not re.search(r"[.;]\s", before[last[0].end():]):
            return True
    return False


def _size(q: Quantity) -> Optional[float]:
    """A figure's size in its base unit ("a week" is 604,800 seconds), to set it against another."""
    _, lo, hi = to_base(q)
    pts = [v for v in (lo, hi) if v is not None]
    return sum(pts) / len(pts) if pts else None


_MEASURED_BEFORE = re.compile(r"\b(depth|height|length|width|altitude|elevation|distance|radius)\s+of\s+"
                              r"(?:about\s+|just\s+|roughly\s+|some\s+|nearly\s+|around\s+)?$", re.I)
_MEASURED_AFTER = re.compile(r"^\s*(deep|high|tall|long|wide|away|from|off|beneath|below|underground|undersea|"
                             r"(?:" + POINT + r")\S*)\b", re.I)
_MEASURE_NAMES = {"deep": "depth", "beneath": "depth", "below": "depth", "underground": "depth", "undersea": "depth",
                  "high": "height", "tall": "height", "altitude": "height", "elevation": "height",
                  "long": "length", "wide": "width", "away": "distance", "from": "distance", "off": "distance",
                  "radius": "distance"}


def measured(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """What a measure says it measures, when its words say so: "a depth of 10 kilometers" →
    depth, "six miles beneath the surface" → depth, "55 kilometers from the town" / "14 miles
    north of Healdsburg" → distance, "2,000 feet high" → height; else None."""
    s = doc.sentences[i]
    before = fold(s.text[max(0, q.start - s.start - 40):q.start - s.start])
    after = fold(s.text[q.end - s.start:q.end - s.start + 30])
    m = _MEASURED_BEFORE.search(before) or _MEASURED_AFTER.match(after)
    if not m:
        return None
    word = m.group(1).lower()
    return _MEASURE_NAMES.get(word, "distance" if word.startswith(("north", "south", "east", "west")) else word)


def _converted(doc: Doc, i: int, q: Quantity) -> bool:
    """Is ``q`` another figure's conversion, in brackets right after it, in the same dimension
    ("15 miles (24km)"; money read as one currency, its sign written otherwise: "$40 million
    (US$28 million)")? Written the same way in the same unit it is a part, not a conversion
    ("$334 million ($281M in cash)"). (Two currencies are two figures: "2 million euros ($2.6
    million)" is compared as it stands.)"""
    s = doc.sentences[i]
    before = s.text[:q.start - s.start].rstrip()
    if not before.endswith("("):
        return False
    return any(p.end <= q.start and not s.text[p.end - s.start:q.start - s.start].strip(" (") and p is not q
               and to_base(p)[0] == to_base(q)[0] and (p.unit != q.unit or _written_unit(p) != _written_unit(q))
               for p in doc.of(i, Quantity))


def _written_unit(q: Quantity) -> str:
    """The unit's sign as the text writes it before the figure ("US$", "$", "A$", "£"), or ""."""
    return re.match(r"\D*", q.text).group().strip().lower()


def _measures(x: Quantity, y: Quantity) -> bool:
    """Two measurements of one dimension, at most one saying what it measures ("fell about
    200m" / "falling 150 meters"; "for more than a week" / "five days of riots"): the unit says
    what is measured, as a counted noun says what is counted."""
    return not (x.counts and y.counts) and to_base(x)[0] not in (None, "count") and to_base(x)[0] == to_base(y)[0]


def _anchored(x: Quantity, y: Quantity) -> bool:
    """Two spans of time counted from one event: "two days after the break-in" / "a few weeks
    after the break-in" (not an event still going on: the event is over). One fact however far
    apart the figures are (in sentences the aligner left apart, two things may still be
    counted from one event: ``number.unaligned`` lowers them)."""
    return x.counts == y.counts and (x.counts or "").startswith(("after ", "before "))
