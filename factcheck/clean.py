"""Tell a report's body from its boilerplate: :class:`Article` → :class:`Block`\\ s with roles.

A block is a paragraph: a run of text between line breaks. The rules are general news-page
conventions, not strings of any one site:

* the first lines before the body are the headline, then standfirst / dateline / byline;
* a photo caption keeps its words but loses its credit (``Photograph: X/AP``, ``Photo: …``,
  a trailing ``(Reuters)``), and the short image title just above a caption is a placeholder;
* placeholders (``Representational image``, ``File photo``), promotion lines (click here,
  join our channel, subscribe, follow us, live-update kickers), agency credits
  (``(With … inputs)``), bylines (``By …``, ``Reporting by …``, a closing list of names);
* everything under a related-articles heading (Related Content, Related, More on this story,
  Read more, See also …).

Cost: one pass over the lines, each matched against a handful of regular expressions.
"""
from __future__ import annotations

import re

from .lexicon import MONTH_WORDS, WEEKDAYS
from .model import Article, Block, Role
from .text import alternation

_LINE_RE = re.compile(r"[^\r\n]+")

RELATED_HEADING = re.compile(
    r"^\s*(related( content| articles?| stories| coverage| news| links| reading)?|more on this( story| topic)?"
    r"|read more|see also|you (may|might) also like|recommended( for you)?|most (read|popular|viewed)"
    r"|read next|more from [\w ]{1,30}|also read|trending( now)?|top stories|more stories)\s*:?\s*$",
    re.I)
PROMO = re.compile(
    r"\bclick here\b|\bjoin our\b|\bfollow us\b|\bsubscribe (to|now|for|here|today)\b|\bsign up (for|to|here|now)\b"
    r"|\bhit the jump\b|\bafter the jump\b|\bstay updated\b|\bdownload (the|our) app\b|\bis now on (whatsapp|[A-Z]\w+)\s*[.!]?\s*$"
    r"|\blive updates\b|\bnewsletter\b.*\b(sign|subscribe|get)\b|\bshare this (article|story)\b"
    r"|\bin the comments\b|\b(tell|let) us (what|how|if|about|in)\b|\breaders\b.*\?\s*$"   # reader call-outs
    r"|^\s*(advertisement|sponsored|watch|listen|video|also read|read more|read also)\s*[:|]",
    re.I)
PLACEHOLDER = re.compile(
    r"\b(representational|representative|file|stock|archive|illustrative)\s+(image|photo|picture|pic)\b"
    r"|^\s*(article image|image|photo|picture|video|graphic|gallery|image caption|media caption)\s*$",
    re.I)
AGENCY_CREDIT = re.compile(r"^\s*\(?\s*(with\s+)?(additional\s+)?inputs?\s+from\b.*$|^\s*\(\s*with\b[^)]*\binputs?\b[^)]*\)\s*\.?\s*$"
                           r"|^\s*\([^()]{1,40}\)\s*\.?\s*$", re.I)
BYLINE = re.compile(r"^\s*(by|reporting by|writing by|editing by|additional reporting by|compiled by)\s+[A-Z]", re.I)
CAPTION_CREDIT = re.compile(
    r"\s*(?:(?i:\b(?:photograph|photo|picture|image|illustration|credit|photo credit|source)s?\s*:\s*[^.:]{1,80})"
    # or an agency credit in brackets after the caption's last sentence: "(AP)", "(Reuters)",
    # "(AFP/Getty Images)": up to four capitalized words, slashes allowed
    r"|(?<=[.!?])\s*\([A-Z][\w.]*(?:[ /][A-Z][\w.]*){0,3}\))\s*\.?\s*$")
DATELINE = re.compile(
    r"^\s*((last )?updated|published|posted|first published)\b"
    r"|^\s*\d{1,2}[:.]\d{2}\s*(am|pm)?\b|\b\d{1,2}:\d{2}\s*(am|pm|gmt|bst|utc|et|est)\b|\d{1,2}:\d{2}\s*(am|pm)"
    r"|^\s*\d{1,2}/\d{1,2}/\d{2,4}\s*$"
    r"|\d{1,2}:\d{2}\s*\(?\s*(?:gmt|utc)\s*[+\-]", re.I)
_MONTH = r"(?:" + alternation(MONTH_WORDS) + r")\.?"
# a line that is only a time stamp, wherever it stands: "on Dec 23 2012, 5:03p", "THURSDAY,
# APRIL 11, 2013, 12:12 AM", "Friday 7 June 2013 09.15 BST"
STAMP = re.compile(r"^\s*(?:on\s+)?(?:(?:" + alternation(WEEKDAYS) + r")\.?,?\s+)?"
                   r"(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH + r",?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
                   r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m?\.?)?(?:\s*[A-Z]{2,4})?)?\s*$", re.I)
KICKER = re.compile(r"^\s*[A-Z][A-Z ]{2,}:\s")
_TERMINAL = re.compile(r"[.!?]['\"\u2019\u201d)]*\s*$")


def _words(text: str) -> int:
    return len(text.split())


def _sentence_like(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def _is_names_line(text: str) -> bool:
    """A closing byline: a few capitalized names joined by 'and' or commas, no verb."""
    tokens = re.split(r"\s+|,", text.strip())
    tokens = [t for t in tokens if t]
    if not 1 <= len(tokens) <= 8 or _sentence_like(text):
        return False
    return all(t[0].isupper() or t.lower() in {"and", "&"} for t in tokens)


def clean(article: Article) -> tuple[Block, ...]:
    """Split ``article`` into paragraphs and give each a :class:`Role`.

    >>> art = Article("x", "Three die in riots\\nUpdated 5/5/2010 1:41 PM\\nThree people died on Wednesday.\\n")
    >>> [b.role.value for b in clean(art)]
    ['headline', 'dateline', 'body']
    """
    lines = [(m.start(), m.end()) for m in _LINE_RE.finditer(article.text) if m.group().strip()]
    text = article.text
    roles: list[Role] = []
    related = False
    body_started = False
    for i, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if related or RELATED_HEADING.match(line):
            related = True
            roles.append(Role.RELATED)
            continue
        if PLACEHOLDER.search(line):
            role = Role.PLACEHOLDER
        elif PROMO.search(line) or (KICKER.match(line) and not _sentence_like(line)):
            role = Role.PROMO
        elif AGENCY_CREDIT.match(line):
            role = Role.CREDIT
        elif BYLINE.match(line) and _words(line) <= 12:
            role = Role.BYLINE
        elif (not body_started and DATELINE.search(line) and _words(line) <= 12) or STAMP.match(line):
            role = Role.DATELINE
        elif not body_started and not roles:
            role = Role.HEADLINE
        elif not body_started and not _sentence_like(line) and _words(line) >= 5:
            role = Role.STANDFIRST
        else:
            role = Role.BODY
            if _sentence_like(line) or _words(line) > 25:
                body_started = True
        roles.append(role)

    # A short title line just above a caption that carries a photo credit is the image's name.
    for i, (start, end) in enumerate(lines):
        if roles[i] is Role.BODY and CAPTION_CREDIT.search(text[start:end]) and i > 0:
            prev = text[lines[i - 1][0]:lines[i - 1][1]]
            if roles[i - 1] is Role.BODY and not _sentence_like(prev) and _words(prev) <= 10:
                roles[i - 1] = Role.PLACEHOLDER

    # Closing lines after the last body paragraph that are names or short unpunctuated lines.
    last_body = max((i for i, r in enumerate(roles) if r is Role.BODY and _sentence_like(text[lines[i][0]:lines[i][1]])),
                    default=-1)
    for i in range(last_body + 1, len(lines)):
        line = text[lines[i][0]:lines[i][1]]
        if roles[i] is Role.BODY and (_is_names_line(line) or (_words(line) <= 6 and not _sentence_like(line))):
            roles[i] = Role.BYLINE

    blocks: list[Block] = []
    for (start, end), role in zip(lines, roles):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        credit = CAPTION_CREDIT.search(text, start, end) if role is Role.BODY else None
        if credit and credit.start() > start and credit.end() == end:
            cut = credit.start()
            blocks.append(Block(len(blocks), start, cut, Role.CAPTION))
            blocks.append(Block(len(blocks), cut + (len(text[cut:end]) - len(text[cut:end].lstrip())), end, Role.CREDIT))
        else:
            blocks.append(Block(len(blocks), start, end, role))
    return tuple(blocks)
