"""Terminal reporter: discrepancies first (conflicts, then differences), then agreements,
then the statements only one report makes, each with sentence numbers and both spans."""
from __future__ import annotations

import textwrap

from tabulate import tabulate

from ..model import Report
from .data import report_data

WIDTH = 44


def _sentences(data: dict) -> dict:
    return {(s["id"], x["index"]): x["text"] for s in data["sources"] for x in s["sentences"]}


def _where(side: dict) -> str:
    return f"{side['source']}{side['sentence']}"


def render(report: Report, *, explain: bool = False) -> str:
    data = report_data(report, explain=explain)
    text = _sentences(data)
    out = [f"A: {data['sources'][0]['path']}", f"B: {data['sources'][1]['path']}", ""]
    groups = [("Discrepancies", ("conflict", "differs")), ("Agreements", ("compatible", "agree"))]
    for title, verdicts in groups:
        rows = [[f["verdict"], f["kind"], f"{f['confidence']:.2f}", _where(f["a"]), f["a"]["text"], _where(f["b"]),
                 f["b"]["text"], f["message"]]
                for v in verdicts for f in data["findings"] if f["verdict"] == v]
        out.append(f"{title} ({len(rows)})")
        if rows:
            out.append(tabulate(rows, headers=["verdict", "kind", "sure", "at", "span", "at", "span", "why"],
                                tablefmt="simple", maxcolwidths=[None, None, None, None, 24, None, 24, WIDTH],
                                disable_numparse=True))
        out.append("")
    for sid in ("A", "B"):
        rows = [[f"{sid}{u['sentence']}", text.get((sid, u["sentence"]), "")]
                for u in data["unmatched"] if u["source"] == sid]
        out.append(f"Only in {sid} ({len(rows)})")
        if rows:
            out.append(tabulate(rows, tablefmt="plain", maxcolwidths=[None, 100]))
        out.append("")
    skipped = data.get("skipped", [])
    errors = [x for x in skipped if x["rule"] == "parser-error"]
    if errors:
        out.append(f"Parser errors ({len(errors)}): a bug, please report it; these sentences were read without "
                   "that kind of fact")
        out += [f"  {x['a']['source']}{x['a']['sentence']} ({x['kind']}): {x['detail']}" for x in errors]
        out.append("")
    if explain:
        rows = [[x["rule"], x["kind"], _where(x["a"]) if x["a"] else "", x["a"]["text"] if x["a"] else "",
                 _where(x["b"]) if x["b"] else "", x["b"]["text"] if x["b"] else "", x["detail"]]
                for x in skipped if x["rule"] != "parser-error"]
        out.append(f"Not compared or not reported ({len(rows)}; `factcheck rules` explains each rule)")
        if rows:
            out.append(tabulate(rows, headers=["rule", "kind", "at", "span", "at", "span", "detail"], tablefmt="simple",
                                maxcolwidths=[None, None, None, 20, None, 20, WIDTH], disable_numparse=True))
        out.append("")
    s = data["summary"]
    out.append(f"Findings the tool is at least {data['min_confidence']:.2f} sure of (--min-confidence); "
               f"{s['skipped']} candidates not reported" + ("" if explain else " (--explain lists them)"))
    out.append(f"{s['conflict']} conflicts, {s['differs']} differences, {s['compatible']} compatible, "
               f"{s['agree']} agreements; {s['unmatched_a']} sentences only in A, {s['unmatched_b']} only in B")
    return "\n".join(out)


def render_facts(analysis, *, explain: bool = False) -> str:
    """Every fact, one row each; with ``explain``, also what the extractors left out and the
    rule that left it out ("2008: not a figure (year)")."""
    rows = []
    for k, (s, facts) in enumerate(zip(analysis.sentences, analysis.facts)):
        if explain and analysis.dropped:
            for d in analysis.dropped[k]:
                rows.append([str(s.index), f"({d.kind})", textwrap.fill(d.text, 50),
                             textwrap.fill(f"left out: {d.rule}" + (f" ({d.detail})" if d.detail else ""), 60)])
        for f in facts:
            extra = ""
            if f.kind == "number":
                extra = f"value={f.value} [{f.low}, {f.high}] unit={f.unit} counts={f.counts}"
            elif f.kind == "entity":
                extra = f"{f.label}"
            elif f.kind == "quote":
                extra = f"speaker={f.speaker}"
            elif f.kind == "attribution":
                extra = f"{f.cue}"
            elif f.kind == "polarity":
                extra = f"{'affirms' if f.positive else 'denies'} '{f.word}' ({f.cue})"
            elif f.kind == "date" and f.qualifier:
                extra = f"qualifier={f.qualifier}"
            rows.append([str(s.index), f.kind, textwrap.fill(f.text, 50), textwrap.fill(extra, 60)])
    # wrapped here, not with maxcolwidths: tabulate's wrapping re-parses "4,000" as a number and fails
    return tabulate(rows, headers=["sentence", "kind", "text", "details"], tablefmt="simple", disable_numparse=True)
