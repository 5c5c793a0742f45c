"""Old vs new code, same hour: bench/speed.py's child process run on two source trees, alternating
which goes first round by round, so the machine's drift between hours cancels in the per-round ratios.

    git worktree add /tmp/kp-base <commit>
    .venv/bin/python bench/speed_ab.py /tmp/kp-base/src src --systems keypoints --rounds 5 --runs 5

`--fresh` gives every run articles its process has not seen, as a corpus job meets them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

from speed import CHILD


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old", help="the old tree's src/ folder")
    ap.add_argument("new", help="the new tree's src/ folder")
    ap.add_argument("--data", default="../shared/data/cnndm_validation_partial.jsonl.gz")
    ap.add_argument("--systems", default="keypoints")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--fresh", action="store_true", help="each run on unseen articles (bench/speed.py --fresh)")
    args = ap.parse_args()
    trees = [("old", args.old), ("new", args.new)]
    medians: dict[tuple[str, str], list[float]] = {}
    for r in range(args.rounds):
        for system in args.systems.split(","):
            for label, src in trees if r % 2 == 0 else trees[::-1]:
                cmd = [sys.executable, "-c", CHILD, args.data, str(args.n), str(args.runs), system, "3"] + ["fresh"] * args.fresh
                env = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PATH": "", "PYTHONPATH": src}
                out = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout.splitlines()[-1])
                medians.setdefault((system, label), []).append(out["articles_per_s"])
                print(f"round {r} {system} {label}: {out['articles_per_s']:.0f}/s {out['runs']} RSS {out['peak_rss_mb']} MB",
                      flush=True)
    for system in args.systems.split(","):
        old, new = medians[(system, "old")], medians[(system, "new")]
        ratios = sorted(round(b / a, 3) for a, b in zip(old, new))
        print(f"{system}: old {statistics.median(old):.0f}/s, new {statistics.median(new):.0f}/s (medians of round medians); "
              f"per-round ratios {ratios}, median {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
