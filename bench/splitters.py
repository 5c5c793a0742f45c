"""Compare offline sentence splitters on tricky news text the project wrote itself.

Run: .venv/bin/python bench/splitters.py
Each case is a paragraph and its gold sentences; we report exact-match cases and sentences/s.
"""
from __future__ import annotations

import time

CASES: list[list[str]] = [
    ["WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday to approve the bill.", "It now goes to the House."],
    ["Dr. Jane Smith arrived at 9 a.m. on Monday.", "She left at 5 p.m. the same day."],
    ['"We will not back down," said Gov. Tom Wolf.', "His office later declined to comment."],
    ["The company earned $4.5 billion in the U.K. last year.", "Profits rose 12.5% to £1.9m."],
    ["Mr. Brown, 81, was taken to St. Mary's Hospital.", "He is in a stable condition, police said."],
    ["The No. 2 seed lost in straight sets.", "It was her first defeat since Jan. 3."],
    ['He asked: "Why now?"', "Nobody answered."],
    ["Officials from the E.U. and the U.N. met in Geneva.", "Talks will resume next week."],
    ["The attack killed 1,139 people, according to an AFP tally.", "About 250 people were taken hostage."],
    ["J.K. Rowling spoke at the event.", "Fans queued for hours."],
    ["Shares of Apple Inc. fell 3% on Friday.", "Analysts had expected a drop."],
    ["The storm hit at 3:45 a.m.", "Residents were evacuated.", "Power was cut to 40,000 homes."],
    ['"It\'s over," she said.', '"We lost."', "The team flew home on Sunday."],
    ["Lt. Col. James Dean led the unit.", "It was deployed in 2003."],
    ["the u.s. military said no. 2 commander was killed.", "dr. smith confirmed it."],
    ["She spoke at the town hall.", "About 22,000 vehicles crossed the bridge."],
    ["It was cold.", "About 200 people came."],
    ["The vote was 52-48.", "Sen. Joe Manchin (D-W.Va.) voted against it."],
]


def gold_and_text() -> tuple[list[str], list[list[str]]]:
    return [" ".join(c) for c in CASES], CASES


def run_pysbd(texts: list[str]) -> list[list[str]]:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return [[s.strip() for s in seg.segment(t) if s.strip()] for t in texts]


def run_nupunkt(texts: list[str]) -> list[list[str]]:
    import nupunkt

    return [[s.strip() for s in nupunkt.sent_tokenize(t) if s.strip()] for t in texts]


def run_keypoints(texts: list[str]) -> list[list[str]]:
    from keypoints.segment import sentence_spans

    return [[t[a:b] for a, b in sentence_spans(t, 0, len(t), 10**9)] for t in texts]


def main() -> None:
    texts, gold = gold_and_text()
    for name, fn in [("pysbd", run_pysbd), ("nupunkt", run_nupunkt), ("keypoints", run_keypoints)]:
        fn(texts[:1])  # warm-up: model loading is not splitting
        out = fn(texts)
        ok = sum(o == g for o, g in zip(out, gold))
        reps = 50
        t0 = time.perf_counter()
        for _ in range(reps):
            fn(texts)
        dt = time.perf_counter() - t0
        nsent = sum(len(g) for g in gold) * reps
        print(f"{name:9s} exact cases {ok}/{len(gold)}  sentences/s {nsent / dt:,.0f}")
        for o, g in zip(out, gold):
            if o != g:
                print("   got", o)


if __name__ == "__main__":
    main()
