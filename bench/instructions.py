"""A fixed `brief` workload for counting instructions, the comparison this noisy machine cannot spoil.

Briefs 200 CNN/DM validation articles once (warm-up: imports, model, memos), then `passes` more times:
the same 200 (default, "warm"), or 200 others it has not seen (`--fresh`, what a corpus job meets).
Instructions per brief are (count with passes=1 - count with passes=0) / 200, under valgrind:

    for k in 0 1; do PYTHONHASHSEED=0 OPENBLAS_NUM_THREADS=1 PYTHONPATH=src valgrind --tool=cachegrind \
        --cache-sim=no --cachegrind-out-file=/dev/null .venv/bin/python bench/instructions.py $k [--fresh] \
        2>&1 | grep "I *refs"; done

(run it with PYTHONPATH=/tmp/kp-base/src for an older tree, `git worktree add /tmp/kp-base <commit>`).
"""

from __future__ import annotations

import argparse

from keypoints.api import brief
from keypoints.evaluate import read_records

N = 200


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("passes", type=int)
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--data", default="../shared/data/cnndm_validation_partial.jsonl.gz")
    args = ap.parse_args()
    articles = [a for a, _, _ in read_records(args.data, 2 * N)]
    for a in articles[:N]:
        brief(a, 3)
    measured = articles[N:] if args.fresh else articles[:N]
    for _ in range(args.passes):
        for a in measured:
            brief(a, 3)


if __name__ == "__main__":
    main()
