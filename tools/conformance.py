"""Score ``factcheck.facts.numbers`` against the Recognizers-Text English number specs.

Usage: ``python3 tools/conformance.py [-v]`` (``-v`` lists every failing case).

Reads ``tests/conformance/*.jsonl`` (MIT, Microsoft; see the README there) and prints, per
file, cases passed / total and the accuracy. The parser runs with ``tolerance=0.0`` so that
"about 20~100" keeps its stated bounds, as the specs expect.

How a case counts as passed (the same rule for every file):

* Only our quantities that the spec's model would report are compared:
  NumberModel — every quantity that is not an ordinal, except measurements whose unit is
  glued to the digits ("180ml", "29km", "1m": the spec leaves those to Recognizers'
  DimensionModel and expects no number); money, percentages, ratios, counts are kept;
  PercentModel — quantities whose unit is "%";
  OrdinalModel — quantities with ``ordinal=True``;
  NumberRangeModel* — quantities that are intervals (a range, a bound, or "equal to").
* Each expected result must be matched by one of ours whose span overlaps the expected span
  (ours may also hold the currency sign, the unit or the qualifier) and whose value is equal
  (relative error 1e-9): ``value`` for numbers, ``low``/``high`` for a range split into
  numbers by NumberModel; for range files ``low``, ``high`` and, on finite sides, the
  inclusivity flags.
* None of ours may be left without an expected result it overlaps (no extra extractions).

Cost: linear in the total size of the spec files.
"""
from __future__ import annotations

import json
import re
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.facts.numbers import extract_quantities, to_base  # noqa: E402

SPEC_DIR = ROOT / "tests" / "conformance"
FILES = ["NumberModel", "NumberRangeModelExperimentalMode", "PercentModel", "OrdinalModel",
         "NumberRangeModel"]
_MEASURE = {"length", "area", "speed", "weight", "volume", "duration", "temperature"}
_EQUAL_WORDS = ("equal", "equals", "=", "exactly")


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


def _is_range(q) -> bool:
    if q.value is None:
        return True
    if not (_close(q.low, q.value) and _close(q.high, q.value)):
        return True
    if not (q.low_inclusive and q.high_inclusive):
        return True
    return bool(q.qualifier and any(w.startswith(_EQUAL_WORDS)
                                    for w in q.qualifier.lower().split()))


def _considered(model: str, q) -> bool:
    if model == "NumberModel":
        if q.ordinal:
            return False
        glued = re.search(r"\d[^\W\d_]", q.text) is not None
        return not (glued and to_base(q)[0] in _MEASURE)
    if model == "PercentModel":
        return q.unit == "%"
    if model == "OrdinalModel":
        return q.ordinal
    return _is_range(q) and (not q.ordinal or q.value is None)


def _overlap(q, span) -> bool:
    return max(q.start, span[0]) < min(q.end, span[1])


def _matches(model: str, q, exp) -> bool:
    if not _overlap(q, exp["span"]):
        return False
    if model.startswith("NumberRange"):
        lo, hi, lo_inc, hi_inc = exp["interval"]
        if not (_close(q.low, lo) and _close(q.high, hi)):
            return False
        if lo is not None and q.low_inclusive != lo_inc:
            return False
        if hi is not None and q.high_inclusive != hi_inc:
            return False
        return True
    v = exp["value"]
    if v is None:
        return q.value is None
    if q.value is None:
        return _close(q.low, v) or _close(q.high, v)
    return _close(q.value, v)


def evaluate_case(model: str, case: dict) -> tuple[bool, list]:
    """(passed, our considered quantities) for one spec case."""
    ours = [q for q in extract_quantities(case["input"], tolerance=0.0)
            if _considered(model, q)]
    expected = case["expected"]
    for exp in expected:
        if not any(_matches(model, q, exp) for q in ours):
            return False, ours
    for q in ours:
        if not any(_overlap(q, exp["span"]) for exp in expected):
            return False, ours
    return True, ours


def load(model: str) -> list[dict]:
    path = SPEC_DIR / f"{model}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def run(verbose: bool = False) -> dict[str, tuple[int, int, list[str]]]:
    """Per model: (passed, total, failing source ids)."""
    results = {}
    for model in FILES:
        cases = load(model)
        failed = []
        for case in cases:
            ok, ours = evaluate_case(model, case)
            if not ok:
                failed.append(case["source"])
                if verbose:
                    exp = [(e["text"], e["value"] if e["interval"] is None else e["raw_value"])
                           for e in case["expected"]]
                    got = [(q.text, q.value if q.value is not None else
                            (q.low, q.high, q.low_inclusive, q.high_inclusive))
                           for q in ours]
                    print(f"  FAIL {case['source']}: {case['input']!r}\n"
                          f"       expected {exp}\n       got      {got}")
        results[model] = (len(cases) - len(failed), len(cases), failed)
    return results


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    results = run(verbose)
    print(f"{'spec file':<42} {'passed':>7} {'total':>6} {'accuracy':>9}")
    for model, (passed, total, _) in results.items():
        print(f"{model + '.jsonl':<42} {passed:>7} {total:>6} {passed / total:>9.1%}")


if __name__ == "__main__":
    main()
