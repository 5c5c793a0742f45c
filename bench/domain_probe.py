"""Probe: weight the Daily Mail articles of the training subset so its site mix nears the evaluation mix.

The training subset is 22,294 CNN then 16,221 Daily Mail articles (58% CNN, from the chunks the data
README lists); validation is 95% and the official test mix 90.5% Daily Mail, whose highlights are
longer and closer to the lead. This retrains the ranker on the cached features of `keypoints train
--cache` with every Daily Mail row weighted w, writes each ranker beside the shipped IDF table and set
scorer, and scores validation (greedy pick and the shipped set step; per site and reweighted to the
test mix) and BBC dev in one run, Lead-3 beside them.

    .venv/bin/python bench/domain_probe.py /tmp/kp-cache/train-all-56061-v2-3a7a708c.npz --weights 1,2,4,8
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from collections import defaultdict

import lightgbm as lgb
import numpy as np
from rouge_score import rouge_scorer

from keypoints.compose import compose
from keypoints.evaluate import group_of, read_records
from keypoints.features import FEATURE_NAMES, document_features
from keypoints.ingest import from_text
from keypoints.learned import MODEL_DIR, load_model
from keypoints.settings import Settings
from keypoints.train import PARAMS, ROUNDS

N_CNN_TRAIN = 22294  # the subset lists CNN chunks first (data README): rows of the first 22,294 articles
TEST_MIX = {"cnn": 1093, "dailymail": 10397}  # official CNN/DM test split, per site


def train(x: np.ndarray, y: np.ndarray, dm_weight: float, out: str, seed: int = 13) -> None:
    starts = np.flatnonzero(x[:, 0] == 0)  # column 0 is the sentence position: 0 opens an article
    assert len(starts) == 38515, len(starts)
    w = np.ones(len(y), np.float32)
    w[starts[N_CNN_TRAIN]:] = dm_weight
    params = dict(PARAMS, seed=seed, bagging_seed=seed, feature_fraction_seed=seed, deterministic=True)
    t = time.time()
    booster = lgb.train(params, lgb.Dataset(x, y, weight=w, feature_name=list(FEATURE_NAMES)), num_boost_round=ROUNDS)
    os.makedirs(out, exist_ok=True)
    import gzip
    with gzip.open(os.path.join(out, "ranker.txt.gz"), "wt", encoding="utf-8") as fh:
        fh.write(booster.model_to_string())
    for name in ("idf.json.gz", "sets.json.gz"):
        if not os.path.exists(os.path.join(out, name)) or name == "idf.json.gz":
            shutil.copy(os.path.join(MODEL_DIR, name), os.path.join(out, name))
    print(f"w={dm_weight}: trained in {time.time() - t:.0f} s -> {out}", flush=True)


def score(folders: dict[str, str], data: str, group: bool) -> None:
    rs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    models = {k: load_model(os.path.abspath(f)) for k, f in folders.items()}
    settings = {k: (Settings(model_dir=os.path.abspath(f)), Settings(model_dir=os.path.abspath(f), select_sets=False))
                for k, f in folders.items()}
    _, idf = next(iter(models.values()))
    tot: dict[tuple[str, str], np.ndarray] = defaultdict(lambda: np.zeros(4))
    for article, refs, rec in read_records(data):
        doc = from_text(article)
        body, x = document_features(doc, idf)
        systems = {"lead3": [s.text for s in doc.sentences[:3]]}
        for k, (model, _) in models.items():
            sc = {s.id: float(p) for s, p in zip(body, model.predict(x, num_threads=1))} if body else {}
            systems[f"{k} sets"] = [b.text for b in compose(doc, sc, 3, settings[k][0])]
            systems[f"{k} greedy"] = [b.text for b in compose(doc, sc, 3, settings[k][1])]
        g = group_of(rec, "url") if group and "url" in rec else "all"
        for name, summ in systems.items():
            s = rs.score("\n".join(refs), "\n".join(summ))
            row = np.array([1, s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure])
            tot[(name, "all")] += row
            if g != "all":
                tot[(name, g)] += row
    names = sorted({n for n, _ in tot})
    groups = ["all"] + (list(TEST_MIX) if group else [])
    print(f"\n{os.path.basename(data)}")
    for g in groups + (["test-mix"] if group else []):
        for n in names:
            if g == "test-mix":
                mix = sum(TEST_MIX[s] * tot[(n, s)][1:] / tot[(n, s)][0] for s in TEST_MIX) / sum(TEST_MIX.values())
                r = 100 * mix
                count = int(tot[(n, "all")][0])
            else:
                t = tot[(n, g)]
                r, count = 100 * t[1:] / t[0], int(t[0])
            print(f"{g:10s} {n:16s} n={count:5d} R1={r[0]:.2f} R2={r[1]:.2f} RLsum={r[2]:.2f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cache")
    ap.add_argument("--weights", default="1,2,4,8")
    ap.add_argument("--root", default="/tmp/kp-domain")
    ap.add_argument("--skip-train", action="store_true", help="score the folders already under --root")
    ap.add_argument("--data", default="../shared/data")
    args = ap.parse_args()
    folders = {f"w{w}": os.path.join(args.root, f"w{w}") for w in args.weights.split(",")}
    if not args.skip_train:
        z = np.load(args.cache)
        x, y = z["x"], z["y"]
        for w, f in zip(args.weights.split(","), folders.values()):
            train(x, y, float(w), f)
    score(folders, os.path.join(args.data, "cnndm_validation_partial.jsonl.gz"), group=True)
    score(folders, os.path.join(args.data, "bbc_summary_dev.jsonl.gz"), group=False)


if __name__ == "__main__":
    main()
