"""Names: the same role filled by different names, a name spelled two ways, part and whole."""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import AbstractSet, Optional

import numpy as np
from rapidfuzz import process
from jellyfish import metaphone as _metaphone
from rapidfuzz.distance import Indel, LCSseq, Levenshtein

from ..aliases import Aliases, derived, regional, short_form
from ..facts.entities import person_like
from ..lexicon import GENERATIONAL, STOPWORDS, data
from ..model import Entity, Fact, Finding, Verdict
from ..text import URL_RE, alternation, fold, fold_key, stem
from ..settings import Thresholds
from .doc import Doc, side
from .bodies import body_reworded
from .names import rank_finding
from .rules import Out, combine, sentence_evidence
from .sources import attributed


def _context(doc: Doc, i: int, e: Fact, width: int = 40) -> set[str]:
    s = doc.sentences[i]
    lo, hi = e.start - s.start, e.end - s.start
    window = s.text[max(0, lo - width):lo] + " " + s.text[hi:hi + width]
    return {stem(w) for w in re.findall(r"[a-z]{4,}", fold(window).lower())}


def _as_written(doc: Doc, i: int, e: Fact, stems: set[str], width: int = 40) -> list[str]:
    """The words of ``e``'s context whose stems are in ``stems``, as the sentence writes them."""
    s = doc.sentences[i]
    lo, hi = e.start - s.start, e.end - s.start
    words = re.findall(r"[A-Za-z]{4,}", s.text[max(0, lo - width):lo] + " " + s.text[hi:hi + width])
    return list(dict.fromkeys(w for w in words if stem(fold(w).lower()) in stems)) or sorted(stems)


def contained(x: list[str], y: list[str]) -> bool:
    """One name is the other with words added: "Apple" / "Apple Inc", "County" / "County Jail"."""
    short, long = sorted((x, y), key=len)
    if not short:
        return False
    if any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1)):
        return True
    # a model number cut off: "GeForce GT" / "GeForce GT650M"
    return len(x) == len(y) and x[:-1] == y[:-1] and any(
        b.startswith(a) and any(c.isdigit() for c in b[len(a):]) for a, b in ((x[-1], y[-1]), (y[-1], x[-1])))


def other_name(kx: str, ky: str) -> bool:
    """Could two folded names name two things? Not with the same head word, not when one is
    inside the other ("Apple" / "Apple Inc"), not when the words that differ are derived forms
    ("India's navy" / "Indian Naval"); the shared words do not decide ("Endangered Species
    Coalition" / "… Act")."""
    wx, wy = kx.split(), ky.split()
    return wx[-1:] != wy[-1:] and not one_name_forms(kx, ky)


@lru_cache(maxsize=65536)
def one_name_forms(kx: str, ky: str) -> bool:
    """Two folded names that are one name in two forms, not two names: too short to tell, one
    inside the other ("Apple" / "Apple Inc"), or words that differ only as derived forms
    ("India's navy" / "Indian Naval")."""
    wx, wy = kx.split(), ky.split()
    return len(kx) < 3 or len(ky) < 3 or contained(wx, wy) or \
        (len(wx) == len(wy) and any(derived(p, q) for p, q in zip(wx, wy) if p != q))


_INITIALS = tuple(frozenset(group) for group in data("names")["transliterated_initials"])


def _transliterated(p: str, q: str) -> bool:
    """Could two first letters be one sound transliterated two ways ("g" / "k"; not "m" / "f")?"""
    return any(p[0] in group and q[0] in group for group in _INITIALS)


def _acronyms(a: str, b: str) -> bool:
    """Two acronyms ("ISNA" / "IRNA"): each letter stands for a word, so one letter more or
    another names another body, never a misspelling."""
    return all(w.isupper() and w.isalpha() and len(w) <= 6 for w in (a.strip(), b.strip()))


@lru_cache(maxsize=65536)
def _spelled(kx: str, ky: str, least: float = 0.75, sound: float = Thresholds.sound_spelling,
             letters: int = Thresholds.sound_letters) -> bool:
    """Two folded names that look like one name spelled two ways: the words that differ are
    close ("Salahuddin" / "Salahaddin"), or sound alike (:func:`sound_alike`), not one name inside the other, not a derived form
    ("Somalia" / "Somali", "India's navy" / "Indian Naval"), not a plural or another number.

    >>> _spelled("salahuddin", "salahaddin"), _spelled("smw3", "smw4"), _spelled("west germany", "west german")
    (True, False, False)
    """
    # as :func:`other_name`, but a shared head word is no objection here: "al-Fakhora school" /
    # "al-Fahora school" is one school spelled two ways
    if one_name_forms(kx, ky):
        return False
    wx, wy = kx.split(), ky.split()
    dx = " ".join(w for w in wx if w not in wy)
    dy = " ".join(w for w in wy if w not in wx)
    if dx.rstrip("s") == dy.rstrip("s") or re.sub(r"\d", "", dx) == re.sub(r"\d", "", dy):
        return False    # a plural ("RBI" / "RBIs"), another number ("SMW3" / "SMW4"): not a spelling
    return bool(dx and dy) and kx[0] == ky[0] and \
        (Levenshtein.normalized_similarity(dx, dy) >= least or sound_alike(dx, dy, sound, letters))


metaphone = lru_cache(maxsize=4096)(_metaphone)    # (jellyfish's Metaphone: how an English word sounds)


def sound_alike(p: str, q: str, least: float = Thresholds.sound_spelling, letters: int = Thresholds.sound_letters) -> bool:
    """Are two words (or runs of words) one name spelled as it sounds, two ways: the same
    Metaphone key, word by word, and letters at least ``least`` alike ("Betty" / "Bettie",
    "Khaled" / "Khalid", "Orioles" / "Oriels"; not "Austria" / "Australia", "NVDA" / "Nvidia")?

    >>> sound_alike("bettie", "betty"), sound_alike("khaled", "khalid"), sound_alike("austria", "australia")
    (True, True, False)
    >>> sound_alike("nvda", "nvidia"), sound_alike("program", "programme"), sound_alike("dan", "don")
    (False, False, False)
    >>> sound_alike("a380", "a350"), sound_alike("bettie page", "betty page")
    (False, True)
    """
    wp, wq = p.split(), q.split()
    return len(wp) == len(wq) and Levenshtein.normalized_similarity(p, q) >= least and \
        all(a == b or _sounds_as(a, b, letters) for a, b in zip(wp, wq))


# a sentence that says why it writes a name two ways: "spelled", "born", "known as", "or"
# words that explain two spellings in one sentence ("spelled her name "Betty"", "born Betty Mae Page")
_EXPLAINED = re.compile(r"\b(?:" + alternation(data("names")["spelling_explained"]).replace(r"\ ", r"\s+") + r")\b", re.I)


def _sounds_as(a: str, b: str, letters: int = Thresholds.sound_letters) -> bool:
    """Two words of letters, ``letters`` (``Thresholds.sound_letters``) or more, with one Metaphone key, a letter or two
    apart, neither inside the other ("NVDA" / "Nvidia" is a ticker, "Program" / "Programme" a
    house spelling; "2008" / "2009" and "A380" / "A350" have no sound to compare)."""
    return a.isalpha() and b.isalpha() and min(len(a), len(b)) >= letters and abs(len(a) - len(b)) <= 1 and \
        not (a.startswith(b) or b.startswith(a)) and metaphone(a) != "" and metaphone(a) == metaphone(b)


def _hyphen_only(a: str, b: str) -> bool:
    """Two writings apart only by a hyphen inside a word ("Poly-technic" / "Polytechnic"): a
    word broken at a line end, or a house style, not a second spelling ("El Dorado" /
    "Eldorado" is)."""
    return a != b and "-" in a + b and a.replace("-", "").lower() == b.replace("-", "").lower()


def misspelled(kx: str, ky: str, t: Thresholds = Thresholds()) -> bool:
    """Two folded names that are one name misspelled ("browsnville" / "brownsville",
    "klitchsko" / "klitschko", "woodard" / "woodward", "flsd" / "flds"): the same first letter,
    two letters swapped, or letters moved or one dropped (their longest common subsequence
    leaves ``t.misspelled`` of the letters or more); not more letters inside the other name
    ("austria" / "australia", "niger" / "nigeria") nor a form of it ("somali" / "somalia"), and
    names of ``t.variant_letters`` letters at least unless swapped ("iran" / "iraq"). Stricter
    than the judges' own spelling test: it lets a misspelling through rules that hold other pairs back.

    >>> [misspelled(*p) for p in [("browsnville", "brownsville"), ("klitchsko", "klitschko"), ("bob woodard", "bob woodward"),
    ...                           ("flsd", "flds"), ("slovakia", "slovenia"), ("austria", "australia"), ("iran", "iraq"),
    ...                           ("somali", "somalia")]]
    [True, True, True, True, False, False, False, False]
    """
    if kx == ky or kx[0] != ky[0] or min(len(kx), len(ky)) < 4:
        return False
    wx, wy = kx.split(), ky.split()
    if len(wx) == len(wy) and sum(p != q for p, q in zip(wx, wy)) == 1 and \
            _swapped(wx, wy, least=4):
        return True         # "FLDS" / "FLSD", "Bulldogs" / "Bulldgos"
    if min(len(kx), len(ky)) < t.variant_letters:
        return False
    dx = " ".join(w for w in wx if w not in wy)
    dy = " ".join(w for w in wy if w not in wx)
    short, long = sorted((kx, ky), key=len)
    if LCSseq.similarity(short, long) == len(short) and (len(long) - len(short) > 1 or derived(dx, dy)):
        return False        # one name's letters inside the other's, more than a letter dropped, or a form of it
    return Indel.normalized_similarity(kx, ky) >= t.misspelled


_ORIGIN = re.compile(r"\b(?:" + alternation(data("names")["origin_cues"]) + r")\s+[\"“'‘]?$", re.I)


def _both_forms(doc: Doc, kx: str, ky: str, t: Thresholds) -> bool:
    """Does a report write both forms of a name, differing in one word, each at least
    ``t.two_names_least`` times ("Charlie" twice, "Charlene" three times) and neither a slip
    among many of the other (:func:`_lopsided`)? A slip is most often written once ("Gulf of
    Eden" in a headline)."""
    wx, wy = kx.split(), ky.split()
    dx, dy = [w for w in wx if w not in wy], [w for w in wy if w not in wx]
    if len(dx) != 1 or len(dy) != 1:
        return False
    words = _word_mentions(doc)
    return min(words.get(dx[0], 0), words.get(dy[0], 0)) >= t.two_names_least and not _lopsided(doc, dx[0], dy[0], t)


def name_origin(doc: Doc, i: int, e: Entity) -> bool:
    """Is the name one another name comes from ("nicknamed \"Chin\" - short for Vincenzo", "a
    diminutive of Vincente")? Then it is no spelling of the person's own name."""
    s = doc.sentences[i]
    return bool(_ORIGIN.search(fold(s.text[max(0, e.start - s.start - 30):e.start - s.start])))


def entity_findings(doc_a: Doc, ia, doc_b: Doc, ib, aliases: Aliases, *, t: Thresholds, out: Out,
                    score: float = 1.0, aligned: bool = True) -> None:
    """Names of sentences ``ia`` (of A) and ``ib`` (of B): part / whole (``compatible``), a name one side has nowhere else spelled like a name of the
    other (``differs``: "Kiltschko" / "Klitschko"), and one role filled by two organisations
    (``differs``, or ``conflict`` when the knowledge file lists them as exclusive)."""
    ea = [(i, e) for i in ia for e in doc_a.of(i, Entity)]
    eb = [(j, e) for j in ib for e in doc_b.of(j, Entity)]
    evidence = sentence_evidence(score, aligned)
    # each pair's relation asked once (a long report meets the same names in thousands of pairs)
    rels = [[aliases.relation(x.text, y.text) for _, y in eb] for _, x in ea]
    left_a = [(i, e) for (i, e), row in zip(ea, rels) if not any(row)]
    left_b = [(j, e) for j, e in eb if not any(aliases.relation(e.text, f.text) for _, f in ea)]   # (B's name first)
    seen = set()

    def find(verdict, i, x, j, y, msg, confidence):
        seen.add((x.key, y.key))
        out.find(Finding("entity", verdict, side(doc_a, i, x), side(doc_b, j, y), msg, confidence))

    for (i, x), row in zip(ea, rels):
        for (j, y), rel in zip(eb, row):
            if rel in ("part", "whole") and (x.key, y.key) not in seen:
                finer = doc_a.id if rel == "part" else doc_b.id
                find(Verdict.COMPATIBLE, i, x, j, y, f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — {finer} is more specific",
                     combine(evidence, 0.3))
    # a name one side has nowhere else, against any name of the other: "Kiltschko" is not
    # excused because the same report spells "Klitschko" right in another sentence
    unmatched_a = {id(x) for _, x in left_a}
    spell_pairs = [(i, x, j, y) for i, x in left_a for j, y in eb] + \
        [(i, x, j, y) for i, x in ea if id(x) not in unmatched_a for j, y in left_b]
    for i, x, j, y in spell_pairs:
        if _acronyms(x.text, y.text):
            continue        # "ISNA" / "IRNA", "CBS" / "CBC": a letter makes another body
        if (x.key, y.key) not in seen and _spelled(x.key, y.key, t.spelling, t.sound_spelling):
            if name_origin(doc_a, i, x) or name_origin(doc_b, j, y):
                out.skip("entity.name-origin", "entity", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
                continue
            if _both_forms(doc_a, x.key, y.key, t) or _both_forms(doc_b, x.key, y.key, t):
                # a report writes both, as two names: "said Charlie Kafoury, Charlene's brother"
                out.skip("entity.both-forms-written", "entity", side(doc_a, i, x), side(doc_b, j, y),
                         f"{x.text} / {y.text}")
                continue
            find(Verdict.DIFFERS, i, x, j, y, f"{doc_a.id}: {x.text}; {doc_b.id}: {y.text} — the same name spelled differently?",
                 combine(evidence, 0.5))
    _roles(doc_a, ia, left_a, doc_b, ib, left_b, aliases, t, out, evidence, seen, find)


def _roles(doc_a, ia, left_a, doc_b, ib, left_b, aliases, t, out, evidence, seen, find) -> None:
    """One role filled by two organisations: the only unmatched body on each side, not a
    source of the claim, with context words around both names in common."""
    sources_a = attributed(doc_a, ia)
    sources_b = attributed(doc_b, ib)
    for i, x in left_a:
        for j, y in left_b:
            if (x.key, y.key) in seen or not other_name(x.key, y.key):
                continue
            if not {x.label, y.label} <= {"org", "acronym"}:
                continue
            sx, sy = side(doc_a, i, x), side(doc_b, j, y)
            if len(left_a) != 1 or len(left_b) != 1:
                out.skip("entity.which-role", "entity", sx, sy, f"{x.text} / {y.text}: other names left unmatched too")
                continue
            if any(x.start < e and s < x.end for s, e in sources_a) or any(y.start < e and s < y.end for s, e in sources_b):
                out.skip("entity.is-a-source", "entity", sx, sy, f"{x.text} / {y.text}")
                continue    # a source of the claim, not a doer in it: attribution_findings judges those
            shared_context = _context(doc_a, i, x) & _context(doc_b, j, y)
            if len(shared_context) < t.role_context:
                out.skip("entity.different-roles", "entity", sx, sy,
                         f"{x.text} / {y.text}: shared context {sorted(shared_context) or 'none'}")
                continue
            role = " ".join(_as_written(doc_a, i, x, shared_context)[:3])
            msg = f"{doc_a.id} names {x.text}, {doc_b.id} names {y.text} in the same place ({role})"
            confidence = combine(evidence, 0.1 * len(shared_context))
            if aliases.excludes(x.text, y.text):
                find(Verdict.CONFLICT, i, x, j, y, msg + "; the two exclude each other", confidence)
            else:
                find(Verdict.DIFFERS, i, x, j, y, msg, confidence)


def variant_findings(doc_a: Doc, doc_b: Doc, aliases: Aliases, *, t: Thresholds, out: Out,
                     other: Optional[Doc] = None) -> None:
    """Names each report writes one way only, against the names of the other wherever they
    stand: the same letters written apart or together ("Fixit" / "Fix-It" → ``compatible``),
    the same words in another order ("Dynamic Smart Cooling" / "Smart Dynamic Cooling" →
    ``differs``), or one name misspelled ("Gurbanguly" / "Kurbanguly" → ``differs``). A name
    the other report also writes exactly as this one does is no variant. Names of one word
    need ``t.variant_letters`` letters. With ``doc_a is doc_b``, a report against itself: one
    name written two ways in one report ("Klitschko" … "Kiltschko"); ``other``, the report it is
    compared with, may confirm which form is the slip (:func:`_confirmed`). Cost: O(n_a · n_b) over
    the distinct names."""
    first_a, first_b = _first_mentions(doc_a), _first_mentions(doc_b)
    all_names = first_a.keys() | first_b.keys()
    surnames = {k.rsplit(" ", 1)[1] for k in all_names if " " in k}     # (the last words of full names)
    candidates = _variant_candidates(list(first_a), list(first_b), t.slip_letters if doc_a is doc_b else t.variant_letters)
    for ka, (i, x) in first_a.items():
        if ka in first_b and doc_a is not doc_b:
            continue
        for kb in candidates.get(ka, ()):
            j, y = first_b[kb]
            if (kb in first_a and doc_a is not doc_b) or (doc_a is doc_b and kb <= ka):
                continue
            if doc_a is doc_b and i == j and _EXPLAINED.search(doc_a.sentences[i].text):
                # one sentence writing both forms and saying why: "her birth certificate spelled
                # her name "Betty," she changed the spelling … to "Bettie"" (not a slip in one line)
                out.skip("entity.both-in-one-sentence", "entity", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
                continue
            acronyms = _acronyms(x.text, y.text)
            found = None if acronyms else name_variant(ka, kb, t)
            if found is None and not acronyms and (" " in ka) != (" " in kb):
                found = _surname_alone(ka, x, doc_a, kb, y, doc_b, all_names, surnames, t)
                if isinstance(found, str):
                    out.skip(found, "entity", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
                    continue
            slip = doc_a is doc_b and " " not in ka + kb and \
                (_lopsided(doc_a, ka, kb, t) and "One form is rare in the report" or
                 _confirmed(doc_a, other, ka, kb, t) and "The other report writes only one form")
            if found is None and slip and not acronyms and min(len(ka), len(kb)) >= t.slip_letters and \
                    _spelled(ka, kb, t.variant_spelling, t.sound_spelling, t.slip_letters):
                # a short name written once one way among many the other ("Paige" / "Page", "Grey" / "Gray"),
                # or one form the other report never writes
                found = (Verdict.DIFFERS, f"the same name spelled differently? {slip}", 0.55)
            if found is None and not acronyms:
                # "Philip H. Hickock" / "Philip Hickok": a middle initial on one side only
                bare = _no_initials(x.text, y.text)
                if bare is None and person_like(x) and person_like(y):
                    bare = _no_middle(ka, kb)   # "LaTonya Sharon Brown" / "Latoya Brown": a middle name on one side
                    if bare is not None and bare[0] != bare[1] and \
                            (bare[0] in first_b if len(ka.split()) == 3 else bare[1] in first_a):
                        # the other report names the person without the middle name too: "Mario
                        # Alberto Garcia" / "Mario Garcia" and his sister "Maria Garcia"
                        out.skip("entity.both-forms-written", "entity", side(doc_a, i, x), side(doc_b, j, y),
                                 f"{x.text} / {y.text}")
                        continue
                if bare is not None and bare != (ka, kb):
                    found = name_variant(*bare, t) if bare[0] != bare[1] else None
                    if found and doc_a is doc_b and _no_middle(ka, kb) == bare and \
                            name_variant(*bare, dataclasses.replace(t, sound_spelling=1.0)) is None:
                        # one report's full name and a shorter one that only sound alike: a birth
                        # name and the name used ("born Betty Mae Page" … "Bettie Page")
                        out.skip("entity.birth-name", "entity", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
                        continue
            if found is None and doc_a is not doc_b and person_like(x) and person_like(y):
                if _first_name_forms(ka, kb, first_a, first_b):
                    found = (Verdict.DIFFERS, "one person's first name spelled two ways (the two sound alike)", 0.55) \
                        if _first_spelled(ka.split()[0], kb.split()[0]) else \
                        (Verdict.COMPATIBLE, "one person's first name in two forms (a short form, or a "
                         "transliteration?)", 0.55)
                    rank_finding(doc_a, i, x, doc_b, j, y, out)     # and the roles the two names have
                elif _two_first_names(ka, kb):
                    out.skip("entity.surname-shared" if _first_forms(ka.split()[0], kb.split()[0]) else "entity.two-first-names",
                             "entity", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
            if found is None and not acronyms and aliases.relation(x.text, y.text) is None:
                how = body_reworded(x, y)
                if how == "another":
                    out.skip("entity.another-body", "entity", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
                    continue
                if how == "added" and doc_a is not doc_b:     # (one report shortens a name it gave in full)
                    found = (Verdict.DIFFERS, "one body's name with words added or left out?", 0.55)
                elif how == "other head" and doc_a is not doc_b:
                    found = (Verdict.DIFFERS, "one body's name ending in another word?", 0.55)
                elif how == "small words":
                    found = (Verdict.COMPATIBLE, "one body's name with other small words", 0.55)
            if not found or (doc_a is doc_b and " " not in ka + kb and (ka[:3], ka[-2:]) != (kb[:3], kb[-2:])
                             and not _swapped([ka], [kb], t.variant_letters) and not slip):
                continue    # in one report, one-word names that end differently are often two names ("Vincent",
                            # "Vincente"), unless one form is a slip among many of the other ("Paige" once, "Page" 20 times)
            if _suffixed(ka.split())[1] != _suffixed(kb.split())[1] and (doc_a is doc_b or not (person_like(x) and person_like(y))):
                continue    # a report naming a father and his son; "World War II" / "World War"
            verdict, reason, evidence = found
            if verdict is Verdict.DIFFERS and (_both_forms(doc_b, ka, kb, t) or (doc_a is not doc_b and _both_forms(doc_a, ka, kb, t))) \
                    and (doc_a is not doc_b or _two_first_names(ka, kb)):
                # a report writes both as names of their own: "Charlie Kafoury" and "Charlene Kafoury"
                out.skip("entity.both-forms-written", "entity", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
                continue
            if verdict is Verdict.DIFFERS and (name_origin(doc_a, i, x) or name_origin(doc_b, j, y)):
                out.skip("entity.name-origin", "entity", side(doc_a, i, x), side(doc_b, j, y), f"{x.text} / {y.text}")
                continue    # "short for Vincenzo" / "Vincent 'The Chin' Gigante"
            # one report writing a name two ways: the two nearest mentions, side by side
            (mi, mx), (mj, my) = _nearest(doc_a, ka, kb) if doc_a is doc_b else ((i, x), (j, y))
            if ka.replace(" ", "") == kb.replace(" ", "") and _only_in_addresses(doc_a, doc_b, ka if " " not in ka else kb):
                # "BettiePage.com", "www.bettiepage.com": a web address writes any name together
                out.skip("entity.web-address", "entity", side(doc_a, mi, mx), side(doc_b, mj, my), f"{mx.text} / {my.text}")
                continue
            if verdict is Verdict.COMPATIBLE and x.label == y.label == "person" and \
                    x.text.count(" ") != y.text.count(" ") and ka.replace(" ", "") == kb.replace(" ", ""):
                # a person's name (a title before it) has one spelling: "Justice Vincent Del
                # Giudice" / "DelGiudice" is a slip, where a product may be "Fixit" and "Fix It"
                verdict, reason = Verdict.DIFFERS, "one person's name written apart and together: spelled two ways"
            elif verdict is Verdict.COMPATIBLE and doc_a is doc_b and ka.replace(" ", "") == kb.replace(" ", "") \
                    and (not (_styled(x.text) or _styled(y.text)) or _one_styled_name(doc_a, x, y)) \
                    and not _hyphen_only(x.text, y.text):
                # one report writing one name both ways ("Eldorado" … "El Dorado") is inconsistent; a
                # form with a capital inside ("SeaMicro" … "Sea Micro") too, unless it is another thing
                # (:func:`_one_styled_name`)
                verdict, reason = Verdict.DIFFERS, "one name written apart and together in one report: spelled two ways"
            out.find(Finding("entity", verdict, side(doc_a, mi, mx), side(doc_b, mj, my),
                             f"{doc_a.id}: {mx.text}; {doc_b.id}: {my.text} — {reason}", evidence))


def _surname_alone(ka: str, x: Entity, doc_x: Doc, kb: str, y: Entity, doc_y: Doc, names: AbstractSet[str],
                   surnames: AbstractSet[str], t: Thresholds):
    """A surname written alone, spelled otherwise than a person's full name ends ("Teixiera" /
    "Mark Teixeira", "Olsen" / "Karen B. Olson"): (verdict, reason, confidence); the rule that
    holds it back, when either report names someone else by the lone form ("Eric Olsen") or
    writes the full name's surname alone too (two people, or both forms in use:
    ``entity.another-bearer``), or writes the lone form as a place ("in Houston", "Houston,
    Texas": ``entity.lone-place``); or None."""
    (single, lone, doc), (full, whole, _) = sorted(((ka, x, doc_x), (kb, y, doc_y)), key=lambda p: " " in p[0])
    last = full.rsplit(" ", 1)[1]
    if single == last or not (person_like(whole) and whole.label in ("person", "name")) or lone.label not in ("person", "name"):
        return None
    found = name_variant(single, last, t)
    if not found or found[0] is not Verdict.DIFFERS:
        return None
    if last in names or single in surnames:
        return "entity.another-bearer"
    if _placed(doc, single):
        return "entity.lone-place"
    return Verdict.DIFFERS, "a name written alone spelled otherwise than where it ends a fuller name?", found[2]


# words before a name that make it a place ("in Houston"); not "to", "of" or "from", which a
# person's name follows as often ("leaked to Woodward", "a friend of Woodward")
PLACE_CUES = frozenset({"in", "at", "near", "outside"})


def _placed(doc: Doc, key: str) -> bool:
    """Does the report write the name ``key`` as a place somewhere: after "in", "at", "near" or
    "outside", or before a comma and a capitalized word ("Houston, Texas")?"""
    for i, e in mentions(doc).get(key, ()):
        s = doc.sentences[i]
        before = s.text[:e.start - s.start].split()
        if before and before[-1].lower() in PLACE_CUES:
            return True
        if re.match(r",\s+[A-Z]", s.text[e.end - s.start:]):
            return True
    return False


def _only_in_addresses(doc_a: Doc, doc_b: Doc, joined: str) -> bool:
    """Is every mention of the name written together (in either report) part of a web or mail
    address? One in prose ("BettiePage was born in Nashville") is a spelling of its own."""
    found = [(doc, i, e) for doc in ((doc_a,) if doc_a is doc_b else (doc_a, doc_b))
             for i, e in mentions(doc).get(joined, ())]
    return bool(found) and all(_in_address(doc, i, e) for doc, i, e in found)


def _in_address(doc: Doc, i: int, e: Entity) -> bool:
    """Is the name part of a web or mail address ("BettiePage.com", "www.x", "@x")?"""
    s = doc.sentences[i]
    at, end = e.start - s.start, e.end - s.start
    return s.text[at - 1:at] in ("@", "/") or any(m.start() <= at and end <= m.end() for m in URL_RE.finditer(s.text))


def _lopsided(doc: Doc, ka: str, kb: str, t: Thresholds) -> bool:
    """Does a report write one of two one-word names at most ``t.slip_rare`` times and the
    other at least ``t.slip_ratio`` times as often ("Grey" once, "Gray" twelve times), counting
    every name the word is part of? Then the rare form is a slip, not a second person."""
    words = _word_mentions(doc)
    few, many = sorted((words.get(ka, 0), words.get(kb, 0)))
    return 1 <= few <= t.slip_rare and many >= t.slip_ratio * few


def _confirmed(doc: Doc, other: Optional[Doc], ka: str, kb: str, t: Thresholds) -> bool:
    """Does the other report settle which of two one-word names in a report is the slip? It
    writes one form and never the other, and this report writes the other form at most
    ``t.slip_rare`` times, no more often than the form both write ("Evanville's loss" once,
    "Evansville" once here and twice there): two writers agree on one spelling. Not when the
    rare form has a first name of its own there ("Ed Reed" beside "Andy Reid"): two people. (A
    first name the other report gives the usual form, "Andy Reed" here and "Andy Reid" there,
    is a slip the two full names show side by side.)"""
    if other is None or other is doc:
        return False
    here, there = _word_mentions(doc), _word_mentions(other)
    for rare, usual in ((ka, kb), (kb, ka)):
        if there.get(rare, 0) == 0 and there.get(usual, 0) >= 1 and 1 <= here.get(rare, 0) <= t.slip_rare and \
                here.get(rare, 0) <= here.get(usual, 0) and not _first_names(doc, rare) - _first_names(doc, usual):
            return True
    return False


def _first_names(doc: Doc, last: str) -> frozenset[str]:
    """The first words of the report's names of two words or more that end in ``last``."""
    return frozenset(key.split()[0] for key in mentions(doc) if len(key.split()) >= 2 and key.split()[-1] == last)


def _word_mentions(doc: Doc) -> dict[str, int]:
    """Folded word → how many mentions of names hold it, counted once per report."""
    memo = doc._memo.get("name_words")
    if memo is None:
        memo = doc._memo["name_words"] = {}
        for key, found in mentions(doc).items():
            for word in set(key.split()):
                memo[word] = memo.get(word, 0) + len(found)
    return memo


def _one_styled_name(doc: Doc, x: Entity, y: Entity) -> bool:
    """Are a name with a capital inside ("SeaMicro") and the same letters apart ("Sea Micro")
    one name in one report, written two ways? Both read as one kind of name, with no dots (a
    house style: "U.S." / "US"), and the apart form's last word no name of its own there:
    "Bettie Page" … "Page" is a person, "BettiePage" her web site. (A report that never writes
    the surname alone is not told apart so.)"""
    apart = x if " " in x.text.strip() else y
    last = fold_key(apart.text).split()[-1]
    return x.label == y.label and "." not in x.text + y.text and last not in mentions(doc)


def _styled(name: str) -> bool:
    """A name whose joined form is a style of its own: dotted ("U.S."), or with a capital
    inside a word ("BettiePage" for a web site, "MacBook")."""
    return "." in name or any(any(c.isupper() for c in w[1:]) for w in name.split())


_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")


def _no_initials(x: str, y: str) -> Optional[tuple[str, str]]:
    """Two names as written, folded without the middle initials ("Philip H. Hickock" →
    "philip hickock") when only one of them has any; None when both have (two initials may
    be two people) or neither."""
    def strip(name: str) -> tuple[str, bool]:
        words = name.split()
        kept = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and _INITIAL.match(w))]
        return fold_key(" ".join(kept)), len(kept) < len(words)
    (kx, ix), (ky, iy) = strip(x), strip(y)
    return (kx, ky) if ix != iy else None


def _no_middle(ka: str, kb: str) -> Optional[tuple[str, str]]:
    """Two folded persons' names, one of two words and one of three with the same last word,
    the middle word dropped ("latonya sharon brown" → "latonya brown"); None otherwise."""
    wa, wb = ka.split(), kb.split()
    if sorted((len(wa), len(wb))) != [2, 3] or wa[-1] != wb[-1]:
        return None
    return " ".join((wa[0], wa[-1])), " ".join((wb[0], wb[-1]))


def _variant_candidates(keys_a: list[str], keys_b: list[str], least: int) -> dict[str, list[str]]:
    """For each name of A, the names of B (in B's order) that :func:`name_variant` could take
    for a variant of it: names sharing a word or written alike without spaces, and one-word
    names (of ``least`` letters or more) that ``rapidfuzz`` finds at least 0.6 alike to a
    one-word name or to a full name's last word (every spelling rule asks for more).
    The same pairs as testing all of them, at the cost of the pairs that share something."""
    order = {k: n for n, k in enumerate(keys_b)}
    index: dict[str, list[str]] = {}
    for kb in keys_b:
        for key in {*kb.split(), "=" + kb.replace(" ", "")}:
            index.setdefault(key, []).append(kb)
    found: dict[str, set[str]] = {}
    for ka in keys_a:
        for key in {*ka.split(), "=" + ka.replace(" ", "")}:
            found.setdefault(ka, set()).update(index.get(key, ()))
    # one-word names alike, and a name alone against a full name ending in one alike ("Teixiera" /
    # "Mark Teixeira"): each compared by its last word
    last = {k: k.rsplit(" ", 1)[-1] for k in (*keys_a, *keys_b)}
    single_a, single_b = ([k for k in keys if " " not in k and len(k) >= least] for keys in (keys_a, keys_b))
    full_a, full_b = ([k for k in keys if " " in k and len(last[k]) >= least] for keys in (keys_a, keys_b))
    for left, right in ((single_a, single_b), (single_a, full_b), (full_a, single_b)):
        if left and right:
            scores = process.cdist([last[k] for k in left], [last[k] for k in right],
                                   scorer=Levenshtein.normalized_similarity, score_cutoff=0.6)
            for r, c in zip(*np.nonzero(scores)):
                found.setdefault(left[r], set()).add(right[c])
    return {ka: sorted(kbs, key=order.__getitem__) for ka, kbs in found.items()}


def _swapped(wa: list[str], wb: list[str], least: int) -> bool:
    """One word of a name (of ``least`` letters or more) typed with two neighbouring letters
    swapped ("Bulldogs" / "Bulldgos"), not at its start: a slip of the keyboard, not another name."""
    p, q = next((p, q) for p, q in zip(wa, wb) if p != q)
    if len(p) != len(q) or len(p) < least or p[0] != q[0] or sorted(p) != sorted(q):
        return False
    diff = [k for k in range(len(p)) if p[k] != q[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1


def _first_name_spelled(p: str, q: str, t: Thresholds) -> bool:
    if p == q or p.startswith(q) or q.startswith(p) or derived(p, q) or min(len(p), len(q)) < 4:
        return False
    return p[0] == q[0] and (Levenshtein.normalized_similarity(p, q) >= t.variant_spelling or
                             sound_alike(p, q, t.sound_spelling))


def _first_name_forms(ka: str, kb: str, names_a: dict, names_b: dict) -> bool:
    """Two full names of one surname whose first names may be one person's (:func:`_first_forms`:
    "Alexandros" / "Alexis", "Jim" / "James", "Katie" / "Kathryn"), each the only person of that
    surname in its report but for the family both reports name alike: one person's first name in
    a short form or transliterated, not two people of one family ("Rulon" / "Warren"; a brother
    "John Jenkin" named in both does not stand in the way, a "Jane Oler" named on one side does)."""
    wa, wb = ka.split(), kb.split()
    if not _two_first_names(ka, kb) or len(wa[-1]) < 4 or not _first_forms(wa[0], wb[0]):
        return False
    bearers = lambda names: {k for k in names if len(k.split()) >= 2 and k.split()[-1] == wa[-1]
                             and not set(k.split()) & STOPWORDS}      # (not "Seven of Jenkin")
    others_a, others_b = bearers(names_a) - {ka}, bearers(names_b) - {kb}
    return others_a == others_b


def _first_forms(p: str, q: str) -> bool:
    """May two first names be one person's: they begin alike ("Alexandros" / "Alexis", "Phil" /
    "Philip") or one is a short form of the other ("Jim" / "James", :func:`short_form`)?"""
    return (min(len(p), len(q)) >= 3 and p[:3] == q[:3]) or short_form(p, q)


def _first_spelled(p: str, q: str) -> bool:
    """Two first names of one person that sound alike (one Metaphone key), neither inside the
    other: one name spelled two ways ("Katherine" / "Kathryn", "Steven" / "Stephen"), not a
    short form ("Phil" / "Philip", "Katie" / "Kathryn", "Dave" / "David"; no short form of
    ``data/names.toml`` sounds like its full name but for one inside the other), nor one
    romanized two ways at its end ("Dmitry" / "Dmitri", "Sergei" / "Sergey").

    >>> _first_spelled("katherine", "kathryn"), _first_spelled("phil", "philip"), _first_spelled("katie", "kathryn")
    (True, False, False)
    >>> _first_spelled("dmitry", "dmitri"), _first_spelled("sergei", "sergey"), _first_spelled("phillip", "philip")
    (False, False, True)
    """
    return p.isalpha() and q.isalpha() and not (p.startswith(q) or q.startswith(p)) and metaphone(p) != "" \
        and metaphone(p) == metaphone(q) and _ROMANIZED_END.sub("", p) != _ROMANIZED_END.sub("", q)


# the end a name romanized two ways often differs in only: "Dmitry" / "Dmitri", "Sergei" / "Sergey",
# "Gurbanguly" / "Gurbanguli" (a house style, not a slip)
_ROMANIZED_END = re.compile(r"(?:e?[iy]|ie)$")


def _two_first_names(ka: str, kb: str) -> bool:
    """Two full names of one surname with other first names ("James Oler" / "John Oler")."""
    wa, wb = ka.split(), kb.split()
    return len(wa) == len(wb) >= 2 and wa[1:] == wb[1:] and wa[0] != wb[0]


def _nearest(doc: Doc, ka: str, kb: str) -> tuple[tuple[int, Entity], tuple[int, Entity]]:
    """The mentions of two names of one report that stand nearest each other ("the small West
    Texas town of Eldorado" and, in the next sentence, "El Dorado's 1,800")."""
    found = mentions(doc)
    return min(((p, q) for p in found[ka] for q in found[kb]),
               key=lambda pq: (abs(pq[0][0] - pq[1][0]), pq[0][0], pq[1][0]))


GENERATION_REASON = "the same person, or father and son?"


def _suffixed(words: list[str]) -> tuple[list[str], str]:
    """A folded name's words without a generational suffix at its end ("herbert flynn jr" →
    ["herbert", "flynn"], "jr")."""
    return (words[:-1], words[-1]) if len(words) >= 3 and words[-1] in GENERATIONAL else (words, "")


def mentions(doc: Doc) -> dict[str, list[tuple[int, Entity]]]:
    """Folded name → its mentions (sentence, entity) in report order, remembered per report."""
    memo = doc._memo.get("mentions")
    if memo is None:
        memo = doc._memo["mentions"] = {}
        for i in range(len(doc.sentences)):
            for e in doc.of(i, Entity):
                memo.setdefault(fold_key(e.text), []).append((i, e))
    return memo


def _first_mentions(doc: Doc) -> dict[str, tuple[int, Entity]]:
    return {key: found[0] for key, found in mentions(doc).items()}


def name_variant(ka: str, kb: str, t: Thresholds):
    """How two folded names that are not the same string may be one name: (verdict, reason,
    confidence), or None.

    >>> from factcheck.settings import Thresholds
    >>> name_variant("fixit", "fix it", Thresholds())[:2]
    (<Verdict.COMPATIBLE: 'compatible'>, 'one name written apart and together')
    >>> name_variant("hp dynamic smart cooling", "smart dynamic cooling", Thresholds())[:2]
    (<Verdict.DIFFERS: 'differs'>, 'the same words in another order')
    >>> name_variant("austria", "australia", Thresholds()) is None
    True
    """
    wa, wb = ka.split(), kb.split()
    short = min(len(ka.replace(" ", "")), len(kb.replace(" ", "")))
    if short < t.variant_letters:
        return None
    (bare_a, sa), (bare_b, sb) = _suffixed(wa), _suffixed(wb)
    if len(bare_a) >= 2 and bare_a == bare_b and sa != sb:
        # "Herbert Flynn" / "Herbert Flynn Jr": one person, or a father and his son; "Sr" / "Jr": two
        if sa and sb:
            return Verdict.DIFFERS, f"{GENERATION_REASON}: two generational suffixes ({sa} / {sb})", 0.6
        return Verdict.COMPATIBLE, f"{GENERATION_REASON}: one side gives a generational suffix", 0.55
    if ka.replace(" ", "") == kb.replace(" ", ""):
        return Verdict.COMPATIBLE, "one name written apart and together", 0.6
    common_a, common_b = [w for w in wa if w in wb], [w for w in wb if w in wa]
    if len(common_a) >= 2 and sorted(common_a) == sorted(common_b) and common_a != common_b and \
            min(len(wa), len(wb)) == len(common_a) and not {"and", "or", "of"} & set(wa + wb):
        # not a list ("IBO and WBO"), not "Government of X" / "X's government"
        return Verdict.DIFFERS, "the same words in another order", 0.6
    if regional(ka) == regional(kb):
        return Verdict.COMPATIBLE, "one name in British and American spelling", 0.55   # "Centre" / "Center"
    if len(wa) == len(wb) and sum(p != q for p, q in zip(wa, wb)) == 1 and _swapped(wa, wb, t.variant_letters):
        return Verdict.DIFFERS, "the same name with two letters swapped?", 0.6
    if len(wa) == len(wb) and sum(p != q for p, q in zip(wa, wb)) == 1 and _spelled(ka, kb, t.variant_spelling, t.sound_spelling):
        return Verdict.DIFFERS, "the same name spelled differently?", 0.6
    if len(wa) == len(wb) >= 2 and wa[1:] == wb[1:] and _first_name_spelled(wa[0], wb[0], t):
        # one surname, a first name misspelled ("Malcom" / "Malcolm Tucker", "Betty" / "Bettie
        # Mae Page"); not a short form ("Phil" / "Philip", "Dave" / "David"), not a demonym
        # ("India's navy" / "Indian navy")
        return Verdict.DIFFERS, "the same name with its first word spelled differently?", 0.55
    if len(wa) == len(wb) and sum(p != q for p, q in zip(wa, wb)) == 1:
        # a transliteration may change the first letter ("Gurbanguly" / "Kurbanguly",
        # "Qaddafi" / "Gaddafi"): long words, alike but for it
        p, q = next((p, q) for p, q in zip(wa, wb) if p != q)
        # (a first name so written keeps the surname: "Gurbanguly" / "Kurbanguly Berdymukhamedov")
        first_name = len(wa) >= 2 and p == wa[0]
        if min(len(p), len(q)) >= t.variant_letters + 2 and p[0] != q[0] and _transliterated(p, q) and \
                Levenshtein.normalized_similarity(p[1:], q[1:]) >= t.variant_spelling + 0.05 and \
                (first_name or other_name(ka, kb)):
            return Verdict.DIFFERS, "the same name spelled differently?", 0.55
    return None
