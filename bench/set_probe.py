"""Set-scorer probe: per-set rows (the 22 shipped set features, 27 candidate extras, each set's
ROUGE-1 and ROUGE-2 F1) for training or validation articles, saved as .npz for bench/set_fit_probe.py.

    .venv/bin/python bench/set_probe.py --split train --out /tmp/sp_train.npz   # ~4 min on 2 cores
    .venv/bin/python bench/set_probe.py --split val --out /tmp/sp_val.npz
"""
from __future__ import annotations
import argparse, gzip, json, multiprocessing, os, sys, time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from itertools import chain
import numpy as np

from keypoints.train import rouge_tokens, _ngrams, _f1, read_cnndm
from keypoints.errors import InputError

MODEL = "src/keypoints/model"
MEMBER_FEATS = ("cos_lead", "lexrank", "mean_idf", "centrality_tfidf", "novelty_prev", "n_numbers", "has_quote", "cos_first")
_S = {}

def _init(model):
    from keypoints.learned import load_model
    _S["booster"], _S["idf"] = load_model(model)

def rows(rec):
    from keypoints.ingest import from_text
    from keypoints.features import document_features, FEATURE_NAMES
    from keypoints.compose import pick
    from keypoints.sets import set_features
    from keypoints.lexical import STOPWORDS
    article, highlights = rec
    try:
        doc = from_text(article)
    except InputError:
        return None
    body, x = document_features(doc, _S["idf"])
    if not body:
        return None
    scores = {s.id: float(p) for s, p in zip(body, _S["booster"].predict(x, num_threads=1))}
    greedy, pool = pick(doc, scores, 3, pool_size=5)
    if len(pool) <= 3:
        return None
    ids = [c.sentence.id for c in pool]
    sets, base = set_features(doc, scores, ids, 3, [c.sentence.id for c in greedy])
    index = {s.id: i for i, s in enumerate(body)}
    at = [index[i] for i in ids]
    bw = doc.body_words
    idf = _S["idf"]
    # extras
    cont = [[w for w in t if w not in STOPWORDS] for t in bw]
    big = Counter()
    for t in bw:
        big.update(b for b in zip(t, t[1:]) if not (b[0] in STOPWORDS and b[1] in STOPWORDS))
    rep_big = {b for b, c in big.items() if c >= 2}
    tf = Counter(chain.from_iterable(cont))
    doc_vec = {w: c * idf.get(w, 10.0) for w, c in tf.items()}
    dnorm = sum(v * v for v in doc_vec.values()) ** 0.5 or 1.0
    keywords = set(sorted(doc_vec, key=lambda w: -doc_vec[w])[:10])
    mbig = [set(b for b in zip(bw[i], bw[i][1:]) if b in rep_big) for i in at]
    mcont = [Counter(cont[i]) for i in at]
    fi = [FEATURE_NAMES.index(f) for f in MEMBER_FEATS]
    per = x[at][:, fi].astype(np.float64)
    ext = []
    for st in sets:
        ub = set().union(*(mbig[i] for i in st))
        uc = sum((mcont[i] for i in st), Counter())
        v = {w: c * idf.get(w, 10.0) for w, c in uc.items()}
        vn = sum(a * a for a in v.values()) ** 0.5 or 1.0
        cos = sum(a * doc_vec[w] for w, a in v.items()) / (vn * dnorm)
        kw = len(keywords & set(uc)) / max(1, len(keywords))
        g = per[list(st)]
        ext.append([len(ub) / max(1, len(rep_big)), cos, kw, *g.mean(0), *g.min(0), *g.max(0)])
    ref = rouge_tokens("\n".join(highlights))
    ref1, ref2 = _ngrams(ref, 1), _ngrams(ref, 2)
    n1, n2 = sum(ref1.values()), sum(ref2.values())
    texts = (doc.text[c.start: c.sentence.end] for c in pool)
    grams = [(_ngrams(t, 1), _ngrams(t, 2)) for t in map(rouge_tokens, texts)]
    r = []
    for st in sets:
        c1 = sum((grams[i][0] for i in st), Counter()); c2 = sum((grams[i][1] for i in st), Counter())
        r.append((_f1(sum((c1 & ref1).values()), sum(c1.values()), n1), _f1(sum((c2 & ref2).values()), sum(c2.values()), n2)))
    return base, np.array(ext), np.array(r)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["train", "val"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", required=True)
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--model", default=MODEL)
    a = ap.parse_args()
    path = os.path.join(a.data, "cnndm_train_subset.jsonl.gz" if a.split == "train" else "cnndm_validation_partial.jsonl.gz")
    recs = ((r["article"], r["highlights"]) for r in read_cnndm(path, a.limit))
    B, E, R, G = [], [], [], []
    t0 = time.time()
    with ProcessPoolExecutor(2, multiprocessing.get_context("spawn"), initializer=_init, initargs=(os.path.abspath(a.model),)) as pool:
        for k, out in enumerate(pool.map(rows, recs, chunksize=64)):
            if out is None:
                continue
            B.append(out[0]); E.append(out[1]); R.append(out[2]); G.append(np.full(len(out[0]), k))
    np.savez(a.out, base=np.vstack(B), ext=np.vstack(E), r=np.vstack(R), art=np.concatenate(G))
    print(a.split, len(B), "articles", round(time.time() - t0), "s")

if __name__ == "__main__":
    main()
