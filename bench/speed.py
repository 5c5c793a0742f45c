"""Speed of each system on one process: articles/s (median of runs) and peak RSS.

Each system runs in a fresh subprocess so its peak RSS is its own (the articles held in memory
are the same for all systems). Usage:

    .venv/bin/python bench/speed.py ../shared/data/cnndm_validation_partial.jsonl.gz --n 1000 --runs 5

By default every run briefs the same n articles (the first run after one warm-up article); `--fresh`
gives each run n articles the process has not seen, after a warm-up pass over n others, which is what
a corpus job meets (nupunkt memoises its per-context decisions, so repeats run faster).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

CHILD = r"""
import json, resource, statistics, sys, time
from keypoints.evaluate import SYSTEMS, read_records
path, n, runs, name, points = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
fresh = len(sys.argv) > 6 and sys.argv[6] == "fresh"
run = SYSTEMS[name]()
if fresh:
    # Every run on articles this process has not seen, after a warm-up pass over others: the sentence
    # splitter memoises its decisions per context, so briefing the same articles again is faster than
    # a corpus of new ones (5-10% for keypoints). Needs (runs + 1) x n articles.
    pool = [a for a, _, _ in read_records(path, n * (runs + 1))]
    if len(pool) < n * (runs + 1):
        sys.exit(f"--fresh needs {n * (runs + 1)} articles, the file has {len(pool)}")
    batches = [pool[i * n:(i + 1) * n] for i in range(runs + 1)]
    for a in batches.pop(0):
        run(a, points)
else:
    articles = [a for a, _, _ in read_records(path, n)]
    run(articles[0], points)  # warm-up: imports and model loading are start-up, not throughput
    batches = [articles] * runs
rates = []
for articles in batches:
    t0 = time.perf_counter()
    for a in articles:
        run(a, points)
    rates.append(len(articles) / (time.perf_counter() - t0))
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"system": name, "n": len(batches[0]), "articles_per_s": statistics.median(rates),
                  "runs": [round(r, 1) for r in rates], "peak_rss_mb": round(rss_mb, 1)}))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--points", type=int, default=3)
    ap.add_argument("--systems", default="keypoints,lead3,sumy-lexrank,sumy-textrank")
    ap.add_argument("--fresh", action="store_true",
                    help="each run on new articles (after a warm-up on others), not the same n again")
    args = ap.parse_args()
    print(f"| system | n | articles/s (median of {args.runs}) | runs | peak RSS MB |")
    print("|---|---:|---:|---|---:|")
    for name in args.systems.split(","):
        env_cmd = [sys.executable, "-c", CHILD, args.data, str(args.n), str(args.runs), name, str(args.points)]
        if args.fresh:
            env_cmd.append("fresh")
        # PYTHONPATH passes through: without it the child imported the installed (editable) package, not
        # the tree `PYTHONPATH=src` named, and measured another checkout's code.
        env = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PATH": ""}
        for passed in ("PYTHONPATH", "KEYPOINTS_PURE_PYTHON"):  # which tree; the C code off (README)
            if passed in os.environ:
                env[passed] = os.environ[passed]
        out = subprocess.run(env_cmd, check=True, capture_output=True, text=True, env=env).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"| {r['system']} | {r['n']} | {r['articles_per_s']:.0f} | {r['runs']} | {r['peak_rss_mb']:.0f} |",
              flush=True)


if __name__ == "__main__":
    main()
