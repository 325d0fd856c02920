"""What a person is suspected of, charged with, convicted or acquitted of, as each report states
it, wherever it states it ("charged with manslaughter" / "charged with murder", "convicted of
first-degree murder" / "found guilty of second-degree murder", "found not guilty of murder" /
"convicted of murder").

A statement is a stage's words of ``data/charges.toml`` ("charged with", "indicted on",
"convicted of", "found not guilty of", "on suspicion of" …) right before crimes of its
``crime`` list, one after another with only counts, articles, qualifiers and list marks between
("two counts of first-degree murder and one count of kidnapping"), or a crime before the word
"charges" ("faces DUI charges"). Charges are compared stage by stage (a suspicion with a
suspicion, a charge with a charge, a conviction with a conviction or an acquittal: a man
arrested on suspicion of drunk driving may be charged with manslaughter), each report's crimes
at a stage taken together, since a report may give them over several sentences:

* one act named as two crimes of its family (a killing as murder on one side, manslaughter on
  the other), or one crime of two exclusive degrees ("first-degree" / "second-degree murder"):
  ``differs``, whatever other charges the two have in common ("vehicular homicide and leaving the
  scene" / "manslaughter and leaving the scene"); a crime one report says a person was convicted
  of and the other acquitted of: ``differs``; a guilty plea against a plea of not guilty to one
  crime: ``differs``, less sure (``Thresholds.plea_confidence``: a plea may change);
* no crime in common otherwise: ``differs`` below the default level
  (``Thresholds.charge_confidence``: wire copy often names only the main charge);
* the same crimes: ``agree``; one report naming more of them, or one named two ways ("rape" /
  "sexual assault") or more fully: ``compatible``.

Each pair needs one person charged: the people named right before the two statements share a
word, or one side names nobody (rule ``charge.other-person``; both sides must name nobody or
the same person when only crimes of no family differ). Not compared: a charge to come, not
brought or dropped (``charge.not-stated``: "could face charges of", "No one has been charged
with", "the murder charges … were dropped"); one of an earlier or another case
(``charge.earlier-case``: "a previous arrest in which he was accused of assault", "In 2005, he
was charged with"); a report giving some charges as further ones ("is also charged with
attempted murder") when nothing is in common (``charge.partial``); one report naming only the
act ("charged with killing his wife") against crimes of no family of it (``charge.act-only``).
Cost: linear in the reports' words (each statement reads a bounded window of its sentence),
then O(s_a · s_b) over the few statements at one stage.
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple, Optional

from ..lexicon import GENERIC, MONTHS, ROLE_NOUNS, WEEKDAYS, alternation, data
from ..model import Finding, Role, Verdict
from ..settings import Thresholds
from ..text import STOPWORDS, fold
from .doc import Doc, span_side
from .rules import Out

_DATA = data("charges")
STAGES: dict[str, tuple[str, ...]] = {stage: tuple(words) for stage, words in _DATA["stages"].items()}
STAGE_VERBS: dict[str, str] = dict(_DATA["stage_verbs"])     # how a message says each stage's crimes
if set(STAGE_VERBS) != set(STAGES):
    raise ValueError("charges.toml: stage_verbs must name each stage once")
# crime phrase → (crime name, family, generic, qualifiers that make a generic crime specific)
CRIMES: dict[str, tuple[str, Optional[str], bool, frozenset[str]]] = {
    w: (c["words"][0], c.get("family"), bool(c.get("generic")), frozenset(c.get("specific_with", ())))
    for c in _DATA["crime"] for w in c["words"]}
QUALIFIERS = frozenset(_DATA["qualifiers"])
ANOTHER_CRIME = frozenset(_DATA["another_crime"])
EXCLUSIVE_QUALIFIERS = tuple(frozenset(group) for group in _DATA["exclusive_qualifiers"])
DEGREE_OF: dict[str, str] = dict(_DATA["degree_of"])
GAP_STOPS = frozenset(_DATA["gap_stops"])
COUNT_WORDS = frozenset(_DATA["count_words"])
WILDCARD_NOT = frozenset(_DATA["wildcard_not"])
CHARGE_OF_NOT_AFTER = frozenset(_DATA["charge_of_not_after"])
NOT_SUBJECTS = frozenset(_DATA["not_subjects"])


def _phrase(words: str) -> str:
    """A stage's words as a pattern, "*" standing for one to three words ("charged * with")."""
    return r"\s+((?:[\w'\-]+\s+){1,3}?)".join(re.escape(part) for part in words.split(" * "))


# (literal words before those with "*", longest first: "convicted of murder on" is "convicted of")
_STAGE_PATTERNS = {stage: re.compile(r"\b(?:" + "|".join(_phrase(w) for w in sorted(words, key=lambda w: ("*" in w, -len(w))))
                                     + r")\s+", re.I) for stage, words in STAGES.items()}
_CRIME_ALT = alternation(sorted(CRIMES, key=len, reverse=True))
_CRIME = re.compile(r"\b(" + _CRIME_ALT + r")\b", re.I)
# a crime named before the word "charges" ("faces DUI charges", "two murder charges"): a charge
_CRIME_CHARGES = re.compile(r"\b(" + _CRIME_ALT + r")(\s+charges?)?\b", re.I)
_NOT_STATED = re.compile(r"\b(?:" + alternation(sorted(_DATA["not_stated"], key=len, reverse=True))
                         + r")\s+(?:[\w\-]+\s+){0,2}$", re.I)
# (in lower case only: "Will Jones", "in May")
_NOT_STATED_LOWER = re.compile(r"\b(?:" + alternation(_DATA["not_stated_lower"]) + r")\s+(?:[\w\-]+\s+){0,2}$")
_DROPPED = re.compile(r"^[^;:.!?]{0,80}?\b(?:" + alternation(sorted(_DATA["dropped_after"], key=len, reverse=True))
                      + r")\b", re.I)
_EARLIER = re.compile(r"\b(?:" + alternation(sorted(_DATA["earlier_case"], key=len, reverse=True)) + r")\b"
                      r"(?!\s+(?:" + alternation(_DATA["earlier_not_before"]) + r")\b)", re.I)
_ALSO = re.compile(r"\b(?:" + alternation(sorted(_DATA["also"], key=len, reverse=True)) + r")\s+(?:[\w\-]+\s+){0,2}$",
                   re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# a name in capitals right before a stage's words, an age or "was" between: "Orozco was", "Smith, 35, was"
_SUBJECT = re.compile(r"([A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|de|van|von|bin|al))*)\s*(?:,\s*\d+\s*,\s*)?"
                      r"(?:(?:was|is|were|are|has|have|had|been|being|also|formally|later|then|now)\s+)*$")
_RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,;]*,")     # ", who founded his firm in 1960,"
_DEGREE = re.compile(r"\b(first|second|third)\s+degree\b", re.I)
_IN_DEGREE = re.compile(r"\s+in\s+the\s+(first|second|third)\s+degree\b", re.I)
_COUNT = re.compile(r"^(?:counts?|charges?|of|including|a|an|the|\d+)$", re.I)
READ_BEFORE = 160       # characters before a statement read for what holds it back (not the whole sentence),
                        # and after its stage's words for its crimes
GAP_WORDS = 6           # words at most between two crimes of one list ("leaving the scene of an accident resulting
                        # in death, and vehicular manslaughter")


class Crime(NamedTuple):
    name: str                       # the crime's name ("murder"; "attempted robbery")
    family: Optional[str]           # crimes naming one act two ways ("killing")
    generic: bool                   # names the act only ("killing", "homicide")
    qualifiers: tuple[str, ...]     # the words before it, as written ("first-degree", "vehicular")
    written: str                    # the word the report uses ("rape", for the crime "sexual assault")


class Charges(NamedTuple):
    sentence: int
    stage: str                      # "suspected", "charged", "convicted", "acquitted"
    start: int                      # offsets in the article of the statement shown
    end: int
    crimes: tuple[Crime, ...]
    held: Optional[str]             # the rule that keeps it out of the comparison, or None
    partial: bool                   # "also charged with": one of several charges, the others maybe out of reach
    subject: frozenset[str]         # the words of the person named right before it ("Orozco")
    plea: Optional[str] = None      # "guilty" or "not guilty" for a plea ("pleaded not guilty to"), else None


def charge_statements(doc: Doc) -> list[Charges]:
    """A report's statements of charges, in order, remembered per report."""
    memo = doc._memo.get("charges")
    if memo is None:
        memo = doc._memo["charges"] = [c for k, s in enumerate(doc.sentences) if s.role.is_content
                                       for c in _read(doc, k)]
    return memo


def _read(doc: Doc, k: int) -> list[Charges]:
    """The statements of sentence ``k``: each stage's words with the crimes right after them,
    then crimes before "charges" outside those; a statement ends where the next one begins."""
    s = doc.sentences[k]
    text = fold(s.text)
    starts = sorted((m.start(), m.end(), stage, m) for stage, p in _STAGE_PATTERNS.items() for m in p.finditer(text)
                    if _stage_ok(text, m))
    found: list[Charges] = []
    for n, (start, end, stage, m) in enumerate(starts):
        if found and start < found[-1].end - s.start:
            continue            # inside the statement before ("indicted on charges of murder")
        stop = next((b for b, *_ in starts[n + 1:] if b > end), len(text))     # ("faces charges of" reads on)
        crimes, at = _crimes(text[end:min(stop, end + READ_BEFORE)])
        if crimes:
            found.append(_statement(doc, k, text, stage, start, end + at, crimes, m))
    for m in _CRIME_CHARGES.finditer(text):
        if not (m.group(2) or m.group(1).lower().endswith(("charge", "charges"))) or \
                any(c.start - s.start <= m.start() < c.end - s.start for c in found):
            continue        # a crime named alone, not a charge; or one a statement above reads
        crime = _crime(m.group(1), _qualifiers(_DEGREE.sub(r"\1-degree", text[max(0, m.start() - 40):m.start()]).split())[0])
        if crime is not None:
            found.append(_statement(doc, k, text, "charged", m.start(), m.end(), [crime]))
    return sorted(found, key=lambda c: c.start)


def _stage_ok(text: str, m: re.Match) -> bool:
    """May a stage's words open a statement: its "*" words none of ``wildcard_not`` ("found not
    guilty of" is no conviction), and "charge of" not after "in" or "took" ("in charge of")?"""
    for group in m.groups():
        if group and (any(w.lower() in WILDCARD_NOT for w in group.split()) or _CRIME.search(group)):
            return False
    if m.group().lower().startswith(("charge of", "charges of")):
        before = text[max(0, m.start() - 20):m.start()].split()
        return not (before and before[-1].lower() in CHARGE_OF_NOT_AFTER)
    return True


def _statement(doc: Doc, k: int, text: str, stage: str, start: int, end: int, crimes: list[Crime],
               m: Optional[re.Match] = None) -> Charges:
    s = doc.sentences[k]
    before = text[max(0, start - READ_BEFORE):start]
    words = m.group().lower() if m else ""
    plea = ("not guilty" if "not guilty" in words else "guilty") if words.startswith("plead") else None
    return Charges(k, stage, s.start + start, s.start + end, tuple(crimes), _held(doc, before, text[end:]),
                   bool(_ALSO.search(before)), _subject(doc, k, start, m), plea)


def _held(doc: Doc, before: str, after: str) -> Optional[str]:
    """The rule that keeps a statement out of the comparison: a charge to come, not brought or
    dropped (the words right before it, or "dropped" after it in its clause), or one of an earlier
    or another case (words among the eight before it in its clause, after "and" and relative
    clauses left out, or a year not the report's own before it: "In 2005, he was charged with")."""
    if _NOT_STATED.search(before) or _NOT_STATED_LOWER.search(before) or _DROPPED.search(after):
        return "charge.not-stated"
    plain = _RELATIVE.sub(",", before)
    clause = " ".join(re.split(r"[,;:]|\band\b", plain)[-1].split()[-8:])
    years = {int(y) for y in _YEAR.findall(plain.split(";")[-1])}
    if _EARLIER.search(clause) or (years and not (doc.published and years == {doc.published.year})):
        return "charge.earlier-case"
    return None


def _subject(doc: Doc, k: int, start: int, m: Optional[re.Match]) -> frozenset[str]:
    """The words of the person a statement names as charged: a name in capitals among its
    stage's "*" words ("convicted Scott Peterson of"), or right before its stage's words, an
    age or a word such as "was" between ("Orozco was convicted of", "Smith, 35, was charged
    with"), not a role's or a body's word ("Prosecutors charged …"); empty when it names no one
    ("he was charged with", "the driver was") and in a headline, whose words are all in capitals."""
    s = doc.sentences[k]
    if s.role is Role.HEADLINE:
        return frozenset()
    inside = [w for g in (m.groups() if m else ()) if g for w in g.split()]
    for words in (inside, (_SUBJECT.search(s.text[max(0, start - 80):start]) or [""])[0].split()):
        named = [w.strip(",'’").lower() for w in words if w[:1].isupper()]
        named = [w for w in named if w and w not in STOPWORDS and w not in WEEKDAYS and w not in MONTHS
                 and not _common(w)]
        if named:
            return frozenset(named)
    return frozenset()


def _common(text: str) -> bool:
    """Is a name a common noun in capitals ("Prosecutors", "Authorities", "Police"): each word,
    its plural "s" aside, a role noun, a generic word or one of ``not_subjects``?"""
    words = [w.lower() for w in text.split()]
    return all(w in GENERIC or w in NOT_SUBJECTS or w.rstrip("s") in ROLE_NOUNS or w.rstrip("s") in NOT_SUBJECTS
               for w in words)


def _crimes(region: str) -> tuple[list[Crime], int]:
    """The crimes a statement names, read from the words after its stage's words, and where
    the last one ends in ``region``: the first right after them (counts, articles and
    qualifiers only between: "two counts of first-degree murder"; none when other words come
    first: "accused of lying to investigators about the murder"), then each crime joined to the
    one before by a list mark or "and", a few words between at most and none of
    ``gap_stops`` ("DWI, leaving the scene of an accident resulting in death, and vehicular
    manslaughter"; not "manslaughter in exchange for prosecutors dropping the murder charge")."""
    crimes: list[Crime] = []
    last = 0
    for c in _CRIME.finditer(region):
        between = _DEGREE.sub(r"\1-degree", region[last:c.start()])     # ("first degree murder")
        qualifiers, rest = _qualifiers(between.replace(",", " , ").split())
        words = [w for w in rest if not _COUNT.match(w) and w.lower() not in COUNT_WORDS]
        if not crimes and words:
            break       # other words before the first crime
        if crimes and not _joined(rest):
            break
        degree = _IN_DEGREE.match(region, c.end())          # "murder in the first degree"
        if degree:
            qualifiers = qualifiers + (degree.group(1).lower() + "-degree",)
        crime = _crime(c.group(1), qualifiers)
        if crime is None:
            break
        crimes.append(crime)
        last = degree.end() if degree else c.end()
    return crimes, last


def _joined(words: list[str]) -> bool:
    """Do the words between two crimes join them as one list: a list mark or "and"/"or", at
    most ``GAP_WORDS`` words, none of ``gap_stops`` and no name in capitals?"""
    lowered = [w.lower() for w in words]
    if not ({",", "and", "or", "plus"} & set(lowered)) or len([w for w in words if w != ","]) > GAP_WORDS:
        return False
    text = " ".join(lowered)
    return not any(f" {stop} " in f" {text} " for stop in GAP_STOPS) and \
        not any(w[:1].isupper() for w in words if w not in (",",))


def _crime(written: str, qualifiers: tuple[str, ...]) -> Optional[Crime]:
    """The crime a phrase names, with its qualifiers; None for a phrase no crime's (letters the
    pattern folds but ``lower`` does not: "aſſault")."""
    key = unicodedata.normalize("NFKC", written).casefold()
    entry = CRIMES.get(key) or CRIMES.get(written.lower())
    if entry is None:
        return None
    name, family, generic, specific_with = entry
    if generic and set(qualifiers) & specific_with:
        generic = False         # "vehicular homicide" names a crime, "homicide" only the act
    if set(qualifiers) & ANOTHER_CRIME and not name.startswith(tuple(ANOTHER_CRIME)):
        name, family, generic = f"{'/'.join(sorted(set(qualifiers) & ANOTHER_CRIME))} {name}", None, False
    return Crime(name, family, generic, qualifiers, written.lower())


def _qualifiers(words: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """The last words of ``words`` that qualify a crime (``data/charges.toml`` ``qualifiers``:
    "first-degree", "vehicular"), in order, and the words before them."""
    k = len(words)
    while k > 0 and words[k - 1].lower() in QUALIFIERS:
        k -= 1
    return tuple(w.lower() for w in words[k:]), words[:k]


def charge_findings(doc_a: Doc, doc_b: Doc, *, t: Thresholds, out: Out) -> None:
    """Each stage's charges in both reports, compared (module docstring); a conviction also
    against an acquittal of the same crime."""
    all_a, all_b = charge_statements(doc_a), charge_statements(doc_b)
    for stage in STAGES:
        sa = [c for c in all_a if c.stage == stage]
        sb = [c for c in all_b if c.stage == stage]
        if sa and sb:
            _record_held(doc_a, sa, doc_b, sb, out)
            sa, sb = [c for c in sa if not c.held], [c for c in sb if not c.held]
            if sa and sb:
                _compare(doc_a, sa, doc_b, sb, stage, t, out)
    for x_stage, y_stage in (("convicted", "acquitted"), ("acquitted", "convicted")):
        sa = [c for c in all_a if c.stage == x_stage and not c.held]
        sb = [c for c in all_b if c.stage == y_stage and not c.held]
        if sa and sb:
            _verdicts_apart(doc_a, sa, doc_b, sb, t.charge_family_confidence, out)
    for x_plea, y_plea in (("guilty", "not guilty"), ("not guilty", "guilty")):
        sa = [c for c in all_a if c.plea == x_plea and not c.held]
        sb = [c for c in all_b if c.plea == y_plea and not c.held]
        if sa and sb:
            _verdicts_apart(doc_a, sa, doc_b, sb, t.plea_confidence, out)


def _record_held(doc_a: Doc, sa: list[Charges], doc_b: Doc, sb: list[Charges], out: Out) -> None:
    """The statements of one stage a rule keeps out, each recorded against the other report's
    first statement of that stage."""
    for held, others, flip in ((sa, sb, False), (sb, sa, True)):
        for c in held:
            if c.held:
                first = next((o for o in others if not o.held), others[0])
                x, y = (first, c) if flip else (c, first)
                out.skip(c.held, "entity", _side(doc_a, x), _side(doc_b, y), f"{_names(x.crimes)} / {_names(y.crimes)}")


def _compare(doc_a: Doc, sa: list[Charges], doc_b: Doc, sb: list[Charges], stage: str, t: Thresholds,
             out: Out) -> None:
    """One stage's statements of the two reports, compared (module docstring)."""
    verb = STAGE_VERBS[stage]
    listed = f"{doc_a.id}: {verb} {_names(_all(sa))}; {doc_b.id}: {verb} {_names(_all(sb))}"
    crimes_a, crimes_b = _specific(sa), _specific(sb)
    # one act named as two crimes of its family, or one crime of two degrees, whatever else both name
    for family in sorted({c.family for c in _all(sa) + _all(sb) if c.family}):
        in_a = {n: v for n, v in crimes_a.items() if v[0][1].family == family}
        in_b = {n: v for n, v in crimes_b.items() if v[0][1].family == family}
        if not in_a or not in_b:
            continue
        common = [n for n in in_a if n in in_b]
        clash = next(((n, c) for n in common for c in [_clash(_degrees(in_a[n]), _degrees(in_b[n]))] if c), None)
        if common and not clash:
            continue
        pair = _paired(doc_a, [p for v in in_a.values() for p in v], doc_b, [p for v in in_b.values() for p in v],
                       listed, out)
        if pair:
            reason = f"one charge of another degree ({clash[1]})" if clash else "one act charged as two crimes"
            out.pin(Finding("entity", Verdict.DIFFERS, *pair, f"{listed} — {reason}", t.charge_family_confidence))
        return
    common = [n for n in crimes_a if n in crimes_b]
    for name in common:
        clash = _clash(_degrees(crimes_a[name]), _degrees(crimes_b[name]))
        if clash:
            pair = _paired(doc_a, crimes_a[name], doc_b, crimes_b[name], listed, out)
            if pair:
                out.pin(Finding("entity", Verdict.DIFFERS, *pair, f"{listed} — one charge of another degree ({clash})",
                                t.charge_family_confidence))
            return
    if common:
        pair = _paired(doc_a, crimes_a[common[0]], doc_b, crimes_b[common[0]], listed, out)
        if not pair:
            return
        same = set(crimes_a) == set(crimes_b) and all(
            {(c.qualifiers, c.written) for _, c in crimes_a[n]} == {(c.qualifiers, c.written) for _, c in crimes_b[n]}
            for n in common)
        verdict, reason = (Verdict.AGREE, "the same charges") if same else \
            (Verdict.COMPATIBLE, "charges in common, one report naming more, or naming them otherwise")
        out.find(Finding("entity", verdict, *pair, f"{listed} — {reason}", t.charge_agree_confidence))
        return
    families_a = {c.family for c in _all(sa) if c.family}
    families_b = {c.family for c in _all(sb) if c.family}
    statements_a, statements_b = [(c, None) for c in sa], [(c, None) for c in sb]
    if not crimes_a or not crimes_b:
        pair = _paired(doc_a, statements_a, doc_b, statements_b, listed, out)
        if pair and families_a & families_b:     # "charged with killing" / "charged with murder"
            verdict, reason = (Verdict.AGREE, "the same charge") if not crimes_a and not crimes_b else \
                (Verdict.COMPATIBLE, "one report names the crime, the other only the act")
            out.find(Finding("entity", verdict, *pair, f"{listed} — {reason}", t.charge_agree_confidence))
        elif pair:
            out.skip("charge.act-only", "entity", *pair, f"{listed}: one report names only the act")
        return
    # (two crimes of no act in common are most often two people's, unless neither or both
    # statements say whose)
    pair = _paired(doc_a, statements_a, doc_b, statements_b, listed, out, strict=True)
    if not pair:
        return
    if any(c.partial for c in sa + sb):
        # "is also charged with attempted murder" / "charged with two counts of murder": the
        # report's other charges may be worded out of the reader's reach
        out.skip("charge.partial", "entity", *pair, f"{listed}: one statement gives further charges")
        return
    out.pin(Finding("entity", Verdict.DIFFERS, *pair, f"{listed} — no charge in common", t.charge_confidence))


def _paired(doc_a: Doc, xs: list, doc_b: Doc, ys: list, listed: str, out: Out, strict: bool = False) -> Optional[tuple]:
    """The sides of the first two statements of ``xs`` / ``ys`` (pairs of a statement and a
    crime) that may charge one person (:func:`_pair`); None when none may, the first two then
    recorded as two people's charges (rule ``charge.other-person``)."""
    x, y = _pair(xs, ys, strict)
    if x is None:
        out.skip("charge.other-person", "entity", _side(doc_a, xs[0][0]), _side(doc_b, ys[0][0]),
                 f"{listed}: charges of different people")
        return None
    return _side(doc_a, x), _side(doc_b, y)


def _verdicts_apart(doc_a: Doc, sa: list[Charges], doc_b: Doc, sb: list[Charges], confidence: float,
                    out: Out) -> None:
    """A crime one report says a person was convicted of and the other acquitted of ("found
    not guilty of murder" / "convicted of murder"), or pleaded guilty to and the other not
    guilty ("pleaded guilty to murder" / "pleaded not guilty to murder": reports days apart may
    both be right, a plea changed): ``differs`` at ``confidence``."""
    crimes_a, crimes_b = _specific(sa), _specific(sb)
    for name in [n for n in crimes_a if n in crimes_b]:
        x, y = _pair(crimes_a[name], crimes_b[name])
        if x is None:
            continue
        out.pin(Finding("entity", Verdict.DIFFERS, _side(doc_a, x), _side(doc_b, y),
                        f"{doc_a.id}: {_verb(x)} {_names(x.crimes)}; {doc_b.id}: {_verb(y)} {_names(y.crimes)} — "
                        + ("a plea of guilty in one report, of not guilty in the other" if x.plea and y.plea
                           else "convicted in one report, acquitted in the other"), confidence))
        return


def _verb(c: Charges) -> str:
    """How a statement says its crimes: "pleaded not guilty to", "convicted of" …"""
    return f"pleaded {c.plea} to" if c.plea else STAGE_VERBS[c.stage]


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
    statements ("the first-degree murder of his wife and the second-degree murder of …"),
    "capital" read as first-degree (``degree_of``)."""
    return frozenset(DEGREE_OF.get(q, q) for _, c in given for q in c.qualifiers
                     if any(DEGREE_OF.get(q, q) in g for g in EXCLUSIVE_QUALIFIERS))


def _pair(xs: list, ys: list, strict: bool = False) -> tuple[Optional[Charges], Optional[Charges]]:
    """The first two statements, one of each report, that may charge one person: the people
    named right before them share a word ("Orozco was convicted" / "Orozco was found guilty"),
    or one side names nobody ("he was found guilty"). ``strict``: nobody on both sides, or the
    same person ("Mr. LaRue pleaded guilty" / "McCord and Liddy … were found guilty" are two
    people, and so may "he pleaded guilty" be). (None, None) when no pair may."""
    for x, _ in xs:
        for y, _ in ys:
            if x.subject & y.subject or not (x.subject or y.subject) or \
                    (not strict and not (x.subject and y.subject)):
                return x, y
    return None, None


def _clash(qa: frozenset[str], qb: frozenset[str]) -> Optional[str]:
    """Two exclusive qualifiers of one crime ("first-degree" / "second-degree"), neither report
    giving the other's, or None."""
    for group in EXCLUSIVE_QUALIFIERS:
        x, y = qa & group, qb & group
        if x and y and not x & y:
            return f"{sorted(x)[0]} / {sorted(y)[0]}"
    return None


def _all(statements: list[Charges]) -> list[Crime]:
    """Every crime of the statements, in order."""
    return [c for s in statements for c in s.crimes]


def _names(crimes) -> str:
    """The crimes as the reports write them, each once ("first-degree murder, kidnapping")."""
    return ", ".join(dict.fromkeys(" ".join(c.qualifiers + (c.written,)) for c in crimes))


def _side(doc: Doc, c: Charges):
    """The side of a finding on a statement."""
    return span_side(doc, c.sentence, c.start, c.end)
