"""Compose: pick bullets from ranked sentences, fit to stand alone, not redundant, in story order.

A bullet is read without its neighbours, so a chosen sentence must not lean on them: a leading
connective ("However, ...") is trimmed off, a sentence opening on an unresolved pronoun ("He said
...") is passed over for the next candidate, and so are questions, fragments, run-ons and bare quotes.
Picture cues ("(pictured)", "(left)") are cut from inside; a bullet's evidence is then the exact
spans of the input around the cut, so grounding still holds span by span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexical import all_lowercase, trigrams, word_trigrams, words
from .records import Bullet, Document, Sentence
from .segment import BULLET_SYMBOLS
from .settings import DEFAULT_SETTINGS, Settings

QUESTION_END = re.compile(r"\?[\"'”’)]*\s*$")
COLON_END = re.compile(r":\s*\.?\s*$")
"""A sentence that introduces what follows; lowercased CNN/DM writes it ':.' ("the draw in full:.")."""
CONNECTIVE = re.compile(
    r"^(?:(?:but|however|and|meanwhile|nevertheless|moreover|furthermore|additionally)\b,?"
    r"|(?:also|still|yet|so|instead|in addition|as a result|by contrast|even so|on the other hand),)\s+",
    re.IGNORECASE,
)
"""Openers that point back at the previous sentence; cut, the rest usually stands alone. The second
group only with its comma: without one they belong to the sentence ("So far, ...", "Instead of ...",
"Also injured was ...", "In addition to ...", "Still producing ..."), and a cut would change it."""
PRONOUN_START = re.compile(
    r"^(?:(?:he|she|it|they|his|her|its|their|this|these|those|him|them)\b"
    r"|(?:of|among|(?:all|both|each|many|most|some|none|one|two|three|half|several) of)"
    r" (?:them\b|(?:those|these)"
    r"(?=\s*[,;:]|\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\b)))",
    re.IGNORECASE,
)
"""A sentence opening on one of these needs the sentence before it to be understood; so does one opening
on a share of them ("Of those, 56 chose to continue", "Many of them were students", "One of those is
ethanol"), but not on people it goes on to name ("Among those who died were ...")."""
LIST_MARK = re.compile(r"^" + BULLET_SYMBOLS + r"\s+")
"""A list or fact-box marker opening a sentence ("• Lufthansa said ...", "- Blackburn boss ..."):
cut like a connective, a bullet must not carry a second bullet mark."""
BROKEN_START = re.compile(r"^[:;,.)\]}!?]")
"""A sentence opening on punctuation lost its start (': "I joined Island Records ...'); passed over."""
UNTERMINATED = re.compile(r"(?:[.!?\u2026。！？][\"'”’)\]»]*|[\"'”’»])\s*$")
"""How a whole sentence ends: a stop (CJK ones too) and any closing quotes or brackets, or a closing quote
or guillemet. One that does not ends mid-phrase ("In the other game Cameroon's") or is a fact-box line
whose closing bracket is no stop ("Man of the match: Bukayo Saka (Arsenal)", "Revenue: £68.2bn (up 4.4%)")."""
BARE_QUOTE = re.compile(r"^(?:[\"“][^\"“”]*[\"”]|[‘'](?:[^‘’']|(?<=\w)[’'](?=\w))*[’'])$")
"""A sentence that is one quotation and nothing else ('"We have to bounce back."'): as a bullet it gives
someone's words with no one to say them (its speaker is in the sentence before), so it is passed over.
Inside single quotes only apostrophes between letters may occur ("didn’t"): "'We won,' said Ward, 'and
will again.'" quotes twice around its speaker."""
PICTURE_CUE = re.compile(
    r"\s*\((?:pictured\b[^()\n]{0,30}"
    r"|(?:(?:far|second|third|fourth|top|bottom|back|front)[\s-]+)?"
    r"(?:left|right|centre|center|middle|above|below|top|bottom|front|back|inset|circled)"
    r"|(?:left|right|above|below) and (?:left|right|above|below)"
    r"|file (?:photo|picture|image)|photo|picture|video)\)",
    re.IGNORECASE,
)
"""A web page's pointer to a picture ("(left)", "(pictured)", "(file photo)"), with the space before it:
meaningless once the text leaves the page. Other bracketed asides (figures, acronyms) stay."""


SET_MAX_POINTS = 5
"""Most points the set scorer chooses at once. Fitted on 3-point sets, it was checked at 2-5 points
(`bench/points_eval.py`). Asked for more, it left out the top candidate at 9-10 points in about 3% of
the first 300 validation articles, and its 6 points dropped one of its 5 in over half. Beyond this,
`_extend` grows the 5-point set in rank order, so the bullets for n+1 points hold those for n."""


@dataclass(frozen=True)
class Candidate:
    sentence: Sentence
    start: int
    """Where the bullet starts: the sentence start, or after a trimmed connective."""


def fit(
    sentence: Sentence,
    text: str,
    settings: Settings = DEFAULT_SETTINGS,
    tokens: list[str] | None = None,
    cased: bool | None = None,
) -> Candidate | str:
    """The sentence as a bullet candidate (possibly trimmed), or why it cannot stand alone.

    `tokens`: the sentence's word tokens (`lexical.words`), when the caller has them already; `cased`:
    whether `text` keeps its capitals (`Document.cased`), likewise."""
    if sentence.boilerplate is not None:
        return sentence.boilerplate
    start = sentence.start
    body = sentence.text
    if cased is None:
        cased = _cased(text)
    if BROKEN_START.match(body):
        return "fragment: opens on punctuation"
    if cased and body[:2].isalpha() and body[:2].islower():
        # Cased text: a lowercase opening is the tail of a cut sentence or a fact-box line
        # ("was the eventual winner of ...", "home to Leicester in the quarter-finals").
        return "fragment: opens in lowercase"
    if cased and not UNTERMINATED.search(body):
        return "fragment: no end punctuation"
    m = LIST_MARK.match(body)
    if m:
        start += m.end()
        body = text[start : sentence.end]
    if settings.trim_connectives:
        m = CONNECTIVE.match(body)
        if m:
            start += m.end()
            body = text[start : sentence.end]
    n = len(tokens) if tokens is not None and start == sentence.start else len(words(body))
    if n < settings.min_words:
        return "too short"
    if n > settings.max_words:
        return "too long"
    if QUESTION_END.search(body):
        return "question"
    if _quote_fragment(body):
        return "quote fragment: its quote opens or closes in another sentence"
    if BARE_QUOTE.match(body):
        return "a bare quote: no one says it"
    if COLON_END.search(body):
        return "introduces what follows"
    if settings.skip_pronoun_start and PRONOUN_START.match(body):
        return "opens on an unresolved pronoun"
    return Candidate(sentence, start)


def _quote_fragment(body: str) -> bool:
    """An odd count of double quote marks, or unequal curly ones: the quote opens or closes in another
    sentence ('a girl is far more responsible ...," he says.'), someone's words that would read as fact.
    Single quotes are not counted: apostrophes ("players' union") make their count meaningless."""
    return body.count('"') % 2 == 1 or body.count("“") != body.count("”")


@lru_cache(maxsize=4)
def _cased(text: str) -> bool:
    """Whether the text keeps its capitals (CNN/DM is lowercased: there, a lowercase start is normal)."""
    return not all_lowercase(text)


def compose(
    doc: Document, scores: dict[int, float], points: int, settings: Settings = DEFAULT_SETTINGS
) -> list[Bullet]:
    """Greedy by score with trigram blocking, then (learned ranker) the best set of the top candidates
    as scored by `sets.py`, up to SET_MAX_POINTS; bullets come back in document order."""
    pool_size = 0
    set_points = min(points, SET_MAX_POINTS)
    if settings.select_sets and settings.ranker == "learned":
        # Imported on use: sets.py loads numpy, and a batch driver that imports compose must not load
        # it (OpenBLAS threads) before forking its workers: that made 2 workers slower than 1.
        from . import sets

        if points >= sets.SET_MIN_POINTS:
            pool_size = set_points + sets.SET_POOL_EXTRA
    chosen, pool = pick(doc, scores, points, settings, pool_size)
    if not chosen and scores:
        # Every sentence is under `min_words` ("The mayor resigned on Monday."): the best of them beats
        # an empty brief; the caller's warning says fewer points than asked came back.
        chosen, _ = pick(doc, scores, points, replace(settings, min_words=1))
    if pool_size:
        # The greedy pick is best first and the same for any number of points up to its length,
        # so its first `set_points` are the greedy pick the set scorer would see for that many.
        best = _best_set(doc, scores, pool, set_points, chosen[:set_points], settings.model_dir)
        if best is not None and points > set_points:
            best = _extend(doc, scores, best, chosen[0], points, settings)
        chosen = best or chosen
    chosen.sort(key=lambda c: c.start)
    return [_bullet(doc, c, scores[c.sentence.id], settings) for c in chosen]


def pick(
    doc: Document,
    scores: dict[int, float],
    points: int,
    settings: Settings = DEFAULT_SETTINGS,
    pool_size: int = 0,
    seed: Sequence[Candidate] = (),
) -> tuple[list[Candidate], list[Candidate]]:
    """(the greedy choice, best first; the top `pool_size` candidates fit to stand alone, best first).

    `seed`: candidates chosen already (the set scorer's); the greedy choice extends them."""
    by_id = {s.id: s for s in doc.sentences}
    # The ranker has tokenised the body already (cached on the document); reuse, never compute here.
    tokens = dict(zip((s.id for s in doc.body), doc.body_words)) if "body_words" in doc.__dict__ else {}
    chosen: list[Candidate] = list(seed)
    taken = {c.sentence.id for c in seed}
    pool: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    for c in seed:
        seen |= _grams(doc, c, tokens)
    for sid in _best_first(scores):
        if len(chosen) >= points and len(pool) >= pool_size:
            break
        if sid in taken:
            continue
        cand = fit(by_id[sid], doc.text, settings, tokens.get(sid), doc.cased)
        if isinstance(cand, str):
            continue
        if len(pool) < pool_size:
            pool.append(cand)
        if len(chosen) >= points:
            continue
        grams = _grams(doc, cand, tokens)
        if settings.trigram_block and grams & seen:
            continue
        chosen.append(cand)
        seen |= grams
    return chosen, pool


def _best_first(scores: dict[int, float]) -> list[int]:
    """Sentence ids by score, best first, ties in id (story) order: `sorted(scores, key=lambda i: (-scores[i], i))`
    without a Python call and a key tuple per sentence (a reverse sort is stable, so ids sorted first stay in order)."""
    return sorted(sorted(scores), key=scores.__getitem__, reverse=True)


def _grams(doc: Document, cand: Candidate, tokens: dict[int, list[str]]) -> set[tuple[str, str, str]]:
    own = tokens.get(cand.sentence.id) if cand.start == cand.sentence.start else None
    return trigrams(doc.text[cand.start : cand.sentence.end]) if own is None else word_trigrams(own)


def _extend(
    doc: Document, scores: dict[int, float], best: list[Candidate], top: Candidate, points: int, settings: Settings
) -> list[Candidate]:
    """More points than the set scorer chooses: its set, plus `top` (the first candidate fit to stand
    alone) if it left that out, then the next candidates in rank order: first those sharing no word
    trigram with a chosen one, then, to fill up, those that are no near-repeat by the set scorer's
    own guard. Each pass scans in a fixed order, so the bullets for n+1 points hold those for n.
    Against the set scorer asked for 6/8/10 points (1,000 validation articles): ROUGE-1 +0.17/+0.30/
    -0.13, ROUGE-2 +0.29/+0.46/+0.27, more full briefs (984/941/848 vs 982/932/827; the longer briefs
    cost the 10-point ROUGE-1), the top candidate always in."""
    from .lexical import STOPWORDS
    from .sets import SET_OVERLAP_MAX, content_overlap

    seed = best if any(c.sentence.id == top.sentence.id for c in best) else [top, *best]
    chosen, _ = pick(doc, scores, points, settings, seed=seed)
    if len(chosen) >= points:
        return chosen
    by_id = {s.id: s for s in doc.sentences}
    taken = {c.sentence.id for c in chosen}
    content = [set(words(doc.text[c.start : c.sentence.end])).difference(STOPWORDS) for c in chosen]
    for sid in _best_first(scores):
        if len(chosen) >= points:
            break
        if sid in taken:
            continue
        cand = fit(by_id[sid], doc.text, settings, cased=doc.cased)
        if isinstance(cand, str):
            continue
        cw = set(words(doc.text[cand.start : cand.sentence.end])).difference(STOPWORDS)
        if any(content_overlap(cw, h) > SET_OVERLAP_MAX for h in content):
            continue
        chosen.append(cand)
        content.append(cw)
    return chosen


def _best_set(
    doc: Document, scores: dict[int, float], pool: list[Candidate], points: int, greedy: list[Candidate],
    model_dir: str | None,
) -> list[Candidate] | None:
    from .learned import model_folder
    from .sets import choose_set, load_set_scorer

    scorer = load_set_scorer(model_folder(model_dir))
    if scorer is None:
        return None
    ids = [c.sentence.id for c in pool]
    picked = choose_set(doc, scores, ids, points, [c.sentence.id for c in greedy], scorer)
    return None if picked is None else [pool[i] for i in picked]


def _bullet(doc: Document, cand: Candidate, score: float, settings: Settings = DEFAULT_SETTINGS) -> Bullet:
    s = cand.sentence
    spans = [(cand.start, s.end)]
    if settings.trim_picture_cues:
        spans = _cut_asides(doc.text, cand.start, s.end, settings.min_words)
    evidence = tuple(doc.text[a:b] for a, b in spans)
    text = " ".join("".join(evidence).split())  # whitespace runs as one space, none at the ends
    if cand.start != s.start and s.text[:1].isupper():
        text = text[:1].upper() + text[1:]  # "However, the council ..." -> "The council ..."
    return Bullet(text=text, score=score, sentence_ids=(s.id,), spans=tuple(spans), evidence=evidence)


def _cut_asides(text: str, start: int, end: int, min_words: int) -> list[tuple[int, int]]:
    """Spans of text[start:end] around its picture cues (none cut if too little would be left)."""
    if text.find("(", start, end) < 0:
        return [(start, end)]  # every cue is bracketed; most sentences have no bracket (a regex scan costs more)
    spans, pos = [], start
    for m in PICTURE_CUE.finditer(text, start, end):
        if m.start() == start:
            continue  # an opening aside is the sentence's subject matter, not an aside
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    if len(spans) == 1 and spans[0] == (start, end):
        return spans
    if len(words(" ".join(text[a:b] for a, b in spans))) < min_words:
        return [(start, end)]
    return spans
