"""Outputs of a source tree as JSON lines, so a speed change can be proven output-neutral.

Per article: `brief(text, points=3)` and `points=5` as `to_dict()` plus each bullet's unrounded score
(`to_dict` rounds to 6 places, which would hide a changed feature's last bits); for the BBC set also
`facts(text)` and `check(text, <the 3-point bullets>)`, which share ingest, segment and lexical.
Run it under the old tree's PYTHONPATH and the new one's, then `cmp` the two files:

    PYTHONPATH=/work/main/src .venv/bin/python bench/identity.py /tmp/speed2/main.jsonl
    PYTHONPATH=src .venv/bin/python bench/identity.py /tmp/speed2/new.jsonl && cmp /tmp/speed2/{main,new}.jsonl
"""

from __future__ import annotations

import argparse
import json

import keypoints
from keypoints.evaluate import read_records

DATASETS = (
    ("../shared/data/cnndm_validation_partial.jsonl.gz", False),
    ("../shared/data/bbc_summary_dev.jsonl.gz", True),
)
"""(path, whether facts and check are dumped too): BBC is cased, so its facts have names and quotes."""


def dump(article: str, with_facts: bool) -> dict[str, object]:
    out: dict[str, object] = {}
    for points in (3, 5):
        b = keypoints.brief(article, points=points)
        out[f"brief{points}"] = b.to_dict()
        out[f"scores{points}"] = [repr(x.score) for x in b.bullets]
        if points == 3 and with_facts:
            out["facts"] = keypoints.facts(article).to_dict()
            out["check"] = keypoints.check(article, [x.text for x in b.bullets]).to_dict() if b.bullets else None
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=None, help="articles per data set (default: all)")
    args = ap.parse_args()
    count = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for path, with_facts in DATASETS:
            for article, _, _ in read_records(path, args.n):
                try:
                    row: object = dump(article, with_facts)
                except keypoints.InputError as exc:
                    row = {"error": str(exc)}
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
    print(f"{count} articles -> {args.out}")


if __name__ == "__main__":
    main()
