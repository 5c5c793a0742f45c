"""Probe: choices in the pick step that the shipped settings fix, scored on the same ranker scores.

Variants (ninth session): pronoun-opening sentences allowed as bullets (`Settings.skip_pronoun_start`),
and a preference for shorter sets in the set scorer (its prediction minus `lam` x the set's mean words;
the prediction is in ROUGE-1 + ROUGE-2 F1 units, so 0.002 trades 0.01 of it for 5 fewer words a bullet).

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/compose_probe.py ../shared/data/cnndm_validation_partial.jsonl.gz
    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/compose_probe.py ../shared/data/bbc_summary_dev.jsonl.gz
"""

from __future__ import annotations

import argparse
import dataclasses
import os

import numpy as np
from rouge_tally import Tally

from keypoints import compose, sets
from keypoints.evaluate import read_records
from keypoints.ingest import from_text
from keypoints.lexical import words
from keypoints.rank import score_sentences
from keypoints.settings import DEFAULT_SETTINGS

MEAN_WORDS = sets.SET_FEATURES.index("mean_words")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--lams", default="0.0005,0.001,0.002,0.004")
    args = ap.parse_args()
    lam = [0.0]
    shipped_score = sets.SetScorer.score

    def shorter(self: sets.SetScorer, x: np.ndarray) -> np.ndarray:
        return shipped_score(self, x) - lam[0] * x[:, MEAN_WORDS]

    sets.SetScorer.score = shorter  # type: ignore[method-assign]
    variants = {"shipped": (DEFAULT_SETTINGS, 0.0),
                "pronoun starts": (dataclasses.replace(DEFAULT_SETTINGS, skip_pronoun_start=False), 0.0)}
    variants.update({f"shorter lam={v}": (DEFAULT_SETTINGS, float(v)) for v in args.lams.split(",") if v})
    tally = Tally()
    bullet_words: dict[str, list[float]] = {v: [] for v in variants}
    for article, refs, rec in read_records(args.data, args.n):
        doc = from_text(article)
        scores = score_sentences(doc, DEFAULT_SETTINGS)
        for name, (settings, lam_value) in variants.items():
            lam[0] = lam_value
            summary = [b.text for b in compose.compose(doc, scores, 3, settings)]
            tally.add(name, refs, summary, rec)
            bullet_words[name].append(float(np.mean([len(words(t)) for t in summary])) if summary else 0.0)
    tally.report(os.path.basename(args.data))
    print("\nwords per bullet: " + ", ".join(f"{v} {np.mean(w):.1f}" for v, w in bullet_words.items()))


if __name__ == "__main__":
    main()
