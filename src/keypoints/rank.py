"""Rank: a score per body sentence, by the learned model (default) or the unsupervised baseline.

The baseline is position prior + TF-IDF centrality.

Inverted-pyramid news front-loads the facts, so position carries most of the signal; centrality
(cosine of the sentence to the whole document in TF-IDF space, IDF from the document's own
sentences) lifts a sentence about the main topic over a colourful aside.
"""

from __future__ import annotations

import math
from collections import Counter

from .lexical import content_words
from .records import Document, Sentence
from .settings import DEFAULT_SETTINGS, Settings


RANKERS = ("learned", "baseline")


def score_sentences(doc: Document, settings: Settings = DEFAULT_SETTINGS) -> dict[int, float]:
    """Sentence id -> score in [0, 1] for every body sentence (boilerplate gets no score)."""
    if settings.ranker == "learned":
        from .learned import score_sentences_learned

        return score_sentences_learned(doc, settings)
    if settings.ranker != "baseline":
        raise ValueError(f"unknown ranker {settings.ranker!r}; choose from {', '.join(RANKERS)}")
    return score_sentences_baseline(doc, settings)


def score_sentences_baseline(doc: Document, settings: Settings = DEFAULT_SETTINGS) -> dict[int, float]:
    """Position prior + TF-IDF centrality: no model, the floor the learned ranker must beat."""
    body = doc.body
    if not body:
        return {}
    central = centrality(body)
    return {
        s.id: settings.position_weight / (1.0 + settings.position_decay * rank)
        + settings.centrality_weight * central[rank]
        for rank, s in enumerate(body)
    }


def centrality(sentences: tuple[Sentence, ...] | list[Sentence]) -> list[float]:
    """TF-IDF cosine of each sentence to the document vector, scaled so the best is 1."""
    bags = [Counter(content_words(s.text)) for s in sentences]
    n = len(bags)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    idf = {w: math.log((1 + n) / (1 + d)) + 1.0 for w, d in df.items()}
    doc_vec: Counter[str] = Counter()
    for bag in bags:
        doc_vec.update(bag)
    doc_w = {w: c * idf[w] for w, c in doc_vec.items()}
    doc_norm = math.sqrt(sum(v * v for v in doc_w.values())) or 1.0
    sims = []
    for bag in bags:
        vec = {w: c * idf[w] for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        dot = sum(v * doc_w[w] for w, v in vec.items())
        sims.append(dot / (norm * doc_norm) if norm else 0.0)
    top = max(sims) or 1.0
    return [s / top for s in sims]
