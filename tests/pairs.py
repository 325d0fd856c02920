"""Two one-sentence reports compared through the pipeline: the helpers the recall tests share."""
from __future__ import annotations

from factcheck.model import Article
from factcheck.pipeline import Options, compare_articles
from factcheck.settings import Thresholds


def report(a: str, b: str, **thresholds):
    """The report on two reports that each hold a headline and one sentence."""
    ra = Article("a.txt", "News in brief\n\n" + a + "\n")
    rb = Article("b.txt", "News in brief\n\n" + b + "\n")
    return compare_articles(ra, rb, options=Options(thresholds=Thresholds(**thresholds)))


def found(a: str, b: str, kind: str, **thresholds) -> list[tuple[str, str, str]]:
    """(verdict, A's span, B's span) of each finding of ``kind``."""
    return [(f.verdict.value, f.a.text, f.b.text) for f in report(a, b, **thresholds).findings if f.kind == kind]


def compare(a: str, b: str, **thresholds):
    """The report on two whole reports (headline and paragraphs as written)."""
    return compare_articles(Article("a.txt", a), Article("b.txt", b), options=Options(thresholds=Thresholds(**thresholds)))


def findings_of(rep, kind: str, *verdicts: str) -> list[tuple[str, str, str]]:
    """(verdict, A's span, B's span) of each finding of ``kind`` (of ``verdicts``, when given)."""
    return [(f.verdict.value, f.a.text, f.b.text) for f in rep.findings
            if f.kind == kind and (not verdicts or f.verdict.value in verdicts)]


def held(rep, rule: str) -> list[tuple[str, str]]:
    """(A's span, B's span) of each candidate ``rule`` held back."""
    return [(s.a.text, s.b.text) for s in rep.skipped if s.rule == rule]
