"""Tunable settings as data: one frozen dataclass, passed down the pipeline, never a global."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError


@dataclass(frozen=True)
class Settings:
    # -- compose: what a bullet may be ----------------------------------------------------------
    points: int = 3
    """Bullets to return by default; wire Key Points blocks hold 3-5."""
    max_points: int = 10
    """Refuse more: a Key Points block longer than this is no longer a summary."""
    min_words: int = 6
    """Shorter sentences are fragments ("He declined.") that cannot stand alone."""
    max_words: int = 60
    """Longer sentences are run-ons or splitter failures; a bullet must be readable at a glance."""
    max_sentence_chars: int = 1000
    """Segments longer than this (unpunctuated text) are split at line breaks, then left unfit."""
    join_split_quotes: bool = True
    """Make a quotation Punkt cut at its inner full stops one sentence again (`segment.join_split_quotes`):
    'He said: "We will appeal.' and 'This is not over."' are fragments no bullet can use. Off for Lead-3,
    whose sentences are Punkt's as every published Lead-3 figure's are."""
    trim_connectives: bool = True
    """Cut a leading "However,", "But", "Also" that points back at the previous sentence."""
    trim_picture_cues: bool = True
    """Cut a web page's pointers to its pictures ("(left)", "(pictured)"): meaningless in a bullet."""
    skip_pronoun_start: bool = True
    """Pass over a sentence that opens on "He", "It", "They"...: unreadable without its neighbour."""
    self_check: bool = True
    """Run `check` on the brief's own bullets; a trim that changed the meaning becomes a warning."""
    trigram_block: bool = True
    """Skip a candidate sharing any word trigram with a chosen bullet (Paulus et al. 2018)."""
    select_sets: bool = True
    """With the learned ranker, choose the bullets as a set (`sets.py`) among the top candidates rather
    than greedily: +0.53 ROUGE-1 on CNN/DM validation. Near-repeats are still never both chosen."""

    # -- rank -----------------------------------------------------------------------------------
    ranker: str = "learned"
    """"learned" (the shipped LightGBM model) or "baseline" (position + centrality, no model)."""
    model_dir: str | None = None
    """Folder with the ranker, IDF table and set scorer (`keypoints train --out`); None: the package's own."""
    position_weight: float = 0.6
    """Inverted-pyramid news puts the essentials first; position is the strongest single cue."""
    centrality_weight: float = 0.4
    """TF-IDF cosine to the whole document: rewards sentences about the story's main topic."""
    position_decay: float = 0.25
    """Prior is 1 / (1 + decay * index): smooth, so a central 4th sentence can beat a weak 2nd."""

    def check_points(self, points: object) -> int:
        """`points` when it is an integer from 1 to `max_points`, else InputError (True is not a count)."""
        if isinstance(points, bool) or not isinstance(points, int) or not 1 <= points <= self.max_points:
            raise InputError(f"points must be an integer from 1 to {self.max_points}, not {points!r}")
        return points


DEFAULT_SETTINGS = Settings()
