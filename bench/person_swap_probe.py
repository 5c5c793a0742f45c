"""Recall and false alarms of `check`'s person-swap rule on real cased news, without labels to tune on.

For each BBC dev article: one random body sentence that names exactly one person the body marks as a
person (`verify._Body.marks_person`: after a title or a speech verb, before ", who" or an age), and the same sentence with that name replaced by another marked
person of the article. The swapped copy should be contradicted naming the intruder; the original
should not be contradicted.

    .venv/bin/python bench/person_swap_probe.py [--data ../shared/data/bbc_summary_dev.jsonl.gz] [--seed 1]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random

import keypoints
from keypoints import ingest
from keypoints.factfinder import _entities
from keypoints.verify import _Body


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/bbc_summary_dev.jsonl.gz")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    caught = missed = false_alarms = tried = 0
    for line in gzip.open(args.data, "rt", encoding="utf-8"):
        text = json.loads(line)["article"]
        body = _Body(ingest.load(text))
        marked = [[e.text for e in _entities(s.text, 0, []) if e.kind == "person" and body.marks_person(e.text.split()[-1])]
                  for s in body.sentences]
        candidates = [(s.text, ps[0]) for s, ps in zip(body.sentences, marked) if len(ps) == 1]
        everyone = {p for ps in marked for p in ps}
        if not candidates or len(everyone) < 2:
            continue
        sentence, person = rng.choice(candidates)
        other = rng.choice(sorted(everyone - {person}))
        if other.split()[-1] == person.split()[-1] or other.split()[-1] in sentence:
            continue
        original, swapped = keypoints.check(text, [sentence, sentence.replace(person, other)]).verdicts
        tried += 1
        false_alarms += original.verdict == "contradicted"
        if any(r.startswith(other + " where the article says") for r in swapped.reasons):
            caught += 1
        else:
            missed += 1
    print(f"articles tried {tried}: swapped names caught {caught}, missed {missed}; originals contradicted {false_alarms}")


if __name__ == "__main__":
    main()
