#!/usr/bin/env python3
"""Why each expected gold item is missed: the two sentences, their alignment, and what the
report says about them (findings of other kinds or verdicts, skipped candidates).

    python tools/misses.py GOLD_DIR_OR_FILE ... [--shared ../shared] [--kind disc|agree|all]

A developer's tool for finding the general cause of a miss; it reads the gold, never changes it.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import factcheck  # noqa: E402
from rule_costs import SCORE, article  # noqa: E402

DISC = {"differs", "conflict"}


def where(rep, side: str, needle: str) -> list[int]:
    needle = SCORE.norm(needle)
    return [i for (src, i), t in rep.sentences.items() if src == side and needle in t]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--kind", choices=["disc", "agree", "all"], default="disc")
    args = ap.parse_args()
    shared = Path(args.shared)
    files = []
    for g in map(Path, args.gold):
        files += sorted(g.glob("*.gold.json")) if g.is_dir() else [g]
    for g in files:
        gold = json.loads(g.read_text(encoding="utf-8"))
        folder = g.parent
        report = factcheck.compare(article(folder, gold["a"], shared), article(folder, gold["b"], shared))
        data = json.loads(factcheck.render(report, "json", explain=True))
        rep = SCORE.Report(data)
        for e in gold.get("expected", []):
            disc = bool(set(e.get("verdict", [])) & DISC)
            if args.kind == "disc" and not disc or args.kind == "agree" and disc:
                continue
            if rep.find(e["a"], e["b"], e.get("kind"), e.get("verdict"), e.get("span_only", False)):
                continue
            print(f"== {g.name}:{e['id']}  {'/'.join(e.get('kind', []))} {'|'.join(e.get('verdict', []))}")
            for label, needle in (("a", e["a"]), ("b", e["b"])):
                sa, sb = where(rep, "A", needle), where(rep, "B", needle)
                print(f"   {label}={needle!r}: A{sa} B{sb}")
                for side, idx in (("A", sa), ("B", sb)):
                    for i in idx[:2]:
                        print(f"      {side}{i}: {rep.sentences[(side, i)][:230]}")
            near = [f for f in data["findings"] if rep.finding_matches(f, SCORE.norm(e["a"]), SCORE.norm(e["b"]))]
            for f in near:
                print(f"   found as {f['kind']}/{f['verdict']}: {f['message'][:160]}")
            al = rep.aligned(e["a"], e["b"])
            print(f"   aligned: {bool(al)}")
            for s in data.get("skipped", []):
                if s.get("a") and s.get("b") and rep.finding_matches(s, SCORE.norm(e["a"]), SCORE.norm(e["b"])):
                    print(f"   skipped {s['rule']}: {s.get('detail', '')[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
