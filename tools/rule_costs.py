#!/usr/bin/env python3
"""What each named rule costs and what it buys, measured on gold files and a corpus sample.

    python tools/rule_costs.py [GOLD_DIR ...] [--corpus ../shared/corpus/ecbplus --pairs 100]

For every gold file (default: ``tests/gold``) the pair is compared in-process with
``--explain``; every candidate a rule held back is matched against the gold items the way the
scorer matches findings (the two texts in the spans or the sentences, in either order):

* **blocked**: an expected item the report misses, where a skip of that rule, of one of the
  item's kinds, covers the two statements (the rule stood between the tool and the item);
* **protected**: a ``must_not`` item, where a skip of that rule, of one of the item's kinds,
  covers the two statements (the rule may be what keeps the forbidden finding out).

It prints one row per rule: how often it fired on the gold pairs and on ``--pairs`` corpus
pairs (a fixed seed), and how many expected items it blocked and must_not items it protected.
A rule that blocks more than it protects is a candidate to rewrite or remove.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.judge.rules import RULES  # noqa: E402


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests" / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = load_scorer()


def article(gold_dir: Path, path: str, shared: Path) -> str:
    local = gold_dir / "articles" / Path(path).name
    if local.exists():
        return str(local)
    for base in (ROOT, shared):
        if (base / path).exists():
            return str(base / path)
    raise FileNotFoundError(path)


VERDICT_RE = re.compile(r"^(agree|compatible|differs|conflict)\b")


def skip_matches(rep, skip: dict, a: str, b: str, span_only: bool, verdicts=None, kinds=None) -> bool:
    """The skip covers the two statements, as the scorer matches a finding: of one of the
    item's ``kinds`` (a number rule held back in a sentence pair does not block the pair's
    attribution item), and, for a skip that holds a judged finding back
    (``below-min-confidence``, ``fact-matched-elsewhere``), with one of its ``verdicts``."""
    if not skip.get("a") or not skip.get("b"):
        return False
    if kinds and skip.get("kind") not in kinds:
        return False
    m = VERDICT_RE.match(skip.get("detail", ""))
    if m and verdicts and m.group(1) not in verdicts:
        return False
    return rep.finding_matches(skip, SCORE.norm(a), SCORE.norm(b), span_only)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", default=[str(ROOT / "tests" / "gold")])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--pairs", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--examples", action="store_true", help="list the gold items each rule blocked or protected")
    args = ap.parse_args()
    shared = Path(args.shared)
    fired_gold, fired_corpus, blocked, protected = Counter(), Counter(), Counter(), Counter()
    examples: dict[str, list[str]] = {}
    for folder in map(Path, args.gold):
        for g in sorted(folder.glob("*.gold.json")):
            gold = json.loads(g.read_text(encoding="utf-8"))
            report = factcheck.compare(article(folder, gold["a"], shared), article(folder, gold["b"], shared))
            data = json.loads(factcheck.render(report, "json", explain=True))
            rep = SCORE.Report(data)
            skips = data.get("skipped", [])
            fired_gold.update(s["rule"] for s in skips)
            for e in gold.get("expected", []):
                if rep.find(e["a"], e["b"], e.get("kind"), e.get("verdict"), e.get("span_only", False)):
                    continue
                for rule in {s["rule"] for s in skips
                             if skip_matches(rep, s, e["a"], e["b"], e.get("span_only", False), e.get("verdict"),
                                             e.get("kind"))}:
                    blocked[rule] += 1
                    examples.setdefault(rule, []).append(f"blocked {g.name}:{e['id']}")
            for m in gold.get("must_not", []):
                for rule in {s["rule"] for s in skips
                             if skip_matches(rep, s, m["a"], m["b"], m.get("span_only", False), m.get("verdict"),
                                             m.get("kind"))}:
                    protected[rule] += 1
                    examples.setdefault(rule, []).append(f"protected {g.name}:{m['id']}")
    corpus = Path(args.corpus)
    if args.pairs and (corpus / "pairs.tsv").exists():
        rows = list(csv.DictReader((corpus / "pairs.tsv").open(encoding="utf-8"), delimiter="\t"))
        for r in random.Random(args.seed).sample(rows, args.pairs):
            report = factcheck.compare(str(corpus / r["path_a"]), str(corpus / r["path_b"]))
            fired_corpus.update(s.rule for s in report.skipped)
    print(f"{'rule':32} {'gold':>6} {'corpus':>7} {'blocked':>8} {'protected':>10}")
    for rule in RULES:
        if fired_gold[rule] or fired_corpus[rule] or blocked[rule] or protected[rule]:
            flag = "  <- blocks more than it protects" if blocked[rule] > protected[rule] else ""
            print(f"{rule:32} {fired_gold[rule]:6d} {fired_corpus[rule]:7d} {blocked[rule]:8d} {protected[rule]:10d}{flag}")
    if args.examples:
        for rule, items in examples.items():
            print(rule, "; ".join(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
