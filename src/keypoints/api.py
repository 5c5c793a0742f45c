"""The one Python API that the CLI, HTTP server and batch jobs all call."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .boilerplate import KEY_POINTS_HEADER
from .compose import compose
from .errors import InputError
from .ingest import load, replace_surrogates
from .rank import score_sentences
from .records import Brief, Document
from .segment import BULLET_MARK
from .settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:  # imported when called: the checker's module costs ~80 ms, and brief() never needs it
    from .factfinder import Facts
    from .verify import Report

ACCEPTED = "a str, UTF-8 bytes or a keypoints.Document"


def brief(
    text: str | bytes | Document,
    points: int | None = None,
    *,
    html: bool | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Brief:
    """Key Points of an article: up to `points` bullets, each grounded in the input's sentences.

    `text` may be str, UTF-8 bytes or an already ingested `Document`. `html=None` (default) sniffs, as
    the CLI does, so a saved page passed as a string is not briefed as markup; `html=True` forces
    main-text extraction, `html=False` plain text. Raises `InputError` on unusable input.
    Returns fewer bullets than asked (with a warning) rather than padding with unfit sentences.
    """
    points = settings.check_points(settings.points if points is None else points)
    doc = _document(text, html, settings)
    bullets = compose(doc, score_sentences(doc, settings), points, settings)
    warnings = list(doc.warnings)
    # Untrimmed bullets quote a body sentence verbatim; only a trimmed one can have changed meaning.
    whole = {s.id: ((s.start, s.end),) for s in doc.sentences}
    trimmed = [b for b in bullets if b.spans != whole[b.sentence_ids[0]]]
    if settings.self_check and trimmed:
        from .verify import check_points

        # A trimmed bullet is a verbatim cut of its own sentence, so that sentence is where any change
        # of meaning shows; checking against it alone gives the same verdict at a fraction of the cost.
        report = check_points(doc, [b.text for b in trimmed], within=tuple(i for b in trimmed for i in b.sentence_ids))
        for v in report.verdicts:
            if v.verdict != "supported":
                warnings.append(f"self-check: key point {v.key_point[:60]!r} is {v.verdict}: {'; '.join(v.reasons)}")
    if len(bullets) < points:
        warnings.append(
            f"only {len(bullets)} sentence(s) fit to stand alone as a key point; returned {len(bullets)} of {points}"
        )
    return Brief(bullets=tuple(bullets), document=doc, points_requested=points, warnings=tuple(warnings))


def facts(text: str | bytes | Document, *, html: bool | None = None, settings: Settings = DEFAULT_SETTINGS) -> Facts:
    """Figures, quotes with speakers, entities and dates of an article, each with its exact span.

    `html` as in `brief`: None sniffs for a saved web page, True/False force it."""
    from .factfinder import extract_facts

    doc = _document(text, html, settings)
    return extract_facts(doc)


def check(
    article: str | bytes | Document,
    key_points: list[str] | str | None = None,
    *,
    html: bool | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> Report:
    """Verdict per key point against the article body; `key_points=None` checks the article's own block.

    A string of key points is one point per line; a leading list mark ("-", "•", "▪", "–", "1.", "2)" ...,
    followed by a space) is dropped, so "-5C overnight" keeps its minus sign, and so is a heading line
    ("Key Points", "## Key Points", "Highlights:"): `keypoints brief` output piped into `check --points -`
    had its own heading checked as a claim ("names not in the article: Points", exit 1). A list is
    checked item by item as given, since callers pair its items with the verdicts. `html` as in `brief`.
    """
    from .verify import check_points

    doc = _document(article, html, settings)
    replaced = 0  # lone surrogates in the key points
    if key_points is None:
        if not doc.key_points:
            raise InputError("no key points given, and the article has no Key Points block to check")
        points = [kp.text for kp in doc.key_points]
    elif isinstance(key_points, str):
        cleaned, replaced = replace_surrogates(key_points)
        lines = (BULLET_MARK.sub("", ln, count=1).strip() for ln in cleaned.splitlines())
        points = [p for p in lines if p and not KEY_POINTS_HEADER.match(p)]
    elif isinstance(key_points, (list, tuple)) and all(isinstance(p, str) for p in key_points):
        fixed = [replace_surrogates(p) for p in key_points]
        points, replaced = [p for p, _ in fixed], sum(n for _, n in fixed)
    else:
        got = _type_name(key_points)
        if isinstance(key_points, (list, tuple)):
            got = f"a {got} holding {_type_name(next(p for p in key_points if not isinstance(p, str)))}"
        raise InputError(f"key_points must be a list of strings, one string (a point per line) or None, not {got}")
    if not points:
        raise InputError("no key points to check")
    report = check_points(doc, points)
    if replaced:
        note = f"{replaced} lone surrogate(s) in the key points replaced with U+FFFD"
        report = dataclasses.replace(report, warnings=(*report.warnings, note))
    return report


def _document(data: object, html: bool | None, settings: Settings) -> Document:
    """An ingested Document; anything but text, bytes or a Document is an InputError, not a TypeError deep inside."""
    if isinstance(data, Document):
        return data
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (str, bytes)):
        raise InputError(f"the article must be {ACCEPTED}, not {_type_name(data)}")
    return load(data, html=html, settings=settings)


def _type_name(value: object) -> str:
    return "None" if value is None else type(value).__name__
