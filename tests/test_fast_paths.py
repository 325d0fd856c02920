"""The fast paths give what the plain loops they replace give: alias clustering by blocking
keys, name variants by candidates, the words next to a fact read from a window, spans found by
bisection, and the aligner's vectorised similarity (issue 11: speed without a changed byte)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.aliases import Aliases, Canon, Knowledge
from factcheck.judge.claims import _Spans
from factcheck.judge.entities import _variant_candidates, _acronyms, name_variant
from factcheck.load import load_article
from factcheck.pipeline import analyse
from factcheck.model import Entity
from factcheck.settings import Thresholds
from factcheck.text import NEAR_CHARS, content_stems, fold_key, stems_after, stems_before

ARTICLES = sorted((Path(__file__).parent / "gold" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def names() -> list[str]:
    """Every entity name of the gold articles and the seeds: real names, many alike."""
    out = []
    for path in ARTICLES + sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")):
        an = analyse(load_article(str(path)))
        out += [f.text for fs in an.facts for f in fs if isinstance(f, Entity)]
    return out


def test_alias_clusters_by_blocking_keys_equal_the_all_pairs_loop(names):
    aliases = Aliases(names, Knowledge.load(None))
    fast = Canon(names, aliases)
    ids: dict[str, str] = {}
    for n in sorted(set(names), key=lambda n: (-len(n), n)):
        ids[n] = next((ids[m] for m in ids if aliases.same(n, m)), fold_key(n))
    assert {n: fast.entity(n) for n in ids} == ids
    assert len(set(ids.values())) < len(ids)        # the names do cluster: the test is not empty


def test_name_variant_candidates_hold_every_variant(names):
    keys = sorted({fold_key(n) for n in names})
    t = Thresholds()
    candidates = _variant_candidates(keys, keys, t.variant_letters)
    every = {(p, q) for p in keys for q in keys if p != q and not _acronyms(p, q) and name_variant(p, q, t)}
    assert every and every <= {(p, q) for p, qs in candidates.items() for q in qs}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["the", "police", "said", "12,000", "-", "officers", "Braverman's", "2009",
                                 "armed", "of", "x", "review", ",", "a"]), max_size=120),
       st.integers(min_value=0, max_value=8))
def test_the_words_next_to_a_fact_read_from_a_window_are_the_plain_ones(words, width):
    text = " ".join(words)
    assert len(text) < NEAR_CHARS
    keep = lambda w: not w[0].isdigit()     # noqa: E731
    assert stems_before(text, width, keep) == ([w for w in content_stems(text) if keep(w)][-width:] if width else [])
    assert stems_after(text, width, keep) == [w for w in content_stems(text) if keep(w)][:width]


def test_a_window_is_bounded_in_a_sentence_of_thousands_of_figures():
    junk = "12,345-678, 9-10 - 1,000,000 -- 42, " * 3000
    words = lambda w: not w[0].isdigit()    # noqa: E731
    assert stems_before(junk + " police armed", 2, words) == ["polic", "arm"]
    assert stems_after("officers were armed " + junk, 2, words) == ["offic", "arm"]
    assert stems_before("police " + junk, 2, words) == []     # beyond NEAR_CHARS: not read


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=12),
       st.integers(0, 220), st.integers(0, 30))
def test_spans_by_bisection_answer_as_the_plain_scan(spans, start, length):
    spans = [(a, a + n) for a, n in spans]
    end = start + length
    assert _Spans(spans)(start, end) == any(a <= start and end <= b for a, b in spans)


def test_similarity_rows_on_demand_equal_the_full_matrix():
    # a report against itself is compared a row at a time (not n² for a 10 MB report):
    # every entry must be the matrix's, to the last digit
    from factcheck import align
    from factcheck.pipeline import _facts, features
    for path in ARTICLES[:4]:
        an = analyse(load_article(str(path)))
        ents = [e.text for e in _facts(an, kind=Entity)]
        feats = features(an, Canon(ents, Aliases(ents, Knowledge.load(None))))
        full = align.lookup(align.similarity_matrix(feats, feats), feats, feats)
        rows = align.row_similarity(feats, feats, rows=3)       # a small cache: rows are recomputed
        pairs = [(f.index, g.index) for f in feats for g in feats]
        assert [rows(i, j) for i, j in pairs] == [full(i, j) for i, j in pairs]
        assert rows(-1, 0) == 0.0


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 9)), min_size=1, max_size=12),
       st.integers(0, 120), st.integers(0, 30))
@settings(max_examples=200, deadline=None)
def test_sentences_found_by_bisection_are_the_scanned_ones(gaps, pos, length):
    # quotes find their sentences by bisection in a long report; the answers are the scan's
    from factcheck.facts.quotes import _overlapping, _sentence_at
    from factcheck.model import Sentence
    sents, at = [], 0
    for k, (gap, size) in enumerate(gaps):
        at += gap
        sents.append(Sentence(k, "x" * size, at, at + size, 0))
        at += size
    starts, ends = [s.start for s in sents], [s.end for s in sents]
    assert _sentence_at(sents, pos, sents, starts, ends, True) == _sentence_at(sents, pos)
    scanned = [s for s in sents if max(pos, s.start) < min(pos + length, s.end)]
    assert list(_overlapping(sents, starts, ends, pos, pos + length)) == scanned


def test_similarity_rows_in_a_window_hold_the_near_sentences_only():
    # a long report is compared with itself within Thresholds.self_window sentences either side
    from factcheck import align
    from factcheck.pipeline import _facts, features
    an = analyse(load_article(str(ARTICLES[0])))
    ents = [e.text for e in _facts(an, kind=Entity)]
    feats = features(an, Canon(ents, Aliases(ents, Knowledge.load(None))))
    assert len(feats) > 7
    full = align.lookup(align.similarity_matrix(feats, feats), feats, feats)
    near = align.row_similarity(feats, feats, window=3)
    for k, f in enumerate(feats):
        for m, g in enumerate(feats):
            assert near(f.index, g.index) == (full(f.index, g.index) if abs(k - m) <= 3 else 0.0)
