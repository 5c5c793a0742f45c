"""Recognise what must never become a bullet: datelines, bylines, credits, promos, and the
story's own Key Points block (kept aside for `check`).

Patterns are case-insensitive: the CNN/DailyMail data is lowercased, and editors paste both.
Each rule names its kind, so users see *why* a line was set aside (`Brief.boilerplate`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import MONTH_PATTERN
from .segment import BULLET_MARK, SCROLL_PROMO

I = re.IGNORECASE

AGENCIES = (
    r"CNN|Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|EW\.com|CNN Student News|PA|BBC|Mashable|"
    r"The Conversation|CNNMoney|Variety|Kyodo|ANI|PTI|IANS"
)
DATELINE_AGENCY = re.compile(
    r"^(?:[^\s()]+(?:[ ,]+[^\s()]+){0,4}\s*)?\((?:" + AGENCIES + r")\)\s*(?:--|—|–|-|:)?\s*", I
)
"""'WASHINGTON (Reuters) -', '(CNN) --', 'london, england (cnn) --' at a sentence start."""
DATELINE_OUTLET = re.compile(
    r"^\((?:the\s+)?[A-Za-z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}\)\s*(?:--|—|–|-|:)?\s*"
)
"""'(The Hollywood Reporter) ...': any short outlet name opening the story's first sentence."""
DATELINE_PLACE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z\d][\w.'’]*(?:\s+[\w.'’]+){0,2}){0,3}\s*"
    r"(?:\([A-Z][^()\n]{0,40}\)\s*)?(?:--|—|–|-|:)\s+(?=[\"“‘'(]?[A-Z])"
)
"""The story's first sentence opening on a place in capitals, then an outlet or a colon ('NEW DELHI: ',
'BEIJING, March 3: ', 'LONDON, March 3 (Reuters Breakingviews) - '): the Indian and Asian wires' form, and
outlets AGENCIES does not list. Cased text only; a capitalised sentence start follows."""
DATELINE_CAPS = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}\s*(?:--|—|–)\s+")
"""'WASHINGTON — ', 'BEIRUT, Lebanon -- ': a capitalised place then a dash (cased text only)."""
LIVE_TIME = re.compile(
    r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:[ap]\.?m\.?|GMT|BST|CET|EST|EDT|ET|PT|UTC))?\s*(?:[-–—:|]\s*)?\s(?=[A-Z\"“‘'])"
)
"""'22:05 Polls have now closed': a live blog's time stamp opening an entry (cased text; a figure such
as '9.30 million' goes on in lowercase)."""

KEY_POINTS_HEADER = re.compile(
    r"^\s*(?:#+\s*)?(?:key points|key takeaways|key facts|highlights|story highlights|summary|"
    r"in brief|in short|at a glance|the big picture|what we know|main points|tl;?dr)\s*:?\s*$",
    I,
)
KEY_POINT_MAX_WORDS = 45
"""A line longer than this is body prose, not a bullet of a Key Points block."""
KEY_POINTS_MAX_ITEMS = 10
BODY_LINE_WORDS = KEY_POINT_MAX_WORDS // 3
"""A line longer than this (and no bullet) is body text: no bulleted Key Points block follows it."""

DM_HEADER = re.compile(
    r"^\s*(?:by\s*\.\s*[^|]{0,120}?\s*\.\s*)?(?:last\s+)?(?:published|updated)\s*:\s*\.?\s*"
    r"[^|]{0,60}?\d{4}\s*\.?(?:\s*\|\s*\.?\s*updated\s*:\s*\.?\s*[^|]{0,60}?\d{4}\s*\.?)?\s*",
    I,
)
"""The Daily Mail header: 'by . jane doe . published : . 05:15 est, 3 march 2013 . | . updated : ...'."""
DM_BYLINE_ONLY = re.compile(r"^\s*by\s*\.\s*[^.|]{2,60}\.\s*(?=\S)", I)

SIDEBAR_LABEL = re.compile(
    r"^\s*(?:most (?:read|popular|viewed|shared|watched|commented)(?: (?:stories|articles|now|today|this week))?"
    r"|related(?: (?:stories|articles|content|coverage|links|news|reading|topics|posts|videos))?"
    r"|more (?:on|about) this (?:story|topic)|more stories|more from [\w.&'’ -]{1,30}"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| reading)?"
    r"|trending(?: now| stories)?|top stories|editor'?s'? picks?|also in the news|read next|what to read next"
    r"|don'?t miss|elsewhere on [\w.&'’ -]{1,30})\s*:?\s*$",
    I,
)
"""The whole text of a sidebar box's heading ("Most read", "Related stories", "More on this story"):
the label alone is set aside as a promo line, and `webpage` drops the box it heads. A
sentence that merely mentions "most read" is never matched: the label must be the whole line."""

_MONTH_WORD = MONTH_PATTERN + r"\.?"
TIMESTAMP = re.compile(
    r"^(?:(?:published|updated|last updated|posted)\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?"
    r"(?:\s*(?:,|at|-|–|·|\|)?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?)?"
    r"(?:\s*(?:GMT|UTC|BST|EST|EDT|ET|PT|PST|PDT|CET|CEST))?"
    r"(?:\s*[|·•,–-]?\s*(?:last\s+)?updated\s+(?:at\s+)?"
    r"(?:(?:\d+|an?)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|\d{1,2}[:.]\d{2}[^.!?]{0,12}))?\s*\.?$",
    re.IGNORECASE,
)
"""A line that is only a date and time stamp ("March 20, 2024 7:32 PM UTC Updated 2 hours ago", "18 March
2014 Last updated at 09:22 GMT") or a date heading ("Tuesday, 1 March" over a list of fixtures): a page's
header or a list's label, not a sentence of the story."""

EMBED_LINK = re.compile(r"^.*\b(?:pic\.twitter\.com|t\.co|instagr\.am)/\w+\s*$", re.IGNORECASE | re.DOTALL)
"""A social post pasted with its page ("Trees down on the line. Please do not travel. pic.twitter.com/AbC1"):
the post's text is someone else's words, and whatever its length it ends on the post's picture link."""
EMBED_KEYWORDS = frozenset(("pic.twitter.com/", "t.co/", "instagr.am/"))
"""The RULE_KEYWORDS of EMBED_LINK: only a text holding one is scanned for it (its `^.*` backtracks over the
whole line, and run on every short line it added 9% to a brief's instructions)."""
EMBED_CREDIT = re.compile(
    r"^(?:[—–-]\s*|a post shared by\s+)[^()\n]{1,60}\(@\w{1,30}\)(?:\s*(?:on\s+)?(?:"
    + _MONTH_WORD + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH_WORD + r",?\s+\d{4}))?\s*\.?$",
    re.IGNORECASE,
)
"""The post's signature line: '— Northern (@northernassist) January 22, 2024', 'A post shared by Jo (@jo)'."""

CORRECTION = re.compile(
    r"^(?:(?:correction|clarification|editor'?s'? note)\s*:"
    r"|this (?:article|story|report|piece|post) (?:was|has been|had been)"
    r" (?:amended|corrected|updated|edited|changed)\b"
    r"|an? (?:earlier|previous) version of this (?:article|story|report|piece|post)\b).*$",
    re.IGNORECASE | re.DOTALL,
)
"""A page's note on its own edits ("Correction: An earlier version of this article said ...", "This article
was amended on 12 January"): about the page, not the story (its figure is the wrong one, or repeats one)."""

AUTHOR_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,3}(?:is|was)\s+(?:a|an|the|our)\s[^.!?]{0,100}?"
    r"\b(?:correspondent|editor|reporter|columnist|writer|author|journalist|contributor|fellow|professor|"
    r"lecturer|researcher|commentator|presenter)s?\b"
)
"""A writer's note closing a page ("Jane Smith is the BBC's environment correspondent.", "Sarah Jennings is a
senior fellow at ..."): about the author, not the story. Only the last paragraph is tested (`ingest`)."""
AUTHOR_BIO_MAX_SENTENCES = 3
"""A bio is a line or two; a longer closing paragraph is the story's."""

LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("byline", re.compile(r"^(?:by|written by|words by)\s+[^.!?\n]{2,80}$", I)),
    ("byline", re.compile(r"^(?:published|updated|last updated|posted)\s*:?.*\d{4}.{0,30}$", I)),
    ("timestamp", TIMESTAMP),  # after it: "Published: 20 March 2024" stays the byline it was
    ("embed", EMBED_CREDIT),
    ("embed", EMBED_LINK),
    ("source", re.compile(r"^sources?\s*(?::.*|agencies\.?|:?\s*agencies\.?)$", I)),
    (
        "credit",
        re.compile(
            r"^\(?(?:photo|photos|photograph|image|images|picture|pictures|pic|illustration|graphic|"
            r"credit|video)\s*(?:credit)?\s*:.*$",
            I,
        ),
    ),
    (
        "credit",
        re.compile(
            r"^.{0,120}(?:getty images|ap photo.*|reuters/.*|afp(?: via getty)?|shutterstock|alamy|pa wire|"
            r"epa|file photo)\s*\)?\.?$",
            I,
        ),
    ),
    ("promo", re.compile(r"^" + SCROLL_PROMO + r".{0,120}$", I)),
    ("promo", SIDEBAR_LABEL),
    (
        "promo",
        re.compile(
            r"^(?:read more|related|see also|more:|watch:|watch the video|click here|follow (?:us|@|him|her|"
            r"the)|sign up|subscribe|share this|advertisement|copyright|©|all rights reserved|"
            r"download the|listen:|view gallery|our standards(?=\s*:)|get in touch|have your say|"
            r"(?:contact|email|e-mail|tell) us|follow\b.{0,60}?\b(?:on|at)\s+(?:x|twitter|facebook|instagram|"
            r"threads|bluesky|linkedin|tiktok|youtube|@\w)|listen (?:to|now|again)\b.{0,80}?\b(?:podcast|"
            r"episode|bbc sounds|spotify))\b.*$",
            I,
        ),
    ),
    ("correction", CORRECTION),
    ("credit", re.compile(r"^\(?(?:reporting|additional reporting|writing|editing) by\b.*$", I)),
    ("credit", re.compile(r"^.{0,120}contributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$", I)),
)
"""Whole lines or sentences that are set aside, in order; the first match names the kind."""
RULE_STARTS = (
    "by", "written", "words", "published", "updated", "last", "posted", "source", "(", "photo", "image",
    "picture", "pic", "illustration", "graphic", "credit", "video", "scroll", "read", "related", "see",
    "more", "watch", "click", "follow", "sign", "subscribe", "share", "advertisement", "copyright", "©",
    "all rights", "download", "listen", "view", "reporting", "additional", "writing", "editing",
    "stats", "'scroll", "‘scroll",
    "most", "you", "recommended", "trending", "top", "editor", "also", "what", "don", "elsewhere",
    "our standards", "—", "–", "-", "a post", "get in touch", "have your say", "contact us", "email us",
    "e-mail us", "tell us", "correction", "clarification", "this article", "this story", "this report",
    "this piece", "this post", "an earlier", "a previous",
    *"jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun".split(),
    *"0123456789",
)
"""Every LINE_RULES pattern anchored at the start begins with one of these (lowercased)."""
RULE_KEYWORDS = (
    "getty", "ap photo", "reuters/", "afp", "shutterstock", "alamy", "pa wire", "epa", "file photo", "contributed",
    *sorted(EMBED_KEYWORDS),
)
"""... and every pattern anchored at the end contains one of these."""
RULE_STARTS_BY_CHAR: dict[str, tuple[str, ...]] = {
    c: tuple(p for p in RULE_STARTS if p[0] == c) for c in {p[0] for p in RULE_STARTS}
}
"""RULE_STARTS by first character: a line can only start with those sharing its own first character, and
`startswith` over all 52 cost more than the rest of the fast path."""
RULE_START_MAX_CHARS = max(map(len, RULE_STARTS))
"""The longest start: only that much of a line is lowered for the start test."""


def keywords_in(text: str, lower: str | None = None) -> tuple[str, ...]:
    """The RULE_KEYWORDS that occur in `text` (lowercased): what `classify` need test its lines for.
    `lower`: `text.lower()`, when the caller has it."""
    low = text.lower() if lower is None else lower
    return tuple(k for k in RULE_KEYWORDS if k in low)


SHORT_LINE_WORDS = 25
"""Only lines up to this long are tested: promos and credits are short, body prose is not."""


@dataclass(frozen=True)
class Found:
    kind: str
    start: int
    end: int


def classify(text: str, keywords: tuple[str, ...] = RULE_KEYWORDS) -> str | None:
    """The boilerplate kind of one line or sentence, or None if it is body text.

    `keywords`: the RULE_KEYWORDS the whole text holds (`keywords_in`); a line can hold no others, and
    most articles hold none, which spares ten substring searches per sentence (5% of a brief)."""
    stripped = text.strip()
    if not stripped:
        return None
    # Lowercasing maps character by character and never shortens, so the lowered head is the head of
    # the lowered line: enough for every RULE_STARTS test, without lowering a 40-word sentence.
    head = stripped[:RULE_START_MAX_CHARS].lower()
    if not head.startswith(RULE_STARTS_BY_CHAR.get(head[0], ())) and not (
        keywords and any(map(stripped.lower().__contains__, keywords))
    ):
        return None  # fast path: body prose matches no rule, and regexes cost 20% of a brief
    embeddable = not EMBED_KEYWORDS.isdisjoint(keywords)
    if len(stripped.split(None, SHORT_LINE_WORDS)) > SHORT_LINE_WORDS:
        # Promos and credits are short (tested second: splitting costs more than the word tests); a pasted
        # post runs up to 280 characters.
        return "embed" if embeddable and EMBED_LINK.match(stripped) else None
    for kind, rule in LINE_RULES:
        if (rule is not EMBED_LINK or embeddable) and rule.match(stripped):
            return kind
    return None


def dateline_end(sentence: str, first: bool = False) -> int:
    """Length of a dateline (or a live blog's time stamp) at the start of a sentence (0 if none).

    `first`: the story's first body sentence, where any short parenthesised outlet is a dateline.
    """
    m = DATELINE_AGENCY.match(sentence) or DATELINE_CAPS.match(sentence) or LIVE_TIME.match(sentence)
    if m is None and first:
        m = DATELINE_OUTLET.match(sentence) or DATELINE_PLACE.match(sentence)
    if not m or m.end() >= len(sentence):
        return 0
    return m.end()


def header_end(text: str) -> int:
    """End of a Daily Mail-style byline/date header at the very start of the text (0 if none)."""
    m = DM_HEADER.match(text) or DM_BYLINE_ONLY.match(text)
    return m.end() if m else 0


def key_points_blocks(text: str) -> list[tuple[Found, list[Found]]]:
    """Key Points blocks: a header line and its items, or a run of bullet lines before the body.

    Returns (whole block, items). Items are bullet lines (marker excluded from the span), or, after
    an explicit header, plain short lines up to the next blank line.
    """
    lines = _lines(text)
    blocks: list[tuple[Found, list[Found]]] = []
    seen_body = False
    i = 0
    while i < len(lines):
        a, b = lines[i]
        line = text[a:b]
        if KEY_POINTS_HEADER.match(line):
            items, j = _items(text, lines, i + 1, allow_plain=True)
            if items:
                blocks.append((Found("key_points", a, items[-1].end), items))
                i = j
                continue
        elif not seen_body and BULLET_MARK.match(line):
            items, j = _items(text, lines, i, allow_plain=False)
            if len(items) >= 2:
                blocks.append((Found("key_points", items[0].start, items[-1].end), items))
                i = j
                continue
        # maxsplit: counting words past the limit only tells it was passed (a CNN/DM article is one 700-word line).
        if line.strip() and len(line.split(None, BODY_LINE_WORDS)) > BODY_LINE_WORDS and not BULLET_MARK.match(line):
            seen_body = True
        i += 1
    return blocks


def _items(text: str, lines: list[tuple[int, int]], i: int, allow_plain: bool) -> tuple[list[Found], int]:
    items: list[Found] = []
    bulleted: bool | None = None
    while i < len(lines) and len(items) < KEY_POINTS_MAX_ITEMS:
        a, b = lines[i]
        line = text[a:b]
        if not line.strip():
            if bulleted is False:  # plain-line items end at the first blank line
                break
            i += 1
            continue
        m = BULLET_MARK.match(line)
        gap = i > 0 and not text[slice(*lines[i - 1])].strip()
        if m and bulleted is not False:
            bulleted = True
            start = a + m.end()
        elif not m and (bulleted is False or (bulleted is None and allow_plain and not gap)):
            # Plain lines count only when they follow the header directly: "Summary", a blank
            # line and a paragraph is a heading over body prose, not a Key Points block.
            bulleted = False
            start = a + len(line) - len(line.lstrip())
        else:
            break
        if len(line.split()) > KEY_POINT_MAX_WORDS:
            break
        end = a + len(line.rstrip())
        items.append(Found("key_point", start, end))
        i += 1
    return items, i


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
