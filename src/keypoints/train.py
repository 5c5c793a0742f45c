"""`keypoints train`: reproduce the shipped sentence ranker from the CNN/DailyMail training data.

Steps: IDF table from the training articles -> greedy ROUGE-oracle labels per article (the set of
body sentences maximising ROUGE-1 + ROUGE-2 F1 against the reference highlights) -> features
(`features.py`, cached) -> LightGBM binary classifier, fixed seed -> the set scorer (`sets.py`): every
3-sentence set of each article's top 5 candidates, scored by the new ranker, regressed on its ROUGE.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import multiprocessing
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError
from .features import FEATURE_NAMES, FEATURES_VERSION, document_features
from .ingest import from_text
from .lexical import words

MODEL_DIR = Path(__file__).with_name("model")
ORACLE_MAX = 4
"""Oracle sets stop at this many sentences: CNN/DM has 3.8 highlights per article on average."""
IDF_MIN_DF = 5
"""Words in fewer training articles get the default IDF: keeps the shipped table small."""
PARAMS: dict[str, Any] = {
    "objective": "binary",
    "learning_rate": 0.1,
    "num_leaves": 31,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "num_threads": 2,
    "verbose": -1,
}
ROUNDS = 150
"""150 trees at rate 0.1 rank as well as 400 at 0.05 (validation, below) and predict 2.5x faster."""

_STEM: dict[str, str] = {}


def rouge_tokens(text: str) -> list[str]:
    """rouge-score's tokenisation (lowercase, alphanumerics, Porter stem on words > 3 chars), cached."""
    stemmer = _stemmer()
    out = []
    for w in words(text.replace("'", " ").replace("’", " ")):
        s = _STEM.get(w)
        if s is None:
            s = stemmer.stem(w) if len(w) > 3 else w
            _STEM[w] = s
        out.append(s)
    return out


_PORTER: Any = None


def _stemmer() -> Any:
    global _PORTER
    if _PORTER is None:
        from nltk.stem import porter

        _PORTER = porter.PorterStemmer()
    return _PORTER


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f1(overlap: int, cand: int, ref: int) -> float:
    if not overlap or not cand or not ref:
        return 0.0
    p, r = overlap / cand, overlap / ref
    return 2 * p * r / (p + r)


def _rouge12(c1: Counter[tuple[str, ...]], c2: Counter[tuple[str, ...]],
             ref1: Counter[tuple[str, ...]], ref2: Counter[tuple[str, ...]], n1: int, n2: int) -> float:
    """ROUGE-1 + ROUGE-2 F1 of candidate n-gram counts against the reference's (n1, n2: its totals)."""
    return _f1(sum((c1 & ref1).values()), sum(c1.values()), n1) + _f1(sum((c2 & ref2).values()), sum(c2.values()), n2)


def oracle(sent_tokens: list[list[str]], ref_tokens: list[str]) -> list[int]:
    """Greedy: add the sentence that most raises ROUGE-1 + ROUGE-2 F1; stop when nothing does."""
    ref1, ref2 = _ngrams(ref_tokens, 1), _ngrams(ref_tokens, 2)
    n1, n2 = sum(ref1.values()), sum(ref2.values())
    grams = [(_ngrams(t, 1), _ngrams(t, 2)) for t in sent_tokens]
    chosen: list[int] = []
    cur1: Counter[tuple[str, ...]] = Counter()
    cur2: Counter[tuple[str, ...]] = Counter()
    best = 0.0
    while len(chosen) < ORACLE_MAX:
        pick, pick_score = -1, best
        for i, (g1, g2) in enumerate(grams):
            if i in chosen:
                continue
            score = _rouge12(cur1 + g1, cur2 + g2, ref1, ref2, n1, n2)
            if score > pick_score:
                pick, pick_score = i, score
        if pick < 0:
            break
        chosen.append(pick)
        cur1 += grams[pick][0]
        cur2 += grams[pick][1]
        best = pick_score
    return chosen


def read_cnndm(path: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            yield json.loads(line)


def build_idf(path: str, limit: int | None = None) -> dict[str, float]:
    df: Counter[str] = Counter()
    n = 0
    for rec in read_cnndm(path, limit):
        df.update(set(words(rec["article"])))
        n += 1
    return {w: round(math.log(n / d), 3) for w, d in df.items() if d >= IDF_MIN_DF}


def _article_rows(args: tuple[str, list[str], dict[str, float]]) -> tuple[np.ndarray, np.ndarray] | None:
    article, highlights, idf = args
    try:
        doc = from_text(article)
    except InputError:
        return None
    body, x = document_features(doc, idf)
    if not body:
        return None
    labels = np.zeros(len(body), dtype=np.float32)
    labels[oracle([rouge_tokens(s.text) for s in body], rouge_tokens("\n".join(highlights)))] = 1.0
    return x, labels


_IDF: dict[str, float] = {}


def _init(idf: dict[str, float]) -> None:
    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    _IDF.update(idf)


def _rows_worker(rec: tuple[str, list[str]]) -> tuple[np.ndarray, np.ndarray] | None:
    return _article_rows((rec[0], rec[1], _IDF))


PROGRESS_EVERY = 2000
"""Articles between progress lines on stderr: a full run is 9-15 minutes, a line every 10-40 s."""


def _progress(stage: str, done: int, t0: float) -> None:
    if done % PROGRESS_EVERY == 0:
        print(f"train: {stage}: {done} articles, {time.time() - t0:.0f} s", file=sys.stderr, flush=True)


def featurise(path: str, idf: dict[str, float], limit: int | None, workers: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(X, y, group sizes) for every article, in file order."""
    recs = ((r["article"], r["highlights"]) for r in read_cnndm(path, limit))
    xs, ys, groups = [], [], []
    t0 = time.time()
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(idf,)) as pool:
        for done, out in enumerate(pool.map(_rows_worker, recs, chunksize=64), 1):
            _progress("ranker features", done, t0)
            if out is None:
                continue
            xs.append(out[0])
            ys.append(out[1])
            groups.append(len(out[1]))
    return np.vstack(xs), np.concatenate(ys), np.array(groups)


SET_POINTS = 3
"""Sets are fitted at the default number of points (CNN/DM has 3.8 highlights per article)."""
_BOOSTER: list[Any] = []


def _init_sets(idf: dict[str, float], model_str: str) -> None:
    import lightgbm as lgb

    _init(idf)
    _BOOSTER[:] = [lgb.Booster(model_str=model_str)]


def _set_rows(rec: tuple[str, list[str]]) -> tuple[np.ndarray, np.ndarray] | None:
    """Set features of one training article and each set's ROUGE-1 + ROUGE-2 F1, centred per article.

    Scores come from the ranker just trained (in-sample): that is what the set scorer will see at
    run time, up to its slight over-confidence on its own training articles."""
    from .compose import pick
    from .sets import SET_POOL_EXTRA, set_features

    try:
        doc = from_text(rec[0])
    except InputError:
        return None
    body, x = document_features(doc, _IDF)
    if not body:
        return None
    scores = {s.id: float(p) for s, p in zip(body, _BOOSTER[0].predict(x, num_threads=1))}
    greedy, pool = pick(doc, scores, SET_POINTS, pool_size=SET_POINTS + SET_POOL_EXTRA)
    if len(pool) <= SET_POINTS:
        return None
    sets, feats = set_features(doc, scores, [c.sentence.id for c in pool], SET_POINTS, [c.sentence.id for c in greedy])
    ref = rouge_tokens("\n".join(rec[1]))
    ref1, ref2 = _ngrams(ref, 1), _ngrams(ref, 2)
    n1, n2 = sum(ref1.values()), sum(ref2.values())
    texts = (doc.text[c.start : c.sentence.end] for c in pool)  # the bullets, before any picture cue is cut
    grams = [(_ngrams(t, 1), _ngrams(t, 2)) for t in map(rouge_tokens, texts)]
    target = np.array([
        _rouge12(sum((grams[i][0] for i in members), Counter()), sum((grams[i][1] for i in members), Counter()),
                 ref1, ref2, n1, n2)
        for members in sets
    ])
    return feats, target - target.mean()


def train_sets(path: str, idf: dict[str, float], model_str: str, limit: int | None, workers: int) -> dict[str, Any]:
    """Fit the set scorer (`sets.py`) on the training articles; returns its JSON form."""
    from .sets import SetScorer, expand

    recs = ((r["article"], r["highlights"]) for r in read_cnndm(path, limit))
    xs, ys = [], []
    # Spawned, not forked: the parent has just trained LightGBM, and a forked child that touches
    # OpenMP again (loading the booster) deadlocks in libgomp.
    spawn = multiprocessing.get_context("spawn")
    t0 = time.time()
    with ProcessPoolExecutor(workers, spawn, initializer=_init_sets, initargs=(idf, model_str)) as pool:
        for done, out in enumerate(pool.map(_set_rows, recs, chunksize=64), 1):
            _progress("set scorer", done, t0)
            if out is not None:
                xs.append(out[0])
                ys.append(out[1])
    x, y = np.vstack(xs), np.concatenate(ys)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    width = expand(x[:1], mean, std).shape[1]
    xtx, xty = np.zeros((width, width)), np.zeros(width)
    for i in range(0, len(x), 50_000):  # Z is 276 columns wide: accumulate Z'Z rather than hold Z
        z = expand(x[i : i + 50_000], mean, std)
        xtx += z.T @ z
        xty += z.T @ y[i : i + 50_000]
    out = SetScorer.fit(xtx, xty, mean, std).to_json()
    out["train_articles"], out["train_sets"] = len(xs), int(len(y))
    return out


def _write_sets(out: Path, sets: dict[str, Any]) -> None:
    from .sets import SETS_FILE

    with gzip.open(out / SETS_FILE, "wt", encoding="utf-8") as fh:
        json.dump(sets, fh, separators=(",", ":"))


def _pipeline_source() -> bytes:
    """The code between an article and its feature rows: `records` too, whose Document tokenises the
    body (`body_words`, `body_terms`) for the features."""
    from . import boilerplate, features, ingest, lexical, records, segment

    modules = (boilerplate, features, ingest, lexical, records, segment)
    return b"".join(Path(m.__file__).read_bytes() for m in modules)  # type: ignore[arg-type]


def train_main(
    data_dir: str, out_dir: str | None = None, n_train: int | None = None, seed: int = 13, workers: int = 2,
    cache_dir: str | None = None,
) -> dict[str, Any]:
    import lightgbm as lgb

    out = Path(out_dir) if out_dir else MODEL_DIR
    out.mkdir(parents=True, exist_ok=True)
    train_path = os.path.join(data_dir, "cnndm_train_subset.jsonl.gz")
    if not os.path.exists(train_path):
        raise InputError(f"training data not found: {train_path}")
    t0 = time.time()
    idf = build_idf(train_path, n_train)
    cache = Path(cache_dir) if cache_dir else None
    # The key changes with the feature list and with the code that splits and featurises articles
    # (a splitter fix changes every row), so a stale cache is never read.
    digest = hashlib.sha1(",".join(FEATURE_NAMES).encode() + _pipeline_source()).hexdigest()[:8]
    key = f"train-{n_train or 'all'}-{len(idf)}-v{FEATURES_VERSION}-{digest}"
    if cache and (cache / f"{key}.npz").exists():
        z = np.load(cache / f"{key}.npz")
        x, y = z["x"], z["y"]
    else:
        x, y, _ = featurise(train_path, idf, n_train, workers)
        if cache:
            cache.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(cache / f"{key}.npz", x=x, y=y)
    t_feat = time.time() - t0
    params = dict(PARAMS, seed=seed, bagging_seed=seed, feature_fraction_seed=seed, deterministic=True)
    booster = lgb.train(params, lgb.Dataset(x, y, feature_name=list(FEATURE_NAMES)), num_boost_round=ROUNDS)
    with gzip.open(out / "ranker.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(booster.model_to_string())
    with gzip.open(out / "idf.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(idf, fh, separators=(",", ":"), sort_keys=True)
    t_sets = time.time()
    sets = train_sets(train_path, idf, booster.model_to_string(), n_train, workers)
    _write_sets(out, sets)
    gain = booster.feature_importance(importance_type="gain")
    importance = sorted(zip(FEATURE_NAMES, (float(g) for g in gain)), key=lambda kv: -kv[1])
    return {
        "date": date.today().isoformat(),
        "train_articles": int(n_train or 0) or "all",
        "train_sentences": int(len(y)),
        "positive_rate": float(y.mean()),
        "idf_words": len(idf),
        "seed": seed,
        "rounds": ROUNDS,
        "params": PARAMS,
        "seconds_features": round(t_feat, 1),
        "seconds_sets": round(time.time() - t_sets, 1),
        "set_train_articles": sets["train_articles"],
        "seconds_total": round(time.time() - t0, 1),
        "importance_gain": importance,
    }


def train_sets_main(data_dir: str, out_dir: str | None = None, n_train: int | None = None, workers: int = 2) -> dict[str, Any]:
    """Refit only the set scorer, against the ranker and IDF table already in the model folder."""
    out = Path(out_dir) if out_dir else MODEL_DIR
    train_path = os.path.join(data_dir, "cnndm_train_subset.jsonl.gz")
    if not os.path.exists(train_path):
        raise InputError(f"training data not found: {train_path}")
    if not (out / "ranker.txt.gz").exists():
        raise InputError(f"no ranker in {out}: run `keypoints train` without --sets-only first")
    t0 = time.time()
    with gzip.open(out / "ranker.txt.gz", "rt", encoding="utf-8") as fh:
        model_str = fh.read()
    with gzip.open(out / "idf.json.gz", "rt", encoding="utf-8") as fh:
        idf = json.load(fh)
    sets = train_sets(train_path, idf, model_str, n_train, workers)
    _write_sets(out, sets)
    return {"date": date.today().isoformat(), "set_train_articles": sets["train_articles"],
            "set_train_sets": sets["train_sets"], "seconds_sets": round(time.time() - t0, 1)}
