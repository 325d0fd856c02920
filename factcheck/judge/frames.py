"""What a figure is said about, read from its clause: whose it is, what happened, whether it
is a rate, a part or a running total, and where it holds (:class:`Frame`).

Figures of different frames are not compared (:func:`frame_conflict` names the reason).
Constant time per figure: the clause is read within a fixed window around it.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Optional

from ..aliases import Aliases
from ..lexicon import PLACE_KINDS, PLACE_OF_KINDS, alternation, data, demonym_words
from ..model import Entity, Quantity, TimeFact, Verdict
from ..facts.numbers import to_base
from ..text import fold, fold_key, stem
from .directions import POINT
from .doc import Doc
from .entities import contained, misspelled
from .times import relate_times, telling


# What happened to the people or things counted: figures of different events are not compared
# ("killing at least three people" / "injuring at least 50 people").
EVENTS = (("death", r"kill|die[ds]?\b|dying|dead|death|fatal|perish|toll"),
          ("injury", r"injur|wound|hurt|hospitali[sz]"),
          ("shot", r"sho[ot]"),
          ("missing", r"missing|unaccounted"),
          ("arrest", r"arrest|detain|custody"),
          ("rescue", r"rescu|saved"),
          ("evacuation", r"evacu"),
          ("displacement", r"displac|homeless|fled|refugee"),
          ("absence", r"miss(?:ed|es|ing)?\b|sat\b|sit\b|sitting\b|sidelin"),
          ("play", r"play(?:ed|s|ing)?\b|start(?:ed|s)?\b|appear"),
          ("need", r"need|requir"))   # a figure still to reach: no statement of the count
# "three wins away from the title", "two points shy of", "five short of": a figure still to reach
_STILL_TO_REACH = re.compile(r"^\W*(?:[\w\-]+\s+){0,3}?(?:away\s+from|shy\s+of|short\s+of)\b", re.I)
# things counted to say how far away a place is ("three doors away from", "two blocks away from")
_PLACES_AWAY = frozenset(stem(w) for w in data("numbers")["context"]["places_away"])
_EVENT_RES = [(name, re.compile(r"^(?:" + pattern + ")", re.I)) for name, pattern in EVENTS]
# verbs that make a count of lives a death toll ("taken more than 600 lives"), up to the figure
_LIVES_TAKEN = re.compile(r"\b(?:" + alternation(data("nouns")["lives_taken"]) + r")\b(?:\s+\w+){0,3}\s*$", re.I)
# "… from Cobb", "13 miles east of Cloverdale": the place a figure is measured from follows
_MEASURED_FROM = re.compile(r"\s*(?:(?:" + POINT + r")(?:ern)?\s+of|from|of)\s+(?:the\s+)?", re.I)
_CLAUSE_LEFT = re.compile(r".*(?:[;(:—–]|\bwhile\b|\bwhereas\b|\bbut\b|,\s+and\b)", re.S)
_CLAUSE_RIGHT = re.compile(r"[;,)(:—–]|\bwhile\b|\bwhereas\b|\bbut\b|\band\b")
# an average, and a figure listed right after one a player averaged ("averaged more than 30 home
# runs and 100 RBIs"; not "averaged 5.2 yards a carry and ended with five touchdowns", nor "the
# average age was 40 and 12 were children")
_AVERAGED = re.compile(r"averag\w*\s+(?:\S+\s+){0,2}$|averag(?:ed|es|ing)\s+(?:\S+\s+){0,3}\d\S*\s+(?:\S+\s+){0,2}(?:and|or)\s+$",
                       re.I)
# ("a day" within four words; "per", "each", "every" up to eight words on: "5,000 gallons of water were being
# poured onto the blaze every minute")
_RATE = re.compile(r"^\s*(?:(?:[\w\-]+\s+){0,4}?(?:a|an)|(?:[\w\-]+\s+){0,8}?(?:per|each|every))\s+"
                   r"(?:of\s+(?:the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?)?"      # "each of the past five seasons"
                   r"(?:game|outing|night|match|season|year|day|week|month|hour|minute|head|capita|person)s?\b", re.I)
# how a figure hangs on the name before it: "Buford's record of 2,116", "Klitschko (52-3, 46 KOs",
# "Klitschko, 53-3, 47 KO's", "Carter scored 14", "McDermott now has 2,129"
_OWNED = re.compile(r"^(?:'s?\b[^,;.()]{0,40}|\s*[,(]\s*(?:[\d\-–]+\s*,\s*)?|"
                    # "Blackmore, who has had 26 wives", "Oler, accused of having two wives"
                    r",\s+(?:who\s+(?:now\s+)?(?:has|had|have)(?:\s+had)?|(?:alleged|accused|said|reported|believed|"
                    r"thought|known)\s+(?:to\s+(?:have|own)|of\s+having))\s+|"
                    r"\s+(?:now\s+|also\s+)?(?:has|had|have|"
                    r"scored|added|posted|finished\s+with|with|grabbed|got|totall?ed|collected|recorded|made|"
                    r"blocked|hit|won|lost|took|(?!said|told|reported|announced|confirmed|claimed|stated)[a-z]+ed)"
                    r"\s+(?:\w+\s+)?)$")
# between a place and the population set off right after it: "Varna Island, home to 200,000"
# ("…, with a population of 120,000" is said of the sentence's subject)
_SET_OFF = re.compile(r",\s*home\s+to\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?")
# "two of the skiffs", "three of those arrested": some of a group the sentence counts from
_OWNERS = r"(?:the|its|his|her|their|those|these)"      # "of the", "of its": a part of a whole
_PARTITIVE = re.compile(r"\s*of\s+" + _OWNERS + r"\s+(?!\d)", re.I)
_OF_WHOLE = re.compile(r"\s+(?:[\w'’]+\s+)?of\s+(?:" + _OWNERS + r"\s+)?")
_WHOLE_BEFORE = re.compile(r"\b(?:all|both|each|every\s+one)\s+$", re.I)    # "All 12 of the miners": the whole group
_SO_FAR = re.compile(r"\b(?:so\s+far|thus\s+far|to\s+date|in\s+all|altogether)\b", re.I)
_RUNNING = re.compile(r"\b(?:now\s+has|career|so\s+far|thus\s+far|to\s+date|in\s+all|a\s+total\s+of|in\s+total|"
                      r"record|altogether)\b", re.I)


# words in -ing before a counted noun that say how many, not which sort ("the remaining 12 hostages")
_NOT_SORTS = frozenset(data("nouns")["not_sorts"])
DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
AREA_REACH = 60      # characters: a place this near a figure is where the figure holds


@dataclass(frozen=True)
class Frame:
    """What a figure is said about, read from its clause: whose it is (``owner``: the name
    before it, or after "from"), what happened (``event``), whether it is a rate ("a game"),
    a part ("in Sumatra alone") or a running total ("now has", "career")."""

    owner: Optional[str] = None
    event: Optional[str] = None
    rate: bool = False
    part: bool = False
    running: bool = False
    modifier: str = ""        # a nationality that narrows what is counted: "11 Yemeni pirates"
    sort: str = ""            # a word for which kind of the counted thing: "498 rushing yards", "258 receiving yards"
    place: Optional[str] = None  # where the figure holds: "168,000 in Indonesia", "In Bener Meriah, 300 …"
    area: Optional[str] = None   # the first place the sentence names ("… houses were damaged in Takengon")


def frame(doc: Doc, i: int, q: Quantity) -> Frame:
    """What the figure ``q`` of sentence ``i`` is said about (:class:`Frame`); remembered per
    report, since every pairing of the figure asks for it."""
    memo = doc._memo.setdefault("frames", {})
    key = (i, q.start, q.end, q.text)
    if key not in memo:
        memo[key] = _frame(doc, i, q)
    return memo[key]


# one or two words right after a figure, before its counted noun ("11 Yemeni pirates")
_ONE_OR_TWO_WORDS = (re.compile(r"\s*((?:[A-Za-z\-]+\s+){1})"), re.compile(r"\s*((?:[A-Za-z\-]+\s+){2})"))


def _words_before_noun(text: str, noun: str) -> Optional[re.Match]:
    """The match of one word, or else two, at the start of ``text`` right before the letters
    ``noun`` (case aside): the words between a figure and what it counts. (One static pattern
    each and a comparison, not a pattern built for every noun.)"""
    for rx in _ONE_OR_TWO_WORDS:
        m = rx.match(text)
        if m and text[m.end():m.end() + len(noun)].lower() == noun.lower():
            return m
    return None


def _frame(doc: Doc, i: int, q: Quantity) -> Frame:
    s = doc.sentences[i]
    lo, hi = q.start - s.start, q.end - s.start
    left = s.text[max(0, lo - 90):lo]
    cut = _CLAUSE_LEFT.match(left)
    left = left[cut.end():] if cut else left
    right = s.text[hi:hi + 70]
    if q.counts and fold(right).lower().lstrip().startswith(q.counts[:4].lower()):
        right = re.sub(r"^\s*[\w'\-]+", "", right)           # the counted noun itself
    end = _CLAUSE_RIGHT.search(right)
    clause_right = right[:end.start()] if end else right
    names = [e for e in doc.of(i, Entity) if e.label != "place"]
    owner = None
    # "… from Cobb", "13 miles east of Cloverdale": the place a distance is measured from
    after = _MEASURED_FROM.match(clause_right)
    if after:
        owner = next((e.text for e in names if e.start - (q.end + after.end()) in range(0, 6 + len(right) - len(clause_right))
                      and e.start >= q.end), None)
    if owner is None:
        before = [e for e in names if e.end <= q.start and q.start - e.end <= len(left)]
        if before and _OWNED.match(fold(s.text[before[-1].end - s.start:lo])):
            owner = before[-1].text
    if owner is None and q.counts == "population":
        # a population is a place's: the place it is set off after ("Varna Island, home to
        # 200,000 people") or the sentence's subject ("Varna is … with a population of 120,000")
        places = [e for e in doc.of(i, Entity) if e.end <= q.start]
        near = [e for e in places if _SET_OFF.fullmatch(s.text[e.end - s.start:lo])]
        owner = (near[-1] if near else places[0]).text if places else None
    need = _STILL_TO_REACH.match(clause_right)
    if need and need.group().lower().rstrip().endswith("from") and (
            to_base(q)[0] == "length" or stem(q.counts or "") in _PLACES_AWAY):
        need = None     # "two blocks away from the scene", "10 miles away from the coast": a distance
    event = "need" if need else None
    for words in ([] if event else re.findall(r"[A-Za-z]+", clause_right)[:4], re.findall(r"[A-Za-z]+", left)[-3:][::-1]):
        for w in words:
            event = next((name for name, rx in _EVENT_RES if rx.match(w)), None)
            if event:
                break
        if event:
            break
    if event is None and stem(q.counts or "") == "life" and _LIVES_TAKEN.search(left):
        event = "death"     # "having taken more than 600 lives", "claimed 12 lives"; not "saved 600 lives"
    # the whole a figure just before counts part of: "two of the three victims", "8 of 14 shots";
    # not a figure further back ("Horton, 34, a mother of 12": twelve children, the whole of them)
    whole = any(f.end <= q.start and _OF_WHOLE.fullmatch(s.text[f.end - s.start:lo]) for f in doc.of(i, Quantity))
    if whole:
        event = None        # "two of the three victims died": the three did not all die
    modifier = sort = ""
    if q.counts:
        between = _words_before_noun(s.text[hi:hi + 40], q.counts[:4])
        if between:
            # a nationality narrows the count to a subset: "11 Yemeni pirates"
            words = between.group(1).split()
            modifier = " ".join(words[k] for k in sorted(demonym_words(words)))
            # a gerund that sorts the counted thing: "rushing yards" / "receiving yards"
            sort = " ".join(w.lower() for w in between.group(1).split() if w.lower().endswith("ing")
                            and w.lower() not in _NOT_SORTS)
    # (an average, also of the figures listed after the first: "averaged 30 home runs and 100 RBIs")
    rate = bool(_RATE.match(clause_right)) or bool(_AVERAGED.search(left))
    part = bool(re.search(r"\balone\b", clause_right, re.I) or re.search(r"\b(?:only|first|last|final|opening)\s+$", left, re.I)
                or re.search(r"^[^.;]{0,40}\band\s+(?:\S+\s+){0,4}more\b(?!\s+than\b)", right, re.I)
                or re.match(r"\s*of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|[A-Z][\w'’]*\s+)?(?:first\s+)?\w", right)
                and not q.counts and not q.unit or whole      # "five of Creighton's first eight points", "8 of 14 shots"
                or (_PARTITIVE.match(s.text, hi) and not q.unit and not _WHOLE_BEFORE.search(left)))     # "two of the skiffs … got away" / "intercepted 3 pirate ships"
    place = _place(doc, i, q, left, clause_right)
    running = bool(q.unit == "record"          # a win-loss record is a running total by nature
                   or _RUNNING.search(left[-40:] + " " + clause_right[:30])
                   or _SO_FAR.search(s.text[:lo])
                   or re.search(r"\d+[-–]\d+(?:[-–]\d+)?\s*,\s*$", s.text[max(0, lo - 20):lo]))   # "(52-3, 46 KOs)"
    area = place or _area(doc, i, q)
    if q.unit in DURATIONS:
        place = area = None     # "a week of violence in Greece": a span of time holds for no one place
    return Frame(owner, event, rate, part, running, modifier.lower(), sort, place, area)


def _place(doc: Doc, i: int, q: Quantity, left: str, clause_right: str) -> Optional[str]:
    """Where a figure holds: a place after it in its clause ("168,000 in Indonesia"), or one its
    clause opens with ("In Bener Meriah, 300 houses …"); not a place said of something else
    earlier ("Headquartered in New York, with a staff of 350")."""
    s = doc.sentences[i]
    lo, hi = q.start - s.start, q.end - s.start
    for e in doc.of(i, Entity):
        before = s.text[max(0, e.start - s.start - 12):e.start - s.start]
        if not re.search(r"\b(?:in|at|across|throughout|near|outside)\s+(?:the\s+)?$", before, re.I):
            continue
        opens = re.match(r"\W*(?:in|at)\s+(?:the\s+)?$", s.text[:e.start - s.start], re.I) or \
            re.match(r"\s*,?\s*$", s.text[e.end - s.start:lo]) is not None
        if (hi <= e.start - s.start <= hi + len(clause_right) + 20) or \
                (e.end - s.start <= lo and e.start - s.start >= lo - len(left) and opens):
            return e.text
    return None


def _area(doc: Doc, i: int, q: Quantity) -> Optional[str]:
    """The place the sentence names near the figure, in its clause ("… houses were damaged in
    Takengon"), when the clause itself names none."""
    s = doc.sentences[i]
    for e in doc.of(i, Entity):
        between = s.text[min(e.end, q.end) - s.start:max(e.start, q.start) - s.start]
        if abs(e.start - q.start) <= AREA_REACH and not re.search(r"[,;:]", between) and \
                re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", s.text[max(0, e.start - s.start - 12):e.start - s.start], re.I):
            return e.text
    return None


def years_apart(doc_a: Doc, doc_b: Doc) -> Optional[int]:
    """Whole years between the two reports' dates (None when a date is unknown)."""
    if doc_a.published is None or doc_b.published is None:
        return None
    return abs(doc_a.published.year - doc_b.published.year)


def days_apart(doc_a: Doc, doc_b: Doc) -> Optional[int]:
    """Days between the two reports' dates (None when a date is unknown)."""
    if doc_a.published is None or doc_b.published is None:
        return None
    return abs((doc_a.published - doc_b.published).days)


def other_times(doc_a: Doc, i: int, doc_b: Doc, j: int) -> bool:
    """Do the two sentences speak of different events: different dates ("Sunday's quake" /
    "Monday's quake") or different results ("a 108-70 rout" / "beat Evansville 91-73")?"""
    ta, tb = doc_a.of(i, TimeFact), doc_b.of(j, TimeFact)
    rels = [relate_times(x, y) for x in ta for y in tb]
    rels = [r[0] for r in rels if r]
    if rels and all(r is Verdict.CONFLICT for r in rels):
        return True
    # (a day right after a verb of saying dates the telling: "the department said on Tuesday")
    tb_event = [t for t in tb if not telling(doc_b, j, t)]
    ta_event = [t for t in ta if not telling(doc_a, i, t)]
    if _earlier_period(ta, tb_event, doc_b.published or doc_a.published) or \
            _earlier_period(tb, ta_event, doc_a.published or doc_b.published):
        return True
    ra, rb = _results(doc_a, i), _results(doc_b, j)
    if ra and rb:
        return not ra & rb
    # a roundup of several games cannot say which game a sentence without a result is about
    return doc_a.roundup or doc_b.roundup


def _earlier_period(times: list, week: list, published: Optional[datetime.date]) -> bool:
    """Is one sentence dated only by months or years ("In February, a quake measuring 6.4 …")
    that are not the week the other sentence's weekday or "yesterday" names ("… 3.8 … on
    Monday")? ``published``: the date of the report whose week it is, when known; without it, a
    month alone is taken for another time (news dates the week's events by their weekday)."""
    if not times or not all(t.day is None and t.weekday is None and t.relative is None and not t.qualifier
                            and (t.month or t.year) for t in times):
        return False
    if not any(t.weekday is not None or t.relative in _THIS_WEEK for t in week) or any(t.month or t.year for t in week):
        return False
    if published is None:
        return all(t.month for t in times)
    days = {published - datetime.timedelta(days=n) for n in range(7)}
    return not any((t.month is None or t.month in {d.month for d in days}) and
                   (t.year is None or t.year in {d.year for d in days}) for t in times)


_THIS_WEEK = frozenset({"today", "yesterday", "tonight", "tomorrow"})


def _results(doc: Doc, i: int) -> set:
    """Results ("108-70") given in the sentence's paragraph, which name the game it is about;
    not records ("Pelc, 31-4,"), which a team or a fighter carries from game to game, nor scores
    during the game ("a 7-0 lead")."""
    para = doc.sentences[i].paragraph
    return {(q.low, q.high) for s in doc.sentences if s.paragraph == para for q in doc.results(s.index)}


def frame_conflict(fa: Frame, fb: Frame, aliases: Optional[Aliases]) -> Optional[str]:
    """Why two figures cannot be about the same thing, as far as their clauses tell (a rule
    name of :mod:`.rules`), or None when they can."""
    if (fa.event == "need") != (fb.event == "need"):
        return "number.still-needed"    # "needed nine points" / "scored 20 points"; two needs meet
    if fa.rate != fb.rate:
        return "number.rate-vs-count"
    if fa.modifier != fb.modifier:
        return "number.different-subset"
    if fa.sort and fb.sort and fa.sort != fb.sort:
        return "number.different-sort"      # "498 rushing yards" / "258 receiving yards"
    if fa.event and fb.event and fa.event != fb.event:
        return "number.different-event"
    if fa.owner and fb.owner and aliases is not None and aliases.relation(fa.owner, fb.owner) is None and \
            not contained(fold_key(fa.owner).split(), fold_key(fb.owner).split()) and \
            not misspelled(fold_key(fa.owner), fold_key(fb.owner)):    # "Varna" / "Varna Island", "Bireuen" / "Bireun"
        return "number.different-owner"
    if fa.area and fb.area and not one_place(fa.area, fb.area) and (
            aliases is None or aliases.relation(fa.area, fb.area) is None):
        return "number.different-place"     # "1,500 houses in Central Aceh" / "10 in Takengon"
    return None


def one_place(p: str, q: str) -> bool:
    """Two names of one place, apart at most by words for its kind a name may leave off: "the
    Mediterranean" / "the Mediterranean Sea", "Aceh" / "Aceh province", "the Persian Gulf Island
    of Qeshm" / "Qeshm island"; not "Aceh" / "Central Aceh", nor "Mexico" / "Mexico City"."""
    wp = [w for w in _named_place(fold_key(p)).split() if w not in PLACE_KINDS and w != "the"]
    wq = [w for w in _named_place(fold_key(q)).split() if w not in PLACE_KINDS and w != "the"]
    return bool(wp) and wp == wq


_KIND_OF = re.compile(r"^.*\b(?:" + "|".join(sorted(PLACE_OF_KINDS)) + r")\s+of\s+(?=\S)")


def _named_place(key: str) -> str:
    """A folded place name without the words before "KIND of" ("persian gulf island of qeshm" →
    "qeshm", "city of london" → "london")."""
    return _KIND_OF.sub("", key)


def frames_meet(fa: Frame, fb: Frame, aliases: Optional[Aliases]) -> bool:
    """Can two figures be about the same thing, as far as their clauses tell?"""
    return frame_conflict(fa, fb, aliases) is None
