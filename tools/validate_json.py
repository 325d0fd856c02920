#!/usr/bin/env python3
"""Validate the JSON report of N random corpus pairs (and the seed pair) against the shipped
JSON Schema, and check that every other format renders them.

    python tools/validate_json.py [--corpus ../shared/corpus/ecbplus] [--pairs 200] [--seed 1]
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from importlib import resources
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    schema = json.loads(resources.files("factcheck").joinpath("data/report.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    rows = list(csv.DictReader(open(Path(args.corpus) / "pairs.tsv", encoding="utf-8"), delimiter="\t"))
    random.Random(args.seed).shuffle(rows)
    pairs = [(str(ROOT / "seeds" / "theweek-met-firearms.txt"), str(ROOT / "seeds" / "guardian-met-firearms.txt"))]
    pairs += [(str(Path(args.corpus) / r["path_a"]), str(Path(args.corpus) / r["path_b"])) for r in rows[:args.pairs]]
    bad = 0
    for a, b in pairs:
        report = factcheck.compare(a, b)
        errors = list(validator.iter_errors(json.loads(factcheck.render(report, "json", explain=True))))
        for fmt in ("table", "markdown", "html", "github"):
            factcheck.render(report, fmt, explain=True, show_unmatched=True)
        if errors:
            bad += 1
            print(f"{a} {b}: {errors[0].message}")
    print(f"{len(pairs)} reports, {bad} invalid against the schema; every format rendered")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
