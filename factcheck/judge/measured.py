"""What a measure with a unit is a measure of, read from the words around it: "more than 75
percent of traffic" → traffic, "16GB of RAM" → ram, "a $2.5 million necklace" → necklace,
"a diamond necklace worth £1.2m" → necklace.

A percentage, a sum or a size counts no noun, so the number judge could not tell "90% of the
traffic" from "90% of the cables": two such figures were compared only when their sentences
were paired. :func:`measured_thing` gives them the thing they measure, so two measures of one
thing are one fact wherever the reports state them (:func:`same_measured`), and measures of two
things ("16GB of RAM" / "a 256GB SSD") are two facts. Linear in the words next to the figure;
remembered per report.
"""
from __future__ import annotations

import re
from typing import Optional

from ..facts.numbers import to_base
from ..facts.numbers.nounforms import lemma, plural_like
from ..facts.numbers.lexicon import (APART_ONLY_DIMENSIONS, GUN_KINDS, LEAD_UNITS, MEASURED_DIMENSIONS, NOT_LEAD_AFTER,
                                      NOT_MEASURED_THINGS, STANDS_AT)
from ..lexicon import DETERMINERS, STOPWORDS, alternation
from ..model import Quantity, Role, TimeFact
from ..text import fold, stem
from .doc import Doc
from .dates import weekday_told
from .events import background, event_of, events_in
from .times import telling

# "of traffic", "of all the data traffic", "of the world's computers": the last word before a
# word of grammar ("of the traffic between Europe and Asia" → traffic)
_OF = re.compile(r"^\s+of\s+((?:[a-z][a-z\-]*(?:'s)?\s*){1,4})")
# "a $2.5 million necklace", "a 256GB SSD": the noun right after the figure (not a verb or a preposition)
_NEXT = re.compile(r"^[\s\-]+([A-Za-z][A-Za-z\-]+)\b")
# "a necklace worth £1.2m", "jewellery worth $2 million", "jewels valued at"
_WORTH = re.compile(r"\b([a-z][a-z\-]+)\s+(?:worth|valued\s+at|priced\s+at|costing)\s+$")     # ("about" is the figure's own)
# "turnout reached 93.87 percent", "turnout was almost 90%": the noun right before the verb
_STANDS = re.compile(r"(?:\b([a-z][a-z\-]+)\s+)?\b([a-z][a-z\-]+)\s+(?:" + alternation(STANDS_AT) + r")\s+$")

# "of all the data traffic": words before the thing
_DETERMINERS = DETERMINERS | {"all"}


def _dimension(q: Quantity) -> Optional[str]:
    """The dimension of a share, a size or a sum (``numbers.toml`` measured_dimensions, money),
    whose thing the words next to it name; None for others."""
    dim = to_base(q)[0]
    return dim if dim in MEASURED_DIMENSIONS or (dim or "").startswith("money:") else None


def measured_thing(doc: Doc, i: int, q: Quantity) -> Optional[tuple[str, ...]]:
    """The stems of the words naming what a percentage, a sum or a size measures, when the words next to it
    say so; None for a figure that counts a noun, or when they do not."""
    if q.counts or _dimension(q) is None:
        return None
    memo = doc._memo.setdefault("measured", {})
    key = (i, q.start, q.end)
    if key not in memo:
        memo[key] = _read(doc.sentences[i].text, q.start - doc.sentences[i].start, q.end - doc.sentences[i].start)
    return memo[key]


def _read(text: str, start: int, end: int) -> Optional[tuple[str, ...]]:
    after = fold(text[end:end + 60])
    m = _OF.match(after.lower())
    if m:
        words = m.group(1).split()
        while words and words[0] in _DETERMINERS:
            words.pop(0)
        run = []
        for w in words:
            if w in STOPWORDS:
                break
            run.append(w)
            if plural_like(w) and w.endswith("s"):
                break           # "of voters backed the measure": a plural noun ends the thing ("data traffic" goes on)
        return _nouns(run) if run else None
    m = _NEXT.match(after)
    if m and (m.group(1).islower() or (m.group(1).isupper() and len(m.group(1)) >= 3)):   # "necklace", "SSD"
        word = m.group(1).lower()
        if _thing_word(word):
            return _nouns([word])
    before = fold(text[max(0, start - 50):start]).lower()
    m = _WORTH.search(before)
    if m and m.group(1) not in STOPWORDS:
        return _nouns([m.group(1)])
    m = _STANDS.search(before)
    if m and _thing_word(m.group(2)):
        # "the jobless rate was 9%" → (jobless, rate), not "rate" alone: the inflation rate is another
        return _nouns([m.group(1), m.group(2)] if m.group(1) and _thing_word(m.group(1)) else [m.group(2)])
    return None


def _nouns(words: list[str]) -> Optional[tuple[str, ...]]:
    """The stems of a run of words naming a thing, its head (the last) last; None when the
    head is a word of grammar or no thing."""
    stems = tuple(stem(lemma(w.strip("'-").removesuffix("'s"))) for w in words if w.strip("'-"))
    if not stems or words[-1] in STOPWORDS or words[-1] in NOT_MEASURED_THINGS:
        return None
    return stems


def _thing_word(word: str) -> bool:
    """Can a word before "was", "reached" … name the thing a figure measures (not "it", not an
    adverb: "turnout officially reached", not a word of "$5 million each")?"""
    return word not in STOPWORDS and not word.endswith(("ly", "ed")) and word not in NOT_MEASURED_THINGS


def stood_alike(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Are two shares or sums what one noun stands at, written right before a verb and the
    figure ("turnout reached 93.87 percent" / "the turnout was almost 90%")? The figure is
    then that thing's own, as a counted noun would say; the word before the noun, where both
    have one, must be the same too ("the jobless rate was 9%" / "the inflation rate was 3%")."""
    if _dimension(x) is None or _dimension(x) != _dimension(y) or x.counts or y.counts or \
            background(doc_a, i) or background(doc_b, j):
        return False        # (not "In the 2004 election, turnout was 85 percent")
    ma, mb = _stood(doc_a, i, x), _stood(doc_b, j, y)
    if not ma or not mb or not _thing_word(ma.group(2)) or stem(ma.group(2)) != stem(mb.group(2)):
        return False
    if any(_OWNED.search(m.string[:m.start(2)]) for m in (ma, mb)):
        return False        # one owner's ("Ohio's jobless rate", "the iPhone's price"): another's on the other side
    before = [m.group(1) for m in (ma, mb) if m.group(1) and m.group(1) not in STOPWORDS]
    return len(before) < 2 or before[0] == before[1]


_OWNED = re.compile(r"(?:'s|s')\s+(?:[a-z\-]+\s+)?$")      # (folded text: curly quotes are straight)


def _stood(doc: Doc, i: int, q: Quantity):
    """The "NOUN was / reached" match right before a figure (``_STANDS``, on the folded 50
    characters before it), remembered per figure: each pair of figures asks."""
    memo = doc._memo.setdefault("stood", {})
    if (i, q.start) not in memo:
        s = doc.sentences[i]
        memo[(i, q.start)] = _STANDS.search(fold(s.text[max(0, q.start - s.start - 50):q.start - s.start]).lower())
    return memo[(i, q.start)]


def one_thing_measured(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Do two measures name their thing in the same words ("75 percent of traffic" / "90% of
    the traffic")? What pairs them across sentences the aligner left apart."""
    return bool(same_measured(doc_a, i, x, doc_b, j, y)) and measured_thing(doc_a, i, x) == measured_thing(doc_b, j, y)


def same_measured(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> Optional[bool]:
    """True: two measures of one dimension of one thing ("more than 75 percent of traffic" /
    "close to 90 percent of all the data traffic"); False: of two things ("16GB of RAM" /
    "a 256GB SSD"); None when either does not say what it measures."""
    dim = _dimension(x)
    if dim is None or dim != _dimension(y):
        return None
    tx, ty = measured_thing(doc_a, i, x), measured_thing(doc_b, j, y)
    if tx is None or ty is None:
        return None
    if tx[-1] == ty[-1]:
        # the 4GB of RAM of one model, the 8GB of another: one thing of many products
        return None if dim in APART_ONLY_DIMENSIONS else True
    return None if set(tx) & set(ty) else False     # "India's voice traffic capability" / "traffic": unsure


def another_event(doc_a: Doc, i: int, x: Quantity, doc_b: Doc, j: int, y: Quantity) -> bool:
    """Two magnitudes of different values, one of them not the value its report first gives
    (outside background): an aftershock or an earlier quake ("a 3.8 aftershock" / "the 6.1
    quake"). False when a report gives no magnitude outside background."""
    if x.unit not in LEAD_UNITS or y.unit != x.unit or x.value == y.value:
        return False
    lead_a, lead_b = _lead(doc_a, x.unit), _lead(doc_b, y.unit)
    if lead_a is None or lead_b is None:
        return False        # a report with no quake of its own (all background): nothing to tell apart
    return not (lead_a[2] == x.value and lead_b[2] == y.value)


def _story_figures(doc: Doc, unit: str) -> list[tuple[int, Quantity]]:
    """(sentence, figure) of each measure of ``unit`` that may be the story's, in order: in a
    content sentence not about an earlier event, not another shock's (:func:`_other_shock`), not
    a record's (:func:`_record`); remembered per report."""
    memo = doc._memo.setdefault("story figures", {})
    if unit not in memo:
        memo[unit] = [(k, f) for k in range(len(doc.sentences)) if doc.sentences[k].role.is_content
                      and not background(doc, k) for f in doc.of(k, Quantity)
                      if f.unit == unit and not _other_shock(doc, k, f) and not _record(doc, k, f)]
    return memo[unit]


def _lead(doc: Doc, unit: str) -> Optional[tuple[int, int, Optional[float]]]:
    """(sentence, start, value) of the first of :func:`_story_figures`, or None."""
    figures = _story_figures(doc, unit)
    return (figures[0][0], figures[0][1].start, figures[0][1].value) if figures else None


def lead_measure(doc: Doc, i: int, q: Quantity) -> bool:
    """Is ``q`` the first measure of its unit the report gives (``LEAD_UNITS``), outside a
    sentence about an earlier event? "The 6.1-magnitude quake struck Qeshm island" is the
    story's quake; "A 6.4-magnitude quake hit … in February" further down is another."""
    lead = _lead(doc, q.unit) if q.unit in LEAD_UNITS else None
    return lead is not None and lead[:2] == (i, q.start)


def story_measure(doc: Doc, q: Quantity) -> bool:
    """Is ``q`` the value its report first gives for a ``LEAD_UNITS`` unit, at that first
    mention or restated anywhere ("a 4.4 quake" in the text, after "4.4 quake hits" in the
    headline): the story's quake, as :func:`another_event` reads it. Two reports' story
    measures are one fact wherever the two sentences stand."""
    lead = _lead(doc, q.unit) if q.unit in LEAD_UNITS else None
    return lead is not None and q.value is not None and lead[2] == q.value


def story_measures(doc_a: Doc, x: Quantity, doc_b: Doc, y: Quantity) -> bool:
    """Are ``x`` and ``y`` each its report's story measure (:func:`story_measure`) of one unit,
    one quake told by both? Not when

    * either report gives the other's value too, or both give a third value, or another value
      of a report is nearer the other's than its first (a series of quakes: "a 6.1 quake on
      Wednesday, days after the 7.6 and 7.5 quakes of Sunday" / "a 7.3 tremor … the first quake,
      magnitude 7.6", or / "the 7.7 quake"; each one's first may be another quake of it);
    * either report's headline or first sentences speak of one aftershock or foreshock ("Strong
      aftershock rattles Nepal", "It was the strongest aftershock so far": its first magnitude
      may be that shock's; "aftershocks continued to rattle the city" tells of the main quake);
    * the two reports date their story on different weekdays (a quake on Thursday, another
      on Friday, the days things were said left out: :func:`_story_weekday`);
    * two calibers are given for two kinds of gun (:func:`_gun`: an officer's pistol, a
      suspect's revolver)."""
    if x.unit != y.unit or not story_measure(doc_a, x) or not story_measure(doc_b, y):
        return False
    # each report's other values (a restatement of its own aside)
    va, vb = _values(doc_a, x.unit) - {x.value}, _values(doc_b, y.unit) - {y.value}
    if y.value in va or x.value in vb or va & vb:
        return False
    if _nearer(va, x.value, y.value) or _nearer(vb, y.value, x.value):
        return False        # "6.1 … since the 7.6 quake of Sunday" / "the 7.7 quake": the 7.6 is the other's
    if _shock_told(doc_a) or _shock_told(doc_b):
        return False
    kinds = {_gun(doc_a, x), _gun(doc_b, y)} - {None}
    if len(kinds) > 1:
        return False        # "his .40-caliber service pistol" / "a .38-caliber revolver": two guns
    da, db = _story_weekday(doc_a), _story_weekday(doc_b)
    return da is None or db is None or da == db


def _gun(doc: Doc, q: Quantity) -> Optional[str]:
    """The kind of gun a story caliber is given for, read from the words right after it ("a
    .38-caliber revolver", "his .40-caliber service pistol"; ``numbers.toml`` ``gun_kinds``), or
    None (another unit, or no kind named)."""
    if q.unit != "caliber":
        return None
    for k, f in _story_figures(doc, q.unit):
        if f is q:
            s = doc.sentences[k]
            words = re.findall(r"[a-z\-]+", fold(s.text[q.end - s.start:q.end - s.start + 40]).lower())[:3]
            return next((GUN_KINDS[w] for w in words if w in GUN_KINDS), None)
    return None


def _story_weekday(doc: Doc) -> Optional[int]:
    """The one weekday a report tells things happened on (:func:`.dates.weekday_told`), the days
    something was said left out ("officials said on Monday that three people died"); None when
    it tells none or several. Remembered per report."""
    memo = doc._memo
    if "story weekday" not in memo:
        days = {f.weekday for k in range(len(doc.sentences)) for f in doc.of(k, TimeFact)
                if weekday_told(doc, k, f) and not telling(doc, k, f)}
        memo["story weekday"] = days.pop() if len(days) == 1 else None
    return memo["story weekday"]


# content sentences from the top in which a word of another shock makes the first magnitude unsure
SHOCK_LEAD = 3
_ONE_SHOCK = frozenset(w for w in NOT_LEAD_AFTER if not w.endswith("s"))     # "aftershock", "foreshock"


def _shock_told(doc: Doc) -> bool:
    """Does a report's headline or one of its first ``SHOCK_LEAD`` content sentences name an
    aftershock or a foreshock (remembered per report)?"""
    memo = doc._memo
    if "shock told" not in memo:
        lead = [s for s in doc.sentences if s.role.is_content or s.role is Role.HEADLINE][:SHOCK_LEAD + 1]
        # (one shock, singular, with no figure of its own: "aftershocks continued to rattle the
        # city" tells of the main quake, "a magnitude 4.5 aftershock followed" of its own figure)
        memo["shock told"] = any(_ONE_SHOCK & set(re.findall(r"[a-z]+", s.text.lower()))
                                 and not any(q.unit in LEAD_UNITS for q in doc.of(s.index, Quantity)) for s in lead)
    return memo["shock told"]


def _nearer(values: frozenset, own: float, other: float) -> bool:
    """Is one of ``values`` nearer ``other`` than ``own`` is?"""
    return any(abs(v - other) < abs(own - other) for v in values)


# a sentence that tells of a record, not of the story's quake ("the largest quake ever to be
# recorded there was 4.5")
_RECORD = re.compile(r"\b(?:largest|biggest|strongest|most\s+powerful|worst)\b[^.;]*\bever\b|\bever\s+(?:to\s+be\s+)?"
                     r"(?:recorded|measured)\b", re.I)


def _record(doc: Doc, i: int, q: Quantity) -> bool:
    """Is ``q`` told after a record's words in its sentence ("the largest quake ever to be
    recorded there was 4.5"; not "the 6.1 quake … was the strongest ever recorded there")?"""
    s = doc.sentences[i]
    return bool(_RECORD.search(s.text[:q.start - s.start]))


def _values(doc: Doc, unit: str) -> frozenset:
    """The values of a report's :func:`_story_figures`."""
    return frozenset(f.value for _, f in _story_figures(doc, unit) if f.value is not None)


# the kinds of event whose first sum is the story's price (data/events.toml names them)
PRICED_EVENTS = frozenset({"acquire"})
# the words right before a sum that make it a price ("for about $13 billion", "valued at"); not
# "revenue of", "borrow $50 billion"
_PRICE_BEFORE = re.compile(r"\b(?:for|paid|pay|pays|paying|worth|valued\s+at|priced\s+at)\s+$", re.I)
# (a figure's span holds its qualifier: "for [about $13 billion]")
# a relative clause the sum stands in ("HP, which bought Compaq for $19 billion, will now buy …"):
# another deal of the buyer's
_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,]*$", re.I)


def lead_price(doc: Doc, i: int, q: Quantity) -> bool:
    """Is ``q`` the first price the report gives for an acquisition: a sum right after a word
    of paying ("for", "paid", "valued at"), tied to an acquisition (the nearest event of its
    clause, :func:`.events.event_of`), outside a relative clause and a sentence about an earlier
    event? "HP will buy the company for $13.9 billion" / "Hewlett-Packard will acquire EDS for
    about $13 billion": each report's price of the story's deal, wherever the two sentences stand."""
    memo = doc._memo
    if "lead price" not in memo:
        memo["lead price"] = next(((k, f.start) for k in range(len(doc.sentences)) if doc.sentences[k].role.is_content
                                   and not background(doc, k) for f in doc.of(k, Quantity) if _priced(doc, k, f)), None)
    return memo["lead price"] == (i, q.start)


def _priced(doc: Doc, k: int, f: Quantity) -> bool:
    """A sum paid for a deal: after a word of paying ("for $13.9 billion") or written before
    the deal's own noun ("the $13 billion acquisition of EDS")."""
    s = doc.sentences[k]
    before = s.text[max(0, f.start - s.start - 120):f.start - s.start]
    if not (to_base(f)[0] or "").startswith("money") or _RELATIVE.search(before):
        return False
    return (bool(_PRICE_BEFORE.search(before[-40:])) and event_of(doc, k, f) in PRICED_EVENTS) or \
        _names_deal(s.text[f.end - s.start:f.end - s.start + 50])


_OF_NAME = re.compile(r"[A-Za-z]+\s+of\s+[A-Z]")     # "acquisition of Electronic Data Systems"


def _names_deal(after: str) -> bool:
    """Is the word right after a sum a priced event's noun, naming what it buys ("the $13
    billion acquisition of Electronic Data Systems", "a $2bn takeover of Rover"; not "the $6.5
    billion purchase that set the record")?"""
    first = events_in(after[:30])[:1]
    if not first or after[:first[0][0]].strip() or first[0][1] not in PRICED_EVENTS:
        return False
    return bool(_OF_NAME.match(after[first[0][0]:]))


def _other_shock(doc: Doc, i: int, q: Quantity, reach: int = 3) -> bool:
    """Do the words right after a figure make it another event's ("a 5.2-magnitude
    aftershock"), or a shock's measure right before it ("an aftershock measuring 6.7", "an
    aftershock of magnitude 6.7"; not "aftershocks followed the 5.9 quake")?"""
    s = doc.sentences[i]
    after = re.findall(r"[a-z]+", s.text[q.end - s.start:q.end - s.start + 40].lower())[:reach]
    before = s.text[max(0, q.start - s.start - 60):q.start - s.start]
    return bool(NOT_LEAD_AFTER & set(after)) or bool(_SHOCK_MEASURED.search(before))


# a shock's measure right before its figure: "an aftershock measuring", "a foreshock of magnitude"
_SHOCK_MEASURED = re.compile(r"\b(?:after|fore)shocks?\s+(?:measuring|registering|measured\s+at|of|"
                             r"with\s+a\s+magnitude\s+of)(?:\s+(?:a\s+)?(?:preliminary\s+)?magnitude(?:\s+of)?)?\s*$",
                             re.I)
