"""Case-free word handling shared by ranking and composing (the training data is lowercased)."""

from __future__ import annotations

import re

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


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS]


def trigrams(text: str) -> set[tuple[str, str, str]]:
    return word_trigrams(words(text))


def word_trigrams(w: list[str]) -> set[tuple[str, str, str]]:
    return set(zip(w, w[1:], w[2:]))
