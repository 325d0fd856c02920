"""Names one report writes in lower case that the other capitalizes: "a name one report
capitalizes is a name in the other too".

Model-written and hastily typed text often loses its capitals ("ins sukanya", "gulf of aden"),
and the entity stage finds names by their capitals. :func:`borrow_names` gives each report the
other's names where its own text holds them in lower case and it found no name there: every
name of two words or more, and single words of five letters or more that the report never
writes capitalized nor uses as a plain word elsewhere. A word that opens a sentence is
capitalized anyway, so the entity stage cannot tell whether it is a name; when the other report
writes it as a name (alone, or as the first word of a place or body), it is one here too. A
one-word name the other report writes only where it opens a sentence ("Police arrested …") is
lent to an opening word only, never to a word in lower case. Cost: one pass over each report per
name of the other (a compiled pattern of all of them).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

from ..lexicon import STOPWORDS
from ..model import Entity, Fact, Sentence
from ..text import fold, fold_key


def _candidates(names: Iterable[Entity]) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for e in names:
        words = fold_key(e.text).split()
        if not words or any(w in STOPWORDS for w in (words[0], words[-1])):
            continue
        if len(words) >= 2 or len(words[0]) >= 5:
            out.setdefault(" ".join(words), e)
    return out


def borrow_names(sentences: Sequence[Sentence], facts: Sequence[Sequence[Fact]], others: Iterable[Entity],
                 text: str, openers: frozenset[str] = frozenset()) -> tuple[tuple[Fact, ...], ...]:
    """``facts`` with an :class:`Entity` added wherever a name of ``others`` stands in lower
    case in a content sentence that has no name there, or stands with its last words in lower
    case after a shorter name the entity stage took ("the Carlton hotel" / "the Carlton Hotel"). ``openers``: the folded one-word names
    the other report writes only where they open a sentence ("Police arrested …", "Rioting
    spread …": the capital may be the sentence's); they are not lent to a word in lower case,
    only to a word opening a sentence here too."""
    others = list(others)
    names = _candidates(e for e in others if fold_key(e.text) not in openers)
    written = {fold_key(e.text) for e in others}
    heads = _heads(others)
    if not names and not heads:
        return tuple(tuple(fs) for fs in facts)
    folded_text = fold(text)
    plain = frozenset(re.findall(r"(?<![A-Za-z'])[a-z][a-z'\-]+", folded_text))
    capitalized = {fold_key(m.group()) for m in re.finditer(r"\b[A-Z][\w'\-]+", folded_text)}
    # (only names whose first word the text writes as it is: the others match nowhere, and a
    # pattern of fewer names compiles faster)
    lowered = folded_text.lower()
    present = [k for k in names if k.split(" ")[0] in lowered] or ["\x00"]     # "\x00": matches nothing
    # (in any case: a name of several words may stand with its last words in lower case)
    pattern = re.compile(r"\b(?:" + "|".join(sorted((re.escape(k).replace(r"\ ", r"[\s\-]+") for k in present),
                                                   key=len, reverse=True)) + r")\b", re.I)
    out = []
    for s, fs in zip(sentences, facts):
        fs = list(fs)
        if s.role.is_content:
            low = fold(s.text)
            for m in pattern.finditer(low):
                start, end = s.start + m.start(), s.start + m.end()
                if m.group() != m.group().lower():
                    # written capitalized: the entity stage has seen it, unless it took only the
                    # capitalized words before a word of the name in lower case ("the Carlton
                    # hotel" / "the Carlton Hotel"): the name is the whole run
                    head = _capitalized_head(fs, start, end, text)
                    if head is None or head.key in written:
                        continue        # (the other report writes the short name alone too: "Qeshm" / "Qeshm Island")
                    fs.remove(head)
                    fs.append(Entity(text=s.text[m.start():m.end()], start=start, end=end, key=fold_key(m.group()),
                                     label=head.label))
                    continue
                key = " ".join(m.group().split())
                if len(key.split()) == 1 and key in capitalized:
                    continue            # the report writes it capitalized elsewhere: here it is a plain word
                if any(isinstance(f, Entity) and f.start < end and start < f.end for f in fs):
                    continue
                model = names[key.replace("-", " ")] if key.replace("-", " ") in names else names.get(key)
                if model is None:
                    continue
                fs.append(Entity(text=s.text[m.start():m.end()], start=start, end=end, key=fold_key(m.group()),
                                 label=model.label))
            first = _opening_name(s, fs, heads, plain)
            if first is not None:
                fs.append(first)
            fs.sort(key=lambda f: (f.start, f.end))
        out.append(tuple(fs))
    return tuple(out)


def _capitalized_head(fs: list, start: int, end: int, text: str) -> Optional[Entity]:
    """The one entity that starts a borrowed name's span and ends before it, the rest of the span
    written in lower case ("Carlton" of "Carlton hotel"); None otherwise (not "Los Angeles
    County" of "Los Angeles County Sheriff Lee Baca": a capital there is the entity stage's
    choice of where the name ends)."""
    inside = [f for f in fs if isinstance(f, Entity) and f.start < end and start < f.end]
    if len(inside) != 1 or inside[0].start != start or inside[0].end >= end:
        return None
    rest = text[inside[0].end:end]
    return inside[0] if rest == rest.lower() else None


_OPENING = re.compile(r"^\W{0,3}([A-Z][a-z][\w'\-]{2,})\b")


def _heads(names: Iterable[Entity]) -> dict[str, Entity]:
    """The words of the other report's names that may open a sentence alone: a one-word name,
    or the first word of a place or body ("Varna" of "Varna Island"); not a person's first name."""
    out: dict[str, Entity] = {}
    for e in names:
        words = fold_key(e.text).split()
        if not words or words[0] in STOPWORDS or len(words[0]) < 4:
            continue
        if len(words) == 1 or e.label != "person":
            out.setdefault(words[0], e)
    return out


def _opening_name(s: Sentence, fs: list, heads: dict[str, Entity], plain: frozenset) -> Entity | None:
    """The word that opens a sentence, capitalized only because it opens it as far as this
    report shows, when the other report writes it as a name ("Varna is the largest island" /
    "Varna Island"); not a word this report also writes in lower case."""
    m = _OPENING.match(fold(s.text))
    if not m:
        return None
    key = fold_key(m.group(1))
    if key not in heads or key in plain or key in STOPWORDS:
        return None
    start, end = s.start + m.start(1), s.start + m.end(1)
    if any(isinstance(f, Entity) and f.start < end and start < f.end for f in fs):
        return None
    return Entity(text=m.group(1), start=start, end=end, key=key, label=heads[key].label)
