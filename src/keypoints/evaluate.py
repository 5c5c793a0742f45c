"""`keypoints eval`: ROUGE of keypoints and its peers on a reference set, in one run.

ROUGE is Google's `rouge-score` with `use_stemmer=True`; summaries are newline-separated sentences
for ROUGE-Lsum (never `split_summaries=True`, which needs NLTK data we may not download).
Peers: Lead-3 and sumy's LexRank / TextRank, given our offline sentence splitter (sumy's default
tokenizer needs NLTK punkt data). Speed is summarisation only (ROUGE excluded), one process.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections.abc import Callable, Iterator
from typing import IO, Any

from .api import brief
from .errors import InputError
from .ingest import from_text
from .lexical import words
from .segment import paragraph_spans, sentence_spans
from .settings import DEFAULT_SETTINGS

Summariser = Callable[[str, int], list[str]]
RUN_TOGETHER = re.compile(r"(?<=[a-z0-9%)\]'\"”’][.!?])(?=[A-Z\"“‘'])")
"""BBC reference summaries glue sentences ("...$10.9bn.For the full-year"): split them there."""
PROGRESS_EVERY = 500


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
    try:
        return [b.text for b in brief(article, points).bullets]
    except InputError:
        return []


def lead_system(article: str, points: int) -> list[str]:
    try:
        doc = from_text(article)
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
    "lead3": lambda: lead_system,
    "sumy-lexrank": lambda: sumy_system("lexrank"),
    "sumy-textrank": lambda: sumy_system("textrank"),
}


def evaluate(
    path: str,
    systems: list[str],
    *,
    n: int | None = None,
    points: int = DEFAULT_SETTINGS.points,
    progress: IO[str] | None = None,
) -> list[dict[str, Any]]:
    from rouge_score import rouge_scorer

    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        raise InputError(f"unknown system(s) {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
    runners = {name: SYSTEMS[name]() for name in systems}
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals = {name: {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0, "seconds": 0.0} for name in systems}
    count = 0
    for article, refs, _ in read_records(path, n):
        target = "\n".join(refs)
        for name, run in runners.items():
            t0 = time.perf_counter()
            summary = run(article, points)
            totals[name]["seconds"] += time.perf_counter() - t0
            scores = scorer.score(target, "\n".join(summary))
            for key in ("rouge1", "rouge2", "rougeLsum"):
                totals[name][key] += scores[key].fmeasure
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            print(f"eval: {count} articles scored", file=progress, flush=True)
    if count == 0:
        raise InputError(f"{path}: no records to evaluate")
    return [
        {
            "system": name,
            "n": count,
            "rouge1": 100 * t["rouge1"] / count,
            "rouge2": 100 * t["rouge2"] / count,
            "rougeLsum": 100 * t["rougeLsum"] / count,
            "articles_per_s": count / t["seconds"] if t["seconds"] else float("inf"),
        }
        for name, t in totals.items()
    ]


def format_table(rows: list[dict[str, Any]]) -> str:
    head = f"| {'system':<14} | {'n':>5} | {'R1':>6} | {'R2':>6} | {'RLsum':>6} | {'articles/s':>10} |"
    sep = "|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|"
    lines = [head, sep]
    for r in rows:
        lines.append(
            f"| {r['system']:<14} | {r['n']:>5} | {r['rouge1']:6.2f} | {r['rouge2']:6.2f} | "
            f"{r['rougeLsum']:6.2f} | {r['articles_per_s']:10.0f} |"
        )
    return "\n".join(lines)
