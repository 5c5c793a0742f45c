"""Probe: average the probabilities of rankers trained with other seeds (bagging ensembles), shipped
set scorer on top. Retrains from the feature cache `keypoints train --cache` wrote for the shipped
ranker (earlier segmentation), scores validation (per site, test mix) and BBC dev in one run.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/ensemble_probe.py
"""
import time, sys, os
from collections import defaultdict
import numpy as np, lightgbm as lgb
from rouge_score import rouge_scorer
from keypoints.compose import compose
from keypoints.evaluate import group_of, read_records
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
rs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
for data, grouped in (("../shared/data/cnndm_validation_partial.jsonl.gz", True), ("../shared/data/bbc_summary_dev.jsonl.gz", False)):
    tot = defaultdict(lambda: np.zeros(4))
    for art, refs, rec in read_records(data):
        doc = from_text(art); body, f = document_features(doc, idf)
        g = group_of(rec, "url") if grouped else "all"
        for name, models in systems.items():
            sc = {s.id: float(p) for s, p in zip(body, np.mean([m.predict(f, num_threads=1) for m in models], axis=0))} if body else {}
            summ = [b.text for b in compose(doc, sc, 3, S)]
            s = rs.score("\n".join(refs), "\n".join(summ))
            row = np.array([1, s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure])
            tot[(name, "all")] += row
            if g != "all": tot[(name, g)] += row
    print("\n" + os.path.basename(data))
    for (name, g), t in sorted(tot.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        print(f"{g:10} {name:12} n={int(t[0])} " + " / ".join(f"{100*v/t[0]:.2f}" for v in t[1:]), flush=True)
    if grouped:
        for name in systems:
            mix = (1093 * tot[(name, "cnn")][1:] / tot[(name, "cnn")][0] + 10397 * tot[(name, "dailymail")][1:] / tot[(name, "dailymail")][0]) / 11490
            print(f"test-mix   {name:12} " + " / ".join(f"{100*v:.2f}" for v in mix), flush=True)
