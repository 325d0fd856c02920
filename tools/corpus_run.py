#!/usr/bin/env python3
"""Run the comparison over every pair of a corpus: errors, findings per pair, time per pair.

    python tools/corpus_run.py [--corpus ../shared/corpus/ecbplus] [--limit N] [--out FILE.jsonl]

Prints the number of pairs, errors (with the first few), parser errors recorded as skips,
discrepancies and agreements per pair (all, and distinct across duplicate articles), and the
median and 95th-percentile wall time per pair in this process.
"""
from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    rows = list(csv.DictReader((corpus / "pairs.tsv").open(encoding="utf-8"), delimiter="\t"))
    if args.limit:
        rows = rows[:args.limit]
    times, errors, parser_errors = [], [], 0
    verdicts, kinds, distinct = Counter(), Counter(), set()
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    for r in rows:
        t = time.perf_counter()
        try:
            report = factcheck.compare(str(corpus / r["path_a"]), str(corpus / r["path_b"]))
        except Exception:  # noqa: BLE001 - counted and shown
            errors.append((r["path_a"], r["path_b"], traceback.format_exc(limit=3)))
            continue
        times.append(time.perf_counter() - t)
        parser_errors += sum(s.rule == "parser-error" for s in report.skipped)
        for f in report.findings:
            verdicts[f.verdict.value] += 1
            if f.verdict.rank >= 2:
                kinds[f.kind] += 1
                distinct.add((f.kind, f.a.text, f.b.text, report.sources[0].sentences and f.message))
        if out:
            out.write(json.dumps({"a": r["path_a"], "b": r["path_b"], "findings": [
                {"kind": f.kind, "verdict": f.verdict.value, "confidence": f.confidence, "a": f.a.text, "b": f.b.text,
                 "message": f.message} for f in report.findings if f.verdict.rank >= 2]}) + "\n")
    n = len(times)
    times.sort()
    disc = verdicts["differs"] + verdicts["conflict"]
    print(f"pairs: {len(rows)}, compared: {n}, errors: {len(errors)}, parser errors recorded: {parser_errors}")
    for e in errors[:3]:
        print("error:", e[0], e[1], e[2].splitlines()[-1])
    print(f"discrepancies: {disc} ({disc / max(n, 1):.3f} per pair; {len(distinct)} distinct), by kind {dict(kinds)}")
    print(f"agreements: {verdicts['agree'] + verdicts['compatible']} ({(verdicts['agree'] + verdicts['compatible']) / max(n, 1):.2f} per pair)")
    if times:
        print(f"time per pair: median {statistics.median(times) * 1000:.1f} ms, "
              f"p95 {times[int(0.95 * (n - 1))] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
