"""Reporters for ``factcheck check``: a report's statements with their verdicts and evidence.

The data is built once (:func:`check_data`, also the JSON contract ``factcheck-check``, whose
JSON Schema is ``factcheck/data/check.schema.json``); each format renders it: ``table`` (a
terminal), ``markdown`` (a review ticket), ``json``, ``html`` (one offline page: the
supporting source sentences left, the report's statements in the middle, the contradicting
ones right) and ``github`` (one annotation per contradicted or unsupported statement, on the
report's line). ``format_version`` changes when a field is removed or changes meaning.
"""
from __future__ import annotations

import json
import re
import textwrap

from ..model import CheckReport, Evidence, Fact, Statement, Support
from .data import finding_data
from .html import environment
from .github import command_data, command_property
from .markdown import escape

CHECK_FORMAT_VERSION = 1
ORDER = (Support.CONTRADICTED.value, Support.UNSUPPORTED.value, Support.SUPPORTED.value)
LABEL = {"supported": "supported", "contradicted": "contradicted", "unsupported": "not in the sources"}
LEVEL = {"contradicted": "error", "unsupported": "warning"}
OMISSIONS_SHOWN = 10


def check_data(check: CheckReport) -> dict:
    """The check as plain data: the report's statements with their verdicts, the sources, the
    omissions and a summary."""
    docs = {"R": check.report, **{f"S{k + 1}": s for k, s in enumerate(check.sources)}}
    lines = {**{key: doc.line for key, doc in docs.items()}, "A": check.report.line}
    text = {s.index: s.text for s in check.report.sentences}

    def evidence(e: Evidence) -> dict:
        sid = f"S{e.source + 1}"
        start = next((s.start for s in check.sources[e.source].sentences if s.index == e.sentence), 0)
        out = {"source": sid, "sentence": e.sentence, "line": lines[sid](start), "text": e.text}
        if e.finding is not None:
            shifted = {"A": lines["A"], "B": lines[sid]}
            out["finding"] = finding_data(e.finding, shifted)
            out["finding"]["message"] = relabel(e.finding.message, sid)
        return out

    def statement(s: Statement) -> dict:
        start = next(x.start for x in check.report.sentences if x.index == s.sentence)
        return {"sentence": s.sentence, "line": check.report.line(start), "text": text[s.sentence],
                "verdict": s.verdict.value, "reason": s.reason,
                "supports": [evidence(e) for e in s.supports], "contradictions": [evidence(e) for e in s.contradictions],
                "facts": [_fact(f) for f in s.facts]}

    statements = [statement(s) for s in check.statements]
    omissions = []
    for o in check.omissions:
        k, j = o.statements[0]
        sid = f"S{k + 1}"
        sentence = next(x for x in check.sources[k].sentences if x.index == j)
        omissions.append({"source": sid, "sentence": j, "line": lines[sid](sentence.start), "text": sentence.text,
                          "stated_by": sorted({f"S{m + 1}" for m, _ in o.statements}), "count": o.count,
                          "facts": [_fact(f) for f in o.facts]})
    return {
        "format": "factcheck-check",
        "format_version": CHECK_FORMAT_VERSION,
        "report": {"path": check.report.path},
        "sources": [{"id": f"S{k + 1}", "path": s.path} for k, s in enumerate(check.sources)],
        "min_confidence": check.min_confidence,
        "statements": statements,
        "omissions": omissions,
        "summary": {**{v: sum(s["verdict"] == v for s in statements) for v in reversed(ORDER)},
                    "omissions": len(omissions)},
    }


_SIDE = re.compile(r"(?<![\w“\"'])([AB])(?=:\s| names | gives | calls |\)| \()")


def relabel(message: str, source: str) -> str:
    """A finding's message as the check shows it: the report compared is "R" and the source
    its id, where ``compare`` says A and B ("A names Army, B names SAS" → "R names Army, S1
    names SAS"); the quoted spans are left alone.

    >>> relabel("A: 25 (police); B (police): 39 — the figures cannot both be right", "S2")
    'R: 25 (police); S2 (police): 39 — the figures cannot both be right'
    >>> relabel("asked by: Met police (A) vs the Home Office (B)", "S1")
    'asked by: Met police (R) vs the Home Office (S1)'
    """
    parts = re.split(r"(“[^”]*”)", message)
    return "".join(p if p.startswith("“") else _SIDE.sub(lambda m: "R" if m.group(1) == "A" else source, p)
                   for p in parts)


def _fact(f: Fact) -> dict:
    return {"kind": f.kind, "text": f.text, "start": f.start, "end": f.end}


def summary_line(data: dict) -> str:
    s = data["summary"]
    n = sum(s[v] for v in ORDER)
    return (f"{n} statements: {s['supported']} supported, {s['contradicted']} contradicted, "
            f"{s['unsupported']} not in the sources; {s['omissions']} source statements left out")


def _ordered(data: dict) -> list[dict]:
    return sorted(data["statements"], key=lambda s: (ORDER.index(s["verdict"]), s["sentence"]))


def render_json(check: CheckReport, *, width: int = 100) -> str:
    return json.dumps(check_data(check), ensure_ascii=False, indent=2)


def render_table(check: CheckReport, *, width: int = 100) -> str:
    data = check_data(check)
    paths = {s["id"]: s["path"] for s in data["sources"]}
    out = [f"factcheck check: R {data['report']['path']} against " +
           ", ".join(f"{sid} {p}" for sid, p in paths.items()), summary_line(data), ""]
    wrap = lambda text, indent: textwrap.fill(text, width=max(40, width), initial_indent=indent,
                                             subsequent_indent=indent + "  ")
    for s in _ordered(data):
        out.append(wrap(f"[{LABEL[s['verdict']]}] line {s['line']}: {s['text']}", ""))
        out.append(wrap(f"why: {s['reason']}", "    "))
        for e in s["contradictions"]:
            f = e["finding"]
            out.append(wrap(f"{e['source']} line {e['line']}: “{f['b']['text']}” vs “{f['a']['text']}” here — "
                            f"{f['message']} ({f['confidence']:.2f} sure)", "    ✗ "))
        for e in s["supports"][:3]:
            out.append(wrap(f"{e['source']} line {e['line']}: {e['text']}", "    ✓ "))
        if s["facts"]:
            out.append(wrap("to verify: " + "; ".join(f"{f['kind']} “{f['text']}”" for f in s["facts"]), "    ? "))
    if data["omissions"]:
        out += ["", f"Left out of the report ({len(data['omissions'])}, the most stated first):"]
        for o in data["omissions"][:OMISSIONS_SHOWN]:
            out.append(wrap(f"{'/'.join(o['stated_by'])} line {o['line']}: {o['text']}", "  - "))
    return "\n".join(out)


def render_markdown(check: CheckReport, *, width: int = 100) -> str:
    data = check_data(check)
    cell = escape
    out = [f"# factcheck check: **R** `{data['report']['path']}`", "",
           "Sources: " + ", ".join(f"**{s['id']}** `{s['path']}`" for s in data["sources"]), "",
           summary_line(data), "", "| verdict | line | statement | evidence |", "|---|---:|---|---|"]
    for s in _ordered(data):
        ev = [f"✗ {e['source']} l.{e['line']}: “{e['finding']['b']['text']}” — {e['finding']['message']}"
              for e in s["contradictions"]]
        ev += [f"✓ {e['source']} l.{e['line']}: {e['text']}" for e in s["supports"][:2]]
        ev += ["to verify: " + "; ".join(f"“{f['text']}”" for f in s["facts"])] if s["facts"] else []
        out.append(f"| {LABEL[s['verdict']]} | {s['line']} | {cell(s['text'])} | "
                   f"{'<br>'.join(cell(x) for x in [s['reason'], *ev])} |")
    if data["omissions"]:
        out += ["", "## Left out of the report", ""]
        out += [f"- {'/'.join(o['stated_by'])} line {o['line']}: {cell(o['text'])}"
                for o in data["omissions"][:OMISSIONS_SHOWN]]
    return "\n".join(out)


def render_github(check: CheckReport, *, width: int = 100) -> str:
    data = check_data(check)
    path = data["report"]["path"]
    out = []
    for s in _ordered(data):
        if s["verdict"] not in LEVEL:
            continue
        title = f"factcheck: {LABEL[s['verdict']]}"
        text = s["reason"] + "".join(f"; {e['source']} line {e['line']}: {e['finding']['message']}"
                                     for e in s["contradictions"])
        out.append(f"::{LEVEL[s['verdict']]} file={command_property(path)},line={s['line']},"
                   f"title={command_property(title)}::{command_data(text)}")
    out.append(f"::notice title=factcheck::{command_data(summary_line(data))}")
    return "\n".join(out)


def render_html(check: CheckReport, *, width: int = 100) -> str:
    data = check_data(check)
    return environment().get_template("check.html.j2").render(data=data, rows=_ordered(data), label=LABEL, summary=summary_line(data),
                              omissions=data["omissions"][:OMISSIONS_SHOWN])


FORMATS = {"table": render_table, "markdown": render_markdown, "json": render_json, "html": render_html,
           "github": render_github}
