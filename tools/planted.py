#!/usr/bin/env python3
"""Planted errors: how often factcheck finds one changed fact in a rewrite of a real article.

For N random corpus articles (fixed seed), a "rewrite" keeps the headline and eight sentences of
the article that state a fact, shuffled a little, and plants exactly one error of one type in
one of them; a clean rewrite (no error) measures false alarms. The tool compares the article
with each rewrite; an error is found when a discrepancy (differs or conflict, at the default
confidence) cites the planted span.

    python tools/planted.py [--corpus ../shared/corpus/ecbplus] [--articles 150] [--seed 7]

Types: figure (a count or amount changed), year, weekday, name (a person's surname swapped for
another surname of the article, or changed by a letter), negation ("did not"), quote (a word of
a quote changed). Prints recall per type and the false alarms per clean rewrite.
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

from factcheck.model import Article  # noqa: E402
from factcheck.pipeline import compare_articles, facts_of  # noqa: E402

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIGURE = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/-])")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
AUX = re.compile(r"\b(was|were|has|have|had|is|are|will)\b ")
QUOTE = re.compile(r"[\"“]([^\"”]{20,200})[\"”]")


def plant(kind: str, text: str, names: list[str], rng: random.Random):
    """(new text, start, end of the planted span in the new text) or None."""
    if kind == "figure":
        found = [m for m in FIGURE.finditer(text) if not YEAR.fullmatch(m.group(1))]
        if not found:
            return None
        m = rng.choice(found)
        value = int(m.group(1).replace(",", ""))
        new = value + rng.choice([1, 2, 3]) if value < 10 else int(value * rng.choice([1.3, 1.5, 0.6]))
        new_text = f"{new:,}" if "," in m.group(1) else str(new)
        return text[:m.start(1)] + new_text + text[m.end(1):], m.start(1), m.start(1) + len(new_text)
    if kind == "year":
        found = list(YEAR.finditer(text))
        if not found:
            return None
        m = rng.choice(found)
        new = str(int(m.group(1)) + rng.choice([-2, -1, 1, 2]))
        return text[:m.start()] + new + text[m.end():], m.start(), m.start() + 4
    if kind == "weekday":
        found = [m for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r")\b", text)]
        if not found:
            return None
        m = rng.choice(found)
        new = rng.choice([d for d in WEEKDAYS if d != m.group(1)])
        return text[:m.start()] + new + text[m.end():], m.start(), m.start() + len(new)
    if kind == "name":
        present = [n for n in names if n in text and len(n.split()[-1]) >= 4]
        if not present:
            return None
        name = rng.choice(present)
        others = [n for n in names if n != name and n.split()[-1] != name.split()[-1]]
        at = text.index(name)
        if others and rng.random() < 0.5:
            new = rng.choice(others)
        else:                                           # a letter changed in the surname
            surname = name.split()[-1]
            k = rng.randrange(1, len(surname) - 1)
            letter = rng.choice([c for c in "aeioulnrst" if c != surname[k]])
            new = name[:len(name) - len(surname)] + surname[:k] + letter + surname[k + 1:]
        return text[:at] + new + text[at + len(name):], at, at + len(new)
    if kind == "negation":
        m = AUX.search(text)
        if not m:
            return None
        return text[:m.end()] + "not " + text[m.end():], m.start(), m.end() + 3
    if kind == "quote":
        m = QUOTE.search(text)
        if not m:
            return None
        words = list(re.finditer(r"[A-Za-z]{5,}", m.group(1)))
        if not words:
            return None
        w = rng.choice(words)
        at = m.start(1) + w.start()
        new = rng.choice(["important", "terrible", "different", "certain", "careful"])
        return text[:at] + new + text[at + len(w.group()):], at, at + len(new)
    raise ValueError(kind)


KINDS = ["figure", "year", "weekday", "name", "negation", "quote"]


def copy_of(path: Path, rng: random.Random):
    """A rewrite of the article at ``path``: its first sentence with a fact and eight more (in
    order), and the full names of people it names; None for an article with fewer than six
    sentences that state a fact."""
    analysis = facts_of(str(path))
    sentences = [s for s, facts in zip(analysis.sentences, analysis.facts) if s.role.is_content and facts]
    if len(sentences) < 6:
        return None
    keep = sorted(rng.sample(range(1, len(sentences)), min(8, len(sentences) - 1)))
    chosen = [sentences[0].text] + [sentences[k].text for k in keep]
    names = sorted({f.text for facts in analysis.facts for f in facts
                    if f.kind == "entity" and getattr(f, "label", "") == "person" and " " in f.text})
    return chosen, names


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    paths = sorted({r[k] for r in csv.DictReader(open(corpus / "pairs.tsv", encoding="utf-8"), delimiter="\t")
                    for k in ("path_a", "path_b")})
    rng = random.Random(args.seed)
    rng.shuffle(paths)
    tried, found, clean_alarms, clean_runs = Counter(), Counter(), 0, 0
    for path in paths[:args.articles]:
        text = (corpus / path).read_text(encoding="utf-8")
        copied = copy_of(corpus / path, rng)
        if copied is None:
            continue
        chosen, names = copied
        source = Article(path, text)
        clean = Article("rewrite.txt", "\n\n".join(chosen) + "\n")
        report = compare_articles(source, clean)
        clean_runs += 1
        clean_alarms += sum(f.verdict.rank >= 2 for f in report.findings)
        for kind in KINDS:
            order = list(range(1, len(chosen)))
            rng.shuffle(order)
            for k in order:
                planted = plant(kind, chosen[k], names, rng)
                if planted is None:
                    continue
                new, s, e = planted
                lines = chosen[:k] + [new] + chosen[k + 1:]
                offset = sum(len(x) + 2 for x in lines[:k])
                span = (offset + s, offset + e)
                rewrite = Article("rewrite.txt", "\n\n".join(lines) + "\n")
                report = compare_articles(source, rewrite)
                hit = any(f.verdict.rank >= 2 and f.b.start < span[1] and span[0] < f.b.end for f in report.findings)
                tried[kind] += 1
                found[kind] += hit
                if args.verbose and not hit:
                    print(f"MISS {kind}: {new[max(0, s - 60):e + 40]!r}")
                break
    total_t, total_f = sum(tried.values()), sum(found.values())
    for kind in KINDS:
        if tried[kind]:
            print(f"{kind:9} {found[kind]:4}/{tried[kind]:<4} {100 * found[kind] / tried[kind]:5.1f}%")
    print(f"{'all':9} {total_f:4}/{total_t:<4} {100 * total_f / max(1, total_t):5.1f}%")
    print(f"clean rewrites: {clean_runs}, discrepancies reported on them: {clean_alarms} "
          f"({clean_alarms / max(1, clean_runs):.2f} per rewrite)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
