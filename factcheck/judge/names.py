"""Names in their roles: the same person, body or place named by both reports, and the role
each gives it ("coach Maurice Cheeks" / "coach Maurice Cheeks": agree; "Secretary of the
Interior Dirk Kempthorne" / "Interior Secretary Dirk Kempthorne": compatible).

A role is read next to the name: a title or role noun right before it, with its modifiers
("general manager", "free agent", "Prime Minister"), or an apposition right after it
("Andrew Feldman, SeaMicro CEO,"). Two names are one when the alias rules say so
(:meth:`Aliases.same`). Roles agree when they are the same words; share a word (or one side
gives none) and they are compatible; two roles with nothing in common too (one person often
holds two), with both roles in the message. Cost: O(e_a · e_b) alias tests per
sentence pair, cached.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..aliases import Aliases, derived, person_core, regional
from ..lexicon import (CLAIM_VERBS, DISTINCT_TITLES, EXCLUSIVE_ROLES, FORCE_RANKS, HONORIFIC_SEX, HONORIFICS, SERVING_ROLES, SPEAKER_OPENERS,
                       TITLES, ROLE_ABBREVIATIONS, ROLE_BODIES, ROLE_MODIFIERS, ROLE_NOUNS, ROLE_RANKS, ROLE_RANKS_BELOW,
                       ROLE_SYNONYMS, ROLE_TIMES, SHARED_ROLES, SINGLE_HOLDER_ROLES,
                       STOPWORDS, STORMS, compound_role, in_role_vocabulary)
from ..model import Entity, Finding, Side, Verdict
from ..settings import Thresholds
from ..text import alternation, content_stems, fold, fold_key
from .doc import Doc, side, span_side
from .rules import Out, combine, sentence_evidence

_WORD = re.compile(r"[A-Za-z][\w.'’\-]*$")
_ROLE_WORDS = ROLE_NOUNS | ROLE_MODIFIERS
_APPOSITION = re.compile(r"^\s*,\s*(?:the\s+|a\s+|an\s+)?([^,;:()\"“”]{2,70}?)\s*(?:\s(?:says|said|told|adds|added))?"
                         r"\s*(?=[,;:)]|$|\.\s)")


_ROLE_NOUN_ALT = alternation(w for w in ROLE_NOUNS if "." not in w)
_MODIFIERS_ALT = alternation(ROLE_MODIFIERS)
_ROLE_OF = re.compile(r"(?:\b[A-Z][\w\-]*\s+){0,2}?(?:\b(?i:" + _MODIFIERS_ALT + r")\s+){0,2}\b(?i:" + _ROLE_NOUN_ALT
                      + r")\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’&.\-]*\s+(?:and\s+|&\s+)?){1,5}$")
# the same with a lowercase field after "of"/"for": "vice president of marketing Phil Schiller",
# "vice-president of worldwide product marketing Phil Schiller", "director of operations Ann Lee"
_ROLE_OF_FIELD = re.compile(r"(?:\b[A-Z][\w\-]*\s+){0,2}?(?:\b(?i:" + _MODIFIERS_ALT + r")\s+){0,2}\b(?i:"
                            + _ROLE_NOUN_ALT + r")\s+(?:of|for)\s+((?:[a-z][\w\-]*\s+){1,3})$")
_FIELD_END = re.compile(r"\b(?:of|for)\s+(?:[a-z][\w\-]*\s+){1,3}$")   # a cheap test before the long pattern


ROLE_OF_WORDS = 12      # words before a name among which a role's "of" or "for" stands (itself, "the", five of the
                        # body's and an "and" or "&" between each two)
ROLE_OF_REACH = 240     # characters before a name those words are read from (twelve words of twenty letters)


def _role_of(left: str) -> Optional[re.Match]:
    """A role with an "of" or "for" right before a name: a body ("Secretary of the Interior")
    or a field in lowercase words that are no stopwords ("vice president of marketing"). The
    patterns are read only when "of" or "for" stands among the last ``ROLE_OF_WORDS`` words
    (searching a long sentence's left part for them costs more than the rest of the judge).
    Linear in the left part's length.

    >>> _role_of("fired Secretary of the Interior ").group().strip()
    'Secretary of the Interior'
    >>> _role_of("said the man who spoke to ") is None
    True
    """
    if not {"of", "for"} & set(left[-ROLE_OF_REACH:].split()[-ROLE_OF_WORDS:]):
        return None
    of = _ROLE_OF.search(left)
    if of:
        return of
    field = _FIELD_END.search(left) and _ROLE_OF_FIELD.search(left)
    if field and not any(w in STOPWORDS for w in field.group(1).split()):
        return field
    return None


_SERVED = re.compile(r"\s*(.+?)\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w'’.\-]*\s+){1,5})$")    # a role, then whose


def _served_title(role: str) -> Optional[str]:
    """The title a role held on another's behalf ends in ("spokesman for Texas Attorney General"
    → "Texas Attorney General"): the name after it holds that title, not the serving role
    (``data/names.toml`` ``serving_roles``). None for a role of a body ("spokesman for the Texas
    Department of Public Safety") or any other role."""
    m = _SERVED.match(role)
    head = m.group(1).lower().split() if m else []
    if not (head and (head[-1] in SERVING_ROLES or " ".join(head[-2:]) in SERVING_ROLES)):
        return None
    tail = m.group(2).split()
    return m.group(2).strip() if tail[-1].lower().rstrip(".") in TITLES else None


_ROLE_COMMA = re.compile(r"(?<=[a-z]),\s*$")
_OWNER = re.compile(r"(?:\b(?:his|her|their|its|the|a|an)|['’]s|s['’])\s+$", re.I)


def role_before(doc: Doc, i: int, e: Entity) -> Optional[tuple[int, str]]:
    """The role written right before a name (see :func:`_role_before`), remembered per report."""
    memo = doc._memo.setdefault("role_before", {})
    key = (i, e.start, e.end, e.text)
    if key not in memo:
        memo[key] = _role_before(doc, i, e)
    return memo[key]


ROLE_NAME_WORDS = 3     # words of an owner's name a role may take beyond its own four ("San Diego Chargers")


def _role_before(doc: Doc, i: int, e: Entity) -> Optional[tuple[int, str]]:
    """The role written right before a name, as (offset where it starts, its words): "coach"
    in "fired coach Maurice Cheeks", "Prime Minister" in "Prime Minister Costas Karamanlis".

    The word next to the name is a title or a role noun; before it, modifiers (role nouns,
    capitalized words, listed modifiers such as "general", "free", "senior", hyphenated words
    such as "three-time"), at most four words in all."""
    s = doc.sentences[i]
    left = fold(s.text[:e.start - s.start])
    of = _role_of(left)                 # "Secretary of the Interior Dirk Kempthorne"
    if of:
        served = _served_title(of.group())
        if served:          # "a spokesman for Texas Attorney General Greg Abbott": Abbott is the Attorney General
            return s.start + of.start() + of.group().rindex(served), served
        start = of.start() + len(of.group()) - len(of.group().lstrip())
        while left[start:start + 1].isspace():
            start += 1
        words0 = left[start:].split()
        if words0 and words0[0].lower() in STOPWORDS:
            start += len(words0[0]) + 1
        return s.start + start, left[start:].strip()
    words: list[tuple[int, str]] = []
    end = len(left)
    # a role set off by a comma after a possessive or an article: "his family's lawyer, John
    # D. O'Connor", "the agency's director, Ann Lee"
    comma = _ROLE_COMMA.search(left)
    if comma:
        end = comma.start()
        # "Apple's senior vice president of Worldwide Product Marketing, Philip Schiller"
        of = _role_of(left[:end] + " ")
        if of and _OWNER.search(left[:of.start()]):
            return s.start + of.start(), of.group().strip()
    # (in a sentence written all in lower case, a name found there as one the other report
    # capitalizes owns the role as a capitalized word does: "chargers general manager brad baehr")
    # (and so does a word of a name the report gives elsewhere: "chargers", of "san diego chargers")
    lowered = not any(c.isupper() for c in s.text)
    names = [(f.start - s.start, f.end - s.start) for f in doc.of(i, Entity) if f.end <= e.start] if lowered else []
    named_words = _name_words(doc) if lowered else frozenset()
    while len(words) < 4:
        m = _WORD.search(left[:end].rstrip())
        if not m or left[m.end():end].strip(" "):
            break
        word = m.group().rstrip(".")
        low = word.lower()
        nearest = not words
        if nearest and low not in ROLE_NOUNS and not compound_role(low):
            return None     # (a compound's last word may be the role: "half-brother", "co-founder")
        if nearest and low == fold_key(e.text).split()[-1]:
            return None     # the name's own kind, not a role: "rehab center Promises Treatment Center"
        if not nearest and not (low in ROLE_NOUNS or low in ROLE_MODIFIERS or "-" in word or
                                (word[:1].isupper() and low not in STOPWORDS) or
                                any(a <= m.start() < b for a, b in names) or fold_key(word) in named_words):
            break
        words.insert(0, (m.start(), m.group()))
        end = m.start()
    # a name before the role is taken whole: "San Diego Chargers defensive tackle", not "Diego Chargers …"
    while words and len(words) < 4 + ROLE_NAME_WORDS and words[0][1][:1].isupper():
        m = _WORD.search(left[:words[0][0]].rstrip())
        if not m or left[m.end():words[0][0]].strip(" ") or not m.group()[:1].isupper() or \
                m.group().lower() in STOPWORDS:
            break
        words.insert(0, (m.start(), m.group()))
    # a capitalized word after "X of" ends a name "X of Y" the role belongs to, whole: "Hall of
    # Fame trainer", "Bank of America chief executive" (not "Government of Prime Minister …")
    if words and words[0][1][:1].isupper() and words[0][1].lower().rstrip(".") not in _ROLE_WORDS:
        of = re.search(r"\b[A-Z][\w'’.\-]*\s+of\s+$", left[:words[0][0]])
        if of:
            words.insert(0, (of.start(), of.group().strip()))
    if not words:
        return None
    if comma and not (_OWNER.search(left[:words[0][0]]) or words[0][1].endswith(("'s", "’s", "s'", "s’"))):
        return None     # (an owner's role set off by a comma: "Israel's defence minister, Ehud Barak")
    start = words[0][0]
    return s.start + start, " ".join(w for _, w in words)


def _name_words(doc: Doc) -> frozenset[str]:
    """The words of the names a report gives (folded, not function words), remembered per report."""
    memo = doc._memo.get("name_words_of")
    if memo is None:
        memo = doc._memo["name_words_of"] = frozenset(
            w for k in range(len(doc.sentences)) for f in doc.of(k, Entity) for w in fold_key(f.text).split()
            if w not in STOPWORDS and len(w) > 2)
    return memo


def role_after(doc: Doc, i: int, e: Entity) -> Optional[str]:
    """The role in an apposition right after a name: "SeaMicro CEO" in "Andrew Feldman,
    SeaMicro CEO, who …", "senior vice president and general manager of HP Services"."""
    s = doc.sentences[i]
    m = _APPOSITION.match(fold(s.text[e.end - s.start:]))
    if not m:
        return None
    words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z][\w.\-]*", m.group(1))]
    if not words or len(words) > 10 or words[0] in ("who", "which", "said", "says", "and", "but"):
        return None
    if words[0] in SPEAKER_OPENERS and words[-1] in CLAIM_VERBS:
        return None     # "Promises Treatment Center, her rep says": the one who says it, not the name's role
    head = next((k for k, w in enumerate(words) if w in ROLE_NOUNS), None)
    return m.group(1).strip() if head is not None and head < 4 else None     # the role's head comes early


def _role(doc: Doc, i: int, e: Entity) -> tuple[Side, Optional[str]]:
    """The side a name finding shows (the role and the name when the role comes first) and the role."""
    before = role_before(doc, i, e)
    s = doc.sentences[i]
    if before:
        start, role = before
        return span_side(doc, i, start, e.end), role
    honorific = _HONORIFIC_BEFORE.search(s.text[:e.start - s.start])
    if honorific:       # "Dr. Regina Benjamin", "Mr. Woodward": shown as written, no role
        start = s.start + honorific.start()
        return span_side(doc, i, start, e.end), role_after(doc, i, e)
    return side(doc, i, e), role_after(doc, i, e)


# (capitalized: "Fans will miss Johnson" holds a verb)
_HONORIFIC_BEFORE = re.compile(r"\b(?:" + alternation(sorted(h.capitalize() for h in HONORIFICS)) + r")\.?\s+$")


def _unowned(role: str) -> str:
    """A role without whose it is, its synonyms read as one ("role_synonyms"): "Teixeira's
    agent" and "his agent" → "agent", "Carter's lawyer" → "attorney"."""
    words = fold(role).split()
    while len(words) > 1 and (words[0].lower() in ("his", "her", "their", "its", "the", "a", "an")
                              or words[0].endswith(("'s", "’s", "s'"))):
        words = words[1:]
    return " ".join(_synonym(tuple(fold_key(" ".join(words)).split())))


def _synonym(words: tuple[str, ...]) -> tuple[str, ...]:
    """A role's words with its last words as the first of their synonyms (``data/names.toml``
    ``role_synonyms``): ("lead", "defense", "lawyer") → ("lead", "attorney")."""
    for n in (3, 2, 1):
        if len(words) >= n and words[-n:] in ROLE_SYNONYMS:
            return words[:-n] + ROLE_SYNONYMS[words[-n:]]
    return words


def _one_role(ra: str, rb: str) -> bool:
    """One role, whose it is aside: "his agent" / "Teixeira's agent"; the same words, case
    aside, after an owner's capitalized name on one side only ("Colts interim coach" / "interim
    coach", "Saints Head Coach" / "Head Coach", "British Columbia Attorney General" / "British
    Columbia attorney general"); not two owners ("Colts coach" / "Jets coach")."""
    if _unowned(ra) == _unowned(rb):
        return True
    wa, wb = fold(ra).split(), fold(rb).split()
    short, long = sorted((wa, wb), key=len)
    extra = long[:len(long) - len(short)]
    return bool(short) and [w.lower() for w in long[len(extra):]] == [w.lower() for w in short] and \
        all(w[:1].isupper() and not in_role_vocabulary(w) for w in extra)


def _ranked_heads(role: str) -> list[tuple[str, frozenset[str]]]:
    """Each role a role phrase names ("assistant general manager and senior vice president"),
    as its head noun and the rank words right before it: ("manager", {assistant}),
    ("president", {senior, vice}). Abbreviations are spelled out ("senior VP")."""
    out = []
    for part in re.split(r",|&|/|\band\b", fold(role).lower()):
        words = []
        for w in re.findall(r"[a-z]+", part):      # ("vice-president": two words)
            words += ROLE_ABBREVIATIONS.get(w, w).split()
        if any(w in ("of", "for", "at", "with") for w in words):
            words = words[:next(k for k, w in enumerate(words) if w in ("of", "for", "at", "with"))]
        head = next((k for k in range(len(words) - 1, -1, -1) if words[k] in ROLE_NOUNS), None)
        if head is None:
            continue
        k, ranks = head, set()
        while k > 0 and (words[k - 1] in ROLE_MODIFIERS or words[k - 1] in ROLE_RANKS):
            k -= 1
            ranks |= {words[k]} & ROLE_RANKS
        if words[head] in FORCE_RANKS and words[head - 1:head] == ["deputy"]:
            ranks.discard("deputy")     # "Sheriff's Deputy Sgt." / "Sgt.": the job, not a rank below
                                        # ("Deputy Chief Constable" is a rank below "Chief Constable")
        out.append((words[head], frozenset(ranks)))
    return out


def _other_rank(ra: str, rb: str) -> frozenset[str]:
    """The rank words that set two roles of one person apart ("director" / "deputy director" →
    deputy): one role head in both at two ranks, and none at one rank (a report may give two
    roles: "assistant general manager" / "assistant general manager and senior vice
    president"); a rank below the role's own, or one on each side. Empty when the roles do not
    differ so."""
    ha, hb = _ranked_heads(ra), _ranked_heads(rb)
    pairs = [(x, y) for hx, x in ha for hy, y in hb if hx == hy]
    if not pairs or any(x == y for x, y in pairs):
        return frozenset()
    # a rank below the role's own on one side ("deputy director" / "director"), or two ranks
    # where each side gives one ("senior" / "junior"); a seniority one side leaves out is loose
    # wording ("senior adviser" / "adviser")
    if not any((x ^ y) & ROLE_RANKS_BELOW or (x - y and y - x) for x, y in pairs):
        return frozenset()
    return frozenset.union(*(x ^ y for x, y in pairs))


def _excluded(ra: str, rb: str) -> Optional[str]:
    """The two head nouns, when two roles exclude each other (``data/names.toml``
    ``exclusive_roles``: "court clerk" / "prosecutor"), and neither role names the other's."""
    ha, hb = {h for h, _ in _ranked_heads(ra)}, {h for h, _ in _ranked_heads(rb)}
    if ha & hb or _of_another_time(ra) or _of_another_time(rb):
        return None     # (a role of another moment: "Judge Ann Cole" / "Ann Cole, a former prosecutor")
    for group in EXCLUSIVE_ROLES:
        x, y = sorted(ha & group), sorted(hb & group)
        if x and y:
            return f"{x[0]} / {y[0]}"
    return None


def _another_title(ra: str, rb: str) -> Optional[str]:
    """The two titles, when two roles of one person name two posts (``data/names.toml``
    ``distinct_titles``) and are otherwise worded alike, with words besides the title ("director
    of security research at McAfee Labs" / "manager of security research at McAfee Labs"):
    one post called by two titles. Not a role naming two titles ("president and CEO"), nor a
    title alone ("director" / "manager"), which may be two posts of one career."""
    ta, tb = _title_words(ra), _title_words(rb)
    if ta is None or tb is None or _of_another_time(ra) or _of_another_time(rb):
        return None
    (title_a, rest_a), (title_b, rest_b) = ta, tb
    if DISTINCT_TITLES[title_a] == DISTINCT_TITLES[title_b] or rest_a != rest_b or not rest_a:
        return None
    return f"{title_a} / {title_b}"


def _title_words(role: str) -> Optional[tuple[str, tuple[str, ...]]]:
    """The one title of ``distinct_titles`` a role names and its other words (abbreviations
    spelled out, articles left out), or None when it names none or two."""
    words = []
    for w in re.findall(r"[a-z]+(?:-[a-z]+)?", fold(_unowned(role)).lower()):
        words += ROLE_ABBREVIATIONS.get(w, w).split()
    titles = [k for k, w in enumerate(words) if w in DISTINCT_TITLES]
    if len(titles) != 1:
        return None
    k = titles[0]
    return words[k], tuple(w for w in words[:k] + words[k + 1:] if w not in ("the", "a", "an"))


# what a finding of one person called by two titles of one post says (its confidence is
# Thresholds.title_confidence)
ANOTHER_TITLE = "the same name with another title"
# what a compatible finding of one person in two roles says (judge/resolve.py reads it: such a
# finding does not excuse a discrepancy of who holds the role)
ANOTHER_ROLE = "each report gives another role"


def _roles_relate(ra: Optional[str], rb: Optional[str]) -> tuple[Verdict, str]:
    if not ra and not rb:
        return Verdict.AGREE, "the same name"
    if ra and rb and _one_role(ra, rb):
        return Verdict.AGREE, f"the same name and role ({ra})"     # "his agent" / "Teixeira's agent" too
    if not ra or not rb:
        return Verdict.AGREE, f"the same name; one report gives the role: {ra or rb}"
    shared = set(content_stems(ra)) & set(content_stems(rb))
    ranks = _other_rank(ra, rb)
    if ranks:
        return Verdict.DIFFERS, f"the same name, the role at another rank ({', '.join(sorted(ranks))}): {ra} / {rb}"
    excluded = _excluded(ra, rb)
    if excluded:
        return Verdict.DIFFERS, f"the same name in two roles one person cannot hold in one case ({excluded}): {ra} / {rb}"
    titles = _another_title(ra, rb)
    if titles:
        return Verdict.DIFFERS, f"{ANOTHER_TITLE} ({titles}), the rest of the role alike: {ra} / {rb}"
    if shared:
        return Verdict.COMPATIBLE, f"the same name, the role worded differently: {ra} / {rb}"
    # one person often holds two roles ("Alaska Gov." / "candidate", "co-founder" / "chief
    # executive"): two roles are worth a look, not an accusation
    return Verdict.COMPATIBLE, f"the same name, {ANOTHER_ROLE}: {ra} / {rb}"


def name_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases, *, t: Thresholds, out: Out,
                  score: float = 1.0, aligned: bool = True) -> None:
    """The names both sentence groups give, each paired once, with their roles compared."""
    ea = [(i, e) for i in ia for e in doc_a.of(i, Entity)]
    eb = [(j, e) for j in ib for e in doc_b.of(j, Entity)]
    evidence = sentence_evidence(score, aligned)
    candidates = []
    for i, x in ea:
        for j, y in eb:
            if not aliases.same(x.text, y.text):
                continue
            exact = fold_key(person_core(x.text)) == fold_key(person_core(y.text))
            candidates.append((-exact, -score, i, x.start, j, y.start, x, y))
    used_a, used_b = set(), set()
    for *_, i, _, j, _, x, y in sorted(candidates, key=lambda c: c[:6]):
        if id(x) in used_a or id(y) in used_b:
            continue
        used_a.add(id(x))
        used_b.add(id(y))
        _name_finding(doc_a, i, x, doc_b, j, y, evidence, out, aliases, t)


def _name_finding(doc_a: Doc, i: int, x: Entity, doc_b: Doc, j: int, y: Entity, evidence: float, out: Out,
                  aliases: Aliases, t: Thresholds, roles_only: bool = False) -> None:
    (sa, ra), (sb, rb) = _role(doc_a, i, x), _role(doc_b, j, y)
    capitals = False
    if roles_only and not (ra and rb):
        return
    sexes = {HONORIFIC_SEX.get(fold_key(side.text).split()[0]) for side in (sa, sb) if fold_key(side.text)}
    if {"m", "f"} <= sexes:
        if ra and rb and _one_role(ra, rb):
            # "Ms Jenkin, the head teacher" / "Mr Jenkin, the head teacher": one person, two sexes
            out.find(Finding("entity", Verdict.DIFFERS, sa, sb, f"{doc_a.id}: {sa.text}; {doc_b.id}: {sb.text} — one "
                             f"person in one role ({ra}), a man's honorific and a woman's", combine(evidence, 0.45)))
            return
        out.skip("entity.two-honorifics", "entity", sa, sb, f"{sa.text} / {sb.text}: a man and a woman of one name")
        return      # "Mr Jenkin" / "Miss Jenkin": a father and his daughter
    verdict, reason = _roles_relate(ra, rb)
    if verdict is Verdict.COMPATIBLE and ra and rb and _head(ra)[0] != _head(rb)[0]:
        taken = _taken(doc_b, ra, x, aliases) or _taken(doc_a, rb, y, aliases)
        if taken:
            # "Chargers general manager Brad Baehr" / "Highway Patrol Officer Brad Baehr", when B
            # says A.J. Smith is the general manager: a name put in the wrong role
            verdict, reason = Verdict.DIFFERS, f"the same name in two roles; {taken}"
    if verdict is Verdict.AGREE and x.key != y.key and regional(x.key) == regional(y.key):
        verdict, reason = Verdict.COMPATIBLE, "British and American spelling"
    elif verdict is Verdict.AGREE and _capitalised_apart(x.text, y.text):
        verdict, reason = Verdict.COMPATIBLE, "the same name, capitalised differently (a slip of style, or of spelling?)"
        capitals = True
    elif _one_ending_apart(x, y):
        verdict, reason = Verdict.DIFFERS, "one name with two endings: spelled two ways?"
    # the same name is strong evidence of the same thing: a longer name, the same spelling
    # and a role on both sides more so
    confidence = combine(evidence, 0.55 if len(fold_key(x.text).split()) >= 2 else 0.45,
                         0.15 if fold_key(x.text) == fold_key(y.text) else 0.0, 0.2 if ra and rb else 0.0,
                         0.2 if ra and rb and set(content_stems(ra)) & set(content_stems(rb)) else 0.0)
    if capitals:    # a slip of style more often than of fact ("Macbook" / "MacBook")
        confidence = min(confidence, t.capitals_confidence)
    if verdict is Verdict.DIFFERS and reason.startswith(ANOTHER_TITLE):
        confidence = t.title_confidence     # one post called by two titles: a slip, or two posts held at once
    out.find(Finding("entity", verdict, sa, sb, f"{doc_a.id}: {sa.text}; {doc_b.id}: {sb.text} — {reason}", confidence))


def rank_finding(doc_a: Doc, i: int, x: Entity, doc_b: Doc, j: int, y: Entity, out: Out) -> bool:
    """One person named two ways ("Phil" / "Philip Schiller"), each name with a role before or
    after it, the roles at two ranks ("vice president of worldwide marketing" / "senior vice
    president of Worldwide Product Marketing"): a finding, as for one name in two roles. True
    when it found one."""
    (sa, ra), (sb, rb) = _role(doc_a, i, x), _role(doc_b, j, y)
    if not (ra and rb):
        return False
    verdict, reason = _roles_relate(ra, rb)
    if verdict is not Verdict.DIFFERS:
        return False
    out.find(Finding("entity", verdict, sa, sb, f"{doc_a.id}: {sa.text}; {doc_b.id}: {sb.text} — {reason}",
                     combine(0.55, 0.2, 0.2)))
    return True


def self_role_findings(doc: Doc, aliases: Aliases, *, out: Out) -> None:
    """One person given two roles in one report that cannot both be right: at two ranks
    ("Albany County District Attorney Dave Rossi" … "Albany County Assistant District Attorney
    Dave Rossi") or in two roles one person cannot hold in one case. Only full names (two
    words or more on each side), so that two people of one surname are not taken for one; not
    a role held at another moment ("former", "then-"); one finding a person. Cost: O(r²) over
    the mentions with a role."""
    roles = ((i, e, _role(doc, i, e)[1]) for i in range(len(doc.sentences)) for e in doc.of(i, Entity)
             if len(fold_key(e.text).split()) >= 2)
    # (a role held at another moment, "former Vice President Joe Biden", is a career, not a slip)
    roled = [(i, e) for i, e, role in roles if role and not _of_another_time(role)]
    flagged: set[str] = set()
    for k, (i, x) in enumerate(roled):
        for j, y in roled[k + 1:]:
            if j == i or fold_key(x.text) in flagged or not aliases.same(x.text, y.text):
                continue
            if rank_finding(doc, i, x, doc, j, y, out):
                flagged.add(fold_key(x.text))      # one finding a person


def _of_another_time(role: str) -> bool:
    """Does a role's wording say it was held at another moment ("former", "then-", ``data/
    names.toml`` ``role_times``)?"""
    return bool(ROLE_TIMES & set(re.findall(r"[a-z]+", fold(role).lower())))


def _capitalised_apart(p: str, q: str) -> bool:
    """One name with a capital inside a word on one side only ("LaSalle" / "Lasalle",
    "McKay" / "Mckay"): a name has one spelling. Not a headline's capitals ("LASALLE")."""
    wp, wq = p.split(), q.split()
    return len(wp) == len(wq) and any(
        a != b and a.lower() == b.lower() and a[:1].isupper() and b[:1].isupper() and not a.isupper()
        and not b.isupper() and any(x[1:] != y[1:] for x, y in zip(a.split("-"), b.split("-")))
        for a, b in zip(wp, wq))       # "Hit-And-Run" / "Hit-and-Run": a capital after a hyphen is style


def _one_ending_apart(x: Entity, y: Entity) -> bool:
    """Two names of a person (or of a storm, named like one) whose last words differ by an
    ending alone ("Hurricane George" / "Hurricane Georges", "Justice Brian Nichol" / "Justice
    Brian Nichols"): a plural fits a team and one of its players ("Tar Heels" / "Tar Heel"),
    not one person. Only names read as a person's (a title before them) or a storm's."""
    wx, wy = fold_key(x.text).split(), fold_key(y.text).split()
    if len(wx) != len(wy) or len(wx) < 2 or wx[:-1] != wy[:-1] or wx[-1] == wy[-1] or \
            not (x.label == y.label == "person" or wx[0] in STORMS):
        return False
    short, long = sorted((wx[-1], wy[-1]), key=len)
    return len(short) >= 4 and long.startswith(short) and long[len(short):] in ("s", "es")


def role_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, sim: Callable[[int, int], float], *, t: Thresholds,
                  out: Out) -> None:
    """The roles both reports give one person or body, wherever they give them ("Producer
    Moffat" / "Steven Moffat, lead writer and executive producer"): each mention with a role
    paired with the most similar mention of the same name that has one too."""
    roled_b = [(j, y) for j in range(len(doc_b.sentences)) for y in doc_b.of(j, Entity)
               if role_before(doc_b, j, y) or role_after(doc_b, j, y)]
    for i in range(len(doc_a.sentences)):
        for x in doc_a.of(i, Entity):
            if not (role_before(doc_a, i, x) or role_after(doc_a, i, x)):
                continue
            same = [(sim(i, j), j, y) for j, y in roled_b if aliases.same(x.text, y.text)]
            if same:
                score, j, y = max(same, key=lambda c: (c[0], -c[1]))
                _name_finding(doc_a, i, x, doc_b, j, y, sentence_evidence(score, False), out, aliases, t,
                              roles_only=True)


def shared_name_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, sim: Callable[[int, int], float],
                         compared: set, *, t: Thresholds, out: Out) -> None:
    """A person or body both reports name, in no sentence pair the name judge has compared
    (``compared``: "agent Scott Boras" in a paragraph of each on other matters): an agreement
    between the two most similar mentions, so the report confirms every name both give, not
    only those of aligned sentences. Names of two words or more, or a person's; once a name.
    Cost: the alias tests of names that share a blocking key (:meth:`Aliases.keys`), and the
    mention pairs of each name both give."""
    by_text_b: dict[str, list] = {}
    for j in range(len(doc_b.sentences)):
        for y in doc_b.of(j, Entity):
            by_text_b.setdefault(y.text, []).append((j, y))
    index: dict[str, set] = {}
    for text in by_text_b:
        for k in aliases.keys(text):
            index.setdefault(k, set()).add(text)
    by_key: dict[str, list] = {}
    for i in range(len(doc_a.sentences)):
        for x in doc_a.of(i, Entity):
            if len(x.key.split()) >= 2 or x.label == "person":
                by_key.setdefault(x.key, []).append((i, x))
    for mentions_a in by_key.values():
        text = mentions_a[0][1].text
        others = sorted(other for k in aliases.keys(text) for other in index.get(k, ()) if aliases.same(text, other))
        pairs = [(i, x, j, y) for i, x in mentions_a for other in dict.fromkeys(others) for j, y in by_text_b[other]]
        if not pairs or any((i, j) in compared for i, _, j, _ in pairs):
            continue    # not named by the other report, or the name judge compared it already
        i, x, j, y = max(pairs, key=lambda p: (sim(p[0], p[2]), -p[0], -p[2]))
        _name_finding(doc_a, i, x, doc_b, j, y, sentence_evidence(sim(i, j), False), out, aliases, t)


def role_holder_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, sim: Callable[[int, int], float], *,
                         t: Thresholds, out: Out) -> None:
    """One role that one person holds at a time, given to two people ("Chargers general manager
    Brad Baehr" / "team general manager A.J. Smith", "Israel's defence minister, Tzipi Livni" /
    "Ehud Barak"): ``differs``, wherever the two mentions stand. Roles are those of
    ``data/names.toml`` ``single_holder_roles``, matched by their last words; roles of two
    bodies (owners named on both sides and different: "Chargers" / "Raiders") and of other
    moments ("former coach") are no such pair, nor are two names one side gives the role to
    both. Surer when the sentences are alike, and when the other report names the first
    person too (in another role: a name put in the wrong place); held back (rule
    ``entity.one-role-apart``) in sentences less alike than ``t.role_close`` with no such sign.
    Cost: O(r_a · r_b · (r_a + r_b)) over the mentions with a role, and a pass over the names
    of the other report for each finding."""
    seen = set()
    for (i, x, sx, role_x, head, owners_x), (j, y, sy, role_y, _, owners_y) in \
            _two_holders(_holders(doc_a), _holders(doc_b), aliases, out):
        if (x.key, y.key) in seen:
            continue
        elsewhere = _named_elsewhere(doc_b, x, aliases) or _named_elsewhere(doc_a, y, aliases)
        if sim(i, j) < t.role_close and not elsewhere:
            # "North Carolina coach Dean Smith" in 1977 / "coach Roy Williams": holders at
            # other times, unless the sentences are alike or the first is put elsewhere
            out.skip("entity.one-role-apart", "entity", sx, sy, f"{x.text} / {y.text}: {role_x} / {role_y}")
            continue
        seen.add((x.key, y.key))
        confidence = combine(0.45, 0.15 if owners_x & owners_y else 0.0,
                             0.15 if sim(i, j) >= t.role_close else 0.0, 0.25 if elsewhere else 0.0)
        msg = f"{doc_a.id} names {x.text} as {role_x}, {doc_b.id} names {y.text}: one role, two people"
        if elsewhere:
            msg += f" ({elsewhere})"
        out.find(Finding("entity", Verdict.DIFFERS, sx, sy, msg, confidence))
    _shared_role_findings(doc_a, doc_b, aliases, sim, t=t, out=out)


def _shared_role_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, sim: Callable[[int, int], float], *,
                          t: Thresholds, out: Out) -> None:
    """A role one owner may give several people ("Jeffs' attorney Walter F. Bugden" / "Jeffs'
    attorney, Mike Picarretta"; ``data/names.toml`` ``shared_roles``), of one owner named on
    both sides, given to two people: ``compatible``, worth a look (another lawyer, or the wrong
    one?). Not when either report gives the role to both."""
    seen = set()
    for (i, x, sx, role_x, _, _), (j, y, sy, _, _, _) in \
            _two_holders(_holders(doc_a, SHARED_ROLES), _holders(doc_b, SHARED_ROLES), aliases, out, owned=True):
        if (x.key, y.key) in seen:
            continue
        seen.add((x.key, y.key))
        confidence = combine(0.45, 0.2, 0.15 if sim(i, j) >= t.role_close else 0.0)   # one owner named on both sides
        out.find(Finding("entity", Verdict.COMPATIBLE, sx, sy,
                         f"{doc_a.id} names {x.text} as {role_x}, {doc_b.id} names {y.text}: two people in one "
                         f"role (one may have several, or one name is wrong)", confidence))


def _two_holders(held_a: list[tuple], held_b: list[tuple], aliases: Aliases, out: Out, owned: bool = False):
    """Pairs of holders (see :func:`_holders`) of one role of one body (``owned``: named on both
    sides), two people: not one name or names sharing a word, and not when a report gives the
    role to both (rule ``entity.role-shared``: the other report gives the role to this person too)."""
    for hx in held_a:
        _, x, sx, role_x, head, owners_x = hx
        for hy in held_b:
            _, y, sy, _, head_y, owners_y = hy
            if not _same_head(head, head_y) or not _same_body(owners_x, owners_y) or (owned and not (owners_x and owners_y)):
                continue
            if aliases.same(x.text, y.text) or aliases.relation(x.text, y.text) or \
                    set(fold_key(x.text).split()) & set(fold_key(y.text).split()):
                continue
            if any(_same_head(h, head) and aliases.same(x.text, z.text) for _, z, _, _, h, _ in held_b) or \
                    any(_same_head(h, head) and aliases.same(y.text, z.text) for _, z, _, _, h, _ in held_a):
                out.skip("entity.role-shared", "entity", sx, sy, f"{x.text} / {y.text}: {role_x}")
                continue
            yield hx, hy


def _taken(doc: Doc, role: str, person: Entity, aliases: Aliases) -> Optional[str]:
    """"B gives general manager to A.J. Smith" when ``doc`` gives ``role``, one that one person
    holds at a time, to someone other than ``person``; else None."""
    head, owners = _head(role)
    if not owners:
        return None     # "Secretary Salazar": which body's secretary? ("Secretary Gary Locke" may be another's)
    for _, z, _, role_z, head_z, owners_z in _holders(doc):
        if head and _same_head(head_z, head) and _same_body(owners, owners_z) and not aliases.same(person.text, z.text):
            return f"{doc.id} gives {role} to {z.text}"
    return None


def _same_head(head_x: Optional[tuple], head_y: Optional[tuple]) -> bool:
    """Two roles' last words (:func:`_head`) that name one role, as written or as synonyms
    (``data/names.toml`` ``role_synonyms``).

    >>> _same_head(("lawyer",), ("attorney",)), _same_head(("defense", "lawyer"), ("attorney",))
    (True, True)
    >>> _same_head(("lead", "defense", "lawyer"), ("lead", "defense", "attorney")), _same_head(("agent",), ("attorney",))
    (True, False)
    """
    return head_x is not None and head_y is not None and _synonym(head_x) == _synonym(head_y)


def _same_body(owners_x: frozenset, owners_y: frozenset) -> bool:
    """Two roles of one body: a body named with one of them at least ("Chargers general
    manager" / "team general manager"; "Israel's" and "Israeli" are one), and not two bodies
    ("Chargers" / "Raiders"); a role with no body on either side ("President") may be any
    body's, or another time's."""
    if not (owners_x or owners_y):
        return False
    return not (owners_x and owners_y) or any(x == y or derived(x, y) for x in owners_x for y in owners_y)


def _head(role: Optional[str], roles: frozenset = SINGLE_HOLDER_ROLES) -> tuple[Optional[tuple], frozenset]:
    """The last words of a role one person holds at a time ("general manager") and the words
    that name whose role it is ("chargers"); (None, ∅) for another role or another moment's."""
    words = re.findall(r"[a-z]+", fold(role or "").lower().replace("'s", "").replace("’s", ""))
    # another moment's holder: a lower-case time word ("former coach", "then-president",
    # "one-time coach"), not a name ("New York mayor")
    times = {w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", fold(role or "")) if w.islower()}
    times |= {w.split("-")[0] for w in times}
    if not any(len(words) >= n and tuple(words[-n:]) in roles for n in (2, 1)) or times & ROLE_TIMES:
        return None, frozenset()
    # which role: the role words at its end ("defence minister" is not "foreign minister")
    k = len(words)
    while k > 0 and (words[k - 1] in ROLE_NOUNS or words[k - 1] in ROLE_MODIFIERS) and words[k - 1] not in ROLE_BODIES:
        k -= 1
    return tuple(words[k:]), frozenset(w for w in words[:k] if w not in ROLE_BODIES and w not in STOPWORDS)


def _holders(doc: Doc, roles: frozenset = SINGLE_HOLDER_ROLES) -> list[tuple]:
    """(sentence, name, side, role, head of the role, owner words) of every person named with a
    role of ``roles`` (by default those one person holds at a time); computed once per report."""
    key = ("holders", roles)
    if key not in doc._memo:
        doc._memo[key] = _find_holders(doc, roles)
    return doc._memo[key]


def _find_holders(doc: Doc, roles: frozenset) -> list[tuple]:
    out = []
    for i in range(len(doc.sentences)):
        for e in doc.of(i, Entity):
            if e.label not in ("person", "name"):
                continue
            shown, role = _role(doc, i, e)
            head, owners = _head(role, roles)
            before = re.findall(r"[a-z]+", fold(doc.sentences[i].text[:shown.start - doc.sentences[i].start]))
            if head and not set(before[-2:]) & ROLE_TIMES:     # "AMD's new CEO Rory Read": a new holder
                out.append((i, e, shown, role, head, owners))
    return out


def _named_elsewhere(doc: Doc, person: Entity, aliases: Aliases) -> Optional[str]:
    """How ``doc`` names ``person`` in another role ("B names Brad Baehr as California Highway
    Patrol Officer elsewhere"), or None when it gives them no role."""
    for i in range(len(doc.sentences)):
        for e in doc.of(i, Entity):
            if e.label in ("person", "name") and aliases.same(person.text, e.text) and len(e.text.split()) >= 2:
                _, role = _role(doc, i, e)
                if role:
                    return f"{doc.id} names {e.text} as {role} elsewhere"
    return None
