"""A report checked against its sources: one comparison per source → a verdict per statement.

``factcheck check REPORT S1 S2 …`` asks, for every statement of REPORT, which source says it,
whether any source says otherwise, and whether it is in no source at all. The comparisons are
the ``compare`` pipeline's (REPORT as A, each source as B); this stage reads them side by side:

- **contradicted**: a reported discrepancy ties the statement to a source sentence (the
  finding, as ``compare`` shows it), also when another source supports it;
- **supported**: a source sentence is aligned with it at ``t.support`` or closer, or a figure,
  a date, a quote or a statement (``t.statement_words`` words or more) agrees with a source's;
- **unsupported** ("not in the sources"): neither; its figures, names, dates and quotes are
  listed, since those are what an editor must verify. A quote no source has word for word is
  unsupported even when a paraphrase is there.

Omissions are the source statements with facts (figures, dates, names, quotes) that no
sentence of REPORT is aligned with at ``t.support`` or closer, nor states or contradicts (a
finding that supports a statement, or a discrepancy), grouped
across sources when they are alike
(``t.omission_alike``, rapidfuzz's token-set ratio) and ranked by how many sources state them.
Cost: the comparisons, then O(s · (f + a)) for s statements, f findings and a alignments per
source, and O(o²) over the omitted statements.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz

from .model import (CheckReport, Entity, Evidence, Fact, Finding, Omission, Quantity, Quote, Report, Side, SourceDoc,
                    Statement, Support, TimeFact, Verdict)
from .judge.claims import statement_like
from .judge.entities import misspelled
from .judge.resolve import overlapping
from .judge.slots import slot_word
from .lexicon import PREPOSITIONS, ROLE_NOUNS
from .settings import Thresholds
from .text import STOPWORDS, fold, fold_key

# the facts an editor verifies in a statement no source makes
CHECKABLE = (Quantity, TimeFact, Entity, Quote)


def check_reports(reports: Sequence[Report], *, t: Thresholds = Thresholds()) -> CheckReport:
    """The verdicts for the report under check, from its comparison with each source
    (``reports[k]`` compares it, as A, with source ``k``, as B)."""
    report = reports[0].sources[0]
    sources = tuple(r.sources[1] for r in reports)
    texts_of = [{s.index: s.text for s in source.sentences} for source in sources]
    said = _said(sources)       # (its keys are the folded sources a quote is sought in)
    statements = tuple(_statement(report, i, reports, said.keys, texts_of, said, t) for i in _content(report))
    return CheckReport(report, sources, statements, _omissions(reports, t), reports[0].min_confidence)


def _source_slip(e: Evidence, supports: list[Evidence]) -> bool:
    """A name one source spells otherwise ("Browsnville") where another source, in a sentence
    that states the statement, spells it as the report does: that source's slip, no
    contradiction (named in the statement's reason). Names that are two names ("Slovakia" /
    "Slovenia", "Iran" / "Iraq") are no slips (:func:`.judge.entities.misspelled`)."""
    f = e.finding
    if f is None or f.kind != "entity" or not misspelled(fold_key(f.a.text), fold_key(f.b.text)):
        return False
    said = f" {fold_key(f.a.text)} "
    return any(s.source != e.source and said in f" {fold_key(s.text)} " for s in supports)


def _content(doc: SourceDoc) -> list[int]:
    return [s.index for s in doc.sentences if s.role.is_content]


def _statement(report: SourceDoc, i: int, reports: Sequence[Report], texts: list[str], texts_of: list[dict],
               said: _Said, t: Thresholds) -> Statement:
    supports, contradictions = [], []
    for k, rep in enumerate(reports):
        text = texts_of[k]
        for f in rep.findings:
            if f.a.source != "A" or f.b.source != "B" or f.a.sentence != i or f.detail == DERIVED:
                continue    # (a detail the source lacks is read here, as "not in the sources")
            evidence = Evidence(k, f.b.sentence, text.get(f.b.sentence, f.b.text), f)
            if f.verdict.rank >= Verdict.DIFFERS.rank:
                contradictions.append(evidence)
            elif _supporting(f, t):
                supports.append(evidence)
        for p in rep.alignments:
            if i in p.a and p.score >= t.support:
                supports += [Evidence(k, j, text.get(j, "")) for j in p.b]
    supports = _distinct(supports)
    contradictions += _slot_swaps(i, reports, supports, contradictions, texts_of, t)
    slips, kept = [], []
    for e in contradictions:
        (slips if _source_slip(e, supports) else kept).append(e)
    contradictions = kept
    facts = tuple(f for f in report.facts[i] if isinstance(f, CHECKABLE)) if report.facts else ()
    unquoted = [q for q in facts if isinstance(q, Quote) and not _verbatim(q, texts)]
    unstated = _unstated(facts, i, reports, said, t) if supports and not contradictions else []
    slip_note = "".join(f"; S{e.source + 1} spells “{e.finding.b.text}”, a source that states it spells it as the report does"
                        for e in slips)
    against = sorted({e.source for e in contradictions})
    behind = sorted({e.source for e in supports} - set(against))
    if contradictions:
        verdict, reason = Support.CONTRADICTED, f"{_sources(against)} {_says(against, 'states')} otherwise"
        if behind:
            reason += f"; {_sources(behind)} {_says(behind, 'supports')} it"
    elif unquoted:
        verdict, reason = Support.UNSUPPORTED, f"the quote “{unquoted[0].content}” is in no source word for word"
        if supports:
            said = sorted({e.source for e in supports})
            reason += f" ({_sources(said)} {_says(said, 'says')} it in other words)"
    elif supports and unstated:
        # a source states the rest, but not this name, figure or time: a summary's or a
        # rewrite's invention ("Chris Gunness, the UNRWA spokesman, called for …" where the
        # sources have Ging call for it)
        verdict = Support.UNSUPPORTED
        reason = f"{_named(unstated)} {'is' if len(unstated) == 1 else 'are'} in no source " \
                 f"({_sources(behind)} {_says(behind, 'states')} the rest)"
    elif supports:
        verdict = Support.SUPPORTED
        reason = f"stated by {_sources(behind)}"
    else:
        verdict, reason = Support.UNSUPPORTED, "no source states it or anything close"
    reason += slip_note
    return Statement(i, verdict, reason, tuple(supports), tuple(contradictions),
                     facts if verdict is not Support.SUPPORTED else ())


def _slot_swaps(i: int, reports: Sequence[Report], supports: list[Evidence], found: list[Evidence], texts_of: list[dict],
                t: Thresholds) -> list[Evidence]:
    """Names in one slot of statement ``i`` and a sentence of a source that states it
    ("prison spokesman Peter Savino" / "prison spokesman Al Quintero"; "Sheriff Russ Isham
    announced" / "Lt. Gregg Hastings announced"; the judges pair only sentences alike enough to
    share a fact; a name after a role or an owner, or before a verb, not a place after a
    preposition; not a name spelled two ways, nor one another source's sentence stating the
    statement gives too): ``compare`` holds such a pair back unless
    the two sentences agree on the rest (rule ``entity.slot-only``), since two accounts of an
    event often name two places or people there. A report written from its sources has no
    second account: the name the source does not give in that slot is the report's."""
    stating = {e.source for e in supports}
    out = []
    for k, rep in enumerate(reports):
        for s in rep.skipped:
            if s.rule != "entity.slot-only" or s.a is None or s.b is None or s.a.source != "A" or s.a.sentence != i \
                    or k not in stating:
                continue
            slot = slot_word(s.detail)
            if slot is None or misspelled(fold_key(s.a.text), fold_key(s.b.text)):
                continue    # ("Jabalya" / "Jabaliya": one name spelled two ways, the spelling judges' part)
            if any(e.source != k and f" {fold_key(s.a.text)} " in f" {fold_key(e.text)} " for e in supports):
                continue    # another source states it with the report's name: this one's is a second account
            where, word = slot
            if (where == "after" and word not in ROLE_NOUNS and not word.endswith("'s")) or \
                    _after_preposition(rep.sources[0], s.a) or _after_preposition(rep.sources[1], s.b):
                continue    # "in Gaza" / "in Jabaliya", "across Knik Arm" / "across Cook Inlet", "residents of
                            # Gaza fled" / "residents of Jabaliya fled": a place slot, two scales of one place
                            # as often as two places; a role ("spokesman"), an owner ("Germany's") or the verb
                            # after a doer's name ("announced") names one doer
            if any(e.finding is not None and overlapping(e.finding, s) for e in found):
                continue    # (the same two names, already set against each other)
            finding = Finding("entity", Verdict.DIFFERS, s.a, s.b, s.detail, t.check_slot,
                              "a name the source sentence stating the rest does not give in this place")
            out.append(Evidence(k, s.b.sentence, texts_of[k].get(s.b.sentence, s.b.text), finding))
    return out


@dataclass(frozen=True)
class _Said:
    """What the sources state, read once for all the statements (:func:`_unstated`)."""

    keys: tuple[str, ...]           # each source by ``fold_key``, padded with spaces
    capitals: frozenset[str]        # the first four letters (lower case) of every capitalized word
    acronyms: frozenset[str]        # words written in capitals ("UN"; "U.N." → "UN")
    initials: frozenset[str]        # the initials of runs of capitalized words within a clause
                                    # ("United Nations Relief and Works Agency" → "UNRWA")
    digits: frozenset[str]          # numerals as digits only ("$35,000" → "35000")
    figures: tuple[Quantity, ...]
    times: tuple[TimeFact, ...]


_WORD = re.compile(r"[\w'’\-]+")
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\"“”]\s")      # a run of capitalized words ends at punctuation
_LINK_WORDS = frozenset({"of", "and", "for", "the", "on", "&"})
_ACRONYM_MOST = 6           # letters of an acronym read from initials


def _said(sources: Sequence[SourceDoc]) -> _Said:
    capitals, acronyms, initials, digits = set(), set(), set(), set()
    for source in sources:
        plain = _plain(source.text)
        acronyms |= {m.replace(".", "") for m in re.findall(r"\b(?:[A-Z]\.){2,}|\b[A-Z]{2,}\b", plain)}
        for clause in _CLAUSE_BREAK.split(plain):
            run: list[str] = []
            for w in _WORD.findall(clause) + [""]:
                if w[:1].isupper():
                    capitals.add(w[:4].lower())
                    run.append(w[0])
                elif w.lower() in _LINK_WORDS and run:
                    continue
                else:
                    for k in range(len(run)):       # each sub-run's initials: "Nations Relief …" too
                        for m in range(k + 2, min(len(run), k + _ACRONYM_MOST) + 1):
                            initials.add("".join(run[k:m]))
                    run = []
        digits |= _numerals(source.text)
    facts = [g for source in sources for fs in (source.facts or ()) for g in fs]
    return _Said(tuple(f" {fold_key(source.text)} " for source in sources), frozenset(capitals), frozenset(acronyms),
                 frozenset(initials), frozenset(digits), tuple(g for g in facts if isinstance(g, Quantity)),
                 tuple(g for g in facts if isinstance(g, TimeFact)))


def _plain(text: str) -> str:
    """``text`` without accents, its case kept ("Zürich" → "Zurich")."""
    return "".join(c for c in unicodedata.normalize("NFKD", fold(text)) if not unicodedata.combining(c))


def _after_preposition(doc: SourceDoc, side: Side) -> bool:
    """Does a preposition come right before the span ("residents of Jabaliya")?"""
    sentence = next((x for x in doc.sentences if x.index == side.sentence), None)
    if sentence is None:
        return False
    before = re.findall(r"[A-Za-z]+", sentence.text[:max(0, side.start - sentence.start)][-20:])
    return bool(before) and before[-1].lower() in PREPOSITIONS


def _unstated(facts: Sequence[Fact], i: int, reports: Sequence[Report], said: _Said, t: Thresholds) -> list[Fact]:
    """The names, figures and times of statement ``i`` (the report is each comparison's A) that
    no source states anywhere (:func:`_unstated_of`)."""
    return _unstated_of(facts, [tie for rep in reports for tie in _ties(rep.findings, "A", i, t)], said)


def _ties(findings: Sequence[Finding], me: str, i: int, t: Thresholds) -> list[tuple[str, Side]]:
    """(kind, side) of the agreements that tie a fact of sentence ``i`` of report ``me`` to the
    other report's: findings of the fact itself, not of a statement around it ("said on Monday it
    was looking" / "said it was looking" does not state Monday)."""
    out = []
    for f in findings:
        mine, theirs = (f.a, f.b) if me == "A" else (f.b, f.a)
        if mine.source == me and theirs.source != me and mine.sentence == i and f.verdict.rank < Verdict.DIFFERS.rank \
                and len(mine.text) <= t.check_fact_slack + len(theirs.text) and len(mine.text.split()) <= t.check_fact_words:
            out.append((f.kind, mine))
    return out


def _unstated_of(facts: Sequence[Fact], tied: list[tuple[str, Side]], said: _Said) -> list[Fact]:
    """The names, figures and times of statement ``i`` that no source states anywhere: no
    finding ties them to a source's, and no source has the name (:func:`_name_stated`), the
    figure's value, a bound of it or its digits, or the time's day, date, year or hour. Loose
    figures ("hundreds") and times counted from an unknown day ("yesterday") state too little to
    test."""
    out = []
    for x in facts:
        if isinstance(x, Quote) or any(kind == x.kind and side.start < x.end and x.start < side.end
                                       for kind, side in tied):
            continue
        if isinstance(x, Entity):
            stated = _name_stated(x, said)
        elif isinstance(x, Quantity):
            stated = x.loose or any(_same_figure(x, y) for y in said.figures) or _same_digits(x.text, said.digits)
        else:
            stated = _unanchored(x) or any(_same_time(x, y) for y in said.times)
        if not stated:
            out.append(x)
    return out


def _name_stated(x: Entity, said: _Said) -> bool:
    """Does a source write the whole name (in any case: "Army" / "support from army"), a word
    of it capitalized, or a capitalized word begun with its first four letters ("Israel" states
    "Israeli", "Scottish" "Scotland", "O'Brien" "Conor O'Brien": lenient, so that only a name
    quite new to the sources is called so), or its initials ("UN" / "United Nations school",
    "UNRWA" / "United Nations Relief and Works Agency")? A word the source writes only in lower
    case ("little", "main") states no name ("Little Italy", "Fifth and Main"). A name of
    function words only states nothing to test.

    >>> said = _said([SourceDoc("S1", "s1.txt", (), (), "The UN school in Zürich, said Sgt. O'Brien.")])
    >>> [_name_stated(Entity(text=n, start=0, end=len(n)), said) for n in ("United Nations school", "Zurich",
    ...                                                                  "Conor O'Brien", "Little Italy")]
    [True, True, True, False]
    """
    words = [w for w in _WORD.findall(_plain(x.text)) if len(w) >= 3 and w.lower() not in STOPWORDS]
    if not words:
        return True
    key = f" {fold_key(x.text)} "
    if any(key in text for text in said.keys):
        return True
    if any(w[:4].lower() in said.capitals for w in words):
        return True
    # a name's initials as a word the sources write in capitals ("United Nations school" / "UN");
    # a name in capitals as the initials of words a source runs together ("UNRWA")
    caps = [w for w in _WORD.findall(_plain(x.text)) if w[:1].isupper() and len(w) > 1 and w.lower() != "the"]
    bare = x.text.replace(".", "")
    return (len(caps) >= 2 and "".join(w[0] for w in caps[:2]) in said.acronyms) or \
        (bare.isupper() and bare.isalpha() and 2 <= len(bare) <= _ACRONYM_MOST and bare in said.initials)


def _same_figure(x: Quantity, y: Quantity) -> bool:
    """Does ``y`` state a number of ``x`` (its value or a bound: "around 90 to 100" / "about 100")?"""
    return bool(_numbers_of(x) & _numbers_of(y))


def _numbers_of(q: Quantity) -> set[float]:
    """A figure's value and its bounds as written: before a hedge widened them ("about 100" is
    100, not 90 to 110)."""
    bounds = q.stated[:2] if q.stated else (q.low, q.high)
    return {n for n in (q.value, *bounds) if n is not None}


_NUMERAL = re.compile(r"\d[\d,.]*")


def _numerals(text: str) -> set[str]:
    """The numerals of a text as digits only ("$35,000" → "35000")."""
    return {n.replace(",", "").replace(".", "") for n in _NUMERAL.findall(text)}


def _same_digits(text: str, digits: frozenset[str]) -> bool:
    """Does a source write the figure's digits (".357 Magnum" / "357 Magnum", however parsed)?"""
    mine = _numerals(text)
    return bool(mine) and mine <= digits


# the detail of a finding :func:`derived_findings` makes (``check`` reads those itself, as "not in the sources")
DERIVED = "a detail of a report that reads as a rewrite of the other, which the other nowhere states"


def derived_findings(report: Report, t: Thresholds) -> list[Finding]:
    """When one report of a comparison reads as a rewrite or a summary of the other (at least
    ``t.derived_share`` of its content sentences aligned at ``t.support`` or closer, and it at
    most ``t.derived_size`` times as long), each name, figure or time of its aligned sentences
    that the other report nowhere states (as ``check`` reads it: :func:`_unstated_of`) is a
    ``differs`` finding at ``t.derived_confidence``, set against the sentence that states the
    rest; unless more than ``t.derived_unstated`` of its sentences hold such details (a rewrite
    states little its source does not; a short account of its own states much): a summary's or a rewrite's invented detail ("John Ging … called for an independent
    investigation, joined by Chris Gunness"). Two independent reports of an event each tell
    details of their own; a rewrite has no source for them but the other."""
    out: list[Finding] = []
    for me in (0, 1):
        mine, other = report.sources[me], report.sources[1 - me]
        content = [s.index for s in mine.sentences if s.role.is_content]
        others = {s.index: s for s in other.sentences if s.role.is_content}
        if len(content) < t.derived_least or not others or len(content) > t.derived_size * len(others):
            continue
        group: dict[int, tuple[tuple[int, ...], float]] = {}      # my sentence → the other's aligned with it
        for p in report.alignments:
            ours, theirs = (p.a, p.b) if me == 0 else (p.b, p.a)
            for i in ours:
                if p.score >= t.support and theirs and (i not in group or p.score > group[i][1]):
                    group[i] = (tuple(theirs), p.score)
        if sum(i in group for i in content) < t.derived_share * len(content):
            continue
        # of a group, the sentence sharing the most words is the one that states the rest
        words = {s.index: set(fold_key(s.text).split()) - STOPWORDS for s in list(mine.sentences) + list(others.values())}
        partner = {i: max(theirs, key=lambda j: len(words.get(i, set()) & words.get(j, set())))
                   for i, (theirs, _) in group.items()}
        said, me_id = _said([other]), mine.id
        # (a detail already set against a value of the other report, shown, or held back below the
        # minimum at this rule's confidence or more: it would show wherever this would)
        taken = [f.a if me == 0 else f.b for f in report.findings if f.verdict.rank >= Verdict.DIFFERS.rank] + \
            [k.a if me == 0 else k.b for k in report.skipped if k.rule == "below-min-confidence" and k.a and k.b
             and _held_discrepancy(k.detail) >= t.derived_confidence]
        details = {}
        for i in content:
            if i not in partner or partner[i] not in others:
                continue
            facts = [f for f in (mine.facts[i] if mine.facts else ()) if isinstance(f, (Entity, Quantity, TimeFact))]
            found = [x for x in _unstated_of(facts, _ties(report.findings, me_id, i, t), said)
                     if not any(side.sentence == i and side.start < x.end and x.start < side.end for side in taken)]
            if found:           # (not one already set against a value of the other report)
                details[i] = found
        if len(details) > t.derived_unstated * len(content):
            continue        # most of its sentences tell what the other never does: an account of its own
        for i, found in details.items():
            for x in found:
                o = others[partner[i]]
                detail_side = Side(me_id, i, x.text, x.start, x.end)
                sentence_side = Side(other.id, o.index, o.text, o.start, o.end)
                a, b = (detail_side, sentence_side) if me == 0 else (sentence_side, detail_side)
                out.append(Finding(x.kind, Verdict.DIFFERS, a, b,
                                   f"{me_id}: {x.text} — {other.id} nowhere states it, though its sentence states the "
                                   f"rest ({me_id} reads as a rewrite or summary of {other.id})",
                                   t.derived_confidence, DERIVED))
    return out


_HELD = re.compile(r"^(?:differs|conflict) at confidence ([0-9.]+)")


def _held_discrepancy(detail: str) -> float:
    """The confidence of a discrepancy held back below the minimum (``judge.below``'s detail), or 0."""
    m = _HELD.match(detail)
    return float(m.group(1)) if m else 0.0


_TIME_FIELDS = ("year", "month", "day", "weekday", "hour", "minute")


def _unanchored(x: TimeFact) -> bool:
    """A time counted from an unknown day or stating no field ("yesterday", "this morning")."""
    return x.relative is not None or all(getattr(x, k) is None for k in _TIME_FIELDS)


def _same_time(x: TimeFact, y: TimeFact) -> bool:
    """Does ``y`` state the day, date, year or clock time ``x`` states (every field both give
    alike, one at least)? (Every field ``x`` gives would be too strict: a report's "Monday" is
    resolved to a full date from its date line, which a source's "Nov. 17" never gives.)"""
    both = [k for k in _TIME_FIELDS if getattr(x, k) is not None and getattr(y, k) is not None]
    return bool(both) and all(getattr(x, k) == getattr(y, k) for k in both)


def _named(facts: Sequence[Fact]) -> str:
    return " and ".join(f"“{f.text}”" for f in facts[:3]) + (" …" if len(facts) > 3 else "")


def _distinct(evidence: list[Evidence]) -> list[Evidence]:
    """One piece of evidence per source sentence, the one with a finding first."""
    seen, out = set(), []
    for e in sorted(evidence, key=lambda e: e.finding is None):
        if (e.source, e.sentence) not in seen:
            seen.add((e.source, e.sentence))
            out.append(e)
    return out


def _says(sources: list[int], verb: str) -> str:
    return verb if len(sources) == 1 else verb[:-1] if verb.endswith("s") else verb


def _supporting(f, t: Thresholds) -> bool:
    """An agreement that says a source states the statement: a figure, a date, a quote, or a
    statement (:func:`~factcheck.judge.claims.statement_like`; a shared name alone does not)."""
    return f.kind in ("number", "date", "quote") or statement_like(f, t)


def _verbatim(q: Quote, texts: list[str]) -> bool:
    key = fold_key(q.content)
    return not key or any(" " + key + " " in text for text in texts)


def _sources(indexes) -> str:
    return ", ".join(f"S{k + 1}" for k in indexes)


def _omissions(reports: Sequence[Report], t: Thresholds) -> tuple[Omission, ...]:
    """Source statements with facts that the report leaves out, alike ones of several sources
    grouped, the most stated first (then in the sources' order)."""
    left: list[tuple[int, int, str, tuple[Fact, ...]]] = []
    for k, rep in enumerate(reports):
        source = rep.sources[1]
        covered = {j for p in rep.alignments if p.score >= t.support for j in p.b} | \
            {f.b.sentence for f in rep.findings if f.a.source == "A" and f.b.source == "B" and f.detail != DERIVED
             and (f.verdict.rank >= Verdict.DIFFERS.rank or _supporting(f, t))}
        for s in source.sentences:
            if not s.role.is_content or s.index in covered:
                continue
            facts = tuple(f for f in source.facts[s.index] if isinstance(f, CHECKABLE)) if source.facts else ()
            if facts:
                left.append((k, s.index, s.text, facts))
    groups: list[list[int]] = []
    for n, (k, _, sentence, _) in enumerate(left):
        for g in groups:
            first = left[g[0]]
            if first[0] != k and all(left[m][0] != k for m in g) and \
                    fuzz.token_set_ratio(first[2], sentence) >= 100 * t.omission_alike:
                g.append(n)
                break
        else:
            groups.append([n])
    omissions = [Omission(tuple((left[m][0], left[m][1]) for m in g), left[g[0]][3]) for g in groups]
    return tuple(sorted(omissions, key=lambda o: (-o.count, o.statements[0])))
