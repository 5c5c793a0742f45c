"""What the set scorer costs: `brief` with it and with the greedy pick, in one process, runs interleaved.

A warm-up pass over every article runs both first (caches, imports); then each round times both
systems on the same articles. Shared-machine noise hits both alike, so compare the ratio.

    .venv/bin/python bench/sets_speed.py --n 500 --runs 7
"""

from __future__ import annotations

import argparse
import statistics
import time

import keypoints
from keypoints.evaluate import read_records
from keypoints.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/cnndm_validation_partial.jsonl.gz")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    systems = {"sets": Settings(), "greedy": Settings(select_sets=False)}
    articles = [a for a, _, _ in read_records(args.data, args.n)]
    for a in articles:
        for st in systems.values():
            keypoints.brief(a, settings=st)
    rates: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(args.runs):
        for name, st in systems.items():
            t0 = time.perf_counter()
            for a in articles:
                keypoints.brief(a, settings=st)
            rates[name].append(len(articles) / (time.perf_counter() - t0))
    med = {name: statistics.median(r) for name, r in rates.items()}
    for name, r in rates.items():
        print(f"{name:7s} {med[name]:6.0f} articles/s (median of {args.runs}: {', '.join(f'{x:.0f}' for x in r)})")
    print(f"sets / greedy: {med['sets'] / med['greedy']:.2f}x")


if __name__ == "__main__":
    main()
