#!/usr/bin/env python3
"""Recall on gold files at each minimum confidence, to choose ``--min-confidence``.

    python tools/pr_curve.py [GOLD_DIR ...] [--steps 0.3,0.4,0.5,0.55,0.6,0.7,0.8]

Compares every gold pair once at confidence 0 and scores the findings at or above each step
the way the team's scorer does: expected discrepancies and agreements found, ``must_not``
items held, and the number of discrepancies reported (what an editor reads). Precision at each
step is measured apart, by an editor's read of sampled findings (see the issue notes).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.settings import Thresholds  # noqa: E402

spec = importlib.util.spec_from_file_location("score", ROOT / "tests" / "gold" / "score.py")
SCORE = importlib.util.module_from_spec(spec)
spec.loader.exec_module(SCORE)


def klass(verdicts) -> str:
    v = set(verdicts)
    if v & {"differs", "conflict"} and "agree" not in v:
        return "disc"
    return "agree" if v <= {"agree", "compatible"} else "mixed"


def article(folder: Path, path: str, shared: Path) -> str:
    local = folder / "articles" / Path(path).name
    return str(local if local.exists() else (ROOT / path if (ROOT / path).exists() else shared / path))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", default=[str(ROOT / "tests" / "gold")])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--steps", default="0.3,0.4,0.45,0.5,0.55,0.6,0.65,0.7,0.8")
    args = ap.parse_args()
    steps = [float(x) for x in args.steps.split(",")]
    options = factcheck.Options(thresholds=Thresholds(min_confidence=0.0))
    reports = []
    for folder in map(Path, args.gold):
        for g in sorted(folder.glob("*.gold.json")):
            gold = json.loads(g.read_text(encoding="utf-8"))
            r = factcheck.compare(article(folder, gold["a"], Path(args.shared)), article(folder, gold["b"], Path(args.shared)),
                                  options=options)
            reports.append((gold, json.loads(factcheck.render(r, "json"))))
    print(f"{'min conf':>8} {'disc':>7} {'agree':>7} {'must_not':>9} {'reported disc':>14}")
    for step in steps:
        tally = {"disc": [0, 0], "agree": [0, 0], "mixed": [0, 0], "must_not": [0, 0]}
        shown = 0
        for gold, data in reports:
            kept = dict(data, findings=[f for f in data["findings"] if f["confidence"] >= step])
            shown += sum(f["verdict"] in ("differs", "conflict") for f in kept["findings"])
            rep = SCORE.Report(kept)
            for e in gold.get("expected", []):
                ok = rep.find(e["a"], e["b"], e.get("kind"), e.get("verdict"), e.get("span_only", False))
                t = tally[klass(e["verdict"])]
                t[0] += bool(ok)
                t[1] += 1
            for m in gold.get("must_not", []):
                bad = rep.find(m["a"], m["b"], m.get("kind"), m.get("verdict"), m.get("span_only", False))
                tally["must_not"][0] += not bad
                tally["must_not"][1] += 1
        cell = lambda k: f"{tally[k][0]}/{tally[k][1]}"
        print(f"{step:8.2f} {cell('disc'):>7} {cell('agree'):>7} {cell('must_not'):>9} {shown:14d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
