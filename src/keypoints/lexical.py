"""Case-free word handling shared by ranking and composing (the training data is lowercased)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain, islice

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say mr mrs ms one two new also s t""".split()
)
"""Function words carry no topic; "said" is in every news sentence, so it is one too."""


ASCII_WORD_CHARACTERS = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'"
"""The ASCII characters WORD can take into a word: [^\\W_] is exactly the letters and digits there."""
SPACE_OUT = bytes(c if c in ASCII_WORD_CHARACTERS else ord(" ") for c in range(256))
"""`bytes.translate` table: every other byte becomes a space."""
LONE_APOSTROPHE = re.compile(rb"'(?:(?![A-Za-z0-9])|(?<![A-Za-z0-9]'))")
"""An apostrophe without a letter or digit on both sides: a quote mark or a gap, never inside a word."""


ENGLISH_MIN_SHARE = 0.10
"""English news runs 30-55% function words (STOPWORDS) in its first LANGUAGE_SAMPLE_WORDS body words: on
CNN/DM validation and BBC dev the lowest are 16-18% (film listings, team sheets); of 38,515 CNN/DM
training articles one is below this (a TV schedule, 8.3%); news in French, Spanish, Italian and Swedish
ran 0-7%, Dutch and Portuguese 8-9%."""
LANGUAGE_SAMPLE_WORDS = 300
"""The share is read off the first this-many words: enough to tell, and cheap on a long text."""
LANGUAGE_MIN_WORDS = 40
"""Fewer words than this say too little to warn on."""


def english_share(word_lists: Iterable[list[str]]) -> float | None:
    """Share of the first words (lowercased tokens, e.g. `Document.body_words`) that are English function
    words, None if too few: keypoints' splitter, ranker and checks are built for English."""
    sample = list(islice(chain.from_iterable(word_lists), LANGUAGE_SAMPLE_WORDS))
    if len(sample) < LANGUAGE_MIN_WORDS:
        return None
    return sum(map(STOPWORDS.__contains__, sample)) / len(sample)  # counted in C, not by a Python loop


DIGIT = re.compile(r"\d")
ASCII_DIGITS = b"0123456789"


def has_digit(text: str) -> bool:
    """`DIGIT.search(text)`, three times faster on ASCII text: `bytes.translate` drops the digits in C. Most
    sentences have none: the ranker's number cue and `numbers`' figure prefilter ask this first."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, ASCII_DIGITS)) != len(data)
    return DIGIT.search(text) is not None


def words(text: str) -> list[str]:
    lower = text.lower()
    if lower.isascii():
        return _spaced(lower).split()
    return WORD.findall(lower)


def words_in_spans(lower: str, spans: Iterable[tuple[int, int]]) -> list[list[str]]:
    """`[WORD.findall(lower, a, b) for a, b in spans]` for lowercased text, four times faster where a
    span is ASCII (most news): there a word is a run of letters and digits joined by single apostrophes,
    so blanking every other character and apostrophes not inside a word leaves `str.split` the words.
    An apostrophe at a span's edge is blanked too: the span's own scan cannot see past it."""
    spaced = _spaced(lower)
    every = lower.isascii()
    return [
        spaced[a:b].strip("'").split() if every or lower[a:b].isascii() else WORD.findall(lower, a, b)
        for a, b in spans
    ]


def _spaced(lower: str) -> str:
    """`lower` with every character that cannot be part of a WORD on ASCII text blanked, offsets kept
    (non-ASCII characters are blanked as well: callers read only ASCII stretches)."""
    return LONE_APOSTROPHE.sub(b" ", lower.encode("ascii", "replace").translate(SPACE_OUT)).decode("ascii")


def all_lowercase(text: str, lower: str | None = None) -> bool:
    """`text.islower()` (a letter, and none in upper or title case): how lowercased text (CNN/DM) is told
    from cased. On ASCII text, lowering and uppercasing are byte-table copies, several times faster than
    `islower`'s per-character lookups over a whole article. `lower`: `text.lower()`, when the caller has it."""
    if text.isascii():
        return (text.lower() if lower is None else lower) == text and text.upper() != text
    return text.islower()


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS]


def trigrams(text: str) -> set[tuple[str, str, str]]:
    return word_trigrams(words(text))


def word_trigrams(w: list[str]) -> set[tuple[str, str, str]]:
    return set(zip(w, w[1:], w[2:]))
