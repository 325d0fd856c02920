#!/usr/bin/env python3
"""Planted errors for ``factcheck check``: generated reports checked against their sources.

For N random corpus articles (fixed seed) with a same-event article beside them, a "generated
report" keeps the headline and eight sentences of the article that state a fact (correct
restatements), plants one error of one type in one of them (as ``tools/planted.py`` does:
figure, year, weekday, name, negation, quote) and adds one sentence of an article about another
event (a claim no source makes). The report is checked against the article and its same-event
neighbour. Prints, per error type, how often the planted statement is *contradicted*; how often
the added claim is *not in the sources*; and, over the restatements, how many are supported and
how many are wrongly contradicted or called unsupported.

    python tools/check_planted.py [--articles 60] [--seed 21] [--verbose]
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from planted import KINDS, copy_of, plant  # noqa: E402

from factcheck import facts_of  # noqa: E402
from factcheck.model import Article, Support  # noqa: E402
from factcheck.pipeline import check_articles  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    rows = list(csv.DictReader(open(corpus / "pairs.tsv", encoding="utf-8"), delimiter="\t"))
    rng = random.Random(args.seed)
    rng.shuffle(rows)
    others = [r["path_a"] for r in rows]
    tried, found, restated = Counter(), Counter(), Counter()
    added = Counter()
    seen = set()
    for row in rows:
        if sum(tried.values()) >= args.articles:
            break
        path, neighbour = row["path_a"], row["path_b"]
        if path in seen:
            continue
        seen.add(path)
        copied = copy_of(corpus / path, rng)
        if copied is None:
            continue
        chosen, names = copied
        kind = KINDS[sum(tried.values()) % len(KINDS)]
        order = list(range(1, len(chosen)))
        rng.shuffle(order)
        planted = next(((k, p) for k in order for p in [plant(kind, chosen[k], names, rng)] if p), None)
        if planted is None:
            continue
        k, (new, _, _) = planted
        stranger = _foreign_sentence(corpus, others, path.split("/")[0], rng)
        if stranger is None:
            continue
        lines = chosen[:k] + [new] + chosen[k + 1:] + [stranger]
        sources = [Article(path, (corpus / path).read_text(encoding="utf-8")),
                   Article(neighbour, (corpus / neighbour).read_text(encoding="utf-8"))]
        result = check_articles(Article("report.txt", "\n\n".join(lines) + "\n"), sources)
        text = {s.index: s.text for s in result.report.sentences}
        by_text = {text[s.sentence]: s for s in result.statements}
        tried[kind] += 1
        hit = by_text.get(new)
        found[kind] += bool(hit and hit.verdict is Support.CONTRADICTED)
        if args.verbose and not (hit and hit.verdict is Support.CONTRADICTED):
            print(f"MISS {kind}: {new[:140]!r} → {hit.verdict.value if hit else 'not a statement'}")
        odd = by_text.get(stranger)
        added["tried"] += 1
        added["found"] += bool(odd and odd.verdict is Support.UNSUPPORTED)
        for line in chosen[1:]:
            if line == chosen[k] or line not in by_text:
                continue
            restated[by_text[line].verdict.value] += 1
            if args.verbose and by_text[line].verdict is not Support.SUPPORTED:
                st = by_text[line]
                why = "; ".join(e.finding.message[:100] for e in st.contradictions if e.finding) or st.reason
                print(f"RESTATEMENT {st.verdict.value}: {line[:110]!r} ({why[:160]})")
    total_t, total_f = sum(tried.values()), sum(found.values())
    print("planted error → contradicted:")
    for kind in KINDS:
        if tried[kind]:
            print(f"  {kind:9} {found[kind]:4}/{tried[kind]:<4} {100 * found[kind] / tried[kind]:5.1f}%")
    print(f"  {'all':9} {total_f:4}/{total_t:<4} {100 * total_f / max(1, total_t):5.1f}%")
    print(f"added claim → not in the sources: {added['found']}/{added['tried']}")
    n = sum(restated.values())
    print(f"correct restatements: {n}; supported {restated['supported']}, contradicted {restated['contradicted']}, "
          f"not in the sources {restated['unsupported']}")
    return 0


def _foreign_sentence(corpus: Path, paths: list[str], topic: str, rng: random.Random):
    """A sentence with a fact from an article of another event."""
    for _ in range(20):
        path = rng.choice(paths)
        if path.split("/")[0] == topic:
            continue
        analysis = facts_of(str(corpus / path))
        pool = [s.text for s, facts in zip(analysis.sentences, analysis.facts)
                if s.role.is_content and facts and s.index > 0 and len(s.text.split()) >= 8]
        if pool:
            return rng.choice(pool)
    return None


if __name__ == "__main__":
    sys.exit(main())
