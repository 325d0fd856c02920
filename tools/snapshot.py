#!/usr/bin/env python3
"""Write (or compare) the outputs a pure refactor must not change.

    python tools/snapshot.py OUT_DIR [--corpus ../shared/corpus/ecbplus] [--pairs 200] [--articles 100]
    python tools/snapshot.py --diff DIR_BEFORE DIR_AFTER

Writes, with the library in one process: the JSON report of the seed pair, of every gold pair
in ``tests/gold`` and of ``--pairs`` corpus pairs (a fixed seed), and ``factcheck facts`` JSON of
both seeds and ``--articles`` corpus articles. ``--diff`` lists the files that differ.
"""
from __future__ import annotations

import argparse
import csv
import filecmp
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.report import FACT_FORMATS  # noqa: E402


def write(out: Path, name: str, text: str) -> None:
    (out / name).write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    if args.diff:
        before, after = map(Path, args.diff)
        names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
        differ = [n for n in names if not ((before / n).exists() and (after / n).exists()
                                           and filecmp.cmp(before / n, after / n, shallow=False))]
        print(f"{len(names) - len(differ)} of {len(names)} files identical")
        for n in differ:
            print("differs:", n)
        return 1 if differ else 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    seeds = [str(ROOT / "seeds/theweek-met-firearms.txt"), str(ROOT / "seeds/guardian-met-firearms.txt")]
    write(out, "seeds.json", factcheck.render(factcheck.compare(*seeds), "json"))
    for s in seeds:
        write(out, "facts-" + Path(s).stem + ".json", FACT_FORMATS["json"](factcheck.facts_of(s)))
    gold = ROOT / "tests" / "gold"
    for g in sorted(gold.glob("*.gold.json")):
        spec = json.loads(g.read_text(encoding="utf-8"))
        paths = []
        for p in (spec["a"], spec["b"]):
            local = gold / "articles" / Path(p).name if p.startswith("corpus/") else ROOT / p
            paths.append(str(local))
        write(out, "gold-" + g.name.replace(".gold.json", ".json"), factcheck.render(factcheck.compare(*paths), "json"))
    corpus = Path(args.corpus)
    rows = list(csv.DictReader((corpus / "pairs.tsv").open(encoding="utf-8"), delimiter="\t"))
    rng = random.Random(args.seed)
    for r in rng.sample(rows, args.pairs):
        report = factcheck.compare(str(corpus / r["path_a"]), str(corpus / r["path_b"]))
        write(out, f"pair-{r['doc_a']}-{r['doc_b']}.json", factcheck.render(report, "json"))
    articles = sorted({r["path_a"] for r in rows})
    for p in rng.sample(articles, args.articles):
        write(out, "facts-" + Path(p).stem + ".json", FACT_FORMATS["json"](factcheck.facts_of(str(corpus / p))))
    print(f"wrote {len(list(out.iterdir()))} files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
