"""ROUGE of several model folders and Lead-3 on the same articles, per site and reweighted to the test mix.

Used to decide whether a retrained model replaces the shipped one (MODEL_CARD.md):

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/model_compare.py \
        ../shared/data/cnndm_validation_partial.jsonl.gz src/keypoints/model /tmp/kp-new
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

import keypoints  # noqa: E402
from keypoints.errors import InputError  # noqa: E402
from keypoints.evaluate import lead_system, read_records  # noqa: E402
from keypoints.ingest import from_text  # noqa: E402
from rouge_tally import Tally  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("models", nargs="+", help="model folders (ranker.txt.gz, idf.json.gz, sets.json.gz)")
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--points", type=int, default=3)
    args = ap.parse_args()
    tally = Tally()
    for article, refs, rec in read_records(args.data, args.n):
        try:
            doc = from_text(article)
        except InputError:
            doc = None
        for folder in args.models:
            settings = keypoints.Settings(model_dir=folder)
            bullets = keypoints.brief(doc, args.points, settings=settings).bullets if doc else ()
            tally.add(os.path.basename(folder.rstrip("/")), refs, [b.text for b in bullets], rec)
        tally.add("lead3", refs, lead_system(article, args.points), rec)
    tally.report(args.data)


if __name__ == "__main__":
    main()
