"""tools/rule_costs.py: a skip counts against a gold item as the scorer counts a finding, by its
spans or sentences, its kind and (for a finding held back) its verdict."""
from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parent.parent / "tools" / "rule_costs.py"
spec = importlib.util.spec_from_file_location("rule_costs", TOOL)
rule_costs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rule_costs)

DATA = {"sources": [{"id": "A", "sentences": [{"index": 0, "text": "Three undersea cables were cut, France Telecom said."}]},
                    {"id": "B", "sentences": [{"index": 0, "text": "Two undersea cables were cut, Interoute said."}]}],
        "findings": []}
SKIP = {"rule": "number.not-tied", "kind": "number", "detail": "three cable / two cable",
        "a": {"source": "A", "sentence": 0, "text": "Three"}, "b": {"source": "B", "sentence": 0, "text": "Two"}}


def test_a_skip_covers_an_item_of_its_kind_in_its_sentences():
    rep = rule_costs.SCORE.Report(DATA)
    assert rule_costs.skip_matches(rep, SKIP, "Three undersea cables", "Two undersea cables", False, None, ["number"])


def test_a_skip_of_another_kind_does_not_block_the_item():
    # the number rule held back in the pair is not what keeps the attribution item out
    rep = rule_costs.SCORE.Report(DATA)
    assert not rule_costs.skip_matches(rep, SKIP, "France Telecom", "Interoute", False, None, ["attribution"])


def test_a_held_finding_counts_only_with_a_verdict_the_item_accepts():
    rep = rule_costs.SCORE.Report(DATA)
    held = dict(SKIP, rule="below-min-confidence", detail="conflict at confidence 0.46 (< 0.55): …")
    assert rule_costs.skip_matches(rep, held, "Three", "Two", False, ["differs", "conflict"], ["number"])
    assert not rule_costs.skip_matches(rep, held, "Three", "Two", False, ["agree"], ["number"])
