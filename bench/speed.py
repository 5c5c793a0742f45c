"""Speed of each system on one process: articles/s (median of runs) and peak RSS.

Each system runs in a fresh subprocess so its peak RSS is its own (the articles held in memory
are the same for all systems). Usage:

    .venv/bin/python bench/speed.py ../shared/data/cnndm_validation_partial.jsonl.gz --n 1000 --runs 5
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
articles = [a for a, _, _ in read_records(path, n)]
run = SYSTEMS[name]()
run(articles[0], points)  # warm-up: imports and model loading are start-up, not throughput
rates = []
for _ in range(runs):
    t0 = time.perf_counter()
    for a in articles:
        run(a, points)
    rates.append(len(articles) / (time.perf_counter() - t0))
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"system": name, "n": len(articles), "articles_per_s": statistics.median(rates),
                  "runs": [round(r, 1) for r in rates], "peak_rss_mb": round(rss_mb, 1)}))
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--points", type=int, default=3)
    ap.add_argument("--systems", default="keypoints,lead3,sumy-lexrank,sumy-textrank")
    args = ap.parse_args()
    print(f"| system | n | articles/s (median of {args.runs}) | runs | peak RSS MB |")
    print("|---|---:|---:|---|---:|")
    for name in args.systems.split(","):
        env_cmd = [sys.executable, "-c", CHILD, args.data, str(args.n), str(args.runs), name, str(args.points)]
        # PYTHONPATH passes through: without it the child imported the installed (editable) package, not
        # the tree `PYTHONPATH=src` named, and measured another checkout's code.
        env = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PATH": ""}
        if "PYTHONPATH" in os.environ:
            env["PYTHONPATH"] = os.environ["PYTHONPATH"]
        out = subprocess.run(env_cmd, check=True, capture_output=True, text=True, env=env).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"| {r['system']} | {r['n']} | {r['articles_per_s']:.0f} | {r['runs']} | {r['peak_rss_mb']:.0f} |",
              flush=True)


if __name__ == "__main__":
    main()
