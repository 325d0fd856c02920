"""Polarity: what a sentence denies, or affirms by degree → :class:`Polarity`.

A statement is *marked* when the text negates or grades its predicate word:

* a negator after an auxiliary: "was not armed", "did not fire", "hasn't been charged",
  "had never fired", "could no longer walk"; and after a verdict verb: "pleaded not guilty";
* a negative prefix: "unarmed", "unidentified", "non-fatal", "inexperienced", "illegal",
  "dishonest" (``un-`` and ``non-`` freely, except reversal verbs such as "uncover" and
  words such as "under", "union"; ``in-``/``im-``/``il-``/``ir-``/``dis-`` only in the listed
  words that negate, since "incident", "investigate" or "discharged" negate nothing);
* a degree that says "not enough" or "enough": "insufficiently equipped", "ill-prepared",
  "poorly trained" (negative); "well equipped", "fully trained" (positive).

Each marked word becomes a fact whose ``head`` is the stem of the word affirmed or denied
("unarmed" → ``arm``). Left out on purpose: negated reporting and mental verbs ("did not
say", "didn't want", "don't think": no claim about the story), "not only", "not … until"
(a delay, not a denial), "would not … if", "as if … didn't" (suppositions), "hadn't scored
much" (a degree), "no" before a noun (too often a different thing: "no weapon was found"
/ "police searched for the weapon"); a "no" subject only keeps its predicate from counting as
stated ("No gun has been recovered"). The judge sets a denial against a plain statement of the
same word in the other report, found by :func:`affirmed`. Lexical opposites ("agreed" /
"refused") need world knowledge and live in the knowledge file (``[[opposite]]``).

Cost: a few regular expressions per sentence, linear in its length.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..model import Polarity, Sentence
from ..text import STOPWORDS, fold, stem

# after these the predicate is a bare verb ("did not fire"); after the others a participle or
# an adjective ("was not armed", "had not fired", "would not be harmed")
VERB_AUX = frozenset("did does do could would will should can may might must need wo ca".split())
_AUX = "|".join(sorted(VERB_AUX | {"was", "were", "is", "are", "am", "be", "been", "being", "has", "have", "had"}))
_VERDICT = r"(?:pleaded|pleads|plead|pled|found|declared|ruled|deemed|proved|proven)"
NEGATION = re.compile(
    r"(?:\b(?P<aux>" + _AUX + r")\s*(?:n't|\s+not|\s+never|\s+no\s+longer)|'(?:ve|s|d|re|m|ll)\s+(?:not|never)|"
    r"\bnever|\bno\s+longer|\b" + _VERDICT
    + r"\s+not)\s+(?P<filler>(?:(?:be|been|being|yet|so|very|too|(?!only\b)[a-z]+ly)\s+){0,3})"
    r"(?P<head>[a-z][a-z\-]*[a-z])(?<!ly)\b",
    re.I)
NEGATIVE_DEGREE = re.compile(
    r"\b(?P<cue>insufficiently|inadequately|poorly|ill|improperly|inappropriately)[\"'\s\-]+"
    r"(?P<head>[a-z]+(?:ed|en))\b(?:\s+and\s+(?P<head2>[a-z]+(?:ed|en))\b)?", re.I)
POSITIVE_DEGREE = re.compile(
    r"(?<!\bas\s)(?<!\bnot\s)(?<!n't\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"\b(?P<cue>well|fully|adequately|sufficiently|properly|appropriately)[\s\-]+"
    r"(?P<head>[a-z]+(?:ed|en))\b", re.I)
PREFIXED = re.compile(r"\b(?P<word>(?P<cue>un|non-|non|in|im|il|ir|dis)(?P<head>[a-z][a-z\-]{3,}))\b", re.I)

# Predicates whose denial is no claim about the story
NOT_A_CLAIM = frozenset("""
say said tell told comment comments commenting speak know known knowing sure clear immediately only
just least far long until enough yet exactly necessarily quite much many all every reach reached
elaborate disclose identify identified release name named provide give confirm specify
want think believe feel expect like need seem appear mean care matter see look go come get make take
let plan intend wish hope try remember recall understand bother mind something anything nothing
everything someone anyone much enough old
""".split())
_NOT_A_CLAIM_STEMS = frozenset(stem(w) for w in NOT_A_CLAIM)
# "will not leave until …" postpones and "would not be … if …" supposes; neither denies
POSTPONED = re.compile(r"^(?:\s+(?:much|many|enough|long|well)\b|[^,;.]{0,60}\b(?:until|till|til|before|only|if|unless)\b)",
                       re.I)
# "as if Apple didn't learn", "whether or not": a supposition, not a denial
SUPPOSED = re.compile(r"\b(?:as\s+if|as\s+though|whether|even\s+if)\b[^,;.]{0,40}$", re.I)
# a subject that is "no …" denies its predicate: "No gun has been recovered", "no terms were disclosed"
NO_SUBJECT = re.compile(r"\b(?:no|none\s+of\s+the|neither|nobody|nothing)\s+(?:[\w\-]+\s+){0,3}?"
                        r"(?:has|have|had|was|were|is|are|will|would|could)\s+(?:been\s+|be\s+)?(?P<head>[a-z]+)\b", re.I)
# the rest of a clause, which a negated reporting or mental verb keeps from being a plain
# statement ("I didn't feel we were executing", "he did not think he was right")
CLAUSE_END = re.compile(r"[,;:.!?]|\b(?:but|however|although|though)\b|$")
# "un-" words that undo an action or are no negation at all
NOT_NEGATIONS = re.compile(r"^(?:under|unit|union|univers|uniform|unique|unless|until|unto|uncle|"
                           r"uncover|unfold|unveil|unleash|unearth|unravel|unload|unpack|unlock|unseat|"
                           r"unanim|unify|unific|unison|"
                           r"infamous|invaluable|inflammable|inhabitable|impassioned|disgruntled)", re.I)
# in-/im-/il-/ir-/dis- make a negation only in some words ("incorrect", but not "incident",
# "investigate", "discharged"): those common in news are listed, by the word they negate
NEGATED_BY_PREFIX = frozenset("""
inexperienced insufficient inadequate incorrect incorrectly inaccurate
incomplete inconclusive inconsistent incapable inactive indirect ineffective ineligible informal
insecure insignificant intolerable invalid invisible involuntary inappropriate
incompetent inhumane impossible improper impartial
imperfect impatient immature immobile immoral illegal illegally illegitimate illogical irregular
irrelevant irresponsible irresponsibly irrational irreversible disagree disagreed disagrees
disapprove disapproved dishonest disloyal disobey disobeyed dissatisfied displeased disallowed
disconnected discontinued disorganised disorganized disproved disqualified dishonoured dishonored

""".split())


def extract_polarities(sentence: Sentence) -> Iterator[Polarity]:
    """Yield the marked statements of a sentence, in order.

    >>> s = Sentence(0, "The man was not armed and police were well equipped.", 0, 52, 0)
    >>> [(p.text, p.word, p.positive) for p in extract_polarities(s)]
    [('not armed', 'armed', False), ('well equipped', 'equipped', True)]
    >>> s = Sentence(0, "An unarmed man was shot by an inexperienced officer who didn't fire.", 0, 68, 0)
    >>> [(p.text, p.word, p.cue, p.verb) for p in extract_polarities(s)]
    [('unarmed', 'armed', 'un-', False), ('inexperienced', 'experienced', 'in-', False), ("n't fire", 'fire', 'not', True)]
    """
    text = fold(sentence.text)
    found: list[tuple[int, int, str, bool, str, bool]] = []
    for m in NEGATION.finditer(text):
        word = m.group("head")
        if word[0].isupper() or word in STOPWORDS or stem(word.lower()) in _NOT_A_CLAIM_STEMS \
                or POSTPONED.match(text[m.end():]) or SUPPOSED.search(text[max(0, m.start() - 60):m.start()]):
            continue
        verdict = re.match(_VERDICT, m.group(0), re.I)
        cue = "never" if re.search(r"never", m.group(0), re.I) else verdict.group().lower() + " not" if verdict else "not"
        start = m.start() + max(0, m.group(0).lower().find("n't" if "n't" in m.group(0) else cue.split()[-1]))
        verb = (m.group("aux") or "").lower() in VERB_AUX and not re.search(r"\bbe", m.group("filler"), re.I)
        found.append((start, m.end("head"), word, False, cue, verb))
    for pattern, positive in ((NEGATIVE_DEGREE, False), (POSITIVE_DEGREE, True)):
        for m in pattern.finditer(text):
            found.append((m.start(), m.end("head"), m.group("head").lower(), positive, m.group("cue").lower(), False))
            if m.groupdict().get("head2"):     # "insufficiently equipped and experienced"
                found.append((m.start("head2"), m.end("head2"), m.group("head2").lower(), positive,
                              m.group("cue").lower(), False))
    for m in PREFIXED.finditer(text):
        word, cue, rest = m.group("word").lower(), m.group("cue").lower().rstrip("-"), m.group("head").lower()
        if NOT_NEGATIONS.match(word) or not _negates(word, cue) or (m.group()[0].isupper() and m.start() > 0):
            continue        # … or a name: "the Independent Office for Police Conduct"
        found.append((m.start(), m.end(), rest.lstrip("-"), False, cue + "-", False))
    taken: list[tuple[int, int]] = []
    for start, end, word, positive, cue, verb in sorted(found):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        yield Polarity(text=sentence.text[start:end], start=sentence.start + start, end=sentence.start + end,
                       head=stem(word), word=word, positive=positive, cue=cue, verb=verb)


# "non-" before a noun names another class ("nongovernment experts", "non-members"), it
# denies nothing; before an adjective it does ("non-fatal", "nonviolent")
CLASS_NOUN = re.compile(r"(?:ment|tion|sion|ship|ness|ity|ism|ist|ance|ence|er|or)s?$")


def _negates(word: str, cue: str) -> bool:
    if cue == "non":
        return not CLASS_NOUN.search(word)
    return cue == "un" or word in NEGATED_BY_PREFIX


def affirmed(sentence: Sentence) -> dict[str, list[tuple[int, int, str]]]:
    """The words a sentence states plainly, by stem → [(start, end, word)]: every lower-case
    content word outside a negation ("not armed", "wouldn't release") and outside the clause
    of a negated reporting or mental verb ("didn't think he was right")."""
    text = fold(sentence.text)
    denied = [(m.start(), m.end()) for m in NO_SUBJECT.finditer(text)]
    for m in NEGATION.finditer(text):
        end = m.end()
        if stem(m.group("head").lower()) in _NOT_A_CLAIM_STEMS:
            end += CLAUSE_END.search(text, end).start() - end
        denied.append((m.start(), end))
    out: dict[str, list[tuple[int, int, str]]] = {}
    for m in re.finditer(r"[a-z]+(?:-[a-z]+)*", text):
        word = m.group().lower()
        if word in STOPWORDS or any(s <= m.start() and m.end() <= e for s, e in denied):
            continue
        out.setdefault(stem(word), []).append((sentence.start + m.start(), sentence.start + m.end(), word))
    return out
