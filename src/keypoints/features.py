"""Case-free sentence features for the learned ranker.

Every feature lowercases first: the training data (CNN/DailyMail) is lowercased, the product reads
cased text, and a model that learned from capitals would see a different world at run time.
The list is `FEATURE_NAMES`; `train.py` and `learned.py` both call `document_features`, so training
sees exactly what inference sees.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from itertools import islice, repeat

import numpy as np

from ._compiled import speedups as _speedups  # None without the C extension: the Python below runs
from .lexical import has_digit
from .records import Document, Sentence

FEATURES_VERSION = 5
"""Bump on any change to how a feature is computed: training caches are keyed on it."""
MAX_CANDIDATES = 500
"""Only the first this-many body sentences are ranked: news runs ~30, and the sentence-similarity
matrix grows with the square (a 10 MB text has 100k+ sentences: 80 GB)."""
STRICTLY_LOWER = np.tri(MAX_CANDIDATES, k=-1, dtype=bool)
"""np.tril's mask for the largest matrix, made once: building it per article cost more than the max."""
LEAD = 3
"""Sentences treated as the lead: news puts the story's gist there."""
LEXRANK_THRESHOLD = 0.1
"""Cosine above which two sentences are linked in the LexRank graph (Erkan & Radev 2004)."""
LEXRANK_DAMPING = 0.85
LEXRANK_ITERATIONS = 30
LEXRANK_DECIMALS = 9
"""Far below any difference the ranker's splits see (float32 features), far above summation noise."""
CENTRALITY_DECIMALS = 12
"""Centrality is ranked rounded to this: a sentence printed twice has one centrality whatever order the
products were summed in (the numpy and the compiled code differ in the last bits), so story order ranks it."""
DEFAULT_IDF = 10.0
"""IDF of a word never seen in training: rare, hence informative."""

ASCII_DIGIT_CHARS = "0123456789"
QUOTE_CHARS = ('"', "“", "”", "‘", "’", "'")
QUOTE_SET = frozenset(QUOTE_CHARS)
QUOTE = re.compile("[\"“”‘’']")
ATTRIBUTION_WORDS = frozenset("said says told added stated announced claimed".split())
ATTRIBUTION_CUES = ATTRIBUTION_WORDS | {"according"}
PRONOUNS = frozenset("he she it they his her its their this these those that we i".split())
CONNECTIVES = frozenset("but however also and so yet meanwhile instead still then".split())
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()
)
CUE_WORDS = ATTRIBUTION_CUES | TIME_WORDS

# Paragraph and title features are left out on purpose: CNN/DM training text has neither, so a
# model could not learn them, and they would only differ at run time.
FEATURE_NAMES: tuple[str, ...] = (
    "position", "rel_position", "in_lead", "n_sentences",
    "n_words", "n_content_words", "mean_idf", "max_idf", "centrality_tfidf", "centrality_rank",
    "cos_lead", "cos_first", "lexrank", "lexrank_rank", "novelty_prev",
    "has_number", "n_numbers", "has_quote", "starts_quote", "attribution", "pronoun_start",
    "connective_start", "time_word", "question", "doc_words",
)

CUE_FEATURES = (
    "has_number", "n_numbers", "has_quote", "starts_quote", "attribution", "pronoun_start",
    "connective_start", "time_word", "question",
)
"""The features read off each sentence's tokens and text, not off the TF-IDF matrix."""
CUE_COLUMNS = [FEATURE_NAMES.index(name) for name in CUE_FEATURES]
TFIDF_FEATURES = (
    "n_content_words", "mean_idf", "max_idf", "centrality_tfidf", "centrality_rank", "cos_lead", "cos_first",
    "lexrank", "lexrank_rank", "novelty_prev",
)
"""The features read off the sentences' TF-IDF vectors: `tfidf_columns`, or `_speedups` in C (this order)."""
TFIDF_COLUMNS = [FEATURE_NAMES.index(name) for name in TFIDF_FEATURES]


def document_features(doc: Document, idf: Mapping[str, float]) -> tuple[list[Sentence], np.ndarray]:
    """(candidate sentences, feature matrix with one row per candidate, columns FEATURE_NAMES)."""
    body = list(doc.body[:MAX_CANDIDATES])
    n = len(body)
    cols = np.zeros((len(FEATURE_NAMES), n), dtype=np.float64)
    if n == 0:
        return body, cols.T.astype(np.float32)
    toks = list(doc.body_words[:MAX_CANDIDATES])
    vocab, term_ids = doc.body_terms
    content = term_ids[:MAX_CANDIDATES]
    # Ids follow first use, so these sentences' words are exactly ids 0 .. used - 1 (all of `vocab`
    # unless the body runs past MAX_CANDIDATES).
    used = len(vocab) if len(doc.body) <= MAX_CANDIDATES else max((max(c) for c in content if c), default=-1) + 1
    idf_vec = np.fromiter(map(idf.get, islice(vocab, used), repeat(DEFAULT_IDF)), np.float64, count=used)
    if _speedups is not None:
        tfidf = np.empty((len(TFIDF_FEATURES), n))
        _speedups.tfidf_columns(
            content, n, idf_vec, tfidf, LEAD, LEXRANK_THRESHOLD, LEXRANK_DAMPING, LEXRANK_ITERATIONS,
            10.0**LEXRANK_DECIMALS, 10.0**CENTRALITY_DECIMALS,
        )
    else:
        tfidf = tfidf_columns(content, doc.body_term_ids, idf_vec)
    cols[TFIDF_COLUMNS] = tfidf
    pos = np.arange(n, dtype=np.float64)
    f = dict(zip(FEATURE_NAMES, cols))
    f["position"][:] = pos
    f["rel_position"][:] = pos / n
    f["in_lead"][:LEAD] = 1.0
    f["n_sentences"][:] = n
    f["n_words"][:] = [len(t) for t in toks]
    f["doc_words"][:] = sum(map(len, toks))
    texts = [s.text for s in body]
    if _speedups is not None:
        cues = np.empty((len(CUE_FEATURES), n))
        _speedups.cue_columns(texts, toks, ATTRIBUTION_CUES, TIME_WORDS, PRONOUNS, CONNECTIVES, cues)
        cols[CUE_COLUMNS] = cues
    else:
        cols[CUE_COLUMNS] = cue_columns(texts, toks)
    return body, cols.T.astype(np.float32)


def cue_columns(texts: list[str], toks: list[list[str]]) -> list[list[object]]:
    """CUE_FEATURES (rows) of sentences from their texts and lowercased tokens: the reference that
    `_speedups.cue_columns` follows, and what runs where it is not built. From the tokens already in hand
    (a regex per cue per sentence cost 30% of features), gathered in lists for one conversion."""
    numbers = [_count_numbers(t, text.isascii()) if has_digit(text) else 0 for text, t in zip(texts, toks)]
    firsts = [t[0] if t else "" for t in toks]
    # One pass over each sentence's tokens for both word-list cues; the few words found answer each.
    cue_words = [CUE_WORDS.intersection(t) for t in toks]
    cues = {
        "n_numbers": numbers,
        "has_number": [k > 0 for k in numbers],
        # An ASCII sentence can hold only the two ASCII quote marks: two substring tests beat the regex.
        "has_quote": [
            ('"' in text or "'" in text) if text.isascii() else QUOTE.search(text) is not None
            for text in texts
        ],
        "starts_quote": [text[:1] in QUOTE_SET for text in texts],
        "attribution": [not ATTRIBUTION_CUES.isdisjoint(w) for w in cue_words],
        "pronoun_start": [w in PRONOUNS for w in firsts],
        "connective_start": [w in CONNECTIVES for w in firsts],
        "time_word": [not TIME_WORDS.isdisjoint(w) for w in cue_words],
        "question": [text.rstrip("\"'”’ ").endswith("?") for text in texts],
    }
    return [cues[name] for name in CUE_FEATURES]


def tfidf_columns(content: list[list[int]], term_ids: np.ndarray, idf_vec: np.ndarray) -> np.ndarray:
    """TFIDF_FEATURES (rows) of the sentences whose content-word ids are `content` (`term_ids`: the same
    ids, flat, possibly running on past them), as numpy computes them: the reference `_speedups` follows,
    and what runs where it is not built."""
    n = len(content)
    cols = np.zeros((len(TFIDF_FEATURES), n))
    lengths = np.fromiter(map(len, content), dtype=np.int64, count=n)
    cols_j = term_ids[: int(lengths.sum())]  # the first n sentences' ids
    rows_i = np.repeat(np.arange(n, dtype=np.int64), lengths)
    used = len(idf_vec)
    width = max(used, 1)
    # Sentence x vocabulary TF-IDF matrix: every cosine below is one matrix product. Counted as float64
    # (weights of 1.0 sum exactly) rather than as int64 cast afterwards: one pass fewer over the n x
    # vocabulary matrix. (Given no items, bincount returns int64 whatever the weights.)
    counts = np.bincount(rows_i * width + cols_j, np.ones(len(cols_j)), n * width) if used else np.zeros(n * width)
    m = counts.reshape(n, width)
    m *= idf_vec if used else np.zeros(1)
    # Ufuncs called directly, here and below: `np.linalg.norm`, `ndarray.sum` and the like compute exactly
    # this (`norm(m, axis=1)` is sqrt(add.reduce(m * m, axis=1))), but their Python wrappers cost more
    # than the arithmetic on an article's ~30 rows.
    norms = np.sqrt(np.add.reduce(m * m, axis=1))
    safe = np.where(norms == 0, 1.0, norms)
    mn = m / safe[:, None]
    sim = mn @ mn.T
    sim.flat[:: n + 1] = 0.0  # the diagonal: a sentence is not its own neighbour
    central = _cos_rows(mn, np.add.reduce(m, axis=0))
    lexrank = _lexrank(sim)
    # Per-sentence mean and max IDF over its content-word tokens (0 for a sentence without any).
    tok_idf = idf_vec[cols_j] if len(cols_j) else np.zeros(0)
    max_idf = np.zeros(n)
    np.maximum.at(max_idf, rows_i, tok_idf)
    f = dict(zip(TFIDF_FEATURES, cols))
    f["n_content_words"][:] = lengths
    f["mean_idf"][:] = np.bincount(rows_i, weights=tok_idf, minlength=n) / np.maximum(lengths, 1)
    f["max_idf"][:] = max_idf
    f["centrality_tfidf"][:] = central
    f["centrality_rank"][:] = _rank(central.round(CENTRALITY_DECIMALS))
    f["cos_lead"][:] = _cos_rows(mn, np.add.reduce(m[:LEAD], axis=0))
    f["cos_first"][:] = sim[:, 0]
    f["lexrank"][:] = lexrank
    f["lexrank_rank"][:] = _rank(lexrank)
    # Cosines are >= 0, so the zeros on and above the diagonal never win.
    f["novelty_prev"][:] = np.maximum.reduce(np.where(STRICTLY_LOWER[:n, :n], sim, 0.0), axis=1)
    return cols


def _count_numbers(tokens: list[str], ascii_text: bool) -> int:
    """Tokens that open or close on a digit. On ASCII text a digit is one of ASCII_DIGIT_CHARS, and a
    substring test is cheaper than `str.isdigit`'s call (elsewhere "²" and "٣" are digits too)."""
    if ascii_text:
        return len([w for w in tokens if w[0] in ASCII_DIGIT_CHARS or w[-1] in ASCII_DIGIT_CHARS])
    return len([w for w in tokens if w[0].isdigit() or w[-1].isdigit()])


def _cos_rows(unit_rows: np.ndarray, vec: np.ndarray) -> np.ndarray:
    norm = math.sqrt(vec.dot(vec))  # np.linalg.norm(vec), without its wrapper
    return unit_rows @ vec / norm if norm else np.zeros(unit_rows.shape[0])


def _lexrank(sim: np.ndarray) -> np.ndarray:
    n = sim.shape[0]
    adj = (sim > LEXRANK_THRESHOLD).astype(np.float64)
    deg = np.maximum(np.add.reduce(adj, axis=1), 1.0)  # counts: a sentence without links divides by 1
    # LEXRANK_ITERATIONS steps of the power iteration p <- (1 - d) / n + d T'p from the uniform p are
    # one affine map: as an (n+1)-square matrix its power takes ~8 products, not 30 matrix-vector steps
    # each paying numpy's call overhead (a fifth of the features' time).
    step = np.zeros((n + 1, n + 1))
    step[:n, :n] = (adj / deg[:, None]).T * LEXRANK_DAMPING
    step[:n, n] = (1 - LEXRANK_DAMPING) / n
    step[n, n] = 1.0
    power = _matrix_power(step, LEXRANK_ITERATIONS)
    # p * n (1.0 is "average", comparable across document lengths), with p = power @ (1/n, ..., 1/n, 1);
    # rounded so that equal scores summed in another order stay equal (their rank follows story order).
    return (np.add.reduce(power[:n, :n], axis=1) + n * power[:n, n]).round(LEXRANK_DECIMALS)


def _matrix_power(a: np.ndarray, k: int) -> np.ndarray:
    """`np.linalg.matrix_power(a, k)` for k >= 4: its products in its order (squarings, and one product
    per set bit of k from the lowest), so the same bits, without its Python wrappers and checks."""
    square, power = a, None
    while True:
        k, bit = divmod(k, 2)
        if bit:
            power = square if power is None else np.matmul(power, square)
        if not k:
            return power
        square = np.matmul(square, square)


def _rank(values: np.ndarray) -> np.ndarray:
    order = (-values).argsort(kind="stable")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(len(values))
    return ranks
