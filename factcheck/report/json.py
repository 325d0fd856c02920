"""JSON reporter: the versioned contract of :mod:`factcheck.report.data`, deterministic bytes."""
from __future__ import annotations

import json

from ..model import Report
from .data import FORMAT_VERSION, fact_data, report_data


def render(report: Report) -> str:
    return json.dumps(report_data(report), ensure_ascii=False, indent=2)


def render_facts(analysis) -> str:
    data = {
        "format": "factcheck-facts",
        "format_version": FORMAT_VERSION,
        "path": analysis.article.path,
        "sentences": [{"index": s.index, "text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph,
                       "role": s.role.value, "claimant": who, "facts": [fact_data(f) for f in facts]}
                      for s, facts, who in zip(analysis.sentences, analysis.facts, analysis.claimants)
                      if s.role.is_content],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
