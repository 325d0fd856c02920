"""What a figure is: its currency, unit, percent sign, age, or the noun it counts.

:func:`units_and_counts` reads the tokens right around a quantity (and an age's "aged" or the
name before "Robert Buckley, 32,"); :func:`counted` finds the counted noun ("about 100 Met
firearms officers" → officer); :mod:`.ellipsis` fills in a noun the sentence leaves unsaid
("over 170,000 of them", "50 were injured"). Constant time per quantity (a few tokens
either side).
"""
from __future__ import annotations

from typing import Optional

from ...lexicon import MONTH_WORDS, PHRASE_ENDERS, STOPWORDS, WEEKDAYS
from .atoms import currency_before, word_atom
from .draft import Q
from .lexicon import (SERIES_WORDS, KIND_COMPOUNDS, AGE_APPOSED, AGE_NOUNS, LIST_JOINS, MAGNITUDE_VERBS, POPULATION_NOUNS, POPULATION_OF, QUAKE_NOUNS, CURRENCY_WORDS, GLUED_UNITS, LETTER_UNITS_SPACED,
                      MARRY_VERBS, MEMBER_NOUNS, OF_HEADS, PARENT_HEADS, GRANDPARENT_HEADS, KIN_PLURALS, PEOPLE_NOUNS, SPOUSES, UNIT_MODIFIERS, TIME_NOUNS, UNIT_TABLE)
from .nounforms import capitals_before_noun, lemma, model_code, plural_like
from .tokens import Tok


def _seq_match(toks: list[Tok], j: int, table: dict) -> Optional[tuple[int, str]]:
    """Longest unit name (up to 3 words, "-" joined or spaced) starting at token ``j``."""
    best = None
    words: list[str] = []
    k = j
    while k < len(toks) and len(words) < 3:
        t = toks[k]
        if t.kind not in ("word",) and t.text not in ("%", "°", "/"):
            break
        if t.text == "°":
            if k + 1 < len(toks) and toks[k + 1].glued and toks[k + 1].low in ("c", "f"):
                best = (k + 2, "°" + toks[k + 1].low)
            break
        if t.text == "/":
            if words and k + 1 < len(toks) and toks[k + 1].glued:
                key = words[-1] + "/" + toks[k + 1].low
                if key in table:
                    best = (k + 2, key)
            break
        words.append(t.low)
        key = " ".join(words)
        if key in table:
            best = (k + 1, key)
        k += 1
        if k < len(toks) and toks[k].text == "-" and toks[k].glued:
            k += 1
    return best


def _magnitude_after(q: Q, toks: list[Tok], k: int) -> bool:
    """A quake's magnitude told after the figure (in place): "a 6.1-magnitude quake", "a 6.1
    magnitude earthquake", "a quake measuring 3.8 on the Richter scale", "rated the quake as 4.4
    in magnitude"."""
    if k < len(toks) and toks[k].low == "magnitude":
        q.unit, q.j = "magnitude", k + 1
        return True
    if k + 1 < len(toks) and toks[k].low == "in" and toks[k + 1].low == "magnitude":
        q.unit, q.j = "magnitude", k + 2
        return True
    if k < len(toks) and toks[k].low == "on" and any(t.low == "richter" for t in toks[k + 1:k + 7]):
        q.unit = "magnitude"
        return True
    return False


def units_and_counts(q: Q, toks: list[Tok]) -> None:
    """Currency, unit, percent, age and the counted noun around ``q`` (in place)."""
    cur = currency_before(toks, _first_num_tok(q, toks))
    if cur is not None and q.unit is None:
        q.unit = cur[0]
        if cur[1] < q.i:
            q.i = cur[1]
    if q.j < len(toks) and q.unit != "ratio" and _unit_after(q, toks):
        return
    if q.j - q.i == 1 and toks[q.i].low in ("twice", "thrice"):
        q.unit = "times"
    if q.unit is None and q.i > 0 and (toks[q.i - 1].low == "magnitude" or
                                       (q.i > 1 and toks[q.i - 1].low in ("at", "of") and toks[q.i - 2].low == "magnitude")
                                       or (q.i > 1 and toks[q.i - 1].text == "-" and toks[q.i - 1].glued and
                                           toks[q.i - 2].low == "magnitude")):
        q.unit = "magnitude"        # "magnitude 5.9", "magnitude-6.1", "put the quake's magnitude at 5.9"
    if _age(q, toks):
        q.unit, q.counts = "year", "age"
        return
    if q.unit is None:
        before = counted_before(toks, q.i)
        whole = q.value is None or q.value >= 1     # ("an eighth-round decision": a fraction counts no rounds)
        q.counts = _parent_count(toks, q, before) or counted(toks, q.j, compound=whole) or before
        if q.counts in SPOUSES and q.i > 0 and toks[q.i - 1].low in MARRY_VERBS:
            q.counts = SPOUSES[q.counts]     # "marrying 20 women": 20 wives
        if q.counts in POPULATION_NOUNS and q.i >= 2 and ((toks[q.i - 2].low, toks[q.i - 1].low) == ("home", "to") or
                                                         (toks[q.i - 1].low == "of" and toks[q.i - 2].low in POPULATION_OF)):
            q.counts = "population"     # "an island home to 200,000 people", "a city of 160,000 people"
        if q.value is not None and 0 < q.value < 1 and q.j < len(toks) and toks[q.j].low == "of":
            q.unit = "share"    # "one-fifth of the victims" is a share, not 0.2 victims


def quake_magnitudes(qs: list[Q], toks: list[Tok]) -> None:
    """In a sentence about a quake, the figures that are its magnitude though no "magnitude"
    stands by them: one after "measuring" and the next ones listed with it ("two quakes,
    measuring 7.6 and 7.4"), and a decimal before a quake noun ("a 9.1 temblor")."""
    if not any(t.low in QUAKE_NOUNS for t in toks):
        return
    for k, q in enumerate(qs):
        if q.unit is not None or q.value is None or not 0 < q.value < 10:
            continue        # a magnitude is below ten ("registered 6.1 and 300 died": 300 died)
        before = toks[q.i - 1].low if q.i > 0 else ""
        listed = k > 0 and qs[k - 1].unit == "magnitude" and qs[k - 1].j == q.i - 1 and before in LIST_JOINS
        decimal = any(t.kind == "num" and "." in t.text for t in toks[q.i:q.j]) and lemma(q.counts or "") in QUAKE_NOUNS
        if (before in MAGNITUDE_VERBS and not q.counts) or (listed and not q.counts) or decimal:
            q.unit, q.counts = "magnitude", None


def _counted_next(toks: list[Tok], k: int) -> bool:
    """Do people follow at token ``k``, perhaps after one capitalized word ("2m Windows users",
    "5m people")? Then a glued "m" before them is a million: people are not measured in metres
    (where "10m waves" may be)."""
    for t in toks[k:k + 2]:
        if t.kind != "word":
            return False
        if {t.low, lemma(t.text)} & (PEOPLE_NOUNS | MEMBER_NOUNS):
            return True
        if not t.text[:1].isupper():
            return False
    return False


def _age_after(q: Q, toks: list[Tok], k: int, hy: bool) -> bool:
    """An age after the figure: "24-year-old", "12 year old", "a 15-year girl" (hyphenated,
    "-old" left out before a person)."""
    n = len(toks)
    if k >= n or toks[k].low not in ("year", "years"):
        return False
    if k + 2 < n and toks[k + 1].text == "-" and toks[k + 2].low in ("old", "olds"):
        q.unit, q.counts, q.j = "year", "age", k + 3
        return True
    if k + 1 < n and toks[k + 1].low == "old":
        q.unit, q.counts, q.j = "year", "age", k + 2
        return True
    if hy and k + 1 < n and toks[k + 1].low in AGE_NOUNS:
        q.unit, q.counts, q.j = "year", "age", k + 1
        return True
    return False


def _unit_after(q: Q, toks: list[Tok]) -> bool:
    """The unit after the figure (in place): a glued letter unit, a spaced unit, "-square-foot",
    "per cent", "%", a currency word, "times"; an age ("24-year-old"). True when it settles
    what the figure is (nothing is counted then)."""
    n, j = len(toks), q.j
    hy = toks[j].text == "-" and toks[j].glued and j + 1 < n and toks[j + 1].glued
    k = j + 1 if hy else j
    if k < n and toks[k].glued and toks[k].text in ("C", "F") and not hy:
        q.unit, q.j = "°" + toks[k].text, k + 1
        return True
    if _age_after(q, toks, k, hy):
        return True
    if q.unit is not None and q.unit != "%":
        return False
    if _magnitude_after(q, toks, k):
        return True
    if k + 1 < n and not hy and toks[k].low in UNIT_MODIFIERS and not toks[k + 1].glued:
        beyond = _seq_match(toks, k + 1, UNIT_TABLE)
        if beyond is not None and beyond[1] not in GLUED_UNITS:
            k += 1      # "352 net yards", "five more miles": the unit after the word between
    m = _seq_match(toks, k, UNIT_TABLE)
    if m is not None:
        end, key = m
        first = toks[k]
        spaced_ok = first.glued or hy or key not in GLUED_UNITS or key in LETTER_UNITS_SPACED
        if (key in ("s", "h", "t", "l", "g", "m", "p") and not first.glued) or (key == "m" and first.glued and q.scaled):
            spaced_ok = False
        if key == "percentage" and end < n and toks[end].low in ("point", "points"):
            key, end = "percentage point", end + 1
        if key == "m" and first.glued and not hy and q.value is not None and _counted_next(toks, end):
            # "over 2m Windows users": a million, counted; not two metres
            q.value, q.low, q.high = q.value * 1e6, (q.low or 0) * 1e6, q.high * 1e6 if q.high is not None else None
            q.j, q.scaled = end, True
            return False
        if spaced_ok and not q.ordinal:
            q.unit = UNIT_TABLE[key][0]
            q.j = end
            if UNIT_TABLE[key][1] == "duration" and end < n and toks[end].low == "of":
                q.counts = _what_lasted(toks, end + 1)
            elif UNIT_TABLE[key][1] == "duration" and end < n and toks[end].low in ("after", "before"):
                q.counts = _offset_from(toks, end)
    elif toks[k].low in CURRENCY_WORDS and q.unit is None and not q.ordinal:
        w = toks[k].low
        if w in ("pound", "pounds") and hy:
            q.unit = "lb"
        elif w != "p" or toks[k].glued:
            q.unit = CURRENCY_WORDS[w]
        q.j = k + 1 if q.unit else q.j
        if q.unit == "GBP" and k + 1 < n and toks[k + 1].low == "sterling":
            q.j = k + 2
    elif toks[k].low in ("times", "fold") or (hy and toks[k].low == "fold"):
        q.unit = "times"
        q.j = k + 1
    return False


def _full_name_before(toks: list[Tok], k: int) -> bool:
    """Do the two words ending at ``k`` make a person's full name ("Mark Felt" in "Mark Felt
    was 95")? Two capitalized words, the rest of each in lower case, that are no stop words,
    months or weekdays; one capitalized word ("Phoenix was 115", "Turnout was 62") is not enough."""
    return k >= 1 and all(_name_word(t, months=True, weekdays=True) and t.text[1:].islower()
                          for t in (toks[k - 1], toks[k]))


def _name_word(t: Tok, *, months: bool = False, weekdays: bool = False) -> bool:
    """A capitalized word that may be a name ("LaRue"), not a word of grammar ("The"), nor,
    as asked, a month ("May") or a weekday ("Sunday"; but "Rick Monday, 66," is a name)."""
    return t.kind == "word" and t.text[:1].isupper() and t.low not in STOPWORDS and t.low not in PHRASE_ENDERS and \
        not (months and t.low in MONTH_WORDS) and not (weekdays and t.low in WEEKDAYS)


DEATH_REACH = 8         # tokens between a verb of death and "at 77" ("died yesterday in federal prison at 77")
_NEW_CLAUSE = frozenset({"which", "that", "when", "after", "before", "while", "where", "and", "but"})


def _died_before(toks: list[Tok], at: int) -> bool:
    """Does "died" or "dies" stand within ``DEATH_REACH`` tokens before "at" (token ``at``), in
    its clause ("died yesterday in federal prison at 77"; not "died in the crash, which
    happened at 60")?"""
    for t in reversed(toks[max(0, at - DEATH_REACH):at]):
        if t.low in ("died", "dies"):
            return True
        if t.low in _NEW_CLAUSE:
            return False
    return False


def _age(q: Q, toks: list[Tok]) -> bool:
    """An age written with no "year": "aged 24", "age 24", "Robert Buckley, 32, died", "turned 15"."""
    age = q.value if q.value is not None else q.high
    if q.unit is not None or age is None or q.ordinal or q.words or not (0 < age < 130 and age == int(age)):
        return False
    prev = toks[q.i - 1].low if q.i > 0 else ""
    before = toks[q.i - 2].low if q.i > 1 else ""
    if prev in ("aged", "age", "ages") or (prev == "of" and before == "age"):
        return True                     # "aged 24", "at the age of 95"
    k = q.i - 1
    while k >= 2 and toks[k].low in (",", "and") and toks[k - 1].kind == "num":
        k -= 2                          # "two sons, ages 6 and 16", "aged 3, 5 and 9"
        if toks[k].low in ("aged", "ages"):
            return True
    ends = q.j >= len(toks) or toks[q.j].text in ".,;)"
    if ends and prev == "at" and (before in ("dead", "death") or _died_before(toks, q.i - 1)):
        return True                     # "died at 95", "dead at 77", "died yesterday in federal prison at 77"
    closes = ends or (q.j + 1 < len(toks) and toks[q.j].low == "and" and toks[q.j + 1].kind != "num")
    if closes and prev in ("was", "is") and (before in ("she", "he", "who") or _full_name_before(toks, q.i - 2)):
        return True                     # "She was 85.", "He was 95 and lived …", "Mark Felt was 95.", "who was 80,"
    if prev == "was" and q.j + 2 < len(toks) and toks[q.j].low == "when" and toks[q.j + 1].low in ("he", "she") and \
            toks[q.j + 2].low in ("died", "dies") and (before in ("he", "she", "who") or (q.i > 1 and _name_word(toks[q.i - 2]))):
        return True                     # "LaRue was 75 when he died" (not "The temperature was 75 when he died")
    if prev in ("turned", "turns", "turning", "turn") and \
            (ends or (q.j < len(toks) and toks[q.j].low in ("on", "last", "this", "in", "earlier", "next", "when"))):
        return True                     # "turned 15 last month", "will turn 40 on Friday"
    name = toks[q.i - 2] if q.i >= 2 else None
    set_off = prev == "," and name is not None and q.j < len(toks) and toks[q.j].text in ",)"
    if set_off and name.low in AGE_APPOSED and name.text.islower() and \
            not (q.j + 1 < len(toks) and toks[q.j + 1].kind == "num"):      # (not a list: "the men, 3, 4 and 5 feet")
        return True                     # "her son, 4, was unhurt", "The officer, 32, was suspended"
    return set_off and _name_word(name, months=True) and not (q.i >= 3 and toks[q.i - 3].low in ("in", "on", "at"))


def _what_lasted(toks: list[Tok], k: int) -> Optional[str]:
    """What a span of time after "of" measures: "a week of violence", "five days of rioting",
    "four days of the worst riots" (the first lower-case noun, past determiners and
    superlatives)."""
    while k < len(toks) and k < len(toks) and toks[k].kind == "word":
        t = toks[k]
        if not t.text.islower():
            return None
        if t.low in PHRASE_ENDERS or t.low.endswith("est") or t.low in ("worst", "best", "most"):
            k += 1
            continue
        return lemma(t.text)
    return None


def _offset_from(toks: list[Tok], k: int) -> Optional[str]:
    """What a span of time is counted from: "two days after the break-in" → "after break-in",
    "a week before the election" → "before election" (the first lower-case noun after the
    determiner and any names); None when no such noun follows ("two days after he left")."""
    prep = toks[k].low
    k += 1
    if k < len(toks) and toks[k].low in ("the", "his", "her", "its", "their", "this", "that"):
        k += 1
    else:
        return None
    while k < len(toks) and toks[k].kind == "word" and toks[k].text[:1].isupper():
        k += 1                      # "the Watergate break-in"
    if k >= len(toks) or toks[k].kind != "word" or toks[k].low in PHRASE_ENDERS:
        return None
    noun = toks[k].low
    if k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 1].glued and toks[k + 2].kind == "word":
        noun += "-" + toks[k + 2].low       # "break-in", "cease-fire"
    return f"{prep} {lemma(noun)}"


def _first_num_tok(q: Q, toks: list[Tok]) -> int:
    for k in range(q.i, q.j):
        if toks[k].kind == "num" or word_atom(toks[k].low):
            return k
    return q.i


def counted_before(toks: list[Tok], i: int) -> Optional[str]:
    """The noun a figure starting at token ``i`` counts when it comes first: "a staff of more
    than 350", "a crowd of 30,000" (not "a total of 14", "a toll of 12": what is in the total
    is said elsewhere). A parent of a figure counts children ("a mother of 12")."""
    if i < 2 or toks[i - 1].low != "of":
        return None
    head = toks[i - 2]
    if head.low in PARENT_HEADS:
        return "child"
    if head.low in GRANDPARENT_HEADS:
        return "grandchild"
    if head.kind != "word" or head.low in PHRASE_ENDERS or word_atom(head.low) or head.low in OF_HEADS:
        return None
    return lemma(head.text) if head.text[:1].islower() else None


def _parent_count(toks: list[Tok], q: Q, before: Optional[str]) -> Optional[str]:
    """A parent's figure counts children even when words follow it ("mother of 13 Zurana Horton
    shot": 13 children, not shots; "Father of two pleads guilty"), unless a kin noun names them
    ("a father of two sons"). ``before``: what :func:`counted_before` read."""
    if before not in ("child", "grandchild"):
        return None
    nxt = toks[q.j] if q.j < len(toks) else None
    if nxt is not None and nxt.low in KIN_PLURALS:
        return None
    return before


def counted(toks: list[Tok], j: int, compound: bool = True) -> Optional[str]:
    """The lemma of the noun counted by a number ending at token ``j`` ("officers" → officer);
    with ``compound``, also the word of a compound glued to it ("a 2,507-member assembly")."""
    n = len(toks)
    k = j
    if k < n and toks[k].low == "of" and k + 1 < n and toks[k + 1].kind == "word":
        k += 1   # "tens of thousands of people", "dozens of officers"
        if toks[k].low == "them":
            return None
        if toks[k].low in ("the", "their", "its", "his", "her", "those", "these"):
            k += 1
    run: list[str] = []
    k = _past_initials(toks, k)     # "three U.S. soldiers" counts soldiers
    while k < n and len(run) < 4:
        t = toks[k]
        if t.kind == "num" and run and (toks[k - 1].text == "-" and t.glued and model_code(run[-1], least=1) or
                                        toks[k - 1].text == run[-1] and model_code(run[-1])):
            run.pop()       # a model's code: "7 AK-47 rifles", "six AK 47 rifles" count rifles
            k += 1
            continue
        if t.kind != "word":
            if t.text == "-" and t.glued and (run or (k == j and toks[k - 1].low in ("half", "quarter") and k + 1 < n
                                                      and toks[k + 1].low in ("century", "decade"))):
                k += 1      # (and "a quarter-century", "a half-century": a fraction of a century)
                continue
            if k == j and compound and _compound_count(toks, k):
                return lemma(toks[k + 1].text)      # "a 2,507-member assembly" counts its members
            break
        if run and word_atom(t.low) and toks[k - 1].text == "-":
            return None     # a compound: "pick-six" counts no picks
        if t.low == "other" and not run and k + 1 < n and toks[k + 1].kind == "word" and \
                plural_like(toks[k + 1].text) and toks[k + 1].text.islower():
            k += 1          # "three other bombs" counts bombs
            continue
        if t.low in ("other", "others") and not run:
            return None     # "70 others": the noun is back in the sentence
        if t.low in SERIES_WORDS and not run and k + 1 < n and toks[k + 1].kind == "word" and \
                toks[k + 1].low not in PHRASE_ENDERS and toks[k + 1].low not in STOPWORDS:
            k += 1          # "the seventh straight day" counts days ("their eighth straight on Sunday": streak)
            continue
        if (t.low in PHRASE_ENDERS and not capitals_before_noun(toks, k)) or word_atom(t.low) or t.low in MONTH_WORDS:
            break
        run.append(t.text)
        k += 1
        if k < n and toks[k].text in ("'", "’"):
            break
    return _head(run) if run else None


def _compound_count(toks: list[Tok], k: int) -> bool:
    """Is the hyphen at token ``k``, glued to a figure, the start of a compound that counts its
    word before a noun ("a 2,507-member assembly", "a 12-page report", "a two-vehicle crash"):
    a word in lower case, glued, then a word that is not a phrase's end? Not a compound that
    says what kind a thing is (``kind_compounds``: "a 64-bit version", "a five-star hotel")."""
    return k + 2 < len(toks) and toks[k].glued and toks[k + 1].glued and toks[k + 1].kind == "word" and \
        toks[k + 1].text.islower() and toks[k + 2].kind == "word" and toks[k + 2].low not in PHRASE_ENDERS \
        and not word_atom(toks[k + 1].low) and toks[k + 1].low not in MONTH_WORDS | KIND_COMPOUNDS


def _past_initials(toks: list[Tok], k: int) -> int:
    """The token after a dotted initialism starting at ``k`` ("U.S.", "U.N."), or ``k``."""
    j = k
    while j + 1 < len(toks) and len(toks[j].text) == 1 and toks[j].text.isupper() and toks[j + 1].text == "." \
            and toks[j + 1].glued:
        j += 2
    return j if j - k >= 4 and j < len(toks) and toks[j].kind == "word" else k    # two letters at least, a word after


def _head(run: list[str]) -> Optional[str]:
    """The counted noun of the words after a figure ("Met firearms officers laid" → officer)."""
    # the last of the first block of plural-looking words: "Met firearms officers laid"
    last_plural = None
    for idx, w in enumerate(run):
        if plural_like(w):
            last_plural = idx
        elif last_plural is not None:
            break
    if last_plural is not None:
        return lemma(run[last_plural])
    # a participle inside the phrase modifies what follows: "rocket propelled grenade launcher";
    # after a person it is the person's verb: "one gunman opened fire"
    if len(run) > 2 and (lemma(run[0]) in PEOPLE_NOUNS or run[0].lower().endswith(("man", "men"))) and \
            run[1].lower().endswith("ed"):
        return lemma(run[0])
    for k in range(1, len(run) - 1):
        if run[k].lower().endswith("ed") and not run[-1].lower().endswith(("ed", "ing", "ly")) \
                and run[-1].lower() not in TIME_NOUNS:
            return lemma(run[-1])
    for w in run:
        lw = w.lower()
        if lw.endswith(("ed", "ing", "ly")) or lw in ("new", "more", "extra", "further"):
            continue
        if w[:1].isupper() and len(run) > 1:
            continue
        return lw
    return None
