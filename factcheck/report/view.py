"""What every reading format shows, computed once from the report data: the summary line,
findings in the order an editor reads them, each side's sentence with its span, the statements
only one report makes. The formats (table, markdown, html, github) only lay it out.

>>> summary_line({"conflict": 1, "differs": 2, "compatible": 0, "agree": 11}, 7, 9)
'1 conflict, 2 differences, 11 agreements; 7 and 9 statements only in A / B'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .data import VERDICT_ORDER

DISCREPANCY = ("conflict", "differs")
AGREEMENT = ("compatible", "agree")


@dataclass(frozen=True)
class Layout:
    """How a reading format lays the report out: the width of a line in characters (the
    table's), colour or not, how much it shows (``verbose``: the tool's own terms, such as
    intervals, and whole sentences for agreements; ``show_unmatched``: list the statements only
    one report makes instead of counting them)."""

    width: int = 100
    color: bool = False
    verbose: bool = False
    show_unmatched: bool = False


@dataclass(frozen=True)
class Shown:
    """One side of a finding as an editor reads it: where ("A line 12"), and its sentence cut
    into the words before the span, the span, and the words after it."""

    source: str
    line: int
    sentence: int
    before: str
    span: str
    after: str

    @property
    def where(self) -> str:
        return f"{self.source} line {self.line}"


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def statements(n: int) -> str:
    return plural(n, "statement", "statements")


def clip(text: str, most: int = 70) -> str:
    """``text`` cut to about ``most`` characters at a word's end, never inside a word.

    >>> clip("provide the Met with counter-terrorism support", 20)
    'provide the Met…'
    """
    if len(text) <= most:
        return text
    cut = text.rfind(" ", 0, most)
    return text[:cut if cut > 0 else most].rstrip(" ,;:") + "…"


def summary_line(summary: dict, only_a: int, only_b: int) -> str:
    """'2 conflicts, 3 differences, 11 agreements; 7 and 9 statements only in A / B'."""
    agreements = summary["agree"] + summary["compatible"]
    return (f"{plural(summary['conflict'], 'conflict', 'conflicts')}, "
            f"{plural(summary['differs'], 'difference', 'differences')}, "
            f"{plural(agreements, 'agreement', 'agreements')}; "
            f"{only_a} and {only_b} statements only in A / B")


def sentences(data: dict) -> dict:
    """(source, index) → the sentence's record in the report data."""
    return {(s["id"], x["index"]): x for s in data["sources"] for x in s["sentences"]}


def shown(side: dict, table: dict) -> Shown:
    """A finding's side with its sentence split around the span (the span alone when the
    sentence is not known, or the span reaches outside it, as a quote over two sentences may)."""
    s = table.get((side["source"], side["sentence"]))
    if s is None or side["start"] < s["start"] or side["end"] > s["end"]:
        return Shown(side["source"], side["line"], side["sentence"], "", printable(side["text"]), "")
    lo, hi = side["start"] - s["start"], side["end"] - s["start"]
    text = s["text"]
    return Shown(side["source"], side["line"], side["sentence"], printable(text[:lo]), printable(text[lo:hi]),
                 printable(text[hi:]))


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text safe on a terminal: control characters (an article's escape sequences, which could
    retitle or recolour the editor's terminal) shown as "�".

    >>> printable("a\x1b]0;owned\x07b")
    'a�]0;owned�b'
    """
    return _CONTROL.sub("\ufffd", text)


def reason(message: str) -> str:
    """The reason of a message, without the restated spans in front of it: "the same name"
    from "A: Met police; B: Met police — the same name"."""
    head, sep, tail = message.rpartition(" — ")
    return tail if sep and (head.startswith(("A", "B", "“")) or ";" in head) else message


def ordered(data: dict, verdicts: tuple[str, ...]) -> list[dict]:
    """Findings of these verdicts, worst first, surest first within a verdict."""
    rank = {v: k for k, v in enumerate(VERDICT_ORDER)}
    found = [f for f in data["findings"] if f["verdict"] in verdicts]
    return sorted(found, key=lambda f: (rank[f["verdict"]], -f["confidence"]))


def silence(data: dict, explain: bool) -> str:
    """Why a report shows no discrepancy: said, never left to be guessed."""
    s = data["summary"]
    return (f"None at confidence {data['min_confidence']:.2f} or more, among {len(data['alignments'])} aligned "
            f"sentence groups and the facts compared across both reports; {s['skipped']} candidates were held "
            "back" + (" (listed below with their rules)." if explain else " (--explain lists them with their rules)."))


def verbatim(finding: dict, table: dict) -> bool:
    """Is this an agreement between two sentences the reports print word for word? (A copied
    wire story agrees with itself in every fact; the reading formats fold those to a count.)"""
    a, b = (table.get((side["source"], side["sentence"])) for side in (finding["a"], finding["b"]))
    return finding["verdict"] in AGREEMENT and a is not None and b is not None and \
        " ".join(a["text"].split()) == " ".join(b["text"].split())


def grouped(found: list[dict]) -> list[tuple[dict, int]]:
    """Agreements with the same two spans ("Microsoft" / "Microsoft" in four sentence pairs)
    as one, the surest, with how many more places say the same."""
    first: dict[tuple, dict] = {}
    more: dict[tuple, int] = {}
    for f in found:
        key = (f["kind"], f["verdict"], f["a"]["text"].lower(), f["b"]["text"].lower())
        if key in first:
            more[key] += 1
        else:
            first[key], more[key] = f, 0
    return [(f, more[key]) for key, f in first.items()]


def only_in(data: dict, source: str) -> list[dict]:
    """The statements only ``source`` makes: unaligned sentences no reported finding cites
    (a sentence shown in a finding is never also "only in" one report)."""
    table = sentences(data)
    return [{"line": u["line"], "sentence": u["sentence"], "text": table[(source, u["sentence"])]["text"]}
            for u in data["unmatched"] if u["source"] == source and not u.get("cited")
            and (source, u["sentence"]) in table]
