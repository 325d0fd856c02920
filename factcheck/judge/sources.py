"""Attribution: who a claim or a request comes from."""
from __future__ import annotations

import re
from typing import Callable, Iterable, Optional

from ..aliases import Aliases, derived, head_phrase, is_named, name_words, person_core
from ..lexicon import ORG_WORDS
from ..model import Attribution, Entity, Finding, Quantity, Verdict
from ..text import PRONOUNS, content_stems, fold_key
from ..settings import Thresholds
from .doc import Doc, outside, side
from .events import one_event
from .rules import Out, combine, sentence_evidence


VAGUE_SOURCES = frozenset({"report", "reports", "unnamed sources", "sources", "source", "officials", "witnesses",
                           "media", "local media", "media reports", "authorities", "it", "they", "we", "you",
                           "some", "others", "many", "several", "one", "someone", "people", "critics"})
REQUEST_CUES = frozenset({"request from", "asked by"})


def vague(source: str) -> bool:
    """Does a source describe rather than name ("officials", "they", "his spokesman")? A
    pronoun before a name still names ("his grandson Rob Jones")."""
    k = re.sub(r"^(?:the|a|an) ", "", fold_key(source))
    if not k:
        return True
    # "his spokesman" describes; "his grandson Rob Jones" names
    return k in VAGUE_SOURCES or (k.split()[0] in PRONOUNS and not is_named(source))


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


def attribution_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases, *, t: Thresholds, out: Out,
                         sim: Callable[[int, int], float] = lambda i, j: 1.0, aligned: bool = True) -> None:
    """Who the claims of sentences ``ia`` / ``ib`` come from.

    "asked by" / "a request from": over the group, different named requesters ``differs``.
    "source" ("X said", "according to X"): sentence pair by sentence pair, for pairs at least
    ``t.source_close`` similar that make one claim once the sources are left out, or less
    similar ones tied by one distinctive figure, the same words or the story's event on one day
    with a name in common (:func:`events.one_event`), one source a side
    (:func:`_judge_sources`): a description ("police", "the company", "a police source") or an
    outlet that relays ("the CBC reported") never accuses; it is ``compatible`` with the named
    source. The same source agrees: in one claim, or, named, in two aligned sentences that each
    cite it for its own detail.
    """
    pa = [(i, x) for i in ia for x in doc_a.of(i, Attribution) if x.cue in REQUEST_CUES and not vague(x.source)]
    pb = [(j, x) for j in ib for x in doc_b.of(j, Attribution) if x.cue in REQUEST_CUES and not vague(x.source)]
    if pa and pb and not any(aliases.relation(x.source, y.source) for _, x in pa for _, y in pb):
        (i, x), (j, y) = pa[0], pb[0]
        exclusive = aliases.excludes(x.source, y.source)
        out.find(Finding("attribution", Verdict.CONFLICT if exclusive else Verdict.DIFFERS, side(doc_a, i, x),
                         side(doc_b, j, y), f"asked by: {x.source} ({doc_a.id}) vs {y.source} ({doc_b.id})"
                         + ("; the two exclude each other" if exclusive else ""),
                         combine(sentence_evidence(sim(i, j), aligned), 0.5)))
    for i in ia:
        sa = [x for x in doc_a.of(i, Attribution) if x.cue not in REQUEST_CUES]
        for j in ib:
            sb = [y for y in doc_b.of(j, Attribution) if y.cue not in REQUEST_CUES]
            if len(sa) != 1 or len(sb) != 1:
                continue
            x, y = sa[0], sb[0]
            _judge_sources(doc_a, i, x, doc_b, j, y, aliases, t, out, sim(i, j), aligned)


# a rule that keeps two sources from being set against each other, and what the two then are
# when the claim is one: a description of the named source, its body, a relay of it
_COMPATIBLE = {
    "source.described": "one report names the source, the other describes it",
    "source.kinds-differ": "a person and a body: the one may speak for the other",
    "source.one-inside-other": "one report names the source more fully",
    "source.relayed": "one report credits the outlet that relays the claim",
}


def _judge_sources(doc_a: Doc, i: int, x: Attribution, doc_b: Doc, j: int, y: Attribution, aliases: Aliases,
                   t: Thresholds, out: Out, similarity: float, aligned: bool) -> None:
    """One claim per side with one source each: the same source (``agree``; in aligned sentences
    that make two claims, when it is named), a source and its
    description, body or relay (``compatible``), two reports relaying it from different outlets
    or two named sources of one kind (``differs``); otherwise the rule that holds them back."""
    sx, sy = side(doc_a, i, x), side(doc_b, j, y)
    same = _same_claim(doc_a, i, x, doc_b, j, y, t.same_claim)
    # loosely alike sentences make one claim when they state one distinctive figure, the same
    # content words, or the story's event on one day with a name in common (events.one_event)
    tied = _shared_figure(doc_a, i, doc_b, j) or (similarity < t.source_close and (
        same or (one_event(doc_a, i, x, doc_b, j, y, t.lead_sentences)
                 and not _other_figures(doc_a, i, doc_b, j))))
    evidence = combine(sentence_evidence(similarity, aligned), TIE_EVIDENCE if tied else 0.0)
    one_claim = tied or same
    px, py = _person_named(doc_a, i, x), _person_named(doc_b, j, y)
    if aliases.relation(x.source, y.source) or (px and py and aliases.relation(px, py)):
        # (one person under two titles: "Police Const. Tim Fanning" / "Vancouver Police spokesman
        # Constable Tim Fanning")
        if one_claim:
            out.find(Finding("attribution", Verdict.AGREE, sx, sy, f"the same claim from the same source: {x.source} "
                             f"({doc_a.id}) / {y.source} ({doc_b.id})", combine(evidence, 0.4)))
        elif aligned:
            # two aligned sentences, each crediting one source, the same: an editor's check that
            # both reports took the story from it ("according to the US Geological Survey, the
            # quake hit at a depth of 10 kilometers" / "… 55 kilometers from Bireuen, according
            # to data from the US Geological Survey"), though each cites it for its own detail
            # (beside figures that differ too: "40 dead, USGS said" / "400 dead, according to the
            # USGS" credit one source with two figures, and the number judge flags them); not a
            # source named by neither ("police" / "police")
            if not (_named_in(doc_a, i, x) and _named_in(doc_b, j, y)):
                out.skip("source.same-unnamed", "attribution", sx, sy, f"{x.source} / {y.source}")
            else:
                out.find(Finding("attribution", Verdict.AGREE, sx, sy, f"both credit the same source: {x.source} "
                                 f"({doc_a.id}) / {y.source} ({doc_b.id})", combine(evidence, SAME_SOURCE_EVIDENCE)))
        return
    rule = _held_back(doc_a, i, x, doc_b, j, y, aliases, t, similarity, tied, same)
    if x.cue in RELAY_CUES and y.cue in RELAY_CUES and one_claim and not within(x.source, y.source):
        # each outlet credits its own source: worth knowing, no contradiction (a precision read)
        out.find(Finding("attribution", Verdict.COMPATIBLE, sx, sy, f"the same news credited to different reports: "
                         f"{x.source} ({doc_a.id}) / {y.source} ({doc_b.id})", combine(evidence, 0.2)))
    elif rule in _COMPATIBLE and one_claim:
        out.find(Finding("attribution", Verdict.COMPATIBLE, sx, sy, f"source: {x.source} ({doc_a.id}) / {y.source} "
                         f"({doc_b.id}) — {_COMPATIBLE[rule]}", combine(evidence, 0.2)))
    elif rule:
        out.skip(rule, "attribution", sx, sy, f"{x.source} / {y.source}")
    elif similarity < t.source_close:
        # loosely alike sentences tied by a figure or their words: one claim, two sources; worth
        # a look, no accusation (the sentences may say more than the claim, each from its source)
        out.find(Finding("attribution", Verdict.COMPATIBLE, sx, sy, f"the same claim credited to different sources: "
                         f"{x.source} ({doc_a.id}) / {y.source} ({doc_b.id})", combine(evidence, 0.2)))
    else:
        out.find(Finding("attribution", Verdict.DIFFERS, sx, sy, f"source: {x.source} ({doc_a.id}) vs {y.source} "
                         f"({doc_b.id})", combine(evidence, 0.3)))


def _held_back(doc_a: Doc, i: int, x: Attribution, doc_b: Doc, j: int, y: Attribution, aliases: Aliases,
               t: Thresholds, similarity: float, tied: bool, same: bool) -> Optional[str]:
    """The rule that keeps two sources of aligned sentences from being set against each other
    (``tied``: loosely alike sentences that make one claim; ``same``: :func:`_same_claim`)."""
    if similarity < t.source_close and not tied:
        return "source.loose-alignment"
    if x.cue in RELAY_CUES or y.cue in RELAY_CUES:
        return "source.relayed"           # "Le Monde reported" / "a police source said"
    if vague(x.source) or vague(y.source) or not _named_in(doc_a, i, x) or not _named_in(doc_b, j, y):
        return "source.described"
    if _kind(doc_a, i, x, aliases) != _kind(doc_b, j, y, aliases):
        return "source.kinds-differ"     # a spokesman and his company ("Schiller" / "Apple")
    if within(x.source, y.source):
        return "source.one-inside-other"  # "a California Highway Patrol officer" / "CHP Officer Ray Scheidnes"
    if not tied and not same:
        return "source.different-claims"  # two officers of one patrol, each cited for another detail
    return None


def _kind(doc: Doc, i: int, a: Attribution, aliases: Aliases) -> Optional[str]:
    """``"person"`` (a person's name ends the source, a title or a body before it: "Marion
    County Sheriff Russ Isham"), ``"body"`` (an organisation the entity stage or an institution
    word marks: "AMD", "the Defence Ministry", "Vancouver police") or None when the name alone
    cannot tell ("Lu" without a first mention, "India", "Apple")."""
    rest = re.sub(r"^[Tt]he\s+(?=[A-Z])", "", a.source)
    if rest != a.source and person_core(rest) == rest:
        return "body"       # "the San Diego Union-Tribune": no person is named with "the" ("The Rev. Al Sharpton" has a title)
    if aliases.is_person(a.source):
        return "person"
    end = a.start + len(head_phrase(a.source))
    if _person_named(doc, i, a):
        return "person"     # a titled person: "Marion County Sheriff Russ Isham" is Russ Isham, not the county
    if any(e.label in ("org", "acronym") for e in doc.of(i, Entity) if e.start < end and a.start < e.end):
        return "body"
    words = name_words(head_phrase(a.source))
    return "body" if words and words[-1] in ORG_WORDS else None


def _person_named(doc: Doc, i: int, a: Attribution) -> Optional[str]:
    """The person's name that ends a source, a title or a body before it ("Marion County
    Sheriff Russ Isham", "Police Const. Tim Fanning"), or None."""
    end = a.start + len(head_phrase(a.source))
    tail = max((e for e in doc.of(i, Entity) if a.start < e.end <= end), key=lambda e: e.end, default=None)
    return tail.text if tail is not None and tail.end == end and tail.label == "person" else None


# how much one distinctive figure (or the same words) in loosely alike sentences says that
# they make one claim
TIE_EVIDENCE = 0.5
# how much one source credited in two aligned sentences says that the reports agree on it
SAME_SOURCE_EVIDENCE = 0.35


def _shared_figure(doc_a: Doc, i: int, doc_b: Doc, j: int) -> bool:
    """Do two sentences state one distinctive figure: the same value of the same kind, with a
    unit or a currency ("2 million euros") or a count from ten up with the same counted noun
    ("42 people")? Small bare counts ("two", "five") tie nothing."""
    for x in doc_a.of(i, Quantity):
        for y in doc_b.of(j, Quantity):
            if x.ordinal or y.ordinal or x.value is None or x.value != y.value or x.unit != y.unit:
                continue
            if x.unit not in (None, "score", "record") or (x.value >= 10 and x.counts and x.counts == y.counts
                                                          and x.counts != "age"):
                return True
    return False


def _same_claim(doc_a: Doc, i: int, x: Attribution, doc_b: Doc, j: int, y: Attribution, share: float = 0.5) -> bool:
    """Do two sentences make one claim, their sources left out? At least ``share`` of the
    shorter claim's content words in the other (shared source words such as "California
    Highway Patrol Officer" make sentences look alike without making the claims one), and
    not two different figures ("eight hours of battery" / "five hours": two laptops)."""
    ca, cb = set(content_stems(outside(doc_a, i, x))), set(content_stems(outside(doc_b, j, y)))
    if _other_figures(doc_a, i, doc_b, j):
        return False
    return bool(ca and cb) and len(ca & cb) >= share * min(len(ca), len(cb))


def _other_figures(doc_a: Doc, i: int, doc_b: Doc, j: int) -> bool:
    """Do two sentences state figures, none of them the same ("eight hours of battery" /
    "five hours": two laptops, two claims)?"""
    figures_a = {q.magnitude for q in doc_a.of(i, Quantity)} - {None}
    figures_b = {q.magnitude for q in doc_b.of(j, Quantity)} - {None}
    return bool(figures_a and figures_b and not figures_a & figures_b)


def attributed(doc: Doc, index: Iterable[int]) -> list[tuple[int, int]]:
    """Spans of the sources that sentences cite ("the CBC reported", "according to police")."""
    return [(a.start, a.end) for i in index for a in doc.of(i, Attribution) if a.cue not in REQUEST_CUES]
