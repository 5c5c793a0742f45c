"""Do static MiniLM word embeddings help the ranker? Validation ROUGE with and without them.

Reads the table made by `tools/distill_embeddings.py` (not shipped), builds the shipped features plus
embedding features for every training and validation article, trains the shipped LightGBM setup
three ways and scores each on validation (3 sentences, the shipped compose):
  base  the 25 shipped features
  sims  + 6 embedding similarities (cosine of the IDF-weighted sentence vector to the document, the
        lead, the first sentence; mean cosine to the others and its rank; max cosine to earlier ones)
  dims  + sims + the first 16 dimensions of the sentence vector itself (what kind of sentence it is)

    .venv/bin/python bench/embedding_probe.py --table /tmp/embeddings64.npz --cache /tmp/kp-emb
"""

from __future__ import annotations

import argparse
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from keypoints.compose import compose
from keypoints.errors import InputError
from keypoints.evaluate import read_records
from keypoints.features import document_features
from keypoints.ingest import from_text
from keypoints.learned import load_model
from keypoints.lexical import STOPWORDS, words
from keypoints.settings import Settings
from keypoints.train import PARAMS, ROUNDS, oracle, read_cnndm, rouge_tokens

SIMS = 6
DIMS = 16
_TABLE: dict = {}


GREEDY = Settings(select_sets=False)
"""Both systems compose greedily, as when this probe was run (before the set scorer)."""


def _init(table: str) -> None:
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    z = np.load(table)
    _TABLE["E"] = z["vectors"].astype(np.float32) * z["scale"]
    _TABLE["row"] = {w: i for i, w in enumerate(z["words"].tolist())}
    _TABLE["idf"] = load_model()[1]


def embedding_features(body: list) -> np.ndarray:
    E, row, idf = _TABLE["E"], _TABLE["row"], _TABLE["idf"]
    n = len(body)
    S = np.zeros((n, E.shape[1]), np.float32)
    for i, s in enumerate(body):
        ws = [w for w in words(s.text) if w not in STOPWORDS and w in row]
        if ws:
            S[i] = np.array([idf.get(w, 10.0) for w in ws], np.float32) @ E[[row[w] for w in ws]]
    norm = np.linalg.norm(S, axis=1)
    S /= np.where(norm == 0, 1, norm)[:, None]
    return np.column_stack([similarity_features(S), S[:, :DIMS]]).astype(np.float32)


def similarity_features(S: np.ndarray) -> np.ndarray:
    """The SIMS columns from unit sentence vectors: cosine to the document, the lead and the first
    sentence; mean cosine to the others and its rank; max cosine to earlier sentences."""
    n = len(S)
    sim = S @ S.T
    np.fill_diagonal(sim, 0)

    def cos(v: np.ndarray) -> np.ndarray:
        nv = np.linalg.norm(v)
        return S @ v / nv if nv else np.zeros(n)

    cent = sim.sum(1) / max(n - 1, 1)
    rank = np.empty(n)
    rank[np.argsort(-cent, kind="stable")] = np.arange(n)
    novelty = np.array([sim[i, :i].max() if i else 0.0 for i in range(n)])
    return np.column_stack([cos(S.sum(0)), cos(S[:3].sum(0)), sim[:, 0], cent, rank, novelty]).astype(np.float32)


def _train_rows(rec: tuple[str, list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    try:
        doc = from_text(rec[0])
    except InputError:
        return None
    body, x = document_features(doc, _TABLE["idf"])
    if not body:
        return None
    y = np.zeros(len(body), np.float32)
    y[oracle([rouge_tokens(s.text) for s in body], rouge_tokens("\n".join(rec[1])))] = 1.0
    return x, embedding_features(body), y


def main() -> None:
    import lightgbm as lgb
    from rouge_score import rouge_scorer

    ap = argparse.ArgumentParser()
    ap.add_argument("--table", required=True)
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--cache", default=None)
    args = ap.parse_args()
    t0 = time.time()
    cached = Path(args.cache) / f"train-{Path(args.table).stem}.npz" if args.cache else None
    if cached and cached.exists():
        z = np.load(cached)
        X, XE, y = z["x"], z["xe"], z["y"]
    else:
        recs = ((r["article"], r["highlights"]) for r in read_cnndm(os.path.join(args.data, "cnndm_train_subset.jsonl.gz")))
        parts = []
        with ProcessPoolExecutor(2, initializer=_init, initargs=(args.table,)) as pool:
            parts = [p for p in pool.map(_train_rows, recs, chunksize=64) if p is not None]
        X, XE, y = (np.vstack([p[0] for p in parts]), np.vstack([p[1] for p in parts]), np.concatenate([p[2] for p in parts]))
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            np.savez(cached, x=X, xe=XE, y=y)
    print(f"training features: {len(y)} sentences, {time.time() - t0:.0f}s", flush=True)
    _init(args.table)
    val = []
    for article, refs, _ in read_records(os.path.join(args.data, "cnndm_validation_partial.jsonl.gz")):
        doc = from_text(article)
        body, x = document_features(doc, _TABLE["idf"])
        val.append((doc, body, x, embedding_features(body) if body else None, refs))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    params = dict(PARAMS, seed=13, bagging_seed=13, feature_fraction_seed=13, deterministic=True)
    for name, k in (("base", 0), ("sims", SIMS), ("dims", SIMS + DIMS)):
        booster = lgb.train(params, lgb.Dataset(np.hstack([X, XE[:, :k]]), y), num_boost_round=ROUNDS)
        tot = np.zeros(3)
        for doc, body, x, xe, refs in val:
            if not body:
                continue
            p = booster.predict(np.hstack([x, xe[:, :k]]), num_threads=1)
            bullets = compose(doc, {s.id: float(v) for s, v in zip(body, p)}, 3, GREEDY)
            sc = scorer.score("\n".join(refs), "\n".join(b.text for b in bullets))
            tot += [sc["rouge1"].fmeasure, sc["rouge2"].fmeasure, sc["rougeLsum"].fmeasure]
        r1, r2, rl = 100 * tot / len(val)
        print(f"{name:5s} n={len(val)} R1={r1:.2f} R2={r2:.2f} RLsum={rl:.2f}", flush=True)


if __name__ == "__main__":
    main()
