"""Reporters for several reports (``factcheck consensus``): one row per fact, one column
per report.

The data is built once (:func:`consensus_data`, the JSON contract ``factcheck-consensus``,
JSON Schema ``factcheck/data/consensus.schema.json``); ``table``, ``markdown``, ``json`` and
``html`` render it. A row gives, for each report, the value it states (its span, with the line),
the majority value and the reports that stand alone; disputed facts come first. Bare names
that every report writes alike ("Indonesia") are in the JSON (``trivial``) and left out of the
reading formats unless ``everything`` (``--all``).
``format_version`` changes when a field is removed or changes meaning.
"""
from __future__ import annotations

import json
import textwrap

from tabulate import tabulate

from ..model import Consensus, FactRow
from .html import environment
from .markdown import escape

CONSENSUS_FORMAT_VERSION = 1


def consensus_data(result: Consensus) -> dict:
    """The fact rows as plain data."""
    ids = [s.id for s in result.sources]

    def mention(m) -> dict:
        return {"report": ids[m.report], "sentence": m.sentence, "line": result.sources[m.report].line(m.start),
                "text": m.text, "start": m.start, "end": m.end}

    rows = []
    for row in result.rows:
        groups = [{"reports": sorted({ids[m.report] for m in g}), "value": g[0].text,
                   "mentions": [mention(m) for m in g]} for g in row.groups]
        rows.append({"kind": row.kind, "status": _status(row), "groups": groups,
                     "majority": row.majority, "alone": [ids[k] for k in row.alone], "trivial": row.trivial})
    return {
        "format": "factcheck-consensus",
        "format_version": CONSENSUS_FORMAT_VERSION,
        "reports": [{"id": s.id, "path": s.path} for s in result.sources],
        "min_confidence": result.min_confidence,
        "facts": rows,
        "summary": {"facts": len(rows), "disputed": sum(r["status"] != "agreed" for r in rows),
                    "agreed": sum(r["status"] == "agreed" for r in rows), "trivial": sum(r["trivial"] for r in rows),
                    "alone": {i: sum(i in r["alone"] for r in rows) for i in ids}},
    }


def _status(row: FactRow) -> str:
    """``agreed`` (one value), ``majority`` (one value most reports give) or ``split``."""
    if not row.disputed:
        return "agreed"
    return "majority" if row.majority is not None else "split"


def summary_line(data: dict, everything: bool = False) -> str:
    s = data["summary"]
    alone = ", ".join(f"{k} {n}" for k, n in s["alone"].items() if n)
    hidden = f" ({s['trivial']} bare names all reports write alike not shown; --all shows them)" \
        if s["trivial"] and not everything else ""
    return (f"{len(data['reports'])} reports, {s['facts']} facts stated by two or more: {s['agreed']} agreed, "
            f"{s['disputed']} disputed" + (f"; standing alone: {alone}" if alone else "") + hidden)


def _shown(data: dict, everything: bool) -> list[dict]:
    return [row for row in data["facts"] if everything or not row["trivial"]]


def _cells(data: dict, row: dict, width: int) -> list[str]:
    by_report = {}
    for g in row["groups"]:
        for m in g["mentions"]:
            by_report.setdefault(m["report"], f"{m['text']} (l.{m['line']})")
    wrap = lambda text: "\n".join(textwrap.wrap(text, width)) if width else text
    return [wrap(by_report.get(r["id"], "—")) for r in data["reports"]]


def _verdict(row: dict) -> str:
    if row["status"] == "agreed":
        return f"agreed by {len(row['groups'][0]['reports'])}"
    if row["status"] == "split":
        return "split: " + " / ".join("+".join(g["reports"]) for g in row["groups"])
    major = row["groups"][row["majority"]]
    out = f"majority {'+'.join(major['reports'])}"
    return out + (f"; alone: {', '.join(row['alone'])}" if row["alone"] else "")


def render_table(result: Consensus, *, width: int = 100, everything: bool = False) -> str:
    data = consensus_data(result)
    column = max(12, (width - 30) // max(1, len(data["reports"])) - 3)
    head = [summary_line(data, everything)] + [f"{r['id']}: {r['path']}" for r in data["reports"]]
    rows = [[row["kind"], *_cells(data, row, column), "\n".join(textwrap.wrap(_verdict(row), 24))]
            for row in _shown(data, everything)]
    return "\n".join(head) + "\n\n" + tabulate(rows, headers=["fact", *[r["id"] for r in data["reports"]], "verdict"],
                                                tablefmt="simple_grid", disable_numparse=True)


def render_markdown(result: Consensus, *, width: int = 100, everything: bool = False) -> str:
    data = consensus_data(result)
    cell = escape
    out = [f"# factcheck consensus of {len(data['reports'])} reports", ""]
    out += [f"- **{r['id']}** `{r['path']}`" for r in data["reports"]]
    out += ["", summary_line(data, everything), "",
            "| fact | " + " | ".join(r["id"] for r in data["reports"]) + " | verdict |",
            "|---|" + "---|" * len(data["reports"]) + "---|"]
    out += [f"| {row['kind']} | " + " | ".join(cell(c) for c in _cells(data, row, 0)) + f" | {cell(_verdict(row))} |"
            for row in _shown(data, everything)]
    return "\n".join(out)


def render_json(result: Consensus, *, width: int = 100, everything: bool = True) -> str:
    return json.dumps(consensus_data(result), ensure_ascii=False, indent=2)


def render_html(result: Consensus, *, width: int = 100, everything: bool = False) -> str:
    data = consensus_data(result)
    shown = _shown(data, everything)
    return environment().get_template("consensus.html.j2").render(data=data, rows=[(row, _cells(data, row, 0), _verdict(row)) for row in shown],
                              summary=summary_line(data, everything))


FORMATS = {"table": render_table, "markdown": render_markdown, "json": render_json, "html": render_html}
