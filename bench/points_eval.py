"""Set scorer vs greedy pick at each number of points, on the same articles, in one run.

The set scorer is fitted on 3-point sets only; this checks that it does no harm at 1-5 points.

    .venv/bin/python bench/points_eval.py --n 2000
"""

from __future__ import annotations

import argparse

import numpy as np
from rouge_score import rouge_scorer

from keypoints.compose import compose
from keypoints.evaluate import read_records
from keypoints.ingest import from_text
from keypoints.learned import score_sentences_learned
from keypoints.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/cnndm_validation_partial.jsonl.gz")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--model", default=None, help="model folder (default: the package's own)")
    ap.add_argument("--points", default="1,2,3,4,5")
    args = ap.parse_args()
    sets, greedy = Settings(model_dir=args.model), Settings(model_dir=args.model, select_sets=False)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    ks = [int(k) for k in args.points.split(",")]
    got: dict[tuple[str, int], list[tuple[float, float, float]]] = {}
    for article, refs, _ in read_records(args.data, args.n):
        doc = from_text(article)
        scores = score_sentences_learned(doc, sets)
        for k in ks:
            for name, st in (("sets", sets), ("greedy", greedy)):
                text = "\n".join(b.text for b in compose(doc, scores, k, st))
                sc = scorer.score("\n".join(refs), text)
                got.setdefault((name, k), []).append(
                    (sc["rouge1"].fmeasure, sc["rouge2"].fmeasure, sc["rougeLsum"].fmeasure))
    print("| points | greedy R1 / R2 / RLsum | sets R1 / R2 / RLsum | sets - greedy R1 (paired s.e.) |")
    print("|---:|---|---|---|")
    for k in ks:
        g, s = np.array(got[("greedy", k)]) * 100, np.array(got[("sets", k)]) * 100
        d = s[:, 0] - g[:, 0]
        print(f"| {k} | {' / '.join(f'{v:.2f}' for v in g.mean(0))} | {' / '.join(f'{v:.2f}' for v in s.mean(0))} "
              f"| {d.mean():+.2f} ({d.std(ddof=1) / np.sqrt(len(d)):.2f}) |")


if __name__ == "__main__":
    main()
