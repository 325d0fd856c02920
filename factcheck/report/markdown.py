"""Markdown reporter: the table report as a document an editor can paste into a ticket."""
from __future__ import annotations

from ..model import Report
from .data import report_data


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(report: Report, *, explain: bool = False) -> str:
    data = report_data(report, explain=explain)
    text = {(s["id"], x["index"]): x["text"] for s in data["sources"] for x in s["sentences"]}
    out = [f"# factcheck: {data['sources'][0]['path']} vs {data['sources'][1]['path']}", ""]
    for title, verdicts in (("Discrepancies", ("conflict", "differs")), ("Agreements", ("compatible", "agree"))):
        rows = [f for v in verdicts for f in data["findings"] if f["verdict"] == v]
        out += [f"## {title} ({len(rows)})", ""]
        if rows:
            out += ["| verdict | kind | sure | A | B | why |", "|---|---|---|---|---|---|"]
            out += [f"| {f['verdict']} | {f['kind']} | {f['confidence']:.2f} | {f['a']['source']}{f['a']['sentence']}: {_cell(f['a']['text'])} "
                    f"| {f['b']['source']}{f['b']['sentence']}: {_cell(f['b']['text'])} | {_cell(f['message'])} |"
                    for f in rows]
            out.append("")
    for sid in ("A", "B"):
        rows = [u for u in data["unmatched"] if u["source"] == sid]
        out += [f"## Only in {sid} ({len(rows)})", ""]
        out += [f"- {sid}{u['sentence']}: {_cell(text.get((sid, u['sentence']), ''))}" for u in rows]
        out.append("")
    if explain:
        rows = data.get("skipped", [])
        out += [f"## Not compared or not reported ({len(rows)})", ""]
        if rows:
            out += ["| rule | kind | A | B | detail |", "|---|---|---|---|---|"]
            out += [f"| {x['rule']} | {x['kind']} | {_at(x['a'])} | {_at(x['b'])} | {_cell(x['detail'])} |" for x in rows]
            out.append("")
    return "\n".join(out)


def _at(side) -> str:
    return f"{side['source']}{side['sentence']}: {_cell(side['text'])}" if side else ""
