"""Typed records passed between pipeline stages, each with `to_dict()` giving the documented JSON.

Offsets are Python string indices (code points) into `Document.text`: the text the user gave
(after decoding), or for HTML the text extracted from the page, which `Brief` returns too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import TYPE_CHECKING, Any

from ._compiled import speedups as _speedups  # None without the C extension: the Python below runs
from .lexical import STOPWORDS, all_lowercase, words, words_in_spans

if TYPE_CHECKING:
    import numpy as np

SCHEMA_VERSION = "1"
"""Bumped whenever a field of the JSON output changes meaning or disappears."""


@dataclass(frozen=True, init=False)
class Sentence:
    id: int
    start: int
    end: int
    text: str
    paragraph: int
    boilerplate: str | None = None
    """Why the sentence is set aside (e.g. "byline"), or None for body text."""

    def __init__(
        self, id: int, start: int, end: int, text: str, paragraph: int, boilerplate: str | None = None
    ) -> None:
        # The generated frozen __init__ sets each field through object.__setattr__, six calls per sentence
        # (2% of a brief over an article's ~40); one update of the instance dict stores the same fields.
        self.__dict__.update(id=id, start=start, end=end, text=text, paragraph=paragraph, boilerplate=boilerplate)


@dataclass(frozen=True)
class Paragraph:
    id: int
    start: int
    end: int


@dataclass(frozen=True)
class Snippet:
    """A piece of the input recognised as something other than body text."""

    kind: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Document:
    text: str
    """The text every offset points into."""
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    key_points: tuple[Snippet, ...] = ()
    """The story's own Key Points / Highlights block (under its heading anywhere, or bare bullet lines above
    the body): kept for `check`, never body text."""
    boilerplate: tuple[Snippet, ...] = ()
    """Datelines, bylines, credits and the like: recognised so they never become bullets."""
    source_format: str = "text"
    warnings: tuple[str, ...] = ()

    @cached_property
    def body(self) -> tuple[Sentence, ...]:
        """The sentences that are not boilerplate (made once: every stage reads them)."""
        return tuple(s for s in self.sentences if s.boilerplate is None)

    @cached_property
    def lower_text(self) -> str:
        """`text.lower()`, made once (`ingest` hands over the one it made): the tokens and the case test read it."""
        return self.text.lower()

    @cached_property
    def cased(self) -> bool:
        """Whether the text keeps its capitals (`lexical.all_lowercase`; CNN/DM is lowercased)."""
        return not all_lowercase(self.text, self.lower_text)

    @cached_property
    def body_words(self) -> tuple[list[str], ...]:
        """Lowercased word tokens of each body sentence, made once: the ranker and the set scorer both read them."""
        lower = self.lower_text
        if len(lower) == len(self.text):  # one lowercasing for the whole text, then tokens by offsets
            return tuple(words_in_spans(lower, [(s.start, s.end) for s in self.body]))
        return tuple(words(s.text) for s in self.body)  # "İ" and a few others change length: offsets would drift

    @cached_property
    def body_terms(self) -> tuple[dict[str, int], list[list[int]]]:
        """(vocabulary: content word -> id, numbered in order of first use; each body sentence's content
        words as ids), content words being `body_words` that are not STOPWORDS. Made once: the ranker's
        TF-IDF matrix and the set scorer's overlap and coverage all count them."""
        if _speedups is not None:
            return _speedups.term_ids(self.body_words, STOPWORDS)
        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(w, len(vocab)) for w in ws if w not in STOPWORDS] for ws in self.body_words]
        return vocab, ids

    @cached_property
    def body_term_ids(self) -> np.ndarray:
        """`body_terms`' ids of every body sentence in one int64 array, sentence after sentence: the ranker's
        TF-IDF matrix and the set scorer's word counts both read it, and converting the ints costs."""
        import numpy as np  # here, not at the top: a batch driver imports records before forking its workers

        ids = self.body_terms[1]
        return np.fromiter(chain.from_iterable(ids), dtype=np.int64, count=sum(map(len, ids)))


@dataclass(frozen=True)
class Bullet:
    text: str
    score: float
    sentence_ids: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]
    evidence: tuple[str, ...]
    """`evidence[i] == Document.text[spans[i][0]:spans[i][1]]`: the grounding invariant."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "score": round(self.score, 6),
            "sentence_ids": list(self.sentence_ids),
            "spans": [list(s) for s in self.spans],
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class Brief:
    bullets: tuple[Bullet, ...]
    document: Document
    points_requested: int
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "title": doc.title,
            "key_points": [b.to_dict() for b in self.bullets],
            "points_requested": self.points_requested,
            "source_format": doc.source_format,
            "n_sentences": len(doc.sentences),
            "existing_key_points": [s.to_dict() for s in doc.key_points],
            "boilerplate": [s.to_dict() for s in doc.boilerplate],
            "warnings": list(self.warnings),
        }
        if doc.source_format == "html":
            # Spans point into the extracted text, so the caller needs it to resolve them.
            out["extracted_text"] = doc.text
        return out
