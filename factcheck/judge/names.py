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

from ..aliases import Aliases, person_core, regional
from ..lexicon import HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS, STOPWORDS, STORMS
from ..model import Entity, Finding, Side, Verdict
from ..settings import Thresholds
from ..text import content_stems, fold, fold_key
from .doc import Doc
from .rules import Out, combine, sentence_evidence

_WORD = re.compile(r"[A-Za-z][\w.'’\-]*$")
_APPOSITION = re.compile(r"^\s*,\s*(?:the\s+|a\s+|an\s+)?([^,;:()\"“”]{2,70}?)\s*(?:\s(?:says|said|told|adds|added))?"
                         r"\s*(?=[,;:)]|$|\.\s)")


_ROLE_OF = re.compile(r"(?:\b[A-Z][\w\-]*\s+){0,2}?\b(?i:" + "|".join(sorted((re.escape(w) for w in ROLE_NOUNS if "." not in w),
                                                                             key=len, reverse=True))
                      + r")\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’&.\-]*\s+(?:and\s+|&\s+)?){1,5}$")


_ROLE_COMMA = re.compile(r"(?<=[a-z]),\s*$")
_OWNER = re.compile(r"(?:\b(?:his|her|their|its|the|a|an)|['’]s|s['’])\s+$", re.I)


def role_before(doc: Doc, i: int, e: Entity) -> Optional[tuple[int, str]]:
    """The role written right before a name, as (offset where it starts, its words): "coach"
    in "fired coach Maurice Cheeks", "Prime Minister" in "Prime Minister Costas Karamanlis".

    The word next to the name is a title or a role noun; before it, modifiers (role nouns,
    capitalized words, listed modifiers such as "general", "free", "senior", hyphenated words
    such as "three-time"), at most four words in all."""
    s = doc.sentences[i]
    left = fold(s.text[:e.start - s.start])
    of = _ROLE_OF.search(left)          # "Secretary of the Interior Dirk Kempthorne"
    if of:
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
    while len(words) < 4:
        m = _WORD.search(left[:end].rstrip())
        if not m or left[m.end():end].strip(" "):
            break
        word = m.group().rstrip(".")
        low = word.lower()
        nearest = not words
        if nearest and low not in ROLE_NOUNS:
            return None
        if not nearest and not (low in ROLE_NOUNS or low in ROLE_MODIFIERS or "-" in word or
                                (word[:1].isupper() and low not in STOPWORDS)):
            break
        words.insert(0, (m.start(), m.group()))
        end = m.start()
    if not words:
        return None
    if comma and not _OWNER.search(left[:words[0][0]]):
        return None
    start = words[0][0]
    return s.start + start, " ".join(w for _, w in words)


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
    head = next((k for k, w in enumerate(words) if w in ROLE_NOUNS), None)
    return m.group(1).strip() if head is not None and head < 4 else None     # the role's head comes early


def _role(doc: Doc, i: int, e: Entity) -> tuple[Side, Optional[str]]:
    """The side a name finding shows (the role and the name when the role comes first) and the role."""
    before = role_before(doc, i, e)
    s = doc.sentences[i]
    if before:
        start, role = before
        return Side(doc.id, i, s.text[start - s.start:e.end - s.start], start, e.end, doc.claimants[i]), role
    honorific = _HONORIFIC_BEFORE.search(s.text[:e.start - s.start])
    if honorific:       # "Dr. Regina Benjamin", "Mr. Woodward": shown as written, no role
        start = s.start + honorific.start()
        return Side(doc.id, i, s.text[start - s.start:e.end - s.start], start, e.end, doc.claimants[i]), \
            role_after(doc, i, e)
    return Side(doc.id, i, e.text, e.start, e.end, doc.claimants[i]), role_after(doc, i, e)


_HONORIFIC_BEFORE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(h) for h in HONORIFICS), key=len, reverse=True))
                               + r")\.?\s+$", re.I)


def _roles_relate(ra: Optional[str], rb: Optional[str]) -> tuple[Verdict, str]:
    if not ra and not rb:
        return Verdict.AGREE, "the same name"
    if ra and rb and fold_key(ra) == fold_key(rb):
        return Verdict.AGREE, f"the same name and role ({ra})"
    if not ra or not rb:
        return Verdict.AGREE, f"the same name; one report gives the role: {ra or rb}"
    shared = set(content_stems(ra)) & set(content_stems(rb))
    if shared:
        return Verdict.COMPATIBLE, f"the same name, the role worded differently: {ra} / {rb}"
    # one person often holds two roles ("Alaska Gov." / "candidate", "co-founder" / "chief
    # executive"): two roles are worth a look, not an accusation
    return Verdict.COMPATIBLE, f"the same name, each report gives another role: {ra} / {rb}"


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
        _name_finding(doc_a, i, x, doc_b, j, y, evidence, out)


def _name_finding(doc_a: Doc, i: int, x: Entity, doc_b: Doc, j: int, y: Entity, evidence: float, out: Out,
                  roles_only: bool = False) -> None:
    (sa, ra), (sb, rb) = _role(doc_a, i, x), _role(doc_b, j, y)
    if roles_only and not (ra and rb):
        return
    verdict, reason = _roles_relate(ra, rb)
    if verdict is Verdict.AGREE and x.key != y.key and regional(x.key) == regional(y.key):
        verdict, reason = Verdict.COMPATIBLE, "British and American spelling"
    elif _one_ending_apart(x, y):
        verdict, reason = Verdict.DIFFERS, "one name with two endings: spelled two ways?"
    # the same name is strong evidence of the same thing: a longer name, the same spelling
    # and a role on both sides more so
    confidence = combine(evidence, 0.55 if len(fold_key(x.text).split()) >= 2 else 0.45,
                         0.15 if fold_key(x.text) == fold_key(y.text) else 0.0, 0.2 if ra and rb else 0.0,
                         0.2 if ra and rb and set(content_stems(ra)) & set(content_stems(rb)) else 0.0)
    out.find(Finding("entity", verdict, sa, sb, f"{doc_a.id}: {sa.text}; {doc_b.id}: {sb.text} — {reason}", confidence))


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


def role_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, sim: Callable[[int, int], float], *, out: Out) -> None:
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
                _name_finding(doc_a, i, x, doc_b, j, y, sentence_evidence(score, False), out, roles_only=True)
