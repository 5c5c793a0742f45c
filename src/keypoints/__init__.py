"""keypoints: grounded Key Points for news articles.

    >>> import keypoints
    >>> b = keypoints.brief(article_text, points=3)
    >>> b.to_dict()["key_points"][0]["spans"]      # offsets of the evidence in the input
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .api import brief, check, facts
from .errors import InputError
from .records import Brief, Bullet, Document, Paragraph, Sentence, Snippet
from .settings import Settings

if TYPE_CHECKING:
    from .factfinder import Facts
    from .verify import Evidence, Report, Verdict

__version__ = "0.1.0"
__all__ = [
    "Brief", "Bullet", "Document", "Evidence", "Facts", "InputError", "Paragraph", "Report", "Sentence", "Settings",
    "Snippet", "Verdict", "brief", "check", "facts",
]

LAZY_TYPES = {"Evidence": "verify", "Report": "verify", "Verdict": "verify", "Facts": "factfinder"}
"""What `check` and `facts` return, importable as `keypoints.Report` for annotations, but loaded only when
asked for: the checker's module costs ~80 ms that `import keypoints` for `brief` alone need not pay."""


def __getattr__(name: str) -> Any:
    if name in LAZY_TYPES:
        return getattr(importlib.import_module(f".{LAZY_TYPES[name]}", __name__), name)
    raise AttributeError(f"module 'keypoints' has no attribute {name!r}")
