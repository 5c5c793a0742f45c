"""`check` speed on every news pair of factuality_dev: pairs per second on one process, after a warm-up.

Run it under two source trees in turn to compare them in the same hour (the machine drifts between hours):

    for r in 1 2 3; do PYTHONPATH=/tmp/kp-base/src .venv/bin/python bench/check_speed.py; \
        PYTHONPATH=src .venv/bin/python bench/check_speed.py; done
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))

import keypoints  # noqa: E402
from factuality import NEWS, split_summary  # noqa: E402
from keypoints import InputError  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/factuality_dev.jsonl.gz")
    args = ap.parse_args()
    pairs = []
    with gzip.open(args.data, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("label") in (0, 1) and r["benchmark"] in NEWS:
                pairs.append((r["document"], split_summary(r["summary"])))
    # Loading the word lists (~0.8 s, once per process) is start-up, not throughput.
    keypoints.check("The council approved the budget on Monday. The mayor said it was fair.", ["Glasgow approved it"])
    seconds = 0.0
    for document, points in pairs:
        t0 = time.perf_counter()
        try:
            keypoints.check(document, points)
        except InputError:
            pass  # too long: counted, as bench/factuality.py counts it
        seconds += time.perf_counter() - t0
    print(f"{len(pairs) / seconds:.0f} pairs/s ({len(pairs)} pairs)")


if __name__ == "__main__":
    main()
