"""Negation and opposite words: a statement one report makes and the other denies."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..aliases import Aliases
from ..facts.polarity import affirmed
from ..model import Entity, Finding, Polarity, Side, Verdict
from ..text import PRONOUNS, STOPWORDS, alternation, fold, stem, stems_after, stems_before
from ..lexicon import DETERMINERS, data
from ..settings import Thresholds
from .doc import Doc, who
from .rules import Out, combine, lowered_all, lowered_by, sentence_evidence
from .sources import vague, within


def negation_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases, *, t: Thresholds, out: Out,
                      score: float = 1.0, aligned: bool = True) -> None:
    """Statements of sentences ``ia`` (of A) and ``ib`` (of B) with opposite polarity.

    A word counts only when each sentence takes one stance on it: "armed" in one and "not
    armed" in the other conflict, but not when either sentence says both. The plain side must
    use the word as the denial does ("not armed" / "armed", "did not fire" / "fired": not "the
    armed forces" / "firing"). Two sentences that name different people or bodies just before
    the word speak of different subjects; and below a ``close`` alignment ``score`` the words
    around the two spans must share a content word (two for a bare verb or a pair of opposite
    words, whose senses vary more). Claims that both reports attribute to
    different named sources → ``differs``; otherwise ``conflict``. ``close`` is
    ``t.negation_close``.
    """
    evidence = sentence_evidence(score, aligned)
    for i in ia:
        for j in ib:
            _contrasts(doc_a, i, doc_b, j, aliases, out, loose=score < t.negation_close, evidence=evidence)


@dataclass(frozen=True)
class _Stance:
    plain: dict          # stem → [(start, end, word)] stated plainly
    marked: tuple        # Polarity facts
    words: frozenset     # the plain words


def _stance(doc: Doc, i: int) -> _Stance:
    """What sentence ``i`` states plainly and what it marks; remembered per report."""
    memo = doc._memo.setdefault("stances", {})
    if i not in memo:
        memo[i] = _read_stance(doc, i)
    return memo[i]


def _read_stance(doc: Doc, i: int) -> _Stance:
    marked = tuple(doc.of(i, Polarity))
    denied = [(p.start, p.end) for p in marked if not p.positive]
    plain = {}
    for head, occ in affirmed(doc.sentences[i]).items():
        occ = [o for o in occ if not any(s <= o[0] and o[1] <= e for s, e in denied)]
        if occ:
            plain[head] = occ
    return _Stance(plain, marked, frozenset(w for occ in plain.values() for *_, w in occ))


def _polarities(st: _Stance, head: str) -> set[bool]:
    return ({True} if head in st.plain else set()) | {p.positive for p in st.marked if p.head == head}


def _evidence(doc: Doc, i: int, st: _Stance, denial: Polarity) -> Optional[tuple[int, int, str]]:
    """Where a sentence states plainly what ``denial`` denies, used as the denial uses it."""
    for p in st.marked:
        if p.positive and p.head == denial.head and p.word == denial.word:
            return (p.start, p.end, p.text)
    text, base = doc.sentences[i].text, doc.sentences[i].start
    for start, end, word in st.plain.get(denial.head, ()):
        if re.match(r"\s+as\b", text[end - base:]):
            continue            # "known as", "described as": a name or a label, not a state
        if (word != denial.word and not word.endswith("ing")) if denial.verb else word == denial.word:
            if denial.cue.endswith(" not") and not fold(text[:start - base]).lower().rstrip().endswith(
                    denial.cue.split()[0]):
                continue        # "pleaded not guilty" is denied only by "pleaded guilty"
            return (start, end, word)
    return None


def _contrasts(doc_a: Doc, i: int, doc_b: Doc, j: int, aliases: Aliases, out: Out, *, loose: bool,
               evidence: float) -> None:
    sa, sb = _stance(doc_a, i), _stance(doc_b, j)
    spans = []
    for (x, y, flip) in ((sa, sb, False), (sb, sa, True)):
        for p in x.marked:
            if p.positive or _polarities(x, p.head) != {False} or _polarities(y, p.head) != {True}:
                continue
            hit = _evidence(doc_a, i, y, p) if flip else _evidence(doc_b, j, y, p)
            if hit:
                mine = (p.start, p.end, p.text)
                spans.append(((hit, mine) if flip else (mine, hit)) + ("one denies what the other states", p.verb, p.verb, p.head))
    for x, y in aliases.knowledge.opposites:
        if x in sa.words and y in sb.words and x not in sb.words and y not in sa.words:
            hit_a = next(o for occ in sa.plain.values() for o in occ if o[2] == x)
            hit_b = next(o for occ in sb.plain.values() for o in occ if o[2] == y)
            # "agreed to pay" / "refused to pay", not "confirmed the arrests" / "denied the charge"
            if set(_around(doc_a, i, hit_a, 5, left=False)) & set(_around(doc_b, j, hit_b, 5, left=False)):
                spans.append((hit_a, hit_b, "opposite words", True, False, ""))
    spans += _directions(doc_a, i, doc_b, j)
    ca, cb = doc_a.claimants[i], doc_b.claimants[j]
    one_source = bool(ca and cb and not vague(ca) and (aliases.same(ca, cb) or within(ca, cb)))
    seen = set()
    for span_a, span_b, reason, weak, verb, head in sorted(spans):
        if (span_a[0], span_b[0]) in seen:
            continue
        sa = Side(doc_a.id, i, span_a[2], span_a[0], span_a[1], ca)
        sb = Side(doc_b.id, j, span_b[2], span_b[0], span_b[1], cb)
        rule = None
        if _NO_LONGER.search(fold(span_a[2] + " " + span_b[2]).lower()):
            rule = "negation.no-longer"     # "no longer affected" says it was affected before
        elif not one_source and not _same_subject(doc_a, i, span_a, doc_b, j, span_b, aliases, known=verb):
            rule = "negation.different-subject"
        elif reason != _OPPOSITE_WAYS and _particle(doc_a, i, span_a) != _particle(doc_b, j, span_b):
            rule = "negation.particle"      # "checked out of" is no denial of "checked into"
        elif not one_source and not (_about(doc_a, i, *span_a[:2]) and _about(doc_b, j, *span_b[:2])):
            rule = "negation.unclear-subject"   # "He was wearing crampons" / "the man was not wearing crampons"
        elif head and _both_ways(doc_a, head) and _both_ways(doc_b, head):
            rule = "negation.both-ways"     # "we are not competing" and "competing with customers"
        elif loose and len(_around(doc_a, i, span_a) & _around(doc_b, j, span_b)) < 1 + weak:
            rule = "negation.loose-alignment"
        if rule:
            out.skip(rule, "negation", sa, sb, f"“{span_a[2]}” / “{span_b[2]}”")
            continue
        seen.add((span_a[0], span_b[0]))
        verdict = Verdict.CONFLICT
        if ca and cb and not vague(ca) and not vague(cb) and not one_source:
            verdict, reason = Verdict.DIFFERS, reason + ", as different sources say"
        shared = len(_around(doc_a, i, span_a) & _around(doc_b, j, span_b))
        confidence = combine(evidence, 0.4 if one_source else 0.2, min(0.4, 0.1 * shared))
        # "checked into" / "checked out of": two completed movements are often told one after
        # the other; "was walking into" / "were walking out of" say what went on at one moment
        lowered = ("negation.sequence",) if reason.startswith(_OPPOSITE_WAYS) and not \
            (_progressive(span_a[2]) or _progressive(span_b[2])) else ()
        confidence = lowered_all(confidence, lowered)
        out.find(Finding("negation", verdict, sa, sb,
                         f"{who(doc_a, i)}: “{span_a[2]}”; {who(doc_b, j)}: “{span_b[2]}” — {reason}",
                         confidence, lowered_by(lowered), lowered))


SUBJECT_SKIP = frozenset("""
was were is are am be been being has have had did does do could would will should can may might must
not n't never no longer also all already still both each now then yet so very too
""".split())


def _about(doc: Doc, i: int, start: int, end: int) -> Optional[str]:
    """The word that names what a statement is about. Used before a noun ("an armed police
    officer", "the unarmed man"), the word modifies that noun; otherwise it is the last word
    before it once auxiliaries, negators and adverbs are set aside ("Ross is not signed" →
    "Ross"; "Kaba, who was unarmed" → "Kaba"). ``None`` for a pronoun or anything unclear."""
    s = doc.sentences[i]
    toks = re.findall(r"[A-Za-z0-9][\w'\-]*|[,;:]", fold(s.text[:start - s.start]))
    while toks and toks[-1].lower().endswith("ly") and toks[-1].lower() not in SUBJECT_SKIP:
        toks.pop()
    if toks and (toks[-1].lower() in DETERMINERS or toks[-1][0].isdigit() or toks[-1].endswith("'s")):
        after = re.match(r"\s+([A-Za-z][\w\-]*)", fold(s.text[end - s.start:]))
        return after.group(1) if after and after.group(1).lower() not in STOPWORDS else None
    while toks and (toks[-1].lower() in SUBJECT_SKIP or toks[-1].lower().endswith("ly")):
        toks.pop()
    if len(toks) >= 2 and toks[-1].lower() in ("who", "which", "that"):
        toks = toks[:-2] if toks[-2] == "," else toks[:-1]
    if toks and toks[-1] == ",":
        # an apposition: "LuAnn Marie Johnson, 66, of Burnsville, was walking" → "Johnson"
        opening = [k for k in range(max(0, len(toks) - 8), len(toks) - 1) if toks[k] == ","]
        if opening and opening[0] > 0 and toks[opening[0] - 1][:1].isupper():
            toks = toks[:opening[0]]
    if not toks:
        return None
    word = toks[-1]
    if word in ",;:" or word.lower() in STOPWORDS or word.lower() in PRONOUNS:
        word = toks[-2] if len(toks) >= 2 and toks[-1] == "," and toks[-2][:1].isupper() else ""
    return word or None


def _same_subject(doc_a: Doc, i: int, span_a: tuple, doc_b: Doc, j: int, span_b: tuple, aliases: Aliases,
                  *, known: bool = False) -> bool:
    """False when the two statements are plainly about different things ("Ross is not signed" /
    "DiLeo played"; "Kaba, who was unarmed" / "an armed police officer"). ``known``: the subject
    must be found on both sides, as for a bare verb ("Steve Jobs would not kick off the show" /
    "Phil Schiller … stood in and kicked off the show")."""
    wa, wb = _about(doc_a, i, *span_a[:2]), _about(doc_b, j, *span_b[:2])
    if wa is None or wb is None:
        return not known
    if stem(wa) == stem(wb):
        return True
    # a subject of two ("Johnson and her daughter were walking") holds the other's subject
    if _in_subject(doc_b, j, span_b, wa) or _in_subject(doc_a, i, span_a, wb):
        return True
    names = {e.text for e in doc_a.of(i, Entity) if wa in e.text.split()}, \
        {e.text for e in doc_b.of(j, Entity) if wb in e.text.split()}
    return any(aliases.relation(x, y) for x in names[0] for y in names[1])


def _in_subject(doc: Doc, i: int, span: tuple, word: str) -> bool:
    """Is ``word`` one of two subjects right before a statement ("Johnson and her husband
    were walking")?"""
    s = doc.sentences[i]
    clause = re.split(r"[,;:]", fold(s.text[:span[0] - s.start]))[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'\-]*", clause)[-6:]]
    return "and" in words and stem(word) in {stem(w) for w in words[:words.index("and")]}


def _both_ways(doc: Doc, head: str) -> bool:
    """Does the report, somewhere, both state and deny ``head``?"""
    seen: set[bool] = set()
    for k, s in enumerate(doc.sentences):
        if s.role.is_content:
            seen |= _polarities(_stance(doc, k), head)
    return seen == {True, False}


_OPPOSITE_WAYS = "the same verb, opposite ways"
_NO_LONGER = re.compile(r"\bno longer\b|\bnot any ?more\b")
_VERB_FORM = re.compile(r"(?:ing|ed)$|^(?:went|go|goes|came|come|comes|ran|run|runs|fell|rose|moved|got|get|gets)$")
_WAYS = {w: k for k, pair in enumerate(data("words")["opposite_particles"]) for side, words in enumerate(pair)
         for w in words}
_SIDE = {w: side for pair in data("words")["opposite_particles"] for side, words in enumerate(pair) for w in words}
_WAY = re.compile(r"\b([a-z]{3,})\s+(" + alternation(_WAYS) + r")\b")


def _directions(doc_a: Doc, i: int, doc_b: Doc, j: int) -> list[tuple]:
    """The same verb with particles of opposite ways ("walking into the store" / "walking out
    of the store", "prices went up" / "prices went down"), as spans for :func:`_contrasts`."""
    def ways(doc: Doc, k: int):
        s = doc.sentences[k]
        return [(stem(m.group(1)), m.group(2), (s.start + m.start(), s.start + m.end(), s.text[m.start():m.end()]))
                for m in _WAY.finditer(fold(s.text)) if m.group(1) not in STOPWORDS and _VERB_FORM.search(m.group(1))]
    out = []
    wb = ways(doc_b, j)
    for verb, way, span in ways(doc_a, i):
        for verb_b, way_b, span_b in wb:
            if verb == verb_b and _WAYS[way] == _WAYS[way_b] and _SIDE[way] != _SIDE[way_b]:
                out.append((span, span_b, _OPPOSITE_WAYS, True, False, ""))
    return out


def _progressive(span_text: str) -> bool:
    """Is the verb of a direction span in -ing ("walking into"): an action going on at the
    moment told, not one completed?"""
    return fold(span_text).lower().split()[0].endswith("ing")


def _particle(doc: Doc, i: int, span: tuple) -> str:
    """The particle after a verb ("checked out", "checked into"), which changes its sense."""
    s = doc.sentences[i]
    m = re.match(r"\s+(out|into|in|up|off|down|over|on|away|back)\b", s.text[span[1] - s.start:], re.I)
    way = m.group(1).lower() if m else ""
    return "in" if way == "into" else way       # "checked into", "checked in to", "checked in": one way


def _around(doc: Doc, i: int, span: tuple[int, int, str], width: int = 8, *, left: bool = True) -> set[str]:
    """Content stems within ``width`` words after a span and (``left``) before it."""
    s = doc.sentences[i]
    right = stems_after(s.text[span[1] - s.start:], width)
    return set(right) | (set(stems_before(s.text[:span[0] - s.start], width)) if left else set())


def claimant_pairs(doc_a: Doc, doc_b: Doc, aliases: Aliases, skip: set = frozenset()) -> list[tuple[int, int]]:
    """Sentence pairs, one per report, that the reports attribute to the same named person or
    body. Cost: one alias test per pair of distinct claimants, then the pairs they give."""
    of_b: dict[str, list[int]] = {}
    for j, cb in enumerate(doc_b.claimants):
        if cb and not vague(cb):
            of_b.setdefault(cb, []).append(j)
    partners: dict[str, list[int]] = {}
    out = []
    for i, ca in enumerate(doc_a.claimants):
        if not ca or vague(ca):
            continue
        if ca not in partners:
            partners[ca] = sorted(j for cb, js in of_b.items() if aliases.same(ca, cb) for j in js)
        out += [(i, j) for j in partners[ca] if (i, j) not in skip]
    return out
