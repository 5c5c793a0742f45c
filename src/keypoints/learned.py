"""The learned ranker: LightGBM over case-free sentence features, trained by `keypoints train`.

The model and its IDF table ship inside the package (`model/`), load once per process on first
use, and need no network. `model/MODEL_CARD.md` says what it was trained on and how well it does.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .features import FEATURE_NAMES, document_features
from .records import Document
from .settings import DEFAULT_SETTINGS, Settings

MODEL_DIR = Path(__file__).with_name("model")
MODEL_FILE = "ranker.txt.gz"
IDF_FILE = "idf.json.gz"


@lru_cache(maxsize=4)
def load_model(model_dir: str = str(MODEL_DIR)) -> tuple[Any, dict[str, float]]:
    """The LightGBM booster and IDF table, loaded once per process (and per folder)."""
    import lightgbm as lgb

    with gzip.open(Path(model_dir) / MODEL_FILE, "rt", encoding="utf-8") as fh:
        booster = lgb.Booster(model_str=fh.read())
    if tuple(booster.feature_name()) != FEATURE_NAMES:
        raise RuntimeError("the shipped ranker was trained on other features; rerun `keypoints train`")
    with gzip.open(Path(model_dir) / IDF_FILE, "rt", encoding="utf-8") as fh:
        idf = json.load(fh)
    return booster, _common_first(idf)


def _common_first(idf: dict[str, float]) -> dict[str, float]:
    """The same table, rebuilt commonest word (lowest IDF) first with fresh key and value objects.

    An article looks up ~240 words in this 56,000-entry table; each lookup reads the entry, the key
    string and the value float, scattered over ~6 MB in file (alphabetical) order, so most lookups
    missed the CPU caches (a sixth of the features' time). Allocated in this order, the words news
    uses most sit together in a few hundred KB: lookups ~35% faster, the table unchanged."""
    return {(w + " ")[:-1]: v * 1.0 for w, v in sorted(idf.items(), key=lambda item: item[1])}  # new objects


@lru_cache(maxsize=4)
def load_predictor(model_dir: str = str(MODEL_DIR)) -> Callable[[np.ndarray], list[float]]:
    """Rows -> probabilities of the shipped ranker: `forest.Forest` (LightGBM's numbers, ~40% faster on an
    article's ~30 rows), or the booster itself for a model the forest cannot reproduce."""
    from .forest import Forest

    return Forest.for_booster(load_model(model_dir)[0])


def model_folder(model_dir: str | None) -> str:
    """`Settings.model_dir`, or the package's own model folder when it is None."""
    return model_dir or str(MODEL_DIR)


def model_available(model_dir: str = str(MODEL_DIR)) -> bool:
    return (Path(model_dir) / MODEL_FILE).exists()


def score_sentences_learned(doc: Document, settings: Settings = DEFAULT_SETTINGS) -> dict[int, float]:
    """Sentence id -> probability that the sentence belongs in the Key Points, for body sentences."""
    folder = model_folder(settings.model_dir)
    body, x = document_features(doc, load_model(folder)[1])
    if not body:
        return {}
    return dict(zip([s.id for s in body], load_predictor(folder)(x)))
