"""What a person is suspected of, charged with or convicted of, as each report states it,
wherever it states it ("charged with manslaughter" / "charged with vehicular homicide",
"convicted of first-degree murder" / "found guilty of second-degree murder").

A statement of charges is a phrase of ``data/charges.toml`` (``stages``: "charged with",
"indicted on", "convicted of", "on suspicion of" …) followed by crimes of its ``crime`` list,
read up to the end of the clause ("charged with murder and kidnapping in the death of …").
Charges are compared stage by stage (a suspicion with a suspicion, a charge with a charge, a
conviction with a conviction: a man arrested on suspicion of drunk driving may be charged with
manslaughter), each report's crimes at a stage taken together, since one report may give
them over several sentences and may charge several people:

* the same crimes: ``agree``; one report naming more of them, or one crime named more fully
  ("manslaughter" / "vehicular manslaughter", "killing" / "murder"): ``compatible``;
* one crime of two exclusive degrees ("first-degree" / "second-degree murder"), or no crime in
  common: ``differs``, surer when both name one act two ways (a killing as murder on one side,
  manslaughter or homicide on the other).

Not compared (rule ``charge.not-stated``): a charge to come or not brought ("could face
charges of", "expected to be charged with", "was not charged with"); nor
(``charge.earlier-case``) one of an earlier or another case ("a previous arrest in which he was
accused of assault"). A report giving some charges as further ones ("is also charged with
attempted murder") and none in common with the other: held back (``charge.partial``). Linear in
the reports' words.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from ..lexicon import alternation, data
from ..model import Entity, Finding, Verdict
from ..settings import Thresholds
from ..text import fold
from .doc import Doc, span_side
from .rules import Out

_DATA = data("charges")
STAGES: dict[str, tuple[str, ...]] = {stage: tuple(words) for stage, words in _DATA["stages"].items()}
# crime phrase → (crime name, family, generic)
CRIMES: dict[str, tuple[str, Optional[str], bool]] = {
    w: (c["words"][0], c.get("family"), bool(c.get("generic"))) for c in _DATA["crime"] for w in c["words"]}
QUALIFIERS = frozenset(_DATA["qualifiers"])
EXCLUSIVE_QUALIFIERS = tuple(frozenset(group) for group in _DATA["exclusive_qualifiers"])



def _phrase(words: str) -> str:
    """A stage's words as a pattern, "*" standing for one to three words ("charged * with")."""
    return r"\s+(?:[\w'\-]+\s+){1,3}?".join(re.escape(part) for part in words.split(" * "))


_STAGES_ALT = "|".join(f"(?P<{stage}>" + "|".join(_phrase(w) for w in sorted(words, key=len, reverse=True)) + ")"
                       for stage, words in STAGES.items())
_STAGE = re.compile(r"\b(" + _STAGES_ALT + r")\s+", re.I)
_CRIME = re.compile(r"\b(" + alternation(sorted(CRIMES, key=len, reverse=True)) + r")\b", re.I)
# a crime named before the word "charges" ("faces DUI charges", "two murder charges"): a charge
_CRIME_CHARGES = re.compile(r"\b(" + alternation(sorted(CRIMES, key=len, reverse=True)) + r")\s+charges?\b", re.I)
_NOT_STATED = re.compile(r"\b(?:" + alternation(sorted(_DATA["not_stated"], key=len, reverse=True))
                         + r")\s+(?:[\w\-]+\s+){0,2}$", re.I)
# where a statement's crimes end: a mark, or a new clause ("…, police said")
_HARD_END = re.compile(r"[;:.!?()\"]|,\s+(?:police|prosecutors|officials|authorities|according|he|she|they)\b"
                       r"|\s(?:who|which|but|while|because|and\s+(?:was|is|has|had|will|faces|could))\s", re.I)
_EARLIER = re.compile(r"\b(?:" + alternation(sorted(_DATA["earlier_case"], key=len, reverse=True)) + r")\b", re.I)
_ALSO = re.compile(r"\b(?:" + alternation(sorted(_DATA["also"], key=len, reverse=True)) + r")\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# counts and articles before a crime ("two counts of", "the", "a charge of")
_COUNTS = re.compile(r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|multiple|several|numerous)\s+)?"
                     r"counts?\s+of\s+|\b(?:a|an|the)\s+(?:charges?\s+of\s+)?|\bcharges?\s+(?:of|including)\s+", re.I)
_DEGREE = re.compile(r"\b(first|second|third)\s+degree\b", re.I)
EARLIER_REACH = 8       # words before a statement among which one puts it in an earlier case ("a previous arrest in")
READ_AHEAD = 200        # characters after a stage's words in which its crimes are read


class Crime(NamedTuple):
    name: str                       # the crime's name ("murder")
    family: Optional[str]           # crimes naming one act two ways ("killing")
    generic: bool                   # names the act only ("killing")
    qualifiers: frozenset[str]      # the words before it ("first-degree", "vehicular")
    written: str                    # the word the report uses ("rape", for the crime "sexual assault")


class Charges(NamedTuple):
    sentence: int
    stage: str                      # "suspected", "charged", "convicted"
    start: int                      # offsets in the article of the statement shown
    end: int
    crimes: tuple[Crime, ...]
    held: Optional[str]             # the rule that keeps it out of the comparison, or None
    partial: bool                   # "also charged with": one of several charges, the others maybe out of reach
    subject: frozenset[str]         # the words of the people named before it ("Orozco")


def charge_statements(doc: Doc) -> list[Charges]:
    """A report's statements of charges, in order, remembered per report."""
    memo = doc._memo.get("charges")
    if memo is None:
        memo = doc._memo["charges"] = [c for k, s in enumerate(doc.sentences) if s.role.is_content
                                       for c in _read(doc, k)]
    return memo


def _read(doc: Doc, k: int) -> list[Charges]:
    s = doc.sentences[k]
    text = fold(s.text)
    found = []
    for m in _STAGE.finditer(text):
        stage = next(name for name in STAGES if m.group(name))
        after = text[m.end():m.end() + READ_AHEAD]
        end = _HARD_END.search(after)
        crimes, at = _crimes(after[:end.start()] if end else after)
        if crimes:
            found.append(Charges(k, stage, s.start + m.start(), s.start + m.end() + at, tuple(crimes),
                                 _held(doc, text[:m.start()]), bool(_ALSO.search(text[:m.start()])),
                                 _subject(doc, k, s.start + m.start())))
    for m in _CRIME_CHARGES.finditer(text):
        if not any(c.start - s.start <= m.start() < c.end - s.start for c in found):
            name, family, generic = CRIMES[m.group(1).lower()]
            crime = Crime(name, family, generic, _qualifiers(text[max(0, m.start() - 40):m.start()].split())[0],
                          m.group(1).lower())   # ("two first-degree murder charges")
            found.append(Charges(k, "charged", s.start + m.start(), s.start + m.end(), (crime,),
                                 _held(doc, text[:m.start()]), bool(_ALSO.search(text[:m.start()])),
                                 _subject(doc, k, s.start + m.start())))
    return found


def _held(doc: Doc, before: str) -> Optional[str]:
    """The rule that keeps a statement out of the comparison: a charge to come, not brought or
    dropped (the words right before it), or one of an earlier or another case (words among the
    ``EARLIER_REACH`` before it, or a year not the report's own before it in its sentence: "In
    2005, he was charged with")."""
    if _NOT_STATED.search(before):
        return "charge.not-stated"
    years = {int(y) for y in _YEAR.findall(before)}
    near = " ".join(before.split()[-EARLIER_REACH:])
    if _EARLIER.search(near) or (years and not (doc.published and years == {doc.published.year})):
        return "charge.earlier-case"
    return None


def _subject(doc: Doc, k: int, at: int) -> frozenset[str]:
    """The words of the people named before a statement in its sentence (its subject: "Orozco
    was convicted of"), empty when it names none ("he was charged with")."""
    return frozenset(w.lower() for e in doc.of(k, Entity) if e.end <= at and e.label in ("person", "name")
                     for w in e.text.split() if w[:1].isupper())


def _crimes(region: str) -> tuple[list[Crime], int]:
    """The crimes a statement names, read from the words after its stage's words, and where
    the last one ends in ``region``: the first right after them, only counts, articles and
    qualifiers between ("two counts of first-degree murder"; none when other words come first:
    "accused of lying to investigators about the murder"), then every crime up to the end of
    the clause ("DWI, leaving the scene of an accident resulting in death, and vehicular
    manslaughter"): a report's charges read in full, so that it is not taken to leave out one."""
    crimes, last = [], 0
    for c in _CRIME.finditer(region):
        between = _DEGREE.sub(r"\1-degree", region[last:c.start()])     # ("first degree murder")
        words = _COUNTS.sub(" ", between).replace(",", " , ").split()
        qualifiers, rest = _qualifiers(words)
        if not crimes and rest:
            break       # other words before the first crime
        name, family, generic = CRIMES[c.group(1).lower()]
        if crimes and generic:
            continue    # "murder and kidnapping in the deaths of two women": the act, not a further charge
        crimes.append(Crime(name, family, generic, qualifiers, c.group(1).lower()))
        last = c.end()
    return crimes, last


def _qualifiers(words: list[str]) -> tuple[frozenset[str], list[str]]:
    """The last words of ``words`` that qualify a crime (``data/charges.toml`` ``qualifiers``:
    "first-degree", "vehicular"), and the words before them."""
    k = len(words)
    while k > 0 and words[k - 1].lower() in QUALIFIERS:
        k -= 1
    return frozenset(w.lower() for w in words[k:]), words[:k]


def charge_findings(doc_a: Doc, doc_b: Doc, *, t: Thresholds, out: Out) -> None:
    """Each stage's charges in both reports, compared (module docstring)."""
    all_a, all_b = charge_statements(doc_a), charge_statements(doc_b)
    for stage in STAGES:
        sa = [c for c in all_a if c.stage == stage]
        sb = [c for c in all_b if c.stage == stage]
        if not sa or not sb:
            continue
        for doc, held, others, other_doc in ((doc_a, sa, sb, doc_b), (doc_b, sb, sa, doc_a)):
            for c in held:
                if c.held:
                    first = next((o for o in others if not o.held), others[0])
                    x, y = (c, first) if doc is doc_a else (first, c)
                    out.skip(c.held, "entity", _side(doc_a, x), _side(doc_b, y),
                             f"{_names(x.crimes)} / {_names(y.crimes)}")
        sa = [c for c in sa if not c.held]
        sb = [c for c in sb if not c.held]
        if sa and sb:
            _compare(doc_a, sa, doc_b, sb, stage, t, out)


def _compare(doc_a: Doc, sa: list[Charges], doc_b: Doc, sb: list[Charges], stage: str, t: Thresholds,
             out: Out) -> None:
    verb = {"suspected": "suspected of", "charged": "charged with", "convicted": "convicted of"}[stage]
    crimes_a, crimes_b = _specific(sa), _specific(sb)
    listed = f"{doc_a.id}: {verb} {_names(_all(sa))}; {doc_b.id}: {verb} {_names(_all(sb))}"
    common = [n for n in crimes_a if n in crimes_b]
    for name in common:
        clash = _clash(_degrees(crimes_a[name]), _degrees(crimes_b[name]))
        if clash:
            x, y = _pair(crimes_a[name], crimes_b[name])
            if x is None:
                out.skip("charge.other-person", "entity", _side(doc_a, crimes_a[name][0][0]),
                         _side(doc_b, crimes_b[name][0][0]), f"{listed}: charges of different people")
                continue
            out.find(Finding("entity", Verdict.DIFFERS, _side(doc_a, x), _side(doc_b, y),
                             f"{doc_a.id}: {verb} {_names(x.crimes)}; {doc_b.id}: {verb} {_names(y.crimes)} — one "
                             f"charge of another degree ({clash})", t.charge_family_confidence))
            return
    if common:
        x, y = _pair(crimes_a[common[0]], crimes_b[common[0]], any_subject=True)
        same = set(crimes_a) == set(crimes_b) and all(
            {(c.qualifiers, c.written) for _, c in crimes_a[n]} == {(c.qualifiers, c.written) for _, c in crimes_b[n]}
            for n in common)
        verdict, reason = (Verdict.AGREE, "the same charges") if same else \
            (Verdict.COMPATIBLE, "charges in common, one report naming more, or naming them otherwise")
        out.find(Finding("entity", verdict, _side(doc_a, x), _side(doc_b, y), f"{listed} — {reason}",
                         t.charge_agree_confidence))
        return
    families_a = {c.family for c in _all(sa) if c.family}
    families_b = {c.family for c in _all(sb) if c.family}
    if not crimes_a or not crimes_b:
        if families_a & families_b:     # "charged with killing" / "charged with murder"
            verdict, reason = (Verdict.AGREE, "the same charge") if not crimes_a and not crimes_b else \
                (Verdict.COMPATIBLE, "one report names the crime, the other only the act")
            out.find(Finding("entity", verdict, _side(doc_a, sa[0]), _side(doc_b, sb[0]), f"{listed} — {reason}",
                             t.charge_agree_confidence))
        return
    one_act = bool(families_a & families_b)
    # (two crimes of one act name one person's charge two ways; two crimes of no act in common
    # are most often two people's, unless neither or both statements say whose)
    x, y = _pair([(c, None) for c in sa], [(c, None) for c in sb], strict=not one_act)
    if x is None:
        out.skip("charge.other-person", "entity", _side(doc_a, sa[0]), _side(doc_b, sb[0]),
                 f"{listed}: charges of different people")
        return
    partial = next((c for c in sa + sb if c.partial), None)
    if partial:
        # "is also charged with attempted murder" / "charged with two counts of murder": the
        # report's other charges may be worded out of the reader's reach
        out.skip("charge.partial", "entity", _side(doc_a, x), _side(doc_b, y),
                 f"{listed}: one statement gives further charges")
        return
    out.find(Finding("entity", Verdict.DIFFERS, _side(doc_a, x), _side(doc_b, y),
                     f"{listed} — {'one act charged as two crimes' if one_act else 'no charge in common'}",
                     t.charge_family_confidence if one_act else t.charge_confidence))


def _specific(statements: list[Charges]) -> dict[str, list[tuple[Charges, Crime]]]:
    """A report's crimes at one stage, not the act alone ("killing"), by name, each with the
    statements that give it."""
    out: dict[str, list] = {}
    for s in statements:
        for c in s.crimes:
            if not c.generic:
                out.setdefault(c.name, []).append((s, c))
    return out


def _degrees(given: list[tuple[Charges, Crime]]) -> frozenset[str]:
    """The qualifiers of one crime of ``exclusive_qualifiers`` a report gives it, over all its
    statements ("the first-degree murder of his wife and the second-degree murder of …")."""
    return frozenset(q for _, c in given for q in c.qualifiers if any(q in g for g in EXCLUSIVE_QUALIFIERS))


def _pair(xs: list, ys: list, strict: bool = False,
          any_subject: bool = False) -> tuple[Optional[Charges], Optional[Charges]]:
    """The first two statements, one of each report, that may charge one person: names before
    them with a word in common ("Orozco was convicted" / "Orozco was found guilty"), or no
    names on one side at least ("he was found guilty"). ``strict``: no names on both sides, or
    names in common ("Mr. LaRue pleaded guilty" / "McCord and Liddy … were found guilty" are
    two people, and so may "he pleaded guilty" be). ``any_subject``: the first two when no such
    pair is found."""
    for x, _ in xs:
        for y, _ in ys:
            if x.subject & y.subject or not (x.subject or y.subject) or \
                    (not strict and not (x.subject and y.subject)):
                return x, y
    return (xs[0][0], ys[0][0]) if any_subject else (None, None)


def _clash(qa: frozenset[str], qb: frozenset[str]) -> Optional[str]:
    """Two exclusive qualifiers of one crime ("first-degree" / "second-degree"), neither report
    giving the other's, or None."""
    for group in EXCLUSIVE_QUALIFIERS:
        x, y = qa & group, qb & group
        if x and y and not x & y:
            return f"{sorted(x)[0]} / {sorted(y)[0]}"
    return None


def _all(statements: list[Charges]) -> list[Crime]:
    return [c for s in statements for c in s.crimes]


def _named(c: Crime) -> str:
    return " ".join(sorted(c.qualifiers) + [c.written])


def _names(crimes) -> str:
    return ", ".join(dict.fromkeys(_named(c) for c in crimes))


def _side(doc: Doc, c: Charges):
    return span_side(doc, c.sentence, c.start, c.end)
