#!/usr/bin/env python3
"""Check a hand-written gold file: every a/b string must occur in its article (after the scorer's
folding), ids unique, verdicts and kinds from the allowed sets.  check_gold.py FILE [FILE ...]"""
import json, sys, unicodedata
import os
ROOT = os.environ.get("FACTCHECK_SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared"))
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})
def norm(t): return " ".join(unicodedata.normalize("NFKC", t or "").translate(FOLD).lower().split())
KINDS = {"number", "date", "entity", "quote", "attribution", "negation"}
VERDICTS = {"agree", "compatible", "differs", "conflict"}
bad = 0
for path in sys.argv[1:]:
    g = json.load(open(path))
    ta, tb = (norm(open(f"{ROOT}/{g[k]}", encoding="utf-8").read()) for k in ("a", "b"))
    ids = set()
    def err(msg):
        global bad; bad += 1; print(f"{path}: {msg}")
    for group in ("expected", "must_not"):
        for e in g.get(group, []):
            if e.get("id") in ids: err(f"duplicate id {e.get('id')}")
            ids.add(e.get("id"))
            for side in ("a", "b"):
                if norm(e[side]) not in ta and norm(e[side]) not in tb: err(f"{group} {e.get('id')}: {side} string in neither article: {e[side]!r}")
            if not set(e["verdict"]) <= VERDICTS: err(f"{e.get('id')}: bad verdict {e['verdict']}")
            if group == "expected" and not set(e.get("kind", [])) <= KINDS: err(f"{e.get('id')}: bad kind {e.get('kind')}")
    for e in g.get("aligned", []):
        if norm(e["a"]) not in ta or norm(e["b"]) not in tb: err(f"aligned: string not found: {e}")
    for e in g.get("unique", []):
        if norm(e["text"]) not in (ta if e["side"] == "a" else tb): err(f"unique {e.get('id')}: not found")
print("ok" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
