"""Markdown reporter: the table report as a document for a pull request or a review ticket.

The same content as the table: the summary first, each discrepancy with both sentences and the
spans in bold, the agreements in a table of short cells (the spans, clipped at a word, and the
reason without restating them), the statements only one report makes.
"""
from __future__ import annotations

from ..model import Report
from . import view
from .data import report_data
from .view import Layout


def escape(text: str) -> str:
    """Text safe in a Markdown paragraph: no accidental emphasis, links or HTML."""
    out = view.printable(str(text)).replace("\\", "\\\\")
    for ch in "*_`[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\n", " ")


def _sentence(shown: view.Shown) -> str:
    return f"{escape(shown.before)}**{escape(shown.span)}**{escape(shown.after)}".strip()


def render(report: Report, *, explain: bool = False, layout: Layout = Layout()) -> str:
    data = report_data(report, explain=explain)
    table = view.sentences(data)
    s = data["summary"]
    only = {sid: view.only_in(data, sid) for sid in ("A", "B")}
    out = [f"# factcheck: `{data['sources'][0]['path']}` (A) vs `{data['sources'][1]['path']}` (B)", "",
           f"**{view.summary_line(s, len(only['A']), len(only['B']))}**", "",
           f"Findings the tool is at least {data['min_confidence']:.2f} sure of; {s['skipped']} candidates not "
           "reported" + ("." if explain else " (`--explain` lists them)."), ""]
    found = view.ordered(data, view.DISCREPANCY)
    out += [f"## Discrepancies ({len(found)})", ""]
    if not found:
        out += [escape(view.silence(data, explain)), ""]
    for k, f in enumerate(found, 1):
        out += [f"### {k}. {f['verdict']}: {f['kind']}, {f['confidence']:.2f} sure", "", escape(f["message"]), ""]
        for side in (f["a"], f["b"]):
            shown = view.shown(side, table)
            out.append(f"- **{shown.where}**: {_sentence(shown)}")
        if layout.verbose and f["detail"]:
            out += ["", f"_{escape(f['detail'])}_"]
        out.append("")
    found = view.ordered(data, view.AGREEMENT)
    out += [f"## Agreements ({len(found)})", ""]
    copied = [] if layout.verbose else [f for f in found if view.verbatim(f, table)]
    if copied:
        pairs = {(f["a"]["sentence"], f["b"]["sentence"]) for f in copied}
        out += [f"{len(copied)} of them in {view.plural(len(pairs), 'sentence', 'sentences')} both reports print "
                "word for word (`--verbose` lists them).", ""]
    if len(found) > len(copied):
        out += ["| | A | B | why | kind | sure |", "|---|---|---|---|---|---|"]
        folded = {id(f) for f in copied}
        rest = [f for f in found if id(f) not in folded]
        for f, more in (view.grouped(rest) if not layout.verbose else [(f, 0) for f in rest]):
            a, b = view.shown(f["a"], table), view.shown(f["b"], table)
            again = f" ({more} more {'place' if more == 1 else 'places'} the same)" if more else ""
            out.append(f"| {f['verdict']} | {a.where}: {escape(view.clip(a.span))} | {b.where}: {escape(view.clip(b.span))} "
                       f"| {escape(view.reason(f['message']))}{again} | {f['kind']} | {f['confidence']:.2f} |")
        out.append("")
    for sid in ("A", "B"):
        out += [f"## Only in {sid}: {view.statements(len(only[sid]))}", ""]
        if layout.show_unmatched:
            out += [f"- {sid} line {u['line']}: {escape(u['text'])}" for u in only[sid]]
        elif only[sid]:
            out.append("`--show-unmatched` lists them.")
        out.append("")
    skipped = data.get("skipped", [])
    errors = [x for x in skipped if x["rule"] == "parser-error"]
    if errors:
        out += [f"## Parser errors ({len(errors)})", "", "A bug, please report it:", ""]
        out += [f"- {x['a']['source']} line {x['a']['line']} ({x['kind']}): {escape(x['detail'])}" for x in errors]
        out.append("")
    if explain:
        rows = [x for x in skipped if x["rule"] != "parser-error"]
        out += [f"## Not compared or not reported ({len(rows)})", ""]
        if rows:
            out += ["| rule | kind | A | B | detail |", "|---|---|---|---|---|"]
            out += [f"| {x['rule']} | {x['kind']} | {_at(x['a'])} | {_at(x['b'])} | {escape(x['detail'])} |" for x in rows]
            out.append("")
    return "\n".join(out)


def _at(side) -> str:
    return f"{side['source']} line {side['line']}: {escape(view.clip(side['text']))}" if side else ""
