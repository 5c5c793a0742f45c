"""`keypoints eval`: ROUGE of keypoints and its peers on a reference set, in one run.

ROUGE is Google's `rouge-score` with `use_stemmer=True`; summaries are newline-separated sentences
for ROUGE-Lsum (never `split_summaries=True`, which needs NLTK data we may not download).
Peers: Lead-3 and sumy's LexRank / TextRank, given our offline sentence splitter (sumy's default
tokenizer needs NLTK punkt data). Speed is summarisation only (ROUGE excluded), one process.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import time
from collections.abc import Callable, Iterator
from typing import IO, Any

from .api import brief
from .errors import InputError
from .ingest import from_text
from .lexical import words
from .segment import paragraph_spans, sentence_spans
from .settings import DEFAULT_SETTINGS, Settings

Summariser = Callable[[str, int], list[str]]
RUN_TOGETHER = re.compile(r"(?<=[a-z0-9%)\]'\"”’][.!?])(?=[A-Z\"“‘'])")
"""BBC reference summaries glue sentences ("...$10.9bn.For the full-year"): split them there."""
PROGRESS_EVERY = 500
BASELINE = Settings(ranker="baseline")
LEAD = Settings(join_split_quotes=False)
"""Lead-3 reads Punkt's sentences, as published Lead-3 figures do: no quotation joined across its stops."""
METRICS = ("rouge1", "rouge2", "rougeLsum")
BOOTSTRAP_SAMPLES = 1000
"""Resamples for the paired interval of a difference (`paired_intervals`): the interval's ends move by
under 0.02 ROUGE between seeds at this count on the 4,368 validation articles."""


def read_records(path: str, n: int | None = None) -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """(article, reference sentences, record) from JSONL(.gz) with highlights or a summary."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        count = 0
        for line in fh:
            if n is not None and count >= n:
                return
            if not line.strip():
                continue
            rec = json.loads(line)
            article = rec.get("article") or rec.get("text") or ""
            if isinstance(rec.get("highlights"), list):
                refs = [h.strip() for h in rec["highlights"] if h.strip()]
            elif isinstance(rec.get("summary"), str):
                refs = reference_sentences(rec["summary"])
            else:
                raise InputError(f"{path}: record needs 'highlights' (list) or 'summary' (string)")
            count += 1
            yield article, refs, rec


def reference_sentences(summary: str) -> list[str]:
    text = RUN_TOGETHER.sub("\n", summary)
    out: list[str] = []
    for pa, pb in paragraph_spans(text):
        out.extend(text[a:b] for a, b in sentence_spans(text, pa, pb, 10**9))
    return out


def keypoints_system(article: str, points: int) -> list[str]:
    # Reference data is plain text: html=False, so no sniff can change a score.
    try:
        return [b.text for b in brief(article, points, html=False).bullets]
    except InputError:
        return []


def baseline_system(article: str, points: int) -> list[str]:
    try:
        return [b.text for b in brief(article, points, html=False, settings=BASELINE).bullets]
    except InputError:
        return []


def lead_system(article: str, points: int) -> list[str]:
    try:
        doc = from_text(article, LEAD)
    except InputError:
        return []
    return [s.text for s in doc.sentences[:points]]


class _OfflineTokenizer:
    """What sumy asks of a tokenizer, backed by our splitter instead of NLTK punkt."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph[a:b] for a, b in sentence_spans(paragraph, 0, len(paragraph), 10**9)]

    def to_words(self, sentence: str) -> list[str]:
        return words(sentence)


def sumy_system(algorithm: str) -> Summariser:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    cls = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[algorithm]
    summariser = cls(Stemmer("english"))
    summariser.stop_words = get_stop_words("english")
    tokenizer = _OfflineTokenizer()

    def run(article: str, points: int) -> list[str]:
        parser = PlaintextParser.from_string(article, tokenizer)
        return [str(s) for s in summariser(parser.document, points)]

    return run


SYSTEMS: dict[str, Callable[[], Summariser]] = {
    "keypoints": lambda: keypoints_system,
    "keypoints-baseline": lambda: baseline_system,
    "lead3": lambda: lead_system,
    "sumy-lexrank": lambda: sumy_system("lexrank"),
    "sumy-textrank": lambda: sumy_system("textrank"),
}


def group_of(rec: dict[str, Any], field: str) -> str:
    """A record's group for per-group tables; a URL field groups by site (cnn / dailymail)."""
    value = str(rec.get(field, "?"))
    if value.startswith("http"):
        # Archive URLs wrap the original ("web.archive.org/web/<ts>id_/http://www.cnn.com/..."): use the last host.
        host = value.rsplit("://", 1)[-1].split("/")[0]
        return next((site for site in ("cnn", "dailymail") if site in host), host)
    return value


def evaluate(
    path: str,
    systems: list[str],
    *,
    n: int | None = None,
    points: int = DEFAULT_SETTINGS.points,
    progress: IO[str] | None = None,
    group_by: str | None = None,
    weights: dict[str, float] | None = None,
    per_article: dict[str, list[tuple[str, float, float, float]]] | None = None,
) -> list[dict[str, Any]]:
    """One row per system (and per system and group with `group_by`, plus a reweighted mix row).

    `per_article`: if given, filled with each system's (group, ROUGE-1, ROUGE-2, ROUGE-Lsum F1) per
    article, in file order, for `paired_intervals`."""
    from rouge_score import rouge_scorer

    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        raise InputError(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    runners = {name: SYSTEMS[name]() for name in systems}
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals: dict[tuple[str, str], dict[str, float]] = {}
    count = 0
    for article, refs, rec in read_records(path, n):
        target = "\n".join(refs)
        groups = ["all"] + ([group_of(rec, group_by)] if group_by else [])
        for name, run in runners.items():
            t0 = time.perf_counter()
            summary = run(article, points)
            seconds = time.perf_counter() - t0
            scores = scorer.score(target, "\n".join(summary))
            if per_article is not None:
                per_article.setdefault(name, []).append((groups[-1], *(scores[k].fmeasure for k in METRICS)))
            for g in groups:
                t = totals.setdefault((name, g), dict.fromkeys(("n", "seconds", *METRICS), 0.0))
                t["n"] += 1
                t["seconds"] += seconds
                for key in METRICS:
                    t[key] += scores[key].fmeasure
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            print(f"eval: {count} articles scored", file=progress, flush=True)
    if count == 0:
        raise InputError(f"{path}: no records to evaluate")
    rows = [
        {
            "system": name if g == "all" else f"{name} [{g}]",
            "n": int(t["n"]),
            **{key: 100 * t[key] / t["n"] for key in METRICS},
            "articles_per_s": t["n"] / t["seconds"] if t["seconds"] else float("inf"),
        }
        for (name, g), t in sorted(totals.items(), key=lambda kv: (kv[0][1] != "all", kv[0][1]))
    ]
    if weights:
        for name in systems:
            parts = {g: totals.get((name, g)) for g in weights}
            if any(p is None for p in parts.values()):
                continue
            mass = sum(weights.values())
            rows.append(
                {
                    "system": f"{name} [reweighted {'/'.join(f'{g}:{w:g}' for g, w in weights.items())}]",
                    "n": sum(int(p["n"]) for p in parts.values() if p),
                    **{
                        key: sum(100 * w * parts[g][key] / parts[g]["n"] for g, w in weights.items() if parts[g])
                        / mass
                        for key in METRICS
                    },
                    "articles_per_s": float("nan"),
                }
            )
    return rows


def paired_intervals(
    per_article: dict[str, list[tuple[str, float, float, float]]],
    versus: str,
    weights: dict[str, float] | None = None,
    samples: int = BOOTSTRAP_SAMPLES,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """Each other system's ROUGE minus `versus`'s, x100, with a 95% paired bootstrap interval: the same
    resampled articles for both systems, so what the two share (hard articles, easy ones) cancels out,
    and "+2.0 over Lead-3" is read with its sampling noise. With `weights` (groups of `evaluate`'s
    `group_by`), also the reweighted mix, each group resampled within itself."""
    import numpy as np

    if versus not in per_article:
        raise InputError(f"--versus {versus}: not among the systems scored ({', '.join(per_article)})")
    rng = np.random.default_rng(seed)
    groups = np.array([g for g, *_ in per_article[versus]])
    base = np.array([m for _, *m in per_article[versus]])
    mixes: list[tuple[str, dict[str, float]]] = [("all", {})]
    if weights and all((groups == g).any() for g in weights):
        mixes.append((f"reweighted {'/'.join(f'{g}:{w:g}' for g, w in weights.items())}", weights))
    strata = {label: _strata(groups, mix) for label, mix in mixes}
    # One set of resampled articles per mix, shared by every system: paired across systems too.
    draws = {
        label: [(w, idx[rng.integers(0, len(idx), size=(samples, len(idx)))]) for w, idx in parts]
        for label, parts in strata.items()
    }
    out = []
    for name, scores in per_article.items():
        if name == versus:
            continue
        diff = 100 * (np.array([m for _, *m in scores]) - base)
        for label, parts in strata.items():
            mass = sum(w for w, _ in parts)
            point = sum(w * diff[idx].mean(axis=0) for w, idx in parts) / mass
            # Metric by metric: all three at once would hold samples x articles x 3 floats (100 MB here).
            boot = np.stack([sum(w * diff[idx, k].mean(axis=1) for w, idx in draws[label]) / mass for k in range(3)], 1)
            lo, hi = np.percentile(boot, [2.5, 97.5], axis=0)
            out.append({"system": name, "versus": versus, "mix": label,
                        **{m: (float(point[k]), float(lo[k]), float(hi[k])) for k, m in enumerate(METRICS)}})
    return out


def _strata(groups: Any, mix: dict[str, float]) -> list[tuple[float, Any]]:
    """(weight, article indices) per stratum: all articles at weight 1, or each weighted group."""
    import numpy as np

    if not mix:
        return [(1.0, np.arange(len(groups)))]
    return [(w, np.flatnonzero(groups == g)) for g, w in mix.items()]


def format_intervals(rows: list[dict[str, Any]]) -> str:
    lines = [f"| {'difference (paired bootstrap, 95%)':<64} | {'R1':>22} | {'R2':>22} | {'RLsum':>22} |"]
    lines.append("|" + "|".join("-" * (len(c)) for c in lines[0].split("|")[1:-1]) + "|")
    for r in rows:
        label = f"{r['system']} - {r['versus']}" + ("" if r["mix"] == "all" else f" [{r['mix']}]")
        cells = [f"{p:+.2f} ({lo:+.2f}, {hi:+.2f})" for p, lo, hi in (r[m] for m in METRICS)]
        lines.append(f"| {label:<64} | " + " | ".join(f"{c:>22}" for c in cells) + " |")
    return "\n".join(lines)


def format_table(rows: list[dict[str, Any]]) -> str:
    head = f"| {'system':<44} | {'n':>5} | {'R1':>6} | {'R2':>6} | {'RLsum':>6} | {'articles/s':>10} |"
    sep = "|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|"
    lines = [head, sep]
    for r in rows:
        lines.append(
            f"| {r['system']:<44} | {r['n']:>5} | {r['rouge1']:6.2f} | {r['rouge2']:6.2f} | "
            f"{r['rougeLsum']:6.2f} | {_rate(r['articles_per_s']):>10} |"
        )
    return "\n".join(lines)


def _rate(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.0f}"  # a reweighted row has no single speed
