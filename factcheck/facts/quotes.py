"""Quotations with their speaker and cue → :class:`Quote` records, one per sentence piece.

Quotes are found over the whole article, not sentence by sentence: a quote may run over
several sentences, and over paragraphs when each new paragraph repeats the opening mark and
only the last one closes it. Straight and curly double quotes are both read (curly single
quotes too, when they open at a word boundary); an apostrophe never opens a quote. A quote
left open at the end of a paragraph that the next paragraph does not continue is closed
there. All pieces of one quotation share a ``quote_id``.

The speaker comes from the words next to the quote: ``X said: "…"``, ``"…," X said``,
``"…," said X``, ``"…," she tweeted`` (a pronoun is resolved to the last person named as a
speaker or source before it), ``X quoting Y reported, "…"``. Cost: linear in the article.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Callable, Iterator, Optional, Sequence

from ..lexicon import BEFORE_SUBJECT_VERBS, QUOTE_CUES, ROLE_NOUNS, SPEAKER_NOT_OPENERS, alternation, data
from ..model import Entity, Quote, Sentence
from ..text import PRONOUNS, fold, fold_key
from .entities import person_like

CUES = alternation(QUOTE_CUES)
_WHO = r"(?P<who>(?:[A-Z]\w*'s\s+)?(?:[Tt]he\s+|[Aa]n?\s+)?[A-Za-z][\w'.\-]*(?:\s+[A-Za-z][\w'.\-]*){0,7}?)"
AFTER = [
    re.compile(r"^\W{0,3}\s*" + _WHO + r"\s+(?P<cue>" + CUES + r")\b"),
    # "said General Manager A.J. Smith in a news release": the speaker ends at a stop that is
    # not an initial's, at a comma, or before a preposition
    re.compile(r"^\W{0,3}\s*(?P<cue>" + alternation(BEFORE_SUBJECT_VERBS) + r")\s+" + _WHO +
               r"(?:\s*(?:(?<!\b[A-Z])\.|[,;]|$)|(?=\s+(?:in|on|at|from|during|after|before|while|when|as|to)\b))"),
]
# a person's name of two to four capitalized words, not a phrase of time or place ("On Monday")
_NAME = (r"(?P<who>(?!(?:" + alternation(sorted(SPEAKER_NOT_OPENERS)) + r")\b)"
         r"[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){1,3})")
BEFORE = [
    re.compile(_WHO + r",\s+[^,\"]{1,80},\s+(?P<cue>" + CUES + r")\s*[:,]?\s*$"),
    # "Steven Moffat, lead writer and executive producer says:", "Ben Stephenson, Controller,
    # BBC Drama Commissioning says:": the name before the role, not the role's last words
    re.compile(r"(?:^|[,;]\s+)" + _NAME + r",\s+(?P<role>(?:[^,\"]{1,60},\s+)?[^,\"]{1,60}?)\s+(?P<cue>" + CUES +
               r")\s*[:,]?\s*$"),
    re.compile(r"\bquoting\s+" + _WHO + r"\s+(?P<cue>reported|said|says|wrote)\W*$"),
    re.compile(_WHO + r"\s+(?P<cue>" + CUES + r")(?:\s+\w+){0,3}?\s*[:,]?\s*$"),
    re.compile(r"\b(?P<cue>according to)\s+" + _WHO + r"\s*[:,]?\s*$"),
]


def _quote_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Each quotation as a list of (start, end) inner spans, one per paragraph it covers."""
    quotes: list[list[tuple[int, int]]] = []
    current: Optional[list[tuple[int, int]]] = None
    single = False
    for k, (ps, pe) in enumerate(paragraphs):
        open_at = -1
        i = ps
        if current is not None:            # a quote carried over from the last paragraph
            if text[ps] in '"\u201c':
                i = ps + 1
            open_at = i
        while i < pe:
            ch = text[i]
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            if ch in '"\u201c\u201d\u00ab\u00bb':
                is_single = False
            elif ch == "\u2018" and open_at < 0 and (prev.isspace() or prev in '([-\u2014"\u201c'):
                is_single = True
            elif ch == "\u2019" and open_at >= 0 and single and not nxt.isalpha():
                is_single = True
            else:
                i += 1
                continue
            if open_at < 0:
                if ch not in "\u201d\u00bb":  # a stray closing mark opens nothing
                    open_at, single, current = i + 1, is_single, []
            elif is_single == single:
                current.append((open_at, i))
                quotes.append(current)
                current, open_at = None, -1
            i += 1
        if open_at >= 0:
            current.append((open_at, pe))
            carry = not single and _continues(text, paragraphs, k)
            if not carry:
                quotes.append(current)
                current = None
    if current:
        quotes.append(current)
    return quotes


# paragraphs (lines) with no quote mark a quote may run over to the one that closes it: a
# reported interview quoted line by line ("No. / I've done it. / Trust me. / … anymore.\"")
QUOTE_REACH = 12


def _continues(text: str, paragraphs: Sequence[tuple[int, int]], k: int, reach: int = QUOTE_REACH) -> bool:
    """Does the quote left open at the end of paragraph ``k`` go on in the next? It does when
    the next paragraph opens with a quote mark or holds an odd number of them; and when the
    text breaks lines inside a quote, over up to ``reach`` paragraphs with no mark at all to
    one whose first mark closes it (a closing mark, a straight one right after a word, or one
    ending the paragraph after a sentence's end: "a party girl. \"", not "read in full: \"")."""
    for n in range(k + 1, min(len(paragraphs), k + 1 + reach)):
        ns, ne = paragraphs[n]
        marks = [j for j in range(ns, ne) if text[j] in '"\u201c\u201d']
        if n == k + 1 and (text[ns] in '"\u201c' or len(marks) % 2 == 1):
            return True
        if marks:
            first = marks[0]
            closing = text[first] == "\u201d" or (text[first] == '"' and first > ns and (
                not text[first - 1].isspace() or (not text[first + 1:ne].strip() and
                                                  text[:first].rstrip()[-1:] in ".!?,")))
            return n > k + 1 and len(marks) % 2 == 1 and closing
    return False


def extract_quotes(text: str, sentences: Sequence[Sentence], *, resolve=None) -> Iterator[Quote]:
    """Yield quote pieces in document order for the content ``sentences`` of ``text``.

    >>> t = 'Gage said: "He probably realized it.\\n"He was going to be shot," he added.'
    >>> ss = [Sentence(0, t[:36], 0, 36, 0), Sentence(1, t[37:], 37, len(t), 1)]
    >>> [(q.content, q.speaker, q.quote_id) for q in extract_quotes(t, ss)]
    [('He probably realized it.', 'Gage', 0), ('He was going to be shot,', 'Gage', 0)]
    """
    folded = fold(text)
    paras: dict[int, list[int]] = {}
    for s in sentences:
        bounds = paras.setdefault(s.paragraph, [s.start, s.end])
        bounds[0], bounds[1] = min(bounds[0], s.start), max(bounds[1], s.end)
    paragraphs = [tuple(paras[k]) for k in sorted(paras)]
    spans = _quote_spans(text, list(paragraphs))
    last_speaker: Optional[tuple[int, str, int, Optional[str]]] = None    # sentence, speaker, paragraph, cue
    left_open = -1      # where the last quote with a speaker ended, when no mark closed it
    # sentences in text order: where a position falls and which sentences a span overlaps are
    # found by bisection (a long report has thousands of quotes and of sentences)
    ordered = sorted(sentences, key=lambda s: s.start)
    starts, ends = [s.start for s in ordered], [s.end for s in ordered]
    monotone = all(x <= y for x, y in zip(ends, ends[1:]))
    for qid, pieces in enumerate(spans):
        first_s = _sentence_at(sentences, pieces[0][0], ordered, starts, ends, monotone)
        last_s = _sentence_at(sentences, pieces[-1][1] - 1, ordered, starts, ends, monotone)
        speaker, cue = _speaker(folded, pieces, first_s, last_s)
        if speaker and speaker.lower() in PRONOUNS and first_s is not None:
            # a pronoun names the speaker of the quote just before (same or previous sentence)
            # or the person ``resolve`` finds; otherwise we do not guess
            near = last_speaker and first_s.index - last_speaker[0] <= 1
            speaker = last_speaker[1] if near else (resolve(first_s.index) if resolve else None)
        if speaker is None and first_s is not None and last_speaker and _opens_paragraph(folded, first_s, pieces[0][0]) \
                and (first_s.paragraph - last_speaker[2] <= 1 or _still_open(folded, left_open, pieces[0][0])):
            # a paragraph that opens with a quote and names no speaker goes on with the speaker
            # of the quote just before it (the news convention for a quote over paragraphs), also
            # past lines of that quote that no mark closed ('He added: "… ago. / I happened to
            # know he's a big fan. / "There's something very seductive …')
            speaker, cue = last_speaker[1], last_speaker[3]
        if speaker and last_s is not None:
            last_speaker = (last_s.index, speaker, last_s.paragraph, cue)
            end = pieces[-1][1]
            left_open = end if end >= len(folded) or folded[end] == "\n" else -1     # (a mark closes it otherwise)
        for ps, pe in pieces:
            for s in (_overlapping(ordered, starts, ends, ps, pe) if monotone else sentences):
                a, b = max(ps, s.start), min(pe, s.end)
                if a >= b:
                    continue
                while a < b and text[a].isspace():
                    a += 1
                while b > a and (text[b - 1].isspace() or text[b - 1] in '"\u201c\u201d'):
                    b -= 1
                if b - a < 2 or INVERTED.search(text[a:b]):
                    continue
                yield Quote(text=text[a:b], start=a, end=b, content=text[a:b], speaker=speaker, cue=cue,
                            quote_id=qid)


# the words between two quotes, taken for a quote when a closing mark was read as an opening
# one: "the company was quoted as saying in an official statement."
INVERTED = re.compile(r"^\W*[a-z][^.!?]{0,80}\b(?:said|says|saying|told|according\s+to)\b[^.!?]{0,60}[.,]?\W*$")


# lines of speech a quote no mark closed may run over: a few, each in the first person
OPEN_LINES = 2
_FIRST = [w for w in data("words")["first_person"] if w != "I"]
_FIRST_PERSON = re.compile(r"\bI(?:['’][a-z]+\b|\s+[a-z])|\b(?:" + alternation(_FIRST + [w.capitalize() for w in _FIRST])
                           + r")\b")


def _still_open(folded: str, end: int, start: int, reach: int = OPEN_LINES) -> bool:
    """Do the lines from ``end`` (where a quote no mark closed stops) to ``start`` (a quote
    opening a later paragraph) read as more of that quote: at most ``reach`` of them, no quote
    mark in them, each in the first person ("I happened to know he's a big fan.")? Then the
    later quote goes on with its speaker; a line of narrative ("Police closed the road.")
    ends the quote."""
    if end < 0:
        return False
    lines = [line for line in folded[end:start].rstrip(' "\u201c').split("\n") if line.strip()]
    return len(lines) <= reach and all(not any(m in line for m in '"\u201c\u201d') and _FIRST_PERSON.search(line)
                                        for line in lines)


def _opens_paragraph(folded: str, s: Sentence, quote_start: int) -> bool:
    """Does the quote starting at ``quote_start`` open its paragraph (only its mark before it)?
    The sentence must be its paragraph's first: the text before it on its line is blank."""
    line_start = folded.rfind("\n", 0, s.start) + 1
    return not folded[line_start:s.start].strip() and not folded[s.start:quote_start].strip(' "\u201c\u2018')


def _sentence_at(sentences: Sequence[Sentence], pos: int, ordered=None, starts=None, ends=None,
                 monotone: bool = False) -> Optional[Sentence]:
    """The first sentence (in text order) with ``start <= pos <= end``: by bisection over
    sentences whose starts and ends both rise, else by a scan."""
    if not monotone:
        return next((s for s in sentences if s.start <= pos <= s.end), None)
    k = bisect_right(starts, pos)                  # sentences 0..k-1 start at or before pos
    j = bisect_left(ends, pos, 0, k)               # the first of them that ends at or after it
    return ordered[j] if j < k else None


def _overlapping(ordered: Sequence[Sentence], starts: list[int], ends: list[int], ps: int, pe: int):
    """The sentences (in text order) that overlap the span [ps, pe)."""
    if ps >= pe:
        return
    k = bisect_right(ends, ps)                     # the first sentence ending after ps
    while k < len(ordered) and starts[k] < pe:
        yield ordered[k]
        k += 1


def _speaker(folded: str, pieces, first_s, last_s) -> tuple[Optional[str], Optional[str]]:
    """The speaker named after the quote, else before it; a name beats a pronoun."""
    found: list[tuple[str, str]] = []
    end = pieces[-1][1]
    if last_s is not None:
        after = folded[end + 1:last_s.end]
        for pattern in AFTER:
            m = pattern.match(after)
            if m:
                found.append((_clean_who(m.group("who")), m.group("cue")))
                break
    if first_s is not None:
        before = folded[first_s.start:max(first_s.start, pieces[0][0] - 1)]
        for pattern in BEFORE:
            m = pattern.search(before)
            if m and "role" in m.groupdict() and not _role_phrase(m.group("role")):
                continue        # "… from the NBA Draft Advisory Committee, McDermott said": no role between
            if m:
                found.append((_clean_who(m.group("who")), m.group("cue")))
                break
    named = [f for f in found if f[0].lower() not in PRONOUNS]
    return (named or found or [(None, None)])[0]


def _role_phrase(text: str) -> bool:
    """Does an appositive read as a role ("lead writer and executive producer", "Controller
    BBC One"), not as a name: it opens with a lower-case word or a role noun?"""
    first = text.split()[0].strip(",") if text.split() else ""
    return first[:1].islower() or first.lower() in ROLE_NOUNS


def _clean_who(who: str) -> str:
    """The speaker without an article, adverbs or punctuation at its edges: "Zadan and Meron
    jointly." → "Zadan and Meron"; "Jeffs also" → "Jeffs"."""
    who = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", who.strip())
    who = re.sub(r"(?:\s+(?:also|too|then|later|again|[a-z]+ly))+\W*$", "", who)
    if re.match(r"(?:of|at|in|for|from|on|with|to|by)\b", who):
        return ""       # a phrase cut from "The head of the … union, Giannis Panagopoulos, said"
    return who.strip(" .,;:!?")


PRONOUN_REACH = 3       # sentences before a quote where the person its "he said" names is sought


def pronoun_resolver(folded: str, sentences: Sequence[Sentence], facts: dict) -> Callable[[int], Optional[str]]:
    """For :func:`extract_quotes`: who "he said" / "she added" after a quote is (``facts``: each
    sentence's facts so far, by sentence index): the name that opens the sentence before
    the quote's ("Jackson issued a statement." / "'I was stopped,' he said."), else the one
    name of a person (two words, or one with a title) in the ``PRONOUN_REACH`` sentences before
    it, when it is surely a person's (a title, an honorific or a role noun before it: "coach Dale
    Morrow"); None when none or several are. A place or a body ("a local Rite Aid", "the
    Promises Treatment Centre") is no speaker."""
    # names the article capitalizes inside a line (not the first word after a headline)
    known = frozenset(m.group(1) for m in re.finditer(r"[a-z0-9,;][ \t]+([A-Z][A-Za-z'\-]+)", folded))

    def person(f) -> bool:
        return isinstance(f, Entity) and person_like(f)

    def resolve(k: int) -> Optional[str]:
        if k >= 1 and sentences[k - 1].role.is_content:
            # a name the article also writes capitalized inside a sentence ("Jackson"), not a
            # word capitalized only because it opens this one ("Outgoing")
            opening = [f for f in facts.get(k - 1, ()) if person(f) and
                       not sentences[k - 1].text[:f.start - sentences[k - 1].start].strip(" \"'“‘") and
                       (f.label == "person" or f.text.split()[-1] in known)]
            if opening:
                return opening[0].text
        people: dict[str, tuple] = {}
        for idx in range(max(0, k - PRONOUN_REACH), k):
            for f in facts.get(idx, ()):
                if person(f) and (f.label == "person" or len(f.text.split()) >= 2) and fold_key(f.text):
                    people.setdefault(fold_key(f.text).split()[-1], (f, idx))
        if len(people) != 1:
            return None
        f, idx = next(iter(people.values()))
        before = sentences[idx].text[:f.start - sentences[idx].start].split()
        # a person for sure: a title or an honorific read by the entity stage, or a role noun
        # right before the name ("coach Dale Morrow"); not "a local Rite Aid"
        return f.text if f.label == "person" or (before and before[-1].lower() in ROLE_NOUNS) else None
    return resolve
