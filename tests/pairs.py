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
