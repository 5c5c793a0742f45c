"""Which set scorer picks the best sets? Fits on bench/set_probe.py's training rows, reports the mean
ROUGE-1 / ROUGE-2 of the chosen sets on the validation rows (our ROUGE tokenisation; the shipped
figures come from bench/ranker_eval.py). Ridge with extra set features, LambdaRank, and their blend
(none shipped: model card, "Tried and not shipped").

    .venv/bin/python bench/set_fit_probe.py --train /tmp/sp_train.npz --val /tmp/sp_val.npz
"""

from __future__ import annotations

import argparse

import lightgbm as lgb
import numpy as np

from keypoints.sets import SET_FEATURES, SET_OVERLAP_MAX, RIDGE_LAMBDA, expand

SET_RANK_PARAMS = {"objective": "lambdarank", "lambdarank_truncation_level": 3, "learning_rate": 0.15,
                   "num_leaves": 15, "min_data_in_leaf": 200, "feature_fraction": 0.8, "bagging_fraction": 0.8,
                   "bagging_freq": 1, "num_threads": 2, "verbose": -1}
SET_RANK_ROUNDS = 100
SET_RANK_GRADES = 5
"""Relevance: an article's best set 4, its second 3, ... its fifth and the rest 0."""

EXTRAS = {"+repeated bigrams": [0], "+centroid cosine": [1], "+top-10 keywords": [2], "+3 coverages": [0, 1, 2],
          "+member means (8 ranker features)": list(range(3, 11)), "+member mean/min/max": list(range(3, 27)),
          "+all 27": list(range(27))}


def _grades(target: np.ndarray) -> np.ndarray:
    ranks = np.empty(len(target), dtype=np.int64)
    ranks[np.argsort(-target, kind="stable")] = np.arange(len(target))
    return np.maximum(0, SET_RANK_GRADES - 1 - ranks)


def bounds(art: np.ndarray) -> list[tuple[int, int]]:
    b = np.r_[0, np.flatnonzero(np.diff(art)) + 1, len(art)]
    return list(zip(b[:-1], b[1:]))


def chosen(pred: np.ndarray, d: dict[str, np.ndarray]) -> tuple[float, float]:
    pred = np.where(d["base"][:, SET_FEATURES.index("max_overlap")] > SET_OVERLAP_MAX, -np.inf, pred)
    tot = np.zeros(2)
    spans = bounds(d["art"])
    for a, c in spans:
        p = pred[a:c]
        tot += d["r"][a + (int(np.argmax(p)) if np.isfinite(p).any() else 0)]
    return tuple(100 * tot / len(spans))  # type: ignore[return-value]


def ridge(x: np.ndarray, y: np.ndarray, xv: np.ndarray) -> np.ndarray:
    mean, std = x.mean(0), x.std(0)
    std[std == 0] = 1
    xtx, xty = 0.0, 0.0
    for i in range(0, len(x), 20000):
        z = expand(x[i:i + 20000], mean, std)
        xtx, xty = xtx + z.T @ z, xty + z.T @ y[i:i + 20000]
    reg = RIDGE_LAMBDA * np.eye(len(xtx))
    reg[-1, -1] = 0
    return expand(xv, mean, std) @ np.linalg.solve(xtx + reg, xty)


def per_article_z(p: np.ndarray, art: np.ndarray) -> np.ndarray:
    out = np.empty_like(p)
    for a, c in bounds(art):
        out[a:c] = (p[a:c] - p[a:c].mean()) / (p[a:c].std() or 1.0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--val", required=True)
    ap.add_argument("--r2-weight", type=float, default=1.0, help="fit on ROUGE-1 + this x ROUGE-2 (shipped: 1)")
    args = ap.parse_args()
    tr, va = dict(np.load(args.train)), dict(np.load(args.val))
    target = tr["r"][:, 0] + args.r2_weight * tr["r"][:, 1]
    y = np.empty_like(target)
    for a, c in bounds(tr["art"]):
        y[a:c] = target[a:c] - target[a:c].mean()
    greedy = np.where(va["base"][:, SET_FEATURES.index("is_greedy")] == 1, 1.0, 0.0)
    print(f"greedy pick            R1 {chosen(greedy, va)[0]:.2f} R2 {chosen(greedy, va)[1]:.2f}")
    print(f"oracle (best of sets)  R1 {chosen(va['r'].sum(1), va)[0]:.2f} R2 {chosen(va['r'].sum(1), va)[1]:.2f}")
    base = ridge(tr["base"], y, va["base"])
    print(f"ridge (shipped)        R1 {chosen(base, va)[0]:.2f} R2 {chosen(base, va)[1]:.2f}", flush=True)
    for name, idx in EXTRAS.items():
        p = ridge(np.hstack([tr["base"], tr["ext"][:, idx]]), y, np.hstack([va["base"], va["ext"][:, idx]]))
        print(f"ridge {name:32s} R1 {chosen(p, va)[0]:.2f} R2 {chosen(p, va)[1]:.2f}", flush=True)
    groups = [c - a for a, c in bounds(tr["art"])]
    grades = np.concatenate([_grades(y[a:c]) for a, c in bounds(tr["art"])])
    params = dict(SET_RANK_PARAMS, seed=13, bagging_seed=13, feature_fraction_seed=13, deterministic=True)
    rank = lgb.train(params, lgb.Dataset(tr["base"], grades, group=groups), num_boost_round=SET_RANK_ROUNDS)
    lr = rank.predict(va["base"])
    zr, zl = per_article_z(base, va["art"]), per_article_z(lr, va["art"])
    for w in (0.0, 0.25, 0.5, 0.75, 1.0):
        r1, r2 = chosen(w * zl + (1 - w) * zr, va)
        print(f"blend, LambdaRank share {w:.2f}  R1 {r1:.2f} R2 {r2:.2f}")


if __name__ == "__main__":
    main()
