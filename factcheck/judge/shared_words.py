"""An agreement shown with the words around it that both reports write alike.

"A jury … convicted a Spiro man of two counts of first-degree murder" agrees with the same
words in the other report on "two counts"; the editor reads the fact as "two counts of
first-degree murder", and the words both reports share next to the figure say so. An
agreement's two spans are widened over the words right after them that the two sentences
write alike, up to ``Thresholds.shared_after`` words, and, for a name, over up to
``Thresholds.shared_before`` names or figures right before it ("2013 Toyota Camry"), within
one phrase of the fact ("Vishwanand Subryan, 23, of Schenectady", "512MHz processor", "Betty
Ford Center in Rancho Mirage"), never into another fact ("Tuesday" is not shown as "Tuesday
in Washington", nor "Merkel" as "Merkel, Sarkozy"). :func:`_after` and :func:`_before` say
what each kind of fact takes.

Only agreements (``agree`` and ``compatible``): the two spans of a discrepancy stay the two
values that differ. Like :func:`.numbers.figure_side`, done once the findings are settled;
it changes what a finding shows, never which findings there are. Cost: O(w) per finding (for
a place, up to three mentions a side are tried).
"""
from __future__ import annotations

import dataclasses
import re
from ..lexicon import CLAIM_VERBS, NEWS_ABBREVIATIONS, PLACE_BEFORE, REGIONS, SPAN_EDGES
from ..model import Entity, Finding, Quantity, Side, Verdict
from .doc import Doc, span_side

_TOKEN = re.compile(r"\w[\w'’.\-]*\w|\w|[^\w\s]")
_OPEN, _CLOSE = "([", ")]"
_SAYING = frozenset(CLAIM_VERBS)
_LINKS = frozenset({"of", "in"})      # the one function word a span may be widened over
# the small words inside a name ("Bank of America", "Ludwig van Beethoven")
_NAME_WORDS = frozenset({"of", "the", "and", "de", "del", "la", "le", "van", "von", "al", "bin", "da", "du"})


def widened(f: Finding, docs: dict[str, Doc], *, before: int, after: int) -> Finding:
    """``f`` with both spans widened over the words around them that both sentences write
    alike; ``f`` itself for a discrepancy, or when nothing around the spans is shared."""
    if f.verdict not in (Verdict.AGREE, Verdict.COMPATIBLE):
        return f
    da, db = docs[f.a.source], docs[f.b.source]
    ta, tb = da.sentences[f.a.sentence], db.sentences[f.b.sentence]
    if ta.text[f.a.start - ta.start:f.a.end - ta.start] != f.a.text or \
            tb.text[f.b.start - tb.start:f.b.end - tb.start] != f.b.text:
        return f            # (a side that is not a plain slice of its sentence is left as it is)
    # a place its sentence writes twice is shown where both reports write the most alike around
    # it ("the Bishop of Bountiful, runs …" / "in Bountiful, British Columbia"; the first wins a tie)
    kind = _kind(f, da, db)
    if kind != "place":
        return _widened_once(f, da, db, ta.text, tb.text, before, after, kind)
    best = None
    for sa in _mentions(da, f.a, ta):
        for sb in _mentions(db, f.b, tb):
            g = dataclasses.replace(f, a=sa, b=sb)
            got = _widened_once(g, da, db, ta.text, tb.text, before, after, _kind(g, da, db))
            size = len(got.a.text) - len(g.a.text) if got is not g else 0
            if best is None or size > best[0]:
                best = (size, got if got is not g else f)
    return best[1]


def _mentions(doc: Doc, side: Side, s) -> list[Side]:
    """``side`` and every other place its sentence writes the same words, as whole words and
    not inside a longer name ("Sudan" in "South Sudan"), ``side`` first."""
    out = [side]
    for m in re.finditer(r"(?<!\w)" + re.escape(side.text) + r"(?!\w)", s.text):
        if s.start + m.start() != side.start and not _NAME_BEFORE.search(s.text, 0, m.start()):
            out.append(span_side(doc, side.sentence, s.start + m.start(), s.start + m.end()))
            if len(out) == _MENTIONS:
                break
    return out


_MENTIONS = 3       # mentions of one place in one sentence tried (a sentence naming it 50 times stays cheap)


# a capitalised word right before a mention: the words are part of another name there ("Sudan"
# in "South Sudan"), not another mention of the same one
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.\-]*\s+$")


def _widened_once(f: Finding, da: Doc, db: Doc, text_a: str, text_b: str, before: int, after: int,
                  kind: str) -> Finding:
    """``f`` widened at the mentions its sides name, as a fact of ``kind`` (:func:`_kind`), or
    ``f`` itself when nothing is shared."""
    ta, tb = da.sentences[f.a.sentence], db.sentences[f.b.sentence]
    a0, a1, b0, b1 = f.a.start - ta.start, f.a.end - ta.start, f.b.start - tb.start, f.b.end - tb.start
    after_a, after_b = _TOKEN.findall(text_a[a1:]), _TOKEN.findall(text_b[b1:])
    before_a, before_b = _TOKEN.findall(text_a[:a0])[::-1], _TOKEN.findall(text_b[:b0])[::-1]
    right = _trim(_after(_common(after_a, after_b), after, kind)) if kind != "other" else []
    left = _trim(_before(_common(before_a, before_b), before))[::-1] if kind == "name" and _proper(f) else []
    left, right = _nested(left, _TOKEN.findall(f.a.text), right)
    if not left and not right:
        return f
    # (the shared words may differ in case: each side is widened over its own)
    n, m = len(left), len(right)
    return dataclasses.replace(f, a=_widen(da, f.a, text_a, before_a[:n][::-1], after_a[:m]),
                               b=_widen(db, f.b, text_b, before_b[:n][::-1], after_b[:m]))


def _kind(f: Finding, da: Doc, db: Doc) -> str:
    """"name", "place" (a name whose entity is a place, or that both reports write after a
    preposition of place, ``data/words.toml`` ``place_before``, or before a region's
    abbreviation: "in Bountiful, British Columbia", "a Biloxi, Miss., motel"),
    "measure" (a figure with a unit, or an ordinal: "512MHz processor", "fourth quarter"),
    "figure", "time" or "other" (quotes, denials: not widened)."""
    if f.kind in ("entity", "attribution"):
        entity = _inside(da, f.a, Entity)
        placed = all(_word_before(doc, side) in PLACE_BEFORE or _abbreviated_region(doc, side)
                     for doc, side in ((da, f.a), (db, f.b)))
        return "place" if (entity is not None and entity.label == "place") or placed else "name"
    if f.kind == "number":
        qa, qb = _inside(da, f.a, Quantity), _inside(db, f.b, Quantity)
        measured = all(q is not None and (q.unit or q.ordinal) for q in (qa, qb))
        return "measure" if measured else "figure"
    return "time" if f.kind == "date" else "other"


_LAST_WORD = re.compile(r"(?<![\w.])([a-z]+)\s+$")


def _word_before(doc: Doc, side: Side) -> str:
    """The word in lower case right before a side's span, spaces between ("in Bountiful" →
    "in"; not "In Motion", nor "of 14 AK 47"), or ""."""
    s = doc.sentences[side.sentence]
    m = _LAST_WORD.search(s.text, 0, side.start - s.start)
    return m.group(1) if m else ""


_REGION = re.compile(r",\s*([A-Z][a-z]+)\.")


def _abbreviated_region(doc: Doc, side: Side) -> bool:
    """Does a region's abbreviation follow the side's span after a comma ("a Biloxi, Miss.,
    motel")?"""
    s = doc.sentences[side.sentence]
    m = _REGION.match(s.text, side.end - s.start)
    return m is not None and m.group(1).lower() in REGIONS


def _inside(doc: Doc, side: Side, kind: type):
    """The last fact of ``kind`` inside a side's span (the one the span ends with)."""
    facts = [x for x in doc.of(side.sentence, kind) if side.start <= x.start and x.end <= side.end]
    return max(facts, key=lambda x: x.end, default=None)


def _same(x: str, y: str) -> bool:
    """One token written alike: the same letters, and the same capitals but where one side
    writes the word all in lower or upper case ("Hotel" / "hotel"; not "LaSalle" / "Lasalle")."""
    return x == y or (x.lower() == y.lower() and any(t.islower() or t.isupper() for t in (x, y)))


def _common(xs: list[str], ys: list[str]) -> list[str]:
    """The tokens both lists start with (nearest first)."""
    out = []
    for x, y in zip(xs, ys):
        if not _same(x, y):
            break
        out.append(x)
    return out


def _after(tokens: list[str], words: int, kind: str) -> list[str]:
    """The shared tokens after the span that belong to its phrase, up to ``words`` words.

    Never a stop, a quotation mark or a dash (no mark but a comma and brackets), nor a function
    word (``data/words.toml`` ``span_edges``) but for one "of" or "in" and the words after it ("two counts of first-degree murder", "16GB of RAM", "Betty Ford Center
    in Rancho Mirage"), nor a figure after it ("12 people in 2008"), nor a verb's "-ed" form.
    A time takes only words in lower case ("2012 shooting death"; not "Tuesday in Washington"). A figure with no unit takes
    only an "of" or "in" phrase ("about 300 rounds of ammunition"; not "12 died", "288
    candidates ran"). A name takes a verb of saying and stops ("Coroner Gary Hargrove said"),
    an age or an "of" or "in" phrase after a comma ("Vishwanand Subryan, 23, of Schenectady"),
    a place a region after a comma ("Bountiful, British Columbia", "Fort Smith, Ark." with the
    abbreviation's stop), a model number ("Curve
    8900"), and no other word: not what the person did ("Simpson shot"), nor another name
    ("Merkel, Sarkozy")."""
    out, counted, linked = [], 0, False
    for k, x in enumerate(tokens):
        low, prev = x.lower(), (out[-1] if out else "")
        after_link = prev.lower() in _LINKS
        if counted == words:
            break
        if low in SPAN_EDGES:
            if low not in _LINKS or linked:
                break
            linked = True
        elif x[:1].isdigit():
            if after_link or (kind in ("measure", "figure", "time")) or \
                    (kind in ("name", "place") and not (prev == "," or (not prev and x.isdigit()))):
                break       # another figure: "12 people in 2008", "Nadal 6-7"
        elif x == ",":
            nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
            region = _region(tokens, k + 1) if kind == "place" and not out else 0
            if region:
                out += tokens[k:k + 1 + region]     # "Bountiful, British Columbia", "Fort Smith, Ark."
                break
            if kind not in ("name", "place") or not (nxt[:1].isdigit() or nxt.lower() in _LINKS):
                break
        elif not x[:1].isalnum():
            if x not in _OPEN + _CLOSE:
                break
        elif x.islower() and len(low) > 4 and low.endswith("ed") and low not in _SAYING:
            break
        elif kind == "time" and not x.islower():
            break
        elif kind == "figure" and not linked:
            break           # "12 died": a figure with no unit takes only an "of" or "in" phrase
        elif kind in ("name", "place") and x[:1].islower() and not linked and low not in _SAYING:
            break           # "Simpson shot": what the person did
        elif kind in ("name", "place") and x[:1].isupper() and not (after_link or prev[:1].isupper()):
            break           # another name ("British Columbia Attorney General …")
        out.append(x)
        counted += x[0].isalnum()
    return out


def _region(tokens: list[str], k: int) -> int:
    """How many tokens from ``k`` name a region a report writes after a town and a comma
    (``data/places.toml`` ``after_comma``: "British Columbia", "Ark" with its stop), or 0: no
    other name is taken for one ("Washington, Obama said", "California, Gov. …")."""
    for n in (3, 2, 1):
        run = tokens[k:k + n]
        if len(run) == n and all(t[:1].isupper() for t in run) and " ".join(run).lower() in REGIONS:
            stop = k + n < len(tokens) and tokens[k + n] == "." and (n == 1 and (run[0].lower() in NEWS_ABBREVIATIONS
                                                                                or "." in run[0]))
            return n + stop
    return 0


def _before(tokens: list[str], words: int) -> list[str]:
    """The shared tokens right before a name that are names or figures ("2013 Toyota Camry"),
    up to ``words`` words: not a word in lower case ("Police said"). (A capitalised word right
    before a name is most often part of it already: "Monday Obama" is one name to the
    extractor.)"""
    out = []
    for x in tokens:
        if sum(t[0].isalnum() for t in out) == words:
            break
        if not (x[:1].isupper() or x[:1].isdigit() or x in _OPEN + _CLOSE):
            break
        out.append(x)
    return out


def _proper(f: Finding) -> bool:
    """Is the span a name (its words capitalised but for the small words of names), not a
    statement set side by side ("Five killed in shooting")?"""
    words = re.findall(r"[^\W\d_][\w'’.\-]*", f.a.text)
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_WORDS for w in words)


def _trim(tokens: list[str]) -> list[str]:
    """Tokens (nearest first) without the function words and punctuation at the far end."""
    while tokens and (tokens[-1].lower() in SPAN_EDGES or (not tokens[-1][0].isalnum() and tokens[-1] not in _CLOSE
                                                           and not _abbreviated(tokens))):
        tokens = tokens[:-1]
    return tokens


def _abbreviated(tokens: list[str]) -> bool:
    """Do the tokens end with an abbreviation's stop ("Ark", ".")?"""
    return len(tokens) > 1 and tokens[-1] == "." and tokens[-2].lower() in NEWS_ABBREVIATIONS


def _nested(left: list[str], span: list[str], right: list[str]) -> tuple[list[str], list[str]]:
    """``left`` (in reading order) and ``right`` cut until every bracket of what is shown
    closes the one opened last: "Creighton (25-7)" stays whole; "5-7) 7-6 (7-3" is cut to
    "5-7"."""
    while True:
        if _nests(left + span + right):
            return left, right
        if right:
            right = _trim(right[:-1])
        elif left:
            left = left[1:]
        else:
            return [], []


def _nests(tokens: list[str]) -> bool:
    stack = []
    for t in tokens:
        if t in _OPEN:
            stack.append(_CLOSE[_OPEN.index(t)])
        elif t in _CLOSE and (not stack or stack.pop() != t):
            return False
    return not stack


def _widen(doc: Doc, side: Side, text: str, left: list[str], right: list[str]) -> Side:
    """``side`` widened over ``left`` tokens before it and ``right`` tokens after it."""
    s = doc.sentences[side.sentence]
    start, end = side.start - s.start, side.end - s.start
    for token in reversed(left):
        start = text.rindex(token, 0, start)
    for token in right:
        end = text.index(token, end) + len(token)
    return span_side(doc, side.sentence, s.start + start, s.start + end)
