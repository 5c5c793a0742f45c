"""ROUGE sums for the bench probes: per system and site, printed per site and reweighted to the official
CNN/DM test mix, so every probe reports the same rows the same way (`keypoints eval` does this for the
product's systems; probes compare variants the CLI has no switch for)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
from rouge_score import rouge_scorer

from keypoints.evaluate import group_of

TEST_MIX = {"cnn": 1093, "dailymail": 10397}
"""Articles per site in the official CNN/DM test split: validation is 95% Daily Mail, the test 90.5%."""


class Tally:
    """ROUGE-1 / 2 / Lsum F1 summed per (system, group); `group` is the site when records carry a URL."""

    def __init__(self) -> None:
        self.scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
        self.sums: dict[tuple[str, str], np.ndarray] = defaultdict(lambda: np.zeros(4))
        self.systems: list[str] = []

    def add(self, system: str, refs: list[str], summary: list[str], rec: dict[str, Any] | None = None) -> None:
        """One article's summary; sentences joined by newlines for ROUGE-Lsum, as `keypoints eval` does."""
        if system not in self.systems:
            self.systems.append(system)
        s = self.scorer.score("\n".join(refs), "\n".join(summary))
        row = np.array([1.0, s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeLsum"].fmeasure])
        self.sums[(system, "all")] += row
        if rec is not None and "url" in rec:
            self.sums[(system, group_of(rec, "url"))] += row

    def mean(self, system: str, group: str = "all") -> np.ndarray:
        """(R1, R2, RLsum) x 100; for group "test-mix", the per-site means weighted by TEST_MIX."""
        if group == "test-mix":
            return sum(w * self.mean(system, site) for site, w in TEST_MIX.items()) / sum(TEST_MIX.values())
        t = self.sums[(system, group)]
        return 100 * t[1:] / t[0]

    def report(self, title: str) -> None:
        print(f"\n{title}")
        sites = [g for g in TEST_MIX if (self.systems[0], g) in self.sums] if self.systems else []
        groups = ["all"] + sites + (["test-mix"] if len(sites) == len(TEST_MIX) else [])
        for g in groups:
            for name in self.systems:
                n = int(self.sums[(name, "all" if g == "test-mix" else g)][0])
                r1, r2, rl = self.mean(name, g)
                print(f"{g:10s} {name:18s} n={n:5d}  {r1:.2f} / {r2:.2f} / {rl:.2f}", flush=True)
