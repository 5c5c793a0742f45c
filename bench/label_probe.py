"""Probe: label each training sentence by per-highlight alignment (the body sentence with the best
ROUGE-1 + ROUGE-2 F1 against each highlight) instead of the greedy ROUGE oracle, retrain the ranker on
the cached features of `keypoints train --cache`, and compare greedy picks on validation (model card).

    .venv/bin/python bench/label_probe.py /tmp/kp-cache/train-all-56061-v2-3a7a708c.npz   # ~7 min on 2 cores
"""
import gzip, json, multiprocessing, os, sys, time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
import numpy as np, lightgbm as lgb
from keypoints.train import rouge_tokens, _ngrams, _f1, oracle, read_cnndm, PARAMS, ROUNDS
from keypoints.features import FEATURE_NAMES, document_features
from keypoints.errors import InputError

DATA = "../shared/data"

def labels(rec):
    from keypoints.ingest import from_text
    try:
        doc = from_text(rec[0])
    except InputError:
        return None
    body = doc.body[:500]
    if not body:
        return None
    toks = [rouge_tokens(s.text) for s in body]
    greedy = np.zeros(len(body), np.int8); greedy[oracle(toks, rouge_tokens("\n".join(rec[1])))] = 1
    align = np.zeros(len(body), np.int8)
    sg = [(_ngrams(t, 1), _ngrams(t, 2)) for t in toks]
    for h in rec[1]:
        ht = rouge_tokens(h); h1, h2 = _ngrams(ht, 1), _ngrams(ht, 2)
        n1, n2 = sum(h1.values()), sum(h2.values())
        best, bi = 0.0, -1
        for i, (g1, g2) in enumerate(sg):
            s = _f1(sum((g1 & h1).values()), sum(g1.values()), n1) + _f1(sum((g2 & h2).values()), sum(g2.values()), n2)
            if s > best: best, bi = s, i
        if bi >= 0: align[bi] = 1
    return greedy, align


def train_and_score(x, variants):
    from rouge_score import rouge_scorer
    from keypoints.learned import load_model
    from keypoints.evaluate import read_records
    from keypoints.ingest import from_text
    from keypoints.compose import compose
    from keypoints.settings import Settings
    params = dict(PARAMS, seed=13, bagging_seed=13, feature_fraction_seed=13, deterministic=True)
    boosters = {}
    for name, y in variants.items():
        t = time.time()
        boosters[name] = lgb.train(params, lgb.Dataset(x, y.astype(np.float32), feature_name=list(FEATURE_NAMES)), num_boost_round=ROUNDS)
        print(name, "trained", round(time.time() - t), "s", flush=True)
    _, idf = load_model()
    greedy = Settings(select_sets=False)
    sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    tot = {k: np.zeros(3) for k in boosters}; n = 0
    for art, refs, rec in read_records(os.path.join(DATA, "cnndm_validation_partial.jsonl.gz")):
        doc = from_text(art); body, f = document_features(doc, idf)
        n += 1
        if not body: continue
        for name, b in boosters.items():
            scores = {s.id: float(p) for s, p in zip(body, b.predict(f, num_threads=1))}
            out = [x.text for x in compose(doc, scores, 3, greedy)]
            s = sc.score("\n".join(refs), "\n".join(out))
            tot[name] += [s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure]
    for name, t in tot.items():
        print(name, "greedy pick R1/R2/RLsum", np.round(100 * t / n, 2))


if __name__ == "__main__":
    z = np.load(sys.argv[1]); x, y = z["x"], z["y"]
    recs = ((r["article"], r["highlights"]) for r in read_cnndm(os.path.join(DATA, "cnndm_train_subset.jsonl.gz")))
    G, A = [], []
    t = time.time()
    with ProcessPoolExecutor(2, multiprocessing.get_context("spawn")) as pool:
        for out in pool.map(labels, recs, chunksize=64):
            if out is None: continue
            G.append(out[0]); A.append(out[1])
    g, a = np.concatenate(G), np.concatenate(A)
    print("rows", len(g), "cache rows", len(y), "greedy matches cache:", len(g) == len(y) and bool((g == y).all()), round(time.time() - t), "s", flush=True)
    print("positive rates greedy", g.mean(), "align", a.mean(), "union", np.maximum(g, a).mean())
    train_and_score(x, {"greedy oracle (shipped)": g, "alignment": a, "union": np.maximum(g, a)})
