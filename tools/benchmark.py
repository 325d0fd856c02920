#!/usr/bin/env python3
"""Speed and memory of `factcheck compare`, with baselines measured in the same run.

    python tools/benchmark.py [--runs 15] [--corpus ../shared/corpus/ecbplus --pairs 100]

Prints medians (not means) of wall time per comparison in the same process (the import cost
is printed once, apart), the ratio to two baselines run in the same process — reading and
splitting both files (the floor every comparison pays) and a naive difflib all-pairs aligner
(the plain aligner we measured against) — and the peak memory of one comparison (tracemalloc).
"""
from __future__ import annotations

import argparse
import csv
import difflib
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

t0 = time.perf_counter()
import factcheck  # noqa: E402
from factcheck.clean import clean  # noqa: E402
from factcheck.load import load_article  # noqa: E402
from factcheck.segment import segment  # noqa: E402
IMPORT_S = time.perf_counter() - t0


def split_only(a, b):
    for p in (a, b):
        art = load_article(p)
        segment(art, clean(art))


def difflib_aligner(a, b):
    sa = [s.text for s in (lambda art: segment(art, clean(art)))(load_article(a))]
    sb = [s.text for s in (lambda art: segment(art, clean(art)))(load_article(b))]
    return [[difflib.SequenceMatcher(None, x, y).ratio() for y in sb] for x in sa]


def median_time(fn, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--pairs", type=int, default=100)
    args = ap.parse_args()
    a, b = str(ROOT / "seeds/theweek-met-firearms.txt"), str(ROOT / "seeds/guardian-met-firearms.txt")
    factcheck.compare(a, b)  # warm caches (tokenizer, stemmer, knowledge file)
    fc = median_time(lambda: factcheck.compare(a, b), args.runs)
    base = median_time(lambda: split_only(a, b), args.runs)
    naive = median_time(lambda: difflib_aligner(a, b), args.runs)
    tracemalloc.start()
    factcheck.compare(a, b)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"import factcheck: {IMPORT_S * 1000:.0f} ms (once per process)")
    print(f"seed pair, median of {args.runs}: compare {fc * 1000:.1f} ms | load+split {base * 1000:.1f} ms "
          f"(compare = {fc / base:.1f}x) | difflib all-pairs aligner {naive * 1000:.1f} ms "
          f"(compare = {fc / naive:.2f}x)")
    print(f"seed pair, peak traced memory of one compare: {peak / 1e6:.1f} MB")
    pairs_file = Path(args.corpus) / "pairs.tsv"
    if pairs_file.exists():
        rows = list(csv.DictReader(pairs_file.open(), delimiter="\t"))[:: max(1, 5568 // args.pairs)][: args.pairs]
        times = []
        for r in rows:
            t = time.perf_counter()
            factcheck.compare(str(Path(args.corpus) / r["path_a"]), str(Path(args.corpus) / r["path_b"]))
            times.append(time.perf_counter() - t)
        times.sort()
        print(f"{len(rows)} corpus pairs: median {statistics.median(times) * 1000:.1f} ms, "
              f"p95 {times[int(0.95 * (len(times) - 1))] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
