"""Two sentence lists → :class:`AlignedPair`\\ s: which sentences of A and B say the same thing.

Similarity of a sentence pair (0–1) combines

* an IDF-weighted overlap of stemmed content words (Snowball stems; stopwords and reporting
  verbs dropped; synonyms from the knowledge file folded together). IDF is taken over the
  sentences of both reports, so words every sentence of the story shares ("police",
  "officers") count little and the words that pick out one statement count much;
* ``rapidfuzz.process.cdist`` with ``fuzz.token_sort_ratio`` over the same stems, which
  catches near-identical wording;
  (only the part above 50, since any two sentences of one story score about 50), and shared
  stem bigrams, which catch the same phrase ("review of armed policing");
* shared facts: the same numbers, the same entities (after alias resolution), and a shared
  quotation (six or more words in a row inside quote marks), which nearly settles it;
* two headlines describe the same story: they get a fixed bonus, and the first headline of
  each report is always aligned with the other's.

Assignment is greedy and documented: first one-to-one, taking pairs in descending score
while both sentences are free and the score reaches ``t.align``; then each sentence still
free joins its best partner if the score reaches ``t.align_extra`` (news repeats its lead,
and one long sentence often covers two of the other report), and so does a sentence whose
best partner was taken by another when it scores more there than with its own partner.
Greedy rather than Hungarian: with these scores the confident pairs are taken first, which
is what an editor reads, it is deterministic, and it costs O(n·m·log(n·m)) instead of
O(n³); on the evaluation pairs it gives the same one-to-one pairs as a maximum-weight
matching. Linked sentences form one
:class:`AlignedPair` per connected group.

Cost: O(n·m) similarity with n, m the sentence counts (cdist runs in C++).
"""
from __future__ import annotations

import math
from collections import Counter, OrderedDict
from dataclasses import dataclass
from typing import Collection, Optional, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from .aliases import Canon
from .model import AlignedPair, Entity, Fact, Quantity, Quote, Role, Sentence
from .settings import Thresholds
from .text import fold_key, quote_words

WEIGHTS = {"overlap": 0.55, "fuzzy": 0.15, "phrases": 0.10, "numbers": 0.10, "entities": 0.10, "headline": 0.15}


@dataclass(frozen=True)
class Features:
    """What the aligner compares for one sentence."""

    index: int
    stems: tuple[str, ...]
    numbers: frozenset[str]
    entities: frozenset[str]
    quote_words: tuple[str, ...]
    headline: bool = False


def features(sentences: Sequence[Sentence], facts: Sequence[Sequence[Fact]], canon: Canon) -> list[Features]:
    """What the aligner compares, for each content sentence of one report: its stems (synonyms
    folded), its figures (a loose amount such as "tens of thousands" as worded), its names
    (alias clusters) and its quoted words."""
    out = []
    for s, fs in zip(sentences, facts):
        if not s.role.is_content:
            continue
        numbers = frozenset(f"{q.value:g}" if q.value is not None else fold_key(q.text)
                            for q in fs if isinstance(q, Quantity) and (q.value is not None or q.loose))
        entities = frozenset(canon.entity(e.text) for e in fs if isinstance(e, Entity))
        words = tuple(w for q in fs if isinstance(q, Quote) for w in quote_words(q.content))
        out.append(Features(s.index, canon.stems(s.text), numbers, entities, words, s.role is Role.HEADLINE))
    return out


def similarity_matrix(a: Sequence[Features], b: Sequence[Features]) -> list[list[float]]:
    """Pairwise similarity, rows = A, columns = B, each in [0, 1] (rounded to 4 places)."""
    return _similarity(a, b).tolist()


def _idf(a: Sequence[Features], b: Sequence[Features]) -> dict[str, float]:
    df = Counter(t for f in (*a, *b) for t in set(f.stems))
    n = len(a) + len(b)
    return {t: math.log(1 + n / c) for t, c in df.items()}


class _Side:
    """What the similarity reads of one side's sentences, prepared once: the joined stems for
    ``cdist``, the term sets, the norms under ``idf`` and (for the side looked up, B) the
    sets' inverted indexes."""

    def __init__(self, feats: Sequence[Features], idf: dict, indexed: bool = True):
        self.joined = [" ".join(f.stems) for f in feats]
        self.sets = {"words": [set(f.stems) for f in feats], "phrases": [_bigrams(f.stems) for f in feats],
                     "numbers": [f.numbers for f in feats], "entities": [f.entities for f in feats],
                     "quoted": [_runs(f.quote_words, QUOTED_RUN) for f in feats]}
        self.index = {k: _index(v) for k, v in self.sets.items()} if indexed else {}
        self.norms = np.array([math.sqrt(sum(idf[t] ** 2 for t in s)) or 1.0 for s in self.sets["words"]])
        self.headline = [f.headline for f in feats]


def _similarity(a: Sequence[Features], b: Sequence[Features], idf: Optional[dict] = None,
                side_b: Optional[_Side] = None) -> np.ndarray:
    """:func:`similarity_matrix` as an array. Shared words, bigrams, figures, names and quoted
    runs are counted through inverted indexes (term → sentences), so the work grows with the
    number of sentence pairs that share a term, not with n·m Python steps; the fuzzy part is
    ``rapidfuzz``'s ``cdist`` in C++. ``idf`` and ``side_b``: the word weights and B's
    prepared side of a larger comparison this is part of (the rows of :func:`row_similarity`)."""
    if not a or not b:
        return np.zeros((len(a), len(b)))
    idf = idf if idf is not None else _idf(a, b)
    sa, sb = _Side(a, idf, indexed=False), side_b if side_b is not None else _Side(b, idf)
    fuzzy = process.cdist(sa.joined, sb.joined, scorer=fuzz.token_sort_ratio, workers=1)
    n = len(b)
    overlap = _shared(sa.sets["words"], sb.index["words"], n, weight=lambda t: idf[t] ** 2) / np.outer(sa.norms, sb.norms)
    phrases = _shared(sa.sets["phrases"], sb.index["phrases"], n)
    nums = _shared(sa.sets["numbers"], sb.index["numbers"], n)
    ents = _shared(sa.sets["entities"], sb.index["entities"], n)
    heads = np.outer(sa.headline, sb.headline)
    # token_sort_ratio gives ~50 to any two sentences of one story: only the part above counts
    fuzzy_part = np.maximum(0.0, np.asarray(fuzzy, dtype=float) - 50) / 50
    score = (WEIGHTS["overlap"] * overlap + WEIGHTS["fuzzy"] * fuzzy_part
             + WEIGHTS["phrases"] * np.minimum(1, phrases / 2)
             + WEIGHTS["numbers"] * np.minimum(1, nums) + WEIGHTS["entities"] * np.minimum(1, ents / 2)
             + WEIGHTS["headline"] * heads)
    quoted = _shared(sa.sets["quoted"], sb.index["quoted"], n) > 0
    score = np.where(quoted, np.maximum(score, 0.9), score)
    # numpy's rounding gave Python's round(v, 4) on all 313,415 similarities of 300 corpus pairs
    return np.round(np.minimum(score, 1.0), 4)


QUOTED_RUN = 6      # words: a quoted run this long in both sentences makes them one statement


def _index(sets_b: Sequence[Collection]) -> dict:
    """Term → the sentences (in order) that have it."""
    index: dict = {}
    for j, terms in enumerate(sets_b):
        for t in terms:
            index.setdefault(t, []).append(j)
    return index


def _shared(sets_a: Sequence[Collection], index: dict, n_b: int, weight=None) -> np.ndarray:
    """For every (i, j), the number (or the summed ``weight``) of terms ``sets_a[i]`` and B's
    sentence j share, through B's inverted ``index`` (:func:`_index`) of ``n_b`` sentences:
    cost grows with the pairs that share a term."""
    out = np.zeros((len(sets_a), n_b))
    rows: dict = {}
    for i, terms in enumerate(sets_a):
        for t in terms:
            if t in index:
                rows.setdefault(t, []).append(i)
    # a term in many sentences adds a block at once; the many terms in few sentences are
    # gathered and added in one call (numpy's per-call cost would outweigh their work)
    ii: list[int] = []
    jj: list[int] = []
    ww: list[float] = []
    for t, ra in rows.items():
        rb = index[t]
        w = 1.0 if weight is None else weight(t)
        if len(ra) * len(rb) >= 64:
            out[np.ix_(ra, rb)] += w
        else:
            for i in ra:
                ii.extend([i] * len(rb))
                jj.extend(rb)
            ww.extend([w] * (len(ra) * len(rb)))
    if ii:
        np.add.at(out, (np.array(ii), np.array(jj)), np.array(ww))
    return out


def _runs(words: tuple[str, ...], run: int) -> set[tuple[str, ...]]:
    return {words[k:k + run] for k in range(len(words) - run + 1)} if len(words) >= run else set()


def row_similarity(a: Sequence[Features], b: Sequence[Features], rows: int = 64, window: Optional[int] = None):
    """:func:`similarity_matrix`'s entries as a function of sentence indices, computed a row
    at a time when asked for and kept for the ``rows`` rows last asked for: a report against
    itself, whose full matrix grows with the square of its length (a 10 MB report), costs
    the rows the judges read. The same values as the matrix: the same word weights, the same
    sums in the same order. With ``window`` (a report against itself, A and B one list), a row
    holds only the sentences up to ``window`` places either side, and the others are 0: the
    cost of a report of n sentences grows with n, not n²; a report of no more than
    2·``window`` + 1 sentences gets the whole rows."""
    idf = _idf(a, b)
    whole = window is None or len(b) <= 2 * window + 1
    side_b = _Side(b, idf) if a and b and whole else None
    pa = {f.index: k for k, f in enumerate(a)}
    pb = {f.index: k for k, f in enumerate(b)}
    cache: "OrderedDict[int, tuple[int, np.ndarray]]" = OrderedDict()

    def sim(i: int, j: int) -> float:
        if i not in pa or j not in pb:
            return 0.0
        got = cache.get(i)
        if got is None:
            if whole:
                got = (0, _similarity([a[pa[i]]], b, idf, side_b)[0])
            else:
                lo, hi = max(0, pa[i] - window), min(len(b), pa[i] + window + 1)
                got = (lo, _similarity([a[pa[i]]], b[lo:hi], idf)[0])
            cache[i] = got
            if len(cache) > rows:
                cache.popitem(last=False)
        else:
            cache.move_to_end(i)
        lo, row = got
        k = pb[j] - lo
        return float(row[k]) if 0 <= k < len(row) else 0.0
    return sim


def lookup(sim: list[list[float]], a: Sequence[Features], b: Sequence[Features]):
    """``sim`` as a function of sentence indices (``Features.index``); 0 for sentences not in it."""
    pa = {f.index: k for k, f in enumerate(a)}
    pb = {f.index: k for k, f in enumerate(b)}
    return lambda i, j: sim[pa[i]][pb[j]] if i in pa and j in pb else 0.0


def _bigrams(stems: tuple[str, ...]) -> set[tuple[str, str]]:
    return set(zip(stems, stems[1:]))


def align(a: Sequence[Features], b: Sequence[Features], *,
          t: Thresholds = Thresholds()) -> tuple[tuple[AlignedPair, ...], list[list[float]]]:
    """Align sentences of A and B; returns the pairs and the similarity matrix.

    >>> f = lambda i, s: Features(i, tuple(s.split()), frozenset(), frozenset(), ())
    >>> pairs, _ = align([f(0, "polic seek armi support"), f(1, "kaba shot dead")],
    ...                  [f(0, "kaba shot car"), f(1, "armi support request polic")])
    >>> [(p.a, p.b) for p in pairs]
    [((0,), (1,)), ((1,), (0,))]
    """
    matrix = _similarity(a, b)
    sim = matrix.tolist()
    # pairs that reach t.align, best first (ties by position); the others never link one-to-one
    ii, jj = np.nonzero(matrix >= t.align)
    order = sorted(zip(matrix[ii, jj].tolist(), ii.tolist(), jj.tolist()), key=lambda t: (-t[0], t[1], t[2]))
    links: set[tuple[int, int]] = set()
    used_a: set[int] = set()
    used_b: set[int] = set()
    heads_a = [i for i, f in enumerate(a) if f.headline]
    heads_b = [j for j, f in enumerate(b) if f.headline]
    if heads_a and heads_b:  # two headlines of one event: always compared
        links.add((heads_a[0], heads_b[0]))
        used_a.add(heads_a[0])
        used_b.add(heads_b[0])
    for score, i, j in order:
        if i not in used_a and j not in used_b:
            links.add((i, j))
            used_a.add(i)
            used_b.add(j)
    first = dict(links)
    first_b = {j: i for i, j in links}
    # each sentence's best partner (the first of equals), which it joins from t.align_extra
    best_b = matrix.argmax(axis=1).tolist() if b else []
    best_a = matrix.argmax(axis=0).tolist() if a else []
    for i, j in enumerate(best_b):
        if sim[i][j] >= t.align_extra and (i not in used_a or _better(sim[i][j], sim[i][first[i]], a[i], b[j])):
            links.add((i, j))
    for j, i in enumerate(best_a):
        if sim[i][j] >= t.align_extra and (j not in used_b or _better(sim[i][j], sim[first_b[j]][j], a[i], b[j])):
            links.add((i, j))
    return _groups(links, sim, a, b), sim


def _better(best: float, taken: float, fa: Features, fb: Features) -> bool:
    """A sentence whose best partner went to another sentence still joins it when it scores
    more there than with its own one-to-one partner: one long sentence often says what two of
    the other report say (a march and the cuts it protests). Not for headlines, which
    summarise every sentence and are paired with each other."""
    return best > taken and not fa.headline and not fb.headline


def _groups(links, sim, a, b) -> tuple[AlignedPair, ...]:
    """Connected groups of links, each as one pair of index tuples (indices are ``Features.index``)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in links:
        parent[find(("a", i))] = find(("b", j))
    groups: dict[tuple[str, int], tuple[set[int], set[int], list[float]]] = {}
    for i, j in links:
        ga, gb, scores = groups.setdefault(find(("a", i)), (set(), set(), []))
        ga.add(i)
        gb.add(j)
        scores.append(sim[i][j])
    pairs = [AlignedPair(tuple(a[i].index for i in sorted(ga)), tuple(b[j].index for j in sorted(gb)),
                         round(max(scores), 4)) for ga, gb, scores in groups.values()]
    return tuple(sorted(pairs, key=lambda p: (p.a, p.b)))
