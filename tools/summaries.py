#!/usr/bin/env python3
"""The summary set (``eval/summaries/``): abstractive summaries of corpus articles with one
labelled error in about half their sentences, scored with ``factcheck check``.

    python tools/summaries.py [--shared ../shared] [--verbose] [--set eval/summaries]

Each ``NN.summary.txt`` summarizes the article its ``NN.json`` names; every sentence carries a
label: ``ok`` (the article states all of it), or the one error it holds (``number``, ``name``,
``date``, ``place``, ``invented``: a detail the article never states). A sentence is *flagged*
when ``factcheck check`` calls it contradicted or not in the sources. Prints the flagged share
per label, the false alarms on ``ok`` sentences, and the balanced accuracy over sentences
(the mean of the error recall and the share of ``ok`` sentences left alone), the figure model-
summary benchmarks report. See ``eval/summaries/README.md`` for how the set was written.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check_articles  # noqa: E402
from factcheck.load import load_article  # noqa: E402
from factcheck.model import Article, Support  # noqa: E402

SET = ROOT / "eval" / "summaries"
FLAGGED = (Support.CONTRADICTED, Support.UNSUPPORTED)


def score(shared: Path, verbose: bool = False, folder: Path = SET) -> tuple[Counter, Counter]:
    """(flagged, total) per label over the set in ``folder``."""
    flagged, total = Counter(), Counter()
    for answers in sorted(folder.glob("*.json")):
        d = json.loads(answers.read_text(encoding="utf-8"))
        text = answers.with_name(answers.name.replace(".json", ".summary.txt")).read_text(encoding="utf-8")
        result = check_articles(Article("summary.txt", text), [load_article(str(shared / d["article"]))])
        sentences = {s.index: s.text for s in result.report.sentences}
        for item in d["sentences"]:
            needle = item["text"].strip()[:40].lower()
            st = next((s for s in result.statements if needle in sentences[s.sentence].lower()), None)
            if st is None:      # a labelled sentence the tool does not read as a statement: say so
                print(f"{answers.name}: no statement for {item['text'][:60]!r}", file=sys.stderr)
            flag = st is not None and st.verdict in FLAGGED
            total[item["label"]] += 1
            flagged[item["label"]] += flag
            if verbose and flag != (item["label"] != "ok"):
                print(f"{answers.name} {item['label']} {'FLAGGED' if flag else 'missed'}: {item['text'][:90]} "
                      f"({st.reason[:80] if st else 'no statement'})")
    return flagged, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--set", default=str(SET), help="a folder of NN.summary.txt and NN.json")
    args = ap.parse_args()
    flagged, total = score(Path(args.shared), args.verbose, Path(args.set))
    for label in sorted(total):
        print(f"{label:9} {flagged[label]:3d}/{total[label]}")
    errors = sum(flagged[k] for k in total if k != "ok")
    n = sum(total[k] for k in total if k != "ok")
    if not n or not total["ok"]:
        print("the set needs sentences with errors and ok sentences both", file=sys.stderr)
        return 2
    print(f"errors flagged {errors}/{n}; ok sentences flagged {flagged['ok']}/{total['ok']}; "
          f"balanced accuracy {(errors / n + 1 - flagged['ok'] / total['ok']) / 2:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
