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

import lightgbm as lgb
import numpy as np
from rouge_tally import Tally

from keypoints.compose import compose
from keypoints.evaluate import read_records
from keypoints.features import FEATURE_NAMES, document_features
from keypoints.ingest import from_text
from keypoints.learned import MODEL_DIR, load_model
from keypoints.settings import Settings
from keypoints.train import PARAMS, ROUNDS

N_CNN_TRAIN = 22294  # the subset lists CNN chunks first (data README): rows of the first 22,294 articles


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


def score(folders: dict[str, str], data: str) -> None:
    models = {k: load_model(os.path.abspath(f)) for k, f in folders.items()}
    settings = {k: (Settings(model_dir=os.path.abspath(f)), Settings(model_dir=os.path.abspath(f), select_sets=False))
                for k, f in folders.items()}
    _, idf = next(iter(models.values()))
    tally = Tally()
    for article, refs, rec in read_records(data):
        doc = from_text(article)
        body, x = document_features(doc, idf)
        tally.add("lead3", refs, [s.text for s in doc.sentences[:3]], rec)
        for k, (model, _) in models.items():
            sc = {s.id: float(p) for s, p in zip(body, model.predict(x, num_threads=1))} if body else {}
            tally.add(f"{k} sets", refs, [b.text for b in compose(doc, sc, 3, settings[k][0])], rec)
            tally.add(f"{k} greedy", refs, [b.text for b in compose(doc, sc, 3, settings[k][1])], rec)
    tally.report(os.path.basename(data))


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
    score(folders, os.path.join(args.data, "cnndm_validation_partial.jsonl.gz"))
    score(folders, os.path.join(args.data, "bbc_summary_dev.jsonl.gz"))


if __name__ == "__main__":
    main()
