"""HTML reporter: one self-contained offline page with the two reports side by side.

The articles are shown as written, line by line with the files' line numbers; each sentence is
a target (click or hover one and its aligned partner lights up and scrolls into view), each span
a finding cites is marked by its verdict with the reason on hover, and a side panel lists the
findings with a filter (verdict, confidence, statements only in one report) and keyboard
navigation (``j``/``k`` or ``n``/``p``). Jinja2 renders it with autoescape on; the page's only
script is the package's own ``report.js``, allowed by a Content-Security-Policy hash, so nothing
in an article can run as a script even if it looked like one.
"""
from __future__ import annotations

import base64
import bisect
import hashlib
from functools import lru_cache

from ..model import Report, Verdict
from . import view
from .data import report_data
from .view import Layout

RANK = {v.value: v.rank for v in Verdict}


@lru_cache(maxsize=1)
def environment():
    import jinja2   # imported here: only the html format needs it
    return jinja2.Environment(loader=jinja2.PackageLoader("factcheck", "templates"),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True,
                              undefined=jinja2.StrictUndefined)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return environment().loader.get_source(environment(), name)[0]


def _pieces(source: dict, doc, marks: list[tuple[int, int, int, str]], unmatched: set,
            reasons: dict) -> list[dict]:
    """The article's lines, each cut into pieces at sentence and span boundaries. A piece knows
    its sentence (``s``, or None between sentences), the findings whose span covers it (``f``)
    and the worst verdict among them (``v``). Sentences and spans are put on their lines first,
    so the cost grows with the text and the findings, not with their product."""
    text, starts = doc.text, doc.line_starts
    ends = [k - 1 for k in starts[1:]] + [len(text)]
    on_line: dict[int, list] = {}
    for item in [(x["start"], x["end"], x["index"], None) for x in source["sentences"]] + \
            [(a, b, fid, verdict) for a, b, fid, verdict in marks]:
        first, last = bisect.bisect_right(starts, item[0]) - 1, bisect.bisect_right(starts, max(item[0], item[1] - 1)) - 1
        for n in range(first, last + 1):
            on_line.setdefault(n, []).append(item)
    lines = []
    for n, (lo, hi) in enumerate(zip(starts, ends)):
        line = text[lo:hi].rstrip("\r\n")
        hi = lo + len(line)
        if not line.strip():
            continue
        here = on_line.get(n, [])
        sentences = [(a, b, k) for a, b, k, v in here if v is None]
        spans = [(a, b, k, v) for a, b, k, v in here if v is not None]
        cuts = {lo, hi} | {p for a, b, *_ in here for p in (a, b) if lo < p < hi}
        edges = sorted(cuts)
        pieces = []
        for a, b in zip(edges, edges[1:]):
            sentence = next((k for x, y, k in sentences if x <= a and b <= y), None)
            covering = [(fid, verdict) for x, y, fid, verdict in spans if x <= a and b <= y]
            worst = max((v for _, v in covering), key=RANK.get, default="")
            pieces.append({"text": text[a:b], "s": sentence, "f": " ".join(str(f) for f, _ in covering), "v": worst,
                           "only": sentence in unmatched,
                           "title": "\n".join(f"{verdict}: {reasons[f]}" for f, verdict in covering)})
        lines.append({"number": n + 1, "pieces": pieces})
    return lines


def render(report: Report, *, explain: bool = False, layout: Layout = Layout()) -> str:
    data = report_data(report, explain=explain)
    table = view.sentences(data)
    found = view.ordered(data, view.DISCREPANCY) + view.ordered(data, view.AGREEMENT)
    findings = []
    for k, f in enumerate(found, 1):
        a, b = view.shown(f["a"], table), view.shown(f["b"], table)
        findings.append({"id": k, "verdict": f["verdict"], "kind": f["kind"], "confidence": f["confidence"],
                         "message": f["message"], "detail": f["detail"], "a": a, "b": b,
                         "sa": f"{a.source}{a.sentence}", "sb": f"{b.source}{b.sentence}", "sides": (f["a"], f["b"])})
    only = {sid: view.only_in(data, sid) for sid in ("A", "B")}
    columns = []
    reasons = {f["id"]: f["message"] for f in findings}
    for source, doc in zip(data["sources"], report.sources):
        marks = [(side["start"], side["end"], f["id"], f["verdict"]) for f in findings
                 for side in f["sides"] if side["source"] == source["id"]]
        unmatched = {u["sentence"] for u in only[source["id"]]}
        columns.append({"id": source["id"], "path": source["path"],
                        "lines": _pieces(source, doc, marks, unmatched, reasons)})
    partners: dict[str, list[str]] = {}
    for p in data["alignments"]:
        for i in p["a"]:
            partners.setdefault(f"A{i}", []).extend(f"B{j}" for j in p["b"])
        for j in p["b"]:
            partners.setdefault(f"B{j}", []).extend(f"A{i}" for i in p["a"])
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return environment().get_template("report.html.j2").render(
        data=data, findings=findings, columns=columns, only=only, layout=layout, explain=explain,
        skipped=[x for x in data.get("skipped", []) if explain or x["rule"] == "parser-error"],
        summary=view.summary_line(data["summary"], len(only["A"]), len(only["B"])), silence=view.silence(data, explain),
        payload={"partners": partners, "findings": {f["id"]: [f["sa"], f["sb"]] for f in findings}},
        style=_asset("report.css"), script=script, script_hash=f"sha256-{digest}", reason=view.reason)

