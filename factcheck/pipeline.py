"""The one place the stages are wired together.

``path → Article → Block[] → Sentence[] → facts → AlignedPair[] → Finding[] → Report``
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Optional

from . import align as align_mod
from . import judge
from .aliases import Aliases, Knowledge
from .clean import clean
from .facts.attribution import PRONOUNS, extract_attributions
from .facts.dates import extract_times, find_publication_date
from .facts.entities import extract_entities
from .facts.numbers import extract_quantities
from .facts.quotes import extract_quotes
from .load import load_article
from .model import (Article, Attribution, Entity, Fact, Quantity, Quote, Report, Role, Sentence, SourceDoc,
                    TimeFact, Unmatched)
from .segment import segment
from .text import content_stems, fold, fold_key, stem


@dataclass(frozen=True)
class Options:
    """Tuning for :func:`compare`; every field has a documented default."""

    aliases: Optional[str] = None            # extra knowledge file (TOML)
    tolerance: float = 0.1                   # "about N" allows N ± 10%
    threshold: float = align_mod.THRESHOLD   # one-to-one alignment threshold
    extra_threshold: float = align_mod.EXTRA_THRESHOLD
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


def analyse(article: Article, *, published: Optional[datetime.date] = None, tolerance: float = 0.1) -> Analysis:
    """Clean, segment and extract the facts of one article."""
    sentences = segment(article, clean(article))
    content = [s for s in sentences if s.role.is_content]
    folded = fold(article.text)
    common = frozenset(re.findall(r"(?<![A-Za-z'])[a-z][a-z']+", folded))
    known = frozenset(m.group(1) for m in re.finditer(r"[a-z0-9,;]\s+([A-Z][A-Za-z'\-]+)", folded))
    published = published or find_publication_date(article.text)
    per: dict[int, list[Fact]] = {s.index: [] for s in sentences}
    for s in content:
        per[s.index] += extract_quantities(s.text, s.start, tolerance=tolerance)
        per[s.index] += extract_times(s.text, s.start, published=published)
        per[s.index] += extract_entities(s, common=common, known=known)
        per[s.index] += extract_attributions(s)
    by_start = {s.start: s.index for s in content}
    for q in extract_quotes(article.text, content):
        owner = next(s.index for s in content if s.start <= q.start < s.end or s.start <= q.start <= s.end)
        per[owner].append(q)
    claimants = _claimants(sentences, per)
    facts = tuple(tuple(sorted(per[s.index], key=lambda f: (f.start, f.end))) for s in sentences)
    return Analysis(article, sentences, facts, claimants)


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


def features(analysis: Analysis, aliases: Aliases, canon) -> list[align_mod.Features]:
    out = []
    for s, facts in zip(analysis.sentences, analysis.facts):
        if not s.role.is_content:
            continue
        stems = canon.stems(s.text)
        numbers = frozenset(f"{q.value:g}" for q in facts if isinstance(q, Quantity) and q.value is not None)
        entities = frozenset(canon.entity(e.text) for e in facts if isinstance(e, Entity))
        quote_words = tuple(w for q in facts if isinstance(q, Quote) for w in judge._qwords(q.content))
        out.append(align_mod.Features(s.index, stems, numbers, entities, quote_words, s.role is Role.HEADLINE))
    return out


class Canon:
    """Canonical ids for entity names (alias clusters) and for synonym words."""

    def __init__(self, names, aliases: Aliases, knowledge: Knowledge):
        self.aliases = aliases
        self._ids: dict[str, str] = {}
        distinct = sorted(set(names), key=lambda n: (-len(n), n))
        for n in distinct:
            self._ids[n] = next((self._ids[m] for m in self._ids if aliases.same(n, m)), fold_key(n))
        self._phrases: dict[tuple[str, ...], str] = {}
        for name, gid in knowledge.same.items():
            stems = tuple(content_stems(name))
            if stems:
                self._phrases[stems] = f"={gid}"
        self._longest = max((len(k) for k in self._phrases), default=0)

    def stems(self, text: str) -> tuple[str, ...]:
        """Content stems of ``text`` with synonyms ("windshield", "armed forces") folded to one token."""
        stems = content_stems(text)
        out, i = [], 0
        while i < len(stems):
            for n in range(min(self._longest, len(stems) - i), 0, -1):
                token = self._phrases.get(tuple(stems[i:i + n]))
                if token:
                    out.append(token)
                    i += n
                    break
            else:
                out.append(stems[i])
                i += 1
        return tuple(out)

    def entity(self, name: str) -> str:
        return self._ids.get(name, fold_key(name))



def compare_articles(a: Article, b: Article, *, options: Options = Options()) -> Report:
    """Compare two loaded articles; the library's core call."""
    knowledge = Knowledge.load(options.aliases)
    an_a = analyse(a, published=options.date_a, tolerance=options.tolerance)
    an_b = analyse(b, published=options.date_b, tolerance=options.tolerance)
    names = [f.text for an in (an_a, an_b) for fs in an.facts for f in fs if isinstance(f, Entity)]
    names += [f.source for an in (an_a, an_b) for fs in an.facts for f in fs if isinstance(f, Attribution)]
    names += [f.speaker for an in (an_a, an_b) for fs in an.facts for f in fs if isinstance(f, Quote) and f.speaker]
    aliases = Aliases(names, knowledge)
    canon = Canon([f.text for an in (an_a, an_b) for fs in an.facts for f in fs if isinstance(f, Entity)],
                  aliases, knowledge)
    fa, fb = features(an_a, aliases, canon), features(an_b, aliases, canon)
    pairs, sim = align_mod.align(fa, fb, threshold=options.threshold, extra_threshold=options.extra_threshold)
    doc_a = judge.Doc("A", an_a.sentences, an_a.facts, an_a.claimants)
    doc_b = judge.Doc("B", an_b.sentences, an_b.facts, an_b.claimants)

    findings: list = []
    for p in pairs:
        findings += judge.number_findings(doc_a, p.a, doc_b, p.b, tolerance=options.tolerance, aliases=aliases)
        findings += judge.date_findings(doc_a, p.a, doc_b, p.b, score=p.score)
        findings += judge.entity_findings(doc_a, p.a, doc_b, p.b, aliases)
        findings += judge.attribution_findings(doc_a, p.a, doc_b, p.b, aliases)
    findings += judge.quote_findings(doc_a, doc_b, aliases)
    # The size of one group stated in places that are not aligned, across and within reports.
    pos_a = {f.index: k for k, f in enumerate(fa)}
    pos_b = {f.index: k for k, f in enumerate(fb)}
    aligned = {(i, j) for p in pairs for i in p.a for j in p.b}
    cross = lambda i, j: sim[pos_a[i]][pos_b[j]] if i in pos_a and j in pos_b else 0.0
    findings += judge.group_findings(doc_a, doc_b, cross, tolerance=options.tolerance, skip=aligned)
    for doc, feats, pos in ((doc_a, fa, pos_a), (doc_b, fb, pos_b)):
        self_sim = align_mod.similarity_matrix(feats, feats)
        within = lambda i, j: self_sim[pos[i]][pos[j]] if i in pos and j in pos else 0.0
        findings += judge.group_findings(doc, doc, within, tolerance=options.tolerance)
        findings += judge.self_findings(doc, tolerance=options.tolerance)
    findings = judge.dedupe(findings)
    findings = tuple(sorted(findings, key=lambda f: (-f.verdict.rank, f.a.source, f.a.sentence, f.b.sentence, f.kind)))

    matched_a = {i for p in pairs for i in p.a}
    matched_b = {j for p in pairs for j in p.b}
    unmatched = tuple([Unmatched("A", f.index) for f in fa if f.index not in matched_a]
                      + [Unmatched("B", f.index) for f in fb if f.index not in matched_b])
    sources = tuple(SourceDoc(doc.id, art.path, _shown(an.sentences, options), an.facts)
                    for doc, art, an in ((doc_a, a, an_a), (doc_b, b, an_b)))
    return Report(sources, pairs, findings, unmatched)


def _shown(sentences, options: Options) -> tuple[Sentence, ...]:
    return sentences if options.keep_boilerplate else tuple(s for s in sentences if s.role.is_content)


def compare(path_a: str, path_b: str, *, options: Options = Options()) -> Report:
    """Load and compare two report files (see :func:`compare_articles`)."""
    return compare_articles(load_article(path_a), load_article(path_b), options=options)


def facts_of(path: str, *, options: Options = Options()) -> Analysis:
    """Every fact found in one report, sentence by sentence (``factcheck facts``)."""
    return analyse(load_article(path), published=options.date_a, tolerance=options.tolerance)
