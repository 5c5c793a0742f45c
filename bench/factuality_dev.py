"""Dev halves only of bench/factuality.py: dev BA and AUC per news benchmark, plus a transfer estimate
inside the dev half (the dev half's documents split at random in two, 100 times: threshold chosen on
one part, balanced accuracy read on the other, averaged). Test halves are never scored here, so
score variants and the threshold rule are chosen without looking at the figures they are reported on.

    PYTHONPATH=bench .venv/bin/python bench/factuality_dev.py --data ../shared/data/factuality_dev.jsonl.gz [--window 0.05] [--dump out.pkl]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pickle
import random
from collections import defaultdict

import keypoints
from keypoints import InputError

from factuality import NEWS, balanced_accuracy, best_threshold, roc_auc, split_summary


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/factuality_dev.jsonl.gz")
    ap.add_argument("--dump", default=None)
    ap.add_argument("--window", type=float, default=None, help="threshold smoothing (default: factuality.SMOOTH_WINDOW)")
    ap.add_argument("--splits", type=int, default=100)
    args = ap.parse_args()
    rows: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(args.data, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("label") not in (0, 1) or r["benchmark"] not in NEWS:
                continue
            key = r["doc_id"] if r.get("doc_id") is not None else r["document"]
            digest = hashlib.sha1(str(key).encode()).hexdigest()
            if int(digest, 16) % 2 != 0:
                continue  # test half: never scored here
            r["_doc"] = digest
            rows[r["benchmark"]].append(r)
    window = {} if args.window is None else {"window": args.window}
    dump = []
    bas, aucs, xfers = [], [], []
    print("| benchmark | n dev | dev BA | dev AUC | thr | transfer BA (random dev splits) |")
    for bench in NEWS:
        scored = []
        for r in rows[bench]:
            try:
                score = keypoints.check(r["document"], split_summary(r["summary"])).score
            except InputError:
                score = 0.0
            scored.append((r["_doc"], r["label"], score))
            dump.append({"bench": bench, "label": r["label"], "score": score, "id": r["id"], "doc": r["_doc"]})
        dev = [(y, s) for _, y, s in scored]
        thr = best_threshold(dev, **window)
        ba = balanced_accuracy([(y, s >= thr) for y, s in dev])
        auc = roc_auc(dev)
        xs = []
        docs = sorted({d for d, _, _ in scored})
        rng = random.Random(0)
        for _ in range(args.splits):
            rng.shuffle(docs)
            part = set(docs[: len(docs) // 2])
            a = [(y, s) for d, y, s in scored if d in part]
            b = [(y, s) for d, y, s in scored if d not in part]
            if len({y for y, _ in a}) == 2 and len({y for y, _ in b}) == 2:
                t = best_threshold(a, **window)
                xs.append(balanced_accuracy([(y, s >= t) for y, s in b]))
        xf = sum(xs) / len(xs)
        bas.append(ba); aucs.append(auc); xfers.append(xf)
        print(f"| {bench} | {len(dev)} | {ba:.1f} | {auc:.1f} | {thr:.3f} | {xf:.1f} |", flush=True)
    n = len(bas)
    print(f"dev means over {n}: BA {sum(bas)/n:.2f}, AUC {sum(aucs)/n:.2f}, transfer BA {sum(xfers)/n:.2f}")
    if args.dump:
        with open(args.dump, "wb") as fh:
            pickle.dump(dump, fh)


if __name__ == "__main__":
    main()
