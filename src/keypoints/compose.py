"""Compose: pick bullets from ranked sentences, fit to stand alone, not redundant, in story order."""

from __future__ import annotations

import re

from .lexical import trigrams, words
from .records import Bullet, Document, Sentence
from .settings import DEFAULT_SETTINGS, Settings

WHITESPACE = re.compile(r"\s+")
QUESTION_END = re.compile(r"\?[\"'”’)]*\s*$")
COLON_END = re.compile(r":\s*$")


def unfit_reason(sentence: Sentence, settings: Settings = DEFAULT_SETTINGS) -> str | None:
    """Why a sentence cannot stand alone as a bullet, or None if it can."""
    if sentence.boilerplate is not None:
        return sentence.boilerplate
    n = len(words(sentence.text))
    if n < settings.min_words:
        return "too short"
    if n > settings.max_words:
        return "too long"
    if QUESTION_END.search(sentence.text):
        return "question"
    if COLON_END.search(sentence.text):
        return "introduces what follows"
    return None


def compose(
    doc: Document, scores: dict[int, float], points: int, settings: Settings = DEFAULT_SETTINGS
) -> list[Bullet]:
    """Greedy by score with trigram blocking; bullets come back in document order."""
    by_id = {s.id: s for s in doc.sentences}
    chosen: list[Sentence] = []
    seen: set[tuple[str, str, str]] = set()
    for sid in sorted(scores, key=lambda i: (-scores[i], i)):
        if len(chosen) == points:
            break
        s = by_id[sid]
        if unfit_reason(s, settings) is not None:
            continue
        grams = trigrams(s.text)
        if settings.trigram_block and grams & seen:
            continue
        chosen.append(s)
        seen |= grams
    chosen.sort(key=lambda s: s.start)
    return [
        Bullet(
            text=WHITESPACE.sub(" ", s.text).strip(),
            score=scores[s.id],
            sentence_ids=(s.id,),
            spans=((s.start, s.end),),
            evidence=(doc.text[s.start : s.end],),
        )
        for s in chosen
    ]
