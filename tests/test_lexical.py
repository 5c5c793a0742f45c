"""The fast word splitting (blank, then `str.split`) gives exactly WORD's tokens, span by span."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from keypoints.lexical import WORD, words, words_in_spans

# Letters, digits, both apostrophes, underscore, separators str.split treats as spaces, and non-ASCII
# letters and digits, so that ASCII and mixed spans both come up.
TEXT = st.text(alphabet="ab1'’_ -.,\"\t\n\x1c\x0bé²İ€ñ", max_size=30)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_words_is_word_findall(text: str) -> None:
    assert words(text) == WORD.findall(text.lower())


@settings(max_examples=500, deadline=None)
@given(TEXT, st.lists(st.integers(0, 30), max_size=6))
def test_words_in_spans_is_findall_per_span(text: str, cuts: list[int]) -> None:
    lower = text.lower()
    bounds = sorted({min(c, len(lower)) for c in cuts})
    spans = list(pairwise(bounds))
    assert words_in_spans(lower, spans) == [WORD.findall(lower, a, b) for a, b in spans]


def test_apostrophes() -> None:
    text = "it 's rock'n'roll, 'quoted' o''neil don’t"
    assert words(text) == ["it", "s", "rock'n'roll", "quoted", "o", "neil", "don’t"]
    # An apostrophe at a span's edge ends the word there: the span's own scan cannot see past it.
    assert words_in_spans(text, [(0, 5), (6, 11), (10, 17)]) == [["it", "s"], ["rock"], ["n'roll"]]
