"""Quotes: paired one to one across the reports, folded, and diffed word by word."""
from __future__ import annotations

import math
import re
from typing import Optional
from difflib import SequenceMatcher

from rapidfuzz.distance import LCSseq, Levenshtein

from ..aliases import Aliases, is_named, regional
from ..facts.numbers.lexicon import CARDINALS, ORD_TENS, ORD_UNITS, TENS
from ..model import Finding, Quote, Side, Verdict
from ..text import STOPWORDS, fold, fold_key, stem
from ..settings import Thresholds
from .doc import Doc, side
from .rules import Out, combine, lowered_all, lowered_by
from .sources import vague


def _ordinal(k: int) -> str:
    return f"{k}{'th' if 10 <= k % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"


# number words up to twenty as digits, so "two" and "2" in a quote are one word
NUMBER_WORDS = {**{w: str(v) for w, v in {**CARDINALS, **TENS}.items() if v <= 20},
                **{w: _ordinal(v) for w, v in {**ORD_UNITS, **ORD_TENS}.items() if v <= 20}}
_S_IS = frozenset("it he she that there here what who where how when why everyone nobody let".split())
NEGATORS = frozenset({"not", "no", "never", "nor", "neither", "nothing", "none", "nobody"})
CONTRACTIONS = {"n't": ["not"], "'re": ["are"], "'ve": ["have"], "'ll": ["will"], "'m": ["am"], "'d": ["would"],
                "'s": ["is"]}
IRREGULAR = {"can't": ["can", "not"], "won't": ["will", "not"], "cannot": ["can", "not"], "shan't": ["shall", "not"],
             "let's": ["let", "us"]}


class Said(str):
    """A quote's word as compared (folded, a contraction spelled out, a number word as digits),
    which remembers the word as written and its place in the quote, so that a difference is
    shown in the quote's own words ("One thing", not "1 thing"). Compares as the plain string."""

    written: str
    at: int

    def __new__(cls, value: str, written: str, at: int):
        word = super().__new__(cls, value)
        word.written, word.at = written, at
        return word


def written(words: list[Said]) -> str:
    """Words as the quote writes them: a contraction spelled out into two is shown once."""
    seen, out = set(), []
    for w in words:
        if w.at not in seen:
            seen.add(w.at)
            out.append(w.written)
    return " ".join(out)


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def spoken(text: str) -> list[Said]:
    """Quote words with contractions spelled out ("that's" → "that is", "don't" → "do not"),
    each remembering how the quote writes it."""
    out = []
    # what is left out is blanked, not removed, so that each word keeps its place in ``text``
    plain = re.sub(r"\s*[(\[][^()\[\]]{0,60}[)\]]", _blank, text)       # editorial insertions: "(Tara Reid)", "[sic]"
    plain = re.sub(r"(?<=\d):00\b", _blank, plain)                          # "6:00 p.m." / "6 p.m."
    plain = re.sub(r"(?i)\.(?:com|org|net|co\.uk)\b", _blank, plain)           # "MySpace.com" / "MySpace"
    low = fold(plain).lower()
    same_places = len(low) == len(text)          # lower() may lengthen a rare letter ("İ")
    for m in re.finditer(r"[a-z0-9]+(?:'[a-z]+)?", low):
        w = m.group()
        shown = text[m.start():m.end()] if same_places else w
        w = NUMBER_WORDS.get(w, w)
        if w.endswith("'s") and w[:-2] not in _S_IS:
            w = w[:-2]                                                 # a possessive, not "is"
        if w in IRREGULAR:
            out += [Said(part, shown, m.start()) for part in IRREGULAR[w]]
            continue
        for tail, full in CONTRACTIONS.items():
            if w.endswith(tail) and len(w) > len(tail):
                out += [Said(part, shown, m.start()) for part in (w[:-len(tail)], *full)]
                break
        else:
            out.append(Said(w, shown, m.start()))
    return out


def quote_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, *, t: Thresholds, out: Out) -> None:
    """Each quote of A with the quote of B that best shares its words.

    Two quotes are paired when they share a run of at least three words (the whole of a shorter
    quote) and half of their content words; quotes of two different named speakers only when
    nearly word for word. Contractions are spelled out and words written together or apart
    ("e-mail" / "email") count as the same.
    """
    qa = [(i, q, spoken(q.content)) for i in range(len(doc_a.sentences)) for q in doc_a.of(i, Quote)]
    qb = [(j, q, spoken(q.content)) for j in range(len(doc_b.sentences)) for q in doc_b.of(j, Quote)]
    candidates = []
    for i, x, wx in qa:
        if len(wx) < 2:
            continue
        names_x = _name_words(x.content)
        for j, y, wy in qb:
            if len(wy) < 2:
                continue
            lcs = LCSseq.similarity(wx, wy)
            if not one_remark(wx, wy, names_x | _name_words(y.content), t, lcs):
                continue
            long = max(wx, wy, key=len)
            if rival_speakers(x, y, aliases) and lcs < t.quote_rivals * len(long):
                continue
            candidates.append((lcs / len(long), lcs, i, j, x, y, wx, wy))
    found, used_a, used_b = [], set(), set()
    for share, _, i, j, x, y, wx, wy in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2], c[3])):
        if id(x) in used_a or id(y) in used_b:
            continue        # one partner each: a quote with an exact match is not also compared elsewhere
        used_a.add(id(x))
        used_b.add(id(y))
        verdict, reason = quote_verdict(wx, wy)
        # the share of words in common says how sure it is that the two quote one utterance; a
        # quote worded differently may be another remark of the same speaker, unless most of it
        # is the same
        base = 0.45 + 0.45 * share if verdict.rank < Verdict.DIFFERS.rank else 0.2 + 0.6 * share
        confidence = combine(base, 0.2 if len(min(wx, wy, key=len)) >= 6 else 0.0)
        found.append(Finding("quote", verdict, side(doc_a, i, x), side(doc_b, j, y), f"“{_short(x.content)}” — {reason}",
                             confidence))
        if rival_speakers(x, y, aliases, doc_a.sentences[i].text, doc_b.sentences[j].text) and \
                verdict.rank <= Verdict.COMPATIBLE.rank and _telling(wx, wy):
            said = ((x, doc_a.sentences[i].text), (y, doc_b.sentences[j].text))
            if all(f" {fold_key(q.speaker)} " in f" {fold_key(text)} " for q, text in said):
                found.append(Finding("attribution", Verdict.CONFLICT, side(doc_a, i, x), side(doc_b, j, y),
                                     f"the same words, said by {x.speaker} ({doc_a.id}) vs {y.speaker} ({doc_b.id})",
                                     confidence))
            else:
                # a speaker read from "he said" or from the paragraph before is a guess: rule
                # quote.speaker-elsewhere
                lowered = ["quote.speaker-elsewhere"]
                found.append(Finding("attribution", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                                     f"the same words, said by {x.speaker} ({doc_a.id}) vs {y.speaker} ({doc_b.id}); "
                                     "one speaker is not named beside the quote", lowered_all(confidence, lowered),
                                     lowered_by(lowered), tuple(lowered)))
    partial, more_a, more_b = _partial_findings([q for q in qa if id(q[1]) not in used_a],
                                                [q for q in qb if id(q[1]) not in used_b], doc_a, doc_b, aliases, t)
    found += partial
    found += _second_partners(qa, qb, used_a, used_b, used_a | more_a, used_b | more_b, doc_a, doc_b, aliases, t)
    out.findings += sorted(found, key=lambda f: (f.a.sentence, f.a.start, f.kind))


def one_remark(wx: list[str], wy: list[str], names: set[str], t: Thresholds, lcs: int) -> bool:
    """May two quotes (their :func:`spoken` words) quote one remark? One inside the other, or a
    run of three words in common (the whole of a shorter quote) and, in order, ``t.quote_share``
    of the shorter quote's words (two at least; four unless it has three words or fewer), half
    of them content words that are not ``names``. ``lcs``: the length of their longest common
    subsequence, which the caller has."""
    short, long = sorted((wx, wy), key=len)
    if any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1)):
        return True
    if not shares_enough(wx, wy, t, lcs) or lcs < 2 or not (lcs >= 4 or len(short) <= 3):
        return False
    if SequenceMatcher(a=wx, b=wy, autojunk=False).find_longest_match().size < min(3, len(short)):
        return False
    return _content_overlap(wx, wy, names)


def shares_enough(wx: list[str], wy: list[str], t: Thresholds, lcs: Optional[int] = None) -> bool:
    """Does the longer quote hold, in order, ``t.quote_share`` of the shorter quote's words?
    The first test of one remark (:func:`one_remark`); a short quote that is a fragment of a
    longer one passes it ("accelerate our transformation into an agile and disruptive innovator"
    inside a sentence-long quote)."""
    lcs = LCSseq.similarity(wx, wy) if lcs is None else lcs
    return lcs >= math.ceil(t.quote_share * min(len(wx), len(wy)))


def _second_partners(qa, qb, paired_a: set, paired_b: set, used_a: set, used_b: set, doc_a: Doc, doc_b: Doc,
                     aliases: Aliases, t: Thresholds) -> list[Finding]:
    """A quote left alone whose words lie inside a quote of the other report that already has a
    partner: one report quotes in one piece what the other splits in two ("I wish him luck,
    because I know he's both a huge fan of the show" / "I wish him luck," … "I know he's a huge
    fan of the show."). The alone quote must be credited to the same named speaker, and
    ``t.quote_share`` of its words (four at least, three of them content words) must be found in
    order inside the other; the words around them there are compared as a quote pair is."""
    found = []
    for alone, others, taken, flip in ((qb, qa, used_b, False), (qa, qb, used_a, True)):
        paired = paired_b if flip else paired_a
        for j, y, wy in alone:
            if id(y) in taken or len(wy) < 4 or sum(w not in STOPWORDS for w in wy) < 3:
                continue
            best = None
            for i, x, wx in others:
                if id(x) not in paired or not (x.speaker and y.speaker and is_named(x.speaker)
                                               and _one_speaker(x.speaker, y.speaker, aliases)):
                    continue
                blocks = [b for b in SequenceMatcher(a=wx, b=wy, autojunk=False).get_matching_blocks() if b.size]
                shared = sum(b.size for b in blocks)
                if shared < max(4, math.ceil(t.quote_share * len(wy))) or max(b.size for b in blocks) < 3:
                    continue
                if best is None or shared > best[0]:
                    best = (shared, i, x, wx, blocks)
            if best is None:
                continue
            shared, i, x, wx, blocks = best
            region = wx[blocks[0].a:blocks[-1].a + blocks[-1].size]
            verdict, reason = quote_verdict(region, wy)
            confidence = combine(0.2 + 0.6 * shared / len(wy), 0.2)      # one named speaker of both
            # the part of the whole quote that the split one matches: its own span, so that it does
            # not compete with the whole quote's first partner
            first, last = region[0], region[-1]
            lo, hi = first.at, last.at + len(last.written)
            whole_doc = doc_b if flip else doc_a
            part = Side(whole_doc.id, i, x.content[lo:hi], x.start + lo, x.start + hi, whole_doc.claimants[i])
            sx, sy = (part, side(doc_a, j, y)) if flip else (part, side(doc_b, j, y))
            a, b = (sy, sx) if flip else (sx, sy)
            found.append(Finding("quote", verdict, a, b, f"“{_short(a.text)}” — one report quotes in one piece what "
                                 f"the other quotes in two: {reason}", confidence))
    return found


def _partial_findings(qa, qb, doc_a: Doc, doc_b: Doc, aliases: Aliases, t: Thresholds) -> tuple[list[Finding], set, set]:
    """Quotes left unpaired that share one run of words and go on differently ("one of the most
    talented actors in Britain" / "one of the most talented actors of his generation"): the same
    remark quoted in two wordings, or one phrase of a speaker used twice. The run needs
    ``t.quote_run`` words, two of them content words that are not names; both quotes must be
    credited to one named speaker. Each quote takes one partner, the longest run
    first. Confidence grows with the run, lowered by ``quote.shared-run``: editors found most
    such pairs two remarks reusing a phrase."""
    candidates = []
    for i, x, wx in qa:
        names_x = _name_words(x.content)
        for j, y, wy in qb:
            if not (x.speaker and y.speaker and is_named(x.speaker) and _one_speaker(x.speaker, y.speaker, aliases)):
                continue    # one phrase in two remarks of two people, or of unknown ones (a precision read)
            m = SequenceMatcher(a=wx, b=wy, autojunk=False).find_longest_match()
            names = names_x | _name_words(y.content)
            run = wx[m.a:m.a + m.size]
            if m.size < t.quote_run or sum(w not in STOPWORDS and w not in names for w in run) < 2:
                continue
            if m.size in (len(wx), len(wy)):
                continue        # one quote inside the other: paired above, or too short to say more
            candidates.append((m.size, i, j, x, y, wx, wy, m))
    found, used_a, used_b = [], set(), set()
    for size, i, j, x, y, wx, wy, m in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if id(x) in used_a or id(y) in used_b:
            continue
        wa, wb = _window(wx, m.a, m.size), _window(wy, m.b, m.size)
        verdict, reason = quote_verdict(wa, wb)
        if verdict.rank < Verdict.DIFFERS.rank:
            continue        # the words around the run agree: nothing worded differently to show
        used_a.add(id(x))
        used_b.add(id(y))
        confidence = combine(min(0.7, 0.3 + 0.06 * size), 0.2)     # one named speaker of both (above)
        run = written(wx[m.a:m.a + m.size])
        lowered = ["quote.shared-run"]
        found.append(Finding("quote", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                             f"“{_short(x.content)}” — the same words '{run}', worded differently around them: {reason}",
                             lowered_all(confidence, lowered), lowered_by(lowered), tuple(lowered)))
    return found, used_a, used_b


def _window(words: list[str], start: int, size: int, reach: int = 4) -> list[str]:
    """The run of words at ``start`` with up to ``reach`` words either side."""
    return words[max(0, start - reach):start + size + reach]


def _telling(wx: list[str], wy: list[str], least: int = 3) -> bool:
    """Is the shorter quote long enough to be one person's words? A stock phrase ("for the
    foreseeable future", "a terrible tragedy") can be said by anyone: at least ``least`` content words."""
    return min(sum(w not in STOPWORDS for w in ws) for ws in (wx, wy)) >= least


def _name_words(text: str) -> set[str]:
    """Lower-cased words a quote capitalizes inside it (names), which say little about its
    wording: a capitalized word after the first, and the first when a capitalized word follows
    it ("Peter Capaldi is …"); not a word written in capitals for emphasis ("PERFECT")."""
    words = re.findall(r"[A-Za-z][\w'\-]*", fold(text))
    names = {w.lower() for w in words[1:] if w[:1].isupper() and w != "I" and not (w.isupper() and len(w) > 3)}
    if len(words) >= 2 and words[0][:1].isupper() and words[1][:1].isupper() and not words[1].isupper():
        names.add(words[0].lower())
    return names


def rival_speakers(x: Quote, y: Quote, aliases: Aliases, said_x: str = "", said_y: str = "") -> bool:
    """Two quotes credited to two different named speakers; not when one report names the
    other's speaker beside the quote too ("Ben Stephenson, Controller, BBC Drama Commissioning
    says:" read as spoken by "BBC Drama Commissioning")."""
    if x.speaker and y.speaker and (f" {fold_key(y.speaker)} " in f" {fold_key(said_x)} "
                                    or f" {fold_key(x.speaker)} " in f" {fold_key(said_y)} "):
        return False        # whole words: "Li" is not in "Libya"
    return bool(x.speaker and y.speaker and not vague(x.speaker) and not vague(y.speaker)
                and is_named(x.speaker) and is_named(y.speaker) and not _one_speaker(x.speaker, y.speaker, aliases))


def quote_verdict(wx: list[str], wy: list[str]) -> tuple[Verdict, str]:
    if wx == wy or "".join(wx) == "".join(wy):
        return Verdict.AGREE, "the same words"
    short, long = sorted((wx, wy), key=len)
    if any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1)):
        return Verdict.AGREE, "one quote is part of the other"
    ops = [op for op in SequenceMatcher(a=wx, b=wy, autojunk=False).get_opcodes() if op[0] != "equal"]
    # words added or dropped at an edge only extend a quote: judge what is left
    inner = [op for op in ops if not (op[0] in ("insert", "delete") and ((op[1] == 0 and op[3] == 0)
                                                                       or (op[2] == len(wx) and op[4] == len(wy))))]
    edges = " (and words at an edge)" if len(inner) < len(ops) else ""
    diff = _word_diff(wx, wy) if not edges else [p for _, a0, a1, b0, b1 in inner if a1 - a0 == b1 - b0
                                                   for p in zip(wx[a0:a1], wy[b0:b1])]
    if not inner:
        return Verdict.COMPATIBLE, "one quote extends the other: " + _diff_text(wx, wy)
    if diff and len(diff) == sum(a1 - a0 for _, a0, a1, b0, b1 in inner) and \
            all(Levenshtein.normalized_similarity(p, q) >= 0.7 or regional(p) == regional(q) for p, q in diff):
        return Verdict.COMPATIBLE, "spelling differs: " + ", ".join(f"{written([p])}/{written([q])}" for p, q in diff) + edges
    if all("".join(wx[a0:a1]) == "".join(wy[b0:b1]) for _, a0, a1, b0, b1 in inner):
        return Verdict.COMPATIBLE, "words written together or apart: " + _diff_text(wx, wy)
    if all(w in STOPWORDS and w not in NEGATORS for _, a0, a1, b0, b1 in inner for w in wx[a0:a1] + wy[b0:b1]):
        return Verdict.COMPATIBLE, "only function words differ: " + _diff_text(wx, wy)
    if sorted(wx) == sorted(wy):
        return Verdict.DIFFERS, "the same words in another order"
    return Verdict.DIFFERS, "words differ: " + _diff_text(wx, wy)


def _content_overlap(wx: list[str], wy: list[str], names: set[str] = frozenset()) -> bool:
    """Do two quotes share their content words, not just "I was", "we don't have any" or a
    name? At least two, half of the shorter quote's and half of the longer quote's."""
    cx = [stem(w) for w in wx if w not in STOPWORDS and w not in names]
    cy = [stem(w) for w in wy if w not in STOPWORDS and w not in names]
    shared = LCSseq.similarity(cx, cy)
    return shared >= min(2, len(cx), len(cy)) and shared >= 0.5 * max(len(cx), len(cy))


def _one_speaker(a: str, b: str, aliases: Aliases) -> bool:
    """The same speaker, or speakers sharing a member: "Zadan and Meron jointly" / "producers
    Craig Zadan and Neil Meron"."""
    if aliases.relation(a, b):
        return True
    names = lambda s: {w.lower() for w in re.findall(r"[A-Z][\w'\-]{2,}", fold(s)) if w.lower() not in STOPWORDS}
    return bool(names(a) & names(b))


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _word_diff(wx: list[str], wy: list[str]) -> list[tuple[str, str]]:
    """Words replaced one for one, or [] when words were added or dropped."""
    pairs = []
    for op, a0, a1, b0, b1 in SequenceMatcher(a=wx, b=wy, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op != "replace" or a1 - a0 != b1 - b0:
            return []
        pairs.extend(zip(wx[a0:a1], wy[b0:b1]))
    return pairs


def _diff_text(wx: list[str], wy: list[str]) -> str:
    """What differs between two quotes, in their own words: "'I've been' → 'got'"."""
    parts = []
    for op, a0, a1, b0, b1 in SequenceMatcher(a=wx, b=wy, autojunk=False).get_opcodes():
        if op == "replace":
            parts.append(f"'{written(wx[a0:a1])}' → '{written(wy[b0:b1])}'")
        elif op == "delete":
            parts.append(f"-'{written(wx[a0:a1])}'")
        elif op == "insert":
            parts.append(f"+'{written(wy[b0:b1])}'")
    return "; ".join(parts[:4]) + (" …" if len(parts) > 4 else "")
