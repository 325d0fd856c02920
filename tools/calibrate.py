#!/usr/bin/env python3
"""How often editors accept what the tool reports, by kind, by confidence and by the rules that
lowered a finding's confidence, measured on the labelled reads in ``eval/reads/``.

    python tools/calibrate.py [--reads eval/reads] [--corpus ../shared/corpus/ecbplus] [--min 0.3]
                              [--list false|debatable|ok [--kind KIND]]

Each read is a list of discrepancies an editor judged ``ok`` / ``debatable`` / ``false``. The
current code is run on every pair the reads cover; a discrepancy it reports now (at ``--min``
or above) takes the label of the read item with the same pair, kind and spans, when there is
one ("new" otherwise). It prints:

* per kind and confidence band: ok / debatable / false / new and the strict precision
  (ok over labelled) — is a higher confidence surer, and which kinds are weak;
* per rule that lowers a confidence (``factcheck.settings.FACTORS``): the labelled findings it
  lowered, their precision, the precision of the findings of those kinds it did not lower, and
  their ratio, which is what the rule's factor should be near (a factor is a judgement, not a
  fit: a ratio from a handful of items is noise).

The reads were made on earlier code; findings they judged that the code no longer reports do
not count. A developer's tool: it reads the labels, never changes them. ``--list LABEL`` prints instead the findings reported now at
the default confidence that carry that label, with the editor's reason: what to read when a
kind is weak.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.model import Verdict  # noqa: E402
from factcheck.pipeline import Options  # noqa: E402
from factcheck.settings import FACTORS, Thresholds  # noqa: E402

BANDS = ((0.7, "≥ 0.70"), (0.55, "0.55–0.70"), (0.0, "< 0.55"))
LABELS = ("ok", "debatable", "false", "new")


def load_reads(folder: Path, reasons: dict | None = None) -> dict[tuple, str]:
    """(pair, kind, a_span, b_span) → judgement, from every ``prec_*`` read of ``folder``
    (and the editor's reason into ``reasons``, when given)."""
    labels = {}
    for blind in sorted(folder.glob("prec_*_blind.json")):
        judged = folder / blind.name.replace("_blind", "_judged")
        if not judged.exists():         # a read still being judged
            continue
        judgements = {j["id"]: j for j in json.loads(judged.read_text(encoding="utf-8"))}
        for item in json.loads(blind.read_text(encoding="utf-8")):
            if item["id"] in judgements:
                key = (item["pair"], item["kind"], item["a_span"], item["b_span"])
                labels[key] = judgements[item["id"]]["judgement"]
                if reasons is not None:
                    reasons[key] = judgements[item["id"]].get("why", "")
    return labels


def replay(labels: dict, corpus: Path, least: float) -> list[dict]:
    """The discrepancies the current code reports on the reads' pairs, labelled where possible."""
    options = Options(thresholds=Thresholds(min_confidence=least))
    by_pair: dict[tuple, list] = defaultdict(list)
    for key in labels:
        by_pair[key[:2]].append(key)

    def labelled(key: tuple) -> tuple:
        """The read's key for a finding: the same spans, or spans the finding now shows
        widened ("288" read, "288 candidates" shown)."""
        if key in labels:
            return key
        pair, kind, sa, sb = key
        return next((k for k in by_pair[(pair, kind)] if k[2] in sa and k[3] in sb), key)

    rows = []
    for pair in sorted({k[0] for k in labels}):
        a, b = pair.split()
        report = factcheck.compare(str(corpus / a), str(corpus / b), options=options)
        seen = set()
        for f in report.findings:
            key = labelled((pair, f.kind, f.a.text, f.b.text))
            if f.verdict.rank < Verdict.DIFFERS.rank or key in seen:
                continue
            seen.add(key)
            rows.append({"kind": f.kind, "confidence": f.confidence, "lowered": f.lowered,
                         "label": labels.get(key, "new"), "key": key, "message": f.message})
    return rows


def band(confidence: float) -> str:
    return next(name for least, name in BANDS if confidence >= least)


def precision(c: Counter) -> str:
    judged = c["ok"] + c["debatable"] + c["false"]
    return f"{c['ok'] / judged:.0%}" if judged else "–"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reads", default=str(ROOT / "eval" / "reads"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "ecbplus"))
    ap.add_argument("--min", type=float, default=0.3, help="lowest confidence replayed (default 0.3)")
    ap.add_argument("--list", choices=LABELS, help="list the findings at the default confidence with this label")
    ap.add_argument("--kind", help="with --list: only findings of this kind")
    args = ap.parse_args()
    reasons: dict = {}
    labels = load_reads(Path(args.reads), reasons)
    rows = replay(labels, Path(args.corpus), args.min)
    if args.list:
        for r in rows:
            if r["label"] == args.list and r["confidence"] >= Thresholds().min_confidence and \
                    args.kind in (None, r["kind"]):
                print(f"{r['kind']} {r['confidence']:.2f} {r['key'][0]}\n   {r['message']}\n   editor: "
                      f"{reasons.get(r['key'], '')}")
        return 0
    print(f"{len(labels)} labelled read items; {len(rows)} discrepancies now at ≥ {args.min}, "
          f"{sum(r['label'] != 'new' for r in rows)} of them labelled\n")
    print(f"{'kind':<12} {'band':<10} " + " ".join(f"{x:>9}" for x in LABELS) + "  precision")
    by_kind: dict[tuple, Counter] = defaultdict(Counter)
    for r in rows:
        by_kind[(r["kind"], band(r["confidence"]))][r["label"]] += 1
        by_kind[("all", band(r["confidence"]))][r["label"]] += 1
    for kind in sorted({k for k, _ in by_kind}, key=lambda k: (k == "all", k)):
        for _, name in BANDS:
            c = by_kind.get((kind, name))
            if c:
                print(f"{kind:<12} {name:<10} " + " ".join(f"{c[x]:>9}" for x in LABELS) + f"  {precision(c):>9}")
    print(f"\n{'rule (factor)':<34} {'lowered':>8} {'precision':>10} {'others':>8} {'ratio':>6}")
    for rule, factor in FACTORS.items():
        hit = Counter(r["label"] for r in rows if rule in r["lowered"])
        kinds = {r["kind"] for r in rows if rule in r["lowered"]}
        rest = Counter(r["label"] for r in rows if r["kind"] in kinds and rule not in r["lowered"])
        n = hit["ok"] + hit["debatable"] + hit["false"]
        judged_rest = rest["ok"] + rest["debatable"] + rest["false"]
        ratio = (hit["ok"] / n) / (rest["ok"] / judged_rest) if n and judged_rest and rest["ok"] else None
        print(f"{rule + f' ({factor:g})':<34} {n:>8} {precision(hit):>10} {precision(rest):>8} "
              f"{'–' if ratio is None else f'{ratio:.2f}':>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
