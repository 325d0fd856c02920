"""One sentence in both reports with a value changed: the surest sign of one fact stated two ways.

Wire copy, rewrites and generated reports repeat a source's sentences; an error is then one
word or figure changed in an otherwise identical sentence ("Reid, 33, earned a reputation" /
"Reid, 42, earned a reputation"; "a police sergeant said Wednesday" / "… said Thursday"; "was
admitted" / "was not admitted"). The other judges weigh such a pair like any other and may
hold it back (an age of another person, a time of saying, a running total); here the words
around the change settle that the two values fill one slot.

Two sentences are one sentence edited when, word by word (folded, case aside), they share at
least ``Thresholds.edit_shared`` of the longer one's words and differ in at most
``Thresholds.edit_spans`` places; or when one is the other trimmed, as a summary or a rewrite
trims a source's sentence (an apposition, a "that", a closing clause dropped): at most
``Thresholds.edit_spans`` places where both sides have words and ``Thresholds.edit_trims``
more where one side only has words, sharing ``Thresholds.edit_shared`` of the shorter one's
words and ``Thresholds.edit_trimmed_share`` of the longer one's. Each place that changes a fact on both sides (a figure, a
time, a name) is a finding of that kind; a "not" or "never" added or dropped is a negation
conflict. A place that changes other words only is wording, not reported here. Findings are
*pinned* (:func:`factcheck.judge.resolve`): reported even when a value has another partner
elsewhere, since no partner is surer than the same sentence.

Cost: one word diff (difflib) per compared sentence pair, O(n·m) in its words, after a cheap
test on the shared words.
"""
from __future__ import annotations

import dataclasses
import math
import re
from difflib import SequenceMatcher
from typing import Iterable, Optional

from ..aliases import Aliases
from ..facts.dates import extract_times
from ..facts.entities import person_like
from ..model import Attribution, Entity, Finding, Quantity, Quote, Role, Side, TimeFact, Verdict
from ..settings import Thresholds
from ..text import fold, fold_key
from .dates import own_day
from .doc import Doc, side, span_side
from .entities import name_variant, other_name
from .claims import NEGATORS
from .numbers import compare_quantities, hypothetical
from .rules import Out, lowered_all, lowered_by
from .times import relate_times

_TOKEN = re.compile(r"\w+(?:[.,'’-]\w+)*|[^\w\s]")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(fold(m.group()).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _cached_tokens(doc: Doc, i: int) -> list:
    cache = doc._tokens
    if i not in cache:
        cache[i] = _tokens(doc.sentences[i].text)
    return cache[i]


def edited(ta: list, tb: list, t: Thresholds) -> Optional[list[tuple]]:
    """The places where two token lists differ, when one is the other edited or trimmed; else
    None (see :func:`edit_of`)."""
    found = edit_of(ta, tb, t)
    return found[0] if found else None


def edit_of(ta: list, tb: list, t: Thresholds) -> Optional[tuple[list[tuple], bool]]:
    """(the places where two token lists differ, whether one is the other trimmed), when one is
    the other edited or trimmed; else None.

    >>> t = Thresholds()
    >>> a = _tokens("Reid, 33, earned a reputation as a drunken partier.")
    >>> b = _tokens("Reid, 42, earned a reputation as a drunken partier.")
    >>> edit_of(a, b, t)
    ([('replace', 2, 3, 2, 3)], False)
    >>> edit_of(a, _tokens("Police said the fire started in the kitchen."), t) is None
    True
    """
    if min(len(ta), len(tb)) < t.edit_least_words:
        return None
    wa, wb = [w for w, _, _ in ta], [w for w, _, _ in tb]
    shared, na, nb = len(set(wa) & set(wb)), len(set(wa)), len(set(wb))
    if not _may_share(shared, na, nb, t):
        return None                               # a cheap test before the diff
    matcher = SequenceMatcher(a=wa, b=wb, autojunk=False)
    same = sum(size for _, _, size in matcher.get_matching_blocks())
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not ops:
        return None
    if shared >= t.edit_shared * max(na, nb) and same >= t.edit_shared * max(len(wa), len(wb)) and len(ops) <= t.edit_spans:
        return ops, False
    # one sentence the other trimmed ("John Ging, director of operations in Gaza for UNRWA, the
    # United Nations Relief and Works Agency, said that …" / "John Ging, director of operations
    # in Gaza for UNRWA, said …"): words dropped in places, few values replaced
    replaced = [op for op in ops if op[0] == "replace"]
    if len(replaced) <= t.edit_spans and len(ops) - len(replaced) <= t.edit_trims and \
            same >= t.edit_shared * min(len(wa), len(wb)) and same >= t.edit_trimmed_share * max(len(wa), len(wb)) and \
            all(_interior(op, len(wa), len(wb), t.edit_replaced_most) and not _near_a_cut(op, ops, t.edit_cut_reach)
            for op in replaced):
        return ops, True
    return None


def _near_a_cut(op: tuple, ops: list[tuple], reach: int) -> bool:
    """Are words dropped or added within ``reach`` tokens of a replaced value ("20 points and
    more" / "31 points": the dropped "and more" made the figure a bound)?"""
    _, a0, a1, b0, b1 = op
    return any(o is not op and o[0] != "replace" and
               (o[1] - reach <= a1 and a0 <= o[2] + reach or o[3] - reach <= b1 and b0 <= o[4] + reach)
               for o in ops)


def _interior(op: tuple, na: int, nb: int, most: int) -> bool:
    """Is a replaced place of a trimmed copy one value within words both sides keep: neither
    sentence begins or ends there (a trimmed tail, "hosted by Seth MacFarlane, who …" / "…,"
    The Hollywood Reporter wrote", is a cut, not a value changed), and each side ``most``
    tokens at most?"""
    _, a0, a1, b0, b1 = op
    return 0 < a0 and 0 < b0 and a1 < na - 1 and b1 < nb - 1 and max(a1 - a0, b1 - b0) <= most


def _may_share(shared: int, na: int, nb: int, t: Thresholds) -> bool:
    """Can two sentences with ``shared`` distinct words in common of ``na`` and ``nb`` be one
    sentence edited or trimmed (:func:`edited`)?"""
    return shared >= t.edit_shared * min(na, nb) and shared >= t.edit_trimmed_share * max(na, nb)


def _overlapping(doc: Doc, i: int, start: int, end: int, kind: type) -> list:
    s = doc.sentences[i]
    return [f for f in doc.of(i, kind) if f.start - s.start < end and start < f.end - s.start]


def _span(tokens: list, k0: int, k1: int) -> tuple[int, int]:
    """Characters of tokens k0..k1 (an empty place is the token after it, or the last)."""
    k1 = min(k1, len(tokens))
    if k1 > k0:
        return tokens[k0][1], tokens[k1 - 1][2]
    k = min(k0, len(tokens) - 1)
    return tokens[k][1], tokens[k][2]


def _at(doc: Doc, i: int, start: int, end: int) -> Side:
    s = doc.sentences[i]
    return span_side(doc, i, s.start + start, s.start + end)


def edit_pairs(doc_a: Doc, doc_b: Doc, *, t: Thresholds = Thresholds()) -> set[tuple[int, int]]:
    """Sentence pairs, anywhere in the two reports, whose distinct words overlap enough to be
    one sentence edited or trimmed. A's words are indexed; a sentence of B that shares ``t.edit_trimmed_share``
    of its words with one of A shares at least one of its rarest words with it (all but that
    many less one), so only the sentences of A holding one of those are counted (a prefix
    filter): the cost grows with the rare shared words, not with every pair of sentences."""
    index: dict[str, list[int]] = {}
    sets: dict[int, set[str]] = {}
    for i, s in enumerate(doc_a.sentences):
        if not s.role.is_content:
            continue            # boilerplate (a dateline, a credit) yields no finding
        sets[i] = {w for w, _, _ in _cached_tokens(doc_a, i) if w.isalnum()}
        for w in sets[i]:
            index.setdefault(w, []).append(i)
    out = set()
    for j, s in enumerate(doc_b.sentences):
        if not s.role.is_content:
            continue
        words = {w for w, _, _ in _cached_tokens(doc_b, j) if w.isalnum()}
        if len(words) < t.edit_least_words:
            continue
        # shared words a pair needs at least (a trimmed copy shares the fewest)
        need = math.ceil(t.edit_trimmed_share * len(words) - 1e-9)
        rare = sorted(words, key=lambda w: (len(index.get(w, ())), w))[:len(words) - need + 1]
        candidates = {i for w in rare for i in index.get(w, ())}
        out.update((i, j) for i in candidates if _may_share(len(words & sets[i]), len(words), len(sets[i]), t))
    return out


def edit_findings(doc_a: Doc, doc_b: Doc, pairs: Iterable[tuple[int, int]], aliases: Aliases, *,
                  t: Thresholds, tolerance: float, out: Out) -> None:
    """Findings for the sentence pairs that are one sentence edited (see the module's doc)."""
    for i, j in sorted(set(pairs)):
        if not (doc_a.sentences[i].role.is_content and doc_b.sentences[j].role.is_content):
            continue
        ta, tb = _cached_tokens(doc_a, i), _cached_tokens(doc_b, j)
        edit = edit_of(ta, tb, t)
        if edit is None:
            continue
        ops, trimmed = edit
        if trimmed and Role.HEADLINE in (doc_a.sentences[i].role, doc_b.sentences[j].role):
            continue        # a headline is reworded more than trimmed: "Apple unveils new MacBook Pro with Ivy Bridge"
        for tag, a0, a1, b0, b1 in ops:
            (sa, ea), (sb, eb) = _span(ta, a0, a1), _span(tb, b0, b1)
            found = _changed_fact(doc_a, i, sa, ea, doc_b, j, sb, eb, aliases, tolerance, t)
            if found and trimmed and not (_within(doc_a, i, found[0], sa, ea) and _within(doc_b, j, found[1], sb, eb)):
                found = None    # in a trimmed copy, only a value the replaced words hold whole
            if found and trimmed and _held_apart(out, doc_a, i, found[0], j, found[1]):
                continue        # the words dropped may have set the two apart ("In March, a quake measuring
                                # 5.9" / "A quake measuring 4.2 … on Tuesday"): a judge's rule said so
            if found:
                x, y, verdict, reason, kind = found
                if kind == "number" and (hypothetical(doc_a, i, x) or hypothetical(doc_b, j, y)):
                    out.skip("number.hypothetical", kind, side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
                    continue
                # a place or a body named otherwise in one sentence is often the same one
                # ("Sudan" / "Khartoum", "Pacific Basin" / "Pacific Ocean")
                lowered = ("edit.place-or-body",) if kind == "entity" and reason == "another name" and \
                    not _people(x, y) else ()
                confidence = t.edit_confidence
                confidence = lowered_all(confidence, lowered)
                out.pin(Finding(kind, verdict, side(doc_a, i, x), side(doc_b, j, y),
                                f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — the same sentence in both reports "
                                f"with {reason}", confidence, lowered_by(lowered), lowered))
                continue
            wa, wb = [w for w, _, _ in ta[a0:a1]], [w for w, _, _ in tb[b0:b1]]
            if tag == "replace" and len(wa) == len(wb) == 1 and _digits(wa[0]) and _digits(wb[0]) and \
                    wa[0].replace(",", "") != wb[0].replace(",", "") and \
                    not _inside(doc_a, i, sa, ea) and not _inside(doc_b, j, sb, eb):
                # a number no parser reads as a figure or a date ("the 2005 ceremony", "the No. 6
                # seed", "the 2040 block"), changed in the same sentence
                sx, sy = _at(doc_a, i, sa, ea), _at(doc_b, j, sb, eb)
                kind = "date" if all(_YEAR.fullmatch(w) for w in wa + wb) else "number"
                out.pin(Finding(kind, Verdict.DIFFERS, sx, sy,
                                f"{doc_a.id}: {sx.text}; {doc_b.id}: {sy.text} — the same sentence in both reports "
                                f"with another {'year' if kind == 'date' else 'number'}", t.edit_confidence))
                continue
            added = wa + wb
            if len(ops) == 1 and tag in ("insert", "delete") and added and set(added) <= NEGATORS and \
                    not _inside(doc_a, i, *_span(ta, a0, a0 + 1)) and not _inside(doc_b, j, *_span(tb, b0, b0 + 1)):
                # "was admitted" / "was not admitted", the only change: the negator and the word after it
                na, nb = _span(ta, a0, a1 + 1), _span(tb, b0, b1 + 1)
                sx, sy = _at(doc_a, i, *na), _at(doc_b, j, *nb)
                denied = doc_a.id if tag == "delete" else doc_b.id
                out.pin(Finding("negation", Verdict.CONFLICT, sx, sy,
                                f"{doc_a.id}: “{sx.text}”; {doc_b.id}: “{sy.text}” — the same sentence in both "
                                f"reports, denied in {denied}", t.edit_confidence))


# rules that say nothing of what two values are (a finding or a partner elsewhere was surer)
_NOT_APART = frozenset({"below-min-confidence", "fact-matched-elsewhere"})


def _held_apart(out: Out, doc_a: Doc, i: int, x, j: int, y) -> bool:
    """Did a judge hold the two values back by a rule that sets them apart (two dates, two
    series, another place)? A trimmed copy ties them only where none did."""
    return any(s.rule not in _NOT_APART and s.a is not None and s.b is not None and s.a.source == doc_a.id
               and s.b.source != doc_a.id and s.a.sentence == i and s.b.sentence == j and s.a.start < x.end and x.start < s.a.end
               and s.b.start < y.end and y.start < s.b.end for s in out.skips)


def _within(doc: Doc, i: int, fact, start: int, end: int) -> bool:
    """Does a fact lie within characters ``start``..``end`` of sentence ``i``?"""
    s = doc.sentences[i]
    return start <= fact.start - s.start and fact.end - s.start <= end


_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _digits(word: str) -> bool:
    return any(c.isdigit() for c in word) and all(c.isdigit() or c in ".,:" for c in word)


def _people(x: Entity, y: Entity) -> bool:
    """Two full names of people ("Dave Gaskin" / "Dave Kaplan"), not places or bodies
    ("East Fifth Avenue" / "Mount Pleasant")."""
    return all(person_like(e) and len(e.text.split()) >= 2 for e in (x, y))


def _inside(doc: Doc, i: int, start: int, end: int) -> bool:
    """Is this place inside a quote or a source's name (the quote and source judges' part)?"""
    return bool(_overlapping(doc, i, start, end, Quote) or _overlapping(doc, i, start, end, Attribution))


def _says(folded: str, value: str) -> bool:
    """Does the sentence (folded by ``fold_key`` and padded with spaces) have these words,
    whole ("ten" is not in "often")?"""
    return f" {fold_key(value)} " in folded


def _moved(doc_a: Doc, i: int, xs: list, folded_a: str, doc_b: Doc, j: int, ys: list, folded_b: str, kind: type) -> bool:
    """Does each sentence also state the other's value, elsewhere in it? A figure is
    compared as a whole figure of the other sentence ("2 years" is not in "2 1/2 years"),
    a name or a time as words of it."""
    if kind is Quantity:
        keys_a = {fold_key(q.text) for q in doc_a.of(i, Quantity)}
        keys_b = {fold_key(q.text) for q in doc_b.of(j, Quantity)}
        return any(fold_key(x.text) in keys_b for x in xs) or any(fold_key(y.text) in keys_a for y in ys)
    return any(_says(folded_b, x.text) for x in xs) or any(_says(folded_a, y.text) for y in ys)


def _inflected(kx: str, ky: str) -> bool:
    """One name with a word in another form, not another name: "Indian Navy" / "Indian Naval"
    (the word that differs keeps its first three letters and is not a misspelling of it).

    >>> _inflected("indian navy", "indian naval"), _inflected("the army", "the sas")
    (True, False)
    """
    wx, wy = kx.split(), ky.split()
    differ = [(p, q) for p, q in zip(wx, wy) if p != q]
    return len(wx) == len(wy) and len(differ) == 1 and differ[0][0][:3] == differ[0][1][:3]


def _fuller(kx: str, ky: str) -> bool:
    """One name written out more fully, each word of the shorter kept in its order: "Queens
    Hit-Run" / "Queens Hit-And-Run Accident".

    >>> _fuller("queens hit-run", "queens hit-and-run accident"), _fuller("the army", "the sas")
    (True, False)
    """
    short, long = sorted((re.split(r"[\s\-]+", k) for k in (kx, ky)), key=len)
    words = iter(long)
    return len(short) >= 2 and len(short) < len(long) and all(w in words for w in short)   # in order


def _changed_fact(doc_a, i, sa, ea, doc_b, j, sb, eb, aliases, tolerance, t):
    """The fact a changed place holds on both sides, and how the two values relate (or None)."""
    folded_a, folded_b = (f" {fold_key(d.sentences[k].text)} " for d, k in ((doc_a, i), (doc_b, j)))
    # a change inside a quote or in who a claim comes from is the quote or source judge's
    if _inside(doc_a, i, sa, ea) or _inside(doc_b, j, sb, eb):
        return None
    for kind, name in ((Quantity, "number"), (TimeFact, "date"), (Entity, "entity")):
        xs, ys = _overlapping(doc_a, i, sa, ea, kind), _overlapping(doc_b, j, sb, eb, kind)
        if not xs or not ys:
            continue
        if _moved(doc_a, i, xs, folded_a, doc_b, j, ys, folded_b, kind):
            return None         # a value moved, not changed: "Somali pirates" / "Pirates from Somalia"
        if name == "entity" and any(aliases.relation(x.text, y.text) for x in xs for y in ys):
            return None         # one name written two ways
        x, y = xs[0], ys[0]
        if name == "number":
            result = compare_quantities(x, y, tolerance=tolerance, t=t)
            what = "another figure"
        elif name == "date":
            if x.qualifier and x.qualifier == y.qualifier:      # "since 1969" / "since 1970": the same bound, moved
                x, y = dataclasses.replace(x, qualifier=None), dataclasses.replace(y, qualifier=None)
            result = relate_times(x, y)
            written = relate_times(next(extract_times(x.text), x), next(extract_times(y.text), y))
            if result is not None and result[0] is Verdict.CONFLICT and (written is None or written[0] is not Verdict.CONFLICT
                                                                         or (own_day(doc_a, i, x) and own_day(doc_b, j, y))):
                return None     # "Monday afternoon" / "this afternoon" in a reprint a day later: the dates make the
                                # clash; so do two reports' own dates ("today (14 October 2011)")
            what = "another time"
        else:
            kx, ky = fold_key(x.text), fold_key(y.text)
            spelled = name_variant(kx, ky, t)
            if not spelled and (not other_name(kx, ky) or _inflected(kx, ky) or _fuller(kx, ky)):
                return None     # one inside the other, or a derived form ("Indian Navy" / "Indian Naval")
            result = spelled[:2] if spelled else (Verdict.CONFLICT, "names that exclude each other") \
                if aliases.excludes(x.text, y.text) else None
            what = "the name written differently" if spelled else "another name"
        if result is None and name != "entity":
            return None         # not comparable: an ordinal and a year ("86th Oscars" / "2014 Oscars"), a weekday and "yesterday"
        if result is None:
            return x, y, Verdict.DIFFERS, what, name
        verdict, reason = result
        if verdict is Verdict.AGREE:
            return None
        return x, y, verdict, f"{what}: {reason}" if reason else what, name
    return None
