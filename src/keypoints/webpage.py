"""Web page -> main text and title: drop the boxes inside the article that are not the story, then
let trafilatura find the main text. `ingest.from_html` splits what this returns like any text.
"""

from __future__ import annotations

import re
from typing import Any

from . import boilerplate
from .errors import InputError

MIN_MAIN_TEXT_WORDS = 5
"""Fewer extracted words is a menu or a stray label ("Home"), not an article."""


def main_text(page: str) -> tuple[str, str | None, tuple[str, ...]]:
    """(the page's main text, its title or None, the texts of its <h1> headings) via trafilatura, sidebars
    dropped first. The headings let ingest set aside a headline the text repeats even when the page's
    title (og:title, <title>) words it otherwise."""
    import trafilatura  # deferred: importing it costs ~0.3 s, and plain text does not need it

    tree = _drop_sidebars(page)
    h1s = [] if isinstance(tree, str) else tree.xpath("//h1")  # a page that did not parse is left as text
    headings = tuple(filter(None, (" ".join(h.text_content().split()) for h in h1s)))
    try:
        extracted = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"could not parse the HTML page: {exc}") from exc
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or len(text.split()) < MIN_MAIN_TEXT_WORDS:
        text = _paragraph_text(page)
    if not text or len(text.split()) < MIN_MAIN_TEXT_WORDS:
        raise InputError("no main text found in the HTML page")
    return text, getattr(extracted, "title", None) or None, headings


PROSE_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
"""Where a page fragment keeps its prose: what is read when trafilatura finds no main text."""


def _paragraph_text(page: str) -> str:
    """The text of the page's paragraphs and headings, one per line: trafilatura finds no main text in a
    fragment a CMS exports ("<p>The council approved ...</p>", too short to tell from a page's chrome),
    which was refused as "no main text"; menus and link lists hold no <p> and stay out. Parsed anew:
    trafilatura prunes the tree it reads, and does not parse a bare fragment at all."""
    from lxml import html
    from lxml.etree import LxmlError

    try:
        tree = html.document_fromstring(page)
    except (LxmlError, ValueError):
        return ""
    tree = _drop_sidebars_in(tree)
    # An element inside another one read here (a <p> in a <blockquote>) is in that one's text already.
    outer = (el for el in tree.iter(*PROSE_TAGS) if next(el.iterancestors(*PROSE_TAGS), None) is None)
    lines = (" ".join(el.text_content().split()) for el in outer)
    return "\n".join(line for line in lines if line)


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
    return _drop_sidebars_in(tree)


def _drop_sidebars_in(tree: Any) -> Any:
    """`_drop_sidebars` on a parsed page, in place; returns it."""
    _drop_prompts(tree)
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


PROMPT_BOX = re.compile(r"paywall|subscri|regwall|registration-?wall|newsletter|signup|sign-up", re.IGNORECASE)
"""A class or id naming a subscription, registration or newsletter prompt (and, as often, the paywalled
body itself: `PROMPT_WORDS` and `PROMPT_MAX_WORDS` tell the two apart)."""
PROMPT_WORDS = re.compile(
    r"\b(?:subscri(?:be|ber|bers|ption)|log ?in|sign (?:in|up)|unlimited access|free trial|cancel any ?time)\b",
    re.IGNORECASE,
)
"""What a prompt asks of the reader; a story behind the paywall rarely says it."""
PROMPT_MAX_WORDS = 80
"""A prompt is a few lines ("Subscribe to read the full story ... Already a subscriber? Log in"); a longer
box so classed is the paywalled story of a subscriber's saved page."""


def _drop_prompts(tree: Any) -> None:
    """Drop the subscription, registration and newsletter prompts inside the article.

    trafilatura keeps a paywall teaser box ("Unlock unlimited access to The Times for £1 for the first
    month.") as body text, where it can be a bullet. A box is a prompt when its class or id names one,
    it is short and its text asks the reader to subscribe, log in or sign up."""
    for el in tree.xpath("//*[@class or @id]"):
        if not isinstance(el.tag, str) or el.tag in KEEP_CONTAINERS or el.getparent() is None:
            continue
        if not PROMPT_BOX.search(f"{el.get('class', '')} {el.get('id', '')}"):
            continue
        if not _attached(el, tree):
            continue  # inside a prompt dropped already
        text = el.text_content()
        if len(text.split()) <= PROMPT_MAX_WORDS and PROMPT_WORDS.search(text):
            el.drop_tree()


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
