"""One role, written the same way right before a name in two closely alike sentences, given to
two people ("Salvation Army bell ringer Marty Earley hurried over to give first aid" /
"Salvation Army bell ringer Michael Gallagher ran to help"): the wrong name in a rewritten
sentence, or two people an editor should tell apart (:func:`close_role_findings`).

The role is the run of lower-case words right before the name whose last word is a role noun
of ``data/names.toml`` or reads as one ("ringer", "investor", "spokesman"; not the words of
``not_roles``), with the capitalized words before it as its owner ("Salvation Army"). Roles of
any kind count, not only those one person holds at a time (:func:`.names.role_holder_findings`
judges those anywhere in the reports): here the sentences tie the two people. A report giving
the role to two people names several (rule ``entity.role-shared``). Cost: O(r_a · r_b) over
the names with such a role, one regular expression per name.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from ..aliases import Aliases
from ..facts.entities import person_like
from ..lexicon import ROLE_NOUNS, ROLE_TIMES, SHARED_ROLES, STOPWORDS, data
from ..model import Entity, Finding, Verdict
from ..settings import Thresholds
from ..text import fold, fold_key
from .doc import Doc, span_side
from .names import role_after
from .rules import Out, combine

_NOT_ROLES = frozenset(data("names")["not_roles"])
_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|man|woman|person)")
# the words right before a name, with no mark between: "Salvation Army bell ringer "
_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Za-z][\w’'\-]*\s+){1,6})$")
ROLE_WORDS = 3      # lower-case words of a role at most ("senior bell ringer")


def _role_word(word: str) -> bool:
    return word in ROLE_NOUNS or (_AGENT.fullmatch(word) is not None and word not in _NOT_ROLES and word not in STOPWORDS)


def role_words(doc: Doc, i: int, e: Entity) -> Optional[tuple[int, tuple[str, ...], tuple[str, ...]]]:
    """(where the role starts, its lower-case words, the capitalized words of its owner) of the
    role written right before a name, or None."""
    s = doc.sentences[i]
    m = _BEFORE.search(fold(s.text[:e.start - s.start]))
    if not m:
        return None
    found = list(re.finditer(r"\S+", m.group(1)))
    words = [w.group() for w in found]
    if not words or not words[-1].islower() or not _role_word(words[-1]):
        return None
    owned = _owner_name(doc, i, e)
    if owned is not None:
        return owned
    k = len(words) - 1
    while k > 0 and len(words) - k < ROLE_WORDS and words[k - 1].islower() and words[k - 1] not in STOPWORDS:
        k -= 1
    owner_end = k
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in STOPWORDS:
        k -= 1
    if k == owner_end:      # no owner named before: the role noun alone ("The car hit volunteer Ellen Marsh")
        return s.start + m.start(1) + found[-1].start(), (words[-1],), ()
    return s.start + m.start(1) + found[k].start(), tuple(words[owner_end:]), tuple(w.lower() for w in words[k:owner_end])


def _owner_name(doc: Doc, i: int, e: Entity) -> Optional[tuple[int, tuple[str, ...], tuple[str, ...]]]:
    """The role between a name found before it (its owner) and the person, in lower-case words:
    "Salvation Army bell ringer Marty Earley", also where the report writes it all in lower
    case and the owner is a name the other report capitalizes ("salvation army bell ringer")."""
    s = doc.sentences[i]
    for f in doc.of(i, Entity):
        between = s.text[f.end - s.start:e.start - s.start]
        words = between.split()
        if f.end <= e.start and 1 <= len(words) <= ROLE_WORDS and re.fullmatch(r"\s+(?:[a-z][\w’'\-]*\s+)+", between) \
                and not any(w in STOPWORDS for w in words):
            return f.start, tuple(words), tuple(fold_key(f.text).split())
    return None


def role_after_words(doc: Doc, i: int, e: Entity) -> Optional[tuple[int, tuple[str, ...], tuple[str, ...]]]:
    """The role of an apposition right after a name, as :func:`role_words` gives one before it:
    "Roel Schouwenberg, intelligence director of Verisign's iDefense group" → ("intelligence", "director")."""
    after = role_after(doc, i, e)
    words = after.split() if after else []
    k = next((k for k, w in enumerate(words) if w.islower() and _role_word(w)), None)
    if k is None or not all(w.islower() for w in words[:k + 1]):
        return None
    head = [w for w in words[:k + 1] if w not in STOPWORDS][-ROLE_WORDS:]
    owner = tuple(re.sub(r"['’]s$", "", w).lower() for w in words[k + 1:] if any(c.isupper() for c in w))
    return e.start, tuple(head), owner


def _holders(doc: Doc) -> list[tuple]:
    """(sentence, name, its role) of every person named right after a role; once per report."""
    if "role_words" not in doc._memo:
        found = []
        for i in range(len(doc.sentences)):
            for e in doc.of(i, Entity):
                role = (role_words(doc, i, e) or role_after_words(doc, i, e)) \
                    if person_like(e) and " " in e.text.strip() else None
                # not a role several hold at once ("defense lawyer"), nor another moment's ("former coach")
                if role and not set(role[1]) & ROLE_TIMES and tuple(role[1][-2:]) not in SHARED_ROLES \
                        and role[1][-1:] not in SHARED_ROLES:
                    found.append((i, e, role))
        doc._memo["role_words"] = found
    return doc._memo["role_words"]


def _several(held: list[tuple], head: str, aliases: Aliases) -> bool:
    """Does one report give the role to two people ("victim John Doe … victim Jane Roe")?"""
    people = [e.text for _, e, (_, w, _) in held if w[-1] == head]
    return any(not aliases.same(p, q) for p in people for q in people if p != q)


def close_role_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, sim: Callable[[int, int], float], *,
                        t: Thresholds, out: Out) -> None:
    """The same role before two people's names in two sentences at least ``t.role_alike``
    alike (``t.role_close`` when both name its owner alike): ``differs``, surer then."""
    held_a, held_b = _holders(doc_a), _holders(doc_b)
    for i, x, (start_x, words, owner_x) in held_a:
        for j, y, (start_y, words_y, owner_y) in held_b:
            owned = bool(owner_x) and owner_x == owner_y       # "Salvation Army bell ringer" on both sides
            if words[-1] != words_y[-1] or (owner_x and owner_y and owner_x != owner_y) or \
                    sim(i, j) < (t.role_close if owned else t.role_alike):
                continue        # one role: the same last word ("prosecutor" / "crown prosecutor")
            if aliases.relation(x.text, y.text) or set(fold_key(x.text).split()) & set(fold_key(y.text).split()):
                continue
            sx, sy = span_side(doc_a, i, start_x, x.end), span_side(doc_b, j, start_y, y.end)
            if _several(held_a, words[-1], aliases) or _several(held_b, words[-1], aliases):
                out.skip("entity.role-shared", "entity", sx, sy, f"{x.text} / {y.text}: {' '.join(words)}")
                continue
            role = " ".join(words)
            confidence = combine(0.45 if words == words_y else 0.35, 0.2 if owner_x and owner_x == owner_y else 0.0,
                                 0.1 * min(1.0, sim(i, j)))
            out.find(Finding("entity", Verdict.DIFFERS, sx, sy,
                             f"{doc_a.id} names {x.text} as {role}, {doc_b.id} names {y.text} in a sentence "
                             "alike: one role, two people?", confidence))
