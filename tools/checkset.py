#!/usr/bin/env python3
"""The check set (``tests/data/checkset/``): generated reports with planted errors, scored.

    python tools/checkset.py --validate [FOLDER …]   # the answers fit the report and the sources
    python tools/checkset.py [--verbose] [--lower] [FOLDER …]  # factcheck check on every report

``--lower`` checks each report written in lower case, as some model output is: names must then
be found from the names the sources capitalize.

Scoring: each sentence of a report is found by its answer's ``text``; ``factcheck check`` gives
it a verdict. An error is found when the verdict is the expected one (``contradicted`` for a
changed figure, name or date; ``unsupported`` for an invented quote or claim); a correct
restatement is a false alarm when it is called contradicted, and "unverified" when it is called
unsupported. See ``tests/data/checkset/BRIEF.md`` for how the reports were written.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "data" / "checkset"
ERRORS = ("figure", "name", "date", "quote", "claim")
EXPECT = {"figure": "contradicted", "name": "contradicted", "date": "contradicted", "quote": "unsupported",
          "claim": "unsupported", "none": "supported"}


def folders(named: list[str]) -> list[Path]:
    return [Path(n) for n in named] if named else sorted(p for p in SET.iterdir() if (p / "answers.json").exists())


def squash(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split())


def validate(folder: Path) -> list[str]:
    """What is wrong with one folder's answers (empty when nothing is)."""
    problems = []
    report = squash((folder / "report.txt").read_text(encoding="utf-8"))
    sources = [squash(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("s*.txt"))]
    answers = json.loads((folder / "answers.json").read_text(encoding="utf-8"))
    mix = Counter(a["error"] for a in answers["statements"])
    for a in answers["statements"]:
        if squash(a["text"]) not in report:
            problems.append(f"text not in report.txt: {a['text']!r}")
        if a["error"] not in EXPECT or a["expect"] != EXPECT[a["error"]]:
            problems.append(f"error {a['error']!r} expects {EXPECT.get(a['error'])!r}, not {a['expect']!r}")
        if a.get("evidence") and not any(squash(a["evidence"]) in s for s in sources):
            problems.append(f"evidence in no source: {a['evidence']!r}")
    for kind in ERRORS:
        if mix[kind] != 1:
            problems.append(f"{mix[kind]} {kind} errors (one wanted)")
    lines = [x for x in (folder / "report.txt").read_text(encoding="utf-8").splitlines() if x.strip()]
    if len(answers["statements"]) != len(lines):
        problems.append(f"{len(answers['statements'])} answers for {len(lines)} lines of report.txt")
    return problems


def score(folder: Path, verbose: bool, found: Counter, tried: Counter, correct: Counter, lower: bool = False) -> None:
    from factcheck import check_articles
    from factcheck.load import load_article
    from factcheck.model import Article
    report = load_article(str(folder / "report.txt"))
    if lower:
        report = Article(report.path, report.text.lower())
    result = check_articles(report, [load_article(str(p)) for p in sorted(folder.glob("s*.txt"))])
    verdict = {squash(next(s.text for s in result.report.sentences if s.index == st.sentence)): st
               for st in result.statements}
    answers = json.loads((folder / "answers.json").read_text(encoding="utf-8"))
    for a in answers["statements"]:
        want = squash(a["text"].lower() if lower else a["text"])
        got = next((st for text, st in verdict.items() if want in text or text in want), None)
        value = got.verdict.value if got else "no statement"
        if a["error"] == "none":
            correct[value] += 1
            if verbose and value != "supported":
                print(f"{folder.name}: correct sentence called {value}: {a['text'][:90]!r} ({got.reason if got else ''})")
            continue
        tried[a["error"]] += 1
        found[a["error"]] += value == a["expect"]
        if verbose and value != a["expect"]:
            print(f"{folder.name}: MISS {a['error']} ({value}): {a['text'][:90]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--validate", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--lower", action="store_true", help="check the reports written in lower case")
    args = ap.parse_args()
    if args.validate:
        bad = 0
        for folder in folders(args.folders):
            problems = validate(folder)
            bad += bool(problems)
            print(f"{folder.name}: " + ("ok" if not problems else "; ".join(problems)))
        return 1 if bad else 0
    sys.path.insert(0, str(ROOT))
    found, tried, correct = Counter(), Counter(), Counter()
    for folder in folders(args.folders):
        score(folder, args.verbose, found, tried, correct, args.lower)
    for kind in ERRORS:
        if tried[kind]:
            print(f"{kind:7} {found[kind]:3}/{tried[kind]:<3} found ({EXPECT[kind]})")
    total = sum(correct.values())
    print(f"errors  {sum(found.values()):3}/{sum(tried.values()):<3} found")
    print(f"correct sentences {total}: supported {correct['supported']}, contradicted (false alarms) "
          f"{correct['contradicted']}, not in the sources {correct['unsupported']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
