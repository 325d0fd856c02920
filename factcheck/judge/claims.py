"""Statements: what two sentences say, phrase by phrase, beyond their figures and dates.

Two reports seldom word one statement alike, and much of what an editor checks is neither a
figure nor a date. Two sentences are read as runs of words (Snowball stems, synonyms from the
knowledge files folded), and compared three ways:

* **a shared statement**: a run of content words both say in order ("a sprained left knee";
  "on probation for a previous DUI" / "on probation for a prior DUI", one word in between may
  differ) → ``agree`` word for word, else ``compatible``; kind ``negation`` when both deny it
  ("were not disclosed"), else ``entity``;
* **one place filled differently**: the words right after a shared word (its object), or right
  before a shared noun (its modifiers), name different things: different names ("Intel Atom
  processors" / "Intel's Atom and Xeon processors"), or two things of one kind from
  ``data/claims.toml`` ("issued a memorandum" / "issued an executive order": two directives)
  → ``entity`` ``differs``;
* **one thing, another status**: one says it was done, the other that it is planned,
  expected, asked for or possible ("is working on an update" / "has released a crucial
  update") → ``negation`` ``differs``.

The weight of a run is the sum of its words' IDF over the sentences of both reports, so words
every sentence of the story uses ("police", "officers") tie little together and rare ones much;
:func:`statement_pairs` also finds the sentence pairs that share a heavy run wherever they
stand in the two reports, so that every judge compares them ("facts are matched, not only
sentences"). Like textacy's keyword-in-context helpers: small pure functions over words.

Cost: O(w_a · w_b) per sentence pair (``difflib`` over content words) and a cheap set test
first over all O(n · m) pairs in :func:`statement_pairs`.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterable, Optional, Sequence

from ..aliases import Aliases
from ..lexicon import ARTICLES, STOPWORDS, data
from ..model import Entity, Finding, Quantity, Quote, Sentence, Side, TimeFact, Verdict
from ..settings import Thresholds
from ..text import alternation, fold, stem
from .doc import Doc, span_side
from .frames import other_times
from .events import background
from .quotes import quote_verdict, rival_speakers, shares_enough, spoken
from .resolve import overlapping
from .rules import Out, combine, context_evidence, lowered_all, lowered_by, lowered_finding, sentence_evidence

_claims = data("claims")
DETERMINERS = frozenset(_claims["determiners"])
NEGATORS = frozenset(_claims["negators"])
PLANNED = tuple(tuple(p.split()) for p in _claims["planned"])
STAND_INS = frozenset(tuple(p.split()) for p in _claims["stand_ins"])
DONE_AUXILIARIES = frozenset(_claims["done_auxiliaries"])
IRREGULAR_PAST = frozenset(_claims["irregular_past"])
SAME_THING = tuple(frozenset(tuple(stem(w) for w in entry.split()) for entry in group)
                   for group in _claims["same_thing"])
KINDS: dict[tuple[str, ...], str] = {tuple(stem(w) for w in entry.split()): group["name"]
                                     for group in _claims["kind"] for entry in group["words"]}
_KIND_LONGEST = max(len(k) for k in KINDS)
SEVERAL_KINDS = frozenset(_claims["several_kinds"])     # "Supreme Court" / "appeal court": two courts of one case
EXCLUSIVE_KINDS = frozenset(_claims["exclusive_kinds"])     # judge/kinds.py: "a house" / "an apartment"

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:[-'’.&][A-Za-z0-9\u00C0-\u024F]+)*")
_CLAUSE = re.compile(r"[;:()\"“”]|,\s|\s[-–—]\s")


def _synonyms() -> dict[str, str]:
    """Single words of one meaning ("bail" / "bond" is not one; "boat" / "skiff" is), from
    the knowledge file and the counted nouns, each to the stem of the first."""
    groups = [g["names"] for g in data("aliases").get("same", [])] + [g["names"] for g in data("nouns").get("same", [])]
    out: dict[str, str] = {}
    for names in groups:
        single = [n for n in names if " " not in n.strip()]
        if len(single) > 1:
            head = stem(single[0].lower())
            for n in single:
                out.setdefault(stem(n.lower()), head)
    return out


SYNONYMS = _synonyms()


@dataclass(frozen=True)
class Word:
    """One word of a sentence, as the statement judge reads it."""

    text: str
    start: int          # offsets into the article
    end: int
    low: str            # folded, lower case, possessive 's dropped
    key: str            # stem, synonyms folded; numbers as written
    stop: bool          # a function word (or a one-letter word)
    name: bool          # part of a name: inside a name fact, or capitalized inside the sentence
    fact: bool          # inside a figure or a time, which their own judges compare
    gap: str = " "      # the characters between the word before and this one


def words_of(doc: Doc, index: int) -> tuple[Word, ...]:
    """The words of one sentence of ``doc``, remembered per sentence.

    >>> from factcheck.model import Sentence
    >>> d = Doc("A", (Sentence(0, "Obama issued a memorandum.", 0, 26, 0),), ((),), (None,))
    >>> [(w.text, w.key, w.stop, w.name) for w in words_of(d, 0)][:3]
    [('Obama', 'obama', False, False), ('issued', 'issu', False, False), ('a', 'a', True, False)]
    """
    cache = doc._words
    if index not in cache:
        cache[index] = _read(doc.sentences[index], doc.facts[index])
    return cache[index]


class _Spans:
    """Is a stretch inside one of these spans? By bisection over the spans' starts and the
    largest end so far: O(log n) a question, so a sentence of thousands of figures is read in
    O(w log f), not O(w · f)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach, most = [], -1
        for _, b in spans:
            most = max(most, b)
            self.reach.append(most)

    def __call__(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


def _read(s: Sentence, facts) -> tuple[Word, ...]:
    in_name = _Spans([(f.start, f.end) for f in facts if isinstance(f, Entity)])
    in_figure = _Spans([(f.start, f.end) for f in facts if isinstance(f, (Quantity, TimeFact))])
    out = []
    text_f, last = fold(s.text), 0
    for k, m in enumerate(_TOKEN.finditer(text_f)):
        text = m.group()
        low = text.lower()
        if low.endswith("'s"):
            low = low[:-2]
        start, end = s.start + m.start(), s.start + m.end()
        if low[0].isdigit():
            key = low.replace(",", "")
        else:
            key = stem(low)
            key = SYNONYMS.get(key, key)
        stop = low in STOPWORDS or (len(low) < 2 and not low.isdigit())
        name = in_name(start, end) or (k > 0 and text[0].isupper() and not stop)
        out.append(Word(text, start, end, low, key, stop, name and not stop, in_figure(start, end), text_f[last:m.start()]))
        last = m.end()
    return tuple(out)


class Vocabulary:
    """How rare each word is across the content sentences of both reports: IDF,
    ``log(1 + n / df)``, with ``n`` at least ``least`` so that two short texts (a summary and
    its source) are not read as a story in which every word is common. Built once per
    comparison; O(total words)."""

    def __init__(self, docs: Iterable[Doc], least: int = 20):
        df: Counter = Counter()
        n = 0
        for doc in docs:
            for s in doc.sentences:
                if s.role.is_content:
                    n += 1
                    df.update({w.key for w in words_of(doc, s.index) if not w.stop})
        self._n = max(n, least)     # two short texts: every word they share is rare in them
        self._df = df
        self.runs: dict = {}        # the runs of each sentence pair, once (see :func:`runs`)

    def idf(self, key: str) -> float:
        return math.log(1 + self._n / max(1, self._df.get(key, 0)))


@dataclass(frozen=True)
class Run:
    """Content words two sentences say in the same order (one word between may differ)."""

    a: tuple[Word, ...]       # the matched words of A, in order
    b: tuple[Word, ...]
    weight: float             # IDF of the matched words

    def span(self, side: str) -> tuple[int, int]:
        ws = self.a if side == "a" else self.b
        return ws[0].start, ws[-1].end


def runs(wa: Sequence[Word], wb: Sequence[Word], vocab: Vocabulary) -> list[Run]:
    """The runs of content words two sentences share, heaviest first. Blocks of matching
    words one word apart on both sides join into one run ("previous DUI" / "prior DUI").
    Remembered per sentence pair by ``vocab``, since the pairs are linked and then judged."""
    key = (id(wa), id(wb))      # the words of a sentence are one tuple per report (:func:`words_of`)
    if key not in vocab.runs:
        vocab.runs[key] = _runs(wa, wb, vocab)
    return vocab.runs[key]


def _runs(wa: Sequence[Word], wb: Sequence[Word], vocab: Vocabulary) -> list[Run]:
    ca = [w for w in wa if not w.stop and not w.fact]
    cb = [w for w in wb if not w.stop and not w.fact]
    if not ca or not cb:
        return []
    blocks = [m for m in SequenceMatcher(None, [w.key for w in ca], [w.key for w in cb], autojunk=False)
              .get_matching_blocks() if m.size]
    merged: list[list[tuple[int, int]]] = []
    for m in blocks:
        pairs = [(m.a + k, m.b + k) for k in range(m.size)]
        if merged and m.a - merged[-1][-1][0] <= 2 and m.b - merged[-1][-1][1] <= 2:
            merged[-1] += pairs
        else:
            merged.append(pairs)
    out = []
    for pairs in merged:
        a = tuple(ca[p] for p, _ in pairs)
        b = tuple(cb[q] for _, q in pairs)
        out.append(Run(a, b, round(sum(vocab.idf(w.key) for w in a), 3)))
    return sorted(out, key=lambda r: (-r.weight, r.a[0].start))


def _raw(ws: Sequence[Word], run: Sequence[Word]) -> list[str]:
    """The text of a sentence from the first word of ``run`` to its last, function words
    included, as lower-case letters and digits: what "the same words" compares."""
    first, last = _at(ws, run[0]), _at(ws, run[-1])
    text = ws[first].text + "".join(w.gap + w.text for w in ws[first + 1:last + 1])
    return re.findall(r"[a-z0-9]+", text.lower())


def _at(ws: Sequence[Word], word: Word) -> int:
    """The position of ``word`` (by identity) in its sentence's words."""
    return next(k for k, w in enumerate(ws) if w is word)


def statement_pairs(doc_a: Doc, doc_b: Doc, vocab: Vocabulary, compared: set, *, t: Thresholds) -> list[tuple[int, int, float]]:
    """Sentence pairs not yet compared that share a run of content words at least
    ``t.statement_link`` heavy, with the run's weight as evidence (0–1) that they make one
    statement. A set test on the rare words comes first, so most pairs cost nothing."""
    rare_a = {s.index: {w.key for w in words_of(doc_a, s.index) if not w.stop and vocab.idf(w.key) >= t.statement_rare}
              for s in doc_a.sentences if s.role.is_content}
    rare_b = {s.index: {w.key for w in words_of(doc_b, s.index) if not w.stop and vocab.idf(w.key) >= t.statement_rare}
              for s in doc_b.sentences if s.role.is_content}
    out = []
    for i, ka in rare_a.items():
        for j, kb in rare_b.items():
            if (i, j) in compared or len(ka & kb) < 2:
                continue
            best = next(iter(runs(words_of(doc_a, i), words_of(doc_b, j), vocab)), None)
            if best and len(best.a) >= 2 and best.weight >= t.statement_link:
                out.append((i, j, _run_evidence(best, t)))
    return out


def _run_evidence(run: Run, t: Thresholds) -> float:
    """How much a shared run says two sentences make one statement: its weight against
    ``t.statement_scale``, 0.75 at most."""
    return round(min(0.75, run.weight / t.statement_scale), 3)


def claim_findings(doc_a: Doc, ia, doc_b: Doc, ib, vocab: Vocabulary, aliases: Aliases, *, t: Thresholds,
                   out: Out, score: float = 1.0, aligned: bool = True, shared_only: bool = False) -> None:
    """Shared statements, places filled differently and statuses of sentences ``ia`` (of A)
    and ``ib`` (of B); see the module docstring. ``shared_only``: the shared statements alone
    (no places filled differently, statuses or degrees), for sentences too unlike to tell one
    statement changed from two ("aggravated rape" in 1979, "aggravated sexual assault" in 1999)."""
    evidence = sentence_evidence(score, aligned)
    for i in ia:
        for j in ib:
            wa, wb = words_of(doc_a, i), words_of(doc_b, j)
            found = runs(wa, wb, vocab)
            _shared(doc_a, i, wa, doc_b, j, wb, found, evidence, aliases, t, out)
            if shared_only:
                continue
            _places(doc_a, i, wa, doc_b, j, wb, found, vocab, evidence, aliases, t, out)
            _statuses(doc_a, i, wa, doc_b, j, wb, found, vocab, evidence, t, out)
            _degrees(doc_a, i, doc_b, j, evidence, out)


# --- shared statements -------------------------------------------------------------------


def _shared(doc_a, i, wa, doc_b, j, wb, found: list[Run], evidence: float, aliases: Aliases, t: Thresholds,
            out: Out) -> None:
    """The heaviest runs of two sentences as agreements: at least two words, not only names
    (the name judge reports those) and not only figures or times (theirs do), at most
    ``t.statement_max`` a sentence pair."""
    taken = 0
    for run in found:
        if taken >= t.statement_max or run.weight < t.statement_weight:
            break
        run = _trimmed(run)
        if run is None:
            continue
        raw_a, raw_b = _raw(wa, run.a), _raw(wb, run.b)
        exact = raw_a == raw_b
        # an article apart is the same words: "sprained medial collateral ligament" / "sprained the …"
        articles = not exact and [w for w in raw_a if w not in ARTICLES] == [w for w in raw_b if w not in ARTICLES]
        negated = _negated(wa, run.a), _negated(wb, run.b)
        if negated[0] != negated[1]:
            continue        # one denies what the other says, or denies another word: the negation judge's
        (sa, ea), (sb, eb) = run.span("a"), run.span("b")
        x, y = span_side(doc_a, i, sa, ea), span_side(doc_b, j, sb, eb)
        fa, fb = _figures(doc_a, i, x), _figures(doc_b, j, y)
        if fa and fb and fa != fb:
            # "a quake measuring 3.8 on the Richter scale" / "… 6.4 …": one wording, two figures
            out.skip("claim.other-figures", "entity", x, y, f"{x.text} / {y.text}")
            continue
        verdict = Verdict.AGREE if exact or articles else Verdict.COMPATIBLE
        lowered: tuple[str, ...] = ()
        how = "the same words" if exact else "the same words but for an article" if articles else \
            "the same statement, worded differently"
        kind = "negation" if negated[0] else "entity"
        qx, qy = _quote_of(doc_a, i, x), _quote_of(doc_b, j, y)
        if (qx or qy) and not (qx and qy and rival_speakers(qx, qy, aliases, doc_a.sentences[i].text,
                                                           doc_b.sentences[j].text)):
            # words in quotation marks are a quote: reworded on both sides, one report does not
            # give the speaker's words ("as quickly as possible" / "as soon as possible"), judged
            # as the quote judge judges words; a quote against a paraphrase is worth a look
            kind = "quote"
            if qx and qy:
                verdict, how = quote_verdict(spoken(x.text), spoken(y.text))
                if verdict is Verdict.DIFFERS and min(len(x.text.split()), len(y.text.split())) < t.quote_reworded_words:
                    verdict = Verdict.COMPATIBLE    # a few words ("roll back" / "rolling back") may be two quotes
                how = "the same quote, " + how
                if verdict is Verdict.DIFFERS and _two_remarks(qx, qy, t):
                    lowered = ("quote.two-remarks",)
            else:
                how = f"quoted in {doc_a.id if qx else doc_b.id}, " + \
                    ("in the same words" if exact or articles else "reworded") + f" in {doc_b.id if qx else doc_a.id}"
        what = f"both deny it: {doc_a.id}: “{x.text}”; {doc_b.id}: “{y.text}”" if negated[0] else \
            f"{doc_a.id}: “{x.text}”; {doc_b.id}: “{y.text}”"
        out.find(Finding(kind, verdict, x, y, f"{what} — {how}",
                         lowered_all(combine(evidence, _run_evidence(run, t)), lowered), lowered_by(lowered), lowered))
        taken += 1


def _two_remarks(qx: Quote, qy: Quote, t: Thresholds) -> bool:
    """Are two quotes, each longer than the words they share, two remarks rather than one
    quoted two ways? When the longer does not hold, in order, the quote judge's share of the
    shorter one's words (:func:`~factcheck.judge.quotes.shares_enough`), the few words they
    share are a phrase two remarks use ("… because I know he's both a huge fan of the show and
    a really nice guy" / "… an actor who you happen to know is a big fan of the show"), and the
    words around them are not the same quote worded differently. A fragment of a longer quote
    ("accelerate our transformation into an agile and disruptive innovator") is one remark."""
    return not shares_enough(spoken(qx.content), spoken(qy.content), t)


def unquoted(statements: list[Finding], quotes: list[Finding], out: Out) -> list[Finding]:
    """The statement judge reads a run inside quotation marks as a quote; where the quote
    judge's own findings set the same words side by side, they say it better (whole quotes,
    speakers, split quotes), and the statement's quote finding is held back (rule
    ``claim.quoted-whole``)."""
    judged = [g for g in quotes if g.kind == "quote"]
    kept = []
    for f in statements:
        if f.kind == "quote" and any(overlapping(f, g) for g in judged):
            out.skip("claim.quoted-whole", f.kind, f.a, f.b, f"{f.a.text} / {f.b.text}: the quote judge sets the whole quotes side by side")
        else:
            kept.append(f)
    return kept


def _quote_of(doc: Doc, i: int, span: Side) -> Optional[Quote]:
    """The quote of sentence ``i`` the span lies inside, if any."""
    return next((q for q in doc.of(i, Quote) if q.start <= span.start and span.end <= q.end), None)


def _figures(doc: Doc, i: int, span: Side) -> frozenset:
    """The figures stated inside a statement's span, as stated ("at least one" and "one" are one
    figure hedged two ways)."""
    return frozenset((q.value if q.value is not None else (q.low, q.high), q.unit)
                     for q in doc.of(i, Quantity) if span.start <= q.start and q.end <= span.end)


def statement_like(f: Finding, t: Thresholds) -> bool:
    """Does a finding set two statements side by side ("the entire roof was in flames"), not two
    names: a span of ``t.statement_words`` words or more. The check and the consensus read it so."""
    return len(f.a.text.split()) >= t.statement_words


def _trimmed(run: Run) -> Optional[Run]:
    """A run without the names at its ends (the name judge reports names), if two words that
    are neither names nor figures are left."""
    pairs = list(zip(run.a, run.b))
    while pairs and pairs[0][0].name:
        pairs.pop(0)
    while pairs and pairs[-1][0].name:
        pairs.pop()
    if sum(not x.name for x, _ in pairs) < 2:
        return None
    return Run(tuple(x for x, _ in pairs), tuple(y for _, y in pairs), run.weight)


def _negated(ws: Sequence[Word], run: Sequence[Word], reach: int = 3) -> Optional[str]:
    """What denies a run, if anything: the key of the word after a negator inside the run or
    within ``reach`` words before it ("were not disclosed" → "disclos"), or None."""
    for k in range(max(0, _at(ws, run[0]) - reach), _at(ws, run[-1]) + 1):
        if _negator(ws[k]):
            after = next((w for w in ws[k + 1:] if not w.stop), None)
            return after.key if after else "-"
    return None


def _negator(w: Word) -> bool:
    return w.low in NEGATORS or w.low.endswith("n't")


# --- one place filled differently ----------------------------------------------------------


def anchors(wa: Sequence[Word], wb: Sequence[Word], vocab: Vocabulary, least: float) -> list[tuple[Word, Word]]:
    """Words the two sentences share, in any order: content words, no names, figures or
    times, at least ``least`` rare (IDF); each pair of occurrences once."""
    by_key: dict[str, list[Word]] = {}
    for w in wb:
        if not w.stop and not w.name and not w.fact:
            by_key.setdefault(w.key, []).append(w)
    return [(x, y) for x in wa if not x.stop and not x.name and not x.fact and vocab.idf(x.key) >= least
            for y in by_key.get(x.key, ())]


def _places(doc_a, i, wa, doc_b, j, wb, found: list[Run], vocab: Vocabulary, evidence: float, aliases: Aliases,
            t: Thresholds, out: Out) -> None:
    """Each shared word's object (the words after it) and modifiers (the names before it),
    compared: different names, or two things of one kind. A thing the other sentence names
    anywhere is no difference."""
    keys_a, keys_b = {w.key for w in wa}, {w.key for w in wb}
    tie = _run_evidence(found[0], t) if found else 0.0
    seen = set()
    for x, y in anchors(wa, wb, vocab, t.statement_anchor):
        for pa, pb, where in ((_object(wa, x), _object(wb, y), "after"), (_modifiers(wa, x), _modifiers(wb, y), "before")):
            if not pa or not pb or (pa[0].start, pb[0].start) in seen:
                continue
            found_one = _names_differ(pa, pb, keys_a, keys_b, aliases)
            kind = None
            if found_one:
                pa, pb = _name_span(pa), _name_span(pb)     # show the lists, not the words around them
            else:
                found_one = _kinds_differ(pa, pb, keys_a, keys_b)
                kind = _kind(pa) if found_one else None
            if not found_one or found_one in seen:
                continue
            seen.update({(pa[0].start, pb[0].start), found_one})
            sx, sy = span_side(doc_a, i, pa[0].start, pa[-1].end), span_side(doc_b, j, pb[0].start, pb[-1].end)
            place = f"“{x.text}” {where} them"
            msg = f"{doc_a.id}: {sx.text}; {doc_b.id}: {sy.text} — {found_one}, in the same place ({place})"
            near = context_evidence(len(_near(wa, x) & _near(wb, y)))
            lowered = ["claim.kind-of-many"] if kind and kind[1] in SEVERAL_KINDS else []
            if lowered:
                msg += "; a story often has several of these"
            out.find(Finding("entity", Verdict.DIFFERS, sx, sy, msg,
                             lowered_all(combine(evidence, tie, near), lowered), lowered_by(lowered), tuple(lowered)))


def _near(ws: Sequence[Word], anchor: Word, width: int = 4) -> set[str]:
    """The content words (names too) within ``width`` content words of ``anchor``, itself left out."""
    content = [w for w in ws if not w.stop]
    k = _at(content, anchor)
    return {w.key for w in content[max(0, k - width):k] + content[k + 1:k + 1 + width]}


def _object(ws: Sequence[Word], anchor: Word, most: int = 5) -> tuple[Word, ...]:
    """The phrase right after ``anchor`` in its clause: determiners skipped, then content
    words (names joined by "and", "or", commas) up to the next function word. "issued a
    memorandum that …" → (memorandum,)."""
    k = _at(ws, anchor) + 1
    while k < len(ws) and ws[k].low in DETERMINERS and not _broken(ws, k - 1, k):
        k += 1
    return _phrase(ws, k, most, step=1, after=_at(ws, anchor))


def _modifiers(ws: Sequence[Word], anchor: Word, most: int = 5) -> tuple[Word, ...]:
    """The names right before ``anchor`` (a noun): "low-power Intel Atom processors" →
    (low-power, Intel, Atom); only when a name is among them."""
    k = _at(ws, anchor) - 1
    phrase = _phrase(ws, k, most, step=-1, after=k + 1)
    return phrase if any(w.name for w in phrase) else ()


def _phrase(ws: Sequence[Word], k: int, most: int, *, step: int, after: int) -> tuple[Word, ...]:
    """Content words from position ``k`` in direction ``step`` (the word at ``after`` is the
    anchor), at most ``most``, up to a clause break, a figure, a function word (but "and" /
    "or" between names) or a verb form in -ing."""
    out: list[Word] = []
    prev = after
    while 0 <= k < len(ws) and len(out) < most:
        w = ws[k]
        if _broken(ws, *sorted((prev, k))) or w.fact:
            break
        if w.stop:
            joins = w.low in ("and", "or") and out and out[-1].name and 0 <= k + step < len(ws) and ws[k + step].name
            if not joins:
                break
        elif w.low.endswith("ing") and not w.name:
            break       # a verb form starts another phrase: "an executive order putting …"
        out.append(w)
        prev = k
        k += step
    while out and out[-1].stop:
        out.pop()
    return tuple(out if step > 0 else reversed(out))


def _broken(ws: Sequence[Word], k: int, m: int) -> bool:
    """Is there a clause break (a comma, a colon, a quote mark, a dash) between words k < m?"""
    return any(_CLAUSE.search(ws[n].gap + " ") for n in range(k + 1, m + 1))


def _names_differ(pa, pb, keys_a, keys_b, aliases: Aliases) -> Optional[str]:
    """Two lists of names in one place that differ: at least one name in common, and on each
    side a name the other sentence does not have ("Sicily, Tunisia and Egypt" / "Italy, Tunisia
    and Egypt"). A list that only names more is an omission, not another value ("Bob Woodward"
    / "Bob Woodward and Carl Bernstein"); a single name against another, or against a list, is the
    entity judge's (one role filled by two names)."""
    if not (_listed(pa) and _listed(pb)):
        return None     # "Iguodala and Williams" / "Anre Iguodala": a list against one name is no list of others
    if min(sum(map(_named, pa)), sum(map(_named, pb))) < 2:
        return None     # "Intel chips" / "Intel's Atom and Xeon processors": one says more, not otherwise
    flat_a, flat_b = {_flat(k) for k in keys_a}, {_flat(k) for k in keys_b}
    na = [w for w in pa if _named(w) and _flat(w.key) not in flat_b]
    nb = [w for w in pb if _named(w) and _flat(w.key) not in flat_a]
    shared = {w.key for w in pa if _named(w)} & {w.key for w in pb if _named(w)}
    if not shared or not (na or nb):
        return None
    if na and nb:
        return f"{' '.join(w.text for w in na)} against {' '.join(w.text for w in nb)} in one list"
    return None     # one list names more: an omission, not another value (a precision read)


def _name_span(phrase) -> tuple[Word, ...]:
    """A phrase from its first name to its last."""
    keep = [k for k, w in enumerate(phrase) if _named(w)]
    return tuple(phrase[keep[0]:keep[-1] + 1])


def _flat(key: str) -> str:
    return key.replace("-", "").replace(".", "")


def _named(w: Word) -> bool:
    """A name in a list: capitalized, not a short all-capital word ("CPUs", "GPS": common
    nouns written as acronyms)."""
    if "-" in w.text and any(part[:1].islower() for part in w.text.split("-")):
        return False    # "McCluster-who": a name run into the next word
    return w.name and not (w.text.rstrip("s").isupper() and len(w.text.rstrip("s")) <= 4)


def _listed(phrase) -> bool:
    """Names joined by "and" or "or": a list."""
    return any(w.low in ("and", "or") for w in phrase)


def _kinds_differ(pa, pb, keys_a, keys_b) -> Optional[str]:
    """Two things of one kind: the last kind word of each phrase, of the same kind, and not
    said by the other sentence anywhere."""
    ka, kb = _kind(pa), _kind(pb)
    if not ka or not kb or ka[1] != kb[1] or set(ka[0]) <= set(kb[0]) or set(kb[0]) <= set(ka[0]):
        return None         # not one kind, or one inside the other ("bomb" / "car bomb")
    if set(ka[0]) <= keys_b or set(kb[0]) <= keys_a:
        return None
    sa, sb = tuple(stem(w.low) for w in pa), tuple(stem(w.low) for w in pb)
    if any(_has_one(sa, group) and _has_one(sb, group) for group in SAME_THING):
        return None         # one thing named two ways: "DUI" / "DWI", "rape" / "sexual assault charges"
    return f"two different kinds of {ka[1]}"


def _has_one(stems: tuple[str, ...], group: frozenset) -> bool:
    """Does a phrase hold one of a group's entries, its words in a row ("sexual assault
    charges" holds "sexual assault")?"""
    return any(stems[k:k + len(entry)] == entry for entry in group for k in range(len(stems) - len(entry) + 1))


def _kind(phrase: Sequence[Word]) -> Optional[tuple[tuple[str, ...], str]]:
    stems = [stem(w.low) for w in phrase]
    for end in range(len(stems), 0, -1):
        for n in range(min(_KIND_LONGEST, end), 0, -1):
            entry = tuple(stems[end - n:end])
            if entry in KINDS:
                return entry, KINDS[entry]
    return None


# --- one thing, another status --------------------------------------------------------------


_PARTIAL = frozenset(_claims["partial_degrees"])
# an auxiliary, up to two adverbs, then a participle: "has almost totally destroyed", "was
# destroyed" (the auxiliary makes the word a verb: "a mostly red shirt" has none)
_DEGREE = re.compile(r"\b(?:" + alternation(sorted(DONE_AUXILIARIES | {"be"})) + r"|left\s+it)\s+(?P<adv>(?:[a-z]+\s+){0,2}?)"
                     r"(?P<verb>[a-z]+ed)\b", re.I)
DEGREE_EVIDENCE = 0.3


def _degrees(doc_a: Doc, i: int, doc_b: Doc, j: int, evidence: float, out: Out) -> None:
    """One participle, every use of it in one sentence done only in part or almost ("has almost
    totally destroyed the store", "was nearly killed") and every use in the other done in whole
    ("has destroyed the store"): another extent, ``differs``."""
    pa, pb = _participles(doc_a, i), _participles(doc_b, j)
    for verb, xs in pa.items():
        ys = pb.get(verb)
        if not ys or len({p for p, _ in xs}) > 1 or len({p for p, _ in ys}) > 1 or xs[0][0] == ys[0][0]:
            continue
        (part_x, x), (_, y) = xs[0], ys[0]
        sx, sy = span_side(doc_a, i, x[0], x[1]), span_side(doc_b, j, y[0], y[1])
        out.find(Finding("negation", Verdict.DIFFERS, sx, sy,
                         f"{doc_a.id}: “{sx.text}”; {doc_b.id}: “{sy.text}” — one says it was so only in part or "
                         f"almost (“{sx.text if part_x else sy.text}”), the other that it was",
                         combine(evidence, DEGREE_EVIDENCE)))


def _participles(doc: Doc, i: int) -> dict[str, list[tuple[bool, tuple[int, int]]]]:
    """Each participle of the sentence after an auxiliary, by its stem: for each use, (done only
    in part or almost?, its span from the adverbs on); remembered per report."""
    memo = doc._memo.setdefault("participles", {})
    if i not in memo:
        s = doc.sentences[i]
        out: dict[str, list[tuple[bool, tuple[int, int]]]] = {}
        for m in _DEGREE.finditer(s.text):
            partial = bool(set(m.group("adv").lower().split()) & _PARTIAL)
            start = m.start("adv") if m.group("adv") else m.start("verb")
            out.setdefault(stem(m.group("verb").lower()), []).append((partial, (s.start + start, s.start + m.end())))
        memo[i] = out
    return memo[i]


def _statuses(doc_a, i, wa, doc_b, j, wb, found: list[Run], vocab: Vocabulary, evidence: float, t: Thresholds,
              out: Out) -> None:
    """A shared noun (the thing) done on one side and planned, expected or possible on the
    other, read from the verb that governs it: "working on an update" / "has released a
    crucial update"."""
    tie = _run_evidence(found[0], t) if found else 0.0
    named = [(x, y) for x in wa if x.name and not x.stop for y in wb if y.name and y.key == x.key]
    for x, y in anchors(wa, wb, vocab, t.statement_anchor) + named:
        st_a, st_b = _status(wa, x), _status(wb, y)
        if not st_a or not st_b or st_a.label == st_b.label:
            continue
        pending = st_a if st_a.label == "not yet" else st_b
        if x.name and (st_a.verb != st_b.verb or not (pending.cue[-1:] == ("to",) or pending.cue[0] == "expected")):
            continue        # a name as the thing needs the same verb under a plan: "agreement to acquire SeaMicro"
        sx, sy = span_side(doc_a, i, st_a.start, st_a.end), span_side(doc_b, j, st_b.start, st_b.end)
        plan_side = sx if pending is st_a else sy
        plan_sentence = (doc_a if pending is st_a else doc_b).sentences[plan_side.sentence]
        past_plan = _PAST_PLAN.search(fold(plan_sentence.text[:plan_side.start - plan_sentence.start]))
        if background(doc_a, i) != background(doc_b, j) or other_times(doc_a, i, doc_b, j) or past_plan or \
                _EARLIER.search(fold(doc_a.sentences[i].text if st_a.label == "done" else doc_b.sentences[j].text)):
            out.skip("claim.background", "negation", sx, sy, f"{sx.text} / {sy.text}: the sentences date different events")
            continue
        done_doc, pending_doc = (doc_a, doc_b) if pending is st_b else (doc_b, doc_a)
        if done_doc.published and pending_doc.published and \
                (done_doc.published - pending_doc.published).days >= t.later_report_days:
            out.skip("claim.later-report", "negation", sx, sy, f"{sx.text} / {sy.text}: the report that says it is "
                     f"not yet is dated {pending_doc.published}, the one that says it was done {done_doc.published}")
            continue
        if st_a.verb != st_b.verb and pending.cue not in STAND_INS:
            out.skip("claim.other-verb", "negation", sx, sy, f"{sx.text} / {sy.text}: another verb, and "
                     f"“{' '.join(pending.cue)}” does not stand for the action")
            continue
        msg = (f"{doc_a.id}: “{sx.text}” ({st_a.label}); {doc_b.id}: “{sy.text}” ({st_b.label}) — "
               f"one says it was done, the other that it is not yet")
        near = context_evidence(len(_near(wa, x) & _near(wb, y)))
        thing = min(0.3, vocab.idf(x.key) / t.statement_scale)
        confidence = combine(evidence, tie, near, thing)
        # a report that says "expected to" may simply be the earlier one: without both dates
        # that cannot be ruled out
        lowered = ("claim.undated",) if not (done_doc.published and pending_doc.published) else ()
        if st_a.verb != st_b.verb and pending.verb not in {stem(w) for w in pending.cue}:
            # "was appointed interim coach" / "expected to remain coach": the plan names another
            # action; "working on an update" / "released an update" stands for the same one
            lowered += ("claim.other-words",)
        confidence = lowered_all(confidence, lowered)
        out.find(Finding("negation", Verdict.DIFFERS, sx, sy, msg, confidence, lowered_by(lowered), lowered))
        return


@dataclass(frozen=True)
class Status:
    """What a sentence says of a thing's verb: ``done`` or ``not yet``, where it says it,
    the verb's stem and the cue ("working on", "expected"; none for a plain past form)."""

    label: str
    start: int
    end: int
    verb: str
    cue: tuple[str, ...] = ()


def _status(ws: Sequence[Word], thing: Word, reach: int = 5) -> Optional[Status]:
    """The status of the verb that governs ``thing`` (a noun) as its object: done for a past
    form ("released a crucial update", "has released", "responded with an update"), not yet
    for a verb under a cue of a plan, an expectation, a possibility or a request ("is working
    on an update", "is expected to release", "for Microsoft to release a patch"), else None.
    Between the verb and the noun stand only determiners, up to two modifiers and one
    particle ("on", "with"); the cues are looked for in the ``reach`` words before the verb,
    in its clause. A bare "to release" with no cue says nothing ("the first person to plead
    guilty")."""
    k = _at(ws, thing)
    if thing.low.endswith("ly") or (k + 1 < len(ws) and not ws[k + 1].stop and not _broken(ws, k, k + 1)):
        return None         # not the head of a noun phrase: "crucial update", "immediately"
    m, modifiers = k - 1, 0
    while m >= 0 and not _broken(ws, m, m + 1) and (ws[m].low in DETERMINERS or (
            not ws[m].stop and not _verb_at(ws, m) and modifiers < 2)):
        modifiers += not ws[m].stop
        m -= 1
    if m >= 0 and ws[m].low in _PARTICLES and not _broken(ws, m, m + 1):
        m -= 1
    if m < 0 or _broken(ws, m, m + 1) or not _verb_at(ws, m):
        return None
    if m == k - 1 and not (m > 0 and (ws[m - 1].low in DONE_AUXILIARIES or ws[m - 1].low in _BARE_BEFORE)):
        return None         # a participle right before the noun describes it: "armed policing", "injured reserve"
    verb = m
    start = verb
    while start > 0 and verb - start < reach and not _broken(ws, start - 1, start):
        start -= 1
    before = tuple(w.low for w in ws[start:k])
    v = stem(ws[verb].low)
    present = set(before)
    for cue in PLANNED:
        if cue[0] not in present:
            continue        # (most cues' first word is not there: skip the scan)
        at = next((n for n in range(len(before) - len(cue) + 1) if before[n:n + len(cue)] == cue
                   and not _in_name(ws, start + n, len(cue))), None)
        if at is not None:
            return Status("not yet", ws[start + at].start, ws[k].end, v, cue)
    if any(_negator(w) for w in ws[start:verb]):
        return None         # a denial: the negation judge's
    if verb >= 3 and ws[verb - 1].low == "to" and ws[verb - 2].name and ws[verb - 3].low == "for":
        return Status("not yet", ws[verb - 3].start, ws[k].end, v, ("for", "to"))   # "for Microsoft to release"
    if verb > 0 and ws[verb - 1].low in _BARE_BEFORE:
        return None         # a bare verb after "to" or a modal: "until Microsoft can put out an update"
    if verb > 1 and ws[verb - 1].low == "be" and ws[verb - 2].low in _BARE_BEFORE:
        return None         # "for the measures to be voted on", "will be released": not done
    if verb > 1 and ws[verb - 1].low == "being" and ws[verb - 2].low in ("is", "are", "was", "were", "am"):
        return None         # going on, neither done nor to come: "is being held without bail"
    if _past(ws[verb]):
        aux = verb - 1 if verb > 0 and ws[verb - 1].low in DONE_AUXILIARIES else verb
        return Status("done", ws[aux].start, ws[k].end, v)
    return None


def _in_name(ws: Sequence[Word], at: int, n: int) -> bool:
    """Are the words ``ws[at:at + n]`` part of a name ("Will Artino", "Hope Solo"), not a cue?"""
    return any(w.name or (w.text[:1].isupper() and k + 1 < len(ws) and ws[k + 1].text[:1].isupper())
               for k, w in enumerate(ws[at:at + n], at))


# a thing done at an earlier time than the story's: "Patch Tuesday last week", "previously"
# a plan told in the past perfect, before the deed: "who had been seeking to overturn the rule"
_PAST_PLAN = re.compile(r"\bhad\s+(?:been\s+)?$", re.I)
_EARLIER = re.compile(r"\b(?:last|previous|prior)\s+(?:week|month|year)\b|\bpreviously\b|\bearlier\s+this\s+(?:week|month|year)\b", re.I)

_PARTICLES = frozenset({"on", "with", "for", "to", "up", "out"})


def _verb_at(ws: Sequence[Word], m: int) -> bool:
    """Is word ``m`` a verb the status can be read from: a past form, a participle, or a bare
    verb after "to" or a modal ("to release", "could deliver")?"""
    w = ws[m]
    if w.stop or w.name:
        return False
    return w.low.endswith(("ed", "ing")) or w.low in IRREGULAR_PAST or (m > 0 and ws[m - 1].low in _BARE_BEFORE)


_BARE_BEFORE = frozenset({"to", "will", "would", "could", "may", "might", "should", "can", "must", "shall"})


def _past(w: Word) -> bool:
    return w.low.endswith("ed") or w.low in IRREGULAR_PAST


def _mostly_within(start: int, end: int, s: int, e: int) -> bool:
    """Do two spans share half the shorter one or more ("airport sustained minor damage" and
    "damage, and part of a hospital" share a word, not a statement)?"""
    return min(end, e) - max(start, s) >= 0.5 * min(end - start, e - s)


def best_statements(findings: Sequence[Finding], out: Out) -> list[Finding]:
    """Shared statements, each span of either side confirmed once (the surest partner): a lead
    restated in three sentences is confirmed once, not three times, but a sentence stating two
    things ("booked into county jail and later released on bail, did give a blood sample") may
    meet each in another sentence. A statement whose span on one side is the very span already
    confirmed is held back (rule ``claim.restated``: the report would show it twice); one whose
    span overlaps it with other bounds, met again elsewhere in the other report, is kept at a
    lower confidence (rule ``claim.restated-elsewhere``): annotators list such restatements too
    ("shot him in the head" in the lead and again further down). Which of the two a
    restatement is turns on the spans the statement judge cut. A quote pairs one to one (rule
    ``quote.restated``). Other findings pass."""
    kept, used = [], {}
    for f in sorted(findings, key=lambda f: (-f.confidence, f.a.sentence, f.b.sentence, f.a.start)):
        if f.verdict.rank < Verdict.DIFFERS.rank:
            sides = [(s.source, s.sentence, s.start, s.end) for s in (f.a, f.b)]
            if any(_mostly_within(start, end, s, e) for src, k, start, end in sides for s, e in used.get((src, k), ())):
                if f.kind == "quote":   # a quote pairs one to one ("We will rebuild the school" is the same remark)
                    out.skip("quote.restated", f.kind, f.a, f.b, f"{f.a.text} / {f.b.text}: confirmed with a surer partner")
                    continue
                if any((start, end) in used.get((src, k), ()) for src, k, start, end in sides):
                    # the very same words of one side confirmed again: one statement, one agreement
                    out.skip("claim.restated", f.kind, f.a, f.b, f"{f.a.text} / {f.b.text}: confirmed with a surer partner")
                    continue
                # rule claim.restated-elsewhere: confirmed already with a surer partner, kept less sure
                kept.append(lowered_finding(f, "claim.restated-elsewhere"))
                continue
            for src, k, start, end in sides:
                used.setdefault((src, k), []).append((start, end))
        kept.append(f)
    return sorted(kept, key=lambda f: (f.a.sentence, f.a.start, f.b.sentence, f.kind))
