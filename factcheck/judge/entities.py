"""Names: the same role filled by different names, a name spelled two ways, part and whole."""
from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ..aliases import Aliases, derived, regional
from ..model import Entity, Fact, Finding, Verdict
from ..text import fold, stem
from .doc import Doc, side
from .sources import attributed


def _context(doc: Doc, i: int, e: Fact, width: int = 40) -> set[str]:
    s = doc.sentences[i]
    lo, hi = e.start - s.start, e.end - s.start
    window = s.text[max(0, lo - width):lo] + " " + s.text[hi:hi + width]
    return {stem(w) for w in re.findall(r"[a-z]{4,}", fold(window).lower())}


def _contained(x: list[str], y: list[str]) -> bool:
    """One name is the other with words added: "Apple" / "Apple Inc", "County" / "County Jail"."""
    short, long = sorted((x, y), key=len)
    if any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1)):
        return True
    # a model number cut off: "GeForce GT" / "GeForce GT650M"
    return len(x) == len(y) and x[:-1] == y[:-1] and any(
        b.startswith(a) and any(c.isdigit() for c in b[len(a):]) for a, b in ((x[-1], y[-1]), (y[-1], x[-1])))


def _other_name(kx: str, ky: str) -> bool:
    """Could two folded names name two things? Not with the same head word, not when one is
    inside the other ("Apple" / "Apple Inc"), not when the words that differ are derived forms
    ("India's navy" / "Indian Naval"); the shared words do not decide ("Endangered Species
    Coalition" / "… Act")."""
    wx, wy = kx.split(), ky.split()
    if wx[-1:] == wy[-1:] or len(kx) < 3 or len(ky) < 3 or _contained(wx, wy):
        return False
    return not (len(wx) == len(wy) and any(derived(p, q) for p, q in zip(wx, wy) if p != q))


def _spelled(kx: str, ky: str) -> bool:
    """Two folded names that look like one name spelled two ways: the words that differ are
    close ("Salahuddin" / "Salahaddin"), not one name inside the other, not a derived form
    ("Somalia" / "Somali", "India's navy" / "Indian Naval"), not a plural or another number.

    >>> _spelled("salahuddin", "salahaddin"), _spelled("smw3", "smw4"), _spelled("west germany", "west german")
    (True, False, False)
    """
    if not _other_name(kx, ky):
        return False
    wx, wy = kx.split(), ky.split()
    dx = " ".join(w for w in wx if w not in wy)
    dy = " ".join(w for w in wy if w not in wx)
    if dx.rstrip("s") == dy.rstrip("s") or re.sub(r"\d", "", dx) == re.sub(r"\d", "", dy):
        return False    # a plural ("RBI" / "RBIs"), another number ("SMW3" / "SMW4"): not a spelling
    return bool(dx and dy) and Levenshtein.normalized_similarity(dx, dy) >= 0.75 and kx[0] == ky[0]


def entity_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases) -> list[Finding]:
    ea = [(i, e) for i in ia for e in doc_a.of(i, Entity)]
    eb = [(j, e) for j in ib for e in doc_b.of(j, Entity)]
    out = []
    left_a = [(i, e) for i, e in ea if not any(aliases.relation(e.text, f.text) for _, f in eb)]
    left_b = [(j, e) for j, e in eb if not any(aliases.relation(e.text, f.text) for _, f in ea)]
    seen = set()
    for i, x in ea:
        for j, y in eb:
            if x.key != y.key and regional(x.key) == regional(y.key) and (x.key, y.key) not in seen:
                seen.add((x.key, y.key))
                out.append(Finding("entity", Verdict.COMPATIBLE, side(doc_a, i, x), side(doc_b, j, y),
                                   f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — British and American spelling"))
            rel = aliases.relation(x.text, y.text)
            if rel in ("part", "whole") and (x.key, y.key) not in seen:
                seen.add((x.key, y.key))
                finer = doc_a.id if rel == "part" else doc_b.id
                out.append(Finding("entity", Verdict.COMPATIBLE, side(doc_a, i, x), side(doc_b, j, y),
                                   f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — {finer} is more specific"))
    # a name one side has nowhere else, against any name of the other: "Kiltschko" is not
    # excused because the same report spells "Klitschko" right in another sentence
    unmatched_a = {id(x) for _, x in left_a}
    spell_pairs = [(i, x, j, y) for i, x in left_a for j, y in eb] + \
        [(i, x, j, y) for i, x in ea if id(x) not in unmatched_a for j, y in left_b]
    for i, x, j, y in spell_pairs:
        if (x.key, y.key) not in seen and _spelled(x.key, y.key):
            seen.add((x.key, y.key))
            out.append(Finding("entity", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y),
                               f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — the same name spelled differently?"))
    sources_a = attributed(doc_a, ia)
    sources_b = attributed(doc_b, ib)
    for i, x in left_a:
        for j, y in left_b:
            if (x.key, y.key) in seen or not _other_name(x.key, y.key):
                continue
            kinds = {x.label, y.label}
            if not kinds <= {"org", "acronym"} or len(left_a) != 1 or len(left_b) != 1:
                continue
            if any(x.start < e and s < x.end for s, e in sources_a) or any(y.start < e and s < y.end for s, e in sources_b):
                continue    # a source of the claim, not a doer in it: attribution_findings judges those
            shared_context = _context(doc_a, i, x) & _context(doc_b, j, y)
            if len(shared_context) >= 2:
                seen.add((x.key, y.key))
                role = ", ".join(sorted(shared_context)[:3])
                msg = f"{doc_a.id} names {x.text}, {doc_b.id} names {y.text} in the same place ({role})"
                if aliases.excludes(x.text, y.text):
                    out.append(Finding("entity", Verdict.CONFLICT, side(doc_a, i, x), side(doc_b, j, y),
                                       msg + "; the two exclude each other"))
                else:
                    out.append(Finding("entity", Verdict.DIFFERS, side(doc_a, i, x), side(doc_b, j, y), msg))
    return out
