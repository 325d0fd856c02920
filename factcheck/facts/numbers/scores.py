"""Results and records: "a 108-70 rout", "beat Evansville 91-73" (scores), "a record of 9-14",
"have opened 9-14", "(52-3, 46 KOs)", "Dario Pelc, 31-4, 22 KOs" (records) → quantities with unit ``score`` or ``record``,
``low`` the first figure and ``high`` the second, as written.

A pair written high to low is a result or a record; one written low to high is a range ("90-100
officers", "5-10 years") unless words around it make it a record ("a record of 9-14", "opened
9-14", "went 10-16"). Linear in the length of the text.
"""
from __future__ import annotations

import re

from ...model import Quantity
from ...text import SCORE_RE
from .lexicon import CONTEST_WORDS, RECORD_VERBS, RESULT_WORDS, RUNNING_BEFORE, RUNNING_SCORE

# words right before a pair that make it a record: "a record of 9-14", "have opened 9-14"
_RECORD_BEFORE = re.compile(r"(?:\brecord\s+(?:\w+\s+){0,2}?(?:of|at|to)|\bopened|\bwent|\bstarted|"
                            r"\b(?:" + "|".join(RECORD_VERBS) + r")\s+to|\bare\s+now|\bnow|\bstand\s+at|\bstands\s+at|"
                            r"\(|\bat)\s*$", re.I)
_RECORD_AFTER = re.compile(r"^\s*(?:record|mark|start|season|overall|on\s+the\s+season|in\s+the\s+\w+\s+conference)\b",
                           re.I)
_RESULT_AFTER = re.compile(r"^\s*(?:win|victory|defeat|loss|rout|drubbing|thrashing|triumph|decision|lead|draw)\b",
                           re.I)
_RESULT_BEFORE = re.compile(r"\b(?:beat|beats|beating|defeated|defeats|won|win|wins|lost|loses|losing|edged|topped|"
                            r"routed|thrashed|trailed|led|leading|drew|tied|by|score\s+of|scores?\s+was)\s+(?:[\w.'’\-]+\s+){0,3}$",
                            re.I)
# a pair set off by commas right after a name is that person's or team's record: "Dario
# Pelc, 31-4, 22 KOs", "the Colts (10-5)" — unless a result verb comes before the name
# ("beat the Chiefs, 20-13,")
_APPOSITION_BEFORE = re.compile(r"\b[A-Z][\w'’.\-]*\s*[,(]\s*$")
# (or followed by a fighter's tally: "Klitschko, 58-3 with 51 knockouts")
_APPOSITION_AFTER = re.compile(r"^\s*[,)]|^\s+with\s+\d+\s+(?:knockouts|kos?|wins|victories|submissions)\b", re.I)
# a pair between "the" and a team's name is the team's record: "the 0-14 Lions", "the 10-5 Colts"
_TEAM_BEFORE = re.compile(r"\bthe\s+$", re.I)
# (the name taken whole, not before a result word: not "the 2-1 Manchester United win", "the 34-31
# Super Bowl victory"; and not a contest's name: "the 1-0 World Cup qualifier", numbers.toml)
_TEAM_AFTER = re.compile(r"^(?:\s+[A-Z][a-z]+)++(?:['’]s?(?!\w))?(?![\w'’])")
_COUNTED_AFTER = re.compile(r"^\s*(?:[a-z]+s|people|percent|per\s+cent|%|years?|days?|months?|hours?|minutes?)\b")


def _record_context(before: str, after: str) -> bool:
    """Do the words around a pair (or a triple) of figures make it a record: "a record of",
    "opened", "dropped to" before it, "record" or "on the season" after it, set off right after a
    name (unless a result verb comes first: "beat the Chiefs, 20-13,"), or a team's ("the 0-14
    Lions")?"""
    return bool(_RECORD_BEFORE.search(before) or _RECORD_AFTER.match(after) or
                (_APPOSITION_BEFORE.search(before) and _APPOSITION_AFTER.match(after) and
                 not _RESULT_BEFORE.search(re.sub(r"[\s,(]+$", " ", before))) or
                _team_record(before, after))


def _team_record(before: str, after: str) -> bool:
    """"the 0-14 Lions": a pair between "the" and a team's name, not before a result word."""
    team = _TEAM_AFTER.match(after) if _TEAM_BEFORE.search(before) else None
    if team is None or _RESULT_AFTER.match(after[team.end():]):
        return False
    return not any(re.sub(r"['’]s?$", "", w.lower()) in CONTEST_WORDS for w in team.group().split())


def scores(text: str) -> list[Quantity]:
    """Every result and record in ``text`` (offsets into it).

    >>> [(q.text, q.unit, q.low, q.high) for q in scores("The 76ers have a record of 9-14 after a 108-70 rout")]
    [('9-14', 'record', 9.0, 14.0), ('108-70', 'score', 108.0, 70.0)]
    >>> scores("90-100 officers were deployed")
    []
    >>> [(q.text, q.unit) for q in scores("The Saints take on the 0-14 Lions after the 10-5 Colts' 24-7 win")]
    [('0-14', 'record'), ('10-5', 'record'), ('24-7', 'score')]
    >>> [(q.text, q.unit) for q in scores("after the 2-1 Manchester United win and the 5-4 Supreme Court decision")]
    [('2-1', 'score'), ('5-4', 'score')]
    >>> [(q.text, q.unit) for q in scores("Pelc, 31-4, 22 KOs, beat Hale; the Hawks beat the Jets, 20-13, on Sunday")]
    [('31-4', 'record'), ('20-13', 'score')]
    >>> [(q.text, q.low, q.high) for q in scores("Creighton 65, Drake 53")]
    [('65, Drake 53', 65.0, 53.0)]
    """
    out = [q for m in _RECORD3_RE.finditer(text) if (q := _record3(m, text)) is not None]
    for m in _SCORE_LINE_RE.finditer(text):
        # a result written as the two sides' names and points: "Creighton 65, Drake 53"
        out.append(Quantity(text=m.group(1), start=m.start(1), end=m.end(1), value=None, low=float(m.group(2)),
                            high=float(m.group(3)), unit="score"))
    for m in SCORE_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]
        if re.search(r"\b(?:between|from)\s*$", before, re.I):
            continue                # "between 90-100": a range
        if _record_context(before, after):
            unit = "record"
        elif a >= b or _RESULT_AFTER.match(after) or _RESULT_BEFORE.search(before):
            unit = "score"
        else:
            continue                # "90-100 officers": a range, read by the parser
        if unit == "record" and _COUNTED_AFTER.match(after) and not _RECORD_BEFORE.search(before):
            continue
        out.append(Quantity(text=m.group(), start=m.start(), end=m.end(), value=None, low=float(a), high=float(b),
                            unit=unit))
    return out


# a result as the two sides' names and points, winner first ("Creighton 65, Drake 53",
# "Chicago 3, St. Louis 2"): at the start of a sentence or after a colon or a dash (a headline,
# a roundup), one to three words in capitals before each figure and nothing after the second
# but a mark ("On Route 66, Exit 12 is closed" is none); the quantity's text runs from the
# first figure to the second
_SIDE = r"(?:[A-Z][\w.'’&\-]*\s+){1,3}"
_SCORE_LINE_RE = re.compile(r"(?:^|[:—–]\s*)" + _SIDE + r"((\d{1,3}),\s+" + _SIDE + r"(\d{1,3}))\s*(?:$|[.;(\-—–])")


# a record of three figures, wins, losses and draws (or overtime losses): "Rahman (45-7-2, 36 KOs)",
# "dropped to 45-7-2", "the Colts (10-5-1)"
_RECORD3_RE = re.compile(r"(?<![\w.,\-–/])(\d{1,3})[-–](\d{1,3})[-–](\d{1,3})(?![\w\-–/]|[.,]\d)")


def _record3(m: re.Match, text: str) -> Quantity | None:
    """A three-figure record where the words around it make it one (as for two figures: "a record
    of", "dropped to", set off after a name); its draws are read from its text
    (:func:`record_parts`). Not "Call 9-1-1", a date or an identifier."""
    before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]
    if not _record_context(before, after):
        return None
    return Quantity(text=m.group(), start=m.start(), end=m.end(), value=None, low=float(m.group(1)),
                    high=float(m.group(2)), unit="record")


def record_parts(q: Quantity) -> tuple[int, ...]:
    """The figures of a record as written: (wins, losses) or (wins, losses, draws).

    >>> record_parts(scores("Rahman dropped to 45-7-2.")[0])
    (45, 7, 2)
    """
    return tuple(int(x) for x in re.findall(r"\d+", q.text))


def running(text: str, q: Quantity, offset: int = 0) -> bool:
    """Is the score ``q`` of ``text`` one during a game ("a 7-0 lead", "tie the game 13-13",
    "trailing 13-10", "putting Indy up 7-0"), not a game's result ("beat the Chiefs 20-13 to
    move up to second")? Four words either side tell; a word of position only right before it.
    ``offset``: where ``text`` starts in the document ``q``'s offsets count in.

    >>> [running(t, scores(t)[0]) for t in ("Butler ran it in for a 7-0 lead", "the Colts beat the Chiefs 20-13",
    ...                                     "putting Indy up 7-0", "beat the Chiefs 20-13 to move up to second")]
    [True, False, True, False]
    """
    start, end = q.start - offset, q.end - offset
    before = re.findall(r"[a-z]+", text[max(0, start - 40):start].lower())[-4:]
    after = re.findall(r"[a-z]+", text[end:end + 30].lower())[:4]
    if RESULT_WORDS & set(before):
        return False
    right_before = [w for w in before if w not in ("the", "score")][-1:]
    return bool(RUNNING_SCORE & set(before + after) or RUNNING_BEFORE & set(right_before))
