"""Ingest: bytes, text, an HTML page or a JSONL record -> `Document`.

Stages, in order (each leaves offsets into `Document.text` untouched):
1. decode: bytes -> str (UTF-8; invalid bytes are replaced and a warning is returned, binary refused);
2. extract (HTML only): trafilatura's main text and title; offsets then point into that text;
3. set aside: the story's Key Points block, a Daily Mail byline header, the headline line;
4. split: paragraphs (blank lines), line blocks (headings, list items), sentences (nupunkt);
5. classify: boilerplate sentences (bylines, credits, promos) and dateline prefixes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Mapping
from typing import Any

from . import boilerplate
from .errors import InputError
from .records import Document, Paragraph, Sentence, Snippet
from .segment import PARAGRAPH_BREAK, TERMINAL, line_blocks, paragraph_spans, sentence_spans
from .settings import DEFAULT_SETTINGS, Settings

BINARY_CONTROL_RATIO = 0.05
"""Text with more control characters than this (or any NUL) is binary, not an article."""
TITLE_MAX_WORDS = 20
MIN_MAIN_TEXT_WORDS = 5
"""Fewer extracted words is a menu or a stray label ("Home"), not an article."""
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
"""CONTROL's characters as bytes, for `bytes.translate` on ASCII text."""
HTML_SNIFF = re.compile(
    r"^[\s\ufeff]*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"(?:<!doctype\s+html|<(?:html|head|header|body|article|main|section|meta|title|div|p|h[1-6])(?=[\s>/]))",
    re.IGNORECASE | re.DOTALL,
)
"""A page opens on a tag (after an XML declaration or a "saved from" comment). Tag names must end there,
so text opening "<divorce rates ..." or "<3 ..." stays text; a "<" later in the text is never looked at."""


def decode(data: bytes | str) -> tuple[str, list[str]]:
    """Decode input as UTF-8. Invalid bytes become U+FFFD with a warning; binary data is refused."""
    warnings: list[str] = []
    if isinstance(data, bytes):
        if b"\x00" in data[:8192]:
            raise InputError("input looks binary (it contains NUL bytes), not text or HTML")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
            bad = text.count("\ufffd")
            warnings.append(f"input is not valid UTF-8: {bad} undecodable byte sequence(s) replaced with U+FFFD")
    else:
        text = data
    sample = text[:65536]
    if "\x00" in sample or (sample and _control_count(sample) > BINARY_CONTROL_RATIO * len(sample)):
        raise InputError("input looks binary (too many control characters), not text or HTML")
    if not text.strip():
        raise InputError("input is empty: no article text")
    return text, warnings


def _control_count(sample: str) -> int:
    """`len(CONTROL.findall(sample))`; on ASCII text (most input) `bytes.translate` drops them in C, ~10x faster."""
    if sample.isascii():
        data = sample.encode("ascii")
        return len(data) - len(data.translate(None, CONTROL_BYTES))
    return len(CONTROL.findall(sample))


def looks_like_html(text: str) -> bool:
    """Whether the text starts like a saved web page (what `html=None` means, in the API and the CLI)."""
    return bool(HTML_SNIFF.match(text[:1024]))


def load(data: bytes | str, *, html: bool | None = None, settings: Settings = DEFAULT_SETTINGS) -> Document:
    """Decode and parse; `html=None` sniffs the start of the input for an HTML page."""
    text, warnings = decode(data)
    if html is None:
        html = looks_like_html(text)
    doc = from_html(text, settings) if html else from_text(text, settings)
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
    """Main text of a saved web page via trafilatura; offsets point into the extracted text."""
    import trafilatura  # deferred: importing it costs ~0.3 s, and plain text does not need it

    try:
        extracted = trafilatura.bare_extraction(
            _drop_sidebars(page), with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"could not parse the HTML page: {exc}") from exc
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or len(text.split()) < MIN_MAIN_TEXT_WORDS:
        raise InputError("no main text found in the HTML page")
    title = getattr(extracted, "title", None) or None
    # trafilatura ends each paragraph with a single line break, so every line is a paragraph.
    doc = from_text(text, settings, title=title, detect_title=title is None, line_paragraphs=True)
    return replace(doc, source_format="html")


SIDEBAR_MAX_WORDS = 150
"""A box headed "Most read" holding more words than this is not a sidebar: its container is kept."""
SIDEBAR_ITEM_WORDS = 25
"""A sidebar box lists headlines and short teasers; a longer paragraph that is not mostly links is prose."""
KEEP_CONTAINERS = frozenset({"html", "body", "article", "main"})
BLOCK_LABEL_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "header", "p", "div", "li", "dt", "summary"})
"""Elements that are a line of their own; an inline label (<b>, <span>, <a>) must stand alone in its parent."""


def _drop_sidebars(page: str) -> Any:
    """The parsed page without its "Most read" / "Related stories" / "More on this story" boxes.

    trafilatura keeps such a box when it sits inside the article (favor_recall), and its label and
    headlines then read as body sentences. A box is found by its label (`boilerplate.SIDEBAR_LABEL`,
    the element's whole text) and dropped with its container when it is a small box of headlines;
    otherwise only the label and the link lists right after it go. Returns the page unparsed when
    it does not parse, so trafilatura reports the failure as before."""
    from lxml.etree import LxmlError
    from trafilatura.utils import load_html

    try:
        tree = load_html(page)
    except (LxmlError, ValueError):  # a broken page: trafilatura reports it, as before
        return page
    if tree is None:
        return page
    labels = []
    for t in tree.xpath("//text()"):  # a regex per text node: cheaper than reading every element's text
        if len(t) > 200 or t.is_tail or not boilerplate.SIDEBAR_LABEL.match(t):
            continue
        el = t.getparent()
        text = _short_text(el)
        if text and boilerplate.SIDEBAR_LABEL.match(text):
            labels.append((el, text))
    for el, text in labels:
        if not _attached(el, tree):
            continue  # inside a box dropped already
        while (parent := el.getparent()) is not None and parent.tag not in KEEP_CONTAINERS and (
            _short_text(parent) == text
        ):
            el = parent  # <div class="head"><h2><span>Most read</span></h2></div>: the whole label
        box = el.getparent()
        if box is None or (el.tag not in BLOCK_LABEL_TAGS and not _stands_alone(el)):
            continue  # "<p>Read the <a>related stories</a> below.</p>": words of a sentence
        if box.tag not in KEEP_CONTAINERS and _opens_with(box, el) and _headlines(box):
            box.drop_tree()
            continue
        for sib in list(el.itersiblings()):
            if not isinstance(sib.tag, str):
                continue  # a comment
            if (sib.tag in ("ul", "ol", "dl") and _headlines(sib)) or _link_dense(sib):
                sib.drop_tree()
            else:
                break
        el.drop_tree()
    return tree


def _short_text(el: Any, limit: int = 60) -> str | None:
    """The element's text, whitespace collapsed, or None past `limit` characters (labels are short;
    reading a page-wide <div> whole for each of its descendants would be quadratic)."""
    parts, n = [], 0
    for t in el.itertext():
        parts.append(t)
        n += len(t)
        if n > 4 * limit:
            return None
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def _stands_alone(el: Any) -> bool:
    """No text of its parent's before or after it (a colon aside): a label, not words of a sentence."""
    return _opens_with(el.getparent(), el) and (el.tail or "").strip() in ("", ":")


def _attached(el: Any, root: Any) -> bool:
    while el is not None and el is not root:
        el = el.getparent()
    return el is root


def _opens_with(box: Any, el: Any) -> bool:
    """Whether `el` is the first text in `box` (the label heads the box)."""
    if (box.text or "").strip():
        return False
    return not any(
        (sib.tail or "").strip() or (isinstance(sib.tag, str) and sib.text_content().strip())
        for sib in el.itersiblings(preceding=True)
    )


def _headlines(el: Any) -> bool:
    """A small block of headlines: no paragraph longer than a teaser unless it is mostly links."""
    if len(el.text_content().split()) > SIDEBAR_MAX_WORDS:
        return False
    blocks = [b for b in el.iter("p", "li", "dd") if b is not el] or [el]
    return all(len(b.text_content().split()) <= SIDEBAR_ITEM_WORDS or _link_dense(b) for b in blocks)


def _link_dense(el: Any) -> bool:
    """At least half the element's words are link text (a list of headlines, not prose)."""
    n = len(el.text_content().split())
    return n > 0 and 2 * sum(len(a.text_content().split()) for a in el.iter("a")) >= n


def from_text(
    text: str,
    settings: Settings = DEFAULT_SETTINGS,
    *,
    title: str | None = None,
    detect_title: bool = True,
    line_paragraphs: bool | None = None,
) -> Document:
    """Plain text -> Document. `line_paragraphs=None`: every line is a paragraph when the text
    has several lines and no blank line (one paragraph per line, as many exports write)."""
    if not text.strip():
        raise InputError("input is empty: no article text")
    key_points: list[Snippet] = []
    aside: list[Snippet] = []
    excluded: list[tuple[int, int]] = []
    for block, items in boilerplate.key_points_blocks(text):
        excluded.append((block.start, block.end))
        key_points.extend(Snippet("key_point", f.start, f.end, text[f.start : f.end]) for f in items)
    excluded.sort()

    regions = _complement(excluded, len(text))
    if regions:
        a, b = regions[0]
        skip = boilerplate.header_end(text[a:b])
        if skip:
            aside.append(Snippet("byline", a, a + skip, text[a : a + skip].rstrip()))
            regions[0] = (a + skip, b)

    if line_paragraphs is None:
        stripped = text.strip()
        line_paragraphs = "\n" in stripped and PARAGRAPH_BREAK.search(stripped) is None
    sentences: list[Sentence] = []
    paragraphs: list[Paragraph] = []
    title_pending = detect_title
    for ra, rb in regions:
        for pa, pb in paragraph_spans(text, ra, rb, by_line=line_paragraphs):
            pid = len(paragraphs)
            paragraphs.append(Paragraph(pid, pa, pb))
            for ba, bb in line_blocks(text, pa, pb):
                block = text[ba:bb]
                kind = boilerplate.classify(block)
                if title_pending and kind is None:
                    title_pending = False
                    if _is_title(text, ba, bb):
                        title = title or block
                        kind = "title"
                if kind is not None:
                    aside.append(Snippet(kind, ba, bb, block))
                    sentences.append(Sentence(len(sentences), ba, bb, block, pid, kind))
                    continue
                first = True
                for sa, sb in sentence_spans(text, ba, bb, settings.max_sentence_chars):
                    if first and ba == pa:
                        story_start = not any(x.boilerplate is None for x in sentences)
                        cut = boilerplate.dateline_end(text[sa:sb], first=story_start)
                        if cut:
                            aside.append(Snippet("dateline", sa, sa + cut, text[sa : sa + cut]))
                            sa += cut
                    first = False
                    sentence = text[sa:sb]
                    kind = boilerplate.classify(sentence)
                    if kind is not None:
                        aside.append(Snippet(kind, sa, sb, sentence))
                    sentences.append(Sentence(len(sentences), sa, sb, sentence, pid, kind))
    return Document(
        text=text,
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
        title=title,
        key_points=tuple(key_points),
        boilerplate=tuple(sorted(aside, key=lambda s: s.start)),
    )


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

