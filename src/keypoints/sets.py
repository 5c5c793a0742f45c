"""Sets: choose the Key Points as a set, not one sentence at a time.

The greedy pick (best sentence, then the next that does not repeat it) never asks whether three
sentences together cover the story. Here every set of `points` sentences drawn from the top
`points + SET_POOL_EXTRA` candidates is scored as a whole (summary-level reranking, as in MatchSum,
Zhong et al. 2020, with shallow features in place of BERT): the members' ranker probabilities and
ranks, positions, lengths, their overlap with each other, and how much of the document's repeated
vocabulary and of its lead the set covers. A ridge regression over these features and their pairwise
products, fitted by `keypoints train` on the sets' ROUGE against the reference highlights, picks the
set. It ships as a small JSON file (`model/sets.json.gz`); the step costs about 0.25 ms per article
(12-14% of `brief`'s throughput, `bench/sets_speed.py`) for +0.5 ROUGE-1 on CNN/DM validation.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping, Sequence
from functools import lru_cache, reduce
from itertools import chain, combinations
from math import log
from operator import or_
from pathlib import Path
from typing import Any

import numpy as np

from ._compiled import speedups as _speedups  # None without the C extension: the Python below runs
from .records import Document

SETS_FILE = "sets.json.gz"
SET_POOL_EXTRA = 2
"""Candidates beyond the number of points: 5 for 3 points, 10 sets. The best of those 10 is +5.6
ROUGE-1 over the greedy pick on validation (of 8 candidates, 56 sets: +8.9); cost grows with the sets."""
SET_OVERLAP_MAX = 0.5
"""A set whose two members share more than this share of the shorter one's content words is a
near-repeat, never offered (the greedy pick's trigram blocking would cost this scorer 0.17 ROUGE-1)."""

SET_MIN_POINTS = 2
"""For a single bullet the ranker's best sentence is kept: choosing among singletons cost 0.72 ROUGE-1
on validation, while 2-5 points gained +0.41, +0.47, +0.20, +0.03 (`bench/points_eval.py --n 1500`)."""
RIDGE_LAMBDA = 100.0
"""Ridge penalty on standardised features: 1 and 1,000 were within 0.04 ROUGE-1 on validation."""
LEAD = 3
MEMBER_STATS = ("p", "log_p", "rank", "position", "words")
"""Per member: ranker probability, its log, rank among all body sentences, body index, length."""

SET_FEATURES: tuple[str, ...] = (
    *(f"{agg}_{m}" for agg in ("mean", "min", "max") for m in MEMBER_STATS),
    "cover_repeated", "cover_lead", "union_words",
    "max_overlap", "is_greedy", "n_sentences", "n_repeated",
)
"""Means, not sums, so a set scorer fitted on 3-point sets reads 4- and 5-point sets on the same scale."""


def content_overlap(a: set[Any], b: set[Any]) -> float:
    """Shared content words as a share of the shorter member's: above SET_OVERLAP_MAX, a near-repeat."""
    return len(a & b) / max(1, min(len(a), len(b)))


def set_features(
    doc: Document,
    scores: Mapping[int, float],
    pool: Sequence[int],
    points: int,
    greedy: Sequence[int],
) -> tuple[list[tuple[int, ...]], np.ndarray]:
    """(sets as tuples of pool indices, feature matrix with one row per set, columns SET_FEATURES).

    `pool`: sentence ids of the top candidates fit to stand alone, best first; `greedy`: the sentence
    ids the greedy pick chose. Sizes are tiny (5 candidates, 10 sets): the cost is Python and numpy
    call overhead, so every step is one C-level call where it can be, and where the optional C extension
    is built (`_speedups`, setup.py) the sets are scored in one call (the same numbers to the bit; below,
    the numpy code it follows, and what runs without it)."""
    k = min(points, len(pool))
    sets, idx, first, second = _layout(len(pool), k)
    body = doc.body
    n = len(body)
    index = {s.id: i for i, s in enumerate(body)}
    order = sorted(scores, key=scores.__getitem__, reverse=True)  # stable: ties stay in story order
    at = [index[sid] for sid in pool]
    toks = [doc.body_words[i] for i in at]
    # Content words as their ids in the document's vocabulary (`Document.body_terms`, which the ranker
    # made already), not as strings: counting and intersecting them is the same, and cheaper.
    vocab, term_ids = doc.body_terms
    lead_words = len(set(chain.from_iterable(doc.body_words[:LEAD])))  # the lead's words, the lead cover's scale
    per = np.array(
        [(scores[sid], log(max(scores[sid], 1e-9)), order.index(sid), i, len(t)) for sid, i, t in zip(pool, at, toks)],
        dtype=np.float64,
    )
    greedy_at = tuple(sorted(pool.index(sid) for sid in greedy if sid in pool))
    if _speedups is not None and k >= 1:
        x = np.empty((len(sets), len(SET_FEATURES)))
        _speedups.set_rows(
            [term_ids[i] for i in at], per, idx, k, term_ids, len(vocab),
            list(chain.from_iterable(term_ids[:LEAD])), lead_words, n, sets.index(greedy_at) if greedy_at in sets else -1, x,
        )
        return list(sets), x
    cw = [set(term_ids[i]) for i in at]
    repeated = np.bincount(doc.body_term_ids, minlength=len(vocab)) >= 2  # per vocabulary id
    n_repeated = int(np.count_nonzero(repeated))
    lead = set(chain.from_iterable(term_ids[:LEAD]))  # the lead's content words
    m = len(pool)
    overlap = np.zeros((m, m))
    for a, b in combinations(range(m), 2):
        overlap[a, b] = content_overlap(cw[a], cw[b])
    # Coverage with each candidate's words as a bit mask, a word's vocabulary id its bit (ids are small:
    # a few hundred bits): a set's union is an OR, its size a popcount. Distinct bits: the sum is the OR.
    bit = (1).__lshift__
    masks = [sum(map(bit, c)) for c in cw]
    rep_bits = int.from_bytes(np.packbits(repeated, bitorder="little").tobytes(), "little")
    lead_bits = sum(map(bit, lead))
    unions = [reduce(or_, (masks[i] for i in st), 0) for st in sets]
    cover = np.array(
        [((u & rep_bits).bit_count(), (u & lead_bits).bit_count(), u.bit_count()) for u in unions], dtype=np.float64
    ).reshape(len(sets), 3)
    cover[:, 0] /= max(1, n_repeated)
    cover[:, 1] /= max(1, lead_words)

    g = per[idx]  # sets x members x MEMBER_STATS
    max_overlap = np.maximum.reduce(overlap[first, second], axis=1) if k > 1 else np.zeros(len(sets))
    extra = np.empty((len(sets), 4))
    extra[:, 0] = max_overlap
    extra[:, 1] = [s == greedy_at for s in sets]
    extra[:, 2] = n
    extra[:, 3] = n_repeated
    # Ufuncs and concatenate called directly: `ndarray.sum`/`min`/`max` and `np.hstack` compute exactly
    # this, but their Python wrappers cost more than the arithmetic on 10 sets.
    stats = [np.add.reduce(g, axis=1) / k, np.minimum.reduce(g, axis=1), np.maximum.reduce(g, axis=1), cover, extra]
    return list(sets), np.concatenate(stats, axis=1)


@lru_cache(maxsize=64)
def _layout(m: int, k: int) -> tuple[tuple[tuple[int, ...], ...], np.ndarray, np.ndarray, np.ndarray]:
    """(the k-member sets of m pool indices, as tuples and as a sets x k index array; for each set, the
    first and the second member of each of its pairs, as sets x pairs index arrays). They depend on the
    two sizes alone (5 and 3 for 3 points), so they are made once, not per article."""
    sets = tuple(combinations(range(m), k))
    idx = np.array(sets, dtype=np.int64).reshape(len(sets), k)
    pairs = np.array(list(combinations(range(k), 2)), dtype=np.int64).reshape(-1, 2)
    first, second = idx[:, pairs[:, 0]], idx[:, pairs[:, 1]]
    for a in (idx, first, second):
        a.flags.writeable = False  # shared by every call
    return sets, idx, first, second


def expand(x: np.ndarray, mean: np.ndarray, std: np.ndarray) -> np.ndarray:
    """Standardised features, their pairwise products (upper triangle with squares) and a bias column."""
    z = (x - mean) / std
    iu, ju = np.triu_indices(z.shape[1])
    return np.hstack([z, z[:, iu] * z[:, ju], np.ones((len(z), 1))])


class SetScorer:
    """The fitted ridge regression: predicted ROUGE of a set, relative to the article's other sets."""

    def __init__(self, mean: np.ndarray, std: np.ndarray, weights: np.ndarray) -> None:
        self.mean, self.std, self.weights = mean, std, weights
        # The same prediction as expand(x) @ weights, as z.w + z'Qz: no 276-column matrix per article.
        f = len(mean)
        iu, ju = np.triu_indices(f)
        quad = np.zeros((f, f))
        quad[iu, ju] = weights[f:-1] / 2
        quad += quad.T  # the diagonal (squares) doubles back to its weight
        self._linear, self._quad, self._bias = weights[:f], quad, weights[-1]

    def score(self, x: np.ndarray) -> np.ndarray:
        z = (x - self.mean) / self.std
        return z @ self._linear + np.add.reduce((z @ self._quad) * z, axis=1) + self._bias

    def to_json(self) -> dict[str, object]:
        return {"features": list(SET_FEATURES), "lambda": RIDGE_LAMBDA, "pool_extra": SET_POOL_EXTRA,
                "mean": self.mean.tolist(), "std": self.std.tolist(), "weights": self.weights.tolist()}

    @classmethod
    def fit(cls, xtx: np.ndarray, xty: np.ndarray, mean: np.ndarray, std: np.ndarray) -> SetScorer:
        """From accumulated Z'Z and Z'y of the expanded features (`expand`), so training never holds Z."""
        reg = RIDGE_LAMBDA * np.eye(len(xtx))
        reg[-1, -1] = 0.0  # the bias is not shrunk
        return cls(mean, std, np.linalg.solve(xtx + reg, xty))


@lru_cache(maxsize=4)
def load_set_scorer(model_dir: str) -> SetScorer | None:
    """The shipped set scorer, or None when the model folder has none (then compose stays greedy)."""
    path = Path(model_dir) / SETS_FILE
    if not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        d = json.load(fh)
    if tuple(d["features"]) != SET_FEATURES:
        raise RuntimeError("the shipped set scorer was fitted on other features; rerun `keypoints train`")
    return SetScorer(np.array(d["mean"]), np.array(d["std"]), np.array(d["weights"]))


def choose_set(
    doc: Document,
    scores: Mapping[int, float],
    pool: Sequence[int],
    points: int,
    greedy: Sequence[int],
    scorer: SetScorer,
) -> list[int] | None:
    """Pool indices of the best-scoring set, or None when no set passes the near-repeat guard."""
    if len(pool) <= points:
        return None  # one possible set: the greedy pick already is it (or has fewer)
    sets, x = set_features(doc, scores, pool, points, greedy)
    pred = scorer.score(x)
    pred[x[:, SET_FEATURES.index("max_overlap")] > SET_OVERLAP_MAX] = -np.inf
    best = int(np.argmax(pred))
    if not np.isfinite(pred[best]):
        return None
    return list(sets[best])
