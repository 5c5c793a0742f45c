"""Probe: pass over photo-caption-like sentences in compose, and see what ROUGE says.

Daily Mail text carries its picture captions inline ("benteke celebrates his goal with ...",
"spotted: david richards took a photo of ..."); about 4-5% of the shipped bullets on CNN/DM
validation look like one. Two caption cues, fixed before looking at scores: a short label and a
colon opening the sentence (not a quote introduction: "X said: ..." is kept), and a present-tense
photo verb after a short name ("X celebrates", "X poses", "X is pictured"). Each variant rejects the
matching candidates in `compose.fit` (like a question or a pronoun start); the ranker is unchanged.

    .venv/bin/python bench/caption_probe.py ../shared/data/cnndm_validation_partial.jsonl.gz 1500
"""

from __future__ import annotations

import random
import re
import sys
from collections import defaultdict

import numpy as np
from rouge_score import rouge_scorer

from keypoints import compose
from keypoints.evaluate import read_records
from keypoints.ingest import from_text
from keypoints.rank import score_sentences
from keypoints.settings import DEFAULT_SETTINGS

QUOTE_INTRO = r"(?:said|says|told|added|asked|wrote|explained|claimed|insisted|warned|admitted|revealed|tweeted|posted|declared|stated|replied|continued|reads?)"
LABEL = re.compile(r"^(?![^:\n]{0,60}\b" + QUOTE_INTRO + r"\b)(?:[\w'’-]+\s){0,3}[\w'’-]+:\s+\S", re.I)
VERB = re.compile(
    r"^(?:[\w'’.-]+\s){1,6}(?:celebrates|poses|reacts|gestures|looks on|waves to|smiles|kisses|hugs|shakes hands"
    r"|(?:is|are) pictured)\b",
    re.I,
)
VARIANTS = {"shipped": [], "label": [LABEL], "verb": [VERB], "both": [LABEL, VERB]}
TEST_MIX = {"cnn": 1093, "dm": 10397}


def main(data: str, n: int | None) -> None:
    original_fit = compose.fit
    active: list[re.Pattern[str]] = []
    rejected: dict[str, set[str]] = defaultdict(set)

    def fit(sentence, text, settings=DEFAULT_SETTINGS):  # type: ignore[no-untyped-def]
        cand = original_fit(sentence, text, settings)
        if not isinstance(cand, str) and any(p.search(text[cand.start : sentence.end]) for p in active):
            rejected[variant].add(text[cand.start : sentence.end][:150])
            return "photo caption"
        return cand

    compose.fit = fit
    rs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    tot: dict[tuple[str, str], np.ndarray] = defaultdict(lambda: np.zeros(4))
    for article, refs, rec in read_records(data, n):
        doc = from_text(article)
        scores = score_sentences(doc, DEFAULT_SETTINGS)
        site = ("cnn" if "cnn.com" in rec.get("url", "") else "dm") if "url" in rec else None
        for variant, patterns in VARIANTS.items():
            active[:] = patterns
            summary = [b.text for b in compose.compose(doc, scores, 3, DEFAULT_SETTINGS)]
            s = rs.score("\n".join(refs), "\n".join(summary))
            row = np.array([1, s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure])
            tot[(variant, "all")] += row
            if site:
                tot[(variant, site)] += row
    for group in ("all", "cnn", "dm"):
        for variant in VARIANTS:
            t = tot[(variant, group)]
            if t[0]:
                print(f"{group:4} {variant:8} n={int(t[0])}  " + " / ".join(f"{100 * v / t[0]:.2f}" for v in t[1:]))
    if all(tot[("shipped", g)][0] for g in TEST_MIX):
        for variant in VARIANTS:
            mix = sum(w * tot[(variant, g)][1:] / tot[(variant, g)][0] for g, w in TEST_MIX.items()) / sum(TEST_MIX.values())
            print(f"mix  {variant:8} " + " / ".join(f"{100 * v:.2f}" for v in mix))
    random.seed(0)
    for variant in ("label", "verb"):
        print(f"\n{variant}: {len(rejected[variant])} distinct candidates passed over; a sample:")
        for text in random.sample(sorted(rejected[variant]), min(10, len(rejected[variant]))):
            print("  -", text)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else None)
