"""Probe: average the probabilities of rankers trained with other seeds (bagging ensembles), shipped
set scorer on top. Retrains from the feature cache `keypoints train --cache` wrote for the shipped
ranker (earlier segmentation), scores validation (per site, test mix) and BBC dev in one run.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/ensemble_probe.py
"""
import os
import sys
import time

import lightgbm as lgb
import numpy as np
from rouge_tally import Tally

from keypoints.compose import compose
from keypoints.evaluate import read_records
from keypoints.features import FEATURE_NAMES, document_features
from keypoints.ingest import from_text
from keypoints.learned import load_model, model_folder
from keypoints.settings import DEFAULT_SETTINGS as S
from keypoints.train import PARAMS, ROUNDS

z = np.load(sys.argv[1] if len(sys.argv) > 1 else "/tmp/kp-cache/train-all-56061-v2-3a7a708c.npz"); x, y = z["x"], z["y"]
shipped, idf = load_model(model_folder(None))
def fit(seed, rounds, lr):
    p = dict(PARAMS, seed=seed, bagging_seed=seed, feature_fraction_seed=seed, deterministic=True, learning_rate=lr)
    t = time.time(); b = lgb.train(p, lgb.Dataset(x, y, feature_name=list(FEATURE_NAMES)), num_boost_round=rounds)
    print(f"seed {seed} rounds {rounds} lr {lr}: {time.time()-t:.0f}s", flush=True); return b
systems = {"shipped": [shipped]}
systems["retrain13"] = [fit(13, ROUNDS, 0.1)]
systems["ens3x150"] = systems["retrain13"] + [fit(14, ROUNDS, 0.1), fit(15, ROUNDS, 0.1)]
e50 = [fit(s, 50, 0.3) for s in (13, 14, 15)]
systems["ens3x50@.3"] = e50
systems["single50@.3"] = e50[:1]
for data in ("../shared/data/cnndm_validation_partial.jsonl.gz", "../shared/data/bbc_summary_dev.jsonl.gz"):
    tally = Tally()
    for art, refs, rec in read_records(data):
        doc = from_text(art); body, f = document_features(doc, idf)
        for name, models in systems.items():
            sc = {s.id: float(p) for s, p in zip(body, np.mean([m.predict(f, num_threads=1) for m in models], axis=0))} if body else {}
            tally.add(name, refs, [b.text for b in compose(doc, sc, 3, S)], rec)
    tally.report(os.path.basename(data))
