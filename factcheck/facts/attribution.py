"""Who a claim comes from: "X said", "according to X", "X understands", "a request from X".

Each sentence yields :class:`Attribution` records: ``cue`` names the construction and
``key`` the folded source. Requests ("a request from X", "asked by X", "at the request of X")
are attributions of the request, so two reports that name different requesters can be
compared. Pronoun sources ("he said") are resolved by the pipeline, not here.

Cost: a fixed set of regular expressions per sentence, linear in its length.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..lexicon import BEFORE_SUBJECT_VERBS, CLAIM_VERBS, SOURCE_DOCUMENTS, SOURCE_WORDS, WEEKDAYS, alternation
from ..model import Attribution, Sentence
from .entities import takes_stop
from ..text import fold, fold_key

SPEECH_VERBS = alternation(CLAIM_VERBS)         # "X said", "X confirmed": verbs that credit a claim
_BEFORE_SUBJECT = alternation(BEFORE_SUBJECT_VERBS)  # "…, said X."

# a time right after the verb of a source: "police confirmed today", "his office said last night"
_WEEKDAY = r"(?-i:" + alternation([d.capitalize() for d in WEEKDAYS if len(d) > 4]) + r")"
_WHEN_AFTER = (r"(?:\s+(?:" + alternation(SOURCE_WORDS["times_after"]) + r"|last\s+(?:night|week|month|year|\w+day)|"
               r"this\s+(?:morning|afternoon|evening|week)|" + _WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?))?")
# a source opens on a word, not on a space or a quote mark (so a run of spaces is read one way only)
_WHO_START = r"[^,;:\"'\s]"
# a figure after a verb of a game's tally: "Lawson added 16 points", "Smith posted 20 points" is no claim
# (after "said" a figure is what was said: "Police said two officers …")
_TALLY = r"\s+(?:another\s+|a\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:career|season|game))"
_NO_TALLY = "".join(f"(?!(?<={verb}){_TALLY})" for verb in SOURCE_WORDS["tally_verbs"])
_ROLE_OPENER = "(?:" + alternation(SOURCE_WORDS["role_openers"]) + ")"     # "her", "the", "another": a role's first word
# a role before a name set off by commas: a possessive, an article or a capitalized word, then
# up to four words in lower case, none a time ("The next day, …")
_ROLE_OPENS = (r"(?:(?i:" + _ROLE_OPENER + r")\s+|[A-Z][\w'’\-]*\s+)(?![^,]*\b(?:"
               + alternation(SOURCE_WORDS["time_nouns"]) + r")s?\b)[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,3}")
# a name of one to four capitalized words (an abbreviation's full stop is written "\u2024" here)
_SET_OFF_NAME = r"[A-Z][\w.\u2024'’\-]*(?:\s+[A-Z][\w.\u2024'’\-]*){0,3}"

PATTERNS = [
    # what a source published: "according to data from the US Geological Survey" (a name after
    # the link: not "figures from the past decade"; a bracket or a dash, which fold() writes "-"
    # between spaces, ends it)
    ("according to", re.compile(r"\b[Aa]ccording to (?:(?:" + alternation(SOURCE_DOCUMENTS["before"]) + r")\s+){0,3}(?:"
                                + alternation(SOURCE_DOCUMENTS["nouns"]) + r")\s+(?:" + alternation(SOURCE_DOCUMENTS["links"])
                                + r")\s+(?P<who>(?:the\s+)?[A-Z][^,.;:\"()]{1,80}?)"
                                r"(?=\s*[,.;:()]|\s+-+\s|\s+(?:who|which|that|released|issued|published)\b|$)")),
    # (a clause after "and" ends it: "according to the Associated Press and was battled by …")
    ("according to", re.compile(r"\b[Aa]ccording to (?P<who>[^,.;:\"]{2,80}?)(?=[,.;:]|\s+(?:the|a|an|who|which|that)\b|"
                                r"\s+(?:and|but)\s+(?:was|were|is|are|has|had|have|will|would|could|did|said)\b|$)")),
    ("request from", re.compile(r"\brequest (?:\w+\s+){0,6}?from (?P<who>(?:the )?[A-Z][^,.;:\"]{1,60}?)(?=\s+(?:to|for|that|which|should|was|is)\b|[,.;:\"]|$)")),
    ("request from", re.compile(r"\bat the request of (?P<who>[^,.;:\"]{2,60}?)(?=[,.;:\"]|\s+(?:to|for)\b|$)")),
    ("asked by", re.compile(r"\b(?:asked|requested|ordered|commissioned) by (?P<who>[^,.;:\"]{2,60}?)(?=[,.;:\"]|\s+(?:to|for)\b|$)")),
    ("quoting", re.compile(r"\bquoting (?P<who>[^,.;:\"]{2,60}?)\s+(?:" + SPEECH_VERBS + r")\b")),
    # (a bracket may close it: "…, the Southwest Times Record reported (http://bit.ly/16vdn3e)."; the
    # source opens on a word, so a run of spaces is read one way only; a single quote mark before
    # it is the quote's: "…Center, 'her rep says in a statement."; after a double one the quote
    # stage reads the speaker)
    # (the clause after "on"/"in"/"by" ends on a non-space, and spaces are read once: no backtracking
    # over a long run of them)
    # (a time after the verb: "…, police confirmed today.", "…, his office said last night.")
    ("said", re.compile(r",\s*(?:'\s*)?(?P<who>" + _WHO_START + r"[^,;:\"]{1,89}?)\s+(?:" + SPEECH_VERBS + r")" + _WHEN_AFTER + r"(?:\s+(?:on|in|by)\s+[^,.]{0,39}[^,.\s])?"
                        r"(?:\s*\([^()]{1,80}\))?\s*(?:\.\s*)?['\"]?$")),
    ("said", AFTER_VERB := re.compile(r",\s*(?P<verb>" + _BEFORE_SUBJECT + r")\s+"
                                      r"(?P<who>" + _WHO_START + r"[^,.;:\"]{1,89}?)\s*[.,]")),
    # a source set off inside the sentence: "But, the witness says, she returned minutes later",
    # "…, Boyette said, citing aid workers" (a short source, a verb of saying, a comma)
    ("said", re.compile(r",\s*(?P<who>" + _WHO_START + r"[^,;:\"]{1,49}?)\s+(?:" + _BEFORE_SUBJECT + r")\s*,\s")),
    # a second clause with its own source: "LaRue denied it, and Woodward said …", "…, and
    # coach Sean Payton said …", "…, but the UN said …" (a role or an article in lower case may
    # open it; a name ends it)
    ("said", re.compile(r"[,;]\s+(?:and|but|while)\s+(?P<who>(?:" + _ROLE_OPENER + r"\s+)?(?:[a-z][\w'’\-]*\s+){0,2}"
                        r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3})\s+(?:" + SPEECH_VERBS + r")\b" + _NO_TALLY)),
    # a name after an opening phrase: "In a statement published on its website, Seacom said that …"
    ("said", re.compile(r"^[^,;:\"]{3,80},\s+(?P<who>(?:the\s+)?[A-Z][\w.'’\-&]*(?:\s+[A-Z][\w.'’\-&]*){0,4})\s+(?:"
                        + SPEECH_VERBS + r")\b(?=\s+(?:that|it|he|she|they|there|on|in|his|her|their|its|the|a|an|we|I)\b|"
                        r"\s*[,:\"“]|\s+[A-Z])" + _NO_TALLY)),
    # a role, then the name set off after it: "Her agent, Mark Roesler, said …", "The team's
    # spokesman, Tim Mead, said …", "Police spokeswoman, Mary Smith, said …": the source is the
    # name (a possessive, an article or a capitalized word opens the role; not a time: "The next
    # day, Microsoft said …")
    ("said", re.compile(r"^\W*" + _ROLE_OPENS + r",\s*(?P<who>" + _SET_OFF_NAME + r"),\s*(?:" + SPEECH_VERBS + r")\b"
                        + _NO_TALLY)),
    # the same at the sentence's end: "…, her publicist, Ann Lee, said.", '"…," her agent, Mark Roesler, said.'
    # (fold() writes curly quotes straight)
    ("said", re.compile(r",[\"']?\s*" + _ROLE_OPENS + r",\s*(?P<who>" + _SET_OFF_NAME + r"),\s*(?:" + SPEECH_VERBS + r")"
                        + _WHEN_AFTER + r"(?:\s+(?:on|in|by)\s+[^,.]{0,39}[^,.\s])?\s*\.?\s*['\"]?$")),
    # (an age may stand between: "King, 39, a medical records clerk at Kings County Hospital, said …")
    ("said", re.compile(r"^\W*(?P<who>[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3}),\s*(?:\d{1,3},\s*)?[a-z][^,;:\"]{2,70},\s*(?:"
                        + SPEECH_VERBS + r")\b" + _NO_TALLY)),
    ("said", re.compile(r"^\W*(?P<who>(?!It\b|According\b)[A-Z][^,;:\"]{0,80}?)\s+(?:" + SPEECH_VERBS
                        + r")\b(?!\s+(?:to(?!\s+(?:the\s+|The\s+)?[A-Z])|by|that it)\b)" + _NO_TALLY)),
]
UNNAMED = re.compile(r"\b(?:it is understood|it is believed|it was reported|reportedly|sources said|sources say)\b", re.I)
NOT_A_SOURCE = re.compile(r"(?:n't|\bnot|\bnever|\bat first)$|^(?:according to)$|^that\b", re.I)
# a clause, not a name: ", said Sudan had not bombed the camp."
CLAUSE = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would|could|should|can|may|might|must|be|been|did|does|"
                    r"not|n't)\b", re.I)
# words that open a clause or end a phrase unfinished: "After the sentence was", "has denied the"
NOT_A_NAME = re.compile(r"^(?:after|before|when|while|though|although|as|if|because|since|once|until|there|no|"
                        r"(?-i:shortly|soon|just|moments|immediately|recently|afterwards?)|"
                        r"in|on|at|for|with|by|from|of|to)\b|\b(?:the|a|an|of|to|for|with|by|from|and|or|his|her|"
                        r"their|its)$", re.I)
# when and how, after the source: "T-Mobile today", "police on Monday", "the ministry in a statement"
TRAILING_WHEN = re.compile(r"\s+(?:" + alternation(SOURCE_WORDS["times_after"]) + r"|(?:on|last|this)\s+\w+day|"
                           r"(?:last|this)\s+(?:week|month|year)|in\s+a\s+\w+\s*\w*|"
                           r"(?:(?:on|early|late|last)\s+)?(?:this|yesterday|last|early|late|\w+day)\s+"
                           r"(?-i:morning|afternoon|evening|night))$", re.I)   # (not "CBS This Morning")
# a bare weekday after a source written in lower case or in capitals: "police Monday", "HP Monday
# announced" (not after a capitalized name: "Ruby Tuesday said", "Rick Monday said")
TRAILING_DAY = re.compile(r"(\b(?:[a-z][\w'’\-]*|[A-Z]{2,}))\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
# a full stop that ends an abbreviation or an initial, not a sentence: "Const. Tim Fanning", "U.S."
ABBREVIATION_DOT = re.compile(r"\b(Mr|Mrs|Ms|Dr|Const|Cst|Sgt|Lt|Capt|Det|Insp|Supt|Gen|Col|Maj|Cmdr|Gov|Sen|"
                              r"Rep|St|Mt|Ft|Jr|Sr|Prof|Rev|Gov|Atty|[A-Z])\.(?=\s*\w)")
_MAX_WORDS = 9
_NOT_SPEECH_CUES = frozenset({"according to", "request from", "asked by", "quoting"})
_CLAUSE_AFTER_VERB = re.compile(r"(?:he|she|they|it|we|i|you)\s+\w", re.I)
# a verb in the past after a word that is no article: ", said the police lied.", "said Page died" (not
# "said the embattled governor")
_DONE_AFTER = re.compile(r"\b(?!" + _ROLE_OPENER + r"\b)[\w'’]+\s+[a-z]+ed\b")
_LEADING = " \t\"'“‘([-"
_VERB_AFTER = re.compile(r",?\s+(?:has\s+|have\s+|had\s+)?(" + SPEECH_VERBS + r")\b", re.I)   # ("Mark Roesler, said")
_FUNCTION = frozenset("the a an this that these those it its of and or to in on at".split())


def extract_attributions(sentence: Sentence) -> Iterator[Attribution]:
    """Yield the sources a sentence cites, in order.

    >>> s = Sentence(0, "The defence ministry also said that they have accepted a request from Met police.", 0, 82, 0)
    >>> [(a.cue, a.source) for a in extract_attributions(s)]
    [('said', 'The defence ministry'), ('request from', 'Met police')]
    """
    text = ABBREVIATION_DOT.sub(lambda m: m.group(1) + "\u2024", fold(sentence.text))   # same length
    found: list[tuple[int, int, str]] = []
    after_verb: dict[int, tuple[int, int]] = {}     # ", said X.": the comma, and X's span
    for cue, pattern in PATTERNS:
        for m in pattern.finditer(text):
            verb = _VERB_AFTER.match(text, m.end("who"))
            if cue == "said" and verb:
                cue_here = verb.group(1).lower()           # keep the verb: "reported" relays, "said" claims
            else:
                cue_here = cue
            if pattern is AFTER_VERB:
                if _CLAUSE_AFTER_VERB.match(m.group("who")) or _DONE_AFTER.search(m.group("who")) or \
                        (m.group("verb").lower() in SOURCE_WORDS["tally_verbs"] and re.match(_TALLY, " " + m.group("who"))):
                    continue    # ", said she gave …", ", said the police lied.", ", added 20 points.": no source
                after_verb[m.start()] = m.span("who")
            s, e = m.span("who")
            who = text[s:e]
            # trim a leading clause ("... he finally pulled over after about 15 minutes, Genesee ...")
            who_clean = re.sub(r"^(?:also|then|later|but|and)\s+", "", who.strip(), flags=re.I)
            who_clean = re.sub(r"\s+(?:also|later|then|previously|earlier|just|recently|again|now|had|has|have|would|will|could)$",
                               "", who_clean)
            who_clean = re.sub(r"\s+(?:also|later|then)\s*$", "", who_clean)
            who_clean = TRAILING_DAY.sub(r"\1", TRAILING_WHEN.sub("", who_clean))
            if not who_clean or who_clean == "I" or len(who_clean.split()) > _MAX_WORDS or NOT_A_SOURCE.search(who_clean) \
                    or CLAUSE.search(who_clean) or NOT_A_NAME.search(who_clean) \
                    or not any(w.lower() not in _FUNCTION for w in re.findall(r"[A-Za-z]+", who_clean)):
                continue
            s = s + who.find(who_clean)
            e = s + len(who_clean)
            if any(s < fe and fs < e for fs, fe, _ in found):
                continue
            found.append((s, e, cue_here))
    # the verb of a source before it is no source after it: "Her agent, Mark Roesler, said Page died …"
    # (not a source of a request or of "according to": "at the request of the FBI, said Tom Lee")
    # (and a source that opens the sentence is its subject: "King, 39, a records clerk, said the …")
    owned = {after_verb[e] for _, e, cue in found if e in after_verb and cue not in _NOT_SPEECH_CUES}
    opening = len(text) - len(text.lstrip(_LEADING))
    if after_verb and any(s <= opening and cue not in _NOT_SPEECH_CUES for s, _, cue in found):
        owned |= set(after_verb.values())
    found = [(s, e, cue) for s, e, cue in found if not any(ws <= s and e <= we for ws, we in owned)]
    for s, e, cue in sorted(found):
        if takes_stop(sentence.text, s, e):
            e += 1      # "Cal Ripken Jr.": the full stop is the name's, as the entity stage reads it
        source = sentence.text[s:e]
        yield Attribution(text=source, start=sentence.start + s, end=sentence.start + e,
                          source=source, key=fold_key(source), cue=cue)
    m = UNNAMED.search(text)
    if m and not found:
        yield Attribution(text=sentence.text[m.start():m.end()], start=sentence.start + m.start(),
                          end=sentence.start + m.end(), source="unnamed sources", key="unnamed sources",
                          cue=m.group().lower())
