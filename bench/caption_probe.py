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

from rouge_tally import Tally

from keypoints import compose
from keypoints.evaluate import read_records
from keypoints.ingest import from_text
from keypoints.rank import score_sentences
from keypoints.settings import DEFAULT_SETTINGS

QUOTE_INTRO = r"(?:said|says|told|added|asked|wrote|explained|claimed|insisted|warned|admitted|revealed|tweeted|posted|declared|stated|replied|continued|reads?)"
LABEL = re.compile(r"^(?![^:\n]{0,60}\b" + QUOTE_INTRO + r"\b)(?:[\w'’-]+\s){0,3}[\w'’-]+:\s+\S", re.IGNORECASE)
VERB = re.compile(
    r"^(?:[\w'’.-]+\s){1,6}(?:celebrates|poses|reacts|gestures|looks on|waves to|smiles|kisses|hugs|shakes hands"
    r"|(?:is|are) pictured)\b",
    re.IGNORECASE,
)
VARIANTS = {"shipped": [], "label": [LABEL], "verb": [VERB], "both": [LABEL, VERB]}


def main(data: str, n: int | None) -> None:
    original_fit = compose.fit
    active: list[re.Pattern[str]] = []
    rejected: dict[str, set[str]] = defaultdict(set)

    def fit(sentence, text, settings=DEFAULT_SETTINGS, tokens=None):  # type: ignore[no-untyped-def]
        cand = original_fit(sentence, text, settings, tokens)
        if not isinstance(cand, str) and any(p.search(text[cand.start : sentence.end]) for p in active):
            rejected[variant].add(text[cand.start : sentence.end][:150])
            return "photo caption"
        return cand

    compose.fit = fit
    tally = Tally()
    for article, refs, rec in read_records(data, n):
        doc = from_text(article)
        scores = score_sentences(doc, DEFAULT_SETTINGS)
        for variant, patterns in VARIANTS.items():
            active[:] = patterns
            tally.add(variant, refs, [b.text for b in compose.compose(doc, scores, 3, DEFAULT_SETTINGS)], rec)
    tally.report(data)
    random.seed(0)
    for variant in ("label", "verb"):
        print(f"\n{variant}: {len(rejected[variant])} distinct candidates passed over; a sample:")
        for text in random.sample(sorted(rejected[variant]), min(10, len(rejected[variant]))):
            print("  -", text)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else None)
