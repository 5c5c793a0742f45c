"""Ingest: bytes, text, an HTML page or a JSONL record -> `Document`.

Stages, in order (each leaves offsets into `Document.text` untouched):
1. decode: bytes -> str (UTF-8, or a non-UTF-8 page's declared charset; invalid bytes are replaced and a warning
   is returned, binary refused);
2. extract (HTML only): `webpage.main_text` (sidebars dropped, then trafilatura); offsets then point into that text;
3. set aside: the story's Key Points block, a Daily Mail byline header, the headline line;
4. split: paragraphs (blank lines), line blocks (headings, list items), sentences (nupunkt);
5. classify: boilerplate sentences (bylines, credits, promos) and dateline prefixes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from . import boilerplate, webpage
from .errors import InputError
from .lexical import ENGLISH_MIN_SHARE, LANGUAGE_SAMPLE_WORDS, english_share
from .records import Document, Paragraph, Sentence, Snippet
from .segment import (
    PARAGRAPH_BREAK,
    TERMINAL,
    hard_wrapped,
    join_split_quotes,
    line_blocks,
    paragraph_spans,
    sentence_spans,
)
from .settings import DEFAULT_SETTINGS, Settings

BINARY_CONTROL_RATIO = 0.05
"""Text with more control characters than this (or any NUL) is binary, not an article."""
TITLE_MAX_WORDS = 20
CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
"""The control characters that mark binary input (all but tab, line feed, vertical tab, form feed and
carriage return), as bytes for `bytes.translate` on the encoded text (`_control_count`)."""
HTML_SNIFF = re.compile(
    r"^[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<(?:html|head|header|body|article|main|section|meta|title|div|p|h[1-6])(?=[\s>/]))",
    re.IGNORECASE | re.DOTALL,
)
"""A page opens on a tag (after an XML declaration or a "saved from" comment). Tag names must end there,
so text opening "<divorce rates ..." or "<3 ..." stays text; a "<" later in the text is never looked at."""
CARRIAGE_RETURN = re.compile(r"\r\n?")
"""Line ends other than "\n": the splitter and the boilerplate rules read lines by "\n", so an old-Mac
"\r"-only text was one paragraph and a Windows "\r\n" headline no title. `_lf_view` maps them to "\n"
without moving an offset."""
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
"""Half a UTF-16 pair (JSON "\\ud83d", an emoji cut in two by a client) cannot be written as UTF-8, so no
reply or output line could be written; one U+FFFD for each keeps every offset."""


def decode(data: bytes | str, *, html: bool | None = None) -> tuple[str, list[str]]:
    """Decode input as UTF-8. Invalid bytes become U+FFFD with a warning; binary data is refused.

    Bytes that are not UTF-8 but a web page declaring its charset (`<meta charset="windows-1252">`)
    are decoded with that charset; `html=False` never reads a declaration, `None` sniffs for a page."""
    warnings: list[str] = []
    if isinstance(data, bytes):
        if b"\x00" in data[:8192]:
            raise InputError("input looks binary (it contains NUL bytes), not text or HTML")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            charset = declared_charset(data, sniff=html is None) if html is not False else None
            if charset is not None:
                text = data.decode(charset, errors="replace")
                bad = text.count("\ufffd")  # a legacy charset has no U+FFFD of its own: each is a bad byte
                if bad:
                    warnings.append(f"input is not valid {charset}: {bad} undecodable byte(s) replaced with U+FFFD")
            else:
                text = data.decode("utf-8", errors="replace")
                if warning := bad_bytes_warning(text.count("\ufffd")):
                    warnings.append(warning)
    else:
        text, bad = replace_surrogates(data)
        if bad:
            warnings.append(f"input has {bad} lone UTF-16 surrogate(s) (half an emoji or symbol), replaced with U+FFFD")
    sample = text[:65536]
    if "\x00" in sample or (sample and _control_count(sample) > BINARY_CONTROL_RATIO * len(sample)):
        raise InputError("input looks binary (too many control characters), not text or HTML")
    if not text.strip():
        raise InputError("input is empty: no article text")
    return text, warnings


def bad_bytes_warning(bad: int) -> str | None:
    """The warning for `bad` invalid UTF-8 sequences replaced with U+FFFD, None for none: one wording for
    an article (`decode`) and for a corpus record (`batch`)."""
    if not bad:
        return None
    return f"input is not valid UTF-8: {bad} undecodable byte sequence(s) replaced with U+FFFD"


META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
"""`<meta charset="...">` or `<meta http-equiv="Content-Type" content="text/html; charset=...">`."""
CHARSET_SNIFF_BYTES = 8192
"""How far into a page its charset declaration is looked for (browsers read 1024 bytes; a saved page's
head often carries scripts and a "saved from" comment before it)."""
LATIN1_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"})
"""Labels browsers read as windows-1252 (WHATWG Encoding): a page saying "iso-8859-1" writes ’ as 0x92."""


def declared_charset(data: bytes, *, sniff: bool = True) -> str | None:
    """The Python codec of the charset a saved web page declares in a `<meta>`, or None (not a page,
    no declaration, UTF-8 declared, or a charset Python does not know). `sniff=False`: known to be a page."""
    import codecs

    head = data[:CHARSET_SNIFF_BYTES]
    if sniff and not looks_like_html(head[:1024].decode("latin-1")):
        return None
    m = META_CHARSET.search(head)
    if m is None:
        return None
    label = m.group(1).decode("ascii").strip().lower()
    if label in LATIN1_LABELS:
        label = "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith(("utf-8", "utf-16", "utf-32")) else name  # browsers read those as UTF-8 too


def replace_surrogates(text: str) -> tuple[str, int]:
    """`text` with each lone surrogate replaced by U+FFFD, and how many there were."""
    if text.isascii():
        return text, 0
    try:
        # Only a surrogate stops UTF-8 encoding: a C pass ~10x cheaper than the regex's scan, which tests
        # its character class at every position.
        text.encode("utf-8")
    except UnicodeEncodeError:
        return LONE_SURROGATE.subn("\ufffd", text)
    return text, 0


def _control_count(sample: str) -> int:
    """How many CONTROL_BYTES characters `sample` holds, counted by `bytes.translate` in C (~10x faster than a
    regex): they are ASCII, and UTF-8 writes every other character with bytes above 0x7F only."""
    data = sample.encode("ascii") if sample.isascii() else sample.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, CONTROL_BYTES))


def looks_like_html(text: str) -> bool:
    """Whether the text starts like a saved web page (what `html=None` means, in the API and the CLI)."""
    return bool(HTML_SNIFF.match(text[:1024]))


def load(data: bytes | str, *, html: bool | None = None, settings: Settings = DEFAULT_SETTINGS) -> Document:
    """Decode and parse; `html=None` sniffs the start of the input for an HTML page."""
    text, warnings = decode(data, html=html)
    if html is None:
        html = looks_like_html(text)
    doc = from_html(text, settings) if html else from_text(text, settings)
    share = english_share(doc.body_words)  # cached on the document: the ranker reads the same tokens
    if share is not None and share < ENGLISH_MIN_SHARE:
        warnings.append(
            f"few common English words ({share:.0%} of the first {LANGUAGE_SAMPLE_WORDS}; 30-55% in English news): "
            "keypoints is built for English news prose, so on other languages its results may be poor"
        )
    if warnings:
        doc = replace(doc, warnings=doc.warnings + tuple(warnings))
    return doc


RECORD_FIELDS: tuple[tuple[str, bool], ...] = (("text", False), ("article", False), ("html", True))
"""The fields of a record that hold the article, in the order read, and whether each is a web page."""


def from_record(record: Mapping[str, Any], settings: Settings = DEFAULT_SETTINGS) -> Document:
    """A JSONL record: `{"id": ..., "text": ...}` or `{"id": ..., "html": ...}` ("article" also read)."""
    if not isinstance(record, Mapping):
        raise InputError("a record must be a JSON object with a 'text' or 'html' field")
    for key, is_html in RECORD_FIELDS:
        value = record.get(key)
        if value is not None:
            if not isinstance(value, str):
                raise InputError(f"record field {key!r} must be a string, not {type(value).__name__}")
            return load(value, html=is_html, settings=settings)
    raise InputError("record has no 'text', 'article' or 'html' field")


def from_html(page: str, settings: Settings = DEFAULT_SETTINGS) -> Document:
    """Main text of a saved web page (`webpage.main_text`); offsets point into the extracted text."""
    text, title, headings = webpage.main_text(page)
    # trafilatura ends each paragraph with a single line break, so every line is a paragraph.
    doc = from_text(text, settings, title=title, detect_title=title is None, line_paragraphs=True, headings=headings)
    return replace(doc, source_format="html")


def from_text(
    text: str,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    title: str | None = None,
    detect_title: bool = True,
    line_paragraphs: bool | None = None,
    headings: tuple[str, ...] = (),
) -> Document:
    """Plain text -> Document. `line_paragraphs=None`: every line is a paragraph when the text
    has several lines and no blank line (one paragraph per line, as many exports write) unless they are
    wrapped prose (`segment.hard_wrapped`). `headings`: a page's <h1> texts; a first line repeating one
    (or `title`) is set aside as the headline."""
    if not text.strip():
        raise InputError("input is empty: no article text")
    if not any(c.isalpha() for c in text):  # "...", "12345": a placeholder, not an article to summarise
        raise InputError("input has no words (only digits, punctuation or symbols): no article text")
    # Structure is read on `scan` (line ends as "\n", same length); every snippet is cut from `text`.
    scan = _lf_view(text)
    key_points: list[Snippet] = []
    aside: list[Snippet] = []
    excluded: list[tuple[int, int]] = []
    for block, items in boilerplate.key_points_blocks(scan):
        excluded.append((block.start, block.end))
        key_points.extend(Snippet("key_point", f.start, f.end, text[f.start : f.end]) for f in items)
    excluded.sort()

    regions = _complement(excluded, len(text))
    if regions:
        a, b = regions[0]
        skip = boilerplate.header_end(scan[a:b])
        if skip:
            aside.append(Snippet("byline", a, a + skip, text[a : a + skip].rstrip()))
            regions[0] = (a + skip, b)

    if line_paragraphs is None:
        stripped = scan.strip()
        line_paragraphs = (
            "\n" in stripped and PARAGRAPH_BREAK.search(stripped) is None and not hard_wrapped(stripped)
        )
    sentences: list[Sentence] = []
    paragraphs: list[Paragraph] = []
    title_pending = detect_title or title is not None or bool(headings)
    # The article lowered once, for the keyword test, the splitter's case tests and the tokens (`Document.lower_text`).
    lower = scan.lower()
    keywords = boilerplate.keywords_in(text, lower if scan is text else None)
    for ra, rb in regions:
        for pa, pb in paragraph_spans(scan, ra, rb, by_line=line_paragraphs):
            pid = len(paragraphs)
            paragraphs.append(Paragraph(pid, pa, pb))
            for ba, bb in line_blocks(scan, pa, pb):
                block = text[ba:bb]
                kind = boilerplate.classify(scan[ba:bb], keywords)
                if title_pending and kind is None:
                    title_pending = False
                    # A known title (a page's) is set aside where the text repeats it as its first line.
                    if _is_title(scan, ba, bb) and (
                        detect_title or any(_same_words(block, h) for h in (title or "", *headings))
                    ):
                        title = title or block
                        kind = "title"
                if kind is not None:
                    aside.append(Snippet(kind, ba, bb, block))
                    sentences.append(Sentence(len(sentences), ba, bb, block, pid, kind))
                    continue
                first = True
                spans = sentence_spans(scan, ba, bb, settings.max_sentence_chars, lower)
                for sa, sb in join_split_quotes(scan, spans) if settings.join_split_quotes else spans:
                    if first and ba == pa:
                        story_start = not any(x.boilerplate is None for x in sentences)
                        cut = boilerplate.dateline_end(scan[sa:sb], first=story_start)
                        if cut:
                            aside.append(Snippet("dateline", sa, sa + cut, text[sa : sa + cut]))
                            sa += cut
                    first = False
                    sentence = text[sa:sb]
                    kind = boilerplate.classify(scan[sa:sb], keywords)
                    if kind is not None:
                        aside.append(Snippet(kind, sa, sb, sentence))
                    sentences.append(Sentence(len(sentences), sa, sb, sentence, pid, kind))
    aside.extend(_set_aside_author_bio(sentences))
    doc = Document(
        text=text,
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
        title=title,
        key_points=tuple(key_points),
        boilerplate=tuple(sorted(aside, key=lambda s: s.start)),
    )
    if scan is text:
        doc.__dict__["lower_text"] = lower  # `Document.lower_text`'s value, made above: not lowered again
    return doc


def _set_aside_author_bio(sentences: list[Sentence]) -> list[Snippet]:
    """The story's last paragraph when it is a note on its writer (`boilerplate.AUTHOR_BIO`), marked "bio"
    in `sentences` in place ("Maria Papadopoulou is our Athens correspondent." was a bullet). Never the
    only paragraph."""
    body = [s for s in sentences if s.boilerplate is None]
    last = [s for s in body if s.paragraph == body[-1].paragraph] if body else []
    if (
        not last
        or len(last) == len(body)
        or len(last) > boilerplate.AUTHOR_BIO_MAX_SENTENCES
        or not boilerplate.AUTHOR_BIO.match(last[0].text)
    ):
        return []
    for s in last:
        sentences[s.id] = replace(s, boilerplate="bio")
    return [Snippet("bio", s.start, s.end, s.text) for s in last]


def _same_words(a: str, b: str) -> bool:
    """Whether two lines are the same words, whatever the case and spacing (a page's headline and its <h1>)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _lf_view(text: str) -> str:
    """`text` with "\r\n" as "\n " and a lone "\r" as "\n": every line break a "\n", every offset kept."""
    return CARRIAGE_RETURN.sub(lambda m: "\n " if len(m.group()) == 2 else "\n", text) if "\r" in text else text


def _is_title(text: str, start: int, end: int) -> bool:
    """A first line that is short, unpunctuated and followed by more text reads as a headline."""
    line = text[start:end]
    # Cheapest test first: a one-paragraph article fails it, and splitting that paragraph cost 1% of a brief.
    return (
        text[end : end + 1] == "\n"
        and "\n" not in line
        and len(line.split()) <= TITLE_MAX_WORDS
        and not TERMINAL.search(line)
        and bool(text[end:].strip())
    )


def _complement(excluded: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    out, pos = [], 0
    for a, b in excluded:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < n:
        out.append((pos, n))
    return out

