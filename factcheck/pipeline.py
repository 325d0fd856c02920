"""The one place the stages are wired together.

``path → Article → Block[] → Sentence[] → facts → AlignedPair[] → Finding[] → Report``
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence

import numpy as np

from . import align as align_mod
from . import judge
from .aliases import Aliases, Canon, Knowledge
from .checking import check_reports, derived_findings
from .clean import clean
from .consensus import fact_rows
from .errors import OptionError
from .facts.attribution import extract_attributions
from .facts.borrowed import borrow_names
from .facts.dates import extract_times, inherit_years, publication_dateline
from .facts.entities import extract_entities, misspelled_openers, role_names
from .facts.numbers import article_ordinals, scan_quantities
from .facts.polarity import extract_polarities
from .facts.quotes import extract_quotes, pronoun_resolver
from .load import load_article
from .model import (Article, Attribution, CheckReport, Consensus, Dropped, Entity, Fact, Quote, Report, Role, Sentence, Side, Skip,
                    SourceDoc, Unmatched)
from .segment import segment
from .settings import Thresholds
from .text import PRONOUNS, fold, fold_key, title_cased


@dataclass(frozen=True)
class Options:
    """Tuning for :func:`compare`; every field has a documented default."""

    aliases: Optional[str] = None            # extra knowledge file (TOML)
    tolerance: float = 0.1                   # "about N" allows N ± 10%
    thresholds: Thresholds = Thresholds()    # every knob of the aligner and the judges (settings.py)
    date_a: Optional[datetime.date] = None   # publication dates (else read from a date line)
    date_b: Optional[datetime.date] = None
    keep_boilerplate: bool = False           # list boilerplate sentences in the report


@dataclass(frozen=True)
class Analysis:
    """One report after the per-article stages."""

    article: Article
    sentences: tuple[Sentence, ...]
    facts: tuple[tuple[Fact, ...], ...]
    claimants: tuple[Optional[str], ...]
    published: Optional[datetime.date] = None
    dropped: tuple[tuple[Dropped, ...], ...] = ()   # per sentence: what the extractors left out, and why
    dateline: Optional[tuple[int, int]] = None      # where the text states ``published`` (its date line)

    @property
    def errors(self) -> list[Dropped]:
        """Sentences an extractor failed on (``parser-error``): each one is a bug."""
        return [d for ds in self.dropped for d in ds if d.rule == PARSER_ERROR]

    @functools.cached_property
    def openers(self) -> frozenset[str]:
        """The folded one-word names the report writes only where they open a sentence: not
        lent to the other report's words in lower case (:func:`borrow_names`). A word of a
        longer name is a name ("Comeaux, 49, took …" after "Arcade Joseph Comeaux Jr."). Read
        once per analysis (a batch or a check compares one analysis many times)."""
        named = [(s, e) for s, fs in zip(self.sentences, self.facts) for e in fs if isinstance(e, Entity)]
        inside = {w for s, e in named if not _opens(s, e) or " " in e.key for w in (e.key, *e.key.split())}
        return frozenset(e.key for s, e in named if " " not in e.key and e.key not in inside)


PARSER_ERROR = "parser-error"


def _guarded(kind: str, extract: Callable[[], Iterable[Fact]], s: Sentence, dropped: list[Dropped]) -> list[Fact]:
    """The facts one extractor finds in a sentence; an exception is recorded as a
    ``parser-error`` (the comparison goes on without that kind of fact for the sentence) and
    fails the tests, which run every extractor over real text."""
    try:
        return list(extract())
    except Exception as exc:  # noqa: BLE001 - recorded, shown, and a failing test
        dropped.append(Dropped(kind, PARSER_ERROR, s.text, s.start, s.end, f"{exc.__class__.__name__}: {exc}"))
        return []


# a capitalized word inside a sentence (after a word, also after another capitalized one:
# "Viktor Baranko"), which makes it a name where it opens a sentence
_KNOWN = re.compile(r"(?<=[a-z0-9,;])\s+([A-Z][A-Za-z'\-]+)")
_KNOWN_ANY = re.compile(r"[a-z0-9,;]\s+([A-Z][A-Za-z'\-]+)")
_OPENER = re.compile(r"[A-Z][a-z]+\b")      # a sentence's first word, capitalized


def analyse(article: Article, *, published: Optional[datetime.date] = None, tolerance: float = 0.1) -> Analysis:
    """Clean, segment and extract the facts of one article."""
    sentences = segment(article, clean(article))
    content = [s for s in sentences if s.role.is_content]
    folded = fold(article.text)
    common = frozenset(re.findall(r"(?<![A-Za-z'])[a-z][a-z']+", folded))
    # every capitalized word after another in the body ("Viktor Baranko"), not in a headline in
    # title case, where every word may be capitalized (there, every other one, as read left to
    # right); a headline written as a sentence is read as one (the body's sentences joined with a
    # stop, so that a headline's last word does not run into the next sentence's first; over the
    # whole text, _KNOWN_ANY still reads a word opening a line after a line's last word, as before)
    texts = [(s, fold(s.text)) for s in content]
    body = ".\n".join(text for s, text in texts if s.role is not Role.HEADLINE or not title_cased(s.text))
    known = frozenset(m.group(1) for m in _KNOWN.finditer(body)) | \
        frozenset(m.group(1) for m in _KNOWN_ANY.finditer(folded))
    known |= {re.sub(r"'s?$", "", k) for k in known}    # "Verisign's iDefense group": "Verisign" too
    openers = (m.group() for _, text in texts for m in [_OPENER.match(text)] if m)
    known |= misspelled_openers(openers, known, common)
    dateline = None
    if published is None:
        found = publication_dateline(article.text)
        published, dateline = (found[0], found[1:]) if found else (None, None)
    per: dict[int, list[Fact]] = {s.index: [] for s in sentences}
    drops: dict[int, list[Dropped]] = {s.index: [] for s in sentences}
    for s in content:
        skipped: list[Dropped] = []

        def numbers(s=s):
            found, left = scan_quantities(s.text, s.start, tolerance=tolerance)
            skipped.extend(left)
            return found
        per[s.index] += _guarded("number", numbers, s, drops[s.index])
        drops[s.index] += skipped
        per[s.index] += _guarded("date", lambda s=s: extract_times(s.text, s.start, published=published), s, drops[s.index])
        per[s.index] += _guarded("entity", lambda s=s: extract_entities(s, common=common, known=known), s, drops[s.index])
        per[s.index] += _guarded("attribution", lambda s=s: extract_attributions(s), s, drops[s.index])
        per[s.index] += _guarded("polarity", lambda s=s: extract_polarities(s), s, drops[s.index])
    article_ordinals(content, [per[s.index] for s in content])     # "in the sixth": the article's rounds
    inherit_years([per[s.index] for s in content], [s.text for s in content])   # "In November 1973 … on Nov. 17"
    starts = [s.start for s in content]
    resolve = pronoun_resolver(folded, sentences, per)
    for q in extract_quotes(article.text, content, resolve=resolve):   # each piece lies inside one sentence
        per[content[bisect.bisect_right(starts, q.start) - 1].index].append(q)
    claimants = _claimants(sentences, per)
    facts = tuple(tuple(sorted(per[s.index], key=lambda f: (f.start, f.end))) for s in sentences)
    dropped = tuple(tuple(drops[s.index]) for s in sentences)
    return Analysis(article, sentences, facts, claimants, published, dropped, dateline)


def _claimants(sentences, per) -> tuple[Optional[str], ...]:
    """Who each sentence's claim is attributed to; pronouns → the last named person."""
    out: list[Optional[str]] = []
    last_person: Optional[str] = None
    for s in sentences:
        facts = per[s.index]
        who = None
        for f in facts:
            if isinstance(f, Attribution) and f.cue not in ("request from", "asked by"):
                who = f.source
                break
        for f in facts:
            if isinstance(f, Quote) and f.speaker and who is None:
                who = f.speaker
        if who and fold_key(who) in PRONOUNS:
            who = last_person
        named = [f.text for f in facts if isinstance(f, Entity) and f.label in ("person", "name")
                 and len(f.text.split()) >= 2]
        if who and who[0].isupper() and fold_key(who) not in PRONOUNS:
            last_person = who
        elif named:
            last_person = named[-1]
        out.append(who)
    return tuple(out)


def features(analysis: Analysis, canon: Canon) -> list[align_mod.Features]:
    """What the aligner compares, for each content sentence of one report."""
    return align_mod.features(analysis.sentences, analysis.facts, canon)


def _facts(*analyses: Analysis, kind: type) -> list:
    return [f for an in analyses for fs in an.facts for f in fs if isinstance(f, kind)]


def _opens(s: Sentence, e: Entity) -> bool:
    """Does the name stand first in its sentence (nothing but marks before it)?"""
    return not any(ch.isalnum() for ch in s.text[:e.start - s.start])


def compare_articles(a: Article, b: Article, *, options: Options = Options()) -> Report:
    """Compare two loaded articles; the library's core call."""
    return compare_analyses(analyse(a, published=options.date_a, tolerance=options.tolerance),
                            analyse(b, published=options.date_b, tolerance=options.tolerance), options=options)


def compare_analyses(an_a: Analysis, an_b: Analysis, *, options: Options = Options(),
                     shared_words: bool = True) -> Report:
    """Compare two analysed articles (:func:`analyse`, run with ``options``' dates and
    tolerance): what :func:`compare_articles` does after the per-article stages. A batch
    that meets one article in many pairs analyses it once. ``shared_words``: agreements are
    shown with the words around them both reports write alike (:mod:`.judge.shared_words`);
    ``check`` and the consensus read each fact's own span and leave it off."""
    t = options.thresholds
    a, b = an_a.article, an_b.article
    knowledge = Knowledge.load(options.aliases)
    # a name one report capitalizes is a name in the other too, where it is written in lower case
    names_a, names_b = _facts(an_a, kind=Entity), _facts(an_b, kind=Entity)
    openers_a, openers_b = an_a.openers, an_b.openers
    an_a = dataclasses.replace(an_a, facts=borrow_names(an_a.sentences, an_a.facts, names_b, a.text, openers_b))
    an_b = dataclasses.replace(an_b, facts=borrow_names(an_b.sentences, an_b.facts, names_a, b.text, openers_a))
    entities = [e.text for e in _facts(an_a, an_b, kind=Entity)]
    aliases = Aliases(entities + [f.source for f in _facts(an_a, an_b, kind=Attribution)]
                      + [q.speaker for q in _facts(an_a, an_b, kind=Quote) if q.speaker], knowledge,
                      roles=role_names(a.text) + role_names(b.text))
    canon = Canon(entities, aliases)
    fa, fb = features(an_a, canon), features(an_b, canon)
    pairs, sim = align_mod.align(fa, fb, t=t)
    similarity = align_mod.lookup(sim, fa, fb)
    doc_a = judge.Doc("A", an_a.sentences, an_a.facts, an_a.claimants, an_a.published)
    doc_b = judge.Doc("B", an_b.sentences, an_b.facts, an_b.claimants, an_b.published)

    out = _judge(doc_a, doc_b, pairs, sim, similarity, fa, fb, aliases, options)
    judge.dateline_findings(doc_a, an_a.dateline, doc_b, an_b.dateline, t=t, out=out)
    findings, skipped = judge.resolve(out, min_confidence=t.min_confidence, sure_anyway=t.sure_anyway,
                                     docs={"A": doc_a, "B": doc_b})
    findings = tuple(judge.shown_spans(findings, {"A": doc_a, "B": doc_b}, t=t, shared_words=shared_words))

    matched_a = {i for p in pairs for i in p.a}
    matched_b = {j for p in pairs for j in p.b}
    unmatched = tuple([Unmatched("A", f.index) for f in fa if f.index not in matched_a]
                      + [Unmatched("B", f.index) for f in fb if f.index not in matched_b])
    sources = (_source(doc_a.id, an_a, options), _source(doc_b.id, an_b, options))
    errors = tuple(Skip(PARSER_ERROR, d.kind, Side(doc.id, _sentence_of(an, d), d.text, d.start, d.end), None, d.detail)
                   for doc, an in ((doc_a, an_a), (doc_b, an_b)) for d in an.errors)
    report = Report(sources, pairs, findings, unmatched, errors + skipped, t.min_confidence)
    # a rewrite or summary of the other report: its details the other nowhere states (checking.py),
    # below the default confidence (on real pairs of two outlets they are mostly each one's own detail)
    derived = derived_findings(report, t)
    shown = tuple(f for f in derived if f.confidence >= t.min_confidence)
    held = tuple(Skip("below-min-confidence", f.kind, f.a, f.b, judge.below(f, t.min_confidence))
                 for f in derived if f.confidence < t.min_confidence)
    if derived:
        report = dataclasses.replace(report, findings=tuple(sorted(findings + shown, key=judge.report_order)),
                                     skipped=report.skipped + held)
    return report



def _pairs_of(groups) -> set[tuple[int, int]]:
    """The sentence pairs (A, B) of judge groups ``(ia, ib, …)``."""
    return {(i, j) for ia, ib, *_ in groups for i in ia for j in ib}


def _judge(doc_a, doc_b, pairs, sim, similarity, fa, fb, aliases: Aliases, options: Options) -> "judge.Out":
    """Every judge over the aligned groups, the other similar sentence pairs, the facts that
    look alike elsewhere, and each report against itself; all candidates in one ``Out``."""
    t = options.thresholds
    out = judge.Out()
    aligned = {(i, j) for p in pairs for i in p.a for j in p.b}
    # the aligned groups, then every other sentence pair similar enough to share a fact (all
    # judges, "full"), then pairs less alike, down to name_floor: a name (or its spelling) or a
    # statement may be shared there, seldom a figure or a day
    groups = [(p.a, p.b, p.score, True, True) for p in pairs]
    # (the pairs above the floor read from the matrix at once, row by row as a double loop would)
    rows, cols = np.nonzero(np.asarray(sim, dtype=float).reshape(len(fa), len(fb)) >= min(t.name_floor, t.pair_floor))
    near = [(fa[k].index, fb[m].index, sim[k][m]) for k, m in zip(rows.tolist(), cols.tolist())
            if (fa[k].index, fb[m].index) not in aligned]
    groups += [((i,), (j,), score, False, True) for i, j, score in near if score >= t.pair_floor]
    # and sentence pairs anywhere that share a heavy run of words: one statement worded twice
    vocab = judge.Vocabulary((doc_a, doc_b))
    linked = judge.statement_pairs(doc_a, doc_b, vocab, _pairs_of(groups), t=t)
    shared = {(i, j): evidence for i, j, evidence in linked}
    groups += [((i,), (j,), similarity(i, j), False, True) for i, j, _ in linked]
    groups += [((i,), (j,), score, False, False) for i, j, score in near if score < t.pair_floor and (i, j) not in shared]
    claims = judge.Out()
    slots = judge.Out()         # names in one slot: candidates that only corroboration reports
    for ia, ib, score, is_aligned, full in groups:
        if full:
            judge.number_findings(doc_a, ia, doc_b, ib, t=t, tolerance=options.tolerance, out=out, aliases=aliases,
                                  score=score, aligned=is_aligned)
            judge.plural_findings(doc_a, ia, doc_b, ib, t=t, out=out, score=score, aligned=is_aligned)
            judge.kind_findings(doc_a, ia, doc_b, ib, t=t, out=out, score=score, aligned=is_aligned)
            judge.date_findings(doc_a, ia, doc_b, ib, t=t, out=out, score=score, aligned=is_aligned)
        judge.entity_findings(doc_a, ia, doc_b, ib, aliases, t=t, out=out, score=score, aligned=is_aligned)
        judge.name_findings(doc_a, ia, doc_b, ib, aliases, t=t, out=out, score=score, aligned=is_aligned)
        if full:
            judge.attribution_findings(doc_a, ia, doc_b, ib, aliases, t=t, out=out, sim=similarity, aligned=is_aligned)
            judge.negation_findings(doc_a, ia, doc_b, ib, aliases, t=t, out=out, score=score, aligned=is_aligned)
            judge.slot_findings(doc_a, ia, doc_b, ib, aliases, t=t, out=slots, score=score, aligned=is_aligned)
        # a shared run is what links a pair the aligner left apart: the statement judge reads it as such
        judge.claim_findings(doc_a, ia, doc_b, ib, vocab, aliases, t=t, out=claims,
                             score=max(score, shared.get((ia[0], ib[0]), 0.0)), aligned=is_aligned, shared_only=not full)
    out.findings += judge.best_statements(claims.findings, out)
    out.skips += claims.skips + slots.skips
    # figures that look like one fact, in sentences not compared yet
    compared = _pairs_of(g for g in groups if g[4])     # those all judges read
    for i, j in judge.figure_pairs(doc_a, doc_b, compared, t=t):
        judge.number_findings(doc_a, [i], doc_b, [j], t=t, tolerance=options.tolerance, out=out, aliases=aliases,
                              score=similarity(i, j), aligned=False)
        judge.attribution_findings(doc_a, [i], doc_b, [j], aliases, t=t, out=out, sim=similarity, aligned=False)
    for i, j in judge.date_pairs(doc_a, doc_b, compared, t=t):
        judge.date_findings(doc_a, [i], doc_b, [j], t=t, out=out, score=similarity(i, j), aligned=False)
    # one sentence in both reports with a value changed, wherever the two stand
    judge.edit_findings(doc_a, doc_b, compared | judge.edit_pairs(doc_a, doc_b), aliases, t=t,
                        tolerance=options.tolerance, out=out)
    before_quotes = len(out.findings)
    judge.quote_findings(doc_a, doc_b, aliases, t=t, out=out)
    out.findings[:before_quotes] = judge.unquoted(out.findings[:before_quotes], out.findings[before_quotes:], out)
    judge.role_findings(doc_a, doc_b, aliases, similarity, t=t, out=out)
    judge.charge_findings(doc_a, doc_b, t=t, out=out)
    judge.shared_name_findings(doc_a, doc_b, aliases, similarity, _pairs_of(groups), t=t, out=out)
    judge.role_holder_findings(doc_a, doc_b, aliases, similarity, t=t, out=out)
    judge.close_role_findings(doc_a, doc_b, aliases, similarity, t=t, out=out)
    judge.swap_findings(doc_a, doc_b, aliases, similarity, t=t, out=out)
    judge.standing_findings(doc_a, doc_b, aliases, t=t, out=out)
    judge.variant_findings(doc_a, doc_b, aliases, t=t, out=out)
    judge.acronym_findings(doc_a, doc_b, t=t, out=out)
    judge.direction_findings(doc_a, doc_b, t=t, out=out)
    judge.list_findings(doc_a, doc_b, aliases, similarity, t=t, out=out)
    judge.home_findings(doc_a, doc_b, aliases, t=t, out=out)
    judge.absence_findings(doc_a, doc_b, t=t, out=out)
    # What the reports attribute to the same person, wherever they put it.
    for i, j in judge.claimant_pairs(doc_a, doc_b, aliases, skip=aligned):
        judge.negation_findings(doc_a, [i], doc_b, [j], aliases, t=t, out=out, score=0.0, aligned=False)
    # The size of one group stated in places that are not aligned, across and within reports.
    judge.group_findings(doc_a, doc_b, similarity, t=t, tolerance=options.tolerance, out=out, skip=aligned,
                         aliases=aliases)
    for doc, feats, other in ((doc_a, fa, doc_b), (doc_b, fb, doc_a)):
        # rows on demand, within a window of sentences: not n² for a long report
        within = align_mod.row_similarity(feats, feats, window=t.self_window)
        judge.group_findings(doc, doc, within, t=t, tolerance=options.tolerance, out=out, aliases=aliases)
        judge.self_findings(doc, t=t, tolerance=options.tolerance, out=out, aliases=aliases)
        judge.dispute_findings(doc, t=t, tolerance=options.tolerance, out=out)
        judge.headline_findings(doc, t=t, tolerance=options.tolerance, out=out)
        judge.family_findings(doc, t=t, out=out)
        judge.home_findings(doc, doc, aliases, t=t, out=out)
        judge.death_day_findings(doc, t=t, out=out)
        judge.variant_findings(doc, doc, aliases, t=t, out=out, other=other)
        judge.self_role_findings(doc, aliases, out=out)
        judge.acronym_findings(doc, doc, t=t, out=out)
        judge.restated_findings(doc, within, t=t, tolerance=options.tolerance, out=out, aliases=aliases)
    # two sentences that agree on the rest of what they state tie a third fact (and a name in one slot)
    out.findings = judge.corroborate(out.findings, {"A": doc_a, "B": doc_b}, t=t, candidates=slots.findings, out=out)
    return out


def _sentence_of(analysis: Analysis, d: Dropped) -> int:
    return next(k for k, ds in enumerate(analysis.dropped) if d in ds)


def _source(doc_id: str, analysis: Analysis, options: Options) -> SourceDoc:
    """A report as the report formats show it: its path, the sentences shown, its facts."""
    return SourceDoc(doc_id, analysis.article.path, _shown(analysis.sentences, options), analysis.facts,
                     analysis.article.text)


def _shown(sentences, options: Options) -> tuple[Sentence, ...]:
    return sentences if options.keep_boilerplate else tuple(s for s in sentences if s.role.is_content)


def compare(path_a: str, path_b: str, *, options: Options = Options()) -> Report:
    """Load and compare two report files (see :func:`compare_articles`)."""
    return compare_articles(load_article(path_a), load_article(path_b), options=options)


def check_articles(report: Article, sources: Sequence[Article], *, options: Options = Options()) -> CheckReport:
    """Check a report against its sources: the report is analysed once, each source once, the
    report compared with each source (the report as A, ``options.date_a`` its date; every source
    as B, ``options.date_b`` their date), and the comparisons read side by side
    (:mod:`factcheck.checking`)."""
    if not sources:
        raise OptionError("check needs at least one source report")
    mine = analyse(report, published=options.date_a, tolerance=options.tolerance)
    reports = [compare_analyses(mine, analyse(s, published=options.date_b, tolerance=options.tolerance),
                                options=options, shared_words=False) for s in sources]
    return check_reports(reports, t=options.thresholds)


def check(report_path: str, source_paths: Sequence[str], *, options: Options = Options()) -> CheckReport:
    """Load a report and its sources and check one against the others (see :func:`check_articles`)."""
    if not source_paths:
        raise OptionError("check needs at least one source report")
    return check_articles(load_article(report_path), [load_article(p) for p in source_paths], options=options)


def compare_many_articles(articles: Sequence[Article], *, options: Options = Options()) -> Consensus:
    """Three or more reports of one event: each analysed once, every pair compared, their
    facts matched together (:mod:`factcheck.consensus`). ``options.date_a`` dates them all."""
    if len(articles) < 2:
        raise OptionError("a consensus needs at least two reports")
    analyses = [analyse(a, published=options.date_a, tolerance=options.tolerance) for a in articles]
    pairs = [(i, j, compare_analyses(analyses[i], analyses[j], options=options, shared_words=False))
             for i in range(len(analyses)) for j in range(i + 1, len(analyses))]
    return fact_rows([_source(f"R{k + 1}", a, options) for k, a in enumerate(analyses)], pairs, t=options.thresholds)


def compare_many(paths: Sequence[str], *, options: Options = Options()) -> Consensus:
    """Load and compare three or more report files (see :func:`compare_many_articles`)."""
    return compare_many_articles([load_article(p) for p in paths], options=options)


def facts_of(path: str, *, options: Options = Options()) -> Analysis:
    """Every fact found in one report, sentence by sentence (``factcheck facts``)."""
    return analyse(load_article(path), published=options.date_a, tolerance=options.tolerance)
