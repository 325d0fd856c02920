#!/usr/bin/env python3
"""Pick N random same-event pairs outside the gold topics, both articles with >= 10 sentences.
    sample.py SEED N [TOPICS]            -> prints topic, path_a, path_b (relative to the corpus folder)
    sample.py --unused-articles SEED N   -> the same, leaving out every article a gold file or a
                                            blind set here already uses (topics may repeat)
    --one-unused SEED N                  -> pairs no gold file or blind set has read, with at least one
                                            article none of them uses (by the twenty-fourth session
                                            one wholly unused pair was left)
    --new-pairs SEED N                   -> pairs no gold file or blind set has read; both articles may
                                            have been read in other pairs (by the twenty-sixth session
                                            only two topics had a pair with an unused article of >= 4 sentences)
    --min-sentences K                    -> both articles with >= K sentences (default 10; by the
                                            fourteenth session only 4 unused pairs had 10, 127 had 8)
One pair per topic, so a read covers N different events. TOPICS: topics to leave out, comma-separated.
read606/ was drawn with `sample.py --unused-articles 606 10`, when dev, dev2, test and fresh303 existed."""
import csv, glob, json, random, re, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("FACTCHECK_CORPUS", os.path.join(HERE, "..", "..", "..", "shared", "corpus", "ecbplus"))
GOLD = os.path.join(HERE, "..", "..", "..", "shared", "eval")
GOLD_TOPICS = {"2", "5", "8", "9", "12", "18", "23"}
argv = sys.argv[1:]
least = 10
if "--min-sentences" in argv:
    k = argv.index("--min-sentences")
    least = int(argv[k + 1])
    del argv[k:k + 2]
args = [a for a in argv if a not in ("--unused-articles", "--one-unused", "--new-pairs")]
seed, n = int(args[0]), int(args[1])
exclude = set(args[2].split(",")) if len(args) > 2 else set()
used, read = set(), set()
if {"--unused-articles", "--one-unused", "--new-pairs"} & set(sys.argv):
    for f in glob.glob(os.path.join(HERE, "*", "*.gold.json")) + glob.glob(os.path.join(GOLD, "*.gold.json")):
        g = json.load(open(f, encoding="utf-8"))
        used |= {os.path.basename(g["a"]), os.path.basename(g["b"])}
        read.add(frozenset((os.path.basename(g["a"]), os.path.basename(g["b"]))))
unused_needed = 0 if "--new-pairs" in sys.argv else 1 if "--one-unused" in sys.argv else 2
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
    names = {os.path.basename(r["path_a"]), os.path.basename(r["path_b"])}
    if used and (frozenset(names) in read or len(names - used) < unused_needed):
        continue
    if sentences(r["path_a"]) < least or sentences(r["path_b"]) < least:
        continue
    seen.add(r["topic"]); out.append(r)
    if len(out) == n:
        break
for r in out:
    print(r["topic"], r["path_a"], r["path_b"], sep="\t")
