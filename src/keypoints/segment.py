"""Split text into paragraphs and sentences with exact character offsets.

We use nupunkt (Punkt with a model shipped in the wheel; no download) because it was as accurate
as pysbd on our tricky news cases and ~18x faster (`bench/splitters.py`). Its slips on news are
repaired here: a title cut from its name ("Lt. | Col. James Dean"), stops it misses after a plain
word in cased and in lowercased text, "!"/"?" before a lowercase word, a quotation cut at its inner
stops (README "Sentence splitter").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import nupunkt

from ._compiled import speedups as _speedups  # None without the C extension: the Python below runs
from .lexical import all_lowercase

TITLES = tuple(
    "lt col gen sgt capt cpl maj adm cmdr gov sen rep dr mr mrs ms prof rev hon pres supt insp det atty brig "
    "pvt fr sr jr st".split()
)
"""Titles news writes with a full stop before a name ("Lt. Col. James Dean", "st. louis")."""
TITLE_BEFORE_NAME = re.compile(r"(?:^|\s)(?:" + "|".join(TITLES) + r")\.\s*$", re.IGNORECASE)
"""A segment ending in one of these titles was cut before the name it introduces."""
NUMBER_ABBREVIATIONS = (
    "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Art", "Sec", "Vol",
    "p", "pp",
)
ABBREV_BEFORE_NUMBER = re.compile(r"(?:^|\s)(?:" + "|".join(NUMBER_ABBREVIATIONS) + r")\.\s*$", re.IGNORECASE)
"""... and one of these was cut before the number it introduces ("No. | 2 seed", "Jan. | 3")."""
ABBREV_MAX_CHARS = max(map(len, TITLES + NUMBER_ABBREVIATIONS))
"""Longest of them: a longer word before a segment's final stop matches neither pattern (`_short_word_stop`)."""
EXCLAIM_BEFORE_LOWER = re.compile(r"[!?][\"'”’)]*\s*$")
"""Cased text: a '!' or '?' cut before a lowercase word is inside a name or title, not a sentence
end ("a poll of Kerrang! | magazine readers", "The Goat or Who is Sylvia? | by Edward Albee")."""
ABBREV_TAIL = 8
"""Longest abbreviation above plus its space and period: the only part of a segment worth testing."""
MISSED_BOUNDARY = re.compile(
    r"(?<![\w.])(?!(?:vs|etc|approx|est|dept|govt|fig|cf|al|ca)[.])[a-z]{2,}[.!?][\"'”’)]?(\s+)(?=[\"'“‘(]?[A-Z][a-z])"
)
"""Cased text: a lowercase word, a full stop, a capitalised word is a boundary Punkt sometimes
misses ("at the town hall. About 22,000 ..."); initials, "a.m." and "Dr." never match.
`_split_missed` runs it as BOUNDARY_AFTER (anchored on the rare stop) plus `_ends_plain_word`."""
BOUNDARY_AFTER = re.compile(r"[.!?][\"'”’)]?(\s+)(?=[\"'“‘(]?[A-Z][a-z])")
SCROLL_PROMO = r"['‘]?(?:(?:videos?|stats)\s*[-–:]?\s*)?scroll down (?:for|to)\b"
"""A page's 'scroll down for video' (or 'video: scroll down to watch ...'); boilerplate.py's promo rule too."""
PROMO_AFTER = re.compile(r"[.!?][\"'”’)]?(\s+)(?=" + SCROLL_PROMO + ")", re.IGNORECASE)
"""A page's 'scroll down for video' after a sentence's stop: lowercased text (Daily Mail) glues it to
the sentence ("... in washington d.c. scroll down for video."); split so boilerplate.py sets it aside."""
LOWER_BOUNDARY_AFTER = re.compile(r"[.][\"'”’)]?(\s+)(?=[\"'“‘(]?[a-z])")
"""Lowercased text (CNN/DM): a full stop, then a lowercase word. Punkt takes many such stops for
abbreviations ("this week. when asked", "goodison park. 'you have'": 3.8 per validation article, glued
into one sentence); `_ends_lower_word` keeps real abbreviations and initials whole."""
LOWER_EXCLAIM_AFTER = re.compile(r"[!?]+[\"'”’)]*(\s+)(?=[\"'“‘(]?[a-z])")
"""Lowercased text: a '!' or '?' (and closing quotes), then a lowercase word. nupunkt keeps these
together, rightly in cased text ("Yahoo! in 1995", '"Is it?" he asked'), but lowercased text opens every
sentence in lowercase and was glued ("... get sent off, typical!' but paton pleaded his innocence"; 211
in the first 1,500 validation articles); `_attributed` keeps a quote with the speaker who follows it."""
SPEECH_VERBS = frozenset(
    """said says say asked asks ask added adds replied replies told tells wrote writes read reads shouted
    shouts yelled yells screamed screams cried cries explained explains continued continues insisted insists
    joked jokes laughed laughs admitted admits recalled recalls wondered wonders demanded demands exclaimed
    exclaims whispered whispers declared declares answered answers responded responds noted notes called
    calls tweeted tweets posted posts chanted chants sang sings according""".split()
)
"""Verbs that attach the quote before them to a speaker ("?' he asked", '!" said ramsey', "?' a villager asks")."""
ATTRIBUTION_WINDOW = 4
"""Words after the stop searched for one: "?" dr. phil asks", "!' the post read"."""
NOT_SENTENCE_END = frozenset("vs etc approx est dept govt fig cf al ca".split())
CAPITALISED_STOP_MIN = 4
"""A capitalised word this long before ". Next" ends a sentence unless it is one of WORD_ABBREVIATIONS:
nupunkt's model lists many names and words as abbreviations ("York.", "Bank.", "Park.", "Clarke."), and
glued the next sentence on (BBC dev: 11 of 849 articles); shorter ones ("Gen.", "Sen.", "Co.") stay Punkt's."""
WORD_ABBREVIATIONS = frozenset(
    """corp capt prof sept tues thur thurs supt insp atty brig pres dept govt assn assoc univ blvd bros intl
    natl calif colo conn mass mich minn miss mont okla tenn wash wisc penn ariz nebr hosp admin approx""".split()
)
"""Capitalised abbreviations of four letters or more that news writes with a full stop mid-sentence."""
LOWER_ABBREVIATIONS = NOT_SENTENCE_END | WORD_ABBREVIATIONS | frozenset(TITLES) | frozenset(
    "messrs mt ft inc co ltd ave rd".split()
)
"""In lowercased text, the words before a full stop that do not end a sentence ("st. louis", "gen. allen")."""
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
LINE_BREAK = re.compile(r"\n\s*")
LINE = re.compile(r"[^\n]*\n?")
BULLET_SYMBOLS = "[-*•·–—▪►]"
"""The marks a list item or fact-box line opens on; compose.py cuts them from a bullet."""
BULLET_MARK = re.compile(r"^\s*(?:" + BULLET_SYMBOLS + r"|\d{1,2}[.)])\s+")
BYLINE_LINE = re.compile(r"^\s*(?:By|Written by|Words by) [A-Z][^\n.!?]{1,78}$")
"""A cased byline line ("By Priya Shah, Transport correspondent") is a block of its own: a nine-word
headline above it was no heading (over HEADING_MAX_WORDS) and the two were read as one sentence. Cased
only, unlike boilerplate's byline rule, which classifies the block once it is one: in lowercased text a
line opening on "by ..." may be a wrapped sentence's tail."""
TERMINAL = re.compile(r"[.!?:;,\"'”’)\]]\s*$")
SENTENCE_END = re.compile("[.?!\u2026]")
"""The characters Punkt may split after: a segment without one inside is one sentence."""
CLOSING = ".?!\u2026\"'”’)]» \t\r\n"
"""What may trail a sentence's last word: its stop, closing quotes and brackets, spaces."""
CLOSING_QUOTES = "\"'”’)"
"""What BOUNDARY_AFTER lets stand between a stop and the space after it."""
WORD_RUN = re.compile(r"[^\W_]+")
HEADING_MAX_WORDS = 8
"""A line this short with no end punctuation is a heading or list item, not a wrapped sentence."""
WRAP_WORDS = frozenset(
    """a an the of in on at to for with by from into onto about than as and or but nor that which whose
    would will could should can may might must has have had its their his her our your my""".split()
)
"""Words a heading never ends on: a line ending on one ("Work is expected to begin in") is cut mid-phrase."""
WRAPPED_LINE_SHARE = 0.3
"""Text without blank lines is one paragraph per line unless this share of its lines runs on into the next
(a story pasted from a page or an e-mail, wrapped mid-sentence): then its lines are wrapped prose."""


PLAIN_WORD_MEMO = 200_000
"""Words kept in `_Punkt`'s shortcut memo: a corpus's vocabulary, a few MB at most."""


class _Punkt(nupunkt.PunktSentenceTokenizer):
    """nupunkt's tokenizer deciding its commonest case without tokenising the context.

    On unseen text ~85% of candidate stops follow a plain word ("... since last month. She"): Punkt's
    two passes then always break unless the word is a known abbreviation or opens a collocation, and
    running them (memoised per context, i.e. per word pair, so rarely reused) was a quarter of
    `brief`'s time. Every other context goes to nupunkt's own decision, so the splits are the same
    (tests/test_ingest.py compares both on generated text; all 51,291 training and factuality
    paragraphs split alike).
    """

    def _context_decider(self, first_memo: dict, context_memo: dict):  # type: ignore[no-untyped-def]
        decide = super()._context_decider(first_memo, context_memo)
        # Rebuilt by nupunkt whenever its parameters change (its decision state's signature), so these may
        # be read once here.
        not_plain = _not_plain(self._params)
        plain: dict[str, bool] = {}

        def contains_sentbreak(context: tuple[str, str]) -> bool:
            before = context[0]
            breaks = plain.get(before)
            if breaks is None:
                word = before[:-1]
                breaks = (
                    before[-1:] == "."
                    and len(word) >= 2  # one letter is an initial
                    and word.isascii()
                    and word.isalpha()
                    and word.lower() not in not_plain  # a known abbreviation or a collocation's head
                )
                if len(plain) < PLAIN_WORD_MEMO:
                    plain[before] = breaks
            return True if breaks else decide(context)

        return contains_sentbreak


@lru_cache(maxsize=1)
def _punkt() -> nupunkt.PunktSentenceTokenizer:
    """nupunkt's default model (the one `nupunkt.sent_spans` uses), loaded once, with `_Punkt`'s shortcut
    (its own instance: the model `nupunkt.load` caches is shared with every other caller)."""
    base = nupunkt.load("default")
    tokenizer = _Punkt(base._params, include_common_abbrevs=False)  # the model already holds them
    # nupunkt calls the string-level engine only when a subclass overrides none of its annotation hooks;
    # were that ever false, `_context_decider` would be bypassed and the splits still nupunkt's own.
    return tokenizer


PORTED_NUPUNKT = "0.8.0"
"""The nupunkt release whose `span_tokenize` `_speedups.punkt_spans` ports step for step; with any other,
nupunkt itself runs."""


@lru_cache(maxsize=1)
def _ported() -> Callable[[str], list[tuple[int, int]]] | None:
    """`_punkt().span_tokenize` in C (`_speedups.punkt_spans`, a fifth of `brief` in Python), or None where
    the extension is not built, nupunkt is another release, or its string-level decision engine is off.
    Contexts that `_Punkt`'s plain-word shortcut does not settle, and the two rare regexes, still run in
    nupunkt's Python; tests/test_ingest.py compares the two on generated text."""
    tokenizer = _punkt()
    if _speedups is None or nupunkt.__version__ != PORTED_NUPUNKT or not tokenizer._uses_decision_engine():
        return None
    args = (
        tokenizer._decision_state()[3], _not_plain(tokenizer._params), tokenizer.EXCL_QUEST_LOWERCASE_CONTINUES,
        tokenizer._RE_LINE_ENUMERATOR.fullmatch, tokenizer._lang_vars.re_boundary_realignment.match,
    )
    return lambda text: _speedups.punkt_spans(text, *args)


def _not_plain(params: Any) -> frozenset[str]:
    """What `_Punkt`'s shortcut never decides alone: the model's known abbreviations and collocation heads."""
    return frozenset(params.abbrev_types | {first for first, _ in params.collocations})


def paragraph_spans(
    text: str, start: int = 0, end: int | None = None, *, by_line: bool = False
) -> Iterator[tuple[int, int]]:
    """Blocks separated by blank lines (or by any line break), trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    pos = start
    for m in (LINE_BREAK if by_line else PARAGRAPH_BREAK).finditer(text, start, end):
        yield from _trimmed(text, pos, m.start())
        pos = m.end()
    yield from _trimmed(text, pos, end)


def line_blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a paragraph where a line break is clearly a boundary (headings, list items)."""
    block_start = start
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            break
        line = text[pos:nl]
        nxt_end = text.find("\n", nl + 1, end)
        nxt = text[nl + 1 : end if nxt_end < 0 else nxt_end]
        if (
            BULLET_MARK.match(line)
            or BULLET_MARK.match(nxt)
            or BYLINE_LINE.match(line)
            or BYLINE_LINE.match(nxt)
            or (
                len(line.split()) <= HEADING_MAX_WORDS
                and not TERMINAL.search(line)
                and not _continues(line, nxt)
            )
        ):
            yield from _trimmed(text, block_start, nl)
            block_start = nl + 1
        pos = nl + 1
    yield from _trimmed(text, block_start, end)


def _continues(line: str, nxt: str) -> bool:
    """Whether `line` goes on in `nxt`: the next line opens on a lowercase word ("after a long debate."), or
    `line` ends on a word no heading ends on ("... to begin in" / "2026, with ..."), so it is a hard wrap,
    not a heading ("The council approved the plan on Tuesday" was cut off as one, and read as a sentence)."""
    if nxt.lstrip()[:1].islower():
        return True
    last = line.rsplit(None, 1)[-1:]
    return bool(last) and last[0].lower() in WRAP_WORDS


def hard_wrapped(text: str) -> bool:
    """Whether text without blank lines is wrapped prose rather than one paragraph per line: at least
    WRAPPED_LINE_SHARE of its lines (and two) run on without end punctuation into the next."""
    lines = [line for line in text.split("\n") if line.strip()]
    runs_on = sum(
        1
        for line, nxt in zip(lines, lines[1:])
        if not TERMINAL.search(line) and (len(line.split()) > HEADING_MAX_WORDS or _continues(line, nxt))
    )
    return runs_on >= 2 and runs_on >= WRAPPED_LINE_SHARE * (len(lines) - 1)


def sentence_spans(
    text: str, start: int, end: int, max_chars: int, lower: str | None = None
) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed, with title/number cuts repaired. `lower`:
    `text.lower()`, when the caller has it (a whole article lowered once, not once per test)."""
    block = text[start:end]
    if SENTENCE_END.search(block.rstrip(CLOSING)) is None:
        # One sentence (most news lines): Punkt could only split after a stop; skip its per-call cost.
        return [
            span
            for a, b in _trimmed(text, start, end)
            for span in (_split_long(text, a, b, max_chars) if b - a > max_chars else [(a, b)])
        ]
    # `nupunkt.sent_spans` without its per-sentence text slices: each span runs to the next one's start.
    port = _ported()
    spans = port(block) if port is not None else _punkt().span_tokenize(block)
    starts = [start + a for a, _ in spans] or [start]
    raw = list(zip(starts, [*starts[1:], end]))
    merged: list[tuple[int, int]] = []
    # Lowering maps a character to one unless the length changes ("İ"): then the offsets are not shared.
    block_lower = lower[start:end] if lower is not None and len(lower) == len(text) else block.lower()
    cased = not all_lowercase(block, block_lower)  # lowercased text (CNN/DM) starts sentences in lowercase
    for a, b in raw:
        if merged:
            pa, pb = merged[-1]
            # Only the previous segment's end and the next one's first two letters matter: slicing the
            # whole sentences for them cost more than the tests.
            tail = text[max(pa, pb - ABBREV_TAIL) : pb]
            nxt = text[a : min(b, a + 2)]
            if nxt[:1].isspace():
                nxt = text[a:b].lstrip()[:2]
            abbrev = _short_word_stop(tail)
            if abbrev and TITLE_BEFORE_NAME.search(tail) and nxt[:1].isalpha() or (
                abbrev and ABBREV_BEFORE_NUMBER.search(tail) and nxt[:1].isdigit()
            ) or (cased and nxt.isalpha() and nxt.islower() and EXCLAIM_BEFORE_LOWER.search(tail)):
                merged[-1] = (pa, b)
                continue
        merged.append((a, b))
    out: list[tuple[int, int]] = []
    # A span's lowercased text holds "scroll down" only if the block's does: one lowering, not one per span.
    promo = "scroll down" in block_lower
    for a, b in _split_missed(text, merged, cased, promo):
        for ta, tb in _trimmed(text, a, b):
            if tb - ta > max_chars:
                out.extend(_split_long(text, ta, tb, max_chars))
            else:
                out.append((ta, tb))
    return out


def _split_missed(
    text: str, spans: list[tuple[int, int]], cased: bool = True, promo: bool = True
) -> Iterator[tuple[int, int]]:
    """`spans` with the boundaries Punkt missed cut; `promo=False`: no span holds "scroll down"."""
    for a, b in spans:
        if not _text_after_stop(text, a, b, ".!?" if cased else "."):
            cuts = []  # most sentences: their one stop ends them, and a regex call costs more than this test
        elif cased:
            cuts = [m.span(1) for m in BOUNDARY_AFTER.finditer(text, a, b) if _ends_plain_word(text, a, m.start())]
        else:
            cuts = [m.span(1) for m in LOWER_BOUNDARY_AFTER.finditer(text, a, b) if _ends_lower_word(text, a, m.start())]
        if not cased and (text.find("!", a, b) >= 0 or text.find("?", a, b) >= 0):
            exclaims = LOWER_EXCLAIM_AFTER.finditer(text, a, b)
            cuts = sorted(set(cuts).union(m.span(1) for m in exclaims if not _attributed(text, m.end(1), b)))
        if promo and "scroll down" in text[a:b].lower():
            cuts = sorted(set(cuts) | {m.span(1) for m in PROMO_AFTER.finditer(text, a, b)})
        for gap_start, gap_end in cuts:
            yield (a, gap_start)
            a = gap_end
        yield (a, b)


def _text_after_stop(text: str, start: int, end: int, stops: str) -> bool:
    """Whether text[start:end] has more than spaces and closing quotes after its first of `stops`: what
    BOUNDARY_AFTER and LOWER_BOUNDARY_AFTER need (a letter after the stop), tested without a regex call."""
    first = end
    for stop in stops:
        at = text.find(stop, start, first)
        if at >= 0:
            first = at
    return first < end and bool(text[first + 1 : end].strip().strip(CLOSING_QUOTES))


def _short_word_stop(tail: str) -> bool:
    """Whether `tail` ends, spaces aside, in a full stop right after a word of at most ABBREV_MAX_CHARS:
    what TITLE_BEFORE_NAME and ABBREV_BEFORE_NUMBER need, tested without their costly case-free search."""
    head = tail.rstrip()
    before = head[:-1].split() if head.endswith(".") else []
    return bool(before) and len(before[-1]) <= ABBREV_MAX_CHARS


def _attributed(text: str, start: int, end: int) -> bool:
    """Whether a speech verb ("said", "asked" ...) is among the first words of text[start:end]."""
    following = WORD_RUN.findall(text, start, min(end, start + 60))[:ATTRIBUTION_WINDOW]
    return not SPEECH_VERBS.isdisjoint(following)


def _ends_plain_word(text: str, start: int, stop: int) -> bool:
    """MISSED_BOUNDARY's word test, walked back from the full stop: the regex itself, tried at every
    position of every word, cost more than Punkt's whole pass on long paragraphs."""
    i = stop
    while i > start and "a" <= text[i - 1] <= "z":
        i -= 1
    if i > start and "A" <= text[i - 1] <= "Z" and stop - i >= CAPITALISED_STOP_MIN - 1:
        # "at Villa Park. Injured Rio ...": Punkt's model lists "park", "york", "bank" as abbreviations.
        i -= 1
        if text[stop] != "." or text[i:stop].lower() in WORD_ABBREVIATIONS:
            return False
    elif stop - i < 2:
        return False
    if i > 0 and (text[i - 1] == "." or text[i - 1].isalnum() or text[i - 1] == "_"):
        return False
    return not (text[stop] == "." and text[i:stop] in NOT_SENTENCE_END)


def _ends_lower_word(text: str, start: int, stop: int) -> bool:
    """Lowercased text: the full stop at `stop` ends a word of 2+ letters or digits that is not an
    abbreviation ("u.s.", "a.m." and initials have a stop or a single letter before them)."""
    i = stop
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "'’"):
        i -= 1
    word = text[i:stop].strip("'’")
    if (len(word) < 2 and not (word.isdigit() and i > start)) or (i > start and text[i - 1] in ".@/_"):
        return False  # one letter is an initial; one digit ends a sentence ("won 2 - 1. the") unless it opens the line
    return word not in LOWER_ABBREVIATIONS


def _split_long(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """Unpunctuated text: fall back to line breaks, then to fixed windows at word boundaries."""
    for a, b in _trimmed_lines(text, start, end):
        while b - a > max_chars:
            cut = text.rfind(" ", a, a + max_chars)
            cut = a + max_chars if cut <= a else cut
            yield from _trimmed(text, a, cut)
            a = cut
        yield from _trimmed(text, a, b)


def _trimmed_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield from _trimmed(text, pos, stop)
        pos = stop + 1


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield (start, end)


QUOTE_CHARS = "\"\u201c\u201d"
"""The double quote marks a quotation opens and closes on: straight, and curly left and right."""
QUOTE_OPENS_AFTER = " \t\n([:\u2014\u2013-"
"""What may stand before a straight quote mark that opens a quotation: a space, a bracket, a colon, a dash."""
QUOTE_CLOSES_BEFORE = " \t\n.,;:!?)\u2014\u2013-"
"""What may follow a straight quote mark that closes one."""
QUOTE_JOIN_MAX_SENTENCES = 3
"""A quotation of more sentences stays split: joined, it would be too long for a bullet anyway."""
QUOTE_JOIN_MAX_CHARS = 400
"""Nor is a joined quotation longer than this: a Key Point is a line or two."""


def join_split_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (one block's sentences) with a quotation Punkt cut at its inner full stops made whole again:
    'He said: "We will appeal. This is not over."' was two sentences, each a fragment no bullet could use
    (compose passes over a sentence whose quote opens or closes in another). Joined only when the first
    sentence leaves a quotation open, the next ones have no quote mark until one that opens on a closing
    mark, at most QUOTE_JOIN_MAX_SENTENCES sentences and QUOTE_JOIN_MAX_CHARS characters; an ambiguous
    mark (a straight quote between two spaces or two letters) joins nothing."""
    if len(spans) < 2:
        return spans
    at = _quote_positions(text, spans[0][0], spans[-1][1])
    if not at:
        return spans
    # Only the few sentences holding a mark are read (a regex search per sentence cost 14% of ingest).
    starts = [a for a, _ in spans]
    held: dict[int, list[int]] = {}
    for p in at:
        i = bisect_right(starts, p) - 1
        if i >= 0 and p < spans[i][1]:
            held.setdefault(i, []).append(p)
    marks = {i: m for i, ps in held.items() if (m := _read_marks(text, spans[i][0], spans[i][1], ps))}
    joins: dict[int, int] = {}
    last = -1
    for i in sorted(marks):
        if i <= last or marks[i][-1] != "open" or "?" in marks[i]:
            continue
        j = next((k for k in range(i + 1, min(len(spans), i + QUOTE_JOIN_MAX_SENTENCES)) if k in marks), None)
        if j is not None and marks[j][0] == "close" and spans[j][1] - spans[i][0] <= QUOTE_JOIN_MAX_CHARS:
            joins[i] = last = j
    if not joins:
        return spans
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        j = joins.get(i, i)
        out.append((spans[i][0], spans[j][1]))
        i = j + 1
    return out


def _quote_positions(text: str, start: int, end: int) -> list[int]:
    """Where text[start:end] has a double quote mark, in order: three `str.find` scans run at C speed
    where a regex's character class is tested position by position."""
    out: list[int] = []
    for mark in QUOTE_CHARS:
        at = text.find(mark, start, end)
        while at >= 0:
            out.append(at)
            at = text.find(mark, at + 1, end)
    out.sort()
    return out


def _read_marks(text: str, start: int, end: int, positions: list[int]) -> list[str]:
    """Each double quote mark of text[start:end] (at `positions`) read as "open", "close" or "?" (neither),
    with a quotation opened and closed inside the span dropped: what is left says whether the span leaves
    a quotation open ([..., "open"]) or closes one opened before (["close", ...])."""
    out: list[str] = []
    for at in positions:
        c = text[at]
        if c == "\u201c":
            kind = "open"
        elif c == "\u201d":
            kind = "close"
        else:
            before = text[at - 1] if at > start else " "
            after = text[at + 1] if at + 1 < end else " "
            if before in QUOTE_OPENS_AFTER and not after.isspace():
                kind = "open"
            elif not before.isspace() and after in QUOTE_CLOSES_BEFORE:
                kind = "close"
            else:
                kind = "?"
        if kind == "close" and out and out[-1] == "open":
            out.pop()
        else:
            out.append(kind)
    return out
