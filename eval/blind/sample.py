#!/usr/bin/env python3
"""Pick N random same-event pairs outside the gold topics, both articles with >= 10 sentences.
    sample.py SEED N  -> prints topic, path_a, path_b (relative to the corpus folder)
One pair per topic, so a read covers N different events."""
import csv, random, re, sys
import os
CORPUS = os.environ.get("FACTCHECK_CORPUS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus", "ecbplus"))
GOLD_TOPICS = {"2", "5", "8", "9", "12", "18", "23"}
seed, n = int(sys.argv[1]), int(sys.argv[2])
exclude = set(sys.argv[3].split(",")) if len(sys.argv) > 3 else set()
rows = [r for r in csv.DictReader(open(f"{CORPUS}/pairs.tsv"), delimiter="\t") if r["topic"] not in GOLD_TOPICS]
def sentences(p):
    t = open(f"{CORPUS}/{p}", encoding="utf-8").read()
    return len(re.findall(r"[.!?][\"')\u201d]?(?:\s|$)", t))
rng = random.Random(seed)
rng.shuffle(rows)
seen, out = set(), []
for r in rows:
    if r["topic"] in seen or r["topic"] in exclude:
        continue
    if sentences(r["path_a"]) < 10 or sentences(r["path_b"]) < 10:
        continue
    seen.add(r["topic"]); out.append(r)
    if len(out) == n:
        break
for r in out:
    print(r["topic"], r["path_a"], r["path_b"], sep="\t")
