"""One thing against a plural with no figure: "one launcher" / "fired RPG launchers", "a single
shot" / "shots rang out". A plural says more than one without a number, so the parser reads no
figure in it; in two aligned sentences it still contradicts a count of one.

The plural must be the same noun as the counted one (by stem), in lower case, with no figure,
no vague amount ("several", "dozens") and no word that makes it another set ("other", "more",
"of the", "such") before it; the count of one must not be a part ("one of the launchers").
Only aligned sentences are compared: a plural elsewhere is too often another group of the same
things. Cost: one pass over the words of each aligned sentence per count of one.

The other way round, a count of two or more against the noun in the singular after an article:
"serving three life sentences" / "serving a life sentence". One word must govern both, the content
word right before the figure and before "a" ("serving"), or, when both open their sentences, the
content word after their noun ("Two soldiers were killed" / "A soldier was killed"): without it,
one play stands against a game's tally ("returned it for a touchdown" / "threw for three
touchdowns", held back as ``number.article-untied``, as is a play against a player's line of
tallies: "blocked a shot" / "scored 11 points, grabbed 11 rebounds and blocked six shots"), and a
rate ("$5 a share") has a figure there, no word. The article must count: no quantity word after
it ("a few", "a number of"), no ordinal ("a second attack"); "another" adds one to a set and is
not read. The noun must be what the figure counts, in the singular, and end its phrase ("a car
bomb" counts bombs); neither sentence may hold the noun both ways (a man and two men: two roles),
nor the singular twice ("an extension and another").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from ..facts.numbers.nounforms import lemma
from ..lexicon import data
from ..model import Finding, Quantity, Side, Verdict
from ..settings import Thresholds
from ..text import fold, stem, stems_after
from .doc import Doc, side, span_side
from .numbers.nouns import TALLIES
from .numbers.temper import _verb_before
from .rules import Out, combine, lowered_all, lowered_by, sentence_evidence

_WORD = re.compile(r"[A-Za-z][a-z]+")
# words before a plural that make it another set than the one counted (data/words.toml)
_OTHER_SET = re.compile(r"\b(?:" + "|".join(map(re.escape, data("words")["other_set"])) + r")\s+(?:[a-z\-]+\s+){0,2}$",
                        re.I)
_WORDS = data("words")
# "a" / "an" and the three words after it: the noun is one of them, the words before it modifiers
_ARTICLE = re.compile(r"\b(?:[Aa]n?|[Aa] single|[Aa] lone)(?=((?:\s+[a-z][a-z\-]*){1,3}))")
_ANOTHER = re.compile(r"\banother((?:\s+[a-z][a-z\-]*){1,3})")
# verbs of saying: the word before a figure and an article that ties nothing (data/speech.toml)
_SPEECH = frozenset(data("speech")["verbs"])
_NOT_ONE = frozenset(_WORDS["article_not_one"])         # "a few", "a second", "a number of"
_AFTER_ONE = frozenset(_WORDS["after_single_noun"])     # words that may end the noun's phrase
PLURAL_EVIDENCE = 0.2       # a plural with no figure against a count of one, beyond the sentences' likeness
ARTICLE_EVIDENCE = 0.4      # a figure and "a" before one noun, governed by one word, beyond the sentences' likeness


def plural_findings(doc_a: Doc, ia: Sequence[int], doc_b: Doc, ib: Sequence[int], *, t: Thresholds, out: Out,
                    score: float = 1.0, aligned: bool = True) -> None:
    """A count of one on either side of an aligned group against the same noun in the plural,
    with no figure, on the other (``differs``)."""
    if not aligned:
        return
    evidence = sentence_evidence(score, aligned)
    for one_doc, i, q, many_doc, many_ix, flip in _both_ways(doc_a, ia, doc_b, ib):
        if not _one(one_doc, i, q):
            continue
        for j in many_ix:
            plural = _plural(many_doc, j, q.counts)
            if plural is None:
                continue
            a, b, one_side, many_side = _oriented(flip, side(one_doc, i, q), plural, doc_a, doc_b)
            # a plural is often said of a kind, not counted ("faces charges", "fired shots")
            _differs(out, a, b, f"{one_side}: {q.text}; {many_side}: {plural.text} — one against more than one",
                     combine(evidence, PLURAL_EVIDENCE), "number.bare-plural")
            break
    for many_doc, i, q, one_doc, one_ix, flip in _both_ways(doc_a, ia, doc_b, ib):
        if not _many(many_doc, i, q) or _articles(many_doc, i, stem(q.counts)):
            continue        # (a sentence with "a man" and "two men": two roles)
        head = _verb_before(many_doc, i, q)
        for j in one_ix:
            single = _single(one_doc, j, q.counts)
            if single is None:
                continue
            a, b, many_side, one_side = _oriented(flip, side(many_doc, i, q), single, doc_a, doc_b)
            head_one = _verb_before(one_doc, j, single)
            if head is None and head_one is None:
                tied = _subject_verb(many_doc, i, q) == _subject_verb(one_doc, j, single) is not None
            else:
                tied = head is not None and head.isalpha() and head_one == head
            if not tied or _said_before(many_doc, i, q.start) or _said_before(one_doc, j, single.start) or \
                    _stat_line(many_doc, i, q):
                # "returned it for a touchdown" / "threw for 364 yards and three touchdowns":
                # one play against a game's tally; only one word governing both ties them
                # (not a verb of saying: "the army said two soldiers …" / "… said a soldier …"),
                # nor a play told against a player's line of tallies ("blocked a shot" / "scored 11
                # points, grabbed 11 rebounds and blocked six shots")
                out.skip("number.article-untied", "number", a, b, f"{q.text} / {single.text}")
                continue
            # "a" is often said of a kind ("faces a charge"), less often than a bare plural
            _differs(out, a, b, f"{many_side}: {q.text}; {one_side}: {single.text} — more than one against one",
                     combine(evidence, ARTICLE_EVIDENCE), "number.article-one")
            break


def _stat_line(doc: Doc, i: int, q: Quantity) -> bool:
    """Is ``q`` a tally (``nouns.toml`` tallies) in a sentence that counts two tallies or more, a
    player's or a team's line ("scored 11 points, grabbed 11 rebounds and blocked six shots")?
    One play after "a" is no count against it; a count of shots fired is ("fired a shot" / "fired
    three shots"). Linear in the sentence's figures."""
    return stem(q.counts or "") in TALLIES and \
        sum(stem(x.counts or x.unit or "") in TALLIES for x in doc.of(i, Quantity)) >= 2     # ("364 yards": a unit)


def _both_ways(doc_a: Doc, ia: Sequence[int], doc_b: Doc, ib: Sequence[int]):
    """Each figure of either side, with the other side's sentences: (its report, sentence,
    figure, the other report, its sentences, whether the figure is B's)."""
    for doc, ix, other, other_ix, flip in ((doc_a, ia, doc_b, ib, False), (doc_b, ib, doc_a, ia, True)):
        for i in ix:
            for q in doc.of(i, Quantity):
                yield doc, i, q, other, other_ix, flip


def _oriented(flip: bool, mine: Side, theirs: Side, doc_a: Doc, doc_b: Doc) -> tuple[Side, Side, str, str]:
    """A finding's A and B sides from the figure's side and the other's, and the ids of the
    figure's report and the other's."""
    return (theirs, mine, doc_b.id, doc_a.id) if flip else (mine, theirs, doc_a.id, doc_b.id)


def _differs(out: Out, a: Side, b: Side, message: str, confidence: float, rule: str) -> None:
    """One against more than one (``differs``), its confidence lowered by ``rule``."""
    lowered = (rule,)
    out.find(Finding("number", Verdict.DIFFERS, a, b, message, lowered_all(confidence, lowered), lowered_by(lowered),
                     lowered))


def _subject_verb(doc: Doc, i: int, at) -> Optional[str]:
    """For a count or "a NOUN" that opens its sentence, the stem of the first content word after
    its noun ("Two soldiers were killed" / "A soldier was killed": "kill"), the verb that ties
    two subjects as the word before ties two objects; None elsewhere."""
    s = doc.sentences[i]
    if s.text[:at.start - s.start].strip(" \"'“‘"):
        return None
    rest = s.text[at.end - s.start:]
    if isinstance(at, Quantity):    # past the counted noun ("Two [soldiers] were killed", "two [men]")
        key = stem(lemma(at.counts or ""))
        noun = next((m for m in list(_WORD.finditer(rest))[:3] if stem(lemma(m.group().lower())) == key), None)
        if noun is None:
            return None
        rest = rest[noun.end():]
    after = stems_after(rest, 1)
    return after[0] if after and after[0].isalpha() else None


def _said_before(doc: Doc, i: int, at: int) -> bool:
    """Is a verb of saying among the three words before ``at`` ("the army said two soldiers")?
    Then the word before it is who said so, which ties no two figures."""
    s = doc.sentences[i]
    return bool(_SPEECH & set(re.findall(r"[a-z]+", s.text[max(0, at - s.start - 30):at - s.start].lower())[-3:]))


def _many(doc: Doc, i: int, q: Quantity) -> bool:
    """A count of two or more of a named thing (an interval that cannot hold one), not the
    set a part is taken from ("one of two suspects")."""
    if q.unit is not None or not q.counts or q.counts == "age" or q.ordinal or q.low is None or q.low < 2:
        return False
    s = doc.sentences[i]
    return not re.search(r"\bof\s+$", s.text[max(0, q.start - s.start - 4):q.start - s.start])


def _articles(doc: Doc, j: int, key: str) -> list[tuple[int, int]]:
    """Each "a NOUN" of sentence ``j`` (as (start, end) in the folded sentence) whose noun, in
    the singular, stems to ``key``: "a" or "an", up to two modifiers (no quantity word: "a few",
    "a number of"; no word of grammar: "a combination of"), the noun ending its phrase ("a car
    bomb" counts bombs; "a victim's" is a possessive)."""
    text = fold(doc.sentences[j].text)
    found = []
    for m in _ARTICLE.finditer(text):
        for w in re.finditer(r"[a-z][a-z\-]*", m.group(1)):
            word = w.group()
            if stem(word) == key and lemma(word) == word:
                end = m.start(1) + w.end()
                after = re.match(r"\s*([A-Za-z]+)?", text[end:]).group(1)
                if text[end:end + 1] not in ("'", "’", "-") and (after is None or not after.islower() or
                                                                after in _AFTER_ONE or after.endswith("ed")):
                    found.append((m.start(), end))
                break
            if word in _NOT_ONE or word in _AFTER_ONE:
                break           # "a few cars", "a combination of cars"
    return found


def _single(doc: Doc, j: int, noun: str) -> Optional[Side]:
    """The one "a NOUN" (one of ``noun``, in the singular, after an article that counts) of
    sentence ``j``, when the sentence holds no figure of it, no plural of it and no other "a
    NOUN" or "another NOUN" of it ("a one-year extension and another one-year extension")."""
    s = doc.sentences[j]
    key = stem(noun)
    if any(q.counts and stem(lemma(q.counts)) == key for q in doc.of(j, Quantity)):
        return None             # the sentence counts the noun itself: the number judge compares
    text = fold(s.text)
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if lemma(word) != word and stem(lemma(word)) == key and word.islower():
            return None         # the noun in the plural too: two sets, or a kind
    found = _articles(doc, j, key)
    if len(found) != 1 or any(stem(w) == key for m in _ANOTHER.finditer(text) for w in m.group(1).split()):
        return None
    start, end = found[0]
    return span_side(doc, j, s.start + start, s.start + end)


def _one(doc: Doc, i: int, q: Quantity) -> bool:
    """A count of exactly one of a named thing, not a part of a set ("one of the …")."""
    if q.value != 1 or q.unit is not None or not q.counts or q.counts == "age" or q.ordinal or q.hedged:
        return False
    s = doc.sentences[i]
    return not re.match(r"\s*of\b", s.text[q.end - s.start:])


def _plural(doc: Doc, j: int, noun: str) -> Optional[Side]:
    """The first plural of ``noun`` in sentence ``j`` with no figure or set word before it."""
    s = doc.sentences[j]
    key = stem(noun)
    counted = {stem(lemma(q.counts)) for q in doc.of(j, Quantity) if q.counts}
    if key in counted:
        return None             # the sentence counts the noun itself: the number judge compares
    text = fold(s.text)
    for m in _WORD.finditer(text):
        word = m.group()
        if not word.islower() or word == noun or stem(lemma(word)) != key or lemma(word) == word:
            continue
        if _OTHER_SET.search(text[:m.start()]):
            continue
        return span_side(doc, j, s.start + m.start(), s.start + m.end())
    return None
