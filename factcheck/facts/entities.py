"""Named entities without downloaded models: capitalized spans and acronyms → :class:`Entity`.

A name is a run of capitalized words (with "of", "for", "and", "de" … inside it), an acronym,
or a capitalized word followed by a generic organisation word ("Met police"). Titles and roles
in front of a name ("Home Secretary", "Undersheriff", "Lt.") are split off into ``label``
"person" for what follows. A capitalized word that opens a sentence counts only when the
article never writes it in lower case (``common``), so "Police said" is not a name.

Cost: linear in the sentence length.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..model import Entity, Role, Sentence
from ..lexicon import (CONNECTORS, GENERATIONAL, HONORIFICS, MONTH_WORDS, NOT_NAMES, NOT_PEOPLE, OF_NAMES, ORG_WORDS, POSSESSED_PLACES,
                       ROLE_BODIES, ROLE_NOUNS, SUFFIXES_WITH_STOP, TITLES,
                       TITLE_AFTER_MISS, WEEKDAYS, WEEKDAY_NAMES, compound_role, data, in_role_vocabulary)
from ..text import STOPWORDS, fold, fold_key, title_cased

TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z](?:[a-z]|['\u2019][A-Z]))|[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'\u2019\-]*|\d+")

# an Arabic article or a patronymic written in lower case before a capitalized name:
# "al-Fakhora", "el-Baradei", "bin-Laden"
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)[-‐](?=[A-Z])")


def _is_cap(tok: str) -> bool:
    return tok[0].isupper() or bool(_PARTICLE_NAME.match(tok))


def person_like(e: Entity) -> bool:
    """A name that may be a person's: not a place or a body ("Indian navy", "Mount Cook", "a
    local Rite Aid store")."""
    return e.label in ("person", "name") and not set(fold_key(e.text).split()) & NOT_PEOPLE


def _is_acronym(tok: str) -> bool:
    core = tok.replace(".", "").rstrip("s'\u2019")
    return len(core) >= 2 and core.isupper() and core.isalpha()


def extract_entities(sentence: Sentence, *, common: frozenset[str] = frozenset(),
                     known: frozenset[str] | None = None) -> Iterator[Entity]:
    """Yield the names in ``sentence`` in order.

    ``common`` holds the lower-cased words the article also writes in lower case; ``known``
    the words it capitalizes inside a sentence (``None``: trust every capital). A capitalized
    word opening the sentence alone is a name only if it is known and not common.

    >>> s = Sentence(0, "Home Secretary Suella Braverman said the Met police would act.", 0, 62, 0)
    >>> [(e.text, e.label) for e in extract_entities(s, common=frozenset({"home"}))]
    [('Suella Braverman', 'person'), ('Met police', 'org')]
    """
    text = sentence.text
    folded = fold(text)
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(folded)]
    # a headline in title case capitalizes every word: there, a word the article writes in
    # lower case ("Esther Williams Dead At 91") ends a name (a headline written as a sentence
    # is read as one)
    title_case = sentence.role is Role.HEADLINE and title_cased(text)
    i = 0
    while i < len(toks):
        s, e, tok = toks[i]
        if not _is_cap(tok):
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            nxt = toks[j][2]
            gap = folded[toks[j - 1][1]:toks[j][0]]
            if gap.strip() == "," and nxt.lower() in GENERATIONAL and j - i >= 2 and \
                    not (j + 1 < len(toks) and _is_cap(toks[j + 1][2]) and folded[toks[j][1]:toks[j + 1][0]].strip() == ""):
                j += 1      # "Arcade Joseph Comeaux, Jr.": a suffix after a comma is the name's
                continue
            if any(ch in gap for ch in ",;:()\"!?") or (gap.strip() and gap.strip() not in "-'"):
                break
            if toks[j - 1][2].endswith(("'s", "'")):
                break                      # "Labour's Harriet Harman": a possessive ends a name
            if _is_cap(nxt) and not (title_case and nxt.lower() in common and nxt.lower() not in ORG_WORDS):
                j += 1
            elif nxt.lower() in CONNECTORS and j + 1 < len(toks) and _is_cap(toks[j + 1][2]) \
                    and not any(ch in folded[toks[j][1]:toks[j + 1][0]] for ch in ",;:()\"") \
                    and not (nxt.lower() == "of" and _person_then_place(toks, i, j)) \
                    and not (nxt.lower() == "and" and (j - i >= 2 or _full_name_at(toks, j + 1))
                             and not any(toks[k][2].lower() in CONNECTORS for k in range(i, j))
                             and not _org_after(toks, j + 1)) \
                    and not (nxt.lower() == "and" and j - i == 1 and _plural(toks[i][2]) and _plural(toks[j + 1][2])
                             and not (j + 2 < len(toks) and toks[j + 2][2].lower() in ORG_WORDS)):
                # "Procter and Gamble", "Department of Health and Human Services"; but
                # "Lynell Hamilton and PJ Hill" are two people, "the Nationals and Orioles" two
                # teams, "Imad and Hassan Abu Askar" two brothers
                j += 2
            elif _of_the_body(toks, folded, j):
                j += 3      # "Church of the Latter Day Saints", "Department of the Interior"
            else:
                break
        run = list(range(i, j))
        if title_case and all(toks[k][2].lower() in common for k in run):
            i = j
            continue
        if _capitalized_role([toks[k][2] for k in run]):
            i = j           # "Senior Vice President and Assistant General Manager": a role, capitalized, no name
            continue
        titled = i > 0 and toks[i - 1][2].lower().rstrip(".") in TITLES   # "Lt. Gerry Scherlinck"
        i = j
        office = _office_then_person(toks, run)
        if office:
            # "Secretary of the Interior Dirk Kempthorne": the office, then the person
            yield _entity(sentence, toks, run[:office], "org")
            run, titled = run[office:], True
        yield from _names_in_run(sentence, toks, run, folded, common, known, "person" if titled else None)


SURNAME_TITLES = frozenset(data("names")["surname_titles"])   # "Larry King", "Tishana King"


def _surname_title(toks, run, k: int) -> bool:
    """Is the title word at token ``k`` a surname ending the run ("Larry King", "Martin Luther
    King"): a title that is also a surname (``surname_titles``), with no name after it to be
    the title's?"""
    last = run[-2] if len(run) > 2 and toks[run[-1]][2].lower() in GENERATIONAL else run[-1]   # ("… King Jr.")
    return k == last and toks[k][2].lower() in SURNAME_TITLES


def _capitalized_role(words: list[str]) -> bool:
    """A role written with capitals and nothing else ("Senior Vice President and Assistant
    General Manager", "Assistant Coach", "Executive Producer"): two words or more, each of a
    role's vocabulary or a connector, ending in a role's head. Not a body whose name is made of
    such words ("National Guard", "Free Press", "Secretary of State"): a word that says whose
    role it is (``role_bodies``) makes it a name."""
    low = [w.lower().rstrip(".") for w in words]
    return len(words) >= 2 and all(in_role_vocabulary(w) or w in CONNECTORS for w in low) and \
        low[-1] in ROLE_NOUNS and low[-1] not in ORG_WORDS and not any(w in ROLE_BODIES for w in low)


def _opening_adverb(tok: str, known: frozenset[str] | None) -> bool:
    """Is a sentence's first word an adverb in -ly ("Naturally", "Apparently") that the article
    never capitalizes inside a sentence? Not a short word or one in -rly, which may be a first
    name ("Kelly", "Beverly")."""
    return len(tok) >= 7 and tok.endswith("ly") and not tok.endswith("rly") and tok[1:].islower() and \
        (known is None or tok not in known)


def _person_then_place(toks, i: int, j: int) -> bool:
    """Is the run ``i``..``j`` before "of" a person's name, so "of" begins where they are from
    ("Herbert Flynn of Fort Coffee")? Two or three words, none a title, an acronym or a word
    of a body or a place (``NOT_PEOPLE``, ``data/names.toml`` ``of_names``: "University of
    Texas", "Secretary of State", "United States of America", "Joint Chiefs of Staff" stay one
    name), the first not preceded by "the"."""
    words = [toks[k][2].lower() for k in range(i, j)]
    return 2 <= len(words) <= 3 and not any(w.rstrip(".") in TITLES or w in NOT_PEOPLE or w in OF_NAMES for w in words) \
        and not (i > 0 and toks[i - 1][2].lower() == "the") and not any(_is_acronym(toks[k][2]) for k in range(i, j))


def _of_the_body(toks, folded: str, j: int) -> bool:
    """Does "of the" at token ``j`` go on a body's name: after an institution word, before a
    capitalized word, with nothing but spaces between ("the Church of the Nazarene", "the
    Department of the Interior", "the Fundamentalist Church of the Latter Day Saints")?"""
    return j + 2 < len(toks) and toks[j][2].lower() == "of" and toks[j + 1][2] == "the" and \
        toks[j - 1][2].lower() in ORG_WORDS and _is_cap(toks[j + 2][2]) and \
        folded[toks[j - 1][1]:toks[j + 2][0]].split() == ["of", "the"]


def _org_after(toks, k: int) -> bool:
    """Does the capitalized run from token ``k`` end in an institution word ("… and Wildlife
    Service", "… and Human Services")? Then the "and" before it joins one name."""
    while k + 1 < len(toks) and _is_cap(toks[k + 1][2]):
        k += 1
    return toks[k][2].lower() in ORG_WORDS


def _full_name_at(toks, k: int) -> bool:
    """Does a person's full name of two to four capitalized words start at token ``k`` ("… and
    Hassan Abu Askar")? After one word and "and", it is a second person's full name, the first
    one's first name sharing its surname: two names, where "Procter and Gamble", "Procter and
    Gamble Chief Executive …" and "Bosnia and Herzegovina Foreign Minister …" are one."""
    end = k
    while end < len(toks) and _is_cap(toks[end][2]) and (end == k or toks[end - 1][1] + 1 == toks[end][0]):
        end += 1
    words = [toks[m][2].lower().rstrip(".") for m in range(k, end)]
    return 2 <= len(words) <= 4 and not toks[end - 1][2].endswith(("'s", "'")) and \
        not any(w in TITLES or w in HONORIFICS or w in NOT_PEOPLE for w in words)


# a surname's particle written in lower case ("Abdullah bin Zayed", "Dominique de Villepin"):
# the connectors that join a name, not a body's ("of", "for", "and")
PARTICLES = CONNECTORS - {"of", "for", "and", "&"}


def _office_then_person(toks, run) -> int:
    """Where the person starts in a run that follows "<title> of (the)": "Secretary of the
    Interior Dirk Kempthorne", "former director of the Central Intelligence Agency Leon
    Panetta" (the last two words, three with an initial or a particle: "Abdullah bin Zayed");
    0 when the run does not follow such a title or is too short, or when the last words are
    inside the body's own "of" phrase: "leader of the Fundamentalist Church of Jesus Christ of
    Latter Day Saints", "President of the Medical Association of the State of Alabama" name a
    body alone."""
    k = run[0]
    before = [toks[m][2].lower().rstrip(".") for m in range(max(0, k - 3), k)]
    if len(run) < 3 or not before or not (before[-2:] in (["of", "the"], ["for", "the"]) and len(before) >= 3
                                          and before[-3] in TITLES
                                          or before[-1] in ("of", "for") and len(before) >= 2 and before[-2] in TITLES):
        return 0
    person = 3 if len(run) >= 4 and (len(toks[run[-2]][2].rstrip(".")) == 1 or toks[run[-2]][2] in PARTICLES) else 2
    body = [toks[m][2].lower() for m in run[:-person]]
    heads = [n for n, w in enumerate(body) if w in ORG_WORDS]
    if not body or body[-1] in CONNECTORS | {"the"} or (heads and any(w in CONNECTORS for w in body[heads[-1]:])):
        return 0        # the body's name goes on past its institution word ("Church of … Latter Day Saints")
    return len(run) - person


# a sentence's first word this long, this alike to a word the article capitalizes inside its
# sentences, is that name misspelled ("Browsnville is among …" after "a Brownsville school")
OPENER_LETTERS = 7
OPENER_LIKENESS = 0.8
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")   # "CPUs", "PCs", "MPs": things of a kind, written in capitals
DOER_ENDINGS = tuple(data("names")["doer_endings"])   # "polygamist", "comedian"


def _plural(word: str) -> bool:
    """A capitalized plural: a team or a group ("Nationals", "Democrats"), one of a list."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def _bare(word: str) -> str:
    """A word without its possessive ending ("Turkeminstan's" → "Turkeminstan")."""
    return re.sub(r"['\u2019]s?$", "", word)


def _describes(word: str, common: frozenset[str]) -> bool:
    """Is a sentence's first word, written in lower case elsewhere in the article, one that
    says what a person is: a role's noun ("owner", "pastor", "quarterback"), a doer's ending
    ("polygamist", "comedian"), or a hyphened word whose parts the article writes in lower case
    ("sixteen-year-old", "top-ranked")? Not a name's own first word ("Advanced Micro Devices",
    "Free Syrian Army", "Greater Manchester Police", "Winter Olympic Games")."""
    if "-" in word:
        return all(part in common for part in word.split("-"))
    return word in common and (word in ROLE_NOUNS or word.endswith(DOER_ENDINGS))


def _inflected(a: str, b: str) -> bool:
    """One word the other with an ending added ("investigators" / "investigator", "iranians" /
    "iranian", "somali" / "somalia"): a form of a known word, not a misspelling of it."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) - len(short) <= 3


def misspelled_openers(openers: Iterable[str], known: frozenset[str], common: frozenset[str]) -> frozenset[str]:
    """The sentence-opening words that are a known name spelled otherwise: names too, though
    the article never capitalizes them inside a sentence (two letters swapped count as one
    edit). O(openers · known) in rapidfuzz."""
    choices = [k for k in known if len(k) >= OPENER_LETTERS - 1]
    out = set()
    for w in set(openers) - known:
        if len(w) < OPENER_LETTERS or w.lower() in common or not w[1:].islower() or not choices:
            continue
        best = process.extractOne(w, choices, scorer=OSA.normalized_similarity, score_cutoff=OPENER_LIKENESS)
        if best is not None and not _inflected(w.lower(), best[0].lower()):
            out.add(w)
    return frozenset(out)


def _names_in_run(sentence, toks, run, folded, common, known, label=None) -> Iterator[Entity]:
    # Drop leading function words and sentence-initial common words; split off titles.
    titled = False      # a title was split off: role nouns after it are the title's ("General Manager")
    while run:
        low = _bare(toks[run[0]][2].lower())
        word = low
        if word in HONORIFICS and not (word == "miss" and len(run) > 1 and toks[run[1]][2].lower() in TITLE_AFTER_MISS):
            label = "person"
            run = run[1:]       # (not "Miss America": a title's name)
        elif word in TITLES or (word in STOPWORDS and not _is_acronym(toks[run[0]][2])) or word in NOT_NAMES or \
                (titled and word in ROLE_NOUNS and len(run) >= 3):     # ("Captain Son Heung-min" keeps "Son")
            if word in TITLES or titled:
                label = "person"
                titled = True
            run = run[1:]
        elif run[0] == 0 and len(run) == 1 and (low in common or (known is not None and toks[0][2] not in known
                                                                  and _bare(toks[0][2]) not in known)):
            run = run[1:]
        elif run[0] == 0 and _opening_adverb(toks[0][2], known):
            run = run[1:]       # "Naturally Scott Boras will try": an adverb opening the sentence
        elif run[0] == 0 and len(run) >= 3 and compound_role(low):
            run = run[1:]       # "Half-brother Jonathan Carrasquillo", "Co-founder Steve Jobs": a role opening it
        elif any(toks[k][2].lower() in TITLES | HONORIFICS and not _surname_title(toks, run, k) for k in run[1:]):
            # "Genesee County Undersheriff James Gage": an organisation, then a titled person;
            # "Home Secretary Suella Braverman": one word before a title belongs to the title.
            k = next(k for k in range(1, len(run)) if toks[run[k]][2].lower() in TITLES | HONORIFICS
                     and not _surname_title(toks, run, run[k]))
            start = run[k] - 1
            while start > run[0] and toks[start][2].lower() in ROLE_NOUNS:
                start -= 1  # (the role words before it: "the Surgeon General")
            if toks[start][2].lower() in (("of", "the", "for") if start == run[k] - 1 else ("of", "the")):
                break       # a title word inside a body's name: "Department of Justice", "Office of the Chief Medical
                            # Examiner", "the Office of the Surgeon General"
            body = run[:k]
            while body and toks[body[-1]][2].lower() in CONNECTORS | {"the"}:
                body = body[:-1]
            if body and len(body) < k:
                # a name, then a connector: "Brandau and Deputy Hoyt Teasley"
                yield _entity(sentence, toks, body, "org" if toks[body[-1]][2].lower() in ORG_WORDS else None)
            elif k > 1:
                yield _entity(sentence, toks, body, "org")
            run = run[k:]
        elif run[0] == 0 and len(run) >= 3 and known is not None and _describes(low, common) and \
                _bare(toks[0][2]) not in known and all(_bare(toks[k][2]) in known for k in run[1:]):
            run = run[1:]       # "Polygamist Warren Jeffs", "Owner Arte Moreno": a word that says what a person is,
                                # capitalized only as the sentence's first, before a name the article writes
                                # inside its sentences
        else:
            break
    office = _office_then_person(toks, run) if run and label == "person" else 0
    if office:      # "Secretary of State Hillary Clinton": the office, then the person
        yield _entity(sentence, toks, run[:office], "org")
        run = run[office:]
    # A title may also sit after other words: "Met commissioner", handled by lower-case skip above.
    while run and toks[run[-1]][2].lower() in CONNECTORS:
        run = run[:-1]
    if len(run) >= 2 and _PLURAL_ACRONYM.fullmatch(toks[run[-1]][2]):
        run = run[:-1]      # "new Ivy Bridge CPUs", "Windows PCs": a kind of thing after the name, not part of it
        while run and toks[run[-1]][2].lower() in CONNECTORS:
            run = run[:-1]  # ("Microsoft and OEMs", "Voting for MPs")
    if len(run) >= 2 and _bare(toks[run[-1]][2]).lower() in WEEKDAYS and \
            not any(toks[k][2].lower() in WEEKDAY_NAMES for k in run[:-1]):     # "Small Business Saturday"
        run = run[:-1]      # "charges to Anthony Lasalle Friday": the day he was charged, not his name
        while run and toks[run[-1]][2].lower() in CONNECTORS:
            run = run[:-1]  # "Vincent Jackson for Sunday's game": the day, and the word joining it
    if not run:
        return
    if len(run) == 1 and (toks[run[0]][2].lower() in NOT_NAMES | STOPWORDS or
                          (toks[run[0]][2].lower() in MONTH_WORDS and re.match(r"\.|\s*\d", folded[toks[run[0]][1]:]))):
        return      # (a month abbreviated before a day: "the Jan. 4 quakes"; "Jan Smith", "as Jan, fled" are names)
    # Extend "Met" + "police" (a capitalized word followed by a generic organisation word).
    end_tok = run[-1]
    # (not a place a person's possessive owns: "Sarah Palin's church" is her church, no body's
    # name; "the City Attorney's office", "Greater London's police" are bodies)
    if end_tok + 1 < len(toks) and toks[end_tok + 1][2].lower() in ORG_WORDS and not _is_cap(toks[end_tok + 1][2]) \
            and not (toks[end_tok + 1][2].lower() in POSSESSED_PLACES and re.search(r"['’]s?$", toks[end_tok][2])):
        gap = folded[toks[end_tok][1]:toks[end_tok + 1][0]]
        if gap.strip() == "":
            run = run + [end_tok + 1]
            label = label or "org"
    yield _entity(sentence, toks, run, label)


def takes_stop(text: str, start: int, end: int) -> bool:
    """Does the name ``text[start:end]`` (two words or more) end in a suffix whose full stop
    follows it ("Arcade Joseph Comeaux Jr.", "Hewlett-Packard Co.")? The entity and source
    stages both read the stop as the name's."""
    words = text[start:end].split()
    return len(words) > 1 and words[-1].lower() in SUFFIXES_WITH_STOP and text[end:end + 1] == "."


def _entity(sentence, toks, run, label) -> Entity:
    start, end = toks[run[0]][0], toks[run[-1]][1]
    span = sentence.text[start:end]
    for tail in ("'s", "\u2019s", "'", "\u2019"):
        if span.endswith(tail):
            span, end = span[:-len(tail)], end - len(tail)
            break
    if takes_stop(sentence.text, start, end):
        end += 1            # "Arcade Joseph Comeaux Jr.": the full stop is the suffix's
        span = sentence.text[start:end]
    words = [toks[k][2] for k in run]
    if label is None:
        if len(words) == 1 and _is_acronym(words[0]):
            label = "acronym"
        elif any(w.lower() in ORG_WORDS for w in words):
            label = "org"
        else:
            label = "name"
    return Entity(text=span, start=sentence.start + start, end=sentence.start + end, key=fold_key(span), label=label)


_ROLE_RE = re.compile(
    r"\b(?P<role>(?:[A-Za-z][a-z]+\s+){0,2}?(?i:" + "|".join(sorted((t for t in TITLES if "." not in t and len(t) > 3),
                                                                  key=len, reverse=True)) + r"))"
    r"\s*,?\s+(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady)\s+)?(?P<name>[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){1,2})\b")


def role_names(text: str) -> list[tuple[str, str]]:
    """(role, person) pairs the text states: "Home Secretary Suella Braverman" → ("home
    secretary", "Suella Braverman"), so that a later "the home secretary" can be read as her.

    >>> role_names("Home Secretary Suella Braverman said. The Met commissioner, Sir Mark Rowley, wrote.")
    [('home secretary', 'Suella Braverman'), ('met commissioner', 'Mark Rowley')]
    """
    out = []
    for m in _ROLE_RE.finditer(fold(text)):
        words = m.group("role").split()
        while words and (words[0].lower() in STOPWORDS or not words[0][:1].isalpha()):
            words = words[1:]
        name = m.group("name")
        if not words or not all(w[:1].isupper() for w in name.split()):
            continue
        out.append((" ".join(words).lower(), name))
    return out
