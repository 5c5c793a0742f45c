"""Grounding is an invariant: for any input, every bullet's spans quote the input exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import keypoints
from keypoints import InputError
from keypoints.ingest import from_text

from .conftest import assert_grounded

WORDS = st.sampled_from(
    "the council voted on Tuesday to rebuild bridge £48m 1,139 people U.S. Dr. Smith said a.m. No. 2 "
    "“quoted” 'single' \"We over,\" “It on,” said: (CNN) (pictured) (left) (45) ($3m) ( ) -- WASHINGTON — 40% two-thirds police officials é ü 中文 storm".split()
)
SENTENCE = st.builds(
    lambda ws, end: " ".join(ws) + end, st.lists(WORDS, min_size=1, max_size=25), st.sampled_from([".", "!", "?", "", ".\""])
)
SEPARATOR = st.sampled_from([" ", "  ", "\n", "\n\n", "\r\n", "\t", "\n- ", "\n• ", "\nKey Points:\n- "])
ARTICLE = st.builds(lambda parts: "".join(parts), st.lists(st.one_of(SENTENCE, SEPARATOR), min_size=1, max_size=40))


def _check(text: str) -> None:
    try:
        b = keypoints.brief(text, points=4)
    except InputError as exc:  # the one documented failure, always with a message
        assert str(exc)
        return
    assert_grounded(text, b)
    doc = b.document
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    # In order and apart, quotations joined across their stops included (segment.join_split_quotes).
    assert all(a.end <= b.start for a, b in zip(doc.sentences, doc.sentences[1:]))
    for snip in doc.key_points + doc.boilerplate:
        assert doc.text[snip.start : snip.end] == snip.text
    assert len(b.bullets) <= 4


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_grounded_on_news_like_text(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=600))
def test_grounded_on_any_text(text: str) -> None:
    _check(text)


def test_documents_offsets_are_exact(example_text: str) -> None:
    doc = from_text(example_text)
    assert doc.sentences
    for s in doc.sentences:
        assert example_text[s.start : s.end] == s.text
    for p in doc.paragraphs:
        assert example_text[p.start : p.end].strip() == example_text[p.start : p.end]
