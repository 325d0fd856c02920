"""JSON reporter: the versioned contract of :mod:`factcheck.report.data`, deterministic bytes."""
from __future__ import annotations

import json

from ..model import Report
from .data import FACTS_FORMAT_VERSION, dropped_data, fact_data, report_data
from .view import Layout


def render(report: Report, *, explain: bool = False, layout: Layout = Layout()) -> str:
    return json.dumps(report_data(report, explain=explain), ensure_ascii=False, indent=2)


def render_facts(analysis, *, explain: bool = False) -> str:
    """The facts of one report; with ``explain``, each sentence also lists what the extractors
    left out (``dropped``: kind, rule, text, start, end)."""
    data = {
        "format": "factcheck-facts",
        "format_version": FACTS_FORMAT_VERSION,
        "path": analysis.article.path,
        "sentences": [{"index": s.index, "text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph,
                       "role": s.role.value, "claimant": who, "facts": [fact_data(f) for f in facts],
                       **({"dropped": [dropped_data(d) for d in drops]} if explain else {})}
                      for s, facts, who, drops in zip(analysis.sentences, analysis.facts, analysis.claimants,
                                                      analysis.dropped or [()] * len(analysis.sentences))
                      if s.role.is_content],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
