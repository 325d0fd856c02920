#!/usr/bin/env python3
"""Flipped agreements: does a fact the tool matches still get matched once one side is wrong?

For random corpus pairs (two real reports of one event, worded differently), every agreement
the tool reports on a figure, a date or a name (verdict agree, at the default confidence) is
flipped: B's value is changed in B's text (a figure raised, a weekday or a year moved, a name
swapped for another of B's names) and the pair compared again. The flip is found when a
discrepancy now cites B's changed span. This measures the judges on paraphrases, where
``tools/planted.py`` measures them on copied sentences.

    python tools/flipped.py [--corpus ../shared/corpus/ecbplus] [--pairs 150] [--seed 11] [--verbose]
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.load import load_article  # noqa: E402
from factcheck.model import Article  # noqa: E402
from factcheck.pipeline import compare_articles  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def flipped_value(kind: str, text: str, names: list[str], rng: random.Random):
    """Another value for a span, or None when the span has none to change."""
    if kind == "number":
        m = re.search(r"\d[\d,]*", text)
        if not m:
            return None
        value = int(m.group().replace(",", ""))
        new = value + rng.choice([1, 2, 3]) if value < 10 else int(value * rng.choice([1.4, 1.6, 0.6]))
        return text[:m.start()] + (f"{new:,}" if "," in m.group() else str(new)) + text[m.end():]
    if kind == "date":
        m = re.search(r"\b(" + "|".join(WEEKDAYS) + r")\b", text)
        if m:
            other = rng.choice([d for d in WEEKDAYS if d != m.group()])
            return text[:m.start()] + other + text[m.end():]
        m = re.search(r"\b(19|20)\d\d\b", text)
        if m:
            return text[:m.start()] + str(int(m.group()) + rng.choice([-1, 1, 2])) + text[m.end():]
        return None
    if kind == "entity":
        others = [n for n in names if n.lower() not in text.lower() and text.lower() not in n.lower()]
        return rng.choice(others) if others and " " in text else None
    return None


def _sentence(text: str, at: int) -> str:
    """The line around an offset, cut to 200 characters, for --why."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    k = at - start
    return line[max(0, k - 100):k + 100]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--pairs", type=int, default=150)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--why", action="store_true", help="with --verbose: the candidates held back on a missed flip")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    rows = list(csv.DictReader(open(corpus / "pairs.tsv", encoding="utf-8"), delimiter="\t"))
    rng = random.Random(args.seed)
    rng.shuffle(rows)
    tried, found = Counter(), Counter()
    for row in rows[:args.pairs]:
        a, b = load_article(str(corpus / row["path_a"])), load_article(str(corpus / row["path_b"]))
        report = compare_articles(a, b)
        names = sorted({f.b.text for f in report.findings if f.kind == "entity" and " " in f.b.text
                        and f.b.text[:1].isupper() and len(f.b.text) < 30})
        agreements = [f for f in report.findings if f.verdict.value == "agree" and f.kind in ("number", "date", "entity")
                      and f.a.source == "A" and f.b.source == "B" and len(f.b.text) < 30]
        rng.shuffle(agreements)
        for f in agreements[:3]:
            new = flipped_value(f.kind, f.b.text, names, rng)
            if new is None or new == f.b.text:
                continue
            text = b.text[:f.b.start] + new + b.text[f.b.end:]
            span = (f.b.start, f.b.start + len(new))
            again = compare_articles(a, Article(b.path, text))
            hit = any(g.verdict.rank >= 2 and g.b.source == "B" and g.b.start < span[1] and span[0] < g.b.end
                      for g in again.findings)
            tried[f.kind] += 1
            found[f.kind] += hit
            if args.verbose and not hit:
                print(f"MISS {f.kind}: {f.a.text!r} / {f.b.text!r} -> {new!r}  ({f.message[:80]})")
                if args.why:
                    print(f"     A: {_sentence(a.text, f.a.start)}\n     B: {_sentence(text, span[0])}")
                    for k in again.skipped:
                        if k.b is not None and k.b.source == "B" and k.b.start < span[1] and span[0] < k.b.end:
                            print(f"     held back by {k.rule}: {k.detail[:110]}")
                    for g in again.findings:
                        if g.b.source == "B" and g.b.start < span[1] and span[0] < g.b.end:
                            print(f"     found {g.kind}/{g.verdict.value}: {g.message[:110]}")
    for kind in ("number", "date", "entity"):
        if tried[kind]:
            print(f"{kind:7} {found[kind]:4}/{tried[kind]:<4} {100 * found[kind] / tried[kind]:5.1f}%")
    total_t, total_f = sum(tried.values()), sum(found.values())
    print(f"{'all':7} {total_f:4}/{total_t:<4} {100 * total_f / max(1, total_t):5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
