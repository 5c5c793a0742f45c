"""Validation ROUGE of a trained ranker vs Lead-3 and the baseline, in one run, per CNN/DM site.

    .venv/bin/python bench/ranker_eval.py --model src/keypoints/model --n 4368
"""

from __future__ import annotations

import argparse
import os
from collections import defaultdict

from rouge_score import rouge_scorer

from keypoints.compose import compose
from keypoints.evaluate import group_of, read_records
from keypoints.features import document_features
from keypoints.ingest import from_text
from keypoints.learned import load_model
from keypoints.rank import score_sentences_baseline
from keypoints.settings import Settings

BASELINE = Settings(ranker="baseline")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="src/keypoints/model")
    ap.add_argument("--data", default="../shared/data/cnndm_validation_partial.jsonl.gz")
    ap.add_argument("--n", type=int, default=None)
    args = ap.parse_args()
    folder = os.path.abspath(args.model)
    model, idf = load_model(folder)
    shipped = Settings(model_dir=folder)
    variants = {
        "learned": shipped,
        "learned-greedy": Settings(model_dir=folder, select_sets=False),
        "learned-keep-pronoun": Settings(model_dir=folder, skip_pronoun_start=False),
        "learned-keep-cues": Settings(model_dir=folder, trim_picture_cues=False),
        "learned-no-trim": Settings(model_dir=folder, skip_pronoun_start=False, trim_connectives=False,
                                    trim_picture_cues=False),
    }
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    tot: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for article, refs, rec in read_records(args.data, args.n):
        doc = from_text(article)
        body, x = document_features(doc, idf)
        learned = {s.id: float(p) for s, p in zip(body, model.predict(x, num_threads=1))} if body else {}
        systems = {name: [b.text for b in compose(doc, learned, 3, st)] for name, st in variants.items()}
        systems["baseline"] = [b.text for b in compose(doc, score_sentences_baseline(doc), 3, BASELINE)]
        systems["lead3"] = [s.text for s in doc.sentences[:3]]
        g = group_of(rec, "url") if "url" in rec else rec.get("category", "all")
        for name, summ in systems.items():
            sc = scorer.score("\n".join(refs), "\n".join(summ))
            for key in (g, "all"):
                t = tot[(name, key)]
                t[0] += 1
                t[1] += sc["rouge1"].fmeasure
                t[2] += sc["rouge2"].fmeasure
                t[3] += sc["rougeLsum"].fmeasure
    for (name, g), t in sorted(tot.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        print(f"{g:10s} {name:21s} n={int(t[0]):5d} R1={100*t[1]/t[0]:.2f} R2={100*t[2]/t[0]:.2f} RLsum={100*t[3]/t[0]:.2f}")


if __name__ == "__main__":
    main()
