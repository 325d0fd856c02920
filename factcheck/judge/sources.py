"""Attribution: who a claim or a request comes from."""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ..aliases import Aliases, derived, head_phrase, is_named, name_words
from ..model import Attribution, Entity, Finding, Verdict
from ..text import PRONOUNS, fold_key
from .doc import Doc, side


VAGUE_SOURCES = frozenset({"report", "reports", "unnamed sources", "sources", "source", "officials", "witnesses",
                           "media", "local media", "media reports", "authorities", "it", "they", "we", "you",
                           "some", "others", "many", "several", "one", "someone", "people", "critics"})
REQUEST_CUES = frozenset({"request from", "asked by"})


def vague(source: str) -> bool:
    k = re.sub(r"^(?:the|a|an) ", "", fold_key(source))
    return k in VAGUE_SOURCES or k.split()[0] in PRONOUNS if k else True


RELAY_CUES = frozenset({"reported", "reports", "quoting"})


def _named_in(doc: Doc, i: int, a: Attribution) -> bool:
    """A source that names someone: a name the entity stage found inside it ("Investigators"
    opening a sentence is capitalized, not named)."""
    end = a.start + len(head_phrase(a.source))       # "Researchers at Trend Micro": the head only
    return is_named(a.source) and any(e.start < end and a.start < e.end for e in doc.of(i, Entity))


def within(a: str, b: str) -> bool:
    """One source inside the other: "Police" / "Police inspector Dave Gaskin", "India" / "the
    Indian navy" (a word of one, or its demonym, in the other)."""
    wa, wb = name_words(a), name_words(b)
    short, long = sorted((wa, wb), key=len)
    return bool(short) and all(any(w == v or derived(w, v) for v in long) for w in short)


def attribution_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases, *,
                         sim: Callable[[int, int], float] = lambda i, j: 1.0, close: float = 0.4) -> list[Finding]:
    """The same role filled by different named sources in aligned sentences.

    "asked by" / "a request from": over the aligned group. "source" ("X said", "according to
    X"): sentence pair by sentence pair, only for pairs at least ``close`` similar (the claim
    must be the same for its source to differ), one named source a side; a description
    ("police", "the company", "a police source") never accuses, nor does an outlet that
    relays ("the CBC reported").
    """
    out = []
    pa = [(i, x) for i in ia for x in doc_a.of(i, Attribution) if x.cue in REQUEST_CUES and not vague(x.source)]
    pb = [(j, x) for j in ib for x in doc_b.of(j, Attribution) if x.cue in REQUEST_CUES and not vague(x.source)]
    if pa and pb and not any(aliases.relation(x.source, y.source) for _, x in pa for _, y in pb):
        (i, x), (j, y) = pa[0], pb[0]
        out.append(Finding("attribution", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                           f"asked by: {x.source} ({doc_a.id}) vs {y.source} ({doc_b.id})"))
    for i in ia:
        sa = [x for x in doc_a.of(i, Attribution) if x.cue not in REQUEST_CUES]
        for j in ib:
            sb = [y for y in doc_b.of(j, Attribution) if y.cue not in REQUEST_CUES]
            if len(sa) != 1 or len(sb) != 1 or sim(i, j) < close:
                continue
            x, y = sa[0], sb[0]
            if vague(x.source) or vague(y.source) or not _named_in(doc_a, i, x) or not _named_in(doc_b, j, y):
                continue
            if aliases.is_person(x.source) != aliases.is_person(y.source):
                continue    # a spokesman and the company he speaks for: "Schiller" / "Apple"
            if x.cue in RELAY_CUES or y.cue in RELAY_CUES or aliases.relation(x.source, y.source):
                continue
            if within(x.source, y.source):
                continue    # "a California Highway Patrol officer" describes "CHP Officer Ray Scheidnes"
            out.append(Finding("attribution", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                               f"source: {x.source} ({doc_a.id}) vs {y.source} ({doc_b.id})"))
    return out


def attributed(doc: Doc, index: Iterable[int]) -> list[tuple[int, int]]:
    """Spans of the sources that sentences cite ("the CBC reported", "according to police")."""
    return [(a.start, a.end) for i in index for a in doc.of(i, Attribution) if a.cue not in REQUEST_CUES]
