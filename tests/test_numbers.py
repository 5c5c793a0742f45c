"""numbers' prefilter: `find_figures` skips only text FIGURE cannot match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from keypoints.numbers import FIGURE, _may_hold_figure, find_figures

PIECES = st.sampled_from(
    ["one", "One", "TEN", "ten", "often", "tens", "seventy", "twenty-one", "half", "halves", "a third", "quarters",
     "dozens", "Hundreds", "thousandfold", "millions", "someone", "none", "phone", "4", "2012", "£", "$", "#", "%",
     "_", "-", " ", "  ", ",", ".", "'", "\n", "x", "ab", "k", "m", "bn", "of", "per cent", "year-old"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
def test_prefilter_never_hides_a_match(text: str) -> None:
    if not _may_hold_figure(text):
        assert FIGURE.search(text) is None and find_figures(text) == []


def test_prefilter_on_sentences() -> None:
    assert not _may_hold_figure("The council met on Tuesday and someone phoned often.")
    assert _may_hold_figure("Two people were hurt.")
    assert _may_hold_figure("It cost $4.5 billion.")
    assert _may_hold_figure("Hundreds gathered outside.")
    assert _may_hold_figure("Half of the homes flooded.")
    assert _may_hold_figure("Le conseil a voté à l'unanimité.")  # not ASCII: searched as before
    assert [f.value for f in find_figures("Hundreds gathered; 1,139 people died.")] == [200.0, 1139.0]
