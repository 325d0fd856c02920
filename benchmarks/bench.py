#!/usr/bin/env python3
"""factcheck's speed and memory, each figure beside a baseline measured in the same run.

    python benchmarks/bench.py [--corpus ../shared/corpus/ecbplus] [--runs 5] [--pairs 500]
                               [--in-process 100] [--quick] [--sizes-kb 32,64,128,256]

Figures (medians of ``--runs``; whole-process times include Python's start-up and run with
bytecode cached, as an installed package does, even where PYTHONDONTWRITEBYTECODE is set):

* start-up: ``factcheck --version`` against ``python -c pass``;
* the seed pair, whole process and in process after the import, against a TF-IDF + Hungarian
  sentence aligner in numpy/scipy (the plain aligner the speed goals are set against; scipy's
  ``linear_sum_assignment`` when scipy is installed, else a greedy numpy assignment), and the
  peak memory one comparison allocates (tracemalloc);
* ``--in-process`` corpus pairs spread over the corpus, compared in process: median and 95th
  percentile against the same aligner;
* two long documents of about 1,000 sentences each (corpus articles run together), whole
  process: time and peak memory (the child's maximum resident set), against the same aligner;
* ``factcheck batch -j 2`` on ``--pairs`` corpus pairs: pairs per second, against ``-j 1``;
* robustness: ``factcheck compare`` on files of 32 to 256 KB (``--sizes-kb``; 1024,2048,4096,8192
  for the issue's 1 to 8 MB, about a minute a MB) of digits, commas and dashes, and of corpus
  prose run together (``--quick`` skips both): time, peak memory and time per MB, which stays
  flat when the cost is linear.

Goals (issue 11): 1,000 × 1,000 sentences under 2 s and 300 MB; the seed pair under 30 ms in
process; ``--version`` under 0.15 s; batch 150 pairs/s on two cores. The script prints; it
asserts nothing (speed is measured here, not in the tests).
"""
from __future__ import annotations

import argparse
import atexit
import csv
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_A, SEED_B = ROOT / "seeds" / "theweek-met-firearms.txt", ROOT / "seeds" / "guardian-met-firearms.txt"
PY = sys.executable
CLI = [PY, "-m", "factcheck"]

BASELINE = r'''
import math, re, sys, collections
import numpy as np
def sentences(path):
    text = open(path, encoding="utf-8").read()
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
def vectors(a, b):
    toks = [re.findall(r"[a-z]{3,}", s.lower()) for s in a + b]
    vocab = {w: k for k, w in enumerate(sorted({w for t in toks for w in t}))}
    df = collections.Counter(w for t in toks for w in set(t))
    n = len(toks)
    m = np.zeros((n, len(vocab)), dtype=np.float32)
    for i, t in enumerate(toks):
        for w in set(t):
            m[i, vocab[w]] = math.log(1 + n / df[w])
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
    return m[:len(a)], m[len(a):]
def align(path_a, path_b):
    a, b = sentences(path_a), sentences(path_b)
    va, vb = vectors(a, b)
    sim = va @ vb.T
    try:
        from scipy.optimize import linear_sum_assignment
        rows, cols = linear_sum_assignment(-sim)
    except ImportError:
        rows = np.arange(len(a)); cols = sim.argmax(axis=1)
    return [(int(i), int(j)) for i, j in zip(rows, cols) if sim[i, j] > 0.2]
if __name__ == "__main__":
    print(len(align(sys.argv[1], sys.argv[2])))
'''


# runs a command and prints its peak resident memory (KB): a fresh parent for each command, since
# the maximum over a process's children is kept for all the children it ever had
MEASURE = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, "
           "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


# Child processes run as an installed package does: with bytecode cached. A user's pip install
# writes .pyc files; an environment with PYTHONDONTWRITEBYTECODE set (as some sandboxes and CI
# images are) would otherwise compile every module of factcheck on every run, about 0.2 s of
# a comparison's start that no user pays. The cache goes to a folder of its own, not the tree.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_WARM: list[str] = []       # the cache folder, made and filled once (main), removed at exit


def warm_bytecode() -> None:
    """Fill a bytecode cache of its own for the children: the package and what it imports."""
    folder = tempfile.mkdtemp(prefix="factcheck-bench-pyc-")
    atexit.register(shutil.rmtree, folder, True)
    CHILD_ENV["PYTHONPYCACHEPREFIX"] = folder
    _WARM.append(folder)
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "factcheck")], check=True, env=CHILD_ENV,
                   stdout=subprocess.DEVNULL)
    subprocess.run([*CLI, "compare", str(SEED_A), str(SEED_B)], check=True, env=CHILD_ENV,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)     # (and the libraries it imports)


def whole(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median wall time (s) and the largest peak resident memory (MB) of ``runs`` runs of ``cmd``
    (the time of the measuring parent's own start-up, about 20 ms, is taken off), with the
    bytecode cache filled (:func:`warm_bytecode`) and one untimed run of ``cmd`` first (what it
    imports beyond a comparison: scipy for the baseline, multiprocessing for a batch)."""
    if not _WARM:
        warm_bytecode()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CHILD_ENV)
    subprocess.run([PY, "-c", "pass"], check=True, env=CHILD_ENV)
    t = time.perf_counter()
    subprocess.run([PY, "-c", "pass"], check=True, env=CHILD_ENV)
    parent = time.perf_counter() - t
    times, peak = [], 0.0
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run([PY, "-c", MEASURE, *cmd], check=True, capture_output=True, text=True,
                             env=CHILD_ENV).stdout
        times.append(time.perf_counter() - t - parent)
        peak = max(peak, int(out.split()[-1]) / 1024)
    return statistics.median(times), peak


def long_documents(corpus: Path, folder: Path, target: int = 1000) -> tuple[Path, Path]:
    """Two files of about ``target`` sentences each: corpus articles (a fixed shuffle) run together."""
    rows = list(csv.DictReader((corpus / "pairs.tsv").open(encoding="utf-8"), delimiter="\t"))
    articles = sorted({r["path_a"] for r in rows} | {r["path_b"] for r in rows})
    random.Random(1).shuffle(articles)
    out = []
    for name, pool in (("long_a.txt", articles[: len(articles) // 2]), ("long_b.txt", articles[len(articles) // 2:])):
        parts, n = [], 0
        for p in pool:
            text = (corpus / p).read_text(encoding="utf-8")
            parts.append(text)
            n += len(re.findall(r"[.!?][\"')\u201d]?(?:\s|$)", text))
            if n >= target:
                break
        (folder / name).write_text("\n\n".join(parts), encoding="utf-8")
        out.append(folder / name)
    return out[0], out[1]


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def traced_peak(fn) -> float:
    """Peak memory (MB) Python allocates while ``fn`` runs (tracemalloc: the comparison's own
    data, not the interpreter and its modules)."""
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def _digits(mb: float) -> str:
    unit = "12,345-678, 9-10 - 1,000,000 -- 42, "
    return "Digits\n\n" + unit * int(mb * 1024 * 1024 / len(unit)) + "\n"


def _prose(articles: list[Path], mb: float) -> str:
    """Corpus articles run together (their first lines left out) to ``mb`` megabytes: one long report."""
    out, size, k = ["A long report", ""], 0, 0
    while size < mb * 1024 * 1024 and articles:
        body = "\n".join(articles[k % len(articles)].read_text(encoding="utf-8").splitlines()[1:])
        out.append(body)
        size, k = size + len(body) + 1, k + 1
    return "\n\n".join(out)


def _count(path: str) -> int:
    import factcheck
    return sum(s.role.is_content for s in factcheck.facts_of(path).sentences)


def _check_set(corpus: Path) -> tuple[str, list[str]]:
    """A report of about 30 sentences and five sources of its event (issue 12's figure asks for
    40 each): the event whose fifth-longest article is longest (lines stand for sentences)."""
    lines = lambda f: sum(1 for x in Path(f).read_text(encoding="utf-8").splitlines() if x.strip())
    best = None
    for folder in sorted(p for p in corpus.glob("*/*") if p.is_dir()):
        files = sorted((str(p) for p in folder.glob("*.txt")), key=lines, reverse=True)
        if len(files) >= 6 and (best is None or lines(files[4]) > lines(best[4])):
            best = files
    if best is None:
        raise SystemExit("no event with six articles in the corpus")
    report = min(best[5:] or best, key=lambda f: abs(lines(f) - 30))
    return report, [f for f in best if f != report][:5]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pairs", type=int, default=500, help="corpus pairs for the batch figures")
    ap.add_argument("--in-process", type=int, default=100, help="corpus pairs (spread over the corpus) compared in process")
    ap.add_argument("--quick", action="store_true", help="skip the robustness files")
    ap.add_argument("--sizes-kb", default="32,64,128,256", help="sizes of the robustness files, in KB")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    baseline = tmp / "baseline.py"
    baseline.write_text(BASELINE, encoding="utf-8")
    rows = []

    def row(what, ours, base, unit="s", goal=""):
        ratio = f"{ours / base:.2f}×" if base else "–"
        rows.append((what, f"{ours:.3f} {unit}", f"{base:.3f} {unit}", ratio, goal))

    t, _ = whole(CLI + ["--version"], args.runs)
    b, _ = whole([PY, "-c", "pass"], args.runs)
    row("start-up: factcheck --version / python -c pass", t, b, goal="< 0.15 s")
    t, _ = whole(CLI + ["compare", str(SEED_A), str(SEED_B), "-o", str(tmp / "seed.txt")], args.runs)
    b, _ = whole([PY, str(baseline), str(SEED_A), str(SEED_B)], args.runs)
    row("seed pair, whole process / TF-IDF aligner", t, b, goal="< 0.3 s")

    sys.path.insert(0, str(ROOT))
    import factcheck
    import importlib.util
    spec = importlib.util.spec_from_file_location("baseline", baseline)
    base_mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(base_mod)
    factcheck.compare(str(SEED_A), str(SEED_B))
    base_mod.align(str(SEED_A), str(SEED_B))

    def median(fn, runs=15):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return statistics.median(times)
    row("seed pair, in process / TF-IDF aligner", median(lambda: factcheck.compare(str(SEED_A), str(SEED_B))) * 1000,
        median(lambda: base_mod.align(str(SEED_A), str(SEED_B))) * 1000, unit="ms", goal="< 30 ms")
    row("seed pair, peak traced memory of one comparison / TF-IDF aligner",
        traced_peak(lambda: factcheck.compare(str(SEED_A), str(SEED_B))),
        traced_peak(lambda: base_mod.align(str(SEED_A), str(SEED_B))), unit="MB")

    if (corpus / "pairs.tsv").exists():
        la, lb = long_documents(corpus, tmp)
        t, mem = whole(CLI + ["compare", str(la), str(lb), "-o", str(tmp / "long.txt")], max(1, args.runs // 2))
        b, bmem = whole([PY, str(baseline), str(la), str(lb)], max(1, args.runs // 2))
        row("~1,000 × 1,000 sentences, whole process / TF-IDF aligner", t, b, goal="< 2 s")
        row("~1,000 × 1,000 sentences, peak memory / TF-IDF aligner", mem, bmem, unit="MB", goal="< 300 MB")
        every = list(csv.DictReader((corpus / "pairs.tsv").open(encoding="utf-8"), delimiter="\t"))
        spread = every[:: max(1, len(every) // args.in_process)][: args.in_process]
        ours = sorted(timed(lambda r=r: factcheck.compare(str(corpus / r["path_a"]), str(corpus / r["path_b"])))
                      for r in spread)
        base = sorted(timed(lambda r=r: base_mod.align(str(corpus / r["path_a"]), str(corpus / r["path_b"])))
                      for r in spread)
        p95 = lambda ts: ts[int(0.95 * (len(ts) - 1))]
        row(f"{len(spread)} corpus pairs in process, median / TF-IDF aligner", statistics.median(ours) * 1000,
            statistics.median(base) * 1000, unit="ms")
        row(f"{len(spread)} corpus pairs in process, 95th percentile / TF-IDF aligner", p95(ours) * 1000,
            p95(base) * 1000, unit="ms")
        report, sources = _check_set(corpus)
        pairwise = [(a, b) for k, a in enumerate([report] + sources[:4]) for b in ([report] + sources[:4])[k + 1:]]
        row(f"check: {_count(report)}-sentence report vs 5 sources of {min(map(_count, sources))}-"
            f"{max(map(_count, sources))} / 5 compares", median(lambda: factcheck.check(report, sources), 5),
            median(lambda: [factcheck.compare(report, s) for s in sources], 5), goal="< 0.3 s")
        row("consensus of those 5 reports / its 10 pairwise compares",
            median(lambda: factcheck.compare_many([report] + sources[:4]), 5),
            median(lambda: [factcheck.compare(a, b) for a, b in pairwise], 5))
        pairs = every[: args.pairs]
        manifest = tmp / "pairs.tsv"
        manifest.write_text("a\tb\n" + "".join(f"{corpus / r['path_a']}\t{corpus / r['path_b']}\n" for r in pairs),
                            encoding="utf-8")
        t2, _ = whole(CLI + ["batch", str(manifest), "-j", "2", "-o", str(tmp / "j2.jsonl")], 1)
        t1, _ = whole(CLI + ["batch", str(manifest), "-j", "1", "-o", str(tmp / "j1.jsonl")], 1)
        same = (tmp / "j2.jsonl").read_bytes() == (tmp / "j1.jsonl").read_bytes()
        rows.append((f"batch, {len(pairs)} corpus pairs: pairs/s with -j 2 / -j 1", f"{len(pairs) / t2:.1f}/s",
                     f"{len(pairs) / t1:.1f}/s", f"{t1 / t2:.2f}× ({'same bytes' if same else 'OUTPUTS DIFFER'})",
                     "≥ 150/s"))
    if not args.quick:
        sizes = [int(k) / 1024 for k in args.sizes_kb.split(",")]
        articles = sorted(corpus.glob("*/*/*.txt"))
        for name, make in (("digits, commas and dashes", _digits), ("corpus prose", lambda mb: _prose(articles, mb))):
            per_mb = []
            for mb in sizes:
                junk = tmp / f"robust_{mb}.txt"
                junk.write_text(make(mb), encoding="utf-8")
                t, mem = whole(CLI + ["compare", str(junk), str(SEED_B), "-o", str(tmp / "robust.txt")], 1)
                per_mb.append((mb, t, mem))
            first = per_mb[0][1] / per_mb[0][0]
            for mb, t, mem in per_mb:
                rows.append((f"{mb * 1024:.0f} KB of {name} / seed: time, peak memory", f"{t:.2f} s",
                             f"{mem:.0f} MB", f"{t / mb / first:.2f}× per MB", "flat per MB"))
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'factcheck':>12}  {'baseline':>12}  {'ratio':>22}  goal")
    for what, ours, base, ratio, goal in rows:
        print(f"{what:<{width}}  {ours:>12}  {base:>12}  {ratio:>22}  {goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
