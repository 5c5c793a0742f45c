"""keypoints: grounded Key Points for news articles.

    >>> import keypoints
    >>> b = keypoints.brief(article_text, points=3)
    >>> b.to_dict()["key_points"][0]["spans"]      # offsets of the evidence in the input
"""

from __future__ import annotations

from .api import brief, check, facts
from .errors import InputError
from .records import Brief, Bullet, Document, Paragraph, Sentence, Snippet
from .settings import Settings

__version__ = "0.1.0"
__all__ = ["Brief", "Bullet", "Document", "InputError", "Paragraph", "Sentence", "Settings", "Snippet", "brief", "check", "facts"]
