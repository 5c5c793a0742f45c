"""Case-free sentence features for the learned ranker.

Every feature lowercases first: the training data (CNN/DailyMail) is lowercased, the product reads
cased text, and a model that learned from capitals would see a different world at run time.
The list is `FEATURE_NAMES`; `train.py` and `learned.py` both call `document_features`, so training
sees exactly what inference sees.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from .lexical import STOPWORDS, words
from .records import Document, Sentence

LEAD = 3
"""Sentences treated as the lead: news puts the story's gist there."""
LEXRANK_THRESHOLD = 0.1
"""Cosine above which two sentences are linked in the LexRank graph (Erkan & Radev 2004)."""
LEXRANK_DAMPING = 0.85
LEXRANK_ITERATIONS = 30
DEFAULT_IDF = 10.0
"""IDF of a word never seen in training: rare, hence informative."""

NUMBER = re.compile(r"\d")
QUOTE_CHARS = ('"', "“", "”", "‘", "’", "'")
ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to|added|stated|announced|claimed)\b")
PRONOUN_START = re.compile(r"^[\"'“‘]?(?:he|she|it|they|his|her|its|their|this|these|those|that|we|i)\b")
CONNECTIVE_START = re.compile(r"^[\"'“‘]?(?:but|however|also|and|so|yet|meanwhile|instead|still|then)\b")
TIME_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last (?:week|month|year|night))\b"
)

# Paragraph and title features are left out on purpose: CNN/DM training text has neither, so a
# model could not learn them, and they would only differ at run time.
FEATURE_NAMES: tuple[str, ...] = (
    "position", "rel_position", "in_lead", "n_sentences",
    "n_words", "n_content_words", "mean_idf", "max_idf", "centrality_tfidf", "centrality_rank",
    "cos_lead", "cos_first", "lexrank", "lexrank_rank", "novelty_prev",
    "has_number", "n_numbers", "has_quote", "starts_quote", "attribution", "pronoun_start",
    "connective_start", "time_word", "question", "doc_words",
)


def document_features(doc: Document, idf: Mapping[str, float]) -> tuple[list[Sentence], np.ndarray]:
    """(candidate sentences, feature matrix with one row per candidate, columns FEATURE_NAMES)."""
    body = list(doc.body)
    n = len(body)
    cols = np.zeros((len(FEATURE_NAMES), n), dtype=np.float64)
    if n == 0:
        return body, cols.T.astype(np.float32)
    toks = [words(s.text) for s in body]  # words() lowercases
    content = [[w for w in t if w not in STOPWORDS] for t in toks]
    # Sentence x vocabulary TF-IDF matrix: every cosine below is one matrix product.
    vocab: dict[str, int] = {}
    rows_i: list[int] = []
    cols_j: list[int] = []
    for i, ws in enumerate(content):
        for w in ws:
            rows_i.append(i)
            cols_j.append(vocab.setdefault(w, len(vocab)))
    m = np.zeros((n, max(len(vocab), 1)))
    np.add.at(m, (rows_i, cols_j), 1.0)
    idf_vec = np.array([idf.get(w, DEFAULT_IDF) for w in vocab] or [0.0])
    m *= idf_vec
    norms = np.linalg.norm(m, axis=1)
    safe = np.where(norms == 0, 1.0, norms)
    mn = m / safe[:, None]
    sim = mn @ mn.T
    np.fill_diagonal(sim, 0.0)
    central = _cos_rows(mn, m.sum(axis=0))
    lexrank = _lexrank(sim)

    idfs = [[idf.get(w, DEFAULT_IDF) for w in ws] or [0.0] for ws in content]
    pos = np.arange(n, dtype=np.float64)
    f = dict(zip(FEATURE_NAMES, cols))
    f["position"][:] = pos
    f["rel_position"][:] = pos / n
    f["in_lead"][:LEAD] = 1.0
    f["n_sentences"][:] = n
    f["n_words"][:] = [len(t) for t in toks]
    f["n_content_words"][:] = [len(c) for c in content]
    f["mean_idf"][:] = [sum(x) / len(x) for x in idfs]
    f["max_idf"][:] = [max(x) for x in idfs]
    f["centrality_tfidf"][:] = central
    f["centrality_rank"][:] = _rank(central)
    f["cos_lead"][:] = _cos_rows(mn, m[:LEAD].sum(axis=0))
    f["cos_first"][:] = sim[:, 0]
    f["lexrank"][:] = lexrank
    f["lexrank_rank"][:] = _rank(lexrank)
    f["novelty_prev"][1:] = [sim[i, :i].max() for i in range(1, n)]
    f["doc_words"][:] = sum(len(t) for t in toks)
    for i, s in enumerate(body):
        low = s.text.lower()
        digits = len(NUMBER.findall(low))
        f["has_number"][i] = digits > 0
        f["n_numbers"][i] = digits
        f["has_quote"][i] = any(q in low for q in QUOTE_CHARS)
        f["starts_quote"][i] = low.startswith(QUOTE_CHARS)
        f["attribution"][i] = ATTRIBUTION.search(low) is not None
        f["pronoun_start"][i] = PRONOUN_START.match(low) is not None
        f["connective_start"][i] = CONNECTIVE_START.match(low) is not None
        f["time_word"][i] = TIME_WORDS.search(low) is not None
        f["question"][i] = low.rstrip("\"'”’ ").endswith("?")
    return body, cols.T.astype(np.float32)


def _cos_rows(unit_rows: np.ndarray, vec: np.ndarray) -> np.ndarray:
    norm = np.linalg.norm(vec)
    return unit_rows @ vec / norm if norm else np.zeros(unit_rows.shape[0])


def _lexrank(sim: np.ndarray) -> np.ndarray:
    n = sim.shape[0]
    adj = (sim > LEXRANK_THRESHOLD).astype(np.float64)
    deg = adj.sum(axis=1)
    deg[deg == 0] = 1.0
    trans = adj / deg[:, None]
    p = np.full(n, 1.0 / n)
    for _ in range(LEXRANK_ITERATIONS):
        p = (1 - LEXRANK_DAMPING) / n + LEXRANK_DAMPING * (trans.T @ p)
    return p * n  # scaled so 1.0 is "average", comparable across document lengths


def _rank(values: np.ndarray) -> np.ndarray:
    order = np.argsort(-values, kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    return ranks
