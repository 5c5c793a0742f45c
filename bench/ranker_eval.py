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
from keypoints.ingest import from_text
from keypoints.learned import load_model
from keypoints.features import document_features
from keypoints.rank import score_sentences_baseline
from keypoints.settings import Settings


KEEP_PRONOUN = Settings(skip_pronoun_start=False)
KEEP_CUES = Settings(trim_picture_cues=False)
NO_RULES = Settings(skip_pronoun_start=False, trim_connectives=False, trim_picture_cues=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="src/keypoints/model")
    ap.add_argument("--data", default="../shared/data/cnndm_validation_partial.jsonl.gz")
    ap.add_argument("--n", type=int, default=None)
    args = ap.parse_args()
    model, idf = load_model(os.path.abspath(args.model))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    tot: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for article, refs, rec in read_records(args.data, args.n):
        doc = from_text(article)
        body, x = document_features(doc, idf)
        learned = {s.id: float(p) for s, p in zip(body, model.predict(x, num_threads=1))} if body else {}
        systems = {
            "learned": [b.text for b in compose(doc, learned, 3)],
            "learned-keep-pronoun": [b.text for b in compose(doc, learned, 3, KEEP_PRONOUN)],
            "learned-keep-cues": [b.text for b in compose(doc, learned, 3, KEEP_CUES)],
            "learned-no-trim": [b.text for b in compose(doc, learned, 3, NO_RULES)],
            "baseline": [b.text for b in compose(doc, score_sentences_baseline(doc), 3)],
            "lead3": [s.text for s in doc.sentences[:3]],
        }
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
