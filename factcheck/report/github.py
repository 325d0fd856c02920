"""GitHub Actions reporter: one workflow annotation per discrepancy, on the file and line of
the second report (B, the one under review in a CI job), naming the first report's line too.

Conflicts are ``::error``, differences ``::warning``; a closing ``::notice`` gives the summary.
Values are escaped as the workflow-command syntax requires (``%``, line breaks, and in the
properties ``:`` and ``,``), so an article's text cannot forge a command.

>>> command_data("50% off\\nnow")
'50%25 off%0Anow'
>>> command_property("a,b:c")
'a%2Cb%3Ac'
"""
from __future__ import annotations

from ..model import Report
from . import view
from .data import report_data
from .view import Layout

LEVEL = {"conflict": "error", "differs": "warning"}


def command_data(text: str) -> str:
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def command_property(text: str) -> str:
    return command_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, explain: bool = False, layout: Layout = Layout()) -> str:
    data = report_data(report)
    paths = {s["id"]: s["path"] for s in data["sources"]}
    out = []
    for f in view.ordered(data, view.DISCREPANCY):
        at, other = (f["b"], f["a"]) if f["b"]["source"] == "B" else (f["a"], f["b"])
        title = f"factcheck: {f['kind']} {f['verdict']} ({f['confidence']:.2f} sure)"
        text = (f"“{at['text']}” here, “{other['text']}” in {paths[other['source']]} line {other['line']}: "
                f"{f['message']}")
        out.append(f"::{LEVEL[f['verdict']]} file={command_property(paths[at['source']])},line={at['line']},"
                   f"title={command_property(title)}::{command_data(text)}")
    only = {sid: view.only_in(data, sid) for sid in ("A", "B")}
    out.append(f"::notice title=factcheck::{command_data(view.summary_line(data['summary'], len(only['A']), len(only['B'])))}")
    return "\n".join(out)
