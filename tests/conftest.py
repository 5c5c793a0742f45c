from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def example_text() -> str:
    return (ROOT / "examples" / "harbour_bridge.txt").read_text(encoding="utf-8")


@pytest.fixture
def saved_page() -> str:
    return (ROOT / "tests" / "data" / "saved_page.html").read_text(encoding="utf-8")


def assert_grounded(text: str, brief) -> None:  # type: ignore[no-untyped-def]
    """The invariant: every span of every bullet quotes the input exactly."""
    for bullet in brief.bullets:
        assert len(bullet.spans) == len(bullet.evidence) >= 1
        for (start, end), evidence in zip(bullet.spans, bullet.evidence):
            assert 0 <= start < end <= len(text)
            assert text[start:end] == evidence
