"""Batch throughput and memory: records/s for 1 vs 2 workers on each engine, peak RSS vs corpus size.

Builds a synthetic corpus in a temp dir by cycling CNN/DM validation articles under fresh ids
(never written into the repo), then times `keypoints batch` as a user runs it. Peak RSS is the
largest sum of RSS over the whole process tree (driver + workers), sampled every 0.1 s from /proc.

    .venv/bin/python bench/batch_scale.py --data ../shared/data/cnndm_validation_partial.jsonl.gz \
        --sizes 2000 --runs 3                     # scaling table
    .venv/bin/python bench/batch_scale.py --sizes 10000,100000 --runs 1 --configs local:2   # memory
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def make_corpus(data: str, n: int, path: Path) -> None:
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        articles = [json.loads(line)["article"] for line in fh]
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps({"id": f"doc-{i}", "text": articles[i % len(articles)]}) + "\n" for i in range(n))


def tree_rss_kb(root: int) -> int:
    """Sum of VmRSS over `root` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/status") as fh:
                ppid, kb = 0, 0
                for line in fh:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        kb = int(line.split()[1])
        except OSError:
            continue
        children.setdefault(ppid, []).append(int(d))
        rss[int(d)] = kb
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_once(corpus: Path, engine: str, workers: int, out: Path) -> tuple[float, float]:
    out.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "keypoints.cli", "batch", str(corpus), "-o", str(out),
           "--engine", engine, "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.1)
    secs = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(proc.stderr.read().decode())
    return secs, peak / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/cnndm_validation_partial.jsonl.gz")
    ap.add_argument("--sizes", default="2000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--configs", default="local:1,local:2,dask:1,dask:2")
    args = ap.parse_args()
    print("| engine | workers | records | records/s (median) | runs (s) | peak RSS MB (tree) |")
    print("|---|---:|---:|---:|---|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            make_corpus(args.data, n, corpus)
            configs = [(e, int(w)) for e, w in (c.split(":") for c in args.configs.split(","))]
            # Interleave runs across configs so a noisy spell on the shared machine hits all of them alike.
            runs: dict[tuple[str, int], list[tuple[float, float]]] = {c: [] for c in configs}
            for _ in range(args.runs):
                for engine, workers in configs:
                    runs[(engine, workers)].append(run_once(corpus, engine, workers, Path(tmp) / "out.jsonl"))
            rate = {}
            for (engine, workers), rs in runs.items():
                secs = statistics.median(r[0] for r in rs)
                peak = max(r[1] for r in rs)
                rate[(engine, workers)] = n / secs
                print(f"| {engine} | {workers} | {n} | {n / secs:.0f} | {[round(r[0], 1) for r in rs]} | {peak:.0f} |",
                      flush=True)
            for engine in dict.fromkeys(e for e, _ in configs):
                if (engine, 1) in rate and (engine, 2) in rate:
                    print(f"{engine}: 2 vs 1 workers {rate[(engine, 2)] / rate[(engine, 1)]:.2f}x")
            if ("local", 2) in rate and ("dask", 2) in rate:
                print(f"dask vs local at 2 workers: {rate[('dask', 2)] / rate[('local', 2)]:.2f}x")

if __name__ == "__main__":
    main()
