"""The machine's own ceiling for 2-worker scaling: `brief` throughput of one process alone vs two
independent processes at once (no pool, no driver, nothing shared). Batch engines cannot scale
better than this on the same machine.

    .venv/bin/python bench/ceiling.py --n 2000 --runs 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = r"""
import json, sys, time
from keypoints.evaluate import read_records
import keypoints
articles = [a for a, _, _ in read_records(sys.argv[1], int(sys.argv[2]))]
keypoints.brief(articles[0])  # start-up is not throughput
t0 = time.perf_counter()
for a in articles:
    keypoints.brief(a)
print(json.dumps({"seconds": time.perf_counter() - t0, "n": len(articles)}))
"""


def run(data: str, n: int, procs: int) -> float:
    env = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PATH": ""}
    ps = [subprocess.Popen([sys.executable, "-c", CHILD, data, str(n)], stdout=subprocess.PIPE, text=True, env=env)
          for _ in range(procs)]
    outs = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in ps]
    return sum(o["n"] for o in outs) / max(o["seconds"] for o in outs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/cnndm_validation_partial.jsonl.gz")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    ratios = []
    for _ in range(args.runs):
        one = run(args.data, args.n, 1)
        two = run(args.data, args.n, 2)
        ratios.append(two / one)
        print(f"one process {one:.0f} articles/s, two processes {two:.0f} articles/s together: {two / one:.2f}x", flush=True)
    print(f"median ceiling: {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
