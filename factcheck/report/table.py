"""Terminal reporter: a summary line first, then discrepancies (conflicts, then differences)
with both sentences and their spans marked, agreements one to a line, and the statements only
one report makes; wrapped to the terminal's width, coloured only when asked (see the CLI's
``--color``). Places are lines of the files as an editor's text editor numbers them."""
from __future__ import annotations

import textwrap

import click
from tabulate import tabulate

from ..model import Report
from . import view
from .view import Layout
from .data import report_data

MARK = ("«", "»")                       # a span, when there is no colour to show it
COLOURS = {"conflict": "red", "differs": "yellow", "compatible": "cyan", "agree": "green"}
TITLES = {"conflict": "CONFLICT", "differs": "DIFFERS", "compatible": "compatible", "agree": "agree"}


class _Out:
    """Lines of the table, each wrapped to the width; spans marked by colour or by « »."""

    def __init__(self, layout: Layout):
        self.layout, self.lines = layout, []

    def add(self, text: str = "", indent: int = 0, hang: int = 0) -> None:
        text = view.printable(text)     # an article's control characters never reach the terminal
        if not text:
            self.lines.append("")
            return
        width = max(20, self.layout.width)
        self.lines += textwrap.wrap(text, width=width, initial_indent=" " * indent,
                                    subsequent_indent=" " * (indent + hang), break_on_hyphens=False) or [""]

    def style(self, text: str, **kw) -> str:
        return click.style(text, **kw).replace("\x1b", ESC) if self.layout.color else text

    def marked(self, shown: view.Shown) -> str:
        """The sentence with the span marked (placeholders, so wrapping counts it right)."""
        return f"{shown.before}{SPAN_ON}{shown.span}{SPAN_OFF}{shown.after}".strip()

    def text(self) -> str:
        # with colour a span is bold and underlined (it may wrap over two lines); else « »
        on, off = ("\x1b[1;4m", "\x1b[22;24m") if self.layout.color else MARK
        return "\n".join(line.replace(SPAN_ON, on).replace(SPAN_OFF, off).replace(ESC, "\x1b") for line in self.lines)




# the table's own marks, as private-use characters while the text is wrapped and cleaned: a
# span's start and end, and the escape character of its colours
SPAN_ON, SPAN_OFF, ESC = "\ue001", "\ue002", "\ue01b"


def render(report: Report, *, explain: bool = False, layout: Layout = Layout()) -> str:
    """The report for a terminal: a summary first, then the discrepancies with both sentences
    and their spans, the agreements one to a line, the statements only one report makes (folded
    to a count unless ``layout.show_unmatched``), and with ``explain`` what was held back."""
    data = report_data(report, explain=explain)
    table = view.sentences(data)
    out = _Out(layout)
    s = data["summary"]
    only = {sid: view.only_in(data, sid) for sid in ("A", "B")}
    out.add(f"A: {data['sources'][0]['path']}", hang=3)
    out.add(f"B: {data['sources'][1]['path']}", hang=3)
    out.add(out.style(view.summary_line(s, len(only["A"]), len(only["B"])), bold=True))
    out.add(f"Findings the tool is at least {data['min_confidence']:.2f} sure of (--min-confidence); "
            f"{s['skipped']} candidates not reported" + ("." if explain else " (--explain lists them)."))
    found = view.ordered(data, view.DISCREPANCY)
    out.add()
    out.add(out.style(f"Discrepancies ({len(found)})", bold=True, underline=True))
    if not found:
        out.add(view.silence(data, explain))
    for k, f in enumerate(found, 1):
        out.add()
        head = out.style(TITLES[f["verdict"]], fg=COLOURS[f["verdict"]], bold=True)
        out.add(f"{k}. {head} {f['kind']}, {f['confidence']:.2f} sure: {f['message']}", hang=3)
        _sides(out, f, table)
        if layout.verbose and f["detail"]:
            out.add(f"({f['detail']})", indent=3, hang=1)
    found = view.ordered(data, view.AGREEMENT)
    out.add()
    out.add(out.style(f"Agreements ({len(found)})", bold=True, underline=True))
    copied = [] if layout.verbose else [f for f in found if view.verbatim(f, table)]
    if copied:
        pairs = {(f["a"]["sentence"], f["b"]["sentence"]) for f in copied}
        out.add(f"{len(copied)} of them in {view.plural(len(pairs), 'sentence', 'sentences')} both reports print "
                "word for word (--verbose lists them)", hang=2)
    folded = {id(f) for f in copied}
    rest = [f for f in found if id(f) not in folded]
    for f, more in (view.grouped(rest) if not layout.verbose else [(f, 0) for f in rest]):
        a, b = view.shown(f["a"], table), view.shown(f["b"], table)
        head = out.style(f"{f['verdict']:<10}", fg=COLOURS[f["verdict"]])
        sa, sb = (a.span, b.span) if layout.verbose else (view.clip(a.span), view.clip(b.span))
        again = f"; {more} more {'place' if more == 1 else 'places'} the same" if more else ""
        out.add(f"{head} {a.where} “{sa}” / {b.where} “{sb}”: {view.reason(f['message'])} "
                f"({f['kind']}, {f['confidence']:.2f}{again})", hang=11)
        if layout.verbose:
            _sides(out, f, table, indent=11)
    for sid in ("A", "B"):
        out.add()
        out.add(out.style(f"Only in {sid}: {view.statements(len(only[sid]))}", bold=True, underline=True)
                + ("" if layout.show_unmatched or not only[sid] else " (--show-unmatched lists them)"))
        if layout.show_unmatched:
            for u in only[sid]:
                out.add(f"{sid} line {u['line']}: {u['text']}", hang=4)
    skipped = data.get("skipped", [])
    errors = [x for x in skipped if x["rule"] == "parser-error"]
    if errors:
        out.add()
        out.add(f"Parser errors ({len(errors)}): a bug, please report it; these sentences were read without "
                "that kind of fact")
        for x in errors:
            out.add(f"{x['a']['source']} line {x['a']['line']} ({x['kind']}): {x['detail']}", indent=2, hang=2)
    if explain:
        held = [x for x in skipped if x["rule"] != "parser-error"]
        out.add()
        out.add(out.style(f"Not compared or not reported ({len(held)}; `factcheck rules` explains each rule)",
                          bold=True, underline=True))
        for x in held:
            sides = " / ".join(f"{d['source']} line {d['line']} “{d['text']}”" for d in (x["a"], x["b"]) if d)
            out.add(f"{x['rule']} ({x['kind']}): {sides}" + (f": {x['detail']}" if x["detail"] else ""),
                    indent=2, hang=4)
    return out.text()


def _sides(out: _Out, f: dict, table: dict, indent: int = 3) -> None:
    for side in (f["a"], f["b"]):
        shown = view.shown(side, table)
        text = out.marked(shown)
        out.add(f"{shown.where}: {text}", indent=indent, hang=len(shown.where) + 2)


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
