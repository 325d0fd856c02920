"""What span a sentence's figures are totalled over: the season, the player's career, the
last five games, "since Week 11" (:func:`scopes`).

Two figures whose sentences name different spans ("Since Week 11, Thomas has 498 rushing yards"
/ "He has 548 rushing yards … this season") total different things, and differ without
contradicting each other. Spans are read from the words of ``data/numbers.toml`` ``[scopes]``;
a sentence naming none says nothing, so only two named spans can be told apart.
Linear in the sentence's length; remembered per report.
"""
from __future__ import annotations

import re

from ..facts.numbers.lexicon import CARDINALS, PERIOD_NOUNS
from ..lexicon import MONTHS, WEEKDAYS, data
from ..text import alternation
from .doc import Doc

_WORDS = data("numbers")["scopes"]
# (not "career-high", "career-best": one game's figure)
_NAMED = [(name, re.compile(r"\b(?:" + alternation(_WORDS[name]) + r")\b(?![-–])", re.I))
          for name in ("current", "previous", "career", "postseason")]
_PERIODS = alternation(PERIOD_NOUNS)
_NUMBER = r"(?:\d+|" + alternation(CARDINALS) + r")"
_DATED = alternation([*MONTHS, *WEEKDAYS])
# "in his last five games", "over the past two seasons", "the first three weeks"
_PARTIAL = re.compile(r"\b(" + alternation(_WORDS["partial_before"]) + r")\s+(" + _NUMBER + r")\s+(" + _PERIODS + r")\b",
                      re.I)
# "since Week 11", "since the trade", "since 2005"; not "since he was hurt"
_SINCE = re.compile(r"\bsince\s+(?!(?:" + alternation(_WORDS["since_not"]) + r"|" + _DATED + r")\b|\d{4}\b)"
                    r"((?:the\s+)?[\w\-]+(?:\s+\d+)?)", re.I)


def scopes(doc: Doc, i: int) -> frozenset[str]:
    """The spans sentence ``i`` names, each a key ("current", "career", "last 5 games", "since week 11")."""
    memo = doc._memo.setdefault("scopes", {})
    if i not in memo:
        memo[i] = _scopes(doc.sentences[i].text)
    return memo[i]


def _scopes(text: str) -> frozenset[str]:
    found = {name for name, pattern in _NAMED if pattern.search(text)}
    found |= {f"{m.group(1).lower()} {CARDINALS.get(m.group(2).lower(), m.group(2))} {m.group(3).lower().rstrip('s')}"
              for m in _PARTIAL.finditer(text)}
    found |= {"since " + " ".join(m.group(1).lower().split()) for m in _SINCE.finditer(text)}
    return frozenset(found)


def scopes_apart(doc_a: Doc, i: int, doc_b: Doc, j: int) -> bool:
    """Do both sentences name the span their figures total over, and no span in common?"""
    sa, sb = scopes(doc_a, i), scopes(doc_b, j)
    return bool(sa and sb and not sa & sb)
