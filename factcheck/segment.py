"""Blocks → :class:`Sentence`\\ s with character offsets, using nltk's Punkt with no data download.

Punkt is normally loaded from a trained model in ``nltk_data``, which users do not have. Here
its parameters are built in code: the abbreviations common in news of ``data/words.toml``
(titles, military ranks, months, US states, a.m./p.m. …) and two initials such as "A.J.", so
that "Lt. Gerry Scherlinck", "Sept. 25" or "A.J. Smith" do not end a sentence. Cost: linear in
the text; the tokenizer is built once per process.
"""
from __future__ import annotations

import re
from functools import lru_cache
from string import ascii_lowercase

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .lexicon import ARTICLES, NEWS_ABBREVIATIONS
from .model import Article, Block, Role, Sentence  # noqa: F401 (Role: used by the doctest)


# two initials of a first name ("A.J. Smith", "J.R. Ewing"): Punkt reads one capital and a
# stop as an initial, but not two
PAIRED_INITIALS = frozenset(f"{a}.{b}" for a in ascii_lowercase for b in ascii_lowercase)


# Punkt ends a sentence at every "!" and "?"; a quoted cry or question that the sentence goes
# on after ("No, no, no!" and tried to stop him; "Why?" she asked) is one sentence, which keeps
# a quote with its speaker: a closing quote after the mark, then a lower-case word. (Without
# the quote, "Is it over? eBay said no." is two sentences.)
_CRY_END = re.compile(r"[!?][\"'\u201d\u2019]+\s*$")
_GOES_ON = re.compile(r"[a-z]")


def _joined(chunk: str, spans) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _GOES_ON.match(chunk, s) and _CRY_END.search(chunk, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    # (an article never ends a sentence: "pointed a. 38-caliber revolver" is a stray stop in text
    # copied from a tokenized corpus, not "pointed a." and "38-caliber revolver …")
    params.abbrev_types = set(NEWS_ABBREVIATIONS | PAIRED_INITIALS | ARTICLES)
    return PunktSentenceTokenizer(params)


def segment(article: Article, blocks: tuple[Block, ...]) -> tuple[Sentence, ...]:
    """Split every block into sentences, numbered through the whole article.

    >>> art = Article("x", "Lt. Gerry Scherlinck said it. Police left at 10 a.m. Monday.")
    >>> [s.text for s in segment(art, (Block(0, 0, len(art.text), Role.BODY),))]
    ['Lt. Gerry Scherlinck said it.', 'Police left at 10 a.m. Monday.']
    >>> art = Article("x", '"Why would anyone care?" she asked. He left.')
    >>> [s.text for s in segment(art, (Block(0, 0, len(art.text), Role.BODY),))]
    ['"Why would anyone care?" she asked.', 'He left.']
    """
    tok = _tokenizer()
    out: list[Sentence] = []
    for block in blocks:
        chunk = article.text[block.start:block.end]
        for s, e in _joined(chunk, tok.span_tokenize(chunk)):
            start, end = block.start + s, block.start + e
            out.append(Sentence(len(out), article.text[start:end], start, end, block.index, block.role))
    return tuple(out)
